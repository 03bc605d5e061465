"""A job that starts or ends outside the 24 months must not crash calc or timeline; a job that starts later makes
the projection look far enough ahead to see it (up to 60 months)."""

import pytest

from werktloont.api import calculate, project


def _case(job):
    return {"format": "werktloont-case/1", "date": "2026-03-01",
            "household": {"adults": [{"age": 22}], "children": [
                {"age": 3, "childcare": {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 9}}]},
            "job": dict({"hours_per_week": 24, "hourly_wage": 15}, **job)}


@pytest.mark.parametrize("job", [
    {"contract_months": 120},                      # ends 118 months after the window ends
    {"contract_months": 25},                       # ends the month after the window
    {"start": "2028-06-01"},                       # starts 27 months out, no end
    {"start": "2028-06-01", "contract_months": 6},  # starts and ends after the window
])
def test_job_outside_the_window_is_computed(job):
    result = calculate(_case(job))
    assert len(result["timeline"]) >= 24
    if "start" in job:  # 27 months out: the projection reaches it, and the answer's first month is the job's
        assert result["first_month"] == "2028-06" and result["headline"]["kind"] in ("permanent", "temporary")
    summary = project(_case(job))["summary"]
    if "contract_months" in job and "start" not in job:
        # 2026-03 + n - 1 months: 25 months -> 2028-03, 120 months -> 2036-02 (hand count)
        assert summary["contract_end"] == {25: "2028-03", 120: "2036-02"}[job["contract_months"]]
