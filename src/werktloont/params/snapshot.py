"""The parameters of one day: `Snapshot`, the per-regulation view `RegulationParams`, traced reads and a keyed cache.

Traced reads: `with snap.recording() as used:` collects the full id ("bijstand.norm_alleenstaande_21") of every
parameter handed out by this snapshot while the block runs (through `snap.reg(...)[key]`, `.get`, `.rate`,
`snap.param/get/rate`), in the order first read. Recordings nest: an inner block's reads also reach every outer
block. Without an active recording a read costs one attribute check.

Keyed cache: `snap.derived(key, build)` returns `build()` computed once per snapshot and key (a table derived from
parameters, a memoised rule result). The reads `build` made are kept with the value and replayed into the active
recording on every hit, so a cached computation is traced exactly like a fresh one. At most `DERIVED_MAX`
entries per snapshot; the oldest go first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from werktloont.errors import MissingParameterError

if TYPE_CHECKING:  # pragma: no cover
    from werktloont.params.loader import ParameterPack, ParamValue

T = TypeVar("T")
DERIVED_MAX = 4096
_NONE = object()


class _Recording:
    """The context manager behind Snapshot.recording (a class: about three times cheaper than @contextmanager)."""

    __slots__ = ("snap", "used", "outer")

    def __init__(self, snap: Snapshot):
        self.snap = snap
        self.used: dict[str, None] = {}
        self.outer: dict[str, None] | None = None

    def __enter__(self) -> dict[str, None]:
        snap = self.snap
        self.outer = snap._recording
        snap._recording = self.used
        return self.used

    def __exit__(self, *exc) -> None:
        self.snap._recording = self.outer
        if self.outer is not None:
            self.outer.update(self.used)


class RegulationParams(dict):
    """The values of one regulation on one day, by short id. A missing or unknown one raises, in Dutch.

    Every value handed out is recorded in the snapshot's active recording (see `Snapshot.recording`).
    """

    def __init__(self, snapshot: Snapshot, regulation: str, values: dict[str, Any]):
        super().__init__(values)
        self.snapshot = snapshot
        self.regulation = regulation
        self._prefix = regulation + "."

    def __getitem__(self, key: str):
        value = dict.__getitem__(self, key)
        rec = self.snapshot._recording
        if rec is not None:
            rec[self._prefix + key] = None
        return value

    def __missing__(self, key: str):
        self.snapshot.param(self._prefix + key)  # raises MissingParameterError with the reason
        raise KeyError(key)  # pragma: no cover - param() always raises here

    def get(self, key: str, default: Any = None) -> Any:
        value = dict.get(self, key, _NONE)
        if value is _NONE:
            return default
        rec = self.snapshot._recording
        if rec is not None:
            rec[self._prefix + key] = None
        return value

    def rate(self, key: str) -> float:
        """A percent parameter as a fraction (35.75 -> 0.3575)."""
        return self[key] / 100.0

    def select(self, conditions: list, keys: list[str], default: str):
        """np.select over parameters that reads (and records) only the ones chosen for some element.

        `keys[i]` applies where `conditions[i]` is the first true condition, `default` where none is. A parameter
        chosen nowhere is not read, so a single client's trace holds no couple amounts, and a value that does not
        apply may be unknown without stopping the calculation.
        """
        conds = [np.asarray(c, dtype=bool) for c in conditions]
        taken = np.zeros(np.broadcast_shapes(*(c.shape for c in conds)), dtype=bool)
        values = []
        for cond, key in zip(conds, keys):
            values.append(self[key] if np.any(cond & ~taken) else np.nan)
            taken = taken | cond
        fallback = self[default] if not np.all(taken) else np.nan
        return np.select(conds, values, fallback)

    def derived(self, name: str, build: Callable[[], T]) -> T:
        """`build()` once per snapshot for this regulation (see Snapshot.derived), reads replayed on a hit."""
        return self.snapshot.derived((self.regulation, name), build)


class Snapshot:
    """All parameters as they apply on one day. Reading an unknown value raises, visibly."""

    def __init__(self, pack: ParameterPack, on: date):
        self.pack = pack
        self.on = on
        self._regs: dict[str, RegulationParams] = {}
        self._recording: dict[str, None] | None = None  # the innermost active recording
        self._derived: dict[Any, tuple[Any, dict[str, None]]] = {}

    # --- traced reads ------------------------------------------------------------------------------------------

    def recording(self) -> _Recording:
        """`with snap.recording() as used:` collects the full ids of the parameters read in the block (a dict used
        as an ordered set). Nestable: on leaving, the block's reads are added to the enclosing recording, if any.
        """
        return _Recording(self)

    # --- keyed cache -------------------------------------------------------------------------------------------

    def derived(self, key: Any, build: Callable[[], T]) -> T:
        """The value of `build()` for this snapshot and `key` (hashable), built once; its reads replay on a hit.

        Use a tuple key that starts with the owner, e.g. ("inkomstenbelasting", "tables") or
        ("bijstand.norm", household_key). The value must not depend on anything but this snapshot and the key.
        """
        hit = self._derived.get(key)
        if hit is not None:
            rec = self._recording
            if rec is not None and hit[1]:
                rec.update(hit[1])
            return hit[0]
        with self.recording() as reads:
            value = build()
        if len(self._derived) >= DERIVED_MAX:
            del self._derived[next(iter(self._derived))]
        self._derived[key] = (value, dict(reads))
        return value

    def derived_in(self, store: dict, key: Any, build: Callable[[], T]) -> T:
        """`derived` kept in the caller's `store` (e.g. one household's, gone with it) instead of the snapshot's:
        built once per snapshot and key, its reads replayed on a hit."""
        full = (self, key)
        hit = store.get(full)
        if hit is None:
            with self.recording() as reads:
                value = build()
            hit = store[full] = (value, dict(reads))
        elif hit[1] and self._recording is not None:
            self._recording.update(hit[1])
        return hit[0]

    def clear_derived(self) -> None:
        self._derived.clear()

    # --- values ------------------------------------------------------------------------------------------------

    def reg(self, regulation: str) -> RegulationParams:
        """All known values of one regulation on this day (built once, then cached)."""
        cached = self._regs.get(regulation)
        if cached is not None:
            return cached
        if regulation not in self.pack.regulations:
            raise MissingParameterError(regulation, self.on.isoformat(), "deze regeling zit niet in het pakket.")
        values = {}
        for pid in self.pack.regulations[regulation].parameters:
            entry = self.pack.lookup(f"{regulation}.{pid}", self.on)
            if entry is not None and entry.unknown is None and entry.value is not None:
                values[pid] = entry.value
        params = RegulationParams(self, regulation, values)
        self._regs[regulation] = params
        return params

    def param(self, param_id: str) -> ParamValue:
        """The entry in force (value, sources, label); recorded as a read."""
        try:
            entry = self.pack.lookup(param_id, self.on)
        except KeyError:
            raise MissingParameterError(param_id, self.on.isoformat(),
                                        "deze parameter bestaat niet in het pakket.") from None
        if entry is None or entry.ended:
            raise MissingParameterError(param_id, self.on.isoformat(), "er geldt op die datum geen waarde.")
        if entry.unknown is not None:
            raise MissingParameterError(param_id, self.on.isoformat(), f"onbekend: {entry.unknown}")
        rec = self._recording
        if rec is not None:
            rec[param_id] = None
        return entry

    def get(self, param_id: str) -> Any:
        return self.param(param_id).value

    def rate(self, param_id: str) -> float:
        """A percent parameter as a fraction (35.75 -> 0.3575)."""
        entry = self.param(param_id)
        if entry.unit not in ("percent", "signed_percent"):
            raise TypeError(f"{param_id} is geen percentage")
        return entry.value / 100.0

    def has(self, param_id: str) -> bool:
        """True when a known value applies on this day (not recorded: asking is not reading)."""
        try:
            entry = self.pack.lookup(param_id, self.on)
        except KeyError:
            return False
        return entry is not None and not entry.ended and entry.unknown is None
