"""The money of every month of both scenarios: the month pipeline once per group of months that share their
parameters, rule versions, municipal values and household, with the months as points; and the toeslagen on the
estimate and on the real yearly toetsingsinkomen (the voorschot and the definitive amount)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import numpy as np

from werktloont.engine.components import TOESLAGEN
from werktloont.engine.compose import compute_month, toeslagen_at
from werktloont.params.loader import Snapshot

JOB, STAY = 0, 1
# Per month: the toeslagen are the entitlement as if the month's situation held the whole year (what `calculate`
# shows for a month); the voorschot paid and the settlement are cash timing.
KEEP = ("net_wage", "bijstand", "municipal", "other_income", "childcare_costs", "travel_costs", "toetsingsinkomen",
        "benefit_net", "norm", "vrijlating", "vrijlating_other", "gross_wage", "vakantiegeld", *TOESLAGEN)


class Group(NamedTuple):
    """Months computed together: the same parameters, rule versions, municipal values and household."""

    snap: Snapshot
    rules: tuple
    schemes: tuple
    hkey: tuple
    on: date  # the day whose rule versions apply (the first month of the group)
IIT = ("iit", "iit_ratio")  # the individuele inkomenstoeslag and income/limit, for its reference period (art. 36)


def merge(res: dict[str, np.ndarray], again: dict[str, np.ndarray], mask: np.ndarray) -> None:
    """Put recomputed points (where `mask`, shape [2, T]) into `res`: the kept values and the municipal IIT."""
    for k in (*KEEP, *IIT):
        if k in res and k in again:
            res[k] = np.where(mask, again[k], res[k])


def _pick(plans, name: str, is_job, months_idx):
    """A plan field at the given (scenario, month) points."""
    return np.where(is_job, getattr(plans[JOB], name)[months_idx], getattr(plans[STAY], name)[months_idx])


def compute(groups: dict, plans, wage: float, overlay, hhs: dict, factor=None, only=None) -> dict[str, np.ndarray]:
    """compute_month per (snapshot, household) group for the points (scenario, month); returns {key: array[2, T]}.

    `factor`: the part of the bijstand paid per (scenario, month); `only`: compute just these points."""
    t = len(plans[0].hours)
    out = {k: np.zeros((2, t)) for k in KEEP}
    for g, idx in groups.items():
        pts = [(sc, i) for sc in (JOB, STAY) for i in idx if only is None or only[sc, i]]
        if not pts:
            continue
        sc_a = np.array([p[0] for p in pts])
        i_a = np.array([p[1] for p in pts])
        is_job = sc_a == JOB
        hours = _pick(plans, "hours", is_job, i_a)
        month = compute_month(
            g.snap, hhs[g.hkey], on=g.on, hourly_wage=np.full(len(pts), wage), hours_per_week=hours,
            months_into_job=_pick(plans, "months_into_job", is_job, i_a), childcare_scale=(hours > 0).astype(float),
            existing_months=(None if plans[JOB].existing_months is None
                             else _pick(plans, "existing_months", is_job, i_a)),
            overlay=overlay, benefit_gross=_pick(plans, "benefit_gross", is_job, i_a),
            bijstand_factor=None if factor is None else factor[sc_a, i_a])
        for k in KEEP:
            if k in month.values:
                out[k][sc_a, i_a] = month[k]
        for k in IIT:  # only when the municipality has an individuele inkomenstoeslag
            if k in month.values:
                out.setdefault(k, np.zeros((2, t)))[sc_a, i_a] = month[k]
    return out


def yearly_toetsingsinkomen(ti_per_year, months) -> tuple[np.ndarray, dict]:
    """The real yearly toetsingsinkomen per scenario and calendar year: the months seen, the last one carried on to
    December. Returns (per month: its year's amount, {(scenario, year): amount})."""
    ti_month = ti_per_year / 12.0
    t = len(months)
    ti_year = np.zeros((2, t))
    year_ti = {}
    for y in sorted({d.year for d in months}):
        idx = [i for i, d in enumerate(months) if d.year == y]
        for sc in (JOB, STAY):
            total = ti_month[sc, idx].sum() + (12 - len(idx)) * ti_month[sc, idx[-1]]
            ti_year[sc, idx] = total
            year_ti[(sc, y)] = total
    return ti_year, year_ti


def toeslagen(groups: dict, plans, hhs: dict, estimate: float, ti_year: np.ndarray, t: int) -> tuple[dict, dict, dict]:
    """Per scenario and toeslag, per month: on the estimate (the voorschot), on the real income (the entitlement
    per month and per year). One toeslagen call per group for all months and both income bases."""
    adv = {sc: {k: np.zeros(t) for k in TOESLAGEN} for sc in (JOB, STAY)}
    ent = {sc: {k: np.zeros(t) for k in TOESLAGEN} for sc in (JOB, STAY)}
    ent_year = {sc: {k: np.zeros(t) for k in TOESLAGEN} for sc in (JOB, STAY)}
    for g, idx in groups.items():
        h = hhs[g.hkey]
        n = len(idx)
        ii = np.array(idx)
        working = np.concatenate([plans[JOB].hours[ii] > 0, plans[JOB].hours[ii] > 0,
                                  np.zeros(n, bool), np.zeros(n, bool)])
        ti = np.concatenate([np.full(n, estimate), ti_year[JOB, ii], np.full(n, estimate), ti_year[STAY, ii]])
        cc = h.cc_hours * working[:, None]
        work_condition = working & bool((~h.has_partner | h.partner_works)[0])
        r = toeslagen_at(g.snap, h, ti, cc_hours=cc, work_condition=work_condition, on=g.on)
        for k in TOESLAGEN:
            pm, py = np.broadcast_to(r[k]["per_month"], ti.shape), np.broadcast_to(r[k]["per_year"], ti.shape)
            adv[JOB][k][ii], ent[JOB][k][ii], ent_year[JOB][k][ii] = pm[:n], pm[n:2 * n], py[n:2 * n]
            adv[STAY][k][ii], ent[STAY][k][ii], ent_year[STAY][k][ii] = pm[2 * n:3 * n], pm[3 * n:], py[3 * n:]
    return adv, ent, ent_year
