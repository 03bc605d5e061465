"""Wet minimumloon en minimumvakantiebijslag rules: the minimum wage per hour by age, and per month.

Per hour (WML art. 8, the amounts the half-yearly regeling puts in their place; youth wages Besluit
minimumjeugdloonregeling art. 2: 15 jaar 30 %, 16 jaar 34,5 %, 17 jaar 39,5 %, 18 jaar 50 %, 19 jaar 60 %, 20 jaar
80 % of the 21+ hourly wage, rounded to the cent, half a cent up); no statutory minimum below 15. Published tables:
- 2025-01-01, SVB "Bedragen minimumlonen vanaf 1 januari 2025": 14,06 / 11,25 / 8,44 / 7,03 / 5,55 / 4,85 / 4,22;
- 2025-07-01, regeling Stcrt. 2025, 12264 (as quoted by Admintrend): 14,40 / 11,52 / 8,64 / 7,20 / 5,69 / 4,97 / 4,32;
- 2026-01-01, Rijksoverheid "Uitkeringsbedragen per 1 januari 2026" (21+: 14,71) and the youth amounts of the
  regeling as quoted by Groothedde Accountants and Vertiadvies: 11,77 / 8,83 / 7,36 / 5,81 / 5,07 / 4,41.
Per month: WML art. 14 lid 10 and art. 15 lid 2 take a month as 4 1/3 weeks; art. 8 lid 1 b is the monthly amount
other laws use (2.294,40 from 2026-01-01; Admintrend, "referentiemaandloon").
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from werktloont.params import load_pack
from werktloont.rules.toeslagenwet.toeslag import minimumloon_dag
from werktloont.rules.wet_minimumloon.minimumloon import minimumuurloon


def p(on: str):
    return load_pack().at(date.fromisoformat(on)).reg("minimumloon")


AGES = [21, 20, 19, 18, 17, 16, 15]

PUBLISHED = {
    # 21+, 20, 19, 18, 17, 16, 15; the arithmetic for 2026: 14,71 x 80 % = 11,768 -> 11,77; x 60 % = 8,826 -> 8,83;
    # x 50 % = 7,355 -> 7,36 (half a cent up); x 39,5 % = 5,81045 -> 5,81; x 34,5 % = 5,07495 -> 5,07;
    # x 30 % = 4,413 -> 4,41.
    "2025-01-01": [14.06, 11.25, 8.44, 7.03, 5.55, 4.85, 4.22],
    "2025-07-01": [14.40, 11.52, 8.64, 7.20, 5.69, 4.97, 4.32],
    "2026-01-01": [14.71, 11.77, 8.83, 7.36, 5.81, 5.07, 4.41],
}


@pytest.mark.parametrize("on", sorted(PUBLISHED))
def test_minimum_hourly_wage_by_age_matches_the_published_table(on):
    got = [float(minimumuurloon(age, p(on))) for age in AGES]
    assert got == pytest.approx(PUBLISHED[on], abs=0.001)


def test_minimum_hourly_wage_for_many_ages_at_once():
    # The same rule on an array: 14 has no statutory minimum (the right starts at 15); 22, 40 and 66 get the 21+
    # amount (WML art. 7: from 21 the full minimumloon).
    got = minimumuurloon(np.array([14, 15, 20, 21, 22, 40, 66]), p("2026-01-01"))
    assert got.tolist() == pytest.approx([0.0, 4.41, 11.77, 14.71, 14.71, 14.71, 14.71], abs=0.001)


def test_minimum_hourly_wage_on_the_last_day_before_a_change():
    # The 2025-07-01 amount holds until 2025-12-31 (14,40), the new one from 2026-01-01 (14,71).
    assert float(minimumuurloon(35, p("2025-12-31"))) == pytest.approx(14.40, abs=0.001)
    assert float(minimumuurloon(35, p("2026-01-01"))) == pytest.approx(14.71, abs=0.001)


@pytest.mark.parametrize(("hours", "expected", "arithmetic"), [
    (40, 2496.00, "14,40 x 40 x 4 1/3 = 576 x 13 / 3"),
    (38, 2371.20, "14,40 x 38 x 4 1/3 = 547,20 x 13 / 3"),
    (24, 1497.60, "14,40 x 24 x 4 1/3 = 345,60 x 13 / 3"),
])
def test_minimum_wage_per_month_from_the_hourly_wage(hours, expected, arithmetic):
    # The month of a job at the minimum wage (MKB Servicedesk, "minimumloon per 1 juli 2025 per uur en per maand":
    # 2.496,00 at 40 h and 2.371,20 at 38 h): hourly wage x hours a week x 4 1/3 weeks.
    q = p("2025-07-01")
    month = float(minimumuurloon(30, q)) * hours * q["weken_per_maand"]
    assert month == pytest.approx(expected, abs=0.005), arithmetic


def test_monthly_minimum_wage_by_age_for_the_toeslagenwet():
    # Toeslagenwet art. 1 lid 1 f: the minimumloon per month (WML art. 8 lid 1 b, 2026: 2.294,40) / 21,75 days; for
    # an ongehuwde of 20 the youth percentage: 80 % x 2.294,40 = 1.835,52 a month -> 84,391724 a day. A gehuwde of
    # 20 gets the full amount: 2.294,40 / 21,75 = 105,489655 a day.
    q = p("2026-01-01")
    assert q["minimummaandloon"] == pytest.approx(2294.40, abs=0.001)
    young = minimumloon_dag(situatie="alleenstaande", age=20, minimummaandloon=2294.40, dagen=21.75, p_ml=q)
    married = minimumloon_dag(situatie="gehuwd", age=20, minimummaandloon=2294.40, dagen=21.75, p_ml=q)
    assert young == pytest.approx(1835.52 / 21.75, abs=1e-9) and young * 21.75 == pytest.approx(1835.52, abs=0.001)
    assert married == pytest.approx(105.489655, abs=1e-6)


def test_holiday_allowance_is_eight_percent():
    # WML art. 15 lid 1: the minimumvakantiebijslag is 8 % of the wage; art. 17: paid in June by default.
    q = p("2026-01-01")
    assert q.rate("vakantiebijslag_percent") == pytest.approx(0.08, abs=1e-12)
    assert q["vakantiebijslag_uitbetaalmaand"] == 6
