"""The projection's month grouping is cached per pack and case day (the window asks on every keystroke); a replaced
registry of rule versions (a later version of a rule) must not be answered from that cache."""

from tests.engine.later_version import later_version_registered
from werktloont.engine.calculate import calculate

CASE = {"format": "werktloont-case/1", "date": "2027-06-01", "household": {"adults": [{"age": 35}]},
        "job": {"hours_per_week": 16, "hourly_wage": 14.71, "start": "2027-06-01"}}


def vrijlating_month(result: dict, month: str) -> int | None:
    entry = next(e for e in result["timeline"] if e["month"] == month)
    notes = [n["month"] for n in entry["note_codes"] if n["code"] == "vrijlating_month"]
    return notes[0] if notes else None


def test_a_replaced_registry_is_not_answered_from_the_cache():
    # The same case first under the registry as it is: art. 34a from June 2027 runs on into 2028 (month 8 there).
    assert vrijlating_month(calculate(CASE, explanations=False), "2028-01") == 8
    with later_version_registered():  # the later version starts its own period in January 2028
        assert vrijlating_month(calculate(CASE, explanations=False), "2028-01") == 1
    assert vrijlating_month(calculate(CASE, explanations=False), "2028-01") == 8
