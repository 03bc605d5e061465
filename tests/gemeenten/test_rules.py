"""The schemes as the law has them: IIT reference period (PW art. 36), kwijtschelding payment capacity, car amount."""

from datetime import date

import numpy as np
import pytest

from werktloont.params.schema import Overlay
from werktloont.rules.gemeente import regelingen

SRC = [{"title": "test", "url": "https://example.org"}]


def overlay(**extra) -> Overlay:
    data = {"format": "werktloont-gemeente/1", "gemeente": "testgemeente", "label": {"nl": "Test", "en": "Test"},
            "example": False, "version": "2026.1.1", "last_verified": "2026-11-29",
            "schemes": [{"id": "k", "kind": "kwijtschelding", "label": {"nl": "K", "en": "K"},
                         "household_types": ["alleenstaande"],
                         "values": {"2026-01-01": {"income_limit_pct": 100, "amount": 420, "norm_pct": 100,
                                                   "capacity_share_pct": 80, "sources": SRC,
                                                   "confidence": "low"}}}]}
    data.update(extra)
    return Overlay.model_validate(data)


def kwijtschelding_per_year(income: float, norm: float = 1000.0) -> float:
    a = regelingen.active_schemes(overlay(), date(2026, 6, 1))[0]
    m = regelingen.regeling(a, household_code=0, client_age=40, income=income, norm_amount=norm,
                            assets_ok_bijstand=True, counted_assets=0.0)
    return round(float(m) * 12, 2)


def test_kwijtschelding_payment_capacity():
    # Aanslag € 420 a year. Kosten van bestaan 100 % of a norm of € 1.000. Income € 1.020: capacity
    # 80 % x (1.020 - 1.000) = € 16 a month = € 192 a year; remitted 420 - 192 = € 228.
    assert kwijtschelding_per_year(1020.0) == 228.0
    # At or below the kosten van bestaan nothing can be paid: all € 420 remitted.
    assert kwijtschelding_per_year(1000.0) == 420.0
    # Income € 1.050: capacity 80 % x 50 x 12 = 480 > 420: nothing remitted.
    assert kwijtschelding_per_year(1050.0) == 0.0


def test_kwijtschelding_never_negative_and_monotone():
    incomes = np.linspace(800, 1200, 81)
    got = [kwijtschelding_per_year(float(x)) for x in incomes]
    assert min(got) >= 0 and all(b <= a + 1e-9 for a, b in zip(got, got[1:]))


def test_iit_reference_period_every_month():
    # 24 months, IIT € 10 a month while income is low; a job above the limit in months 3 and 4. With a 12-month
    # reference period, the toeslag is lost from month 3 through month 3 + 12 - 1 + 1 = 15 (the last high month is
    # 4; the window of month 15 is months 4..15, still containing month 4) and back in month 16.
    t = 24
    low = np.ones((1, t), dtype=bool)
    low[0, 3:5] = False
    amount = np.where(low, 10.0, 0.0)
    got = regelingen.iit_reference_period(amount, low, 12)
    assert list(np.nonzero(got[0] == 0)[0]) == list(range(3, 16))
    assert got[0, 16] == 10.0


def test_iit_reference_period_average():
    # Average test over 6 months, limit 110 %, on bijstand before (ratio 100/110 = 0,909). One month at 1,5 x the
    # limit: window average = (5 x 0,909 + 1,5) / 6 = 1,0076 > 1 -> lost while that month is in the window.
    t = 12
    ratio = np.full((1, t), 100 / 110)
    ratio[0, 2] = 1.5
    amount = np.where(ratio <= 1, 10.0, 0.0)
    got = regelingen.iit_reference_period(amount, ratio <= 1, 6, "average", ratio=ratio, prior_ratio=100 / 110)
    assert list(np.nonzero(got[0] == 0)[0]) == [2, 3, 4, 5, 6, 7]
    # A small excess is averaged away: 1,05 x the limit in one month -> (5 x 0,909 + 1,05) / 6 = 0,933.
    ratio[0, 2] = 1.05
    amount = np.where(ratio <= 1, 10.0, 0.0)
    got = regelingen.iit_reference_period(amount, ratio <= 1, 6, "average", ratio=ratio, prior_ratio=100 / 110)
    assert got[0, 3] == 10.0 and got[0, 2] == 0.0  # the month itself is above its own limit


def test_car_amount_by_date():
    cars = {"2025-01-01": {"value": 3500, "sources": SRC, "confidence": "medium"},
            "2026-01-01": {"unknown": "nog niet nagelezen", "sources": SRC, "confidence": "low"}}
    ov = overlay(auto_algemeen_gebruikelijk=cars)
    assert regelingen.auto_algemeen_gebruikelijk(ov, date(2025, 6, 1)) == 3500.0
    assert regelingen.auto_algemeen_gebruikelijk(ov, date(2024, 6, 1)) is None
    assert regelingen.auto_algemeen_gebruikelijk(ov, date(2026, 6, 1)) is None


@pytest.mark.parametrize("income,expected", [(1000.0, 35.0), (1100.0, 0.0)])
def test_example_kwijtschelding_without_norm_pct_stays_all_or_nothing(income, expected):
    values = {"2026-01-01": {"income_limit_pct": 100, "amount": 420, "sources": SRC, "confidence": "low"}}
    schemes = [{"id": "k", "kind": "kwijtschelding", "label": {"nl": "K", "en": "K"},
                "household_types": ["alleenstaande"], "values": values}]
    ov = overlay(example=True, schemes=schemes)
    a = regelingen.active_schemes(ov, date(2026, 6, 1))[0]
    m = regelingen.regeling(a, household_code=0, client_age=40, income=income, norm_amount=1000.0,
                            assets_ok_bijstand=True, counted_assets=0.0)
    assert float(m) == pytest.approx(expected)


def test_meerssen_car_amount(overlays):
    # Gemeente Meerssen, Uitvoeringsbesluit vermogensvaststelling Participatiewet Maastricht-Heuvelland 2016 e.v.,
    # art. 1: "Een auto of motor met een waarde tot maximaal € 4.500 wordt beschouwd als algemeen gebruikelijk."
    assert regelingen.auto_algemeen_gebruikelijk(overlays["meerssen"], date(2026, 1, 1)) == 4500.0
    assert overlays["meerssen"].schemes == []


def test_meerssen_car_amount_reaches_the_asset_test():
    # Same besluit, art. 1: "Indien de waarde meer bedraagt dan € 4.500 wordt de meerwaarde aangemerkt als
    # vermogen." A car of € 9.000 and no savings: counted 9.000 - 4.500 = € 4.500.
    from werktloont import api

    case = {"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": [{"age": 35}]},
            "municipality": "meerssen", "assets": {"savings": 0, "car_value": 9000}, "job": None}
    assert api.calculate(case, timeline=False)["asset_test"]["counted"] == pytest.approx(4500.0)
