"""The cash calendar: every payment of the projection by date, per payer, read from its months (codes and numbers).

Each month's payments add up to that month's `cash` (what arrives: the wage by its pay slips, the bijstand the
gemeente pays on it, the toeslagen voorschot, its correction in the year and the settlement after the year,
vakantiegeld and vakantietoeslag when paid, WW, own income, less the month's costs). A payment's `month` is the
projection month whose cash it is; its `date` may lie before (the toeslagen voorschot: the 20th of the month before)
or after it (bijstand paid the month after, WW).
`basis` says how sure the date is: "payday" (the employer's pay day, given or its default), "rule" (a sourced
rule: toeslagen on the 20th, WW within 3 to 10 working days), "municipality" (the gemeente's own day),
"assumption" (the pack's assumed bijstand day), "month" (only the month is known) or "share" (the monthly part of a
yearly amount, such as a municipal scheme, not a payment on that day).
"""

from __future__ import annotations

from datetime import date

import numpy as np

from werktloont.engine.components import TOESLAGEN
from werktloont.engine.result import money
from werktloont.engine.timeline import Projection
from werktloont.engine.timeline.money import JOB
from werktloont.months import add_months, month_end
from werktloont.rules.algemene_termijnenwet.werkdagen import add_werkdagen, next_werkdag


class _Dates:
    """The rule dates of a month: the toeslagen voorschot, the WW payment (latest and earliest), the bijstand."""

    def __init__(self, proj: Projection):
        snap = proj.prepared.snap
        p_awir, p_ww = snap.reg("awir"), snap.reg("ww")
        self.toeslag_day, self.toeslag_before = int(p_awir["uitbetaaldag"]), int(
            p_awir["uitbetaling_maanden_voor_toeslagmaand"])
        self.ww_days = (int(p_ww["betaling_werkdagen_na_inkomstenopgave_min"]),
                        int(p_ww["betaling_werkdagen_na_inkomstenopgave_max"]))
        self.betaling = proj.pay["betaling"]

    def toeslagen(self, month: date) -> date:
        """Dienst Toeslagen: on the 20th of the month before; on a weekend or feestdag the next working day."""
        return next_werkdag(add_months(month, -self.toeslag_before).replace(day=self.toeslag_day))

    def ww(self, month: date) -> tuple[date, date]:
        """UWV: after the month and the Inkomstenopgave (from the 1st of the next month), in 3 to 10 working days."""
        opens = add_months(month, 1)
        return add_werkdagen(opens, self.ww_days[0]), add_werkdagen(opens, self.ww_days[1])


def _pay(out: list, month: str, day: date, payer: str, kind: str, amount: float, basis: str, **extra) -> None:
    if abs(amount) < 0.004:  # most months have no payment of most kinds: skip the rounding
        return
    amount = money(amount)
    if abs(amount) >= 0.005:
        out.append({"month": month, "date": day.isoformat(), "payer": payer, "kind": kind, "amount": amount,
                    "basis": basis, **extra})


def _employer(out: list, proj: Projection, i: int, label: str, parts: dict, sc: int) -> None:
    slips = [s for s in proj.pay.get("slips", ()) if s.month == i] if sc == JOB else []
    for s in slips:
        _pay(out, label, s.day, "werkgever", "loon_eind" if s.final else "loon", s.cash, "payday")
    vg = parts["vg_payout"][i]
    if abs(vg) >= 0.005:  # WML art. 17: with the pay of its month, or at the end of the employment
        day = slips[-1].day if slips else month_end(proj.months[i])
        _pay(out, label, day, "werkgever", "vakantiegeld", vg, "payday" if slips else "month")


def _gemeente(out: list, proj: Projection, i: int, label: str, parts: dict, dates: _Dates) -> None:
    bet = dates.betaling
    day = bet.payday(proj.months[i])
    basis = "assumption" if bet.assumption else "municipality"
    _pay(out, label, day, "gemeente", "bijstand", parts["bijstand_paid"][i] - parts["vt_reserved"][i], basis)
    _pay(out, label, day, "gemeente", "vakantietoeslag", parts["vt_payout"][i], basis)
    _pay(out, label, day, "gemeente", "gemeentelijke_regelingen", parts["municipal"][i], "share")


def payments(proj: Projection, sc: int = JOB, until: int | None = None) -> list[dict]:
    """Every payment of scenario `sc` from the case month on (to month index `until`, included), in date order
    within each month."""
    # Plain floats per month: the loop reads single amounts (numpy's per-element indexing costs more than the
    # arithmetic; the doubles are the same).
    parts = {k: v.tolist() if isinstance(v, np.ndarray) else v for k, v in proj.parts[sc].items()}
    dates = _Dates(proj)
    out: list[dict] = []
    last = len(proj.months) if until is None else min(until + 1, len(proj.months))
    for i in range(proj.first, last):
        m, label = proj.months[i], proj.label(i)
        rows: list[dict] = []
        _employer(rows, proj, i, label, parts, sc)
        _gemeente(rows, proj, i, label, parts, dates)
        toeslag_day = dates.toeslagen(m)
        for k in TOESLAGEN:
            _pay(rows, label, toeslag_day, "dienst_toeslagen", k, parts[f"advance:{k}"][i], "rule")
        # In the month after a change: the voorschot of the year's earlier months corrected (Awir art. 16); after
        # a whole year: the definitive berekening (art. 19) settled. Two kinds, one `settlement` in the months.
        correction = parts["correction"][i]
        _pay(rows, label, m, "dienst_toeslagen", "toeslagen_correctie", correction, "month")
        _pay(rows, label, m, "dienst_toeslagen", "toeslagen_afrekening", parts["settlement"][i] - correction, "month")
        if abs(parts["ww"][i]) >= 0.004 or abs(parts["toeslagenwet"][i]) >= 0.004:  # _pay skips the others
            earliest, latest = dates.ww(m)
            for k in ("ww", "toeslagenwet"):
                _pay(rows, label, latest, "uwv", k, parts[k][i], "rule", earliest=earliest.isoformat())
        _pay(rows, label, month_end(m), "eigen_inkomen", "other_income", parts["other_income"][i], "month")
        for k in ("childcare_costs", "travel_costs"):
            _pay(rows, label, m, "kosten", k, -parts[k][i], "month")
        out += sorted(rows, key=lambda p: p["date"])
    return out


def calendar_of(proj: Projection) -> dict:
    """The result's `cash_calendar`: the payments with the job, and the rules their dates follow."""
    case, bet = proj.prepared.case, proj.pay["betaling"]
    job = case.job
    n = proj.pay.get("n_slips")
    slips = proj.pay.get("slips", ())
    dates = _Dates(proj)
    return {
        "payments": payments(proj, JOB),
        # Each month's cash (the timeline's `cash`): what its payments add up to.
        "month_cash": {proj.label(i): proj.parts[JOB]["cash"][i] for i in range(proj.first, len(proj.months))},
        "pay_period": job.pay_period if job is not None else None,
        "first_payday": slips[0].day.isoformat() if slips else None,
        "first_payday_given": bool(job is not None and job.first_payday),
        "two_pay_slip_months": [proj.label(i) for i in range(proj.first, len(proj.months))
                                if n is not None and n[i] >= 2],
        "bijstand": {"day": bet.day, "months_later": bet.months_later, "day_source": bet.day_source,
                     "assumption": bet.assumption, "confidence": bet.confidence, "income_month": bet.income_month,
                     "income_source": bet.income_source},
        "toeslagen_day": dates.toeslag_day,
        "ww_working_days": list(dates.ww_days),
    }
