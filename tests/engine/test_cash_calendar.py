"""The first months in cash: pay days, the bijstand on the wage received, the cash calendar, the gap, the plan.

Hand calculations for a single parent (30, one child of 4) who starts on 2 March 2026, 20 hours at € 15, paid every
four weeks with the first pay on 3 April 2026. The figures used, with their source:
- bijstandsnorm alleenstaande (ouder), Participatiewet art. 21 a, geldend 2026-01-01: € 1.401,50 (as in
  tests/engine/test_timeline.py);
- inkomstenvrijlating art. 31 lid 2 n: 25 %, at most € 285,00 a month (2026-01-01, parameters/bijstand.yaml);
- vakantiebijslag 8 % (Wet minimumloon art. 15); 13/3 weeks a month (art. 14 lid 10): gross 20 x 15 x 13/3 = € 1.300
  a month, vakantiegeld € 104; at this income the heffingskortingen exceed the tax, so the net share is € 1.404;
- the gemeente reserves 5 % of the bijstand as vakantietoeslag (the pack's practice value).
"""

import dataclasses
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werktloont import api
from werktloont.engine.calculate import calculate, projection
from werktloont.engine.prepared import prepare
from werktloont.params.schema import BijstandPayment, Overlay
from werktloont.rules.algemene_termijnenwet.werkdagen import is_werkdag


def month_totals(pays: list[dict]) -> dict[str, float]:
    """The payments added up per month (to compare with each month's `cash`)."""
    out: dict[str, float] = {}
    for p in pays:
        out[p["month"]] = round(out.get(p["month"], 0.0) + p["amount"], 2)
    return out


NORM = 1401.50
VRIJ_MAX = 285.00
RESERVE = 0.05
NET_SHARE = 1404.00  # 1.300 + 104, no tax at this income
SLIP_CASH = 1200.00  # four weeks of the wage without vakantiegeld: 1.300 x 4 / (13/3) = 1.300 x 12/13
SLIP_COUNTED = 1296.00  # the same with its vakantiegeld share, as the bijstand counts it: 1.404 x 12/13

CASE = {"format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 30}], "children": [{"age": 4}], "rent": {"base_rent": 650.0}},
        "job": {"hours_per_week": 20, "hourly_wage": 15.0, "start": "2026-03-02", "contract_months": 12,
                "pay_period": "vier_weken", "first_payday": "2026-04-03"}}


def _pays(result, month, payer=None, kind=None):
    return [p for p in result["cash_calendar"]["payments"] if p["month"] == month
            and (payer is None or p["payer"] == payer) and (kind is None or p["kind"] == kind)]


def test_four_weekly_pay_march_has_full_bijstand_and_no_wage():
    r = calculate(CASE)
    assert _pays(r, "2026-03", "werkgever") == []  # the first pay is 3 April
    # Nothing received in March (art. 31 lid 1): the full norm, less the 5 % reserved: 1.401,50 x 0,95 = 1.331,425.
    (march,) = _pays(r, "2026-03", kind="bijstand")
    assert march["date"] == "2026-03-25" and march["basis"] == "assumption"
    assert march["amount"] == pytest.approx(NORM * (1 - RESERVE), abs=0.011)
    # The month's own amounts keep the monthly share (the headline and phases do not move): 1.401,50 - 1.404 + 285.
    e = {x["month"]: x for x in r["timeline"]}["2026-03"]
    assert e["net_wage"] == NET_SHARE and e["bijstand"] == pytest.approx(NORM - NET_SHARE + VRIJ_MAX, abs=0.01)


def test_four_weekly_paydays_and_the_month_with_two_pay_slips():
    r = calculate(CASE)
    # Every 28 days from 3 April: 3 April, 1 May, 29 May, 26 June.
    wages = [p for p in r["cash_calendar"]["payments"] if p["kind"] == "loon"][:4]
    assert [p["date"] for p in wages] == ["2026-04-03", "2026-05-01", "2026-05-29", "2026-06-26"]
    assert all(p["amount"] == SLIP_CASH for p in wages)
    assert r["cash_calendar"]["two_pay_slip_months"][0] == "2026-05"
    # April, one slip: 1.401,50 - 1.296 + min(25 % x 1.296 = 324, 285) = 390,50 bijstand, 95 % paid = 370,975.
    (april,) = _pays(r, "2026-04", kind="bijstand")
    assert april["amount"] == pytest.approx((NORM - SLIP_COUNTED + VRIJ_MAX) * (1 - RESERVE), abs=0.011)
    # May, two slips: 2 x 1.296 - 285 = 2.307 > 1.401,50: no bijstand that month.
    assert _pays(r, "2026-05", kind="bijstand") == []
    step = next(s for s in r["followup"]["steps"] if s["code"] == "two_pay_slips")
    assert step["date"] == "2026-05-29" and step["values"]["bijstand"] == 0.0


