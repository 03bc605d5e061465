"""The IACK's child is counted by its age on 1 January, in every month of the projection.

Wet IB 2001 art. 8.14a lid 1 (https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.14a): "De inkomensafhankelijke
combinatiekorting geldt voor de belastingplichtige indien: a. hij een arbeidsinkomen heeft dat meer bedraagt dan
[drempel] [...]; b. in het kalenderjaar gedurende ten minste zes maanden een kind dat bij de aanvang van het
kalenderjaar de leeftijd van 12 jaar niet heeft bereikt op hetzelfde woonadres als de belastingplichtige staat
ingeschreven in de basisregistratie personen, en c. hij in het kalenderjaar geen partner heeft [...]".
Belastingdienst, "Uw kind is op 1 januari jonger dan 12 jaar": for the aangifte over 2024 the child must be born after
31 December 2011, so a child that turns 12 on any day of the year (1 January too) still counts for that year.
Lid 2 (2026): 11,45 % of the arbeidsinkomen above € 6.239, at most € 3.032.

So a child turning 12 in March 2026 gives the IACK for all of 2026 (11 on 1 January) and none in 2027 (12 on
1 January); a child of 12 whose birthday was before the case month was 11 on 1 January and still gives it that year.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from werktloont.engine import answer
from werktloont.engine.compose import compute_month
from werktloont.engine.household import household_arrays
from werktloont.engine.prepared import prepare
from werktloont.engine.timeline import project
from werktloont.engine.timeline.months import Days, add_months
from werktloont.engine.timeline.plan import household_states
from werktloont.model.case import parse_case
from werktloont.params import load_pack

# 36 hours at € 20: gross 20 x 36 x 13/3 = 3.120,00 a month, vakantiegeld 8 % = 249,60, arbeidsinkomen
# 12 x 3.369,60 = 40.435,20 a year. IACK (lid 2): 11,45 % x (40.435,20 - 6.239) = 3.915,46, above the maximum, so
# € 3.032. It counts in full: the tax (art. 2.10, 2026) 38.883 x 35,75 % + (40.435,20 - 38.883) x 37,56 %
# = 13.900,67 + 583,01 = 14.483,68 exceeds the kortingen: algemene heffingskorting 3.115 - 6,398 % x (40.435,20
# - 29.736) = 2.430,47, arbeidskorting 5.300 + 1,95 % x (40.435,20 - 25.845) = 5.584,51, IACK 3.032; together
# 11.046,98. Per month: 3.032 / 12 = 252,67.
JOB = {"hourly_wage": 20.0, "hours_per_week": 36, "start": "2026-01-01"}
IACK_MONTH = 3032 / 12


def _case(child: dict, on: str = "2026-01-01", adults=({"age": 35},)) -> dict:
    return {"date": on, "household": {"adults": list(adults), "children": [child]}, "job": JOB}


def _youngest_on_1_january(case: dict) -> dict[str, int | None]:
    """Per month of the projection: the household's youngest child's age on 1 January of that month's year."""
    c = parse_case(case)
    first = c.on.month - 1
    months = [add_months(date(c.on.year, 1, 1), i) for i in range(first + 24)]
    keys, households = household_states(c, months, first, Days.of(load_pack(), c.on, months))
    return {f"{m:%Y-%m}": households[k].youngest_on_1_january for m, k in zip(months, keys)}


def _iack_per_month(case: dict) -> dict[str, float]:
    """The IACK in the job's situation, per month from the case month, as the month pipeline computes it."""
    proj = project(case)
    return {f"{proj.months[i]:%Y-%m}": answer.context_month(answer.context(proj, i)).point(1)["iack"]
            for i in range(proj.first, len(proj.months))}


def test_a_child_turning_12_in_march_counts_all_year_and_not_the_next():
    ages = _youngest_on_1_january(_case({"age": 11, "birthday_month": 3}))
    # Case month January, birthday in March: 11 on 1 January 2026; it turns 12 in March 2026, so 12 on 1 January 2027.
    assert {ages[m] for m in ages if m.startswith("2026")} == {11}
    assert {ages[m] for m in ages if m.startswith("2027")} == {12}
    iack = _iack_per_month(_case({"age": 11, "birthday_month": 3}))
    assert [m for m in iack if m.startswith("2026")] == [f"2026-{k:02d}" for k in range(1, 13)]
    for month, amount in iack.items():
        expected = IACK_MONTH if month.startswith("2026") else 0.0  # March to December 2026 included
        assert amount == pytest.approx(expected, abs=0.005), month


