"""Wet minimumloon en minimumvakantiebijslag art. 8 (minimumuurloon), art. 9 (jeugdlonen), art. 15 (vakantiebijslag)."""

from __future__ import annotations

import numpy as np

from werktloont.rules.afronding import cents_half_up

REG = "minimumloon"


def minimumuurloon(age, p) -> np.ndarray:
    """The legal minimum hourly wage for this age: the 21+ amount times the youth percentage (art. 9)."""
    table = np.array(p["jeugdloon_percentages"], dtype=float)
    ages, pcts = table[:, 0], table[:, 1] / 100.0
    age = np.asarray(age, dtype=float)
    idx = np.clip(np.searchsorted(ages, age, side="right") - 1, 0, len(ages) - 1)
    pct = np.where(age > ages[-1], 1.0, np.where(age < ages[0], pcts[0], pcts[idx]))
    return cents_half_up(p["minimumuurloon"] * pct)
