"""What a keystroke redraws, and what it leaves for later: the income charts' areas are built with numpy (the same
polygons matplotlib's fill_between makes, drawn as one collection), a chart nobody sees is drawn when it is shown, and
a table on a tab nobody looks at is emptied, never left with the previous answer, and filled when it is shown."""

from __future__ import annotations

import numpy as np
import pytest

from tests.ui.conftest import draw_in_one_pass, settle
from werktloont import fmt
from werktloont.ui.breakdown import ValueRole
from werktloont.ui.labels import ROWS


@pytest.mark.parametrize("gap", [False, True])
def test_an_area_is_the_polygon_fill_between_makes(gap):
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure

    from werktloont.ui.plot_areas import band_polygons

    rng = np.random.default_rng(7)
    x = np.linspace(0.0, 40.0, 81)
    low = rng.uniform(-300, 300, x.size)
    high = low + rng.uniform(0, 500, x.size)
    if gap:  # a value missing in the middle: matplotlib splits the area around it
        high[40] = np.nan
    theirs = Figure().add_subplot().fill_between(x, low, high).get_paths()
    ours = PolyCollection(band_polygons(x, low, high)).get_paths()  # closed as the chart's collection closes them
    assert len(ours) == len(theirs) == (2 if gap else 1)
    for a, b in zip(theirs, ours, strict=True):
        assert np.array_equal(a.vertices, b.vertices) and np.array_equal(a.codes, b.codes)


def test_an_area_that_is_nothing_everywhere_is_not_drawn():
    from werktloont.ui.plot_areas import band_polygons

    x = np.linspace(0.0, 40.0, 81)
    assert band_polygons(x, np.full(x.size, 250.0), np.full(x.size, 250.0)) == []
    assert len(band_polygons(x, np.zeros(x.size), np.r_[np.zeros(x.size - 1), 1.0])) == 1  # one point: drawn


def test_the_chart_looks_as_with_one_fill_between_per_component(window, qtbot):
    """The income chart draws every component's area from one collection; its pixels are those of the chart drawn
    with matplotlib's fill_between for each component, in the legend's order, over the same axes (up to the smoothing
of the pixels on a boundary)."""
    from werktloont.ui.labels import COSTS, INCOME
    from werktloont.ui.plots import COLORS

    window.show()
    qtbot.waitExposed(window)
    plot = window.charts.plots["hours"]
    plot.canvas.draw()
    ours = np.asarray(plot.canvas.buffer_rgba()).copy()
    curve = window.state.outcome.hours
    x = np.asarray(curve["x"], dtype=float)
    plot.areas.set_visible(False)
    bottom, low, fills = np.zeros_like(x), np.zeros_like(x), []
    for k in (*INCOME, *COSTS):
        values = np.asarray(curve[k], dtype=float)
        edge, other = (bottom, bottom + values) if k in INCOME else (low - values, low)
        fills.append(plot.ax.fill_between(x, edge, other, color=COLORS[k], alpha=0.85, linewidth=0,
                                          animated=True, zorder=plot.areas.get_zorder()))
        bottom, low = (other, low) if k in INCOME else (bottom, edge)
    plot.layers.data[0:0] = fills
    plot.canvas.draw()
    theirs = np.asarray(plot.canvas.buffer_rgba()).astype(int)
    differ = np.abs(theirs - ours.astype(int)).max(axis=2) > 0
    # Every area is the same colour in the same place; only the smoothing of a boundary pixel may differ (one
    # collection is drawn path by path, a single area with matplotlib's marker shortcut). A pixel that differs has
    # a neighbour of another colour in the chart drawn with fill_between: it lies on a boundary, never inside.
    padded = np.pad(theirs, ((1, 1), (1, 1), (0, 0)), mode="edge")
    h, w = differ.shape
    edge = np.zeros_like(differ)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            edge |= np.any(padded[dy:dy + h, dx:dx + w] != theirs, axis=2)
    assert differ.sum() < 0.03 * differ.size and not np.any(differ & ~edge)
    assert any(np.any(np.asarray(curve[k]) != 0) for k in (*INCOME, *COSTS))  # there are areas to compare


