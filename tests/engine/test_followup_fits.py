"""The follow-up plan and the actions fit the case: no bijstand promised where the projection pays none, no WW where
there is no right to it, no conversation about payslips after the contract, the toeslagen correction in the year
named as one (not the definitive berekening), things to do on working days, and no loan for a wait of days."""

from datetime import date

import pytest

from werktloont.api import calculate
from werktloont.rules.algemene_termijnenwet.werkdagen import is_werkdag, previous_werkdag
from werktloont.texts.actions import action, client_action

LIMIT_2026 = 8000.0  # Participatiewet art. 34 lid 3 a, alleenstaande, 2026

# A 22-year-old on bijstand; in March 2026 his father puts a € 46.000 car in his name; a 12-month contract of 24 h.
CAR = {"format": "werktloont-case/1", "date": "2026-03-01",
       "household": {"adults": [{"age": 22}], "rent": {"base_rent": 600.0}},
       "assets": {"savings": 300.0, "changes": [{"month": "2026-03", "kind": "auto", "value": 46000.0,
                                                 "reported": False, "discovered": "2026-10"}]},
       "job": {"hours_per_week": 24, "start": "2026-03-01", "contract_months": 12}}
NO_CAR = {**CAR, "assets": {"savings": 300.0}}
# 40, a 4-month contract from April 2026 (32 h at € 15,50): 4 months of work, 26 weeks needed for WW (WW art. 17).
FOUR_MONTHS = {"format": "werktloont-case/1", "date": "2026-03-01",
               "household": {"adults": [{"age": 40}], "rent": {"base_rent": 650.0}}, "assets": {"savings": 500.0},
               "job": {"hours_per_week": 32, "hourly_wage": 15.5, "start": "2026-04-01", "contract_months": 4}}
# A couple with two children on bijstand; the partner who does not work takes 24 h from 1 February 2026.
COUPLE = {"format": "werktloont-case/1", "date": "2026-01-01",
          "household": {"adults": [{"age": 35, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}},
                                   {"age": 35, "works": False}],
                        "children": [{"age": 4}, {"age": 8}], "rent": {"base_rent": 750.0}},
          "assets": {"savings": 1500.0}, "job": {"hours_per_week": 24, "start": "2026-02-01", "person": 1}}
PERMANENT = {**FOUR_MONTHS, "job": {k: v for k, v in FOUR_MONTHS["job"].items() if k != "contract_months"}}


def _steps(r: dict, code: str) -> list[dict]:
    return [s for s in r["followup"]["steps"] if s["code"] == code]


def test_no_bijstand_promised_after_the_ww_while_the_car_counts():
    r = calculate(CAR)
    # 300 + 46.000 = 46.300 > 8.000 (art. 34): after the WW the projection pays no bijstand.
    after_ww = [e for e in r["timeline"] if e["month"] >= "2027-06"]
    assert after_ww and all(e["bijstand"] == 0.0 and not e["assets"]["eligible"] for e in after_ww)
    (ww,) = [c for c in r["action_codes"] if c["code"] == "apply_ww"]
    assert ww["report_before_ww_end_weeks"] is None and ww["assets_block"] == "auto"
    assert ww["assets_limit"] == LIMIT_2026
    for text in (client_action(ww), action(ww), r["actions"][2]):
        assert "zonder wachten weer bijstand" not in text and "4 weken" not in text
        assert "auto" in text and "8.000" in text
    assert "Vraag dan ook bijstand aan" not in client_action(ww)  # no supplement next to the WW either
    assert not _steps(r, "apply_bijstand_before_ww_end")  # the plan and the actions read it the same way
    (prepare,) = _steps(r, "prepare_contract_end")
    assert "Zolang de auto meetelt" in prepare["text"]


def test_without_the_car_the_same_contract_promises_bijstand_after_the_ww():
    r = calculate(NO_CAR)
    (ww,) = [c for c in r["action_codes"] if c["code"] == "apply_ww"]
    # Art. 41 lid 6: under 27, after WW no zoektermijn; report 4 weeks before the WW ends.
    assert ww["report_before_ww_end_weeks"] == 4 and ww["assets_block"] is None
    assert "zonder wachten weer bijstand" in client_action(ww)
    (step,) = _steps(r, "apply_bijstand_before_ww_end")
    # The WW runs March-May 2027 (the projection); 31 May 2027 minus 4 weeks is Monday 3 May 2027.
    assert step["values"]["ww_end"] == "2027-05-31" and step["date"] == "2027-05-03"


