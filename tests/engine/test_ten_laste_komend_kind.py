"""The household of a projection month counts a child while it is a ten laste komend kind.

Participatiewet art. 4 lid 1 (texts geldend 2025-01-01, 2026-01-01, 2026-07-01,
https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel4): "ten laste komend kind: het kind jonger dan 18 jaar voor
wie aan de alleenstaande ouder of de gehuwde op grond van artikel 18 van de Algemene Kinderbijslagwet kinderbijslag
wordt betaald, [...]"; an alleenstaande ouder has "een of meer tot zijn last komende kinderen" (onderdeel b).
Whole months: in the month of its 18th birthday the child is no longer younger than 18.
"""

from __future__ import annotations

from datetime import date

from werktloont.engine.timeline.months import Days, add_months
from werktloont.engine.timeline.plan import household_states
from werktloont.model.case import parse_case
from werktloont.params import load_pack


def _children_per_month(case: dict) -> dict[str, list[int]]:
    c = parse_case(case)
    first = c.on.month - 1
    months = [add_months(date(c.on.year, 1, 1), i) for i in range(first + 24)]
    keys, households = household_states(c, months, first, Days.of(load_pack(), c.on, months))
    return {f"{m:%Y-%m}": [ch.age for ch in households[k].case.household.children] for m, k in zip(months, keys)}


def test_a_child_leaves_the_household_in_the_month_it_turns_18():
    kids = _children_per_month({"date": "2026-03-01", "household": {
        "adults": [{"age": 45}], "children": [{"age": 17, "birthday_month": 5}, {"age": 9, "birthday_month": 5}]}})
    assert kids["2026-04"] == [17, 9]
    assert kids["2026-05"] == [10]  # 18 in May: no longer "jonger dan 18 jaar"; the younger one turns 10
    assert kids["2027-12"] == [11]  # and 11 in May 2027


def test_the_limit_is_the_parameter_with_its_source():
    p = load_pack().at(date(2026, 7, 1)).reg("bijstand")
    assert p["ten_laste_komend_kind_max_leeftijd"] == 18