def _rows(table) -> list[tuple[str, ...]]:
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def test_the_hidden_cash_table_keeps_no_old_rows_and_fills_when_shown(window, qtbot):
    """Money by date as a table: behind another tab it is empty (filling it cost every keystroke about 2 ms); shown,
    it has the current answer's payments, also after a change made while it was hidden."""
    from werktloont.ui.cash_chart import shown_payments

    table = window.followup.table
    assert not table.isVisible() and table.rowCount() == 0
    window.show()
    qtbot.waitExposed(window)
    window.charts.setCurrentWidget(window.followup)
    window.followup.inner.setCurrentWidget(table)
    assert table.isVisible()

    def amounts_of(outcome) -> list[str]:
        pays, _totals = shown_payments(outcome.result)
        return [fmt.eur(p["amount"]) for p in pays]

    shown = [row[1] for row in _rows(table) if row[0]]  # payment rows (a month's total has no date)
    assert shown == amounts_of(window.state.outcome) and shown
    before = shown
    window.followup.inner.setCurrentIndex(0)  # the plan: the table is hidden again
    window.inputs.hours_slider.setValue(window.inputs.hours.value() + 8)
    outcome = settle(window)
    assert amounts_of(outcome) != before  # another wage: other amounts, so an old row would be seen
    assert not table.isVisible() and table.rowCount() == 0
    window.followup.inner.setCurrentWidget(table)
    shown = [row[1] for row in _rows(table) if row[0]]
    assert shown == amounts_of(outcome) and outcome is window.state.outcome


def test_a_chart_nobody_sees_is_drawn_when_shown_with_the_newest_answer(window, qtbot):
    """A hidden chart (a window not shown yet, another tab) is not drawn for every answer; when it is shown it is
    drawn before it is seen, from the answer on screen then, never an earlier one."""
    plot = window.charts.plots["hours"]
    drawn: list[float] = []
    plot.canvas.drawn_hooks.append(lambda: drawn.append(float(plot.now_dot.get_data()[0][0])))
    window.inputs.hours_slider.setValue(12)
    settle(window)
    assert drawn == []  # not shown: nothing drawn
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(drawn))
    assert drawn[-1] == 12.0 == window.state.outcome.case["job"]["hours_per_week"]
    window.charts.setCurrentWidget(window.charts.pages["wage"])
    qtbot.wait(20)
    drawn.clear()
    window.inputs.hours_slider.setValue(28)  # while the hours chart is on a hidden tab
    settle(window)
    qtbot.wait(20)
    assert drawn == []
    window.charts.setCurrentWidget(window.charts.pages["hours"])
    qtbot.waitUntil(lambda: bool(drawn))
    assert drawn[-1] == 28.0 == window.state.outcome.case["job"]["hours_per_week"]


def test_the_month_chart_names_its_months_when_drawn_and_never_an_earlier_answers(window):
    """The month chart, on a tab nobody looks at, takes its months and places their names on the axis (by their width
    on screen) when it is drawn: drawn after another case was opened, it names that case's months, never the months
    of the answer before."""
    from pathlib import Path

    from werktloont.ui.labels import month_names

    plot = window.charts.plots["timeline"]

    def named() -> list[str]:
        return [t.get_text() for t in plot.ax.get_xticklabels() if t.get_text()]

    def expected_first() -> str:
        return month_names([window.state.outcome.result["timeline"][0]["month"]])[0]

    plot.canvas.draw()
    first = named()
    assert first and first[0] == expected_first()
    cases = Path(__file__).resolve().parents[1] / "data" / "window-cases"
    assert window.casefiles.open(cases / "auto-contract.json")
    settle(window)
    plot.canvas.draw()
    assert named() and named()[0] == expected_first() != first[0]
    assert list(plot.disposable.get_data()[1]) == [e["disposable"] for e in window.state.outcome.result["timeline"]]


def _pixels(canvas) -> np.ndarray:
    return np.asarray(canvas.buffer_rgba()).copy()


