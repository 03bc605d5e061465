"""Words and amounts drawn in a chart (matplotlib; imported with the charts): euro ticks, and names inside a chart (a
cliff or plateau under the curve, a phase of the months at the top) placed by their size on screen: each at the
middle of what it names, moved inwards to stay inside the axes, on the first of a few heights where it touches no
other name; a name with no room at any height is left out (its shading stays). Measured in pixels with the canvas's
renderer, so a narrow chart (1366 x 768 at 150 %) gets no overlapping words."""

from __future__ import annotations

import math
import re

import numpy as np
from matplotlib.axes import Axes
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator

from werktloont import fmt

GAP_PX = 4  # between two names on one height, and between a name and the edge of the axes


def place_labels(ax: Axes, items: list[tuple[Text, float]], heights: list[float], *,
                 once_nearby: bool = False) -> list[Text]:
    """`items`: (text, x in data coordinates) with their words set, the most important first (it gets the first
    height it fits); `heights`: y in axes coordinates, tried in order. The texts use a transform with x in data and y in
    axes coordinates. `once_nearby`: a name whose words are already shown less than two of its widths away is left
    out (several small cliffs side by side read as one "armoedeval", not three stacked; the shading shows each).
    Returns the texts that are shown."""
    renderer = ax.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    box = ax.get_window_extent(renderer)
    to_data = ax.transData.inverted()
    taken: list[list[tuple[float, float]]] = [[] for _ in heights]
    said: list[tuple[str, float]] = []  # the words shown and their middles on screen
    shown = []
    for text, x in items:
        text.set_horizontalalignment("center")
        text.set_position((x, heights[0]))
        text.set_visible(True)
        width = text.get_window_extent(renderer).width
        if width + 2 * GAP_PX > box.width:
            text.set_visible(False)
            continue
        middle = ax.transData.transform((x, 0.0))[0]
        middle = min(max(middle, box.x0 + GAP_PX + width / 2), box.x1 - GAP_PX - width / 2)
        if once_nearby and any(words == text.get_text() and abs(at - middle) < 2 * width for words, at in said):
            text.set_visible(False)
            continue
        span = (middle - width / 2 - GAP_PX, middle + width / 2 + GAP_PX)
        level = next((i for i, used in enumerate(taken) if all(span[1] <= a or span[0] >= b for a, b in used)), None)
        if level is None:
            text.set_visible(False)
            continue
        taken[level].append(span)
        said.append((text.get_text(), middle))
        text.set_position((float(to_data.transform((middle, 0.0))[0]), heights[level]))
        shown.append(text)
    return shown


def overlaps(texts: list[Text]) -> list[tuple[str, str]]:
    """Pairs of shown texts whose boxes on screen overlap (for tests)."""
    if not texts:
        return []
    renderer = texts[0].figure.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts if t.get_visible() and t.get_text()]
    return [(a, b) for i, (a, box_a) in enumerate(boxes) for b, box_b in boxes[i + 1:] if box_a.overlaps(box_b)]


class EuroLocator(MaxNLocator):
    """Ticks for amounts shown in whole euros: over a range of a few euros only the whole euros in it (a range of a
    few cents gave "€ 0" five times)."""

    def __init__(self):
        super().__init__(nbins="auto", steps=[1, 2, 2.5, 5, 10], integer=True)

    def tick_values(self, vmin, vmax):
        low, high = sorted((vmin, vmax))
        if high - low < 5:
            whole = np.arange(math.ceil(low), math.floor(high) + 1, dtype=float)
            return whole if whole.size else np.array([float(round((low + high) / 2))])
        return super().tick_values(vmin, vmax)


EURO = FuncFormatter(lambda v, _pos: fmt.eur(v, 0))  # a tick's amount in whole euros


def euro_axis(axis) -> None:
    """Amounts in whole euros on ticks of whole euros."""
    axis.set_major_formatter(EURO)
    axis.set_major_locator(EuroLocator())


_WIDTHS: dict[tuple, float] = {}  # a line's width in pixels by its shape (digits as 0), font and dots per inch
_DIGIT = re.compile(r"[0-9]")


def line_width(renderer, line: str, props) -> float:
    """The width of one line of words in pixels. Its digits are measured as zeros: the chart's font (DejaVu Sans)
    sets every digit equally wide, so "€ 2.184" and "€ 3.153" have one width and a keystroke that changes the
    amount finds it kept (measuring new words cost 0,4 ms)."""
    shape = _DIGIT.sub("0", line)
    key = (shape, hash(props), renderer.dpi)
    width = _WIDTHS.get(key)
    if width is None:
        if len(_WIDTHS) >= 256:
            _WIDTHS.clear()
        width = _WIDTHS[key] = float(renderer.get_text_width_height_descent(shape, props, ismath=False)[0])
    return width


def fit_point_label(ax: Axes, text: Text, words: tuple[str, str], right_first: bool) -> None:
    """Put the label of a point (an annotation 6 points beside it, in a box) where all of it shows: inside the axes
    (not over the euro ticks) on one line at the preferred side, else at the other side, else on two lines
    (`words`: one line, two lines); where neither fits inside the axes, inside the canvas; else on two lines at the
    side with the most room. A narrow chart (1366 x 768 at 150 %) has no room for "€ 14,06 per uur: € 2.211" on
    either side, and a label cut off at the edge showed a wrong amount ("€ 2.")."""
    renderer = ax.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    px = ax.figure.dpi / 72
    x = float(ax.transData.transform(text.xy)[0])  # type: ignore[attr-defined]
    # The box's pad (0,2 of the font size) and edge on both sides, the offset, and a pixel or two of smoothing.
    room = (0.4 * float(text.get_fontsize()) + 6 + 2) * px
    props = text.get_fontproperties()
    widths = {w: max(line_width(renderer, line, props) for line in w.split("\n")) + room for w in words}
    tries = [(w, right, box) for box in (ax.bbox, ax.figure.bbox) for w in words
             for right in (right_first, not right_first)]
    chosen = next(((w, right) for w, right, box in tries
                   if ((x + widths[w] <= box.x1) if right else (x - widths[w] >= box.x0))),
                  (words[-1], ax.figure.bbox.x1 - x >= x - ax.figure.bbox.x0))
    text.set_text(chosen[0])
    text.set_position((6, 8) if chosen[1] else (-6, 8))
    text.set_horizontalalignment("left" if chosen[1] else "right")
