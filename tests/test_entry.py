"""Amounts and dates as people in the Netherlands type them (werktloont.entry, no Qt). The expected values are what
the text means in Dutch notation: a dot before exactly three digits groups thousands, the comma is the decimal sign."""

from datetime import date

import pytest

from werktloont.entry import AMBIGUOUS, EMPTY, INVALID, OK, parse_amount, parse_date_text

WAGE_MAX = 100.0  # an hourly wage above € 100 is implausible for this app's clients: a dot there is doubted


@pytest.mark.parametrize(("text", "value"), [
    ("46.000", 46_000.0),          # thousands dot
    ("46000", 46_000.0),
    ("€ 46.000,00", 46_000.0),
    ("€46.000", 46_000.0),
    ("46.000,-", 46_000.0),        # whole euros, as on a price tag
    ("46 000", 46_000.0),          # a space between groups of three
    ("1.250,5", 1_250.5),
    ("1.250,00", 1_250.0),
    ("12.000", 12_000.0),
    ("1.250.000", 1_250_000.0),    # several dot-groups
    ("16,50", 16.5),
    ("16.50", 16.5),               # a dot before two digits is a decimal point (the keypad's dot)
    ("16.5", 16.5),
    ("0,250", 0.25),               # a leading zero is never a thousands group
    ("1,250.50", 1_250.5),         # English notation with both signs reads one way only
    (",5", 0.5),
    ("  750 ", 750.0),
])
def test_amounts_as_typed(text, value):
    parsed = parse_amount(text)
    assert parsed.status == OK and parsed.value == value


@pytest.mark.parametrize(("text", "choices"), [
    ("1,250", (1.25, 1_250.0)),    # a Dutch decimal comma, or an English thousands comma: asked in any field
])
def test_a_comma_before_three_digits_is_asked(text, choices):
    parsed = parse_amount(text)
    assert parsed.status == AMBIGUOUS and parsed.value is None and parsed.choices == choices


def test_an_implausible_thousands_reading_is_asked():
    # "1.250" is € 1.250 by the rule; as an hourly wage that is implausible, so the field asks: € 1,25 or € 1.250?
    parsed = parse_amount("1.250", plausible_max=WAGE_MAX)
    assert parsed.status == AMBIGUOUS and parsed.choices == (1.25, 1_250.0)  # the plausible reading first
    # The same text in a field without such a limit (a car's value) is € 1.250.
    assert parse_amount("1.250") == parse_amount("1.250,00")
    assert parse_amount("1.250").value == 1_250.0
    # A plausible wage with a decimal dot is not asked.
    assert parse_amount("16.50", plausible_max=WAGE_MAX).value == 16.5


@pytest.mark.parametrize(("text", "reason"), [
    ("abc", "not_a_number"), ("1.2.3", "not_a_number"), ("12,34,5", "not_a_number"), ("-5", "negative"),
    ("16,505", "too_many_decimals"),  # neither € 16,505 (three decimals) nor a guess at € 16.505
    ("1,2345", "too_many_decimals"), ("1 2 3", "not_a_number"),
])
def test_what_is_not_an_amount_is_refused_with_a_reason(text, reason):
    parsed = parse_amount(text)
    assert parsed.status == INVALID and parsed.reason == reason and parsed.value is None


def test_empty_and_units():
    assert parse_amount("").status == EMPTY and parse_amount(" € ").status == EMPTY
    assert parse_amount("24,5 uur", decimals=2, unit=" uur").value == 24.5
    assert parse_amount("12 mnd", decimals=0, unit=" mnd").value == 12.0
    assert parse_amount("22,5", decimals=0).reason == "too_many_decimals"  # an age is a whole number
    assert parse_amount("22,0", decimals=0).value == 22.0


@pytest.mark.parametrize(("text", "day"), [
    ("1-1-2026", date(2026, 1, 1)), ("01-01-2026", date(2026, 1, 1)), ("1/1/2026", date(2026, 1, 1)),
    ("1.1.2026", date(2026, 1, 1)), ("01012026", date(2026, 1, 1)), ("2026-01-01", date(2026, 1, 1)),
    ("15-2-26", date(2026, 2, 15)), ("1 maart 2026", date(2026, 3, 1)), ("3 mrt 2026", date(2026, 3, 3)),
    ("010126", date(2026, 1, 1)),
    # a month in a date field: its first day
    ("03-2026", date(2026, 3, 1)), ("maart 2026", date(2026, 3, 1)), ("mrt 26", date(2026, 3, 1)),
])
def test_dates_as_typed(text, day):
    parsed = parse_date_text(text)
    assert parsed.status == OK and parsed.value == day


@pytest.mark.parametrize(("text", "month"), [
    ("03-2026", date(2026, 3, 1)), ("3-2026", date(2026, 3, 1)), ("3/2026", date(2026, 3, 1)),
    ("032026", date(2026, 3, 1)), ("0326", date(2026, 3, 1)), ("3-26", date(2026, 3, 1)),
    ("maart 2026", date(2026, 3, 1)), ("mrt 26", date(2026, 3, 1)), ("mrt. 2026", date(2026, 3, 1)),
    ("Maart '26", date(2026, 3, 1)), ("2026-03", date(2026, 3, 1)),
    ("1-3-2026", date(2026, 3, 1)), ("17-03-2026", date(2026, 3, 1)),  # a date in a month field: its month
    ("okt 2027", date(2027, 10, 1)),
])
def test_months_as_typed(text, month):
    parsed = parse_date_text(text, month=True)
    assert parsed.status == OK and parsed.value == month


@pytest.mark.parametrize(("text", "reason"), [
    ("32-1-2026", "not_a_date"), ("1-13-2026", "not_a_date"), ("31-2-2026", "not_a_date"), ("morgen", "not_a_date"),
    ("1-3", "no_year"), ("maart", "no_year"), ("0326", "no_year"),  # four digits in a date field: no year
])
def test_what_is_not_a_date_is_refused(text, reason):
    parsed = parse_date_text(text)
    assert parsed.status == INVALID and parsed.reason == reason and parsed.value is None
