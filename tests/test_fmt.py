"""Dutch amounts on screen, in the CLI and in the report: € 1.234,56, halves rounded up like the amounts."""

import pytest

from werktloont import fmt


@pytest.mark.parametrize("value,decimals,shown", [
    (2990.50, 0, "€ 2.991"),      # half a euro up (Python's round() would give 2.990: half to even)
    (2705.50, 0, "€ 2.706"),
    (2.5, 0, "€ 3"),
    (-2.5, 0, "-€ 3"),
    (100.005, 2, "€ 100,01"),     # half a cent up, as the engine rounds savings
    (1234.565, 2, "€ 1.234,57"),
    (-0.004, 2, "€ 0,00"),        # no minus sign before a zero
    (10_000_000.0, 2, "€ 10.000.000,00"),
])
def test_eur_rounds_half_up_with_dutch_separators(value, decimals, shown):
    assert fmt.eur(value, decimals) == shown


def test_a_difference_shown_in_whole_euros_matches_the_parts():
    # Without job € 2.705,50, with job € 2.990,50, difference € 285,00: in whole euros 2.706, 2.991 and 285.
    without, with_job = 2705.50, 2990.50
    assert int(fmt.eur(with_job, 0)[2:].replace(".", "")) - int(fmt.eur(without, 0)[2:].replace(".", "")) == 285


@pytest.mark.parametrize("value,decimals,shown", [
    # Amounts already in cents are shown from their own digits, padded; the rest is rounded half up.
    (1234.5, 2, "1.234,50"),
    (-1234.5, 2, "-1.234,50"),
    (-0.0, 2, "0,00"),            # no minus sign before a zero, also a negative zero
    (7.0, 0, "7"),
    (0.1 + 0.2, 2, "0,30"),       # 0.30000000000000004: more places than asked, so rounded
    (1e16, 2, "10.000.000.000.000.000,00"),  # repr 1e+16: written out in full
    (12.3456, 4, "12,3456"),
])
def test_number_nl_with_and_without_rounding(value, decimals, shown):
    assert fmt.number_nl(value, decimals) == shown
