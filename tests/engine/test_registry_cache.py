"""The projection's month grouping is cached per pack and case day (the window asks on every keystroke); a replaced
registry of rule versions (a later version of a rule) must not be answered from that cache."""

from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from werktloont.engine.calculate import calculate
from werktloont.rules import versions
from werktloont.rules.afronding import cents_half_up
from werktloont.rules.participatiewet.inkomstenvrijlating import Art34aVrijlating

CASE = {"format": "werktloont-case/1", "date": "2027-06-01", "household": {"adults": [{"age": 35}]},
        "job": {"hours_per_week": 16, "hourly_wage": 14.71, "start": "2027-06-01"}}


@dataclass(frozen=True)
class Later(Art34aVrijlating):
    """A fictitious later art. 34a: 20 % for 6 months (a new version starts its own period)."""

    def amount(self, net_work_income, *, client_age, single_parent_young_child, month, p) -> dict:
        income = np.maximum(np.asarray(net_work_income, dtype=float), 0.0)
        inside = (income > 0) & (np.asarray(month) >= 1) & (np.asarray(month) <= 6)
        return {"vrijlating": cents_half_up(np.where(inside, 0.20 * income, 0.0)), "in_period": inside}

    def period_end(self, letter, p) -> int:
        return 6


def vrijlating_month(result: dict, month: str) -> int | None:
    entry = next(e for e in result["timeline"] if e["month"] == month)
    notes = [n["month"] for n in entry["note_codes"] if n["code"] == "vrijlating_month"]
    return notes[0] if notes else None


def test_a_replaced_registry_is_not_answered_from_the_cache():
    # The same case first under the registry as it is: art. 34a from June 2027 runs on into 2028 (month 8 there).
    assert vrijlating_month(calculate(CASE, explanations=False), "2028-01") == 8
    before = versions.VERSIONS
    old = next(v for v in before if v.name == "inkomstenvrijlating" and v.version == "2027")
    new = Later("inkomstenvrijlating", "2028", date(2028, 1, 1), None,
                (versions.Publication("fictief, voor de test", "https://example.invalid"),), "test")
    versions.replace_registry(tuple(replace(v, geldig_tot=date(2027, 12, 31)) if v is old else v for v in before)
                              + (new,))
    try:  # the later version starts its own period in January 2028
        assert vrijlating_month(calculate(CASE, explanations=False), "2028-01") == 1
    finally:
        versions.replace_registry(before)
    assert vrijlating_month(calculate(CASE, explanations=False), "2028-01") == 8
