"""The charts on a laptop (1366 x 768 at 100 % and at 150 %: 910 x 512 logical pixels): no word drawn over another,
nothing cut at an edge, who pays named by colour, the payments' table without a cut amount, an empty window without
empty axes, and the mouse wheel over a chart scrolls the results column."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle
from tests.ui.test_compact import _fit
from werktloont.ui.chart_labels import overlaps

CASES = Path(__file__).resolve().parents[1] / "data" / "window-cases"
SIZES = [(1366, 728), (910, 512)]


def _open(window, qtbot, name: str, size) -> None:
    _fit(window, qtbot, *size)
    assert window.casefiles.open(CASES / f"{name}.json")
    assert settle(window) is not None
    qtbot.wait(50)


def _drawn(window, qtbot, key: str):
    window.charts.setCurrentIndex(window.charts.indexOf(window.charts.pages[key]))
    qtbot.wait(50)
    plot = window.charts.plots[key]
    plot.canvas.draw()
    return plot


def _inside(texts, box) -> list[str]:
    """Shown texts that reach outside `box` (a matplotlib Bbox on screen)."""
    renderer = texts[0].figure.canvas.get_renderer() if texts else None
    out = []
    for t in texts:
        if not (t.get_visible() and t.get_text()):
            continue
        ext = t.get_window_extent(renderer)
        if ext.x0 < box.x0 - 0.5 or ext.x1 > box.x1 + 0.5:
            out.append(t.get_text())
    return out


@pytest.mark.parametrize("size", SIZES)
def test_the_month_charts_phase_names_never_overlap(window, qtbot, size):
    """auto-contract: werk, WW + TW, vermogen boven grens: the names sat on each other and ran into the right axis."""
    _open(window, qtbot, "auto-contract", size)
    plot = _drawn(window, qtbot, "timeline")
    names = [text for text, _x in plot._phase_items]
    assert {t.get_text() for t in names} >= {"werk", "vermogen boven grens"}
    assert overlaps(names) == []
    assert _inside(names, plot.ax.get_window_extent()) == []
    # The months on the axis: named in words, as many as fit, none on another ("2026-03" on its side ran into
    # "2026-06" at 150 %).
    months = [t for t in plot.ax.get_xticklabels() if t.get_text()]
    assert len(months) >= 3 and overlaps(months) == []
    assert months[0].get_text() == "mrt\n2026" and not any("-" in t.get_text() for t in months)


@pytest.mark.parametrize("size", SIZES)
def test_the_wage_charts_range_names_never_overlap(window, qtbot, size):
    """paar: plateaus next to an armoedeval; "plateau" was drawn over "armoedeval"."""
    _open(window, qtbot, "paar", size)
    plot = _drawn(window, qtbot, "wage")
    assert plot.cliffs.get_paths() and plot.plateaus.get_paths()
    shown = [t for t in plot.range_labels if t.get_visible()]
    assert any(t.get_text() == "armoedeval" for t in shown)  # the cliff's name comes first, it is never left out
    assert overlaps(shown) == []
    assert _inside(shown, plot.ax.get_window_extent()) == []


@pytest.mark.parametrize("size", SIZES)
def test_the_last_hour_on_the_axis_is_not_cut(window, qtbot, size):
    _open(window, qtbot, "moeder", size)
    plot = _drawn(window, qtbot, "hours")
    renderer = plot.canvas.get_renderer()
    labels = [t for t in plot.ax.get_xticklabels() if t.get_text()]
    assert labels[-1].get_text() == "40"
    assert max(t.get_window_extent(renderer).x1 for t in labels) <= plot.figure.bbox.x1


def test_an_empty_window_shows_no_empty_chart(qtbot, settings):
    """As the app starts without a case: the charts are built after the window shows; no axes with "€ 0" five
    times appear before there is an answer."""
    from werktloont.ui.app import create_window

    w = create_window(settings, lang="nl")
    w.casefiles.ask_unsaved = lambda: "discard"
    qtbot.addWidget(w)
    w.new_conversation()
    w.state.recompute_now()
    w.show()
    qtbot.waitUntil(lambda: w.charts.built, timeout=3000)
    qtbot.wait(100)
    assert not any(p.canvas.isVisibleTo(w) for p in w.charts.plots.values())
    # Once there is an answer the charts come, with euro ticks that differ from each other.
    w.load_case_file(str(CASES / "beslag.json"))
    assert settle(w) is not None
    plot = w.charts.plots["hours"]
    assert plot.canvas.isVisibleTo(w)
    plot.canvas.draw()
    ticks = [t.get_text() for t in plot.ax.get_yticklabels() if t.get_text()]
    assert len(ticks) == len(set(ticks)) > 2


def test_euro_ticks_of_a_tiny_range_differ():
    from matplotlib.figure import Figure

    from werktloont.ui.chart_labels import euro_axis

    fig = Figure()
    ax = fig.add_subplot()
    euro_axis(ax.yaxis)
    ax.set_ylim(-0.06, 0.06)  # what an axis with only zeros gets
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert len(ticks) == len(set(ticks))


@pytest.mark.parametrize("size", SIZES)
def test_money_by_date_names_who_pays_and_its_months_do_not_overlap(window, qtbot, size):
    _open(window, qtbot, "moeder", size)
    panel = window.followup
    window.charts.setCurrentWidget(panel)
    panel.inner.setCurrentWidget(panel.chart)
    qtbot.wait(50)
    chart = panel.chart
    chart.canvas.draw()
    payers = {p["payer_text"] for p in window.state.outcome.result["cash_calendar"]["payments"]
              if p in chart._pays}
    assert payers and set(chart.legend.names) == payers | {"Saldo van de maand"}
    ax = chart.figure.axes[0]
    months = [t for t in ax.get_xticklabels() if t.get_text()]
    assert len(months) >= 6 and overlaps(months) == []


@pytest.mark.parametrize("size", SIZES)
def test_the_payments_table_shows_every_amount_whole(window, qtbot, size):
    _open(window, qtbot, "moeder", size)
    panel = window.followup
    window.charts.setCurrentWidget(panel)
    panel.inner.setCurrentWidget(panel.table)
    qtbot.wait(50)
    table = panel.table
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnViewportPosition(4) + table.columnWidth(4) <= table.viewport().width()
    amount = 1
    assert table.horizontalHeaderItem(amount).text() == "Bedrag"
    for r in range(table.rowCount()):
        item = table.item(r, amount)
        assert QFontMetrics(item.font()).horizontalAdvance(item.text()) < table.columnWidth(amount), item.text()


def test_the_wheel_over_a_chart_scrolls_the_results_column(window, qtbot):
    """At 150 % the charts sit in the scrolling results column: a chart leaves the wheel to it (Qt hands an ignored
    wheel event on to the parents, up to the scroll area), as the input fields do."""
    from PySide6.QtWidgets import QScrollArea

    _open(window, qtbot, "moeder", (910, 512))
    panel = window.followup
    window.charts.setCurrentWidget(panel)
    panel.inner.setCurrentWidget(panel.chart)
    qtbot.wait(50)
    canvases = [_drawn(window, qtbot, key).canvas for key in ("hours", "timeline")] + [panel.chart.canvas]
    assert window.compact.scroll.verticalScrollBar().maximum() > 0
    for canvas in canvases:
        assert any(isinstance(p, QScrollArea) and p is window.compact.scroll for p in _ancestors(canvas))
        event = QWheelEvent(QPointF(20, 20), QPointF(canvas.mapToGlobal(QPoint(20, 20))), QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(canvas, event)
        assert not event.isAccepted()  # handed on to the scroll area


def _ancestors(w):
    p = w.parentWidget()
    while p is not None:
        yield p
        p = p.parentWidget()


def test_the_window_opens_without_matplotlib():
    """Matplotlib (about 0.5 s) is imported when the charts are built, after the window shows: none of the window's
    modules imports it on the way (the chart helpers are imported by the charts themselves)."""
    import subprocess
    import sys

    code = ("import sys; import werktloont.ui.main_window, werktloont.ui.app; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
