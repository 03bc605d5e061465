"""The assets chart prints each bar's amount after the bar, inside the axes: at 1366 x 768 and 150 % the chart is
narrow, and a fixed 30 % of room let the axis's edge run through "€ 46.300"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest


def _as_in_the_window(plot, width_px: int) -> None:
    """The chart as the window showed it at 1366 x 768 and 150 %: 392 pixels wide at 150 dpi, the axes from 18
    pixels to 106 pixels before the right edge (the room for the longest bar's amount)."""
    plot.figure.set_dpi(150)
    plot.figure.set_size_inches(width_px / 150, 3.2)
    plot.figure.subplots_adjust(left=18 / width_px, right=1 - 106 / width_px)


@pytest.mark.parametrize(("counted", "limit"), [(46300.0, 8000.0), (300.0, 8000.0), (1234567.0, 16580.0)])
def test_each_amount_ends_inside_the_axes(qtbot, counted, limit):
    from werktloont.ui.plot_assets import AssetsPlot

    plot = AssetsPlot()
    qtbot.addWidget(plot.canvas)
    _as_in_the_window(plot, 392)
    outcome = SimpleNamespace(result={"asset_test": {"counted": counted, "limit": limit,
                                                     "eligible": counted <= limit}})
    plot.update(outcome)
    plot.canvas.draw()
    renderer = plot.figure.canvas.get_renderer()
    axes = plot.ax.get_window_extent(renderer)
    for text, bar in zip(plot.values, plot.bars):
        box = text.get_window_extent(renderer)
        assert box.x1 <= axes.x1, text.get_text()
        assert box.x0 >= bar.get_window_extent(renderer).x1  # after its bar, not over it


@pytest.mark.parametrize("width_px", [392, 600])
def test_the_euro_ticks_do_not_run_together(qtbot, width_px):
    from werktloont.ui.plot_assets import AssetsPlot

    plot = AssetsPlot()
    qtbot.addWidget(plot.canvas)
    _as_in_the_window(plot, width_px)
    plot.update(SimpleNamespace(result={"asset_test": {"counted": 46300.0, "limit": 8000.0, "eligible": False}}))
    plot.canvas.draw()
    renderer = plot.figure.canvas.get_renderer()
    low, high = plot.ax.get_xlim()
    boxes = sorted((t.get_window_extent(renderer) for t in plot.ax.get_xticklabels()
                    if t.get_text() and low <= t.get_position()[0] <= high), key=lambda b: b.x0)
    assert len(boxes) >= 2
    assert all(a.x1 + 2 <= b.x0 for a, b in zip(boxes, boxes[1:]))
