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


def _counter(hours: np.ndarray, bijstand: np.ndarray, regime: list[str] | None = None, n_months: int = 6,
             ) -> tuple[np.ndarray, np.ndarray]:
    """Month k of the vrijlating period per month (0: not in it) and the count a month without bijstand would get
    if its vrijlating gave it some (to try it once more)."""
    t = len(hours)
    regime = regime or ["2025"] * t
    k, nxt = np.zeros(t, dtype=int), np.zeros(t, dtype=int)
    c = {"2025": 0, "2027": 0}
    for i in range(t):
        if hours[i] <= 0:
            continue
        r = regime[i]
        continuous = c[r] >= n_months if r == "2025" else c[r] >= 1
        if bijstand[i] > 0.005 or continuous:
            c[r] += 1
            k[i] = c[r]
        else:
            nxt[i] = c[r] + 1
    return k, nxt


def recount(groups: dict, plans, wage: float, overlay, hhs: dict, res: dict[str, np.ndarray]) -> dict:
    """Set plans[JOB].months_into_job to the vrijlating counter and recompute the months it changes.

    A month without bijstand is tried once more at the next count (its vrijlating may give it some); a few rounds
    reach the fixed point for every realistic plan. Returns `res`, updated in place.
    """
    plan = plans[JOB]
    working = plan.hours > 0
    if not working.any():
        return res
    t = len(plan.hours)
    regime = ["2025"] * t
    n_months = 0  # the months of art. 31 lid 2 n (bijstand.vrijlating_algemeen_maanden); unused under art. 34a
    for (snap, _), idx in groups.items():
        version = versions.select("inkomstenvrijlating", snap.on).version
        for i in idx:
            regime[i] = version
        if version == "2025":
            n_months = int(snap.reg("bijstand")["vrijlating_algemeen_maanden"])
    for _ in range(_ROUNDS):
        counted, nxt = _counter(plan.hours, res["bijstand"][JOB], regime, n_months)
        target = np.where(counted > 0, counted, nxt)
        change = working & (target != plan.months_into_job)
        if not change.any():
            break
        plan.months_into_job[change] = target[change]
        only = np.zeros((2, t), dtype=bool)
        only[JOB] = change
        money.merge(res, money.compute(groups, plans, wage, overlay, hhs, only=only), only)
    # Months without bijstand show no "vrijlating month" note (the vrijlating only counts against bijstand).
    plan.months_into_job[working & (res["bijstand"][JOB] <= 0.005)] = 0
    return res
