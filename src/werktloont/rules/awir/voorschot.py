"""Awir art. 16 (voorschot), 19 (toekenning) and 26 (terugvordering): toeslagen advances and settlement by month.

The voorschot follows an income estimate; a change that is passed on makes it follow the real income from the
month of the change, with a correction of the earlier months of that year in the next month. After a complete
calendar year the definitive amount on the real yearly toetsingsinkomen is settled against what was paid, in
the month Dienst Toeslagen sends the definitive berekening (awir.definitieve_berekening_eerste_maand).
"""

from __future__ import annotations

from datetime import date

import numpy as np

from werktloont.months import month_label, months_between
from werktloont.rules.afronding import cents_half_up_float, euros_half_up

_cents = cents_half_up_float


def verloop(*, toeslagen: tuple[str, ...], reported: bool, months: list[date], advance_estimate: dict,
            entitlement: dict, entitlement_year: dict, change_month: int | None, year_ti: dict, estimate: float,
            p_awir_next: dict) -> dict:
    """Advances and settlements of one scenario.

    `advance_estimate[k][i]`, `entitlement[k][i]`: per month the toeslag k on the estimate and on the real income;
    `entitlement_year[k][i]`: the year amount on the real income; `change_month`: index of the first month with
    the new income (None: no change); `year_ti[y]`: the real yearly toetsingsinkomen; `p_awir_next[y]`: the Awir
    parameters of the year after y (when the definitive berekening comes).
    Returns {"advance": {k: array}, "settlement": array, "correction": array, "years": {y: row}}: `settlement` is
    every repayment or back payment by month, `correction` the part of it that corrects the voorschot of the year's
    earlier months after a change (the month after it), not the definitive berekening after the year.
    """
    t = len(months)
    advance = {k: advance_estimate[k].copy() for k in toeslagen}
    settlement = np.zeros(t)
    corrections = np.zeros(t)
    per_year = {}
    if change_month is not None and change_month >= t:
        change_month = None  # the new income starts after the window: nothing changes inside it
    start_year = months[change_month].year if change_month is not None else None
    change = -1
    years = np.array([d.year for d in months])
    for y in sorted(set(years.tolist())):
        idx = np.flatnonzero(years == y)
        correction = dict.fromkeys(toeslagen, 0.0)
        if reported and start_year is not None and y >= start_year:
            change = change_month if y == start_year and change_month is not None else int(idx[0])
            new, before = idx[idx >= change], idx[idx < change]
            for k in toeslagen:
                advance[k][new] = entitlement[k][new]
                correction[k] = float((entitlement[k][before] - advance_estimate[k][before]).sum())
            if any(abs(v) > 0.005 for v in correction.values()) and change + 1 < t:
                settlement[change + 1] += sum(correction.values())
                corrections[change + 1] += sum(correction.values())
        complete = months[idx[0]].month == 1 and len(idx) == 12
        row: dict = {"toetsingsinkomen": _cents(year_ti[y]), "estimate": _cents(estimate),
                     "correction": {k: _cents(v) for k, v in correction.items()}}
        if complete:
            p_awir = p_awir_next[y]
            settle_month = date(y + 1, int(p_awir["definitieve_berekening_eerste_maand"]), 1)
            per = {}
            for k in toeslagen:
                definitive = float(euros_half_up(entitlement_year[k][idx].sum() / 12.0))
                paid = float(advance[k][idx].sum()) + correction[k]
                per[k] = {"definitive": definitive, "paid": _cents(paid), "settlement": _cents(definitive - paid)}
            total = sum(v["settlement"] for v in per.values())
            j = months_between(months[0], settle_month)
            row.update(per_toeslag=per, settlement=_cents(total), settlement_month=month_label(settle_month),
                       in_window=j < t, latest_month=month_label(date(
                           y + 1, int(p_awir["definitieve_berekening_laatste_maand"]), 1)))
            if j < t:
                settlement[j] += total
        per_year[y] = row
    return {"advance": advance, "settlement": settlement, "correction": corrections, "years": per_year}
