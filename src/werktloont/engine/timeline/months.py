"""Calendar months of the projection and their parameters, resolved by day as `calculate` resolves them.

A month's parameters are those in force on its first day (the case month: on the case date). Months after the
pack's coverage use the values of its last day and are flagged. Months whose parameters are identical share a
group, so the pipeline runs once per group and not once per month.
"""

from __future__ import annotations

import weakref
from datetime import date

from werktloont.months import add_months, month_label, month_of, months_between  # noqa: F401 - re-exported
from werktloont.params.loader import ParameterPack, Snapshot
from werktloont.rules import versions

_FINGERPRINTS: weakref.WeakKeyDictionary[Snapshot, tuple] = weakref.WeakKeyDictionary()


def fingerprint(snap: Snapshot) -> tuple:
    """Which dated entry of every parameter is in force on the snapshot's day: equal tuples, equal amounts."""
    hit = _FINGERPRINTS.get(snap)
    if hit is None:
        pack = snap.pack
        hit = _FINGERPRINTS[snap] = tuple(id(pack.lookup(pid, snap.on)) for pid in pack.index)
    return hit


def rules_in_force(day: date) -> tuple:
    """Which version of every rule is in force on `day` (the versions themselves): equal tuples, equal rules."""
    return tuple(tuple(v for v in versions.versions(name) if v.applies(day)) for name in versions.names())


_DAYS: dict[tuple, Days] = {}  # bounded; an entry is only used for the very pack it was made with


class Days:
    """Per month of the projection: its snapshot (resolved by day), the group it shares, beyond the pack or not."""

    def __init__(self, pack: ParameterPack, case_on: date, months: list[date]):
        self.pack = pack
        self.registry = versions.VERSIONS  # the rule versions the rule_keys were read from
        self.start, self.end = pack.coverage
        self.snaps: list[Snapshot] = []
        self.beyond: list[bool] = []
        self.parameters_from: list[date] = []  # the start of the parameter period in force
        # The day whose rule versions apply: the month's own first day (the case date in the case month), also
        # beyond the pack's coverage, where the amounts are the last known ones but a later rule version holds.
        self.rule_days: list[date] = []
        self.rule_keys: list[tuple] = []
        # The same small number for months with equal rule_keys: grouping months hashes these, not the versions.
        self.rule_ids: list[int] = []
        ids: dict[tuple, int] = {}
        starts = sorted(pack.periods)
        representative: dict[tuple, Snapshot] = {}
        for d in months:
            day = max(d, case_on) if (d.year, d.month) == (case_on.year, case_on.month) else d
            snap = self.at(day)
            self.snaps.append(representative.setdefault(fingerprint(snap), snap))
            self.rule_days.append(day)
            self.rule_keys.append(rules_in_force(day))
            self.rule_ids.append(ids.setdefault(self.rule_keys[-1], len(ids)))
            self.beyond.append(d > self.end)
            self.parameters_from.append(max([p for p in starts if p <= snap.on] or [self.start]))

    @classmethod
    def of(cls, pack: ParameterPack, case_on: date, months: list[date]) -> Days:
        """The same Days for the same pack, case day and months (the window asks again on every keystroke), made
        again when the registry of rule versions was replaced (versions.replace_registry: a later version)."""
        key = (id(pack), id(versions.VERSIONS), case_on, months[0], len(months))  # a new registry, new rules
        hit = _DAYS.get(key)
        if hit is None or hit.pack is not pack or hit.registry is not versions.VERSIONS:
            if len(_DAYS) > 256:
                _DAYS.clear()
            hit = _DAYS[key] = cls(pack, case_on, months)
        return hit

    def at(self, day: date) -> Snapshot:
        """The parameters of a day; before or after the coverage, those of its first or last day."""
        return self.pack.at(min(max(day, self.start), self.end))

    def last_period_start(self) -> date:
        """The start of the last parameter period (what months beyond the pack use)."""
        return max(p for p in self.pack.periods if p <= self.end)
