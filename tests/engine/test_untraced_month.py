"""The month pipeline without its parameter trace (`compute_month(..., traced=False)`, for a curve's points and the
projection's money, which read only the values): the same values to the bit, nothing recorded, and what it leaves
in the snapshot's and the household's caches is traced as a traced month would have traced it, so a later
explanation names the same parameters."""

from __future__ import annotations

import numpy as np
import pytest

from werktloont.engine.compose import compute_month, toeslagen_at
from werktloont.engine.prepared import prepare
from werktloont.params.snapshot import Snapshot

CASES = {
    "single parent, childcare, municipality": {
        "format": "werktloont-case/1", "date": "2026-01-01",
        "household": {"adults": [{"age": 35}], "children": [
            {"age": 4, "childcare": {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 10.5}}, {"age": 8}],
            "rent": {"base_rent": 750.0, "service_costs": 40.0}},
        "assets": {"savings": 1500.0},
        "job": {"hourly_wage": 14.71, "hours_per_week": 24, "travel_costs": 30.0},
        "municipality": "voorbeeldgemeente"},
    "couple, own job": {
        "format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 35}, {"age": 33, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}}],
                      "rent": {"base_rent": 700.0}},
        "job": {"hours_per_week": 24, "hourly_wage": 16.0}},
    "22, a car": {
        "format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 22}], "rent": {"base_rent": 600.0}},
        "assets": {"savings": 300.0, "car_value": 46000.0},
        "job": {"hours_per_week": 24}},
}


def _month(prepared, snap: Snapshot, traced: bool):
    """Without the job and with it, at 0,5, 1 and 2 times the offered hours (childcare following the hours)."""
    job = prepared.case.job
    scale = np.array([0.0, 0.5, 1.0, 2.0])
    return compute_month(snap, prepared.hh, hourly_wage=np.full(4, job.hourly_wage),
                         hours_per_week=scale * job.hours_per_week, months_into_job=np.array([0, 1, 1, 1]),
                         childcare_scale=scale, overlay=prepared.overlay, existing_months=np.array([1, 1, 1, 1]),
                         benefit_gross=np.zeros(4), bijstand_factor=np.ones(4), traced=traced)


@pytest.mark.parametrize("name", CASES)
def test_an_untraced_month_has_the_values_and_leaves_the_trace_of_a_traced_one(name):
    prepared = prepare(CASES[name])
    day = prepared.snap.on
    # Each on a snapshot of its own: the caches the first month fills are empty at its start.
    reference = _month(prepared, Snapshot(prepared.pack, day), traced=True)
    snap = Snapshot(prepared.pack, day)
    untraced = _month(prepared, snap, traced=False)
    assert untraced.used == {}
    assert set(untraced.values) == set(reference.values)
    for k, a in reference.values.items():
        assert np.asarray(untraced.values[k]).tobytes() == np.asarray(a).tobytes(), k
    # A traced month after it, on the caches the untraced one built: the same trace, component by component.
    after = _month(prepared, snap, traced=True)
    assert after.used == reference.used and "bijstand" in after.used and "huurtoeslag" in after.used


def test_untraced_toeslagen_name_no_parameter():
    prepared = prepare(CASES["22, a car"])
    ti = np.array([0.0, 20_000.0, 40_000.0])
    traced = toeslagen_at(prepared.snap, prepared.hh, ti, cc_hours=None, work_condition=False)
    untraced = toeslagen_at(prepared.snap, prepared.hh, ti, cc_hours=None, work_condition=False, traced=False)
    assert all(untraced[k]["used"] == () for k in untraced)
    assert any(traced[k]["used"] for k in traced)  # the traced call names what it read
    for k in traced:
        assert np.asarray(untraced[k]["per_month"]).tobytes() == np.asarray(traced[k]["per_month"]).tobytes(), k