def test_the_gap_when_the_gemeente_counts_the_wage_received():
    r = calculate(CASE)
    gap = r["first_month_gap"]
    # March's bijstand is paid in full on 25 March (nothing received yet), the first wage comes on 3 April: nothing
    # arrives later than it would on bijstand.
    assert gap == {"amount": 0.0, "from": "2026-03-25", "to": "2026-04-03", "days": 9, "last_bijstand": "2026-03-25",
                   "first_wage": "2026-04-03", "short_wait": False, "helps": []}


def test_the_gap_when_the_gemeente_counts_the_wage_earned():
    # A gemeente that counts the wage in the month it was earned: March's bijstand is the monthly share
    # (1.401,50 - 1.404 + 285 = 282,50), while the March wage only comes on 3 April. The shortfall against staying:
    # (1.401,50 - 282,50) x 0,95 = 1.063,05.
    overlay = Overlay(format="werktloont-gemeente/1", gemeente="test", label={"nl": "Test", "en": "Test"},
                      example=True, version="1", last_verified="2026-01-01",
                      bijstand_betaling={"2025-01-01": BijstandPayment(day=25, month="same", income_month="earned",
                                                                       sources=[{"title": "fictief"}],
                                                                       confidence="low")})
    prepared = dataclasses.replace(prepare(CASE), overlay=overlay)
    r = calculate(prepared)
    gap = r["first_month_gap"]
    assert gap["amount"] == pytest.approx((NORM - (NORM - NET_SHARE + VRIJ_MAX)) * (1 - RESERVE), abs=0.02)
    assert (gap["from"], gap["to"]) == ("2026-03-25", "2026-04-03") and "voorschot_werkgever" in gap["helps"]
    assert r["cash_calendar"]["bijstand"]["income_month"] == "earned"
    assert r["cash_calendar"]["bijstand"]["day_source"] == "gemeente" and not r["cash_calendar"]["bijstand"][
        "assumption"]


def test_monthly_pay_changes_no_amount_and_pays_at_the_end_of_the_month():
    monthly = {**CASE, "job": {k: v for k, v in CASE["job"].items() if k not in ("pay_period", "first_payday")}}
    r = calculate(monthly)
    assert all(e["cash_timing"]["loon"] == 0.0 and e["cash_timing"]["bijstand"] == 0.0 for e in r["timeline"])
    wages = [p for p in r["cash_calendar"]["payments"] if p["kind"] == "loon"][:2]
    assert [p["date"] for p in wages] == ["2026-03-31", "2026-04-30"]  # BW 7:623: at the end of the month
    # The net wage of a month less its reserved vakantiegeld: 1.404 - 104 = 1.300.
    assert wages[0]["amount"] == 1300.0 and r["cash_calendar"]["two_pay_slip_months"] == []


def test_toeslagen_come_on_the_20th_of_the_month_before_or_the_next_working_day():
    r = calculate(CASE)
    days = {p["month"]: p["date"] for p in r["cash_calendar"]["payments"] if p["payer"] == "dienst_toeslagen"}
    # Belastingdienst: the 20th; 20 June 2026 is a Saturday, so the voorschot for July comes on Monday 22 June.
    assert days["2026-04"] == "2026-03-20" and days["2026-07"] == "2026-06-22"
    assert date(2026, 6, 20).weekday() == 5


