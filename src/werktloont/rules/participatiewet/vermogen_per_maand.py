"""Participatiewet art. 34 and 41 lid 4 over time: the asset test month by month, and the zoektermijn.

The asset test applies at each new application, in a month in which assets come during the bijstand (until 2025
art. 34 lid 4: the limit less what was left free at the start, that is the same total), and, where the continuous
test is in force, every month (rule version "doorlopende_vermogenstoets", rules/versions.py). A month blocked by the
asset test is lived from savings: they fall by the bijstand that was not paid. After the bijstand stopped (the
asset test, or work), a client under 27 applies again and waits the zoektermijn (art. 41 lid 4: every aanvraag,
with the exemptions of lid 4 a/b and lid 11 decided by the caller through `young` and `zoek_days`).
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
               inflow=None, rises=None, stopped_before: bool = False) -> dict:
    """Sequential, per month: the part of the bijstand paid (zoektermijn, asset test), savings and counted assets.

    `need`: bijstand if entitled; `besides_savings`: counted assets besides savings (car, other, home - debts);
    `limit`: vermogensgrens per month; `continuous`: the asset test applies every month. Savings grow by
    `per_month_saving` in months with work. Savings put aside in a month with (aanvullende) bijstand never count
    (art. 34 lid 2 c) while that bijstand goes on; at a new application they count again. Returns arrays:
    factor, savings (all), counted, blocked, zoektermijn, goods_over (the assets besides savings alone are above
    the limit: a car, not money to live on). `inflow`: money that comes in a month (a gift, an
    inheritance during bijstand: art. 34 lid 1 b), added to the savings that count. `rises`: months in which a
    change adds to the counted assets (the test applies then). `stopped_before`: the asset test had stopped the
    bijstand before the first month (a car that came before the case month): the first month with a right is a
    new application.
    """
    t = len(need)
    # The loop reads plain floats (numpy's per-element indexing costs more than the arithmetic; the doubles are
    # the same).
    need, besides, lim, cont, work = (np.asarray(need, dtype=float).tolist(), _floats(besides_savings, t),
                                      _floats(limit, t), np.broadcast_to(continuous, t).tolist(),
                                      (np.asarray(hours) > 0).tolist())
    inflow_ = None if inflow is None else _floats(inflow, t)
    rises_ = None if rises is None else np.broadcast_to(rises, t).tolist()
    after = np.broadcast_to(after_work, t).tolist()
    factor = np.ones(t)
    savings = np.zeros(t)
    counted = np.zeros(t)
    blocked = np.zeros(t, dtype=bool)
    zoek = np.zeros(t, dtype=bool)
    s = savings0
    kept = 0.0  # savings put aside during bijstand: not counted (art. 34 lid 2 c)
    received_prev = not stopped_before
    stopped = stopped_before  # the bijstand stopped for the assets: a new application follows
    for i in range(first_window, t):
        f, is_blocked, is_zoek = 1.0, False, False
        if inflow_ is not None:
            s += inflow_[i]
        new_application = need[i] > 0.005 and not received_prev
        if new_application:
            s, kept = s + kept, 0.0
        savings[i] = s + kept
        counted_i = max(s + besides[i], 0.0)
        counted[i] = counted_i
        if need[i] > 0.005:
            tested = cont[i] or new_application or i == first_window or (rises_ is not None and rises_[i])
            if tested and counted_i > lim[i] + 1e-9:
                # No right this month: the client lives on the assets, the application waits.
                blocked[i] = is_blocked = True
                lived = need[i]  # lived from the savings that count first, then from the rest
                s, kept = max(s - lived, 0.0), max(kept - max(lived - s, 0.0), 0.0)
                f = 0.0
            elif new_application and (after[i] or stopped) and young and zoek_days > 0:
                f = zoektermijn.deel_van_de_maand(months[i], zoek_days)
                zoek[i] = is_zoek = True
        factor[i] = f
        # A zoektermijn that fills a whole month (28 days in February) still starts the application: the next
        # month is not a new application with a second zoektermijn.
        received_prev = need[i] * f > 0.005 or (is_zoek and not is_blocked)
        stopped = is_blocked or (stopped and not received_prev)
        if work[i]:
            if need[i] * f > 0.005:
                kept += per_month_saving
            else:
                s += per_month_saving
    return {"factor": factor, "savings": savings, "counted": counted, "blocked": blocked, "zoektermijn": zoek,
            "goods_over": np.asarray(besides_savings) > np.asarray(limit) + 1e-9}


def _floats(x, t: int) -> list[float]:
    """A per-month input (an array or one number for every month) as t plain floats."""
    return np.broadcast_to(np.asarray(x, dtype=float), (t,)).tolist()
