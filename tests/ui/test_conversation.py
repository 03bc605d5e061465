"""a conversation at the client's table. The window recomputes from the form as shown, never keeps the
previous client, reads Dutch numbers, shows what to arrange, hides a stale result and fits a laptop screen."""

import json
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle
from werktloont import api, fmt
from werktloont.ui.breakdown import ValueRole
from werktloont.ui.labels import ROWS


def _type(widget, text: str) -> None:
    """Select the field's text and type over it, then Enter: as a klantmanager does."""
    widget.setFocus()
    (widget.lineEdit() if hasattr(widget, "lineEdit") else widget).selectAll()
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_age_change_recomputes_minimum_wage(window):
    # Rijksoverheid, "Bedragen minimumloon 2026" (1 januari 2026): 21 jaar en ouder € 14,71 per uur, 19 jaar
    # € 8,83 per uur (60 % of 14,71 = 8,826, rounded to cents).
    assert window.inputs.case()["date"] == "2026-01-01"
    window.inputs.client_age.setValue(19)
    outcome = settle(window)
    assert window.inputs.wage.value() == pytest.approx(8.83)
    assert outcome.case["job"]["hourly_wage"] == pytest.approx(8.83)  # the engine got the form as shown
    expected = api.calculate(window.inputs.case())
    assert expected["job"]["hourly_wage"] == pytest.approx(8.83)
    assert fmt.eur(abs(expected["headline"]["amount"]), 0) in window.verdict.headline.text()
    for row, key in enumerate(ROWS):
        assert window.breakdown.model_.index(row, 1).data(ValueRole) == pytest.approx(expected["with_job"][key])


