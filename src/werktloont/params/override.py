"""A newer parameter pack without a new build.

Budget coaches cannot reinstall the app for every change of a norm. A `parameters/` folder next to the
frozen executable, or in the user's data folder, replaces the bundled pack when its `pack_version` is newer
and the whole pack validates. An invalid one is refused with a Dutch message (stderr, and `pack_notice()`
for the app) and the bundled pack is used. $WERKTLOONT_PARAMETERS still wins (see loader.default_pack_dir).

Decisions are cached per candidate's file signature: `load_pack()` asks for the default pack on every call,
and validating a pack each time would cost far more than the calculation.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from werktloont.errors import WerktloontError
from werktloont.params import pack as loader  # one way: override never imports params.loader

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


_VERSION = re.compile(r"^\d+(\.\d+)*$")


def parse_version(text: str) -> tuple[int, ...] | None:
    """'2026.11.0' -> (2026, 11, 0); compared numerically so 2026.11 is newer than 2026.9. None if not a version."""
    text = str(text).strip()
    if not _VERSION.match(text):
        return None
    parts = [int(p) for p in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:  # 2026.11 and 2026.11.0 are the same version
        parts.pop()
    return tuple(parts)


@dataclass(frozen=True)
class Choice:
    path: Path
    notices: tuple[str, ...] = ()


_DECISIONS: dict[tuple, Choice] = {}
_LAST: Choice | None = None
_WARNED: set[str] = set()


def _key(bundled: Path, candidates: list[Path]) -> tuple:
    parts: list = [str(bundled)]
    for cand in candidates:
        # Only a folder with something in it costs a directory listing; usually none exists.
        parts.append((str(cand), loader._signature(cand) if cand.is_dir() else None))
    return tuple(parts)


def _bundled_version(bundled: Path) -> tuple[str, tuple[int, ...] | None, list[str]]:
    manifest = loader.load_manifest(bundled)
    return manifest.pack_version, parse_version(manifest.pack_version), list(manifest.regulations)


def _reason(exc: Exception) -> str:
    if isinstance(exc, WerktloontError):
        return str(exc)[:4000]  # never the whole expanded value of a hostile file
    return f"Het pakket kan niet worden gelezen ({type(exc).__name__})."


def _decide(bundled: Path, candidates: list[Path]) -> Choice:
    try:
        bundled_text, bundled_version, bundled_regulations = _bundled_version(bundled)
    except WerktloontError:
        # The bundled pack itself is broken: keep it, so load_pack() reports its problems as before.
        return Choice(bundled)
    notices: list[str] = []
    best: tuple[tuple[int, ...], Path] | None = None
    for cand in candidates:
        try:
            if not cand.is_dir() or cand.resolve() == bundled.resolve():
                continue
        except (OSError, RuntimeError):  # a symlink loop: RuntimeError before Python 3.13
            notices.append(_refused(cand, "?", bundled_text, "De map verwijst in een kring naar zichzelf."))
            continue
        if not (cand / loader.MANIFEST).is_file():
            notices.append(f"De map {cand} is geen parameterpakket (manifest.yaml ontbreekt) en wordt niet "
                           f"gebruikt; het meegeleverde pakket {bundled_text} wordt gebruikt.")
            continue
        try:
            cand_manifest = loader.load_manifest(cand)
            text = cand_manifest.pack_version
        except Exception as exc:  # noqa: BLE001 - whatever is in the folder, the bundled pack still works
            notices.append(_refused(cand, "?", bundled_text, _reason(exc)))
            continue
        version = parse_version(text)
        if version is None:
            notices.append(_refused(cand, text, bundled_text,
                                    f"De pakketversie '{text}' is geen versienummer zoals 2026.11.0."))
            continue
        if bundled_version is not None and version <= bundled_version:
            continue  # older or the same: the bundled pack is at least as new, nothing to tell
        if best is not None and version <= best[0]:
            continue
        missing = [r for r in bundled_regulations if r not in cand_manifest.regulations]
        if missing:
            notices.append(_refused(cand, text, bundled_text, f"{cand / loader.MANIFEST}: de regelingen "
                                    f"{', '.join(missing)} ontbreken; een nieuwer pakket moet alle regelingen "
                                    "bevatten."))
            continue
        if cand_manifest.checksums is None:
            notices.append(_refused(cand, text, bundled_text, f"{cand / loader.MANIFEST}: de controlesommen "
                                    "ontbreken; de pakketbeheerder verzegelt het pakket met "
                                    "`werktloont params seal <map>`."))
            continue
        try:
            loader.load_dir(cand)  # full validation; the result stays in the loader's cache
        except Exception as exc:  # noqa: BLE001 - see above
            notices.append(_refused(cand, text, bundled_text, _reason(exc)))
            continue
        best = (version, cand.resolve())
    return Choice(best[1] if best else bundled, tuple(notices))


def _refused(cand: Path, version: str, bundled_version: str, reason: str) -> str:
    return (f"Het parameterpakket in {cand} (versie {version}) is geweigerd omdat het niet klopt; "
            f"het meegeleverde pakket {bundled_version} wordt gebruikt.\n{reason}")


def choose(bundled: Path, candidates: list[Path] | None = None) -> Path:
    """The pack folder to use: the newest valid candidate newer than `bundled`, else `bundled`."""
    global _LAST
    bundled = Path(bundled)
    candidates = candidate_dirs() if candidates is None else [Path(c) for c in candidates]
    if not any(c.exists() for c in candidates):
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
