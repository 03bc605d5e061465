"""The "now" label of an income chart ("€ 14,06 per uur: € 2.211") is whole on the canvas: on one line beside the
point where there is room, else on two lines. A narrow chart (1366 x 768 at 150 %) cut it off at its edge, and the
amount read "€ 2."."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from werktloont.ui.chart_labels import fit_point_label
from werktloont.ui.kept_label import annotate

WORDS = ("€ 14,06 per uur: € 2.211", "€ 14,06 per uur:\n€ 2.211")


def _label(width_in: float, x: float, right_first: bool, left: float = 0.12):
    figure = Figure(figsize=(width_in, 3.0), dpi=150)  # 150 dpi: the window at 150 %
    FigureCanvasAgg(figure)
    figure.subplots_adjust(left=left, right=0.97, top=0.97, bottom=0.14)
    ax = figure.add_subplot()
    ax.set_xlim(14.06, 40.0)
    ax.set_ylim(0.0, 5000.0)
    text = annotate(ax, "", (x, 2211.0), xytext=(6, 8), textcoords="offset points", fontsize=9,
                    bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#444444", "lw": 0.6})
    fit_point_label(ax, text, WORDS, right_first)
    renderer = figure.canvas.get_renderer()
    return text, text.get_window_extent(renderer), figure.bbox


def test_a_wide_chart_keeps_the_label_on_one_line_right_of_the_point():
    text, box, canvas = _label(6.0, 14.06, right_first=True)
    assert text.get_text() == WORDS[0] and text.get_horizontalalignment() == "left"
    assert canvas.x0 <= box.x0 and box.x1 <= canvas.x1


def test_a_point_near_the_right_edge_gets_its_label_at_the_left():
    text, box, canvas = _label(6.0, 39.0, right_first=True)  # no room on the right: the other side
    assert text.get_text() == WORDS[0] and text.get_horizontalalignment() == "right"
    assert canvas.x0 <= box.x0 and box.x1 <= canvas.x1


def test_a_narrow_chart_puts_the_label_on_two_lines_inside_the_canvas():
    # As the window showed it at 1366 x 768 and 150 %: a canvas of 330 pixels (the legend beside it), the axes from
    # 119 pixels (the euro ticks): one line of 24 characters is wider than the room on either side of the point.
    text, box, canvas = _label(2.2, 14.06, right_first=True, left=0.36)
    assert text.get_text() == WORDS[1]
    assert canvas.x0 <= box.x0 and box.x1 <= canvas.x1


def test_every_digit_is_as_wide_as_a_zero_in_the_charts_font():
    # line_width measures an amount's digits as zeros (so a new amount needs no new measurement): that holds only
    # while the chart's font sets its digits equally wide.
    from matplotlib.font_manager import FontProperties

    from werktloont.ui.chart_labels import line_width

    for dpi in (100, 150):
        figure = Figure(dpi=dpi)
        FigureCanvasAgg(figure)
        renderer = figure.canvas.get_renderer()
        props = FontProperties(size=9)
        zero = renderer.get_text_width_height_descent("0", props, ismath=False)[0]
        for digit in "123456789":
            assert renderer.get_text_width_height_descent(digit, props, ismath=False)[0] == zero
        for words in ("€ 14,06 per uur: € 2.184", "28 uur: € 3.153", "€ 15,25 per hour: € 1.999"):
            measured = renderer.get_text_width_height_descent(words, props, ismath=False)[0]
            assert abs(line_width(renderer, words, props) - measured) <= 1.0


def test_the_label_stays_off_the_euro_ticks_when_two_lines_fit_inside_the_axes():
    # The single mother's hours chart at 150 %: the point in the middle of narrow axes. One line at the left ran over
    # the tick "€ 3.000"; on two lines it fits inside the axes.
    figure = Figure(figsize=(2.2, 3.0), dpi=150)
    FigureCanvasAgg(figure)
    figure.subplots_adjust(left=0.36, right=0.97, top=0.97, bottom=0.14)
    ax = figure.add_subplot()
    ax.set_xlim(0.0, 40.0)
    ax.set_ylim(0.0, 6000.0)
    text = annotate(ax, "", (24.0, 2936.0), xytext=(6, 8), textcoords="offset points", fontsize=9,
                    bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#444444", "lw": 0.6})
    fit_point_label(ax, text, ("24 uur: € 2.936", "24 uur:\n€ 2.936"), right_first=False)
    renderer = figure.canvas.get_renderer()
    box, axes = text.get_window_extent(renderer), ax.get_window_extent(renderer)
    assert axes.x0 <= box.x0 and box.x1 <= axes.x1