def _shown_hours_chart(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    plot = window.charts.plots["hours"]
    qtbot.waitUntil(lambda: plot.layers.can_blit())  # the first full draw is done: a keystroke blits
    qtbot.wait(50)  # and what the first layout asked for
    return plot


def _blitted_then_full(window, plot, hours: int) -> tuple[np.ndarray, np.ndarray, bool]:
    """The chart's pixels after a keystroke (painted from the kept layers and blitted), then those of the same answer
    painted in one pass without any kept layer; and whether the keystroke was blitted (not drawn in full)."""
    blitted: list[bool] = []
    plot.canvas.drawn_hooks.append(lambda: blitted.append(plot.layers.can_blit()))
    window.inputs.hours_slider.setValue(hours)
    settle(window)
    after_keystroke = _pixels(plot.canvas)
    plot.canvas.drawn_hooks.pop()
    draw_in_one_pass(plot)
    return after_keystroke, _pixels(plot.canvas), bool(blitted) and all(blitted)


def test_a_keystroke_paints_the_pixels_a_full_draw_paints(window, qtbot):
    """The hours chart keeps its axes, its data and its range names as layers of pixels and paints at a keystroke only
    what changed. Whatever it kept, the chart looks exactly as a full draw of the new answer: when only the "now"
    marker moves (the data the same), when the data change too (the hours where the lasting month changes), and when
    the marker crosses a range's name (which a full draw paints over the marker)."""
    plot = _shown_hours_chart(window, qtbot)
    window.inputs.hours_slider.setValue(12)
    settle(window)
    before = plot._shown_data
    kept, full, blitted = _blitted_then_full(window, plot, 14)
    assert blitted and plot._shown_data == before  # the same data: only the marker was painted
    assert np.array_equal(kept, full)
    kept, full, blitted = _blitted_then_full(window, plot, 30)
    assert blitted and plot._shown_data != before  # other data: painted from the axes up
    assert np.array_equal(kept, full)
    # The plateau of the example at 12 hours is named under the curve: at its middle the marker crosses the name.
    window.inputs.hours_slider.setValue(12)
    plateau = next(r for r in settle(window).hours["ranges"] if r["kind"] == "plateau")
    middle = round((plateau["from"] + plateau["to"]) / 2)
    window.inputs.hours_slider.setValue(middle + 1)
    settle(window)
    kept, full, blitted = _blitted_then_full(window, plot, middle)
    names = [t.get_window_extent() for t in plot.range_labels if t.get_visible()]
    assert blitted and any(m.overlaps(n) for m in plot._marker_boxes() for n in names)
    assert np.array_equal(kept, full)


def test_a_keystroke_that_changes_the_data_shows_the_new_data(window, qtbot):
    """A chart whose data are kept from the keystroke before is only right while they are the same: when the new
    answer's curve differs, the chart shows the new curve (its line and its pixels), never the one before."""
    plot = _shown_hours_chart(window, qtbot)
    window.inputs.hours_slider.setValue(12)
    old = settle(window).hours["disposable"]
    old_pixels = _pixels(plot.canvas)
    window.inputs.hours_slider.setValue(36)
    new = settle(window).hours["disposable"]
    assert new != old  # the lasting month differs at 36 hours: another curve
    assert list(plot.total.get_data()[1]) == new
    kept = _pixels(plot.canvas)
    assert not np.array_equal(kept, old_pixels)
    kept, full, blitted = _blitted_then_full(window, plot, 37)
    assert blitted and np.array_equal(kept, full)


def test_the_table_tells_its_view_every_amount_that_changed(window):
    """A keystroke that keeps the table's rows changes its amounts in place (no reset: the rows and their labels are
    not laid out again). Every cell whose amount changed is among the cells the view is told to paint again."""
    model = window.breakdown.model_

    def texts() -> list[list[str]]:
        return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]

    told: list = []
    model.dataChanged.connect(lambda a, b, _roles=(): told.append((a.row(), b.row(), a.column(), b.column())))
    model.modelReset.connect(lambda: told.append("reset"))
    before = texts()
    window.inputs.hours_slider.setValue(window.inputs.hours.value() + 8)
    settle(window)
    after = texts()
    changed = [(r, c) for r in range(len(after)) for c in range(3) if after[r][c] != before[r][c]]
    assert changed and "reset" not in told
    assert all(any(r0 <= r <= r1 and c0 <= c <= c1 for r0, r1, c0, c1 in told) for r, c in changed)
    expected = window.state.outcome.result
    assert [model.index(r, 1).data(ValueRole) for r in range(len(ROWS))] == [expected["with_job"][k] for k in ROWS]


def test_the_explanation_follows_a_change_of_the_chosen_row(window):
    """"Waarom?" is not laid out again when its words stay the same, but a change that alters the chosen row's amounts
    shows the new words: the same as a new panel shows for the new answer."""
    from werktloont.ui.explanation import ExplanationPanel

    window.breakdown.select_component("bijstand")
    before = window.explanation.plain_text()
    window.inputs.hours_slider.setValue(window.inputs.hours.value() + 8)
    outcome = settle(window)
    fresh = ExplanationPanel()
    fresh.set_result(outcome.result)
    fresh.show_component("bijstand")
    assert window.explanation.plain_text() == fresh.plain_text() != before


@pytest.mark.parametrize("hours", [0, 9, 20, 33, 40])
def test_the_marker_is_painted_inside_the_boxes_that_decide_the_order(window, qtbot, hours):
    """Whether a range name must be painted again over the "now" marker is decided from boxes estimated without
    laying out the label's words: every pixel the marker paints (its label's rounded box included) lies inside them."""
    plot = _shown_hours_chart(window, qtbot)
    window.inputs.hours_slider.setValue(hours)
    settle(window)
    px = plot.figure.dpi / 72
    renderer = plot.canvas.get_renderer()
    label = plot.now_text.get_bbox_patch().get_window_extent(renderer).padded(px)
    boxes = plot._marker_boxes()
    assert label.width > 10 * px and any(b.x0 <= label.x0 and label.x1 <= b.x1 and b.y0 <= label.y0 and
                                         label.y1 <= b.y1 for b in boxes)
    dot = plot.now_dot.get_window_extent(renderer)
    assert any(b.x0 <= dot.x0 and dot.x1 <= b.x1 and b.y0 <= dot.y0 and dot.y1 <= b.y1 for b in boxes)


