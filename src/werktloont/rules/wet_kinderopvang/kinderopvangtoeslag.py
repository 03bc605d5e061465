"""Wet kinderopvang art. 1.6-1.8 and Besluit kinderopvangtoeslag art. 3, 4 and bijlage I (kinderopvangtoeslag)."""

from __future__ import annotations

import numpy as np

from werktloont.errors import InputError, MissingParameterError
from werktloont.rules.afronding import floor_euros
from werktloont.rules.elementwise import ARRAYS

REG = "kinderopvangtoeslag"

# Codes for the kind of care (`kind` argument of childcare_cost).
DAGOPVANG, BSO, GASTOUDEROPVANG = 0, 1, 2
_MAX_UURPRIJS = ("max_uurprijs_dagopvang", "max_uurprijs_bso", "max_uurprijs_gastouderopvang")


def eerste_kind_split(hours_per_month, capped_cost) -> tuple[np.ndarray, np.ndarray]:
    """Besluit kinderopvangtoeslag art. 3: the first child has the most hours (tie: the highest cost).

    Arrays have the children on the last axis; returns (cost of the first child, cost of the others).
    """
    key = np.asarray(hours_per_month, dtype=float) + 1e-9 * capped_cost
    first = np.argmax(key, axis=-1)[..., None]
    cost_first = np.take_along_axis(capped_cost, first, axis=-1)[..., 0]
    return cost_first, capped_cost.sum(axis=-1) - cost_first


def childcare_cost(*, hours_per_month, hourly_price, kind, p) -> dict:
    """Monthly childcare cost of one child, in full and as far as it counts for the toeslag.

    `kind`: 0 = dagopvang, 1 = buitenschoolse opvang (bso), 2 = gastouderopvang.
    Wet kinderopvang art. 1.7: the price counts up to the maximum uurprijs of that kind of care, the hours
    up to the maximum per child per month.
    """
    code = np.asarray(kind)
    if np.any((code < DAGOPVANG) | (code > GASTOUDEROPVANG) | (code != np.round(code))):
        raise InputError("kind", "soort opvang moet 0 (dagopvang), 1 (buitenschoolse opvang) "
                                 "of 2 (gastouderopvang) zijn")
    hours = np.maximum(np.asarray(hours_per_month, dtype=float), 0.0)
    price = np.maximum(np.asarray(hourly_price, dtype=float), 0.0)
    max_price = np.choose(code.astype(int), [p[k] for k in _MAX_UURPRIJS])
    capped_price = np.minimum(price, max_price)
    capped_hours = np.minimum(hours, p["max_uren_per_maand"])
    return {
        "capped_cost": capped_price * capped_hours,
        "actual_cost": price * hours,
        "capped_price": capped_price,
        "capped_hours": capped_hours,
        "max_uurprijs": max_price,
    }


def _percentages(ti, work_condition, p, xp=ARRAYS) -> tuple[np.ndarray, np.ndarray]:
    """Percentage for the first and for every further child, by joint toetsingsinkomen (bijlage I)."""
    # The table is in whole euros: a class runs from its amount up to the next one, both inclusive.
    ti_band = xp.floor(ti)
    try:
        starts, first, others = _table(p)
    except MissingParameterError:
        # Table unknown for this date (2025). Up to the known income limit every class has the top
        # percentage, so those points can still be answered; any other point stops with the reason.
        limit = p["inkomensgrens_maximaal_percentage"]
        if xp.any(work_condition & (ti_band > limit)):
            raise
        top = xp.full_like(ti, p.rate("maximaal_percentage"))
        return top, top
    row = xp.clip(xp.searchsorted_right(starts, ti_band) - 1, 0, len(starts) - 1)
    return xp.take(first, row), xp.take(others, row)


def _table(p) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bijlage I as contiguous columns (class start, first child, further children as fractions), once per day."""
    def build():
        table = np.asarray(p["percentages"], dtype=float)
        return np.ascontiguousarray(table[:, 0]), table[:, 1] / 100.0, table[:, 2] / 100.0
    return p.derived("percentages_columns", build)


def kinderopvangtoeslag(*, toetsingsinkomen, cost_first, cost_others, work_condition, p, xp=ARRAYS) -> dict:
    """Kinderopvangtoeslag per month (and that × 12 per year) for the household.

    `cost_first`: capped monthly cost of the first child, the one with the most hours (equal hours: the
    highest cost; Besluit art. 3), chosen by the caller; `cost_others`: the summed capped costs of the
    other children. `work_condition`: aanvrager and partner each have work or another qualifying activity
    (Wet kinderopvang art. 1.6). The month total is rounded down to whole euros, as in the official examples.
    Awir art. 14 lid 5 (minimum per year) is not applied: the year depends on the months of care.
    The costs are the household stage (childcare_cost, eerste_kind_split); this is the income stage (`xp`:
    rules.elementwise, arrays or one plain float).
    """
    ti, first, others = (xp.asfloat(a) for a in (toetsingsinkomen, cost_first, cost_others))
    works = xp.asbool(work_condition)
    pct_first, pct_others = _percentages(ti, works, p, xp)
    raw = pct_first * xp.maximum(first, 0.0) + pct_others * xp.maximum(others, 0.0)
    per_month = xp.where(works, floor_euros(raw, xp), 0.0)
    return {
        "per_month": per_month,
        "per_year": 12.0 * per_month,
        "percentage_first": pct_first,
        "percentage_others": pct_others,
        "raw_month": xp.where(works, raw, 0.0),
    }
