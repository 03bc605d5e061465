"""When the money arrives: the vakantiegeld and the bijstand vakantietoeslag in the month they are paid, the job's
pay slips and the bijstand the gemeente pays on the wage received (the projection's cash, engine/timeline)."""

from __future__ import annotations

import numpy as np

from werktloont.engine.prepared import PreparedCase
from werktloont.engine.result import cents
from werktloont.engine.timeline import cash, money, paydays
from werktloont.engine.timeline.money import JOB, STAY
from werktloont.rules.participatiewet import betaling


def timing(prepared: PreparedCase, res, plans, months, first, info, bijstand_job=None) -> list:
    """Vakantiegeld and the bijstand vakantietoeslag moved to the month they are paid (`bijstand_job`: the bijstand
    as paid on the wage received, whose vakantietoeslag is reserved, instead of the month's own)."""
    case, snap0 = prepared.case, prepared.snap
    p_bs0 = snap0.reg("bijstand")
    ml0 = snap0.reg("minimumloon")
    vg_month = {"juni": ml0["vakantiebijslag_uitbetaalmaand"], "mei": 5, "maandelijks": None}[
        case.job.vakantiegeld if case.job else "juni"]
    vt_month = p_bs0["vakantietoeslag_uitbetaalmaand"]
    vt_pct = p_bs0.rate("vakantietoeslag_reservering_praktijk_percent")
    m0 = months[first]
    vt_start = ((m0.month - vt_month) % 12 or 12) * vt_pct * float(res["bijstand"][STAY, first])
    values = [{k: res[k][sc] for k in money.KEEP} for sc in (JOB, STAY)]
    if bijstand_job is not None:
        values[JOB]["bijstand_paid"] = bijstand_job
    return [cash.timing(values[sc], plans[sc].hours > 0, months, first,
                        vg_month=vg_month or 0, monthly_vg=vg_month is None,
                        contract_end=info["contract_end"] if sc == JOB else None, vt_month=vt_month, vt_pct=vt_pct,
                        vt_start_accrual=vt_start) for sc in (JOB, STAY)]


def pay(prepared: PreparedCase, groups, plans, hh_free, res, walks, months, info, timing) -> dict:
    """The job's pay slips (paydays.py) and the bijstand the gemeente pays on the wage received in each month
    (rules/participatiewet/betaling.py: art. 31 lid 1, 45 lid 1), computed again only in the months where the wage
    received differs from the month's share (four-weekly pay, a later first payday); monthly pay changes nothing."""
    case, t = prepared.case, len(months)
    bet = betaling.betaling(prepared.overlay, case.on, prepared.snap.reg("bijstand"))
    out: dict = {"betaling": bet, "slips": [], "bijstand_paid": res["bijstand"][JOB].copy(),
                 "received": np.zeros(t), "n_slips": np.zeros(t, dtype=int), "wage_cash": np.zeros(t)}
    s, job = info["job_start"], case.job
    if job is None or s is None or s >= t:
        return out
    vg, reserved = timing[JOB][0], timing[JOB][2]  # the vakantiegeld reserved, as entries.scenario_months splits it
    wage_cash = np.round(cents(res["net_wage"][JOB]) - (cents(vg + reserved) - cents(vg)), 2)
    weeks = prepared.snap.reg("minimumloon")["weken_per_maand"]
    slips = paydays.slips(job, months, info["start_day"], s, info["contract_end"], res["net_wage"][JOB], wage_cash,
                          weeks)
    received, counted, n = paydays.per_month(slips, t)
    out.update(slips=slips, received=received, n_slips=n, wage_cash=wage_cash)
    if bet.income_month != betaling.RECEIVED:
        return out
    only = np.zeros((2, t), dtype=bool)
    only[JOB, s:] = np.abs(counted[s:] - res["net_wage"][JOB, s:]) > 0.005
    if only.any():
        rec = np.zeros((2, t))
        rec[JOB] = counted
        wage = job.hourly_wage or 0.0
        again = money.compute(groups, plans, wage, prepared.overlay, hh_free,
                              factor=np.vstack([w["factor"] for w in walks]), only=only, received=rec)
        out["bijstand_paid"] = np.where(only[JOB], again["bijstand"][JOB], out["bijstand_paid"])
    return out
