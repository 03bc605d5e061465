"""The vrijlating counter over the months (Participatiewet art. 31 lid 2 n/r, from 2027 art. 34a).

Art. 31 lid 2 n counts at most six months "voor zover hij algemene bijstand ontvangt": only months with work *and*
bijstand use up a month, so a month in which the wage alone is above the norm does not. Art. 31 lid 2 r and art. 34a
lid 1 a run for an "aaneengesloten periode" (30 and 12 months): once started, every month of the job counts. The
34a period starts in the first month from 2027 with work and bijstand (no transitional rule was found that carries
a 2026 count over; docs/parameter-review/2027.md)."""

from __future__ import annotations

import numpy as np

from werktloont.engine.timeline import money
from werktloont.rules import versions

JOB = money.JOB
_ROUNDS = 3


def _counter(hours: np.ndarray, bijstand: np.ndarray, rules: list, ps: list) -> tuple[np.ndarray, np.ndarray]:
    """Month k of the vrijlating period per month (0: not in it) and the count a month without bijstand would get
    if its vrijlating gave it some (to try it once more). `rules[i]`: the inkomstenvrijlating version in force in
    month i (each version counts its own period: a new version starts a new one); `ps[i]`: its parameters."""
    t = len(hours)
    k, nxt = [0] * t, [0] * t
    count: dict = {}
    paid = (np.asarray(bijstand) > 0.005).tolist()  # one comparison for all months; the loop reads plain bools
    for i in np.flatnonzero(np.asarray(hours) > 0).tolist():
        rule = rules[i]
        c = count.get(rule, 0)
        if paid[i] or not rule.counts_only_with_bijstand(c, ps[i]):
            count[rule] = k[i] = c + 1
        else:
            nxt[i] = c + 1
    return np.array(k), np.array(nxt)


def rules_per_month(groups: dict, t: int) -> tuple[list, list]:
    """The inkomstenvrijlating version and the bijstand parameters of every month (from its group)."""
    rules: list = [None] * t
    ps: list = [None] * t
    for g, idx in groups.items():
        rule, p = versions.vrijlating(g.on), g.snap.reg("bijstand")
        for i in idx:
            rules[i], ps[i] = rule, p
    return rules, ps


def seed(groups: dict, plans) -> None:
    """The counter as if every month with work had bijstand: the first guess of plans[JOB].months_into_job, right
    for most plans (each version counts its own period from its first month), and the highest count a month can
    get (`top_counts`).
    The guess cannot change the outcome: a month's count follows from the months before it only (their bijstand,
    each computed at its own count), so there is one fixed point, month by month, whatever `recount` starts from."""
    plan = plans[JOB]
    working = plan.hours > 0
    if working.any():
        rules, ps = rules_per_month(groups, len(plan.hours))
        counted = _counter(plan.hours, np.ones(len(plan.hours)), rules, ps)[0]
        plan.months_into_job[working] = counted[working]


def top_counts(plans) -> np.ndarray:
    """Per month of the job, the highest count the counter can give it: the seed's (it counts every month with
    work, so no count is higher; 0 without work). The first pass computes every count from 1 up to it
    (money.CountGrid), so `recount` reads a month at another count instead of running the pipeline again."""
    plan = plans[JOB]
    return np.where(plan.hours > 0, plan.months_into_job, 0).astype(int)


def recount(groups: dict, plans, wage: float, overlay, hhs: dict, res: dict[str, np.ndarray],
            paid: np.ndarray | None = None, grid: money.CountGrid | None = None) -> dict:
    """Set plans[JOB].months_into_job to the vrijlating counter and recompute the months it changes.

    A month without bijstand is tried once more at the next count (its vrijlating may give it some); a few rounds
    reach the fixed point for every realistic plan. `paid`: the part of the bijstand paid per month of taking the
    job (the asset test and the zoektermijn): a month whose bijstand is not paid uses up no month of the period.
    `grid`: the months already computed at other counts (the first pass's CountGrid). Returns `res`, updated in
    place.
    """
    plan = plans[JOB]
    working = plan.hours > 0
    if not working.any():
        return res
    t = len(plan.hours)
    rules, ps = rules_per_month(groups, t)
    factor = np.ones(t) if paid is None else paid
    for _ in range(_ROUNDS):
        counted, nxt = _counter(plan.hours, res["bijstand"][JOB] * factor, rules, ps)
        target = np.where(counted > 0, counted, nxt)
        change = working & (target != plan.months_into_job)
        if not change.any():
            break
        plan.months_into_job[change] = target[change]
        months = np.flatnonzero(change)
        if grid is not None and grid.covers(months, target[change]):
            grid.put(res, months, target[change])
            continue
        only = np.zeros((2, t), dtype=bool)
        only[JOB] = change
        money.merge(res, money.compute(groups, plans, wage, overlay, hhs, only=only), only)
    # A month without bijstand keeps the count it would get (a curve at fewer hours computes it); it shows no
    # vrijlating (entries.letters), which only counts against bijstand.
    return res
