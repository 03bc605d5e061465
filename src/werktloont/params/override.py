"""A newer parameter pack without a new build.

Budget coaches cannot reinstall the app for every change of a norm. A `parameters/` folder next to the
frozen executable, or in the user's data folder, replaces the bundled pack when its `pack_version` is newer
and the whole pack validates. An invalid one is refused with a Dutch message (stderr, and `pack_notice()`
for the app) and the bundled pack is used. $WERKTLOONT_PARAMETERS still wins (see loader.default_pack_dir).

Decisions are cached per candidate's file signature: `load_pack()` asks for the default pack on every call,
and validating a pack each time would cost far more than the calculation.
"""

from __future__ import annotations

import errno
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from werktloont.errors import WerktloontError
from werktloont.jsonio import clean, os_reason
from werktloont.params import pack as loader  # one way: override never imports params.loader
from werktloont.params import refused
from werktloont.params.bounds import VERSION_PATTERN
from werktloont.params.refused import Refusal

APP_DIR = "werktloont"
PACK_DIR = "parameters"


def user_data_dir() -> Path:
    """The per-user data folder, like platformdirs' user_data_dir (stdlib only, no admin rights needed)."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA")
        root = Path(base) if base else home / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        root = home / "Library" / "Application Support"
    else:
        base = os.environ.get("XDG_DATA_HOME")
        # The XDG spec says a relative value must be ignored.
        root = Path(base) if base and os.path.isabs(base) else home / ".local" / "share"
    return root / APP_DIR


def candidate_dirs() -> list[Path]:
    """Where an updated pack may be, in order of preference when two have the same version."""
    out = []
    if getattr(sys, "frozen", False):
        out.append(Path(sys.executable).resolve().parent / PACK_DIR)
    out.append(user_data_dir() / PACK_DIR)
    return out


_VERSION = re.compile(VERSION_PATTERN)


def parse_version(text: str) -> tuple[int, ...] | None:
    """'2026.11.0' -> (2026, 11, 0); compared numerically so 2026.11 is newer than 2026.9. None if not a version
    (also a number of 5.001 digits: Python refuses to convert that, and no version needs it)."""
    text = str(text)[:100].strip()
    if not _VERSION.match(text):
        return None
    parts = [int(p) for p in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:  # 2026.11 and 2026.11.0 are the same version
        parts.pop()
    return tuple(parts)


@dataclass(frozen=True)
class Choice:
    path: Path
    refusals: tuple[Refusal, ...] = ()

    @property
    def notices(self) -> tuple[str, ...]:
        return tuple(r.message for r in self.refusals)


_DECISIONS: dict[tuple, Choice] = {}
_LAST: Choice | None = None
_WARNED: set[str] = set()


def _exists(path: Path) -> bool:
    """Whether anything is there; a folder we may not look into counts as there (and is then refused, named)."""
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return True


def _key(bundled: Path, candidates: list[Path]) -> tuple:
    parts: list = [str(bundled)]
    for cand in candidates:
        # Only a folder with something in it costs a directory listing; usually none exists.
        try:
            parts.append((str(cand), loader._signature(cand) if cand.is_dir() else None))
        except OSError as exc:
            parts.append((str(cand), f"{type(exc).__name__}:{exc.errno}"))
    return tuple(parts)


def _bundled_version(bundled: Path) -> tuple[str, tuple[int, ...] | None, list[str]]:
    manifest = loader.load_manifest(bundled)
    return manifest.pack_version, parse_version(manifest.pack_version), list(manifest.regulations)


def _reason(exc: Exception) -> str:
    if isinstance(exc, WerktloontError):
        return clean(str(exc))[:4000]  # never the whole expanded value of a hostile file
    if isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "De map kan niet worden gelezen: geen toestemming om de map te lezen."
        return f"De map kan niet worden gelezen: {os_reason(exc)}."
    return f"Het pakket kan niet worden gelezen ({type(exc).__name__})."


class _Refuse(Exception):
    """A candidate folder is not used; the message says why (Dutch)."""

    def __init__(self, reason: str, version: str = "?"):
        super().__init__(reason)
        self.reason = reason
        self.version = version


def _examine(cand: Path, bundled: Path, bundled_version: tuple[int, ...] | None,
             bundled_regulations: list[str]) -> tuple[tuple[int, ...], str] | None:
    """(version, text) of a usable candidate newer than the bundled pack; None to pass it by without a word (it
    is not there, or not newer); _Refuse when it is refused."""
    try:
        if not cand.is_dir():
            if cand.is_symlink() and not cand.exists():
                raise _Refuse("De map verwijst in een kring naar zichzelf, of naar iets dat niet bestaat.")
            if cand.exists():
                raise _Refuse(f"{cand} is geen map.")
            return None
        if cand.resolve() == bundled.resolve():
            return None
    except (OSError, RuntimeError) as exc:  # a symlink loop: RuntimeError before Python 3.13
        if isinstance(exc, OSError) and exc.errno not in (errno.ELOOP, None):
            raise _Refuse(_reason(exc)) from None
        raise _Refuse("De map verwijst in een kring naar zichzelf.") from None
    manifest_path = cand / loader.MANIFEST
    if not _exists(manifest_path):
        raise _Refuse(f"De map {cand} is geen parameterpakket: manifest.yaml ontbreekt.")
    try:
        cand_manifest = loader.load_manifest(cand)
    except Exception as exc:  # noqa: BLE001 - whatever is in the folder, the bundled pack still works
        raise _Refuse(_reason(exc)) from None
    text = cand_manifest.pack_version
    version = parse_version(text)
    if version is None:
        shown = text if len(text) <= 40 else f"{text[:20]}… ({len(text):_} tekens)".replace("_", ".")
        raise _Refuse(f"De pakketversie '{shown}' is geen versienummer zoals 2026.11.0.", "?")
    if bundled_version is not None and version <= bundled_version:
        return None  # older or the same: the bundled pack is at least as new, nothing to tell
    missing = [r for r in bundled_regulations if r not in cand_manifest.regulations]
    if missing:
        raise _Refuse(f"{manifest_path}: de regelingen {', '.join(missing)} ontbreken; een nieuwer pakket moet "
                      "alle regelingen bevatten.", text)
    if cand_manifest.checksums is None:
        raise _Refuse(f"{manifest_path}: de controlesommen ontbreken; de pakketbeheerder verzegelt het pakket met "
                      "`werktloont params seal <map>`.", text)
    try:
        loader.load_dir(cand)  # full validation; the result stays in the loader's cache
    except Exception as exc:  # noqa: BLE001 - see above
        raise _Refuse(_reason(exc), text) from None
    return version, text


def _decide(bundled: Path, candidates: list[Path]) -> Choice:
    try:
        bundled_text, bundled_version, bundled_regulations = _bundled_version(bundled)
    except WerktloontError:
        # The bundled pack itself is broken: keep it, so load_pack() reports its problems as before.
        return Choice(bundled)
    refusals: list[Refusal] = []
    best: tuple[tuple[int, ...], Path] | None = None
    for cand in candidates:
        try:
            found = _examine(cand, bundled, bundled_version, bundled_regulations)
        except _Refuse as why:
            refusals.append(Refusal("pack", str(cand), why.reason, why.version,
                                    _refused(cand, why.version, bundled_text, why.reason)))
            continue
        except Exception as exc:  # noqa: BLE001 - nothing in a dropped-in folder may stop the program
            refusals.append(Refusal("pack", str(cand), _reason(exc), "?", _refused(cand, "?", bundled_text,
                                                                                 _reason(exc))))
            continue
        if found is not None and (best is None or found[0] > best[0]):
            best = (found[0], cand.resolve())
    return Choice(best[1] if best else bundled, tuple(refusals))


def _refused(cand: Path, version: str, bundled_version: str, reason: str) -> str:
    return (f"Het parameterpakket in {cand} (versie {version}) is geweigerd omdat het niet klopt; "
            f"het meegeleverde pakket {bundled_version} wordt gebruikt.\n{reason}")


def choose(bundled: Path, candidates: list[Path] | None = None) -> Path:
    """The pack folder to use: the newest valid candidate newer than `bundled`, else `bundled`."""
    global _LAST
    bundled = Path(bundled)
    candidates = candidate_dirs() if candidates is None else [Path(c) for c in candidates]
    if not any(_exists(c) for c in candidates):
        _LAST = Choice(bundled)
        return bundled
    key = _key(bundled, candidates)
    choice = _DECISIONS.get(key)
    if choice is None:
        choice = _DECISIONS[key] = _decide(bundled, candidates)
        for notice in choice.notices:
            if notice not in _WARNED:
                _WARNED.add(notice)
                if sys.stderr is not None:  # a windowed Windows build has no stderr
                    print(notice, file=sys.stderr)
    _LAST = choice
    return choice.path


def last_refusals() -> tuple[Refusal, ...]:
    """The packs refused by the last choose()."""
    return _LAST.refusals if _LAST is not None else ()


def pack_notice() -> str | None:
    """The Dutch message about a refused pack for the app to show, or None when nothing was refused."""
    if os.environ.get("WERKTLOONT_PARAMETERS"):
        return None  # an explicit pack was asked for; no override was considered
    if _LAST is None:
        choose(loader.bundled_pack_dir())
    choice = _LAST
    if choice is None or not choice.notices:
        return None
    return "\n\n".join(choice.notices)


def clear_cache() -> None:
    """Forget earlier decisions (tests, or after the user dropped in a new pack while the app runs)."""
    global _LAST
    _DECISIONS.clear()
    _WARNED.clear()
    _LAST = None
    loader.forget_default()
    refused.clear_cache()
