"""The first-month gap and the follow-up plan, read from the projection and its cash calendar (codes and numbers;
the words for the client and the klantmanager are in werktloont.texts.followup).

- `first_month_gap`: between the last bijstand payment and the first wage, what the household receives less than
  if it stayed on bijstand (the dated payments from the job's start to the first pay, both scenarios), with what
  helps: bijstand as a loan (PW art. 48 lid 2 a), bijzondere bijstand (art. 35) and an advance from the employer,
  set off against the wage only when agreed in writing beforehand (WML art. 13 lid 3).
- `followup`: the client's dated steps and the klantmanager's follow-up conversations. The moments the law sets
  come from the pack (the WW aanvraag within a week, the four weeks of art. 41 lid 6); the others are planning
  moments (after the first pay, month 3 and 6, six weeks before the contract ends), not legal deadlines.
"""

from __future__ import annotations

from datetime import date, timedelta

from werktloont.engine import cash_calendar
from werktloont.engine.timeline import Projection
from werktloont.engine.timeline.money import JOB, STAY
from werktloont.engine.timeline.months import add_months

PREPARE_WEEKS = 6  # talk to the employer and prepare the WW: six weeks before the contract ends (a planning choice)
CONVERSATION_MONTHS = (3, 6)  # the klantmanager's conversations in these months of the job (a planning choice)
AFTER_FIRST_PAY_DAYS = 7  # the first conversation: a week after the first pay (a planning choice)
DATED = ("payday", "rule", "municipality", "assumption")  # payments with a real date (not a month or a share)
HELPS = ("lening_gemeente", "bijzondere_bijstand", "voorschot_werkgever")


def _in(pays: list[dict], start: date, end: date) -> float:
    a, b = start.isoformat(), end.isoformat()
    return sum(p["amount"] for p in pays if p["basis"] in DATED and a <= p["date"] < b)


def first_month_gap(proj: Projection, pays: list[dict]) -> dict | None:
    """None without a job or without a first pay inside the projection."""
    start_day = proj.info.get("start_day")
    slips = proj.pay.get("slips") or []
    if proj.job_start is None or start_day is None or not slips:
        return None
    first_pay = slips[0].day
    # Up to the month after the first pay: the toeslagen voorschot of that month is paid on the 20th before it.
    stay = cash_calendar.payments(proj, STAY, until=slips[0].month + 1)
    short = round(max(_in(stay, start_day, first_pay) - _in(pays, start_day, first_pay), 0.0), 2)
    paid = [p for p in pays if p["kind"] == "bijstand" and p["date"] < first_pay.isoformat()]
    last = date.fromisoformat(paid[-1]["date"]) if paid else None
    begin = last if last is not None and last >= start_day else start_day
    return {"amount": short, "from": begin.isoformat(), "to": first_pay.isoformat(), "days": (first_pay - begin).days,
            "last_bijstand": last.isoformat() if last else None, "first_wage": first_pay.isoformat(),
            "helps": list(HELPS) if short > 0 else []}


def _step(who: str, code: str, day: date, **values) -> dict:
    return {"who": who, "code": code, "date": day.isoformat(), "values": values}


def _pay_steps(proj: Projection, pays: list[dict], out: list) -> None:
    """A payslip to hand in while the gemeente pays bijstand; the months with two pay slips; the vakantiegeld."""
    bijstand = {p["month"]: p["amount"] for p in pays if p["kind"] == "bijstand"}
    slips = proj.pay.get("slips") or []
    for k, s in enumerate(slips):
        if k == 0 or proj.label(s.month) in bijstand or proj.label(max(s.month - 1, 0)) in bijstand:
            out.append(_step("client", "hand_in_payslip", s.day, number=k + 1))
    n = proj.pay.get("n_slips")
    for i in range(proj.first, len(proj.months)):
        if n is not None and n[i] >= 2:
            second = [s for s in slips if s.month == i][1]
            usual = bijstand.get(proj.label(i - 1)) if i > proj.first else None
            out.append(_step("client", "two_pay_slips", second.day, month=proj.label(i),
                             bijstand=bijstand.get(proj.label(i), 0.0), usual=usual))
    for p in pays:
        if p["kind"] == "vakantiegeld" and p["amount"] > 0:
            out.append(_step("client", "vakantiegeld", date.fromisoformat(p["date"]), amount=p["amount"]))