def test_a_child_of_12_whose_birthday_passed_before_the_case_month_still_counts_that_year():
    # Case June 2026, 12 years old, birthday in March: it turned 12 in March 2026, so it was 11 on 1 January 2026.
    ages = _youngest_on_1_january(_case({"age": 12, "birthday_month": 3}, on="2026-06-01"))
    assert ages["2026-06"] == ages["2026-12"] == 11
    assert ages["2027-01"] == ages["2027-12"] == 12
    iack = _iack_per_month(_case({"age": 12, "birthday_month": 3}, on="2026-06-01"))
    assert iack["2026-06"] == pytest.approx(IACK_MONTH, abs=0.005)
    assert iack["2026-12"] == pytest.approx(IACK_MONTH, abs=0.005)
    assert iack["2027-01"] == 0.0


def test_a_birthday_in_the_case_month_is_counted_in_the_given_age():
    # The given age holds from the case month until the birthday month a year later (the projection's own rule), so
    # a child of 12 with its birthday in the case month turned 12 this year: 11 on 1 January.
    ages = _youngest_on_1_january(_case({"age": 12, "birthday_month": 3}, on="2026-03-01"))
    assert ages["2026-03"] == 11 and ages["2027-01"] == 12


def test_a_january_birthday_falls_after_1_january():
    # Case February 2026, 11 years old, birthday in January: 10 on 1 January 2026; it turns 12 in January 2027, so it
    # is 11 on 1 January 2027 (born in 2015: after 31 December 2014) and 12 on 1 January 2028.
    ages = _youngest_on_1_january(_case({"age": 11, "birthday_month": 1}, on="2026-02-01"))
    assert ages["2026-02"] == 10
    assert ages["2027-01"] == ages["2027-12"] == 11
    assert ages["2028-01"] == 12


def test_without_a_birthday_month_the_age_stays_as_given():
    # Unknown birthday: the projection keeps the child's age (model: "unknown: fixed"), on 1 January too.
    ages = _youngest_on_1_january(_case({"age": 11}))
    assert set(ages.values()) == {11}


def test_the_youngest_child_by_its_age_on_1_january():
    # Case March 2026, two children of 12: one with its birthday in November (after March: it turns 13 in November
    # 2026, so it was 12 on 1 January 2026), one with its birthday in February (it turned 12 in February 2026: 11 on
    # 1 January 2026). Both are 12 in the case month, yet the second was 11 on 1 January: the IACK applies in 2026.
    # On 1 January 2027 they are 13 and 12: none in 2027.
    case = _case({"age": 12, "birthday_month": 11}, on="2026-03-01")
    case["household"]["children"].append({"age": 12, "birthday_month": 2})
    ages = _youngest_on_1_january(case)
    assert ages["2026-03"] == 11 and ages["2027-01"] == 12
    iack = _iack_per_month(case)
    assert iack["2026-03"] == pytest.approx(IACK_MONTH, abs=0.005) and iack["2027-01"] == 0.0


def test_a_household_given_on_its_own_uses_the_months_own_age():
    # No projection (household_arrays of the case alone): no month before is known, so the month's own youngest
    # child's age stands in for the age on 1 January.
    pack = load_pack()
    snap = pack.at(date(2026, 1, 1))
    for age, expected in ((11, IACK_MONTH), (12, 0.0)):
        prepared = prepare(_case({"age": age, "birthday_month": 3}), pack)
        hh = household_arrays([prepared.case])
        assert hh.youngest_child_age_1_january is None
        month = compute_month(snap, hh, hourly_wage=np.array([20.0]), hours_per_week=np.array([36.0]),
                              months_into_job=np.array([1]), childcare_scale=np.array([1.0]))
        assert month.point(0)["iack"] == pytest.approx(expected, abs=0.005)


def test_a_couple_where_only_the_taker_works_gets_no_iack():
    # Lid 1 c: with a partner, only the one with the lower arbeidsinkomen; here that is the partner without a job,
    # whose arbeidsinkomen 0 is not above the threshold of lid 1 a. So nobody has it (tests/engine/test_iack_couple.py).
    iack = _iack_per_month(_case({"age": 11, "birthday_month": 3}, adults=({"age": 35}, {"age": 34})))
    assert set(iack.values()) == {0.0}
