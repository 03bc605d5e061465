"""The lasting answer and a job the household already has: its vrijlating (art. 31 lid 2 n: 25 %, at
most € 285, for 6 months) is taken to run in the first month, because its start is not asked; in the lasting
answer it is over in both situations, with and without the offer. Before, the lasting baseline kept it for ever,
so the lasting gain of a household whose partner works was too low by the ended vrijlating (and what it moves).

Hand calculations, 2026: norm gehuwden € 2.002,13 (art. 21 b). Partner 12 h x € 15 x 52/12 = € 780 + 8 %
vakantiegeld = € 842,40 net (no tax, see test_couple.py); vrijlating 25 % = € 210,60.
"""

from __future__ import annotations

import pytest

from werktloont.engine.calculate import calculate, projection
from werktloont.engine.prepared import prepare
from werktloont.engine.timeline.money import STAY

CASE = {"date": "2026-03-01",
        "household": {"adults": [{"age": 35}, {"age": 33, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}}]},
        "job": {"hours_per_week": 24, "hourly_wage": 16.0}}


def test_the_lasting_baseline_ends_the_partners_vrijlating():
    proj = projection(prepare(CASE))
    first, last = proj.first, len(proj.months) - 1
    # First month without the offer: 2.002,13 - (842,40 - 210,60) = € 1.370,33.
    assert proj.res["bijstand"][STAY, first] == pytest.approx(1370.33, abs=0.01)
    # The 7th month (September 2026), without the offer: the vrijlating is over, and the norm is that of
    # 1 July 2026 (art. 21 b, geldend 2026-07-01: € 2.027,79): 2.027,79 - 842,40 = € 1.185,39.
    assert proj.res["bijstand"][STAY, first + 6] == pytest.approx(1185.39, abs=0.01)
    assert proj.res["vrijlating_other"][STAY, last] == 0.0


def test_the_lasting_gain_compares_both_situations_after_the_vrijlating():
    r = calculate(CASE)
    last = r["timeline"][-1]
    # The lasting gain is the gain of the projection's last months, where both vrijlatingen are over.
    assert r["gain_lasting"] == pytest.approx(last["disposable"] - last["stay"]["disposable"], abs=1.0)
    # The baseline is € 210,60 of bijstand lower (toeslagen move with it), so the lasting gain is higher than the
    # first month's, where the partner's vrijlating still runs without the offer.
    assert r["gain_lasting"] > r["gain_per_month"] + 100
    notice = next(n for n in r["notices"] if n["code"] == "existing_vrijlating_ends")
    assert notice["amount"] == pytest.approx(210.60, abs=0.01) and notice["who"] == "partner"


def test_without_a_job_of_its_own_nothing_changes():
    single = {"date": "2026-03-01", "household": {"adults": [{"age": 35}]}, "job": {"hours_per_week": 24}}
    r = calculate(single, timeline=False)
    proj = projection(prepare(single))
    # Art. 21 a: € 1.401,50 (geldend 2026-01-01) in March, € 1.419,46 (geldend 2026-07-01) in September.
    assert proj.res["bijstand"][STAY, proj.first] == pytest.approx(1401.50, abs=0.01)
    assert proj.res["bijstand"][STAY, proj.first + 6] == pytest.approx(1419.46, abs=0.01)
    assert not any(n["code"] == "existing_vrijlating_ends" for n in r["notices"])


def test_the_households_own_income_row_names_the_values_and_sources_it_used():
    """Every euro explained: the partner's € 842,40 net is worked out with the wage and tax rules (52/12
    weeks, 8 % vakantiegeld, box 1 rate, algemene heffingskorting, arbeidskorting); its row lists them."""
    r = calculate(CASE, timeline=False)
    row = next(e for e in r["explanations"] if e["component"] == "other_income" and e["situation"] == "with_job")
    ids = {p["id"] for p in row["parameters"]}
    assert {"minimumloon.weken_per_maand", "minimumloon.vakantiebijslag_percent", "inkomstenbelasting.box1_tarief",
            "inkomstenbelasting.ahk_max", "inkomstenbelasting.arbeidskorting"} <= ids
    assert row["sources"]


