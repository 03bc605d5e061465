"""Single regions without the main window: what each shows is the engine's result, formatted the Dutch way.

The expected texts are built here from the result dict of `werktloont.api.calculate` and the formatting rule
(fmt.eur: `€ 1.234,56`), never pasted from a run, so a change in the law changes the expectation with it.
"""

import pytest
from PySide6.QtCore import Qt

from werktloont import api, fmt
from werktloont.ui.breakdown import BreakdownTable, ValueRole
from werktloont.ui.labels import COSTS, INCOME, ROWS, component_label
from werktloont.ui.state import AppState, Outcome
from werktloont.ui.verdict import VerdictPanel

ALWAYS_SHOWN = ("net_wage", "bijstand", "disposable")


def small_case(**assets) -> dict:
    """A single adult of 35 with rent, offered 20 hours at € 15 an hour (explicit: no default wage)."""
    return {
        "format": "werktloont-case/1",
        "date": "2026-01-01",
        "household": {"adults": [{"age": 35}], "children": [], "cost_sharers": 0,
                      "rent": {"base_rent": 650.0, "service_costs": 25.0}},
        "assets": {"savings": 1000.0, **assets},
        "job": {"hours_per_week": 20, "hourly_wage": 15.0, "start": "2026-02-01", "travel_costs": 0.0},
    }


def outcome_for(case: dict) -> Outcome:
    """What AppState hands the regions for this case (its result is api.calculate's, checked here)."""
    outcome = AppState(lang="nl").compute(case)
    expected = api.calculate(case, timeline=False)
    assert outcome.result["gain_per_month"] == pytest.approx(expected["gain_per_month"])
    assert outcome.result["with_job"] == pytest.approx(expected["with_job"])
    return outcome


def signed(x: float) -> str:
    """The difference column: a sign for a gain, a dash for no change (rounded to the cent)."""
    if round(x, 2) == 0:
        return "–"
    return ("+" if x > 0 else "") + fmt.eur(x)


# --- verdict ---

def test_verdict_says_the_gain_and_both_totals_in_euros(qtbot):
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.show_outcome(outcome_for(small_case()))
    result = api.calculate(small_case(), timeline=False)
    gain = result["gain_per_month"]
    assert gain == pytest.approx(result["with_job"]["disposable"] - result["without_job"]["disposable"], abs=0.01)
    # The headline is the answer's own sentence: the lasting gain for a permanent job, named as lasting.
    assert result["headline"]["kind"] == "permanent"
    lasting = result["gain_lasting"]
    assert panel.headline.text().startswith("Met deze baan heeft u blijvend")
    assert ("ongeveer evenveel" if round(lasting) == 0 else fmt.eur(abs(lasting), 0)) in panel.headline.text()
    # The table's amounts are the first month's, and the line says which month that is.
    year, month = result["first_month"].split("-")
    months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december")
    assert f"{months[int(month) - 1]} {year}" in panel.detail.text()
    assert fmt.eur(result["without_job"]["disposable"], 0) in panel.detail.text()
    assert fmt.eur(result["with_job"]["disposable"], 0) in panel.detail.text()
    assert result["asset_test"]["eligible"] and panel.assets.isHidden()
    assert panel.text().startswith(panel.headline.text())


def test_verdict_puts_assets_over_the_limit_first(qtbot):
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.show_outcome(outcome_for(small_case(savings=80_000.0)))
    at = api.calculate(small_case(savings=80_000.0), timeline=False)["asset_test"]
    assert not at["eligible"] and at["counted"] > at["limit"]
    assert not panel.assets.isHidden()
    assert fmt.eur(at["counted"], 0) in panel.assets.text() and fmt.eur(at["limit"], 0) in panel.assets.text()
    assert panel.text().startswith(panel.assets.text())


def test_the_next_case_keeps_no_asset_amount_of_the_one_before(qtbot):
    # A client with € 80.000 of savings, then the next client without: the hidden asset note must not keep the
    # first client's amount (nor the note of an invalid or incomplete input after it).
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    before = fmt.eur(80_000.0, 0)
    panel.show_outcome(outcome_for(small_case(savings=80_000.0)))
    assert before in panel.assets.text()
    panel.show_outcome(outcome_for(small_case()))
    assert panel.assets.isHidden() and panel.assets.text() == ""
    for show in (lambda: panel.show_invalid("Leeftijd klant: vul een getal in."),
                 lambda: panel.show_incomplete(["Leeftijd klant"]), lambda: panel.show_outcome(None)):
        panel.show_outcome(outcome_for(small_case(savings=80_000.0)))
        show()
        assert all(before not in label.text() for label in (panel.assets, panel.warnings, panel.reason))


