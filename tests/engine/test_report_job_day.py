"""Reporting the job to the gemeente (Participatiewet art. 17): the answer's action and its follow-up plan say the
same thing. A job that starts on the case date leaves no working day before it, so both say "meteen"; a job that
starts later is reported before its first day."""

from __future__ import annotations

from datetime import date

from werktloont import api
from werktloont.engine.timeline.summary import report_job_day

SINGLE = {"date": "2026-03-01", "household": {"adults": [{"age": 35}], "rent": {"base_rent": 650.0}},
          "job": {"hours_per_week": 24, "hourly_wage": 15.0}}


def test_the_day_to_report_the_job():
    # 1 March 2026 is a Sunday: the working day before it (Friday 27 February) lies before the case date, so the
    # first working day from the case date, Monday 2 March, on or after the first day of the job: at once.
    assert report_job_day(date(2026, 3, 1), date(2026, 3, 1)) == (date(2026, 3, 2), True)
    # A job from Tuesday 1 December 2026, the case date in November: Monday 30 November, before it.
    assert report_job_day(date(2026, 12, 1), date(2026, 11, 10)) == (date(2026, 11, 30), False)


def test_a_job_from_the_case_date_is_reported_at_once_in_the_action_and_the_plan():
    result = api.calculate(SINGLE)
    action = next(a for a in result["action_codes"] if a["code"] == "report_job")
    assert action["started"] is True
    assert result["actions"][0].startswith("Meld de baan en de startdatum meteen bij de gemeente")
    step = next(s for s in result["followup"]["steps"] if s["code"] == "report_job")
    assert step["date"] == "2026-03-02" and "meteen" in step["text"]


def test_a_later_job_is_reported_before_its_first_day():
    case = dict(SINGLE, job=dict(SINGLE["job"], start="2026-12-01"))
    result = api.calculate(case)
    action = next(a for a in result["action_codes"] if a["code"] == "report_job")
    assert action["started"] is False
    assert result["actions"][0].startswith("Meld de baan en de startdatum bij de gemeente vóór u begint")
    step = next(s for s in result["followup"]["steps"] if s["code"] == "report_job")
    assert step["date"] == "2026-11-30"
