"""Month arithmetic, by hand: the calendar facts every layer counts months with."""

from __future__ import annotations

from datetime import date

from werktloont import months
from werktloont.months import add_months, month_label, month_of, months_between


def test_add_months_crosses_years_both_ways():
    assert add_months(date(2026, 11, 17), 3) == date(2027, 2, 1)  # November + 3 = February of the next year
    assert add_months(date(2026, 1, 1), -1) == date(2025, 12, 1)
    assert add_months(date(2026, 1, 1), 24) == date(2028, 1, 1)


def test_months_between_counts_calendar_months_not_days():
    assert months_between(date(2026, 3, 31), date(2026, 4, 1)) == 1  # one day apart, the next month
    assert months_between(date(2026, 3, 15), date(2027, 2, 1)) == 11  # March 2026 -> February 2027
    assert months_between(date(2027, 2, 1), date(2026, 3, 15)) == -11


def test_labels_read_back():
    assert month_label(date(2026, 3, 9)) == "2026-03"
    assert month_of("2026-03") == date(2026, 3, 1)
    assert month_of("2026-03-15") == date(2026, 3, 1)


def test_month_ends_and_leap_years():
    assert months.days_in_month(date(2028, 2, 10)) == 29  # 2028 is a leap year
    assert months.days_in_month(date(2027, 2, 10)) == 28
    assert months.month_end(date(2026, 4, 2)) == date(2026, 4, 30)
    assert months.day_in_month(date(2027, 2, 1), 30) == date(2027, 2, 28)  # a day 30 in February is its last day
    assert months.day_in_month(date(2027, 3, 1), 30) == date(2027, 3, 30)


def test_same_day_later_keeps_a_month_end_at_the_end():
    assert months.same_day_later(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert months.same_day_later(date(2026, 2, 28), 1) == date(2026, 3, 31)  # the 28th of February is its last day
    assert months.same_day_later(date(2028, 2, 28), 1) == date(2028, 3, 28)  # not in a leap year: the 29th is
    assert months.same_day_later(date(2026, 5, 15), 2) == date(2026, 7, 15)


def test_days_in_month_agree_with_the_calendar_module_for_three_centuries():
    import calendar

    assert all(months.days_in_month(date(y, m, 1)) == calendar.monthrange(y, m)[1]
               for y in range(1900, 2200) for m in range(1, 13))
