"""Gemeentelijke minimaregelingen (Participatiewet art. 35-36, local verordeningen): income limit as % of the norm."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from werktloont.params.schema import Overlay, Scheme, SchemeValue, valid_date

HOUSEHOLD_CODES = {"alleenstaande": 0, "alleenstaande_ouder": 1, "paar": 2, "paar_met_kinderen": 3}


@dataclass(frozen=True)
class ActiveScheme:
    scheme: Scheme
    value: SchemeValue
    start: date


def active_schemes(overlay: Overlay, on: date) -> list[ActiveScheme]:
    """The schemes of the overlay with a value in force on `on`."""
    out = []
    for scheme in overlay.schemes:
        current = None
        for key, value in scheme.values.items():
            start = valid_date(key)
            if start <= on:
                current = (start, value)
        if current is None:
            continue
        start, value = current
        if value.until is not None and on > valid_date(value.until):
            continue
        out.append(ActiveScheme(scheme, value, start))
    return out


def monthly_amount(value: SchemeValue) -> float:
    """The scheme's amount per month (a yearly amount spread over twelve months)."""
    return value.amount / 12.0 if value.amount_period == "year" else value.amount


def regeling(active: ActiveScheme, *, household_code, client_age, income, norm_amount, assets_ok_bijstand,
             counted_assets) -> np.ndarray:
    """Monthly value of one scheme: the full amount while income stays at or below the limit, else nothing.

    This all-or-nothing income limit is what makes the classic cliff. `income` is the net household
    income the gemeente tests (net wage + bijstand, per month, incl. vakantiegeld share).
    """
    s, v = active.scheme, active.value
    allowed = np.zeros(max(HOUSEHOLD_CODES.values()) + 1, dtype=bool)
    allowed[[HOUSEHOLD_CODES[t] for t in s.household_types]] = True
    fits = allowed[np.asarray(household_code)]
    if s.min_age is not None:
        fits = fits & (np.asarray(client_age) >= s.min_age)
    under_limit = np.asarray(income) <= v.income_limit_pct / 100.0 * np.asarray(norm_amount) + 1e-9
    if v.asset_limit == "bijstand":
        assets_ok = assets_ok_bijstand
    elif v.asset_limit == "none":
        assets_ok = True
    else:
        assets_ok = np.asarray(counted_assets) <= v.asset_limit
    monthly = monthly_amount(v)
    return np.where(fits & under_limit & assets_ok, monthly, 0.0)
