"""In the window: the charts and the solver show the lasting gain by default, the first month on request;
the headline and the month-1 table say which is which."""

import pytest

from werktloont import api, fmt
from werktloont.texts.verdict import lasting_verdict

# A single 35-year-old, € 15 an hour for 20 hours from February 2026: in 2026 the first six months have the
# inkomstenvrijlating of art. 31 lid 2 n (25 % of the earnings, at most € 273,91 a month), so the first month
# gains more than the lasting month.
CASE = {"format": "werktloont-case/1", "date": "2026-01-01",
        "household": {"adults": [{"age": 35}], "children": [], "cost_sharers": 0,
                      "rent": {"base_rent": 650.0, "service_costs": 25.0}},
        "assets": {"savings": 1000.0},
        "job": {"hours_per_week": 20, "hourly_wage": 15.0, "start": "2026-02-01", "travel_costs": 0.0}}


@pytest.fixture
def loaded(window):
    window.load_case(CASE)
    window.state.recompute_now()
    return window


def _at(curve: dict, x: float) -> float:
    return curve["disposable"][curve["x"].index(x)]


def test_charts_default_to_lasting_and_switch_to_the_first_month(loaded):
    w = loaded
    result = api.calculate(CASE, timeline=False)
    assert result["gain_per_month"] - result["gain_lasting"] >= 1  # the case has a temporary vrijlating
    assert w.charts.view() == "lasting" and w.charts.view_box.currentText() == "Blijvend"
    out = w.state.outcome
    assert out.hours["view"] == "lasting" and out.wage["view"] == "lasting"
    # The lasting view is the month the headline names: its amount at the offered hours is that month's disposable
    # income with the job in the projection.
    named = result["gain_phases"][result["headline"]["phase"]]["from"]
    lasting_now = next(e["disposable"] for e in api.calculate(CASE)["timeline"] if e["month"] == named)
    assert _at(out.hours, 20.0) == pytest.approx(lasting_now, abs=0.01)
    # The 'now' point sits on the drawn (lasting) curve and its label shows that amount.
    plot = w.charts.plots["hours"]
    assert plot.now_dot.get_ydata()[0] == pytest.approx(lasting_now, abs=0.01)
    assert fmt.eur(lasting_now, 0) in plot.now_text.get_text()
    assert "blijvend" in w.charts.titles["hours"].text()

    w.charts.view_box.setCurrentIndex(1)
    out = w.state.outcome
    assert w.state.curve_view == "first_month" and out.hours["view"] == "first_month"
    assert _at(out.hours, 20.0) == pytest.approx(result["with_job"]["disposable"], abs=0.01)
    assert plot.now_dot.get_ydata()[0] == pytest.approx(result["with_job"]["disposable"], abs=0.01)
    assert "eerste maand" in w.charts.titles["hours"].text()


def test_solver_defaults_to_lasting_and_names_the_view(loaded):
    w = loaded
    assert w.solver.view() == "lasting"
    w.solver.amount.setValue(100.0)
    w.solver.ask.click()
    w.state.recompute_now()
    solved = w.state.outcome.solved
    assert solved["view"] == "lasting"
    assert w.solver.answer.text().startswith("Voor blijvend minstens € 100 per maand erbij")
    lasting_hours = solved["hours"]
    w.solver.view_box.setCurrentIndex(1)
    solved = w.state.outcome.solved
    assert solved["view"] == "first_month" and "in de eerste maand" in w.solver.answer.text()
    # With the vrijlating fewer hours are needed for the same amount in the first month.
    assert solved["hours"] < lasting_hours


def test_headline_and_table_say_which_gain_is_which(loaded):
    w = loaded
    result = api.calculate(CASE, timeline=False)
    assert "blijvend" in w.verdict.headline.text()
    assert w.verdict.detail.text().startswith("In de eerste maand van de baan (februari 2026): zonder baan "
                                              f"{fmt.eur(result['without_job']['disposable'], 0)}")
    from PySide6.QtCore import Qt
    model = w.breakdown.model_
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Met baan\n1e maand"


def test_verdict_for_a_one_month_vrijlating_reads_de_eerste_maand(qtbot):
    # Hand-made result: month 1 gains € 300, after it € 200 (e.g. a vrijlating with one month left).
    result = {"gain_per_month": 300.0, "gain_lasting": 200.0,
              "headline": {"kind": "permanent", "amount": 200.0, "phase": 1, "lasting": True},
              "gain_phases": [{"from": "2026-12", "to": "2026-12", "gain_per_month": 300.0, "reason": "vrijlating_n"},
                              {"from": "2027-01", "to": None, "gain_per_month": 200.0, "reason": "lasting"}]}
    assert lasting_verdict(result, "nl") == ("Met deze baan heeft u blijvend € 200 per maand meer te besteden; de "
                                             "eerste maand € 300 per maand meer (inkomstenvrijlating).")
    assert "the first month € 300 a month more" in lasting_verdict(result, "en")
    result["gain_phases"][0]["to"] = "2027-01"
    result["gain_phases"][0]["months"] = 2
    assert "de eerste 2 maanden" in lasting_verdict(result, "nl")


def test_view_toggle_sits_in_the_chart_title_row_not_in_the_tab_bar(loaded):
    charts = loaded.charts
    loaded.show()
    charts.setCurrentIndex(0)  # Uren
    assert not charts.tab_row.isAncestorOf(charts.view_box)  # the tab row keeps its width for the tab names
    assert charts.view_box.isVisible() and charts.pages["hours"].isAncestorOf(charts.view_box)
    charts.setCurrentIndex(1)  # Uurloon: the toggle moves along
    assert charts.view_box.isVisible() and charts.pages["wage"].isAncestorOf(charts.view_box)
    charts.setCurrentIndex(4)  # Vermogen: no curve, no toggle
    assert not charts.view_box.isVisible()


def test_a_temporary_contract_is_never_blijvend_in_the_window(window):
    """The headline, the charts' view and title and the solver speak of the contract, not of a lasting gain."""
    case = dict(CASE, job={"hours_per_week": 20, "hourly_wage": 15.0, "start": "2026-02-01", "contract_months": 6})
    window.load_case(case)
    window.state.recompute_now()
    window.solver.amount.setValue(100.0)
    window.solver.ask.click()
    window.state.recompute_now()
    assert window.state.outcome.result["headline"]["kind"] == "temporary"
    shown = [window.verdict.headline.text(), window.charts.view_box.itemText(0), window.solver.view_box.itemText(0),
             window.solver.answer.text(), *(title.text() for title in window.charts.titles.values())]
    assert not any("blijvend" in text.lower() for text in shown), shown
    assert "6 maanden lang" in window.verdict.headline.text()
    assert window.charts.view_box.itemText(0) == "Tijdens het contract"
