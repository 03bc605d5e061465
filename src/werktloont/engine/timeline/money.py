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
# Per month; the toeslagen are added by `toeslagen` (the entitlement as if the month's situation held the whole
# year, what `calculate` shows for a month); the voorschot paid and the settlement are cash timing.
KEEP = ("net_wage", "bijstand", "municipal", "other_income", "childcare_costs", "travel_costs", "toetsingsinkomen",
        "benefit_net", "norm", "vrijlating", "vrijlating_other", "gross_wage", "vakantiegeld", "gross_bijstand")


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


def _points(idx: list[int], only) -> tuple[np.ndarray, np.ndarray]:
    """The (scenario, month) points of a group's months, taking the job first: all, or those `only` marks."""
    months = np.asarray(idx, dtype=int)
    sc_a = np.repeat(np.array([JOB, STAY]), len(months))
    i_a = np.concatenate([months, months])
    if only is not None:
        keep = only[sc_a, i_a]
        sc_a, i_a = sc_a[keep], i_a[keep]
    return sc_a, i_a


class CountGrid(NamedTuple):
    """The job's working months computed at every count of the vrijlating period the counter may give them (1 up to
    `top`, see `vrijlating.top_counts`), in the same pipeline call as the plan's own points: the counter then picks
    a month's values at another count instead of running the pipeline again. A month's values follow from its own
    inputs only (the pipeline is elementwise over its points), so they are the same values."""

    top: np.ndarray  # per month: the highest count computed (0: none)
    where: dict[int, tuple[int, int]]  # month -> (its group's call, the point of its count 1 in that call)
    calls: list[tuple[dict, int]]  # per call: its values and its number of points

    def covers(self, months: np.ndarray, counts: np.ndarray) -> bool:
        return bool(np.all((counts >= 1) & (counts <= self.top[months])))

    def put(self, res: dict[str, np.ndarray], months: np.ndarray, counts: np.ndarray) -> None:
        """The job's months at these counts into `res`, as `merge` puts them after computing them again (a key a
        call has not, the IIT where no scheme has it, is 0 there, as `compute` leaves it)."""
        by_call: dict[int, tuple[list[int], list[int]]] = {}
        for i, c in zip(months.tolist(), counts.tolist(), strict=True):
            call, first = self.where[i]
            rows, points = by_call.setdefault(call, ([], []))
            rows.append(i)
            points.append(first + c - 1)
        for call, (rows, points) in by_call.items():
            values, total = self.calls[call]
            for k in (*KEEP, *IIT):
                if k in res:
                    res[k][JOB, rows] = _at(values.get(k, 0.0), total, points)


def compute(groups: dict, plans, wage: float, overlay, hhs: dict, factor=None, only=None,
            received=None) -> dict[str, np.ndarray]:
    """compute_month per (snapshot, household) group for the points (scenario, month); returns {key: array[2, T]}.

    `factor`: the part of the bijstand paid per (scenario, month); `only`: compute just these points; `received`:
    the offer's net wage received per (scenario, month), counted for the bijstand instead of the month's share."""
    return _compute(groups, plans, wage, overlay, hhs, factor, only, received, None)[0]


def compute_with_counts(groups: dict, plans, wage: float, overlay, hhs: dict,
                        top: np.ndarray) -> tuple[dict[str, np.ndarray], CountGrid]:
    """`compute` of every point, and the job's months at every count of the vrijlating period from 1 up to `top`
    (per month; 0: none) in the same calls: the months' values and the CountGrid."""
    out, grid = _compute(groups, plans, wage, overlay, hhs, None, None, None, top)
    assert grid is not None
    return out, grid


def _compute(groups: dict, plans, wage: float, overlay, hhs: dict, factor, only, received,
             top: np.ndarray | None) -> tuple[dict[str, np.ndarray], CountGrid | None]:
    t = len(plans[0].hours)
    out: dict = {k: np.zeros((2, t)) for k in KEEP}
    where: dict[int, tuple[int, int]] = {}
    calls: list[tuple[dict, int]] = []
    top_list = None if top is None else top.tolist()
    for g, idx in groups.items():
        sc_a, i_a = _points(idx, only)
        extra_i, extra_c, firsts = _grid_points(idx, top_list)
        if not len(i_a) and not len(extra_i):
            continue
        is_job = sc_a == JOB
        months_into_job = _pick(plans, "months_into_job", is_job, i_a)
        n = len(i_a)
        if len(extra_i):  # the same months of the job at other counts: more points of the same call
            sc_a, i_a = np.concatenate([sc_a, np.full(len(extra_i), JOB)]), np.concatenate([i_a, extra_i])
            is_job = sc_a == JOB
            months_into_job = np.concatenate([months_into_job, extra_c.astype(months_into_job.dtype)])
        hours = _pick(plans, "hours", is_job, i_a)
        month = compute_month(
            g.snap, hhs[g.hkey], on=g.on, hourly_wage=np.full(len(i_a), wage), hours_per_week=hours,
            months_into_job=months_into_job, childcare_scale=(hours > 0).astype(float),
            existing_months=(None if plans[JOB].existing_months is None
                             else _pick(plans, "existing_months", is_job, i_a)),
            overlay=overlay, benefit_gross=_pick(plans, "benefit_gross", is_job, i_a),
            bijstand_factor=None if factor is None else factor[sc_a, i_a], with_toeslagen=False,
            received_wage=None if received is None else received[sc_a, i_a], traced=False)  # the values only
        values = month.values  # household-only values broadcast over the points in the assignment
        total = len(i_a)
        sc_own, i_own = (sc_a, i_a) if n == total else (sc_a[:n], i_a[:n])  # the points asked, not the grid's
        for k in (*KEEP, *IIT):
            if k in values:
                target = out[k] if k in KEEP else out.setdefault(k, np.zeros((2, t)))
                target[sc_own, i_own] = values[k] if n == total else _at(values[k], total, slice(0, n))
        if len(extra_i):
            where.update((i, (len(calls), n + f)) for i, f in firsts)
            calls.append((values, total))
    return out, (None if top is None else CountGrid(top, where, calls))


