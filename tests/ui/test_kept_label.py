"""The income charts' "now" label is painted from the pixels it painted before when its words, its place and the pixels
under it are the same: those must be exactly the pixels matplotlib's own label paints, and anything else (other words,
another place, other pixels under it) is painted by matplotlib."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Annotation

from tests.ui.conftest import draw_in_one_pass, settle
from werktloont.ui.kept_label import annotate

BOX = {"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#444444", "lw": 0.6}  # as the income charts' label


@pytest.fixture
def painted(monkeypatch) -> list[int]:
    """Counts the labels matplotlib paints (a label put back from kept pixels is not painted)."""
    calls: list[int] = []
    draw = Annotation.draw
    monkeypatch.setattr(Annotation, "draw", lambda self, renderer: calls.append(1) or draw(self, renderer))
    return calls


def _axes(dpi: float):
    fig = Figure(figsize=(8, 3.6), dpi=dpi)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_xlim(0, 40)
    ax.set_ylim(0, 3000)
    canvas.draw()
    return canvas, ax


@pytest.mark.parametrize("dpi", [100, 150])
def test_kept_pixels_are_the_pixels_matplotlib_paints(dpi, painted):
    """Over pixels of every colour (noise: each pixel the label touches changes), for words and places of the hours
    chart: the label painted the first time, and put back from its kept pixels, is matplotlib's label to the pixel;
    everything it paints lies inside what it keeps. Other pixels under it: painted again, as matplotlib paints it."""
    canvas, ax = _axes(dpi)
    renderer = canvas.get_renderer()
    pixels = np.asarray(renderer.buffer_rgba())
    noise = np.random.default_rng(3).integers(0, 256, pixels.shape, dtype=np.uint8)
    theirs = ax.annotate("", (0, 0), xytext=(6, 8), textcoords="offset points", fontsize=9, bbox=BOX)
    ours = annotate(ax, "", (0, 0), xytext=(6, 8), textcoords="offset points", fontsize=9, bbox=BOX)
    for label in (theirs, ours):
        label.set_animated(True)
    for hours, amount, right in ((8.0, 1850.0, False), (24.5, 2316.0, False), (33.0, 2716.0, True),
                                 (40.0, 2999.0, True), (0.5, 12.0, False)):
        text = f"{hours:g} uur: € {amount:,.0f}".replace(",", ".")
        for label in (theirs, ours):
            label.xy = (hours, amount)
            label.set_text(text)
            label.set_position((-6, 8) if right else (6, 8))
            label.set_horizontalalignment("right" if right else "left")
        pixels[:] = noise
        ax.draw_artist(theirs)
        expected = pixels.copy()
        changed = np.any(expected != noise, axis=2)
        assert changed.sum() > 100  # the label was painted
        for turn in range(2):  # the first time painted, then put back from the kept pixels
            before = len(painted)
            pixels[:] = noise
            ax.draw_artist(ours)
            assert np.array_equal(pixels, expected)
            assert len(painted) - before == (1 if turn == 0 else 0)
        (rows, cols), _before, _after = ours._kept[next(reversed(ours._kept))]
        inside = np.zeros_like(changed)
        inside[rows, cols] = True
        assert not np.any(changed & ~inside)  # every pixel it paints is kept
        pixels[:] = noise
        pixels[rows.start + 1, cols.start + 1] ^= 0xFF  # one pixel under the label differs: painted by matplotlib
        ax.draw_artist(theirs)
        other = pixels.copy()
        pixels[:] = noise
        pixels[rows.start + 1, cols.start + 1] ^= 0xFF
        before = len(painted)
        ax.draw_artist(ours)
        assert len(painted) - before == 1 and np.array_equal(pixels, other)


def test_a_keystroke_back_to_earlier_hours_paints_the_label_from_its_kept_pixels(window, qtbot, painted):
    """Back at hours shown before: the label comes from its kept pixels, and the chart is, to the pixel, the answer
    drawn in one pass with matplotlib's own label (nothing kept)."""
    plot = window.charts.plots["hours"]
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: plot.layers.can_blit())
    qtbot.wait(50)
    window.inputs.hours_slider.setValue(12)
    settle(window)
    window.inputs.hours_slider.setValue(14)
    settle(window)
    before = len(painted)
    window.inputs.hours_slider.setValue(12)
    settle(window)
    assert len(painted) == before  # the label was not painted by matplotlib
    kept = np.asarray(plot.canvas.buffer_rgba()).copy()
    draw_in_one_pass(plot)
    assert len(painted) > before  # the reference's label: painted by matplotlib
    assert np.array_equal(kept, np.asarray(plot.canvas.buffer_rgba()))
