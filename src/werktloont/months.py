"""Calendar months: the one place for month arithmetic ("JJJJ-MM" labels, months between two dates, month ends),
used by every layer (rules, engine, texts) so that no layer counts months its own way."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(d: date, k: int) -> date:
    """The first day of the month k months after d's month."""
    y, m = divmod(d.month - 1 + k, 12)
    return date(d.year + y, m + 1, 1)


def month_label(d: date) -> str:
    """"JJJJ-MM"."""
    return f"{d.year:04d}-{d.month:02d}"


def month_of(text: str) -> date:
    """The first day of the month of a "JJJJ-MM" label (or an ISO date)."""
    y, m = text.split("-")[:2]
    return date(int(y), int(m), 1)


def months_between(a: date, b: date) -> int:
    """Whole calendar months from a's month to b's month (0 in the same month; negative when b is earlier)."""
    return (b.year - a.year) * 12 + b.month - a.month


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(d: date) -> int:
    # Not calendar.monthrange: it works out the weekday as well, and the cash calendar asks some hundred times.
    return 29 if d.month == 2 and calendar.isleap(d.year) else _DAYS[d.month - 1]


def month_end(d: date) -> date:
    """The last day of d's month."""
    return date(d.year, d.month, days_in_month(d))


def day_in_month(month: date, day: int) -> date:
    """Day `day` of the month, or its last day when the month is shorter."""
    return date(month.year, month.month, min(day, days_in_month(month)))


def same_day_later(d: date, k: int) -> date:
    """The same day k months later; a month-end day stays at the month's end."""
    later = add_months(d, k)
    return month_end(later) if d == month_end(d) else day_in_month(later, d.day)
