"""Awir art. 14 (rounding, minimum toeslag) and art. 7 lid 3 (vermogensgrens): shared by all toeslagen."""

from __future__ import annotations

import numpy as np

from werktloont.rules.afronding import euros_half_up, floor_euros
from werktloont.rules.elementwise import ARRAYS


def per_maand_uitbetaald(year_amount, p_awir, xp=ARRAYS) -> tuple[np.ndarray, np.ndarray]:
    """Year amount rounded to whole euros, nothing under the minimum, then per month as paid (rounded down).

    Returns (per_month, per_year). Dienst Toeslagen pays floor(year / 12) per month; this reproduces every
    row of the official zorgtoeslag tables 2025 and 2026. `xp`: rules.elementwise (arrays or one plain float).
    """
    year = jaarbedrag(year_amount, p_awir, xp)
    return floor_euros(year / 12.0, xp), year


def jaarbedrag(year_amount, p_awir, xp=ARRAYS):
    """The year amount of `per_maand_uitbetaald` alone (a toeslag that works out its month from the unrounded
    amount needs only this)."""
    year = euros_half_up(xp.maximum(year_amount, 0.0), xp)
    return xp.where(year < p_awir["minimum_toeslag_jaar"], 0.0, year)


def binnen_vermogensgrens(toeslag_vermogen, has_partner, limit_single, limit_partners) -> np.ndarray:
    return toeslag_vermogen <= np.where(has_partner, limit_partners, limit_single)
