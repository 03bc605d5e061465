"""A fictitious later art. 34a for tests: 20 % for 6 months from 1 January 2028, one new version object in the
registry (the 2027 version then ends on 31 December 2027). Not a legal value: it only shows that a later version
of a rule runs through the whole projection without a branch anywhere."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from werktloont.rules import versions
from werktloont.rules.afronding import cents_half_up
from werktloont.rules.participatiewet.inkomstenvrijlating import Art34aVrijlating


@dataclass(frozen=True)
class Later(Art34aVrijlating):
    """20 % of the net income from work for 6 months (a new version starts its own period)."""

    def amount(self, net_work_income, *, client_age, single_parent_young_child, month, p, **_facts) -> dict:
        income = np.maximum(np.asarray(net_work_income, dtype=float), 0.0)
        inside = (income > 0) & (np.asarray(month) >= 1) & (np.asarray(month) <= 6)
        return {"vrijlating": cents_half_up(np.where(inside, 0.20 * income, 0.0)), "in_period": inside}

    def period_end(self, letter, p) -> int:
        return 6


@contextlib.contextmanager
def later_version_registered() -> Iterator[None]:
    """The registry with the fictitious 2028 version, restored afterwards."""
    before = versions.VERSIONS
    old = next(v for v in before if v.name == "inkomstenvrijlating" and v.version == "2027")
    new = Later("inkomstenvrijlating", "2028", date(2028, 1, 1), None,
                (versions.Publication("fictief, voor de test", "https://example.invalid"),), "test")
    versions.replace_registry(tuple(replace(v, geldig_tot=date(2027, 12, 31)) if v is old else v for v in before)
                              + (new,))
    try:
        yield
    finally:
        versions.replace_registry(before)
