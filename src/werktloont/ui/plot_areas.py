"""The data of the income charts' areas and axes, computed with numpy (imported with the charts)."""

from __future__ import annotations

import math

import numpy as np


def nice_top(value: float) -> float:
    """An upper y limit in round steps, so that small changes in the data keep the same axes."""
    if value <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(value)) / 2
    return math.ceil(value / step) * step


def band(fill, x: np.ndarray, low: np.ndarray, high: np.ndarray) -> None:
    """The area between `low` and `high` as `fill_between` draws it (one polygon: along `low`, back along `high`),
    built here: matplotlib's `set_data` takes about ten times as long (masks, units, a bounding box), once per
    component per keystroke. A component that is nothing at every point is not drawn at all. Data with a gap
    (not finite) go through matplotlib, which splits the area around it."""
    if not (np.isfinite(low).all() and np.isfinite(high).all()) or x.size == 0:
        fill.set_data(x, low, high)
        fill.set_visible(True)
        return
    n = x.size
    pts = np.empty((2 * n + 2, 2))
    pts[0] = x[0], high[0]
    pts[1:n + 1, 0], pts[1:n + 1, 1] = x, low
    pts[n + 1] = x[-1], high[-1]
    pts[n + 2:, 0], pts[n + 2:, 1] = x[::-1], high[::-1]
    fill.set_verts([pts])
    fill.set_visible(bool(np.any(low != high)))
