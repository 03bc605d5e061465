"""The pay slips of the job: when the wage is paid, and what each slip holds (cash, and what bijstand counts).

Monthly pay ("maand"): one slip per month of the job, the wage of that month; BW 7:623 lid 1 pays it after the
period, at the latest at its end, so the default first payday is the last day of the first month. Four-weekly pay
("vier_weken"): 13 slips a year, each the wage of four weeks (4 / weken_per_maand of a month's wage, tax still
over the year); the default first payday is four weeks plus a week after the start (an assumption, the case may
give the real day). The wage earned but not yet paid when a temporary contract ends comes with a final slip on
the next payday. Each slip: `cash` (net, the vakantiegeld reserved) and `counted` (the net wage with its
vakantiegeld share, as the bijstand counts it: Regeling Participatiewet, IOAW en IOAZ art. 11 via the domain guide).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from werktloont.months import month_end, months_between, same_day_later

FOUR_WEEKS = 28  # days in a four-weekly pay period
DEFAULT_LAG_DAYS = 7  # four-weekly: the first pay a week after the first period (an assumption, not a legal value)


@dataclass(frozen=True)
class Slip:
    day: date
    month: int  # the projection month (index) in which it is paid
    cash: float
    counted: float
    final: bool = False


def first_payday(job, start: date) -> tuple[date, bool]:
    """The first payday and whether the case gave it."""
    if job.first_payday:
        return date.fromisoformat(job.first_payday), True
    if job.pay_period == "vier_weken":
        return start + timedelta(days=FOUR_WEEKS + DEFAULT_LAG_DAYS), False
    return month_end(start), False


def slips(job, months: list[date], start_day: date, start: int, end: int | None, net: np.ndarray,
          wage_cash: np.ndarray, weeks_per_month: float) -> list[Slip]:
    """The slips paid inside the projection. `start`/`end`: the job's first and last month (index; `end` None for a
    permanent job); `net` the month's net wage share as bijstand counts it, `wage_cash` the same less the reserved
    vakantiegeld (cents), both per month."""
    t = len(months)
    if end is not None and end >= t:  # the contract ends after the projection: its last pay lies outside it
        end = None
    last_month = t - 1 if end is None else end
    first, _ = first_payday(job, start_day)
    out: list[Slip] = []
    if job.pay_period == "vier_weken":
        f = 4.0 / weeks_per_month
        last_day = month_end(months[end]) if end is not None else None
        k = 0
        while True:
            period_end = start_day + timedelta(days=FOUR_WEEKS * k + FOUR_WEEKS - 1)
            day = first + timedelta(days=FOUR_WEEKS * k)
            j = months_between(months[0], period_end)
            if (last_day is not None and period_end > last_day) or j >= t or months_between(months[0], day) >= t:
                break
            out.append(Slip(day, months_between(months[0], day), round(float(wage_cash[j]) * f, 2),
                            float(net[j]) * f))
            k += 1
        if end is not None:  # the wage of the rest of the contract, on the next payday
            day = first + timedelta(days=FOUR_WEEKS * k)
            rest_cash = round(float(np.sum(wage_cash[start:end + 1])) - sum(s.cash for s in out), 2)
            rest_counted = float(np.sum(net[start:end + 1])) - sum(s.counted for s in out)
            m = months_between(months[0], day)
            if rest_cash < 0 and out:  # rounding: paid a little more than earned; the last slip holds less
                last = out.pop()
                out.append(Slip(last.day, last.month, round(last.cash + rest_cash, 2), last.counted + rest_counted))
            elif rest_cash >= 0.005 and m < t:
                out.append(Slip(day, m, rest_cash, rest_counted, final=True))
        return out
    for k, j in enumerate(range(start, last_month + 1)):
        day = same_day_later(first, k)
        m = months_between(months[0], day)
        if m >= t:
            break
        out.append(Slip(day, m, float(wage_cash[j]), float(net[j])))
    return out


def per_month(slip_list: list[Slip], t: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per month: the cash received, the wage bijstand counts as received, and the number of slips."""
    cash, counted, n = np.zeros(t), np.zeros(t), np.zeros(t, dtype=int)
    for s in slip_list:
        cash[s.month] += s.cash
        counted[s.month] += s.counted
        n[s.month] += 1
    return np.round(cash, 2), counted, n
