"""A laptop of 1366 x 768 at 150 % gives the window 910 x 512 logical pixels: the whole window must fit that width
(before the compact layout its minimum was 1.237 pixels, so the verdict and the table ran off the screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from werktloont.ui.compact import COMPACT_WIDTH


def _fit(window, qtbot, width: int, height: int) -> None:
    """Like a person dragging the window's edge: it stops at the wide layout's minimum (below COMPACT_WIDTH), the
    layout turns compact, and the next drag goes on to the size asked."""
    window.show()
    for _ in range(5):
        window.resize(width, height)
        qtbot.wait(50)
        if window.width() == width:
            break
    assert window.width() == width


def test_the_window_fits_1366_by_768_at_150_percent(window, qtbot):
    _fit(window, qtbot, 910, 512)
    assert window.compact.on
    assert window.minimumSizeHint().width() <= 910
    assert window.width() == 910
    # nothing of the results column lies beyond the window's right edge
    column = window.verdict.parentWidget()
    right_edge = column.mapTo(window, column.rect().topRight()).x()
    assert right_edge <= window.width()


def test_compact_puts_the_explanation_behind_a_tab_and_a_row_opens_it(window, qtbot):
    _fit(window, qtbot, 910, 512)
    charts = window.charts
    assert charts.indexOf(window.explanation) >= 0
    assert charts.tabText(charts.indexOf(window.explanation)) == "Waarom?"
    charts.setCurrentIndex(0)
    window.breakdown.select_component("zorgtoeslag")
    assert charts.currentWidget() is window.explanation
    assert "Zorgtoeslag" in window.explanation.toPlainText()


def test_a_wide_window_keeps_the_explanation_beside_the_table(window, qtbot):
    _fit(window, qtbot, 910, 512)
    _fit(window, qtbot, 1366, 768)
    assert 1366 >= COMPACT_WIDTH and not window.compact.on
    assert window.charts.indexOf(window.explanation) < 0
    assert window.explanation.parentWidget() is window.body
    window.charts.setCurrentIndex(0)
    window.breakdown.select_component("bijstand")
    assert window.charts.currentIndex() == 0  # the chart stays: the explanation has its own column
    # The results column scrolls down when it holds more than the screen (a two-line headline and a notice), never
    # sideways.
    scroll = window.compact.scroll
    assert window.centralWidget().widget(1) is scroll and scroll.widget().isAncestorOf(window.verdict)
    assert scroll.horizontalScrollBar().maximum() == 0


def test_compact_inputs_widen_for_a_child_in_childcare(window, qtbot):
    """The "buitenschoolse opvang (bso)" box widens the inputs: the compact column follows instead of cutting it."""
    from werktloont.ui.example import example_case

    _fit(window, qtbot, 910, 512)
    case = example_case()
    case["household"]["children"] = [{"age": 7, "childcare": {"type": "bso", "hours_per_month": 40,
                                                              "hourly_price": 8.10}}]
    window.load_case(case)
    qtbot.wait(50)
    viewport = window.input_scroll.viewport().width()
    assert window.inputs.minimumSizeHint().width() <= viewport


def test_compact_table_never_cuts_an_amount(window, qtbot):
    """Seen at 1366 x 768 at 150 %: "+€ 1.607,…" in the Verschil column once the household's own income row shows.
    The row labels give way (elided, whole label as tooltip); every amount fits its column."""
    from PySide6.QtGui import QFont, QFontMetrics

    from werktloont.ui.example import example_case

    _fit(window, qtbot, 910, 512)
    case = example_case()
    case["household"]["adults"] = [{"age": 35, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}},
                                   {"age": 35}]
    case["job"] = {"hours_per_week": 24, "hourly_wage": 16.0, "person": 1}
    window.load_case(case)
    window.state.recompute_now()
    qtbot.wait(50)
    table, model = window.breakdown, window.breakdown.model_
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for c in range(model.columnCount()):
        width = table.columnWidth(c)
        for r in range(model.rowCount()):
            if not table.isRowHidden(r):
                assert metrics.horizontalAdvance(str(model.data(model.index(r, c)))) < width
    label = model.rows.index("other_income")
    assert model.headerData(label, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == model.headerData(
        label, Qt.Orientation.Vertical)
    assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling either