def _ww_steps(proj: Projection, end: int, last: date, out: list) -> None:
    """After the contract: apply for WW within a week; report for bijstand four weeks before the WW ends."""
    snap = proj.prepared.snap
    weeks = int(snap.reg("ww")["aanvraag_uiterlijk_weken_na_werkloosheid"])
    out.append(_step("client", "apply_ww", last + timedelta(days=1),
                     deadline=(last + timedelta(weeks=weeks)).isoformat(), weeks=weeks))
    ww_months = [i for i in range(end + 1, len(proj.months)) if proj.plans[JOB].ww_gross[i] > 0]
    after = ww_months[-1] + 1 if ww_months else len(proj.months)
    if after < len(proj.months) and proj.parts[JOB]["bijstand"][after] > 0.005:
        ww_end = cash_calendar.month_end(proj.months[ww_months[-1]])
        before = int(snap.reg("bijstand")["zoektermijn_weken"])  # art. 41 lid 6: report before the WW ends
        out.append(_step("client", "apply_bijstand_before_ww_end", ww_end - timedelta(weeks=before),
                         ww_end=ww_end.isoformat(), weeks=before))


def _end_steps(proj: Projection, out: list) -> None:
    """Before and after a temporary contract."""
    end = proj.contract_end
    if end is None or end >= len(proj.months):
        return
    last = cash_calendar.month_end(proj.months[end])
    out.append(_step("client", "prepare_contract_end", last - timedelta(weeks=PREPARE_WEEKS),
                     contract_end=last.isoformat(), weeks=PREPARE_WEEKS))
    if (proj.info.get("ww") or {}).get("wekeneis", {}).get("met"):
        _ww_steps(proj, end, last, out)
    elif end + 1 < len(proj.months):
        out.append(_step("client", "apply_bijstand", last + timedelta(days=1), contract_end=last.isoformat()))


def _toeslagen_steps(proj: Projection, pays: list[dict], start: date, out: list) -> None:
    """Change the income in Mijn toeslagen when the job starts; the yearly settlement when it comes."""
    if any(p["payer"] == "dienst_toeslagen" for p in pays):
        out.append(_step("client", "change_toeslagen", start, weeks=4))
    for p in pays:
        if p["kind"] == "toeslagen_afrekening":
            out.append(_step("client", "toeslagen_settlement", date.fromisoformat(p["date"]), amount=p["amount"]))


def _conversations(proj: Projection, start: date, gap: dict | None, out: list) -> None:
    """The klantmanager's follow-up: after the first pay, in month 3 and 6, six weeks before the contract ends."""
    slips = proj.pay.get("slips") or []
    if slips:
        out.append(_step("klantmanager", "after_first_pay", slips[0].day + timedelta(days=AFTER_FIRST_PAY_DAYS),
                         gap=gap["amount"] if gap else 0.0))
    n = proj.pay.get("n_slips")
    two = [proj.label(i) for i in range(proj.first, len(proj.months)) if n is not None and n[i] >= 2]
    for k in CONVERSATION_MONTHS:
        month = add_months(date(start.year, start.month, 1), k - 1)
        letter = next((x for x in proj.letters if x), None)
        out.append(_step("klantmanager", f"month_{k}", month.replace(day=min(start.day, 28)), month_of_job=k,
                         two_pay_slips=[m for m in two if m >= month.isoformat()[:7]][:1], letter=letter))
    end = proj.contract_end
    if end is not None and end < len(proj.months):
        last = cash_calendar.month_end(proj.months[end])
        out.append(_step("klantmanager", "before_contract_end", last - timedelta(weeks=PREPARE_WEEKS),
                         contract_end=last.isoformat(), ww=bool((proj.info.get("ww") or {}).get("wekeneis", {})
                                                                .get("met"))))


def followup(proj: Projection, pays: list[dict], gap: dict | None) -> dict | None:
    """The plan, sorted by date; only what falls inside the projection (None without a job in it)."""
    start = proj.info.get("start_day")
    if proj.job_start is None or start is None:
        return None
    out: list[dict] = []
    case_day = proj.prepared.case.on
    out.append(_step("client", "report_job", max(start - timedelta(days=1), case_day), start=start.isoformat()))
    _toeslagen_steps(proj, pays, start, out)
    _pay_steps(proj, pays, out)
    _end_steps(proj, out)
    _conversations(proj, start, gap, out)
    last = cash_calendar.month_end(proj.months[-1]).isoformat()
    steps = sorted((s for s in out if s["date"] <= last), key=lambda s: (s["date"], s["who"] != "client"))
    return {"start": start.isoformat(), "until": last, "steps": steps}
