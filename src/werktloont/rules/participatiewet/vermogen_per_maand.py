"""Participatiewet art. 34 and 41 lid 4 over time: the asset test month by month, and the zoektermijn.

The asset test applies at each new application and, where the continuous test is in force, every month
(rule version "doorlopende_vermogenstoets", rules/versions.py). A month blocked by the asset test is lived from
savings: they fall by the bijstand that was not paid.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from werktloont.rules import versions
from werktloont.rules.participatiewet import zoektermijn


def doorlopend(on: date) -> bool:
    """Whether the asset test applies every month, not only at an application (art. 34 lid 2 b from 2026)."""
    return versions.in_force("doorlopende_vermogenstoets", on)


def maandtoets(*, need, after_work, hours, first_window: int, months: list[date], besides_savings, limit,
               continuous, savings0: float, per_month_saving: float, young: bool, zoek_days: int,
               inflow=None) -> dict:
    """Sequential, per month: the part of the bijstand paid (zoektermijn, asset test), savings and counted assets.

    `need`: bijstand if entitled; `besides_savings`: counted assets besides savings (car, other, home - debts);
    `limit`: vermogensgrens per month; `continuous`: the asset test applies every month. Savings grow by
    `per_month_saving` in months with work. Savings put aside in a month with (aanvullende) bijstand never count
    (art. 34 lid 2 c) while that bijstand goes on; at a new application they count again. Returns arrays:
    factor, savings (all), counted, blocked, zoektermijn. `inflow`: money that comes in a month (a gift, an
    inheritance during bijstand: art. 34 lid 1 b), added to the savings that count.
    """
    t = len(need)
    factor = np.ones(t)
    savings = np.zeros(t)
    counted = np.zeros(t)
    blocked = np.zeros(t, dtype=bool)
    zoek = np.zeros(t, dtype=bool)
    s = savings0
    kept = 0.0  # savings put aside during bijstand: not counted (art. 34 lid 2 c)
    received_prev = True
    for i in range(first_window, t):
        f = 1.0
        if inflow is not None:
            s += inflow[i]
        new_application = need[i] > 0.005 and not received_prev
        if new_application:
            s, kept = s + kept, 0.0
        savings[i] = s + kept
        counted[i] = max(s + besides_savings[i], 0.0)
        if need[i] > 0.005:
            if new_application and after_work[i] and young:
                f = zoektermijn.deel_van_de_maand(months[i], zoek_days)
                zoek[i] = True
            if (continuous[i] or new_application or i == first_window) and counted[i] > limit[i] + 1e-9:
                blocked[i] = True
                lived = need[i] * f  # lived from the savings that count first, then from the rest
                s, kept = max(s - lived, 0.0), max(kept - max(lived - s, 0.0), 0.0)
                f = 0.0
        factor[i] = f
        # A zoektermijn that fills a whole month (28 days in February) still starts the application: the next
        # month is not a new application with a second zoektermijn.
        received_prev = need[i] * f > 0.005 or (zoek[i] and not blocked[i])
        if hours[i] > 0:
            if need[i] * f > 0.005:
                kept += per_month_saving
            else:
                s += per_month_saving
    return {"factor": factor, "savings": savings, "counted": counted, "blocked": blocked, "zoektermijn": zoek}
