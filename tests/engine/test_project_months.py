"""The months' own values without the cash (timeline.project_months), what a curve of a case given on its own
reads its month from: the same months as the projection, stopping where the months' own amounts stop (their
toeslagen included), and not where only the cash timing stops."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from tests.engine.test_one_answer import cases
from werktloont.api import calculate, curve
from werktloont.engine.timeline import project, project_months
from werktloont.errors import MissingParameterError
from werktloont.params import load_pack

# A job that starts ten months after the case month: the months up to it span two calendar years.
LATER_START = {"format": "werktloont-case/1", "date": "2026-03-01",
               "household": {"adults": [{"age": 35}], "rent": {"base_rent": 650.0}},
               "job": {"hours_per_week": 24, "hourly_wage": 15.0, "start": "2027-01-01"}}


def _unknown_in_a_copy(pack, param_id: str, year: int | None = None):
    """A copy of `pack` in which `param_id` is unknown (only its entry that starts in `year`, when given)."""
    index = dict(pack.index)
    index[param_id] = [dataclasses.replace(e, unknown="niet gepubliceerd (test)")
                       if year is None or e.start.year == year else e for e in pack.index[param_id]]
    return dataclasses.replace(pack, index=index, _snapshots={})


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_the_months_own_values_are_the_projections(case):
    try:
        whole = project(case, horizon=6)
    except MissingParameterError:  # e.g. the 2025 childcare table above its known income: both stop
        with pytest.raises(MissingParameterError):
            project_months(case, horizon=6)
        return
    months = project_months(case, horizon=6)
    assert months.months == whole.months and months.first == whole.first and months.info == whole.info
    assert set(months.res) == set(whole.res)  # the months' toeslagen too
    for key, values in whole.res.items():
        assert np.array_equal(months.res[key], values), key
    for mine, theirs in zip(months.walks, whole.walks, strict=True):
        assert all(np.array_equal(mine[k], theirs[k]) for k in theirs)
    assert months.entries == [] and months.summary == {}  # never an answer


def test_a_curve_stops_where_a_month_before_its_own_needs_an_unknown_toeslag_value():
    # The standaardpremie of 2026 unknown, that of 2027 known: the curve's month (January 2027, the job's first)
    # could be computed, but the months before it, on their own toeslagen, cannot: the curve stops as the
    # projection does.
    pack = _unknown_in_a_copy(load_pack(), "zorgtoeslag.standaardpremie", year=2026)
    with pytest.raises(MissingParameterError) as err:
        curve(LATER_START, "hours", 0.0, 40.0, 4.0, pack=pack)
    assert err.value.param_id == "zorgtoeslag.standaardpremie"
    with pytest.raises(MissingParameterError):
        calculate(LATER_START, pack=pack)


def test_a_value_only_the_cash_timing_reads_does_not_stop_a_curve():
    # The month the bijstand's vakantietoeslag is paid moves money between months, never a month's own amount.
    pack = _unknown_in_a_copy(load_pack(), "bijstand.vakantietoeslag_uitbetaalmaand")
    with pytest.raises(MissingParameterError):
        calculate(LATER_START, pack=pack)
    assert curve(LATER_START, "hours", 0.0, 40.0, 4.0, pack=pack) == curve(LATER_START, "hours", 0.0, 40.0, 4.0)
