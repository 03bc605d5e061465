"""The window follows the engine: verdict, table, chart and explanation show api output for the same case."""

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import settle
from werktloont import api, fmt
from werktloont.errors import InputError
from werktloont.ui.breakdown import ValueRole
from werktloont.ui.labels import ROWS


def test_change_hours_updates_verdict_table_and_chart(window):
    window.inputs.hours_slider.setValue(32)
    outcome = settle(window)
    case = window.inputs.case()
    assert case["job"]["hours_per_week"] == 32 and outcome.case == case
    expected = api.calculate(case)
    gain = expected["headline"]["amount"]  # the headline's amount: the lasting gain of this permanent job
    assert expected["headline"]["kind"] == "permanent"
    assert fmt.eur(abs(gain), 0) in window.verdict.headline.text()
    assert ("meer" if gain > 0 else "minder") in window.verdict.headline.text()
    model = window.breakdown.model_
    for row, key in enumerate(ROWS):
        assert model.index(row, 0).data(ValueRole) == pytest.approx(expected["without_job"][key])
        assert model.index(row, 1).data(ValueRole) == pytest.approx(expected["with_job"][key])
    plot = window.charts.plots["hours"]
    curve = api.curve(case, "hours", 0, 40, 0.5, view="lasting")  # the charts show the lasting view
    x, y = plot.total.get_data()
    assert np.allclose(x, curve["x"]) and np.allclose(y, curve["disposable"])
    dot_x, dot_y = plot.now_dot.get_data()
    lasting = expected["headline_month"]["with_job"]["disposable"]  # the month the headline names
    assert list(dot_x) == [32] and list(dot_y) == [pytest.approx(lasting, abs=0.01)]
    assert lasting == pytest.approx(curve["disposable"][curve["x"].index(32.0)], abs=0.01)
    window.charts.plots["wage"].canvas.draw()  # a chart on another tab takes its data when it is drawn
    wage_x, _ = window.charts.plots["wage"].now_dot.get_data()
    assert list(wage_x) == [pytest.approx(case["job"]["hourly_wage"])]


def test_default_wage_is_the_legal_minimum_for_the_age(window):
    from werktloont.params import load_pack
    from werktloont.rules.wet_minimumloon.minimumloon import minimumuurloon

    window.inputs.client_age.setValue(19)
    settle(window)
    p = load_pack().at(np.datetime64(window.inputs.case()["date"]).astype(object)).reg("minimumloon")
    assert window.inputs.wage.value() == pytest.approx(float(minimumuurloon(19, p)))
    window.inputs.use_minimum.setChecked(False)
    window.inputs.wage.setValue(window.inputs.wage.value() - 1)
    assert "lager dan het wettelijk minimumloon" in window.inputs.wage_note.text()


def test_assets_over_limit_comes_first_in_the_verdict(window):
    window.inputs.savings.setValue(60_000)
    outcome = settle(window)
    at = api.calculate(window.inputs.case())["asset_test"]
    assert not at["eligible"]
    assert window.verdict.assets.isVisibleTo(window)
    text = window.verdict.assets.text()
    assert "vermogen" in text and fmt.eur(at["limit"], 0) in text and fmt.eur(at["counted"], 0) in text
    assert window.verdict.text().startswith(text)
    assert outcome.result["asset_test"] == at


