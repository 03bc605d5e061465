"""Cash timing: vakantiegeld (Wet minimumloon art. 17: reserved each month, paid in its month and at the end of the
employment) and the bijstand vakantietoeslag (Participatiewet art. 45 lid 1: reserved, paid in its month and
when the bijstand ends)."""

from __future__ import annotations

import numpy as np


def timing(values: dict, working, months, first_window: int, *, vg_month: int, monthly_vg: bool, contract_end,
           vt_month: int, vt_pct: float, vt_start_accrual: float) -> tuple[np.ndarray, ...]:
    """Per month the vakantiegeld and vakantietoeslag moved (negative: reserved, positive: paid), and what of each
    was reserved that month (the cash calendar splits the payout from the reservation)."""
    t = len(months)
    vg, vt, vg_reserved, vt_reserved = np.zeros(t), np.zeros(t), np.zeros(t), np.zeros(t)
    acc_vg, acc_vt = 0.0, vt_start_accrual
    prev_bijstand = True
    for i in range(first_window, t):
        m = months[i].month
        if m == vg_month and acc_vg:
            vg[i] += acc_vg
            acc_vg = 0.0
        if working[i] and not monthly_vg:
            share = values["net_wage"][i] * values["vakantiegeld"][i] / max(
                values["gross_wage"][i] + values["vakantiegeld"][i], 1e-9)
            vg[i] -= share
            vg_reserved[i] = share
            acc_vg += share
        if contract_end is not None and i == contract_end and acc_vg:
            vg[i] += acc_vg  # WML art. 17 lid 3: at the end of the employment
            acc_vg = 0.0
        b = values["bijstand"][i]
        if m == vt_month and acc_vt:
            vt[i] += acc_vt
            acc_vt = 0.0
        if prev_bijstand and b <= 0.005 and acc_vt:
            vt[i] += acc_vt  # art. 45 lid 1: paid out when the bijstand ends
            acc_vt = 0.0
        # The reservation is on the bijstand paid (on the wage received, when given); whether the bijstand ended
        # is read from the month's own bijstand: a month paid out to zero by two pay slips does not end it.
        reserve = values.get("bijstand_paid", values["bijstand"])[i] * vt_pct
        vt[i] -= reserve
        vt_reserved[i] = reserve
        acc_vt += reserve
        prev_bijstand = b > 0.005
    return vg, vt, vg_reserved, vt_reserved
