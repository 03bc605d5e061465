"""The data of the income charts' areas and axes, computed with numpy (imported with the charts)."""

from __future__ import annotations

import math

import numpy as np
from matplotlib.cbook import contiguous_regions


def nice_top(value: float) -> float:
    """An upper y limit in round steps, so that small changes in the data keep the same axes."""
    if value <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(value)) / 2
    return math.ceil(value / step) * step


def band_polygons(x: np.ndarray, low: np.ndarray, high: np.ndarray) -> list[np.ndarray]:
    """The polygons `fill_between(x, low, high)` draws (along `low`, back along `high`; a value that is not finite
    splits the area), built here: matplotlib's `set_data` takes about ten times as long (masks, units, a bounding
    box), once per component per keystroke. No polygon for an area that is nothing at every point."""
    ok = np.isfinite(x) & np.isfinite(low) & np.isfinite(high)
    out = []
    for a, b in contiguous_regions(ok):
        t, lo, hi = x[a:b], low[a:b], high[a:b]
        if np.array_equal(lo, hi):
            continue
        n = t.size
        pts = np.empty((2 * n + 2, 2))
        pts[0] = t[0], hi[0]
        pts[1:n + 1, 0], pts[1:n + 1, 1] = t, lo
        pts[n + 1] = t[-1], hi[-1]
        pts[n + 2:, 0], pts[n + 2:, 1] = t[::-1], hi[::-1]
        out.append(pts)
    return out
