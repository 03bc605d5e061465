"""Algemene termijnenwet art. 3 lid 1: the algemeen erkende feestdagen; with Saturday and Sunday, not a working day.

Used for dates that move to the next working day (the toeslagen on the 20th) or count working days (the WW payment
3 to 10 werkdagen after the Inkomstenopgave). Easter by the Gregorian computus (calendar arithmetic, not a value).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def feestdagen(year: int) -> frozenset[date]:
    """Art. 3 lid 1: Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, eerste en tweede Kerstdag,
    the King's birthday (27 April, the 26th when the 27th is a Sunday: Wet viering Koningsdag) and 5 May."""
    easter = _easter(year)
    kings = date(year, 4, 27) if date(year, 4, 27).weekday() != 6 else date(year, 4, 26)
    return frozenset({date(year, 1, 1), easter + timedelta(days=1), easter + timedelta(days=39),
                      easter + timedelta(days=50), date(year, 12, 25), date(year, 12, 26), kings, date(year, 5, 5)})


def is_werkdag(day: date) -> bool:
    return day.weekday() < 5 and day not in feestdagen(day.year)


@lru_cache(maxsize=4096)
def next_werkdag(day: date) -> date:
    """The day itself when it is a working day, else the first working day after it."""
    while not is_werkdag(day):
        day += timedelta(days=1)
    return day


@lru_cache(maxsize=4096)
def add_werkdagen(day: date, n: int) -> date:
    """The n-th working day after `day` (n = 0: `day` itself if a working day, else the next one)."""
    day = next_werkdag(day)
    for _ in range(n):
        day = next_werkdag(day + timedelta(days=1))
    return day


@lru_cache(maxsize=4096)
def previous_werkdag(day: date) -> date:
    """The day itself when it is a working day, else the last working day before it (a deadline kept safely)."""
    while not is_werkdag(day):
        day -= timedelta(days=1)
    return day
