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
from werktloont.params import loader, override
from werktloont.params.pack import files_signature
from werktloont.params.schema import Overlay

OVERLAY_DIR = loader.OVERLAY_DIR

_CACHE: dict[tuple, tuple[dict[str, Overlay], tuple[str, ...]]] = {}


def candidate_dirs() -> list[Path]:
    """Where newer overlays may be, lowest priority first (a later folder wins on the same version)."""
    out = [override.user_data_dir() / OVERLAY_DIR]
    if getattr(sys, "frozen", False):
        out.append(Path(sys.executable).resolve().parent / OVERLAY_DIR)
    return out


def _files(dirs: list[Path]) -> list[Path]:
    return [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.yaml"))]


_signature = files_signature


def _newer(candidate: Overlay, current: Overlay | None) -> bool:
    if current is None:
        return True
    new, old = override.parse_version(candidate.version), override.parse_version(current.version)
    if new is None:
        return False
    return old is None or new > old


def _merge(pack, files: list[Path]) -> tuple[dict[str, Overlay], tuple[str, ...]]:
    merged = dict(pack.overlays)
    notices: list[str] = []
    for path in files:
        try:
            ov = loader.validate_overlay(path, pack.manifest)
        except WerktloontError as exc:
            notices.append(f"Het gemeentebestand {path} is geweigerd omdat het niet klopt; het meegeleverde "
                           f"bestand wordt gebruikt.\n{exc}")
            continue
        if override.parse_version(ov.version) is None:
            notices.append(f"Het gemeentebestand {path} is geweigerd: de versie '{ov.version}' is geen "
                           f"versienummer zoals 2026.11.1.")
            continue
        if _newer(ov, merged.get(ov.gemeente)):
            merged[ov.gemeente] = ov
    return merged, tuple(notices)


def _state(pack, dirs: list[Path] | None = None) -> tuple[dict[str, Overlay], tuple[str, ...]]:
    if os.environ.get("WERKTLOONT_PARAMETERS") and dirs is None:
        return dict(pack.overlays), ()
    files = _files(candidate_dirs() if dirs is None else dirs)
    if not files:
        return pack.overlays, ()
    key = (pack.checksum, str(pack.root), _signature(files))
    hit = _CACHE.get(key)
    if hit is None:
        hit = _CACHE[key] = _merge(pack, files)
    return hit


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


def notices(pack, dirs: list[Path] | None = None) -> tuple[str, ...]:
    """Dutch messages about refused overlay files, for the app and `werktloont gemeente list`."""
    return _state(pack, dirs)[1]


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
