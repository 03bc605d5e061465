"""Files of the user's folders that were refused: a newer parameter pack, a municipal overlay, or the pack that
$WERKTLOONT_PARAMETERS names. The program goes on with what it can trust (the bundled pack or overlay), and every
view names what it refused: `calc` (text and the JSON key `refused`), the report, and a bar in the window.

Codes and facts only; the sentence around them is werktloont.texts.refused's. `reason` is the validator's own
Dutch problem list (the file, the field and what is wrong), with no terminal escapes from the file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

KINDS = ("pack", "overlay", "environment")


@dataclass(frozen=True)
class Refusal:
    kind: str  # one of KINDS
    path: str  # the refused folder (pack, environment) or file (overlay)
    reason: str  # Dutch: what is wrong, naming the file and the field
    name: str = ""  # an overlay's municipality (its file name); a pack's version when it could be read
    notice: str = ""  # the whole Dutch notice for stderr and `gemeente list` (what was refused, what is used)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "file": self.path, "name": self.name, "reason": self.reason}

    @property
    def message(self) -> str:
        return self.notice or self.reason


_ENVIRONMENT: list[Refusal] = []  # set by use_bundled_instead_of_environment()
RECHECK_S = 1.0  # the user's folders are looked at most once a second (the window asks on every keystroke)
# The refusals in force per pack, as params/refusals.py last found them (cleared when what is refused changes).
RECENT: dict[int, tuple[float, object, tuple[Refusal, ...]]] = {}


def environment() -> tuple[Refusal, ...]:
    return tuple(_ENVIRONMENT)


def use_bundled_instead_of_environment(reason: str) -> Refusal:
    """The window cannot start without a pack: when $WERKTLOONT_PARAMETERS names one that does not load, forget
    the variable for this process (so every later load takes the default pack) and remember why."""
    path = os.environ.pop("WERKTLOONT_PARAMETERS", "")
    refusal = Refusal("environment", path, reason, notice=f"WERKTLOONT_PARAMETERS wijst naar {path}, maar dat "
                      f"parameterpakket kan niet worden gebruikt; het meegeleverde pakket wordt gebruikt.\n{reason}")
    _ENVIRONMENT.append(refusal)
    clear_cache()
    return refusal


def clear_cache() -> None:
    RECENT.clear()


def forget_environment() -> None:
    """Tests: start again without a remembered environment refusal."""
    _ENVIRONMENT.clear()
    clear_cache()
