"""The first-month gap and the follow-up plan, read from the projection and its cash calendar (codes and numbers;
the words for the client and the klantmanager are in werktloont.texts.followup).

- `first_month_gap`: between the last bijstand payment and the first wage, what the household receives less than
  if it stayed on bijstand (the dated payments from the job's start to the first pay, both scenarios), with what
  helps: an advance from the employer, set off against the wage only when agreed in writing beforehand (WML art.
  13 lid 3), bijstand as a loan (PW art. 48 lid 2 a) and bijzondere bijstand (art. 35) - or, when the wage comes
  within a week of the bijstand it replaces, only the wait (`short_wait`).
- `followup`: the client's dated steps and the klantmanager's follow-up conversations. The moments the law sets
  come from the pack (the WW aanvraag within a week, the four weeks of art. 41 lid 6); the others are planning
  moments (after the first pay, month 3 and 6 while the contract runs, six weeks before it ends, two weeks after it
  ends), not legal deadlines. What the client must do falls on a working day (Algemene termijnenwet art. 3: no
  weekend or feestdag): a deadline on the working day before, a conversation or a first chance on the one after.
  After the contract the plan follows what the projection pays (engine/timeline/after_contract.py, as the actions).
"""

from __future__ import annotations

from datetime import date, timedelta

from werktloont.engine import cash_calendar
from werktloont.engine.timeline import Projection, after_contract
from werktloont.engine.timeline.money import JOB, STAY
from werktloont.engine.timeline.summary import report_job_day
from werktloont.months import add_months, month_end
from werktloont.rules.algemene_termijnenwet.werkdagen import next_werkdag, previous_werkdag

PREPARE_WEEKS = 6  # talk to the employer and prepare the WW: six weeks before the contract ends (a planning choice)
CONVERSATION_MONTHS = (3, 6)  # the klantmanager's conversations in these months of the job (a planning choice)
AFTER_FIRST_PAY_DAYS = 7  # the first conversation: a week after the first pay (a planning choice)
AFTER_CONTRACT_DAYS = 14  # back on bijstand: a conversation two weeks after the contract ends (a planning choice)
# The first wage comes at most a week after the bijstand it replaces: the household waits a few days for money it
# gets anyway, and the month's fixed costs fall before or after that week; no loan for that (a planning choice).
# Longer, the employer's advance comes first (no debt to the gemeente), then a loan or bijzondere bijstand.
BRIDGE_DAYS = 7
DATED = ("payday", "rule", "municipality", "assumption")  # payments with a real date (not a month or a share)
HELPS = ("voorschot_werkgever", "lening_gemeente", "bijzondere_bijstand")


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
    days = (first_pay - begin).days
    short_wait = short > 0 and days <= BRIDGE_DAYS
    return {"amount": short, "from": begin.isoformat(), "to": first_pay.isoformat(), "days": days,
            "last_bijstand": last.isoformat() if last else None, "first_wage": first_pay.isoformat(),
            "short_wait": short_wait, "helps": list(HELPS) if short > 0 and not short_wait else []}


def _step(who: str, code: str, day: date, **values) -> dict:
    return {"who": who, "code": code, "date": day.isoformat(), "values": values}


def _deadline(day: date) -> date:
    """A day by which the client must have done something: the working day on or before it."""
    return previous_werkdag(day)


def _pay_steps(proj: Projection, pays: list[dict], out: list) -> None:
    """A payslip to hand in while the gemeente pays bijstand (the first working day from the payday); the months
    with two pay slips; the vakantiegeld (the employer's dates)."""
    bijstand = {p["month"]: p["amount"] for p in pays if p["kind"] == "bijstand"}
    slips = proj.pay.get("slips") or []
    for k, s in enumerate(slips):
        if k == 0 or proj.label(s.month) in bijstand or proj.label(max(s.month - 1, 0)) in bijstand:
            out.append(_step("client", "hand_in_payslip", next_werkdag(s.day), number=k + 1,
                             payday=s.day.isoformat()))
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


def _ww_steps(proj: Projection, after: dict, last: date, out: list) -> None:
    """After the contract: apply for WW within a week; report for bijstand four weeks before the WW ends, only when
    the projection pays bijstand after it (after_contract: the same reading as the actions)."""
    snap = proj.prepared.snap
    weeks = int(snap.reg("ww")["aanvraag_uiterlijk_weken_na_werkloosheid"])
    out.append(_step("client", "apply_ww", next_werkdag(last + timedelta(days=1)),
                     deadline=_deadline(last + timedelta(weeks=weeks)).isoformat(), weeks=weeks))
    if after["ww_last"] is not None and after["next"] is not None and after["bijstand"]:
        ww_end = month_end(proj.months[after["ww_last"]])
        before = int(snap.reg("bijstand")["zoektermijn_weken"])  # art. 41 lid 6: report before the WW ends
        out.append(_step("client", "apply_bijstand_before_ww_end", _deadline(ww_end - timedelta(weeks=before)),
                         ww_end=ww_end.isoformat(), weeks=before))


