"""Range names under an income chart: several small cliffs side by side are named once, not stacked three high
(the shading still shows each); a cliff further along the axis gets its own name."""

from __future__ import annotations

import matplotlib.transforms as mtransforms
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from werktloont.ui.chart_labels import overlaps, place_labels

HEIGHTS = [0.03, 0.11, 0.19]


def _names(middles: list[tuple[str, float]], once_nearby: bool):
    figure = Figure(figsize=(4.0, 3.0), dpi=100)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    ax.set_xlim(0.0, 100.0)
    blend = mtransforms.blended_transform_factory(ax.transData, ax.transAxes)
    items = [(ax.text(x, 0.0, words, transform=blend, fontsize=8), x) for words, x in middles]
    figure.canvas.draw()
    return place_labels(ax, items, HEIGHTS, once_nearby=once_nearby)


def test_small_cliffs_side_by_side_are_named_once():
    middles = [("armoedeval", 60.0), ("armoedeval", 63.0), ("armoedeval", 66.0), ("armoedeval", 15.0),
               ("plateau", 61.0), ("plateau", 64.0)]
    stacked = _names(middles, once_nearby=False)
    assert sum(t.get_text() == "armoedeval" for t in stacked) >= 3  # what the window showed: three stacked
    shown = _names(middles, once_nearby=True)
    # One name for the three cliffs at 60-66, one for the cliff at 15 (further along), one for the two plateaus.
    assert sorted(t.get_text() for t in shown) == ["armoedeval", "armoedeval", "plateau"]
    assert overlaps(shown) == []
    assert {round(t.get_position()[0]) for t in shown if t.get_text() == "armoedeval"} == {15, 60}
