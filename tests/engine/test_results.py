"""One result builder: batch and calculate give the same keys and rounding; parts add up to the cent."""

import pytest

from werktloont.api import batch, calculate, curve
from werktloont.engine.components import COSTS, INCOME

CASE = {
    "format": "werktloont-case/1", "date": "2026-01-01",
    "household": {"adults": [{"age": 35}], "children": [{"age": 4}],
                  "rent": {"base_rent": 733.333, "service_costs": 41.005}},
    "assets": {"savings": 100.005},
    "job": {"hourly_wage": 14.7149, "hours_per_week": 23.333, "travel_costs": 19.995},
}


def adds_up(part: dict) -> bool:
    total = sum(part[k] for k in INCOME) - sum(part[k] for k in COSTS)
    return abs(total - part["disposable"]) < 1e-9


def test_batch_and_calculate_build_the_same_result():
    single = calculate(CASE, timeline=False)
    (from_batch,) = batch([CASE])
    # calculate may add what needs one case at a time (explanations, timeline, warnings); batch has nothing else
    assert set(from_batch) <= set(single)
    for key in ("without_job", "with_job", "gain_per_month", "asset_test", "details", "job", "parameters"):
        assert from_batch[key] == single[key], key


def test_savings_rounded_half_up_in_both():
    # 100,005 euros of savings: half a cent rounds up to 100,01 (cents, halves up), in calc and in batch alike.
    assert calculate(CASE, timeline=False)["asset_test"]["counted"] == 100.01
    assert batch([CASE])[0]["asset_test"]["counted"] == 100.01


def test_parts_add_up_to_the_total_to_the_cent():
    r = calculate(CASE)
    assert adds_up(r["without_job"]) and adds_up(r["with_job"])
    assert r["gain_per_month"] == pytest.approx(r["with_job"]["disposable"] - r["without_job"]["disposable"], abs=1e-9)
    for e in r["timeline"]:
        parts = sum(e[k] for k in INCOME) - sum(e[k] for k in COSTS) + e["ww"]
        assert e["disposable"] == pytest.approx(parts, abs=1e-9), e["month"]
        cash = e["disposable"] + e["toeslagen_settlement"] + sum(e["cash_timing"].values())
        assert e["cash"] == pytest.approx(cash, abs=1e-9), e["month"]


def test_curve_points_add_up_and_match_calculate_at_the_offered_hours():
    cv = curve(CASE, "hours", 0, 40, 0.5)
    for i in range(len(cv["x"])):
        point = {k: cv[k][i] for k in (*INCOME, *COSTS, "disposable")}
        assert adds_up(point), cv["x"][i]
    job24 = dict(CASE, job=dict(CASE["job"], hours_per_week=24.0))
    at24 = calculate(job24, timeline=False)["with_job"]
    i = cv["x"].index(24.0)
    assert {k: cv[k][i] for k in at24} == at24