def test_the_plan_has_the_steps_in_date_order():
    plan = calculate(CASE)["followup"]
    codes = [s["code"] for s in plan["steps"]]
    for code in ("report_job", "change_toeslagen", "hand_in_payslip", "two_pay_slips", "vakantiegeld",
                 "prepare_contract_end", "apply_ww", "after_first_pay", "month_3", "month_6", "before_contract_end"):
        assert code in codes, code
    dates = [s["date"] for s in plan["steps"]]
    # The case date, 1 March 2026, is a Sunday and the job starts on Monday 2 March: no working day is left before
    # it, so the job is reported on the first working day, the start day itself.
    assert date(2026, 3, 1).weekday() == 6
    assert dates == sorted(dates) and dates[0] == "2026-03-02" and plan["steps"][0]["values"]["started"]
    # Six weeks before 28 February 2027 is Sunday 17 January 2027: the working day before, Friday 15 January. WW
    # within a week after the last working day: 7 March 2027 is a Sunday too, so Friday 5 March.
    by = {s["code"]: s for s in plan["steps"]}
    assert date(2027, 1, 17).weekday() == 6 and date(2027, 3, 7).weekday() == 6
    assert by["prepare_contract_end"]["date"] == "2027-01-15" and by["apply_ww"]["values"]["deadline"] == "2027-03-05"


@st.composite
def _cases(draw):
    year, month = draw(st.sampled_from((2025, 2026, 2027))), draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    job = {"hours_per_week": float(draw(st.sampled_from((8, 16, 24, 36)))),
           "start": f"{year:04d}-{month:02d}-{day:02d}", "pay_period": draw(st.sampled_from(("maand", "vier_weken"))),
           "vakantiegeld": draw(st.sampled_from(("juni", "mei", "maandelijks")))}
    if draw(st.booleans()):
        job["contract_months"] = draw(st.sampled_from((3, 6, 12)))
    if draw(st.booleans()):
        job["first_payday"] = f"{year + (month + 1) // 13:04d}-{month % 12 + 1:02d}-{min(day, 28):02d}"
    children = [{"age": draw(st.integers(0, 17))} for _ in range(draw(st.integers(0, 2)))]
    return {"format": "werktloont-case/1", "date": f"{year:04d}-{month:02d}-01",
            "household": {"adults": [{"age": draw(st.integers(21, 66))}], "children": children,
                          "rent": {"base_rent": 700.0}},
            "municipality": draw(st.sampled_from((None, "rotterdam", "utrecht"))), "job": job}


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_cases())
def test_each_months_payments_add_up_to_its_cash(case):
    case = {k: v for k, v in case.items() if v is not None}
    r = calculate(case)
    totals = month_totals(r["cash_calendar"]["payments"])
    for e in r["timeline"]:
        assert totals.get(e["month"], 0.0) == pytest.approx(e["cash"], abs=0.005), e["month"]
    slips = projection(prepare(case)).pay["slips"]
    per_year = 13 if case["job"]["pay_period"] == "vier_weken" else 12
    full_years = [y for y in {s.day.year for s in slips} if sum(s.day.year == y for s in slips) > per_year]
    assert not full_years  # never more pay slips in a calendar year than the pay period has
    # What a person does falls on a working day (the employer's own dates are information only); the conversations
    # about the job (month 3 and 6) only while the contract runs.
    plan = r.get("followup") or {"steps": []}
    for s in plan["steps"]:
        if s["code"] not in ("vakantiegeld", "two_pay_slips"):
            assert is_werkdag(date.fromisoformat(s["date"])), (s["code"], s["date"])
    ends = [c["last_day"] for c in r.get("action_codes") or [] if c.get("last_day")]
    for s in plan["steps"]:
        if ends and s["code"].startswith("month_"):
            assert s["date"] <= ends[0], (s["code"], s["date"], ends[0])


def test_the_gap_counts_the_toeslagen_paid_before_the_first_wage_on_both_sides():
    # 30, single, 16 h from 1 April 2026, paid at the end of April. Before the first wage (30 April) both situations
    # get the toeslagen voorschot for May on 20 April, so they cancel out; what differs is the bijstand of April
    # (paid on the 25th, 95 % with the vakantietoeslag reserved): without the job 1.401,50 x 0,95 = 1.331,43.
    case = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}],
            "rent": {"base_rent": 650.0}}, "job": {"hours_per_week": 16, "start": "2026-04-01", "contract_months": 12}}
    r = api.calculate(case)
    april_bijstand_job = next(p["amount"] for p in r["cash_calendar"]["payments"]
                              if p["month"] == "2026-04" and p["kind"] == "bijstand")
    assert r["first_month_gap"]["amount"] == pytest.approx(1331.43 - april_bijstand_job, abs=0.01)