def test_a_contract_without_ww_prepares_bijstand_and_talks_after_it_ends():
    r = calculate(FOUR_MONTHS)
    assert not r["timeline"][1].get("ww")
    (prepare,) = _steps(r, "prepare_contract_end")
    assert "WW voor" not in prepare["text"] and "geen WW" in prepare["text"] and "bijstand" in prepare["text"]
    # The contract's last day is 31 July 2026; no follow-up about payslips after it: month 6 (1 September) goes.
    last = "2026-07-31"
    talks = [s for s in r["followup"]["steps"] if s["who"] == "klantmanager"]
    assert not _steps(r, "month_6") and _steps(r, "month_3")[0]["date"] == "2026-06-01"
    assert all(s["date"] <= last for s in talks if s["code"] != "after_contract")
    # Two weeks after: 31 July + 14 days = Friday 14 August 2026, about the new application.
    (after,) = _steps(r, "after_contract")
    assert after["date"] == "2026-08-14" and any("bijstand aangevraagd" in c for c in after["checks"])
    # Bijstand starts on the day of the melding (PW art. 44 lid 1): the day after the contract is Saturday 1 August
    # 2026, so the action and the plan both say Friday 31 July.
    (reapply,) = [c for c in r["action_codes"] if c["code"] == "reapply_bijstand"]
    assert reapply["apply_by"] == _steps(r, "apply_bijstand")[0]["date"] == "2026-07-31"
    assert "31 juli 2026" in client_action(reapply) and "dag daarna" not in client_action(reapply)
    # Without bijstand while working (32 h x 15,50 is far above the norm) no question about the vrijlating.
    assert not any("inkomstenvrijlating" in c for s in talks for c in s["checks"])


def test_a_permanent_job_is_not_asked_about_an_extension():
    r = calculate(PERMANENT)
    (six,) = _steps(r, "month_6")
    assert not any("verlenging" in c for c in six["checks"])
    (six_temp,) = _steps(calculate(NO_CAR), "month_6")
    assert any("verlenging" in c for c in six_temp["checks"])


def test_the_correction_in_the_year_is_not_the_definitive_berekening():
    r = calculate(FOUR_MONTHS)
    pays = [p for p in r["cash_calendar"]["payments"] if p["payer"] == "dienst_toeslagen"
            and p["kind"].startswith("toeslagen_")]
    # The new income from April 2026 (reported): the voorschot of January-March is corrected in the month after the
    # change, May 2026 (Awir art. 16); the definitive berekening of 2026 comes in June 2027 (awir, first month 6).
    assert {(p["month"], p["kind"]) for p in pays} == {("2026-05", "toeslagen_correctie"),
                                                      ("2027-06", "toeslagen_afrekening")}
    by_month = {e["month"]: e["toeslagen_settlement"] for e in r["timeline"]}
    for p in pays:  # each is the month's settlement in the timeline, named as what it is
        assert p["amount"] == pytest.approx(by_month[p["month"]], abs=0.005)
    (correction,) = _steps(r, "toeslagen_correction")
    assert correction["date"] == "2026-05-01" and correction["values"]["year"] == 2026
    assert "nog niet de definitieve berekening" in correction["text"]
    (final,) = _steps(r, "toeslagen_settlement")
    assert "definitieve berekening" in final["text"] and "2026" in final["text"]


def test_no_loan_for_a_wait_of_three_days():
    r = calculate(COUPLE)
    gap = r["first_month_gap"]
    # The last bijstand comes on 25 February 2026 (the assumed payday), the first wage on 28 February: 3 days.
    assert (gap["from"], gap["to"], gap["days"]) == ("2026-02-25", "2026-02-28", 3)
    assert gap["amount"] > 0 and gap["short_wait"] and gap["helps"] == []
    assert "lening" not in gap["client_text"] and "voorschot" not in gap["client_text"]
    assert "3 dagen" in gap["client_text"]
    # A month without pay (the first wage at the end of April): the employer's advance first, then a loan.
    long = calculate(FOUR_MONTHS)["first_month_gap"]
    assert long["days"] == 29 and long["helps"][0] == "voorschot_werkgever" and "lening_gemeente" in long["helps"]


@pytest.mark.parametrize(("case", "code", "day"), [
    (FOUR_MONTHS, "apply_bijstand", "2026-07-31"),  # the day after the contract, 1 August 2026, is a Saturday
    (COUPLE, "report_job", "2026-01-30"),  # the day before the start, 31 January 2026, is a Saturday
    (NO_CAR, "before_contract_end", "2027-01-18"),  # six weeks before 28 February 2027 is Sunday 17 January
])
def test_things_to_do_fall_on_a_working_day(case, code, day):
    (step,) = _steps(calculate(case), code)
    assert step["date"] == day


def test_every_step_one_does_is_on_a_working_day():
    employer = ("vakantiegeld", "two_pay_slips")  # the employer's dates, for information
    for case in (CAR, NO_CAR, FOUR_MONTHS, COUPLE, PERMANENT):
        for s in calculate(case)["followup"]["steps"]:
            if s["code"] not in employer:
                assert is_werkdag(date.fromisoformat(s["date"])), (s["code"], s["date"])


def test_the_working_day_before_skips_weekends_and_feestdagen():
    # Algemene termijnenwet art. 3 lid 1: Koningsdag Monday 27 April 2026, tweede Paasdag Monday 6 April 2026
    # (Easter 5 April 2026); Goede Vrijdag is not a feestdag there.
    assert previous_werkdag(date(2026, 4, 27)) == date(2026, 4, 24)
    assert previous_werkdag(date(2026, 4, 6)) == date(2026, 4, 3)
    assert previous_werkdag(date(2026, 8, 1)) == date(2026, 7, 31)
    assert previous_werkdag(date(2026, 7, 31)) == date(2026, 7, 31)
