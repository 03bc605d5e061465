"""Elementwise steps of a rule written once, run on numpy arrays (`ARRAYS`) or on plain Python numbers (`FLOATS`).

A rule's income stage takes one of these as `xp`: the month pipeline and the curves pass arrays, the
proefberekening (one household at one income) plain floats, which spares numpy's cost per operation (about 1 µs on
a one-element array). Both give the same IEEE double results: + - * / are the same operations on both, and the
functions below pick the same value (no NaN or infinity reaches a rule: the input is validated).
"""

from __future__ import annotations

import bisect
import math

import numpy as np


def _asfloat(x):
    return np.asarray(x, dtype=float)


def _asbool(x):
    return np.asarray(x, dtype=bool)


def _take(a, i):
    return a.take(i)


def _searchsorted_right(starts, x):
    return np.searchsorted(starts, x, side="right")


def _full_like(x, value):
    return np.full(np.shape(x), value)


class ARRAYS:  # noqa: N801 - used as a constant namespace
    """numpy: any shapes, broadcast."""
    asfloat = staticmethod(_asfloat)
    asbool = staticmethod(_asbool)
    maximum = staticmethod(np.maximum)
    minimum = staticmethod(np.minimum)
    where = staticmethod(np.where)
    floor = staticmethod(np.floor)
    any = staticmethod(np.any)
    clip = staticmethod(np.clip)
    take = staticmethod(_take)
    searchsorted_right = staticmethod(_searchsorted_right)
    full_like = staticmethod(_full_like)


def _where(cond, a, b):
    return a if cond else b


def _floor(x):
    return float(math.floor(x))


def _fclip(x, low, high):
    return min(max(x, low), high)


def _ftake(a, i):
    return float(a[i])


def _fsearchsorted_right(starts, x):
    return bisect.bisect_right(starts, x)


def _ffull_like(x, value):
    return value


class FLOATS:  # noqa: N801 - used as a constant namespace
    """One element as plain Python numbers (float, int, bool)."""
    asfloat = float
    asbool = bool
    maximum = max
    minimum = min
    where = staticmethod(_where)
    floor = staticmethod(_floor)
    any = bool
    clip = staticmethod(_fclip)
    take = staticmethod(_ftake)
    searchsorted_right = staticmethod(_fsearchsorted_right)
    full_like = staticmethod(_ffull_like)