def test_verdict_without_outcome_asks_for_input(qtbot):
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.show_outcome(outcome_for(small_case()))
    panel.show_outcome(None)
    assert panel.headline.text() == "Vul de gegevens links in." and panel.assets.isHidden()
    assert panel.detail.text() == ""


# --- breakdown table ---

@pytest.fixture
def table(qtbot):
    t = BreakdownTable()
    qtbot.addWidget(t)
    return t


def test_breakdown_shows_each_component_as_the_result_in_euros(table):
    result = api.calculate(small_case(), timeline=False)
    table.set_result(result)
    model = table.model_
    assert model.rowCount() == len(ROWS) and model.columnCount() == 3
    for row, key in enumerate(ROWS):
        without, with_job = result["without_job"][key], result["with_job"][key]
        assert model.index(row, 0).data() == fmt.eur(without), key
        assert model.index(row, 1).data() == fmt.eur(with_job), key
        assert model.index(row, 2).data() == signed(with_job - without), key
        assert model.index(row, 2).data(ValueRole) == pytest.approx(with_job - without)
        assert model.headerData(row, Qt.Orientation.Vertical) == component_label(key)
        hidden = without == 0 and with_job == 0 and key not in ALWAYS_SHOWN
        assert table.isRowHidden(row) == hidden, key
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Zonder baan", "Met baan\n1e maand", "Verschil\n1e maand"]  # month 1, said so


def test_breakdown_total_is_income_minus_costs(table):
    # Hand rule (README): te besteden = net wage + bijstand + toeslagen + municipal - childcare - travel costs.
    table.set_result(api.calculate(small_case(), timeline=False))
    model = table.model_
    for column in (0, 1):
        value = {key: model.index(row, column).data(ValueRole) for row, key in enumerate(ROWS)}
        total = sum(value[k] for k in INCOME) - sum(value[k] for k in COSTS)
        assert value["disposable"] == pytest.approx(total, abs=0.01 * len(ROWS))


def test_breakdown_row_choice_emits_the_component(table, qtbot):
    table.set_result(api.calculate(small_case(), timeline=False))
    row = ROWS.index("huurtoeslag")
    with qtbot.waitSignal(table.component_selected, timeout=1000) as blocker:
        table.select_row(row)
    assert blocker.args == ["huurtoeslag"]


def test_breakdown_cleared_shows_nothing(table):
    table.set_result(api.calculate(small_case(), timeline=False))
    table.model_.set_result(None)
    assert all(table.model_.index(row, 1).data() == "" for row in range(len(ROWS)))


# --- signals: inputs -> state -> regions ---

@pytest.fixture
def state():
    return AppState(lang="nl", debounce_ms=0)


def test_inputs_panel_emits_the_case_with_the_new_hours(state, qtbot):
    from werktloont.ui.inputs import InputsPanel

    panel = InputsPanel(state)
    qtbot.addWidget(panel)
    panel.set_case(small_case())
    assert panel.case()["job"]["hours_per_week"] == 20
    with qtbot.waitSignal(panel.case_changed, timeout=1000) as blocker:
        panel.hours_slider.setValue(32)
    case = blocker.args[0]
    assert case["job"]["hours_per_week"] == 32
    assert case["household"]["rent"] == small_case()["household"]["rent"]


def test_state_emits_an_outcome_with_the_engine_result(state, qtbot):
    case = small_case()
    with qtbot.waitSignal(state.result_ready, timeout=5000) as blocker:
        state.set_case(case)
    outcome = blocker.args[0]
    assert isinstance(outcome, Outcome) and outcome.case == case and state.outcome is outcome
    expected = api.calculate(case, timeline=False)
    assert outcome.result["gain_per_month"] == pytest.approx(expected["gain_per_month"])
    for key in ROWS:
        assert outcome.result["with_job"][key] == pytest.approx(expected["with_job"][key])


def test_state_reports_a_bad_field_instead_of_a_result(state, qtbot):
    case = small_case()
    case["household"]["adults"][0]["age"] = 16
    with qtbot.waitSignal(state.input_error, timeout=5000) as blocker:
        state.set_case(case)
    field, message = blocker.args
    assert "adults" in field and message and state.outcome is None
