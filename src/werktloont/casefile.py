"""Case files on disk: open with clear Dutch messages, save atomically, and say what a newer pack changed."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from werktloont import atomic, fmt, jsonio
from werktloont.api import COMPONENTS
from werktloont.errors import InputError
from werktloont.model.case import Case, Computed, parse_case
from werktloont.texts.components import is_en
from werktloont.texts.components import name as component_name

MAX_BYTES = jsonio.MAX_BYTES
CaseFileError = jsonio.CaseFileError  # a case file cannot be opened or saved; the message names the file


@dataclass
class OpenedCase:
    case: Case
    path: Path
    notices: list[str] = field(default_factory=list)


def read_case(path: str | os.PathLike) -> Case:
    """Read and validate a case file (the one reader): any problem raises CaseFileError naming the file and the
    field."""
    name = jsonio.display_name(path)
    data = jsonio.read_case_data(path)
    try:
        return parse_case(data)
    except InputError as exc:
        raise jsonio.CaseFileError(f"{name}: {jsonio.clean(str(exc))}", field=exc.field, file=name) from None


def case_to_json(case: Case) -> str:
    data = case.model_dump(mode="json", exclude_defaults=False)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


ReadOnlyTarget = atomic.ReadOnlyTarget  # the file to save over is read-only: ask, then overwrite_readonly=True
clean_stale_temps = atomic.clean_stale_temps  # temp files of a crashed save (the window cleans its recent folders)


class ChangedSinceOpened(CaseFileError):
    """The file changed on disk since it was opened (the same case open twice, or another program): ask the user,
    then save again without `expected_stamp`."""


def file_stamp(path: str | os.PathLike) -> tuple[int, int] | None:
    """(mtime_ns, size) of a file, None if absent: keep it at open, compare before saving (the case is open
    twice, or another program changed the file, when they differ)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def atomic_write_text(path: str | os.PathLike, text: str, *, private: bool = True,
                      overwrite_readonly: bool = False) -> None:
    """Write text atomically (werktloont.atomic: temp file, fsync, size check, rename; a WriteError in Dutch)."""
    atomic.write_text(path, text, private=private, overwrite_readonly=overwrite_readonly)


def save_case(path: str | os.PathLike, case: Case, result: dict | None = None, *,
              overwrite_readonly: bool = False, expected_stamp: tuple[int, int] | None = None) -> None:
    """Save a case (with the pack version and amounts of `result`, when given) atomically.

    A read-only file raises ReadOnlyTarget (ask, then save again with overwrite_readonly=True). `expected_stamp`:
    file_stamp() when the case was opened or last saved; a file changed since raises ChangedSinceOpened."""
    if expected_stamp is not None and file_stamp(path) not in (expected_stamp, None):
        raise ChangedSinceOpened(f"{Path(path).name} is intussen opnieuw opgeslagen, in een ander venster of door "
                                 "een ander programma. Wilt u het toch overschrijven?", file=Path(path).name)
    if result is not None:
        computed = Computed(period=result["parameters"]["period"], without_job=result["without_job"],
                            with_job=result["with_job"], gain_per_month=result["gain_per_month"])
        case = case.model_copy(update={"pack_version": result["parameters"]["pack"], "computed": computed})
    atomic_write_text(path, case_to_json(case), overwrite_readonly=overwrite_readonly)


def changes_since_saved(case: Case, result: dict, lang: str = "nl") -> list[str]:
    """'Berekend met de normen van …, nu herberekend met …' and the amounts that changed for this case."""
    saved = case.pack_version
    now = result["parameters"]["pack"]
    if not saved or saved == now:
        return []
    nl = not is_en(lang)
    lines = [f"Berekend met de normen van pakket {saved}, nu herberekend met pakket {now}." if nl else
             f"Computed with the rules of pack {saved}, now recomputed with pack {now}."]
    old = case.computed
    if old is None:
        return lines
    for situation, title_nl, title_en in (("without_job", "zonder baan", "without job"),
                                          ("with_job", "met baan", "with job")):
        before = getattr(old, situation)
        for key in COMPONENTS:
            label = component_name(key, lang)
            if key in before and abs(result[situation][key] - before[key]) >= 0.005:
                lines.append(f"{label} {title_nl if nl else title_en}: {fmt.eur(before[key])} → "
                             f"{fmt.eur(result[situation][key])}")
    if len(lines) == 1:
        lines.append("Voor deze casus is geen bedrag veranderd." if nl else "No amount changed for this case.")
    return lines
