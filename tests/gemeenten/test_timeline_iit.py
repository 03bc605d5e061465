"""In the timeline, taking a job above the limit costs the individuele inkomenstoeslag for the reference period."""

import pytest

from werktloont.engine.timeline import project


def case(job):
    return {"format": "werktloont-case/1", "date": "2025-03-01", "household": {"adults": [{"age": 35}]},
            "municipality": "midden_drenthe", "job": job}


def municipal(result, month):
    return next(e["municipal"] for e in result["entries"] if e["month"] == month)


def test_short_job_costs_the_iit_for_36_months():
    # Midden-Drenthe 2025 (its own page): alleenstaande € 521,97 a year = € 43,50 a month, income every month of
    # the 3 years at most 110 % of the norm excl. vakantiegeld. Staying on bijstand keeps it; a 3-month job at
    # € 16 x 32 hours (net about € 2.231 a month, far above € 1.406) loses it in every later month of 2025 too,
    # although the client is back on bijstand from June: those months are still in the 36-month window.
    stay = project(case(None))
    job = project(case({"hourly_wage": 16, "hours_per_week": 32, "contract_months": 3}))
    for month in ("2025-07", "2025-09", "2025-12"):
        assert municipal(stay, month) == pytest.approx(521.97 / 12, abs=0.01)
        assert municipal(job, month) == 0.0


def test_explanation_tests_the_limit_without_vakantiegeld():
    # Midden-Drenthe states its limit without vakantiegeld. Single, 2025-07-01: norm € 1.369,06 incl. vakantietoeslag
    # (PW art. 21 a); without it (95 %, municipal practice) 1.300,61; 110 % of that = 1,045 x 1.369,06 = 1.430,67
    # (Stimulansz' 2025-07 table: 110 % incl. 1.505,97 x 0,95 = 1.430,67). On bijstand the tested income is the
    # norm without vakantietoeslag, 1.300,61.
    from werktloont import api

    r = api.calculate({**case(None), "date": "2025-07-01"}, timeline=False)
    entry = next(e for e in r["explanations"] if e["component"] == "municipal" and e["situation"] == "without_job")
    s = entry["schemes"][0]
    assert s["income_limit"] == pytest.approx(1430.67, abs=0.01)
    assert s["income_tested"] == pytest.approx(1300.61, abs=0.01)
    assert s["applies"] is True and s["amount"] == pytest.approx(521.97 / 12, abs=0.01)
