"""The vrijlating counter reads a month at another count from the first pass (timeline.money.CountGrid) instead of
running the month pipeline again: the values it reads are those the pipeline gives for that count, and a
projection whose counter moves months runs the pipeline once per group of months."""

from __future__ import annotations

import copy

import numpy as np
from hypothesis import HealthCheck, given, settings

import werktloont.engine.timeline.money as money
from tests.engine.test_one_answer import cases
from werktloont.engine.prepared import prepare
from werktloont.engine.timeline import project, vrijlating
from werktloont.errors import MissingParameterError

# A couple: the partner's own job and the offer together lie above the norm in some months, so those months have
# no bijstand, use up no month of the art. 31 lid 2 n period, and the months after them move to a lower count.
COUPLE = {"format": "werktloont-case/1", "date": "2026-03-01",
          "household": {"adults": [{"age": 35}, {"age": 33, "current_job": {"hourly_wage": 15.0,
                                                                             "hours_per_week": 12}}],
                        "rent": {"base_rent": 700.0}},
          "job": {"hours_per_week": 24, "hourly_wage": 16.0}}


def _seeded_top(proj) -> np.ndarray:
    """The highest counts as the first pass has them: the seed's, before the counter moved any month."""
    plans = copy.deepcopy(proj.plans)
    vrijlating.seed(proj.groups, plans)
    return vrijlating.top_counts(plans)


def _grid_equals_the_pipeline(case) -> int:
    """Every (month, count) of the grid against the pipeline run for that month at that count; returns how many
    were compared."""
    proj = project(case)
    plans, wage = proj.plans, proj.prepared.case.job.hourly_wage or 0.0
    top = _seeded_top(proj)
    _, grid = money.compute_with_counts(proj.groups, plans, wage, proj.prepared.overlay, proj.hh_free, top)
    kept = plans[money.JOB].months_into_job.copy()
    compared = 0
    for i in np.flatnonzero(top).tolist():
        for c in range(1, int(top[i]) + 1):
            plans[money.JOB].months_into_job[i] = c
            only = np.zeros((2, len(proj.months)), dtype=bool)
            only[money.JOB, i] = True
            again = money.compute(proj.groups, plans, wage, proj.prepared.overlay, proj.hh_free, only=only)
            read = {k: np.full((2, len(proj.months)), -1.0) for k in again}
            grid.put(read, np.array([i]), np.array([c]))
            for k in again:
                assert read[k][money.JOB, i] == again[k][money.JOB, i], (k, i, c)
            compared += 1
        plans[money.JOB].months_into_job[i] = kept[i]
    return compared


def test_a_month_read_at_another_count_is_the_pipelines_month_at_that_count():
    assert _grid_equals_the_pipeline(COUPLE) > 24


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_the_grid_equals_the_pipeline_for_generated_households(case):
    try:
        prepared = prepare(case)
        if prepared.case.job is None or prepared.case.job.hours_per_week <= 0:
            return
        _grid_equals_the_pipeline(prepared)
    except MissingParameterError:
        return


def test_the_counter_moves_months_without_running_the_pipeline_again(monkeypatch):
    calls: list[int] = []
    real = money.compute_month

    def counted(*args, **kwargs):
        calls.append(len(kwargs["hours_per_week"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(money, "compute_month", counted)
    proj = project(COUPLE)
    # The counter did move months (some months of the job count lower than "every month with work")...
    working = proj.plans[money.JOB].hours > 0
    assert (proj.plans[money.JOB].months_into_job[working] < _seeded_top(proj)[working]).any()
    # ...and the pipeline ran once per group of months: no second pass for the months it moved.
    assert len(calls) == len(proj.groups)
