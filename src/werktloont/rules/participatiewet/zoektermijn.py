"""Participatiewet art. 41 lid 4, 6 and 11, art. 45 lid 3: the vierwekenzoektermijn for a new application under 27."""

from __future__ import annotations

from datetime import date

from werktloont.months import days_in_month
from werktloont.rules import versions


def geldt(ages: list[int], p_bs, application=None, medisch: bool = False) -> bool:
    """The zoektermijn applies when every adult of the household is younger than the age in art. 41 lid 4, unless
    the client is exempt: lid 4 b, one of the persons is medisch urenbeperkt (`medisch`) or in the doelgroep
    loonkostensubsidie, or lid 4 a (praktijkonderwijs, vso), both through `application.zoektermijn_exempt`."""
    if medisch or (application is not None and application.zoektermijn_exempt):
        return False
    return max(ages) < p_bs["zoektermijn_max_leeftijd"]


def dagen(p_bs, application=None) -> int:
    """The days of the zoektermijn: four weeks, or fewer when the college shortens it (art. 41 lid 11)."""
    weeks = int(p_bs["zoektermijn_weken"])
    if application is not None and application.zoektermijn_weeks is not None:
        weeks = min(weeks, int(application.zoektermijn_weeks))
    return weeks * 7


def na_ww_vrijgesteld(on: date) -> bool:
    """Art. 41 lid 6: no zoektermijn for a young person who had WW right before the application (rule version
    "geen_zoektermijn_na_ww"); he can report four weeks before the WW ends."""
    return versions.in_force("geen_zoektermijn_na_ww", on)


def deel_van_de_maand(month: date, days: int) -> float:
    """The part of the month with bijstand when the application starts on its first day (art. 45 lid 3:
    bijstand over a part of a month is the month's amount times its days over the days of the month)."""
    dim = days_in_month(month)
    return max(dim - days, 0) / dim