def _end_steps(proj: Projection, after: dict | None, out: list) -> None:
    """Before and after a temporary contract."""
    end = proj.contract_end
    if after is None or end is None:
        return
    last = month_end(proj.months[end])
    ww = bool((proj.info.get("ww") or {}).get("wekeneis", {}).get("met"))
    block = after_contract.assets_reason(proj.prepared.case) if after["blocked"] else None
    start: date = proj.info["start_day"]
    out.append(_step("client", "prepare_contract_end",
                     max(_deadline(last - timedelta(weeks=PREPARE_WEEKS)), next_werkdag(start)),
                     contract_end=last.isoformat(), weeks=PREPARE_WEEKS, ww=ww, assets_block=block))
    if ww:
        _ww_steps(proj, after, last, out)
    elif after["next"] is not None and after["bijstand"]:
        # Bijstand starts on the day of the melding (PW art. 44 lid 1): by the first day without the wage.
        out.append(_step("client", "apply_bijstand", _deadline(last + timedelta(days=1)),
                         contract_end=last.isoformat()))


def _toeslagen_steps(proj: Projection, pays: list[dict], start: date, out: list) -> None:
    """Change the income in Mijn toeslagen when the job starts; the correction in the year after it and the yearly
    settlement when they come (around the month's first working day)."""
    if any(p["payer"] == "dienst_toeslagen" for p in pays):
        weeks = int(proj.days.at(start).reg("awir")["wijziging_melden_weken"])
        out.append(_step("client", "change_toeslagen", next_werkdag(start), weeks=weeks))
    codes = {"toeslagen_correctie": "toeslagen_correction", "toeslagen_afrekening": "toeslagen_settlement"}
    for p in pays:
        if p["kind"] in codes:
            day = date.fromisoformat(p["date"])
            year = day.year if p["kind"] == "toeslagen_correctie" else day.year - 1
            out.append(_step("client", codes[p["kind"]], next_werkdag(day), amount=p["amount"], year=year))


def _conversations(proj: Projection, start: date, gap: dict | None, after: dict | None, out: list) -> None:
    """The klantmanager's follow-up: after the first pay, in month 3 and 6 while the contract runs, six weeks
    before it ends, and two weeks after it when the client is back on bijstand. On the working day from then."""
    slips = proj.pay.get("slips") or []
    if slips:
        wait = gap["days"] if gap and gap["short_wait"] else None
        out.append(_step("klantmanager", "after_first_pay",
                         next_werkdag(slips[0].day + timedelta(days=AFTER_FIRST_PAY_DAYS)),
                         gap=gap["amount"] if gap else 0.0, wait_days=wait))
    n = proj.pay.get("n_slips")
    two = [proj.label(i) for i in range(proj.first, len(proj.months)) if n is not None and n[i] >= 2]
    end = proj.contract_end
    last = month_end(proj.months[end]) if end is not None and end < len(proj.months) else None
    for k in CONVERSATION_MONTHS:
        month = add_months(date(start.year, start.month, 1), k - 1)
        day = next_werkdag(month.replace(day=min(start.day, 28)))
        if last is not None and day > last:  # the contract has ended: the conversation after it takes over
            continue
        i = proj.months.index(month) if month in proj.months else None
        letter = proj.letters[i] if i is not None else None
        # A vrijlating (bijstand next to the wage) in force this month or the month before: it stops, or just did.
        vrij = i is not None and any(proj.letters[j] is not None for j in (i - 1, i) if j >= proj.first)
        out.append(_step("klantmanager", f"month_{k}", day, month_of_job=k,
                         two_pay_slips=[m for m in two if m >= month.isoformat()[:7]][:1], letter=letter,
                         vrijlating=vrij, temporary=end is not None))
    if last is None or after is None:
        return
    ww = bool((proj.info.get("ww") or {}).get("wekeneis", {}).get("met"))
    out.append(_step("klantmanager", "before_contract_end",
                     next_werkdag(max(last - timedelta(weeks=PREPARE_WEEKS), start)), contract_end=last.isoformat(),
                     ww=ww, bijstand=after["bijstand"]))
    if not ww and after["next"] is not None and after["bijstand"]:
        zoek = bool(proj.walks[JOB]["zoektermijn"][after["next"]])  # under 27: art. 41 lid 4
        weeks = int(proj.prepared.snap.reg("bijstand")["zoektermijn_weken"]) if zoek else None
        out.append(_step("klantmanager", "after_contract", next_werkdag(last + timedelta(days=AFTER_CONTRACT_DAYS)),
                         contract_end=last.isoformat(), zoektermijn_weeks=weeks))


def followup(proj: Projection, pays: list[dict], gap: dict | None) -> dict | None:
    """The plan, sorted by date; only what falls inside the projection (None without a job in it)."""
    start = proj.info.get("start_day")
    if proj.job_start is None or start is None:
        return None
    out: list[dict] = []
    case_day = proj.prepared.case.on
    day, started = report_job_day(start, case_day)  # as the answer's action says it
    out.append(_step("client", "report_job", day, start=start.isoformat(), started=started))
    after = after_contract.of(proj)
    _toeslagen_steps(proj, pays, start, out)
    _pay_steps(proj, pays, out)
    _end_steps(proj, after, out)
    _conversations(proj, start, gap, after, out)
    last = month_end(proj.months[-1]).isoformat()
    steps = sorted((s for s in out if s["date"] <= last), key=lambda s: (s["date"], s["who"] != "client"))
    return {"start": start.isoformat(), "until": last, "steps": steps}