def test_the_timeline_ends_the_existing_jobs_vrijlating_after_six_months_in_both_scenarios():
    """The months ahead end the partner's vrijlating after its period, so the gain after it agrees with
    gain_lasting. Art. 31 lid 2 n: at most 6 months; taken to start in the case month (January 2026), so it runs
    January-June and is over from July."""
    from werktloont.api import calculate as api_calculate

    case = {"date": "2026-01-01", "household": {"adults": [
        {"age": 35}, {"age": 33, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}}]},
        "job": {"hours_per_week": 24}}
    r = api_calculate(case)
    stay = {e["month"]: e["stay"]["disposable"] for e in r["timeline"]}
    assert len({stay[f"2026-0{m}"] for m in range(1, 7)}) == 1  # the vrijlating of € 210,60 runs, unchanged
    # From July the € 210,60 counts again (bijstand that much lower; the July indexation is far smaller).
    assert stay["2026-06"] - stay["2026-07"] > 100
    gain_later = {e["month"]: e["disposable"] - e["stay"]["disposable"] for e in r["timeline"]}["2026-10"]
    assert abs(gain_later - r["gain_lasting"]) < 0.1 * r["gain_lasting"]


def test_the_phases_show_the_months_while_the_existing_vrijlating_still_runs():
    """The phase list named the lasting gain from the first month, while in months 1-6 the partner's vrijlating
    (without the offer) makes the gain smaller. Art. 31 lid 2 n: 6 months from the case month (March-August)."""
    from werktloont.api import calculate as api_calculate

    case = {"date": "2026-03-01", "household": {"adults": [
        {"age": 35}, {"age": 33, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}}]},
        "job": {"hours_per_week": 24, "hourly_wage": 16.0}}
    r = api_calculate(case)
    # March-August: the partner's vrijlating runs (in phases split by the July indexation); September: lasting.
    early = [p for p in r["gain_phases"] if p["from"] <= "2026-08"]
    assert early[0]["from"] == "2026-03" and early[-1]["to"] == "2026-08"
    assert all(p["reason"] == "existing_vrijlating" and p["gain_per_month"] < r["gain_lasting"] for p in early)
    september = next(p for p in r["gain_phases"] if p["from"] == "2026-09")
    assert september["reason"] == "lasting" and september["gain_per_month"] == pytest.approx(r["gain_lasting"], abs=1)
    last = r["gain_phases"][-1]
    assert last["reason"] == "lasting" and last["to"] is None and last["gain_per_month"] == r["gain_lasting"]


def _couple_with_start(start):
    job = {"hourly_wage": 15.0, "hours_per_week": 12, **({"start": start} if start else {})}
    return {"date": "2026-03-01", "household": {"adults": [{"age": 35}, {"age": 33, "current_job": job}]},
            "job": {"hours_per_week": 24, "hourly_wage": 16.0}}


def test_a_job_that_began_long_ago_has_no_vrijlating_left():
    # current_job.start 2025-06-01, case 2026-03-01: month 10 of the job, past the 6 months of art. 31 lid 2 n.
    # Bijstand without the offer: 2.002,13 - 842,40 = € 1.159,73 (no vrijlating), in the first month already.
    from werktloont.api import calculate as api_calculate

    r = api_calculate(_couple_with_start("2025-06-01"))
    assert r["without_job"]["bijstand"] == pytest.approx(1159.73, abs=0.01)
    assert not any(n["code"] == "existing_vrijlating_ends" for n in r["notices"])
    assert r["gain_phases"][0]["reason"] == "lasting"


def test_a_job_that_began_two_months_ago_keeps_its_vrijlating_four_more_months():
    # Began 2026-01-01: March is month 3; months 3-6 (March-June) have the vrijlating of € 210,60, then it is over.
    from werktloont.api import calculate as api_calculate

    r = api_calculate(_couple_with_start("2026-01-01"))
    assert r["without_job"]["bijstand"] == pytest.approx(1370.33, abs=0.01)
    notice = next(n for n in r["notices"] if n["code"] == "existing_vrijlating_ends")
    assert notice["months_left"] == 4
    first = r["gain_phases"][0]
    assert (first["reason"], first["from"], first["to"]) == ("existing_vrijlating", "2026-03", "2026-06")
    stay = {e["month"]: e["stay"]["disposable"] for e in r["timeline"]}
    assert stay["2026-06"] - stay["2026-07"] > 100  # the € 210,60 counts again from July


def test_a_start_that_is_not_a_date_gets_a_dutch_message_naming_the_field():
    from werktloont.errors import InputError
    from werktloont.model.case import parse_case

    with pytest.raises(InputError) as err:
        parse_case(_couple_with_start("2026-13-01"))
    assert "current_job.start" in str(err.value) and "geen geldige datum" in str(err.value)
