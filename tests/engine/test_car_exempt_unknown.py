"""An unknown municipal car amount (Participatiewet art. 34 lid 2 a) is said, not decided silently; the answer with
the klantmanager's amount stands next to the one without it. Every other municipal value the overlay marks unknown
is named too."""

import pytest

from werktloont import api
from werktloont.engine.calculate import calculate
from werktloont.texts.notices import notice_lines

NORM_2026_01 = 1401.50  # art. 21 a, geldend 2026-01-01
CASE = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 35}]},
        "assets": {"savings": 5000.0, "car_value": 5000.0}, "job": {"hours_per_week": 24}}


def with_assets(**assets):
    return {**CASE, "assets": {**CASE["assets"], **assets}}


def test_no_amount_known_the_whole_car_counts_and_the_result_says_so():
    # 5.000 savings + 5.000 car = 10.000 > 8.000 (art. 34 lid 3 a): no bijstand, because nothing is left free.
    r = calculate(CASE, timeline=False)
    assert r["asset_test"]["counted"] == pytest.approx(10000.0) and not r["asset_test"]["eligible"]
    notice = [n for n in r["notices"] if n["code"] == "car_exempt_unknown"]
    assert notice and notice[0]["reason"] is None
    assert r["car_exempt_alternative"] is None  # no amount of our own: the law leaves it to the gemeente
    text = " ".join(notice_lines(r))
    assert "Welk bedrag laat uw gemeente vrij voor een auto?" in text


def test_the_klantmanager_gives_the_amount_both_answers_side_by_side():
    # With 3.500 left free: 5.000 + (5.000 - 3.500) = 6.500 <= 8.000: bijstand without the job, the whole norm
    # 1.401,50 (no other income). Without it (the alternative): 10.000 > 8.000, no bijstand.
    r = api.calculate(with_assets(car_exempt=3500.0), timeline=False)
    assert not [n for n in r["notices"] if n["code"] == "car_exempt_unknown"]
    assert r["asset_test"]["counted"] == pytest.approx(6500.0)
    assert r["without_job"]["bijstand"] == pytest.approx(NORM_2026_01, abs=0.01)
    alt = r["car_exempt_alternative"]
    assert alt["exempt"] == 3500.0 and alt["basis"] == "whole_car" and alt["alternative_exempt"] == 0.0
    assert alt["asset_test"]["counted"] == pytest.approx(10000.0) and alt["without_job"]["bijstand"] == 0.0
    assert alt["gain_per_month"] > r["gain_per_month"]  # without bijstand the job adds more
    first, second = alt["text"]
    assert first.startswith("Met € 3.500,00 van de auto vrijgelaten (uw invoer): Met deze baan")
    assert second.startswith("Als niets wordt vrijgelaten (de hele auto telt mee): Met deze baan")


def test_overlay_marks_the_car_amount_unknown_and_names_its_other_unknown_values():
    # Amsterdam's overlay: the car amount and several schemes are unknown (parameters/gemeenten/amsterdam.yaml).
    r = calculate({**CASE, "municipality": "amsterdam"}, timeline=False)
    car = [n for n in r["notices"] if n["code"] == "car_exempt_unknown"]
    assert car and "CVDR736729" in car[0]["reason"]
    schemes = [n for n in r["notices"] if n["code"] == "municipal_value_unknown"]
    assert schemes and all(n["reason"] and n["label"]["nl"] for n in schemes)
    words = api.calculate({**CASE, "municipality": "amsterdam"}, timeline=False)
    assert any("het bedrag van de gemeente is niet bekend; hier telt het als € 0" in line
               for line in notice_lines(words))


def test_a_published_municipal_amount_needs_no_notice():
    # Meerssen publishes 4.500 (Uitvoeringsbesluit vermogensvaststelling Maastricht-Heuvelland 2016, art. 1).
    r = calculate({**CASE, "municipality": "meerssen"}, timeline=False)
    assert not [n for n in r["notices"] if n["code"] == "car_exempt_unknown"]
    assert r["car_exempt_alternative"] is None
