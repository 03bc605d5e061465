"""One result builder for `calculate` and `batch`: the same rounding, the same keys, parts that add up.

Every euro amount is rounded to cents, halves up (rules.afronding.cents_half_up). `disposable` is then the sum of
the rounded parts (income minus costs), so the parts in a result always add up to its total to the cent; the gain
is the difference of the two rounded totals.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from werktloont.engine.components import COSTS, INCOME, PARTS
from werktloont.rules.afronding import cents_half_up, cents_half_up_float

RESULT_FORMAT = "werktloont-result/1"
DETAILS = ("norm", "vrijlating", "toetsingsinkomen", "gross_wage", "vakantiegeld")


# Cents, halves up, for one amount: rules.afronding.cents_half_up in plain floats (a result holds hundreds of single
# amounts, and numpy's per-call overhead would dominate).
money = cents_half_up_float


def cents(a) -> np.ndarray:
    return cents_half_up(a)


def add_up(parts: Mapping[str, Any]) -> np.ndarray:
    """Disposable from parts already rounded to cents, rounded again only to remove binary noise."""
    total = sum(parts[k] for k in INCOME) - sum(parts[k] for k in COSTS)
    return np.round(np.asarray(total, dtype=float), 2)


def _point(month, n: int, take) -> dict[str, float] | None:
    """One case as one point of a Month: its floats (cached by the Month), cheaper than arrays for a single case."""
    if n != 1 or not isinstance(take, slice):
        return None
    return month.point(take.start or 0)


def component_columns(month, n: int, take=slice(None)) -> dict[str, list[float]]:
    """The components of n points of a Month, rounded, as lists; `disposable` added up from the rounded parts."""
    point = _point(month, n, take)
    if point is not None:
        one = {k: money(point[k]) for k in PARTS}
        one["disposable"] = round(float(add_up(one)), 2)
        return {k: [v] for k, v in one.items()}
    cols = {k: cents(np.broadcast_to(month[k], month.shape)[take].reshape(n)) for k in PARTS}
    cols["disposable"] = add_up(cols)
    return {k: v.tolist() for k, v in cols.items()}


def _columns(month, keys, n: int, take, rounding=cents) -> dict[str, list]:
    point = _point(month, n, take)
    if point is not None:
        return {k: rounding(np.array([point[k]])).tolist() for k in keys} if rounding is not cents else {
            k: [money(point[k])] for k in keys}
    return {k: rounding(np.broadcast_to(month[k], month.shape)[take].reshape(n)).tolist() for k in keys}


def _same(a):
    return a


def build(cases, pack, without, with_job, *, take_without=slice(None), take_with=slice(None),
          job_summaries=None) -> list[dict]:
    """Results for n cases: `without` and `with_job` are Months (the same Month with different `take` for a single
    case computed as two points). The timeline, actions and explanations are left empty for the caller."""
    n = len(cases)
    wo = component_columns(without, n, take_without)
    wi = component_columns(with_job, n, take_with)
    det_wo = _columns(without, DETAILS, n, take_without)
    det_wi = _columns(with_job, DETAILS, n, take_with)
    assets = _columns(without, ("assets_counted", "assets_limit", "assets_excess"), n, take_without)
    eligible = _columns(without, ("assets_eligible",), n, take_without, _same)["assets_eligible"]
    months = _columns(without, ("assets_months",), n, take_without, lambda a: np.round(a, 1))["assets_months"]
    gain = [round(b - a, 2) for a, b in zip(wo["disposable"], wi["disposable"], strict=True)]
    out: list[dict] = []
    for i, case in enumerate(cases):
        out.append({
            "format": RESULT_FORMAT,
            "parameters": {"period": case.date, "pack": pack.version, "checksum": pack.checksum},
            "without_job": {k: v[i] for k, v in wo.items()},
            "with_job": {k: v[i] for k, v in wi.items()},
            "gain_per_month": gain[i],
            "asset_test": {"counted": assets["assets_counted"][i], "limit": assets["assets_limit"][i],
                           "eligible": bool(eligible[i]), "excess": assets["assets_excess"][i],
                           "months_of_norm": months[i],
                           # art. 50: above the limit only through home equity: bijstand as a loan
                           "kind": "geen_bijstand" if not eligible[i] else "lening"
                           if assets["assets_counted"][i] > assets["assets_limit"][i] + 1e-9 else "ok"},
            "details": {"without_job": {k: v[i] for k, v in det_wo.items()},
                        "with_job": {k: v[i] for k, v in det_wi.items()}},
            "job": job_summaries[i] if job_summaries is not None else None,
            "timeline": [],
            "actions": [],
            "explanations": [],
        })
    return out
