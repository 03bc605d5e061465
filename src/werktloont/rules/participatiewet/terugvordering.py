"""Participatiewet art. 58: terugvordering of bijstand paid without a right (lid 1), gross after the year (lid 5)."""

from __future__ import annotations

from datetime import date


def terugvordering(paid: list[tuple[date, float, float]]) -> dict:
    """`paid`: (month, net bijstand, gross bijstand) for each month paid without a right.

    Lid 1: the college reclaims the bijstand paid in those months (net). Lid 5: a reclaim decided after the calendar
    year in which it was paid may be the gross amount (with the loonheffing the gemeente paid), so both are given;
    `gross_from` is the first day on which the gross amount can apply to the last of those months."""
    net = sum(n for _, n, _ in paid)
    gross = sum(g for _, _, g in paid)
    last_year = max((d.year for d, _, _ in paid), default=None)
    return {"net": net, "gross": gross, "gross_from": date(last_year + 1, 1, 1) if last_year else None}
