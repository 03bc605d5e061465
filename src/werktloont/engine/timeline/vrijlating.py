"""The vrijlating counter over the months (Participatiewet art. 31 lid 2 n/r, from 2027 art. 34a): only months with
work *and* bijstand count ("voor zover hij algemene bijstand ontvangt"), so a month in which the wage alone is
above the norm does not use up a month of the vrijlating period."""

from __future__ import annotations

import numpy as np

from werktloont.engine.timeline import money

JOB = money.JOB
_ROUNDS = 3


def _counter(hours: np.ndarray, bijstand: np.ndarray) -> np.ndarray:
    """Month k of the vrijlating period for every month with work and bijstand; 0 for the other months."""
    k = np.zeros(len(hours), dtype=int)
    c = 0
    for i in range(len(hours)):
        if hours[i] > 0 and bijstand[i] > 0.005:
            c += 1
            k[i] = c
    return k


def recount(groups: dict, plans, wage: float, overlay, hhs: dict, res: dict[str, np.ndarray]) -> dict:
    """Set plans[JOB].months_into_job to the counter of months with bijstand and recompute the months it changes.

    A month without bijstand at its current count is tried once more at the next count (its vrijlating may be
    larger there); a few rounds reach the fixed point for every realistic plan. Returns `res`, updated in place.
    """
    plan = plans[JOB]
    working = plan.hours > 0
    if not working.any():
        return res
    for _ in range(_ROUNDS):
        counted = _counter(plan.hours, res["bijstand"][JOB])
        # Months without bijstand: ask whether the vrijlating of the next month of the period would give some.
        nxt = np.zeros_like(counted)
        c = 0
        for i in range(len(counted)):
            if counted[i]:
                c = counted[i]
            elif working[i]:
                nxt[i] = c + 1
        target = np.where(counted > 0, counted, nxt)
        change = working & (target != plan.months_into_job)
        if not change.any():
            break
        plan.months_into_job[change] = target[change]
        only = np.zeros((2, len(change)), dtype=bool)
        only[JOB] = change
        again = money.compute(groups, plans, wage, overlay, hhs, only=only)
        for key in money.KEEP:
            res[key][JOB, change] = again[key][JOB, change]
    # Months that still have no bijstand do not belong to the period (no "vrijlating month" note for them).
    no_bijstand = working & (res["bijstand"][JOB] <= 0.005)
    plan.months_into_job[no_bijstand] = 0
    return res
