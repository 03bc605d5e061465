"""Rounding rules used across regulations (each caller cites the article that prescribes it)."""

from __future__ import annotations

import math

import numpy as np

from werktloont.rules.elementwise import ARRAYS

# Half-up rounding must not fall victim to binary floats: 961.035 is stored as 961.03499999...
_EPS = 1e-9


def cents_half_up(x):
    """Round to whole cents, halves up (Participatiewet amounts are stated in cents)."""
    return np.floor(np.asarray(x, dtype=float) * 100.0 + 0.5 + _EPS) / 100.0


def cents_half_up_float(x: float) -> float:
    """cents_half_up for one plain float: the same arithmetic without numpy's per-call cost."""
    return math.floor(float(x) * 100.0 + 0.5 + _EPS) / 100.0


def euros_half_up(x, xp=ARRAYS):
    """Round to whole euros, halves up (`xp`: rules.elementwise, arrays or one plain float)."""
    return xp.floor(xp.asfloat(x) + 0.5 + _EPS)


def floor_euros(x, xp=ARRAYS):
    return xp.floor(xp.asfloat(x) + _EPS)


def ceil_euros(x):
    return np.ceil(np.asarray(x, dtype=float) - _EPS)