def test_the_cash_chart_is_drawn_again_only_for_other_payments(window, qtbot):
    """Money by date as a chart: a keystroke that changes no payment does not build and draw it again; one that changes
    them shows the new payments (each bar the amount of its payment), never the ones before."""
    from werktloont.ui.cash_chart import shown_payments

    window.show()
    qtbot.waitExposed(window)
    window.charts.setCurrentWidget(window.followup)
    chart = window.followup.chart
    window.followup.inner.setCurrentWidget(chart)
    qtbot.waitUntil(lambda: chart.canvas is not None and bool(chart.figure.axes))
    qtbot.wait(100)  # its first paint (a draw the event loop does) is done
    draws: list[int] = []
    chart.canvas.before_draw.append(lambda: draws.append(1))

    def bars() -> list[float]:
        return [round(p.get_height(), 2) for p in chart.figure.axes[0].patches]

    def amounts(outcome) -> list[float]:
        return [round(p["amount"], 2) for p in shown_payments(outcome.result)[0]]

    before = amounts(window.state.outcome)
    assert bars() == before and before
    window.followup.show_outcome(window.state.outcome)  # the same answer again
    qtbot.wait(50)
    assert draws == [] and bars() == before
    window.inputs.hours_slider.setValue(window.inputs.hours.value() + 8)
    outcome = settle(window)
    assert amounts(outcome) != before
    qtbot.waitUntil(lambda: bool(draws))
    assert bars() == amounts(outcome)


def test_a_storm_of_changes_is_computed_once_for_the_last_value(window, qtbot, monkeypatch):
    """Changes that arrive in one turn of the event loop (a held key, a dragged slider) are computed once, for the
    last value; the months of an answer replaced before they were computed are never computed."""
    from werktloont import api

    computed: list[float] = []
    projected: list[float] = []
    compute, project = window.state.compute, api.project
    monkeypatch.setattr(window.state, "compute", lambda case: computed.append(case["job"]["hours_per_week"]) or
                        compute(case))
    monkeypatch.setattr(api, "project", lambda prepared, **kw: projected.append(prepared.job.hours_per_week) or
                        project(prepared, **kw))
    for hours in (10, 11, 12):
        window.inputs.hours_slider.setValue(hours)
    qtbot.waitUntil(lambda: bool(projected))
    assert computed == [12] and projected == [12]
    window.inputs.hours_slider.setValue(20)
    window.state.recompute_now()  # an answer for 20 hours; its months would follow on the next turn
    window.inputs.hours_slider.setValue(21)  # but 21 hours comes first
    qtbot.waitUntil(lambda: len(projected) > 1)
    qtbot.wait(20)
    assert computed == [12, 20, 21] and projected == [12, 21]
    assert window.state.outcome.case["job"]["hours_per_week"] == 21 and window.state.outcome.result["timeline"]


def test_data_seen_before_are_painted_from_their_kept_layers_as_drawn(window, qtbot, monkeypatch):
    """A slider moved back and forth crosses between the few curves of a case: the layers of data drawn before are
    kept and painted again without drawing, and look exactly as the data drawn in one pass."""
    plot = _shown_hours_chart(window, qtbot)
    drawn_data: list[bool] = []
    draw = plot.layers._draw
    monkeypatch.setattr(plot.layers, "_draw", lambda artists: drawn_data.append(artists is plot.layers.data) or
                        draw(artists))
    window.inputs.hours_slider.setValue(12)
    low = settle(window).hours["disposable"]
    window.inputs.hours_slider.setValue(30)
    assert settle(window).hours["disposable"] != low  # the other curve
    drawn_data.clear()
    kept, full, blitted = _blitted_then_full(window, plot, 13)  # back to the first curve
    assert window.state.outcome.hours["disposable"] == low
    assert blitted and np.array_equal(kept, full)
    assert drawn_data[:1] == [False]  # the keystroke drew no data: they came from the kept layer


def test_a_draw_asked_for_and_done_at_once_is_not_done_twice(window, qtbot):
    """A resize asks for a draw when the event loop comes to it; the keystroke that finds the chart resized draws it
    at once. That draw is the one asked for: no second full draw follows (it took 30 ms after such a keystroke)."""
    plot = _shown_hours_chart(window, qtbot)
    full: list[int] = []
    plot.canvas.before_draw.append(lambda: full.append(1))
    plot.canvas.draw_idle()  # as matplotlib's resizeEvent asks
    plot.canvas.draw()  # as IncomePlot.redraw draws a resized chart at once
    qtbot.wait(50)
    plot.canvas.repaint()
    assert full == [1]
