"""A household in which no adult has a right to bijstand (Participatiewet art. 11: a Dutch national or someone
treated as one; art. 13: the exclusions) gets no bijstand, with or without the job: the answer is the job against
the toeslagen alone, with a note and the bijstand's explanation saying so. (Art. 24, one partner without the right,
is another rule: the couple keeps bijstand at the single norm.)"""

import pytest

from werktloont import api
from werktloont.engine.calculate import calculate

SINGLE = {"format": "werktloont-case/1", "date": "2026-03-01",
          "household": {"adults": [{"age": 35, "bijstand_entitled": False}], "rent": {"base_rent": 600.0}},
          "job": {"hours_per_week": 24}}
NORM = 1401.50  # Participatiewet art. 21 a, alleenstaande 21+, geldend 2026-01-01


def test_a_single_adult_without_the_right_gets_no_bijstand():
    r = calculate(SINGLE)
    assert r["without_job"]["bijstand"] == 0.0 and r["with_job"]["bijstand"] == 0.0
    assert all(e["bijstand"] == 0.0 and e["stay"]["situation"] == "geen bijstand" for e in r["timeline"])
    # Without the job only the toeslagen are left (no wage, no bijstand, no own income).
    wo = r["without_job"]
    assert wo["disposable"] == pytest.approx(sum(wo[k] for k in ("zorgtoeslag", "huurtoeslag",
                                                                 "kindgebonden_budget", "kinderopvangtoeslag")),
                                             abs=0.01)
    # The same single adult with the right: the full norm without the job.
    entitled = {**SINGLE, "household": {**SINGLE["household"], "adults": [{"age": 35}]}}
    assert calculate(entitled, timeline=False)["without_job"]["bijstand"] == pytest.approx(NORM, abs=0.01)


def test_it_is_said_and_no_bijstand_action_is_given():
    r = api.calculate(SINGLE)
    note = next(w for w in r["plausibility"] if w["code"] == "no_right_to_bijstand")
    assert note["field"] == "household.adults[0].bijstand_entitled"
    bij = next(e for e in r["explanations"] if e["component"] == "bijstand" and e["situation"] == "without_job")
    assert bij["code"] == "no_right_to_bijstand" and "geen recht op bijstand" in bij["text"]
    codes = [a["code"] for a in r["action_codes"]]
    assert "report_job" not in codes and "watch_savings" not in codes


def test_a_couple_of_whom_neither_has_the_right_gets_none():
    case = {**SINGLE, "household": {"adults": [{"age": 35, "bijstand_entitled": False},
                                               {"age": 33, "bijstand_entitled": False}]}}
    r = calculate(case, timeline=False)
    assert r["without_job"]["bijstand"] == 0.0 and r["with_job"]["bijstand"] == 0.0
    # One partner without the right (art. 24) still gets bijstand.
    one = {**SINGLE, "household": {"adults": [{"age": 35}, {"age": 33, "bijstand_entitled": False}]}}
    assert calculate(one, timeline=False)["without_job"]["bijstand"] > 0
