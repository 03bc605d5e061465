"""Plausibility warnings (engine/plausibility.py): codes and numbers, limits from the pack, never a refusal."""

from werktloont import api
from werktloont.texts import plausibility

BASE = {"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": [{"age": 35}]},
        "job": {"hours_per_week": 24}}


def _codes(case: dict) -> list[str]:
    return [w["code"] for w in api.calculate(case, timeline=False)["plausibility"]]


def test_a_plain_case_has_no_warnings():
    assert _codes(BASE) == []


def test_childcare_far_above_the_maximum_price_and_for_a_secondary_school_child():
    # Dienst Toeslagen, "Berekening kinderopvangtoeslag 2026" (tg0801z61fd): maximum uurprijs dagopvang 2026
    # € 11,23; far above is more than 1,5 x that (€ 16,85), a day or month price typed as an hourly price.
    child = {"age": 3, "childcare": {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 40.0}}
    case = {**BASE, "household": {"adults": [{"age": 35}], "children": [child]}}
    warnings = api.calculate(case, timeline=False)["plausibility"]
    assert warnings == [{"code": "childcare_price_far_above_maximum",
                         "field": "household.children[0].childcare.hourly_price", "child": 1, "price": 40.0,
                         "maximum": 11.23, "type": "dagopvang"}]
    assert "€ 11,23" in plausibility.sentence(warnings[0]) and "€ 40,00" in plausibility.sentence(warnings[0])
    near = {**child, "childcare": {**child["childcare"], "hourly_price": 12.45}}  # the Belastingdienst example
    assert _codes({**case, "household": {"adults": [{"age": 35}], "children": [near]}}) == []
    older = {"age": 13, "childcare": {"type": "gastouder", "hours_per_month": 40, "hourly_price": 8.0}}
    assert _codes({**case, "household": {"adults": [{"age": 35}], "children": [older]}}) == ["childcare_child_too_old"]


def test_rent_above_the_huurtoeslag_limit():
    # Wet op de huurtoeslag art. 13 lid 1 onder a (2026-01-01, Stcrt. 2025, 39783): maximale huurgrens € 932,93.
    case = {**BASE, "household": {"adults": [{"age": 35}], "rent": {"base_rent": 933.0}}}
    warnings = api.calculate(case, timeline=False)["plausibility"]
    assert [(w["code"], w["limit"]) for w in warnings] == [("rent_above_huurtoeslag_limit", 932.93)]
    assert _codes({**case, "household": {"adults": [{"age": 35}], "rent": {"base_rent": 932.93}}}) == []


def test_wage_zero_or_below_the_minimum_is_a_warning_not_a_refusal():
    # Rijksoverheid, "Bedragen minimumloon 2026": 21 jaar en ouder € 14,71 per uur.
    below = api.calculate({**BASE, "job": {"hours_per_week": 24, "hourly_wage": 12.0}}, timeline=False)
    assert below["plausibility"] == [{"code": "wage_below_minimum", "field": "job.hourly_wage", "wage": 12.0,
                                      "minimum": 14.71}]
    assert _codes({**BASE, "job": {"hours_per_week": 24, "hourly_wage": 0.0}}) == ["wage_zero"]
    assert _codes({**BASE, "job": {"hours_per_week": 24, "hourly_wage": 14.71}}) == []
    assert "lower than" not in plausibility.sentence(below["plausibility"][0])
    assert "below the legal minimum" in plausibility.sentence(below["plausibility"][0], "en")
