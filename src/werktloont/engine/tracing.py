"""The parameter trace of a month: which parameter ids each component read (for its explanation and sources).

`Trace` records per component; `norm` memoises the bijstand norm of one household per snapshot and keeps in the
trace only the parameters the norm depends on (bijstand.norm evaluates every household type's branch).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from werktloont.engine.household import HouseholdArrays
from werktloont.params.loader import Snapshot
from werktloont.rules.participatiewet import bijstand


def norm(snap: Snapshot, hh: HouseholdArrays, p_bs) -> dict:
    """bijstand.norm; for a single household memoised per snapshot (a curve or the app asks again and again).

    bijstand.norm evaluates every household type's branch (np.select), so a plain trace would also name the
    norms of other household types. For one household the trace keeps only the parameters the norm depends on
    (see _norm_depends); the cache replays them on every hit. Several households at once: every read is traced.
    """
    args = dict(client_age=hh.client_age, partner_age=hh.partner_age, has_partner=hh.has_partner,
                partner_entitled=hh.partner_entitled, n_children=hh.n_children, cost_sharers=hh.cost_sharers,
                client_entitled=hh.client_entitled)
    if np.shape(hh.client_age) != (1,):
        return bijstand.norm(**args, p=p_bs)
    return snap.derived(("bijstand.norm", _household_key(args, p_bs)), lambda: _norm_depends(snap, args, p_bs))


def _household_key(args: dict, p_bs) -> tuple:
    """What the norm of one household depends on: bijstand.norm reads an age only against the jongerennorm and
    AOW limits (art. 20-22), so ages on the same side of both give the same norm and trace, and the households
    of a batch share far more entries (tests/engine/test_tracing.py holds it to that)."""
    limits = (dict.__getitem__(p_bs, "jongerennorm_max_leeftijd"), dict.__getitem__(p_bs, "aow_leeftijd"))
    values = {k: np.asarray(a).item() for k, a in args.items()}
    ages = [values.pop("client_age"), values.pop("partner_age") if values["has_partner"] else None]
    return (*(None if a is None else tuple(a >= limit for limit in limits) for a in ages),
            *values.values())


class _Values(dict):
    """An untraced copy of a regulation's values (for probing which ones a result depends on)."""

    def rate(self, key: str) -> float:
        return self[key] / 100.0


class _Probe(_Values):
    read: dict[str, None]

    def __getitem__(self, key: str):
        self.read.setdefault(key, None)
        return dict.__getitem__(self, key)


def _norm_depends(snap: Snapshot, args: dict, p_bs) -> dict:
    """The norm, recording the bijstand parameters it depends on: each parameter read is set to NaN in turn and
    counts when the norm changes (a NaN amount propagates; a NaN age limit flips the comparisons that use it).
    The trials run as the points of one call (point j + 1 has the j-th parameter read set to NaN; bijstand.norm is
    elementwise), not one call each: a batch of distinct households misses this cache on nearly every case."""
    plain = _Values({k: dict.__getitem__(p_bs, k) for k in dict.keys(p_bs)})
    probe = _Probe(plain)
    probe.read = {}
    result = bijstand.norm(**args, p=probe)
    base = np.asarray(result["norm"]).reshape(-1)[0]
    read = list(probe.read)
    trial = _Values(plain)
    for j, k in enumerate(read):
        values = np.full(len(read) + 1, plain[k], dtype=float)
        values[j + 1] = np.nan
        trial[k] = values
    trials = np.broadcast_to(np.asarray(bijstand.norm(**args, p=trial)["norm"], dtype=float).reshape(-1),
                             (len(read) + 1,))
    for j, k in enumerate(read):
        if not trials[j + 1] == base:  # NaN, or another norm
            p_bs[k]  # noqa: B018 - the read is recorded in the snapshot's trace
    return result


class Trace:
    """`used` per component: the ids read while computing it (one snapshot recording at a time)."""

    def __init__(self, snap: Snapshot):
        self.snap = snap
        self.used: dict[str, tuple[str, ...]] = {}
        self._open: tuple[str, Any, dict[str, None]] | None = None

    def start(self, component: str) -> None:
        self.stop()
        cm = self.snap.recording()
        self._open = (component, cm, cm.__enter__())

    def stop(self) -> None:
        if self._open is not None:
            component, cm, ids = self._open
            self._open = None
            cm.__exit__(None, None, None)
            self.used[component] = tuple(ids)


class Untraced:
    """A Trace that records nothing, for a caller that never reads `Month.used` (a curve's points, the projection's
    money): no recording is opened, so a read costs one attribute check. The snapshot's keyed cache still records
    what it builds (Snapshot.derived), so a later traced month replays the same reads."""

    def __init__(self) -> None:
        self.used: dict[str, tuple[str, ...]] = {}

    def start(self, component: str) -> None:
        pass

    def stop(self) -> None:
        pass
