"""Werkloosheidswet and Dagloonbesluit rules, against hand calculations written out here."""

from datetime import date

import pytest

from werktloont.params import load_pack
from werktloont.rules.werkloosheidswet import ww


def p(on="2026-07-01"):
    return load_pack().at(on).reg("ww")


def test_weekdays_march_to_july_2026():
    # March 2026 starts on a Sunday: 22 weekdays; April 22; May 21; June 22; July 23 -> 110
    # (Dagloonbesluit art. 1 lid 2).
    assert ww.weekdays_between(date(2026, 3, 1), date(2026, 7, 31)) == 110
    assert ww.weekdays_between(date(2026, 3, 1), date(2026, 3, 1)) == 0  # a Sunday


def test_wekeneis_six_months_met_four_months_not():
    # 1 March - 31 August 2026: weeks of Monday 2 March ... Monday 31 August = 182 days / 7 + 1 = 27 weeks >= 26.
    r = ww.wekeneis(date(2026, 3, 1), date(2026, 8, 31), p())
    assert (r["weeks"], r["met"]) == (27, True)
    # 1 March - 30 June: Monday 2 March ... Monday 29 June = 119 / 7 + 1 = 18 weeks < 26 (art. 17 lid 1).
    r = ww.wekeneis(date(2026, 3, 1), date(2026, 6, 30), p())
    assert (r["weeks"], r["met"]) == (18, False)


def test_refertejaar_ends_two_periods_before():
    # Unemployed from 1 September: the refertejaar ends on the last day of July (Dagloonbesluit art. 2 lid 1).
    assert ww.refertejaar_einde(date(2026, 9, 1), p()) == date(2026, 7, 31)
    assert ww.refertejaar_einde(date(2027, 1, 1), p()) == date(2026, 11, 30)
    assert ww.refertejaar_einde(date(2027, 2, 1), p()) == date(2026, 12, 31)


def test_dagloon_short_job_and_cap():
    # 14,71 x 32 h x 52/12 = 2.039,79 a month; March-July 5 months x 1,08 / 110 dagloondagen = 100,135 (art. 5 lid 1).
    gross = 14.71 * 32 * 52 / 12
    r = ww.dagloon(wage_months=5, gross_month=gross, job_first_day=date(2026, 3, 1),
                   refertejaar_last_day=date(2026, 7, 31), p=p())
    assert r["days"] == 110
    assert r["dagloon"] == pytest.approx(gross * 5 * 1.08 / 110, abs=1e-9)
    assert r["dagloon"] == pytest.approx(100.135, abs=0.001)
    # A job that began before the refertejaar: D = 261; a high wage is capped at the maximumdagloon 309,91 (2026-07).
    r = ww.dagloon(wage_months=12, gross_month=12000.0, job_first_day=date(2024, 1, 1),
                   refertejaar_last_day=date(2026, 7, 31), p=p())
    assert r["days"] == 261 and r["capped"] and r["dagloon"] == 309.91


def test_uitkering_75_then_70_percent():
    # Art. 47: 75 % x 100,135 x 21,75 = 1.633,45 in months 1-2; 70 % x 100,135 x 21,75 = 1.524,56 from month 3.
    mml = load_pack().at("2026-07-01").reg("minimumloon")["minimummaandloon"]
    assert ww.uitkering_maand(100.135, 1, minimummaandloon=mml, p=p())["gross"] == pytest.approx(1633.45, abs=0.01)
    assert ww.uitkering_maand(100.135, 2, minimummaandloon=mml, p=p())["gross"] == pytest.approx(1633.45, abs=0.01)
    assert ww.uitkering_maand(100.135, 3, minimummaandloon=mml, p=p())["gross"] == pytest.approx(1524.56, abs=0.01)
    # Art. 41: below 1/8 of the minimumloon per month nothing is paid.
    assert ww.uitkering_maand(1.0, 1, minimummaandloon=mml, p=p())["gross"] == 0.0


@pytest.mark.parametrize("years,months", [(None, 3), (0, 3), (2, 3), (7, 7), (12, 11), (30, 20), (60, 24)])
def test_duur(years, months):
    # Art. 42: minimum 3, one month per year up to ten years, half a month per (post-2015) year above, maximum 24.
    assert ww.duur_maanden(years, p())["months"] == months


def test_fraction_of_last_month():
    assert ww.fraction_of_last_month(11.5) == 0.5
    assert ww.fraction_of_last_month(3.0) == 1.0
