"""The own-income fields: a file's values survive the form unchanged, a new
conversation keeps nothing of the previous partner, and a long fold summary never widens the inputs column."""

from __future__ import annotations

import copy

from tests.ui.test_compact import _fit
from werktloont.ui.example import blank_case, example_case

CASE = {"format": "werktloont-case/1", "date": "2026-01-01",
        "household": {"adults": [{"age": 30, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12.25},
                                  "other_income": [{"kind": "overig", "net_per_month": 123456.78}]}]},
        "job": {"hourly_wage": 14.71, "hours_per_week": 24}}


def test_quarter_hours_and_large_amounts_reach_the_case_unrounded(window):
    # 12,25 hours became 12,3 and € 123.456,78 became € 100.000 (the box's old maximum): the window then showed
    # other amounts than `werktloont calc` for the same file.
    window.inputs.set_case(copy.deepcopy(CASE))
    adult = window.inputs.case()["household"]["adults"][0]
    assert adult["current_job"]["hours_per_week"] == 12.25
    assert adult["other_income"][0]["net_per_month"] == 123456.78


def test_a_new_conversation_keeps_nothing_of_the_previous_partner(window):
    case = example_case()
    case["household"]["adults"] = [{"age": 30}, {"age": 25, "works": True}]
    window.load_case(case)
    window.load_case(blank_case("2026-01-01"))
    window.inputs.household.set_partner(True)
    partner = window.inputs.case()["household"]["adults"][1]
    assert "age" not in partner and not partner.get("works", False)  # empty, not 25 and "works"
    assert window.inputs.partner_age.is_empty() and window.inputs.partner_age.text() == ""


def test_a_long_income_summary_does_not_push_the_results_off_a_small_screen(window, qtbot):
    _fit(window, qtbot, 910, 512)
    case = example_case()
    case["household"]["adults"] = [{"age": 30, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12},
                                    "other_income": [{"kind": "kinderalimentatie", "net_per_month": 2500.0},
                                                     {"kind": "alimentatie", "net_per_month": 250.0}]}]
    window.load_case(case)
    window.state.recompute_now()
    window.inputs.client_income_toggle.setChecked(True)  # open the fold
    qtbot.wait(50)
    assert "nog 1 uit het bestand" in window.inputs.client_income_toggle.text()  # the whole text stays readable
    column = window.verdict.parentWidget()
    assert column.mapTo(window, column.rect().topRight()).x() <= window.width()
    assert window.input_scroll.width() < 0.6 * window.width()


def test_the_start_of_a_current_job_reaches_the_case_and_back(window):
    """current_job.start: open -> save keeps it (the form used to rebuild current_job without it), a month typed
    in the window reaches the case, and "onbekend" leaves it out. A job begun ten months before the case date has
    no vrijlating left: the couple's bijstand is 2.002,13 - 842,40 = € 1.159,73 (art. 31 lid 2 n: 6 months)."""
    from PySide6.QtCore import QDate

    case = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [
        {"age": 35}, {"age": 33, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12, "start": "2025-06-15"}}]},
        "job": {"hourly_wage": 16.0, "hours_per_week": 24}}
    inp = window.inputs
    inp.set_case(copy.deepcopy(case))
    assert inp.partner_hours.since.date() == QDate(2025, 6, 15)
    assert inp.case()["household"]["adults"][1]["current_job"]["start"] == "2025-06-15"  # kept as it was
    window.state.recompute_now()
    assert window.state.outcome.result["without_job"]["bijstand"] == 1159.73
    inp.partner_hours.since.setDate(QDate(2026, 1, 1))
    assert inp.case()["household"]["adults"][1]["current_job"]["start"] == "2026-01-01"
    inp.partner_hours.since.setDate(QDate())  # emptied: "onbekend"
    assert "start" not in inp.case()["household"]["adults"][1]["current_job"]
    assert inp.partner_hours.since.text() == "" and inp.partner_hours.since.placeholderText() == "onbekend"
