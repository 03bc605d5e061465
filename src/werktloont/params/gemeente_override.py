"""A newer municipal overlay without a new release: `gemeenten/` in the user's data folder (or next to the program).

A gemeente updates its own figures more often than the program is released. A file `<naam>.yaml` in
`<user data>/werktloont/gemeenten/` (see override.user_data_dir) is used instead of the bundled overlay of that
name when its `version` is newer (compared as numbers, 2026.11.2 > 2026.11.1), or added when the pack has none of
that name. An invalid file is refused with a Dutch message (`notices()`) and the bundled one is used, like a
newer parameter pack (params/override.py). With $WERKTLOONT_PARAMETERS set (an explicit pack) nothing is added.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from werktloont.errors import WerktloontError
from werktloont.jsonio import clean, os_reason
from werktloont.params import loader, override
from werktloont.params.pack import files_signature
from werktloont.params.refused import Refusal
from werktloont.params.schema import Overlay

OVERLAY_DIR = loader.OVERLAY_DIR

_CACHE: dict[tuple, tuple[dict[str, Overlay], tuple[Refusal, ...]]] = {}


def candidate_dirs() -> list[Path]:
    """Where newer overlays may be, lowest priority first (a later folder wins on the same version)."""
    out = [override.user_data_dir() / OVERLAY_DIR]
    if getattr(sys, "frozen", False):
        out.append(Path(sys.executable).resolve().parent / OVERLAY_DIR)
    return out


def _listing(folder: Path) -> tuple[list[Path], Refusal | None]:
    """The .yaml files of one folder; a folder that cannot be read is a refusal (named), never a traceback."""
    try:
        if not folder.is_dir():
            if folder.exists():
                return [], Refusal("overlay", str(folder), f"{folder} is geen map; er worden geen "
                                                           "gemeentebestanden uit gebruikt.")
            return [], None
        return sorted(p for p in folder.iterdir() if p.suffix == ".yaml"), None
    except OSError as exc:
        why = "geen toestemming om de map te lezen" if isinstance(exc, PermissionError) else os_reason(exc)
        return [], Refusal("overlay", str(folder), f"De map {folder} kan niet worden gelezen: {why}; de "
                                                   "gemeentebestanden erin worden niet gebruikt.")


def _files(dirs: list[Path]) -> list[Path]:
    return [f for d in dirs for f in _listing(d)[0]]


_signature = files_signature


def _newer(candidate: Overlay, current: Overlay | None) -> bool:
    if current is None:
        return True
    new, old = override.parse_version(candidate.version), override.parse_version(current.version)
    if new is None:
        return False
    return old is None or new > old


def _notice(path: Path, reason: str) -> str:
    return f"Het gemeentebestand {path} is geweigerd omdat het niet klopt; het meegeleverde bestand wordt " \
           f"gebruikt.\n{reason}"


def _merge(pack, files: list[Path]) -> tuple[dict[str, Overlay], tuple[Refusal, ...]]:
    merged = dict(pack.overlays)
    refusals: list[Refusal] = []
    for path in files:
        try:
            ov = loader.validate_overlay(path, pack.manifest)
        except WerktloontError as exc:
            reason = clean(str(exc))[:4000]
            refusals.append(Refusal("overlay", str(path), reason, path.stem, _notice(path, reason)))
            continue
        except Exception as exc:  # noqa: BLE001 - nothing in a dropped-in file may stop the program
            reason = f"Het bestand kan niet worden gelezen ({type(exc).__name__})."
            refusals.append(Refusal("overlay", str(path), reason, path.stem, _notice(path, reason)))
            continue
        if _newer(ov, merged.get(ov.gemeente)):
            merged[ov.gemeente] = ov
    return merged, tuple(refusals)


def _state(pack, dirs: list[Path] | None = None) -> tuple[dict[str, Overlay], tuple[Refusal, ...]]:
    if os.environ.get("WERKTLOONT_PARAMETERS") and dirs is None:
        return dict(pack.overlays), ()
    folders = candidate_dirs() if dirs is None else dirs
    listings = [_listing(d) for d in folders]
    unreadable = tuple(r for _, r in listings if r is not None)
    files = [f for found, _ in listings for f in found]
    if not files:
        return pack.overlays, unreadable
    key = (pack.checksum, str(pack.root), _signature(files))
    hit = _CACHE.get(key)
    if hit is None:
        hit = _CACHE[key] = _merge(pack, files)
    return hit[0], unreadable + hit[1]


_RECHECK_S = 1.0  # the user's folders are looked at most once a second: a batch asks for every case
_RECENT: dict[int, tuple[float, Any, dict[str, Overlay]]] = {}


def overlays(pack, dirs: list[Path] | None = None) -> dict[str, Overlay]:
    """The pack's overlays with the newer ones from the user's folders in their place."""
    if dirs is not None:
        return _state(pack, dirs)[0]
    now = time.monotonic()
    hit = _RECENT.get(id(pack))
    if hit is not None and hit[1] is pack and now - hit[0] < _RECHECK_S:
        return hit[2]
    found = _state(pack, dirs)[0]
    if len(_RECENT) > 16:
        _RECENT.clear()
    _RECENT[id(pack)] = (now, pack, found)
    return found


def refusals(pack, dirs: list[Path] | None = None) -> tuple[Refusal, ...]:
    """The overlay files (and folders) of the user's folders that were refused."""
    return _state(pack, dirs)[1]


def notices(pack, dirs: list[Path] | None = None) -> tuple[str, ...]:
    """Dutch messages about refused overlay files, for the app and `werktloont gemeente list`."""
    return tuple(r.message for r in refusals(pack, dirs))


def origin(pack, name: str, dirs: list[Path] | None = None) -> str:
    """'pakket' when the bundled overlay is used, else the folder of the newer one."""
    ov = overlays(pack, dirs).get(name)
    if ov is None or pack.overlays.get(name) is ov:
        return "pakket"
    for path in reversed(_files(candidate_dirs() if dirs is None else dirs)):
        if path.stem == name:
            return str(path.parent)
    return "pakket"


def clear_cache() -> None:
    _CACHE.clear()
    _RECENT.clear()