def test_wheel_scrolls_panel_not_fields(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    inputs = window.inputs
    fields = (inputs.base_rent, inputs.debts, inputs.hours, inputs.municipality, inputs.hours_slider, inputs.date)
    before = [(w.metaObject().className(), inputs.case()) for w in fields]
    window.charts.setFocus()
    for widget in fields:
        assert not widget.hasFocus()
        event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(widget, event)
        assert not event.isAccepted()  # handed on to the scroll area
    assert [(w.metaObject().className(), inputs.case()) for w in fields] == before
    # With focus (clicked or Tab) the wheel does change the field.
    inputs.base_rent.setFocus()
    assert inputs.base_rent.hasFocus()
    event = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(inputs.base_rent, event)
    assert inputs.base_rent.value() != 750.0


def test_new_conversation_clears_everything(window):
    inputs = window.inputs
    row = inputs.children_list.rows[0]
    row.care.setCurrentIndex(1)
    row.care_hours.setValue(80)
    row.care_price.setValue(9.0)
    settle(window)
    assert window.scenarios.add_current()
    window.new_action.trigger()
    assert settle(window) is None  # nothing filled in yet: no answer
    assert window.scenarios.scenarios == [] and "scenarios" not in inputs.case()
    assert inputs.case()["household"]["children"] == []
    inputs.children_count.setValue(2)  # the previous client's children and their childcare do not come back
    assert all("childcare" not in child and "age" not in child for child in inputs.case()["household"]["children"])
    first, last = window.state.coverage()
    today = min(max(date.today(), first), last)
    assert inputs.case()["date"] == today.isoformat() and window.state.case["date"] == today.isoformat()
    # The first month of the job is not made up: empty, it is the case month (the engine's default, said in the field).
    assert "start" not in inputs.case()["job"] and inputs.start.text() == ""
    assert "hours_per_week" not in inputs.case()["job"] and inputs.savings.amount() is None


def test_dutch_decimal_entry(window):
    inputs = window.inputs
    inputs.use_minimum.setChecked(False)
    _type(inputs.wage, "16.50")  # the keypad types a dot
    assert inputs.wage.value() == pytest.approx(16.50)
    _type(inputs.wage, "17,25")
    assert inputs.wage.value() == pytest.approx(17.25)
    _type(inputs.hours, "45")
    outcome = settle(window)
    assert inputs.case()["job"]["hours_per_week"] == 45 and outcome.case["job"]["hours_per_week"] == 45
    _type(inputs.hours, "24.5")
    assert settle(window).case["job"]["hours_per_week"] == 24.5
    _type(inputs.hours, "90")  # more than the engine takes: kept as typed, with the engine's message
    assert inputs.case()["job"]["hours_per_week"] == 90
    settle(window)
    field = inputs._rows["job.hours_per_week"][2]
    assert field.error.isVisibleTo(window) and "80" in field.error.text()


def test_actions_and_warnings_on_screen(window):
    case = window.inputs.case()
    case["job"]["contract_months"] = 6
    case["household"]["children"][0]["childcare"] = {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 40}
    window.load_case(case)
    outcome = settle(window)
    projection = api.project(window.inputs.case())
    actions = projection["summary"]["actions"]
    assert actions
    window.charts.setCurrentWidget(window.todo)
    shown = window.todo.text()
    for sentence in actions:
        assert sentence in shown  # with its dates and amounts, as the engine words them
    # the months to act on, in words: the job starts in February 2026 and ends after six months
    assert "Maand voor maand" in shown and "februari 2026" in shown and "juli 2026" in shown
    # Plausibility: € 40 an hour is far above the maximum uurprijs dagopvang (2026: € 11,23, Belastingdienst
    # "Maximaal uurtarief voor de kinderopvang").
    codes = [w["code"] for w in outcome.result["plausibility"]]
    assert codes == ["childcare_price_far_above_maximum"]
    assert "€ 11,23" in window.verdict.warnings.text() and window.verdict.warnings.isVisibleTo(window)
    assert "€ 11,23" in shown


def test_invalid_input_hides_stale_result(window):
    old = window.verdict.headline.text()
    assert "€" in old
    window.inputs.client_age.setValue(17)
    settle(window)
    shown = window.verdict.text() + window.verdict.detail.text()
    assert "€" not in shown and "invoer" in shown  # no amount of the earlier input stays
    assert window.breakdown.model_.index(0, 1).data(ValueRole) is None
    assert not window.breakdown.isEnabled() and not window.charts.isEnabled()
    assert not any(plot.canvas.isVisibleTo(window) for plot in window.charts.plots.values())
    assert not window.scenarios.add_button.isEnabled()
    window.inputs.client_age.setValue(35)
    settle(window)
    assert window.verdict.headline.text() == old and window.breakdown.isEnabled()


def test_window_fits_1366x768(window):
    from werktloont.ui.main_window import default_size

    available = QSize(1366, 728)  # 1366 x 768 minus a 40 px task bar
    assert default_size(available) == (1366, 728)
    assert default_size(QSize(1920, 1040)) == (1400, 880)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728, hint
    window.resize(1366, 728)
    window.show()
    QApplication.processEvents()
    assert window.width() <= 1366 and window.height() <= 728
    # Every input row stays reachable: the panel scrolls instead of pushing the window taller.
    assert window.input_scroll.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_scenarios_saved_and_printed(window, tmp_path):
    from werktloont.report.content import build_report
    from werktloont.report.render import report_html

    panel = window.scenarios
    for hours in (16, 24, 32):
        window.inputs.hours.setValue(hours)
        settle(window)
        assert panel.add_current()
    assert panel.table.horizontalHeaderItem(0).text() == "zonder baan"
    path = tmp_path / "moeder.json"
    assert window.casefiles._write(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [s["name"] for s in saved["scenarios"]] == ["16 uur", "24 uur", "32 uur"]
    assert [s["job"]["hours_per_week"] for s in saved["scenarios"]] == [16, 24, 32]
    window.new_action.trigger()
    assert panel.scenarios == []
    assert window.casefiles.open(path)
    assert [s.name for s in panel.scenarios] == ["16 uur", "24 uur", "32 uur"]
    report = build_report(window.inputs.case())
    text = report.all_text()
    html = report_html(report, with_chart=False)
    for i, s in enumerate(saved["scenarios"]):
        variant = {**saved, "job": s["job"], "scenarios": []}
        expected = api.calculate(variant, timeline=False)
        assert fmt.eur(expected["with_job"]["disposable"]) in panel.cell_text("disposable", i)
        assert fmt.eur(expected["with_job"]["disposable"]) in text
        assert s["name"] in report.scenarios_head
    assert "16 uur" in html and report.texts["scenarios"] in html


def test_keyboard_new_conversation_and_child_rows(window, qtbot):
    """Ctrl+N puts the cursor in the first field; Tab after raising the children count goes to the new child."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.new_conversation()
    assert QApplication.focusWidget() is window.inputs.client_age
    count = window.inputs.children_count
    count.setFocus()
    count.lineEdit().selectAll()
    QTest.keyClicks(count, "2")
    QTest.keyClick(count, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.inputs.children_list.rows[0].age
    menus = [a.text() for a in window.file_menu.actions() if a.text()]
    keys = [t[t.index("&") + 1].lower() for t in menus if "&" in t]
    assert len(keys) == len(set(keys)), menus  # every accelerator once (Recent and Rapport both had R)


def test_costs_in_the_difference_column_are_not_a_gain(window):
    window.casefiles.mark_saved()
    case = window.inputs.case()
    case["household"]["children"][0]["childcare"] = {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 9.12}
    window.load_case(case)
    settle(window)
    model = window.breakdown.model_
    row = model.rows.index("childcare_costs")
    # 80 hours x € 9,12 = € 729,60 childcare costs with the job (none without): the difference lowers the total.
    assert model.index(row, 1).data() == "€ 729,60"
    assert model.index(row, 2).data().startswith("-") and "729,60" in model.index(row, 2).data()
    # The Verschil column as shown adds up to its total: 729,60 more costs is -729,60 there.
    shown = [model.index(r, 2).data(ValueRole) for r in range(len(model.rows) - 1)]
    total = model.index(len(model.rows) - 1, 2).data(ValueRole)
    assert shown[row] == pytest.approx(-729.60)
    assert sum(shown) == pytest.approx(total)
    from werktloont.report.content import build_report

    line = next(r for r in build_report(window.inputs.case()).table if r[1:3] == ("€ 0,00", "€ 729,60"))
    assert line[3].startswith("-") and "729,60" in line[3]
    assert window.windowTitle().endswith(" *")  # the changed case says so in the title


def test_solver_hours_are_formatted(window):
    """The solver's answer reads "22,3 uur", never the float's tail "22,300000000000001"."""
    from werktloont.engine.curve import solve

    case = window.inputs.case()
    case["household"]["children"][0]["childcare"] = {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 9.12}
    window.load_case(case)
    window.solver.amount.setValue(100)
    window.solver.ask.click()
    settle(window)
    hours = solve(window.inputs.case(), 100)["hours"]
    text = window.solver.answer.text()
    assert f"{round(hours, 1):.1f}".replace(".", ",").removesuffix(",0") + " uur" in text
    assert "0000" not in text


def test_waarom_panel_reads_tax_tables_in_dutch(window, qtbot):
    """Arbeidskorting as a table in words: "vanaf € 11.965: € 996 + ..." instead of "from 11.965, base 996"."""
    table = window.breakdown
    row = table.model_.rows.index("net_wage")
    rect = table.visualRect(table.model_.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = window.explanation.plain_text()
    assert "vanaf € " in text and "van het deel daarboven" in text
    assert "base " not in text and "from " not in text and "rate " not in text


def test_results_table_is_one_tab_stop_and_dialogs_speak_dutch(window, qtbot):
    from PySide6.QtWidgets import QFileDialog

    from werktloont.ui.dialogs import _dialog

    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    table = window.breakdown
    table.setFocus()
    table.setCurrentIndex(table.model_.index(0, 1))
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.hasFocus() and table.currentIndex().row() == 1  # arrows move within the table
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()  # Tab leaves it at once
    dialog = _dialog(window, "Casus openen", "", "Casus (*.json)", save=False)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "Zoeken &in:"  # with an accelerator: Alt+I
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "Bestands&type:"


def test_date_fields_let_tab_go_on(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.inputs.date.setFocus()
    QTest.keyClick(window.inputs.date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.inputs.municipality  # not the month or year section of the date


def test_a_refused_case_file_stays_on_screen_at_the_start(window, tmp_path):
    """As `werktloont kapot.json` starts: the refusal stays visible under the example case, the title says so."""
    from werktloont.ui.example import example_case

    bad = tmp_path / "kapot.json"
    bad.write_text(json.dumps({**example_case(), "municipality": "nergenshuizen"}), encoding="utf-8")
    assert not window.load_case_file(str(bad))
    window.load_case(example_case())
    window.casefiles.example = True
    window.casefiles.mark_saved()
    settle(window)
    assert window.notice.isVisibleTo(window) and "nergenshuizen" in window.notice.label.text()
    assert window.windowTitle().endswith("voorbeeldcasus")
    window.casefiles.window.notice.show_message("<b>x.json</b>")
    assert window.notice.label.textFormat() == Qt.TextFormat.PlainText  # a crafted file name stays text
