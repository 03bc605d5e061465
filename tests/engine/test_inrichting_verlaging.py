"""Inputs peers have: a person in an inrichting (Participatiewet art. 23, art. 13 lid 2 a), a verlaging of the
bijstand (art. 18 lid 2) and the art. 20 lid 3 verhoging for young couples. Amounts from the texts geldend
2026-01-01 (wetten.overheid.nl/BWBR0015703/2026-01-01), written out."""

import pytest

from werktloont import api
from werktloont.engine.calculate import calculate
from werktloont.texts.notices import notice_lines

NORM_21 = 1401.50          # art. 21 a
NORM_GEHUWDEN_21 = 2002.13  # art. 21 b
INRICHTING_A, INRICHTING_B = 443.76, 690.27  # art. 23 lid 1 a, b
VERHOGING_A, VERHOGING_B = 47.00, 106.00     # art. 23 lid 2 a, b
NORM_18_20_BEIDEN = 691.98  # art. 20 lid 1 b
NORM_18_20_EEN_21 = 1347.06  # art. 20 lid 1 c
VERHOGING_18_20 = 746.45    # art. 20 lid 3


def bijstand(*adults, **extra):
    case = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": list(adults)}, **extra}
    return calculate(case, timeline=False)["without_job"]["bijstand"]


def test_inrichting_norms():
    # Lid 1 a + lid 2 a: 443,76 + 47,00 = 490,76; lid 1 b + lid 2 b: 690,27 + 106,00 = 796,27.
    assert bijstand({"age": 35, "in_inrichting": True}) == pytest.approx(INRICHTING_A + VERHOGING_A)
    assert bijstand({"age": 35, "in_inrichting": True}, {"age": 40, "in_inrichting": True}) == pytest.approx(
        INRICHTING_B + VERHOGING_B)
    # Lid 3: one spouse inside: the sum of the norms each would have as a single person: 490,76 + 1.401,50 = 1.892,26.
    assert bijstand({"age": 35, "in_inrichting": True}, {"age": 40}) == pytest.approx(
        INRICHTING_A + VERHOGING_A + NORM_21)
    # Art. 13 lid 2 a: 18, 19 or 20 in an inrichting: no right to algemene bijstand.
    assert bijstand({"age": 19, "in_inrichting": True}) == 0.0


def test_inrichting_is_said():
    r = api.calculate({"format": "werktloont-case/1", "date": "2026-03-01",
                       "household": {"adults": [{"age": 19, "in_inrichting": True}]}}, timeline=False)
    assert "geen recht op algemene bijstand (art. 13 lid 2 a)" in " ".join(notice_lines(r))


def test_verlaging_in_its_months():
    # Art. 18 lid 2: 20 % of the norm for 2 months from April: 1.401,50 - 0,20 x 1.401,50 = 1.401,50 - 280,30 =
    # 1.121,20 in April and May; March and June the whole norm.
    case = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 35}]},
            "bijstand_verlaging": {"percentage": 20, "months": 2, "from_month": "2026-04"}}
    r = calculate(case)
    stay = {e["month"]: e for e in r["timeline"]}
    assert stay["2026-03"]["bijstand"] == pytest.approx(NORM_21)
    assert stay["2026-04"]["bijstand"] == pytest.approx(NORM_21 - 280.30)
    assert stay["2026-05"]["bijstand"] == pytest.approx(NORM_21 - 280.30)
    assert stay["2026-06"]["bijstand"] == pytest.approx(NORM_21)
    # Of the bijstand instead: the same here (no income); 100 % for a month: nothing.
    case["bijstand_verlaging"] = {"percentage": 100, "months": 1, "basis": "bijstand"}
    assert {e["month"]: e for e in calculate(case)["timeline"]}["2026-03"]["bijstand"] == 0.0
    words = " ".join(notice_lines(api.calculate(case, timeline=False)))
    assert "verlaagd met 100 % van de bijstand (art. 18 lid 2" in words and "art. 18 lid 9" in words


def test_verhoging_18_20_for_young_couples():
    # Lid 3 per young partner whose parents cannot contribute, lid 4 at most the art. 21 b norm (2.002,13):
    # both 19, one without parents: 691,98 + 746,45 = 1.438,43;
    one = {"age": 19, "parents_cannot_contribute": True}
    assert bijstand(one, {"age": 19}) == pytest.approx(NORM_18_20_BEIDEN + VERHOGING_18_20)
    # both without: 691,98 + 2 x 746,45 = 2.184,88 > 2.002,13: capped;
    assert bijstand(one, dict(one)) == pytest.approx(NORM_GEHUWDEN_21)
    # 19 with a partner of 30: 1.347,06 + 746,45 = 2.093,51 > 2.002,13: capped.
    assert bijstand(one, {"age": 30}) == pytest.approx(NORM_GEHUWDEN_21)
    # The partner is the young one: the same.
    assert bijstand({"age": 30}, one) == pytest.approx(NORM_GEHUWDEN_21)
    assert bijstand({"age": 19}, {"age": 30}) == pytest.approx(NORM_18_20_EEN_21)