def test_row_click_shows_the_article(window, qtbot):
    table = window.breakdown
    row = table.model_.rows.index("huurtoeslag")
    rect = table.visualRect(table.model_.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    article = next(e["article"] for e in api.calculate(window.inputs.case())["explanations"]
                   if e["component"] == "huurtoeslag" and e["situation"] == "with_job")
    text = window.explanation.plain_text()
    assert "Huurtoeslag" in text and article in text and "Bronnen" in text


def test_bad_input_shows_the_engine_message_at_the_field(window):
    case = window.inputs.case()
    case["household"]["adults"][0]["age"] = 16
    with pytest.raises(InputError) as err:
        api.calculate(case)
    window.inputs.client_age.setValue(16)
    settle(window)
    field = window.inputs._rows[err.value.field][2]
    assert field.error.isVisibleTo(window) and field.error.text() == err.value.message
    window.inputs.client_age.setValue(30)
    settle(window)
    assert not field.error.isVisibleTo(window)


def test_cliff_reason_names_what_stops(window):
    window.load_case({"format": "werktloont-case/1", "date": "2026-01-01",
                      "household": {"adults": [{"age": 25}, {"age": 25}], "rent": {"base_rent": 650.0}},
                      "job": {"hourly_wage": 14.71, "hours_per_week": 39}, "municipality": "voorbeeldgemeente"})
    outcome = settle(window)
    cliff = next(r for r in outcome.hours["ranges"] if r["kind"] == "cliff" and r["from"] < 39 <= r["to"])
    reason = window.verdict.reason.text()
    assert fmt.plain(cliff["from"]) in reason and "vooral doordat" in reason
    assert "stadspas" in reason


def test_solver_answer_comes_from_the_engine(window):
    from werktloont.engine.curve import solve

    window.solver.amount.setValue(150)
    window.solver.ask.click()
    outcome = settle(window)
    expected = solve(window.inputs.case(), 150)
    assert outcome.solved == expected
    assert fmt.plain(expected["hours"]) in window.solver.answer.text()


def test_timeline_entries_are_drawn_when_the_engine_gives_them(window):
    outcome = window.state.outcome
    window.charts.show_outcome(dataclasses.replace(outcome, result={**outcome.result, "timeline": []}))
    assert window.charts.timeline_stack.currentIndex() == 0  # friendly "not yet" text
    months = [{"month": f"2026-{m:02d}", "situation": "with_job", "disposable": 2900.0 + m,
               "cumulative_gain": 100.0 * m, "toeslagen_settlement": -50.0 if m == 12 else 0.0} for m in range(1, 13)]
    window.charts.show_outcome(dataclasses.replace(outcome, result={**outcome.result, "timeline": months}))
    assert window.charts.timeline_stack.currentIndex() == 1
    plot = window.charts.plots["timeline"]
    plot.canvas.draw()  # a chart on another tab takes its data when it is drawn
    assert list(plot.cumulative.get_data()[1]) == [e["cumulative_gain"] for e in months]
    assert list(plot.settlement.get_data()[1]) == [-50.0]


def test_every_input_has_a_screen_reader_name(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar

    widgets = [w for cls in (QAbstractSpinBox, QComboBox, QAbstractButton, QAbstractSlider)
               for w in window.inputs.findChildren(cls)
               if not isinstance(w, QScrollBar) and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(widgets) > 20
    assert [w for w in widgets if not w.accessibleName()] == []


def test_tab_order_follows_the_form(window):
    inputs = window.inputs
    assert inputs.client_age.nextInFocusChain() is not None
    chain, w = [], inputs.client_age
    for _ in range(200):
        chain.append(w)
        w = w.nextInFocusChain()
        if w is inputs.municipality:
            break
    order = [inputs.client_age, inputs.base_rent, inputs.savings, inputs.wage, inputs.hours_slider, inputs.date]
    positions = [next(i for i, c in enumerate(chain) if c is o or o.isAncestorOf(c) or c.isAncestorOf(o))
                 for o in order]
    assert positions == sorted(positions)


def test_engine_timeline_is_shown_month_by_month(window):
    timeline = api.calculate(window.inputs.case())["timeline"]
    if not timeline:
        pytest.skip("the engine gives no timeline yet")
    assert window.charts.timeline_stack.currentIndex() == 1
    window.charts.plots["timeline"].canvas.draw()  # a chart on another tab takes its data when it is drawn
    x, y = window.charts.plots["timeline"].disposable.get_data()
    assert list(y) == [e["disposable"] for e in timeline]