def _at(value, total: int, at):
    """A month's value at some of its `total` points: a value per point there; a household's value (one for every
    point) as it is, to broadcast in the assignment."""
    return value[at] if isinstance(value, np.ndarray) and value.ndim and value.shape[0] == total else value


def _grid_points(idx: list[int], top: list[int] | None) -> tuple[np.ndarray, np.ndarray, list]:
    """A group's job months at counts 1 to `top` (month by month): their months, their counts, and per month with
    any the place of its count 1 among them."""
    months: list[int] = []
    counts: list[int] = []
    firsts: list[tuple[int, int]] = []
    if top is None:
        return np.array(months, dtype=int), np.array(counts, dtype=int), firsts
    for i in idx:
        k = top[i]
        if k:
            firsts.append((i, len(months)))
            months += [i] * k
            counts += range(1, k + 1)
    return np.array(months, dtype=int), np.array(counts, dtype=int), firsts


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


def toeslagen(groups: dict, plans, hhs: dict, ti_month: np.ndarray, t: int, estimate: float | None = None,
              ti_year: np.ndarray | None = None) -> tuple[dict, dict | None, dict | None, dict | None]:
    """Per scenario and toeslag, per month: the month's own toeslag (on its yearly toetsingsinkomen, as if its
    situation held the year: what the month's disposable income holds) and, when `estimate` and `ti_year` are
    given, on the estimate (the voorschot) and on the real income (the entitlement per month and per year). One
    toeslagen call per group for all months and every income base. Returns (steady, advance, entitlement,
    entitlement per year)."""
    bases = 1 if estimate is None or ti_year is None else 3
    out = [{sc: {k: np.zeros(t) for k in TOESLAGEN} for sc in (JOB, STAY)} for _ in range(bases + 1)]
    for g, idx in groups.items():
        h = hhs[g.hkey]
        n = len(idx)
        ii = np.array(idx)
        job_working = plans[JOB].hours[ii] > 0
        per_sc = [(JOB, job_working, ti_month[JOB, ii]), (STAY, np.zeros(n, bool), ti_month[STAY, ii])]
        if bases == 3:
            assert estimate is not None and ti_year is not None
            per_sc += [(JOB, job_working, np.full(n, estimate)), (JOB, job_working, ti_year[JOB, ii]),
                       (STAY, np.zeros(n, bool), np.full(n, estimate)), (STAY, np.zeros(n, bool), ti_year[STAY, ii])]
        working = np.concatenate([w for _, w, _ in per_sc])
        ti = np.concatenate([x for _, _, x in per_sc])
        cc = h.cc_hours * working[:, None]
        # Wet kinderopvang art. 1.6: the aanvrager works (the job) and so does any partner.
        work_condition = working & bool((~h.has_partner | h.partner_works)[0])
        r = toeslagen_at(g.snap, h, ti, cc_hours=cc, work_condition=work_condition, on=g.on, traced=False)
        # Which output each block fills: steady (both), then advance, entitlement (JOB, STAY).
        slots = [(0, JOB, "pm"), (0, STAY, "pm")] + ([(1, JOB, "pm"), (2, JOB, "pm"), (1, STAY, "pm"),
                                                      (2, STAY, "pm")] if bases == 3 else [])
        for k in TOESLAGEN:
            pm, py = np.broadcast_to(r[k]["per_month"], ti.shape), np.broadcast_to(r[k]["per_year"], ti.shape)
            for b, (slot, sc, _) in enumerate(slots):
                out[slot][sc][k][ii] = pm[b * n:(b + 1) * n]
                if slot == 2:
                    out[3][sc][k][ii] = py[b * n:(b + 1) * n]
    if bases == 1:
        return out[0], None, None, None
    return out[0], out[1], out[2], out[3]
