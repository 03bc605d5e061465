"""The refusals in force now, gathered from the user's folders: the environment's pack, a newer pack and the
municipal overlays (params/refused.py records them; this module sits above the loaders that find them)."""

from __future__ import annotations

import os
import time

from werktloont.params import gemeente_override, loader, override, refused
from werktloont.params.refused import Refusal


def refusals(pack=None) -> tuple[Refusal, ...]:
    """Every refusal in force now: the environment's pack, a newer pack in the user's folders, and the overlays
    of those folders for `pack` (default: the pack in use)."""
    if pack is None:
        try:
            pack = loader.load_pack()
        except Exception:  # noqa: BLE001 - a pack that cannot load is reported by whoever loads it
            return refused.environment()
    now = time.monotonic()
    hit = refused.RECENT.get(id(pack))
    if hit is not None and hit[1] is pack and now - hit[0] < refused.RECHECK_S:
        return hit[2]
    found = refused.environment()
    if not os.environ.get("WERKTLOONT_PARAMETERS"):
        override.choose(loader.bundled_pack_dir())
        found += override.last_refusals()
    found += gemeente_override.refusals(pack)
    if len(refused.RECENT) > 16:
        refused.RECENT.clear()
    refused.RECENT[id(pack)] = (now, pack, found)
    return found

