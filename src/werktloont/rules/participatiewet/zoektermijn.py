"""Participatiewet art. 41 lid 4 and 45 lid 3: the vierwekenzoektermijn for a new application under 27."""

from __future__ import annotations

import calendar
from datetime import date


def geldt(ages: list[int], p_bs) -> bool:
    """The zoektermijn applies when every adult of the household is younger than the age in art. 41 lid 4."""
    return max(ages) < p_bs["zoektermijn_max_leeftijd"]


def dagen(p_bs) -> int:
    return int(p_bs["zoektermijn_weken"]) * 7


def deel_van_de_maand(month: date, days: int) -> float:
    """The part of the month with bijstand when the application starts on its first day (art. 45 lid 3:
    bijstand over a part of a month is the month's amount times its days over the days of the month)."""
    dim = calendar.monthrange(month.year, month.month)[1]
    return max(dim - days, 0) / dim
