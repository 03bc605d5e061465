"""Matplotlib figures for the charts region, embedded with FigureCanvasQTAgg (never pyplot). Each plot builds its
artists once; `update(outcome)` only sets data and the caller calls `redraw()`. The income charts draw their data as
animated artists over a cached background (axes, ticks, grid): while the axes' limits stay the same, a value change
redraws only the data and blits it (text is the slowest thing Agg draws, and the tick labels are most of the text).
Their y limit moves in steps, so small changes keep the background. Importing this module imports matplotlib (about
0.5 s), so the charts region imports it after the window shows."""

from __future__ import annotations

import math

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import Bbox

from werktloont import fmt
from werktloont.api import COLOURS
from werktloont.ui.blit_layers import BlitLayers
from werktloont.ui.chart_labels import euro_axis, fit_point_label, place_labels
from werktloont.ui.kept_label import annotate
from werktloont.ui.labels import COSTS, INCOME, month_names
from werktloont.ui.plot_areas import band_polygons, nice_top

# Okabe-Ito and friends: distinguishable with the common colour-vision deficiencies.
COLORS = COLOURS
CLIFF_COLOR, PLATEAU_COLOR = "#D55E00", "#7F7F7F"
MAX_RANGE_LABELS = 8


class PlotCanvas(FigureCanvasQTAgg):
    LEFT_PX = 78  # room for "€ 10.000" on the y axis, whatever the width of the canvas
    BOTTOM_PX = 48  # room for the tick labels and the axis title, whatever the height (1366 x 768, 150 %)
    RIGHT_PX = 16  # half of the last tick label ("40") at the right end of the x axis

    def __init__(self, figure: Figure):
        super().__init__(figure)
        self.drawn_hooks: list = []  # called after every full draw or blit (the UI benchmark listens here)
        self.before_draw: list = []  # called before every full draw: what is placed by its size on screen
        self.setMinimumHeight(170)  # 1366 x 768 at 150 % leaves the charts about 200 logical pixels
        self.right_px = 0  # room for a second y axis at the right (the timeline's running total)
        self.left_px = self.LEFT_PX  # the assets chart names its bars at the left: it needs more

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        width, height = max(event.size().width(), 1), max(event.size().height(), 1)
        self.figure.subplots_adjust(left=min(0.45, self.left_px / width),
                                    bottom=min(0.4, self.BOTTOM_PX / height), top=max(0.8, 1 - 8 / height))
        self.figure.subplots_adjust(right=max(0.6, 1 - max(self.right_px, self.RIGHT_PX) / width))
        super().resizeEvent(event)

    def draw(self) -> None:
        for prepare in self.before_draw:
            prepare()
        super().draw()
        self._draw_pending = False  # a draw asked for earlier (a resize) is this one: not a second full draw later

    def draw_idle(self) -> None:
        """A canvas nobody can see (another tab, a window not shown yet) is drawn when Qt paints it, before it is
        seen: matplotlib's paintEvent first does a pending draw. Not a full draw of a hidden chart per answer."""
        if self.isVisible():
            super().draw_idle()
        else:
            self._draw_pending = True

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        """No chart zooms or scrolls: the wheel scrolls the results column the chart sits in."""
        event.ignore()


def _figure() -> Figure:
    fig = Figure(figsize=(8, 3.6), dpi=100)
    fig.set_facecolor("white")
    return fig


class IncomePlot:
    """Disposable income against hours or hourly wage, stacked by component, cliffs and plateaus shaded."""

    def __init__(self, over: str):
        self.over = over
        self.figure = _figure()
        self.canvas = PlotCanvas(self.figure)
        self.figure.subplots_adjust(left=0.12, right=0.97, top=0.97, bottom=0.14)
        ax = self.ax = self.figure.add_subplot()
        x0 = np.array([0.0, 1.0])
        zero = np.zeros(2)
        # every component's area in one collection (in the order of the legend): one draw instead of twelve
        self.areas = PolyCollection([], alpha=0.85, linewidth=0)
        ax.add_collection(self.areas, autolim=False)
        (self.total,) = ax.plot(x0, zero, color=COLORS["disposable"], linewidth=1.6)
        (self.baseline,) = ax.plot(x0, zero, color="black", linewidth=1.0, linestyle="--")
        self.now_line = ax.axvline(0.0, color="#222222", linewidth=1.0, linestyle=":")
        (self.now_dot,) = ax.plot([0.0], [0.0], marker="o", color="black", markersize=7, linestyle="none")
        self.now_text = annotate(ax, "", (0, 0), xytext=(6, 8), textcoords="offset points", fontsize=9,
                                 bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#444444", "lw": 0.6})
        blend = ax.get_xaxis_transform()
        self.cliffs = PolyCollection([], transform=blend, facecolor=CLIFF_COLOR, alpha=0.18, edgecolor="none")
        self.plateaus = PolyCollection([], transform=blend, facecolor=PLATEAU_COLOR, alpha=0.25, edgecolor="none")
        ax.add_collection(self.cliffs, autolim=False)
        ax.add_collection(self.plateaus, autolim=False)
        self.range_labels = [ax.text(0, 0.03, "", transform=blend, ha="center", va="bottom", fontsize=8,
                                     visible=False, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "alpha": 0.8,
                                                          "lw": 0}) for _ in range(MAX_RANGE_LABELS)]
        euro_axis(ax.yaxis)
        ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        self._texts: dict = {}
        self._outcome = None
        self._shown_data: tuple | None = None  # what the areas, ranges and lines show now (see _data_key)
        self._x_span = (0.0, 1.0)  # the first and last x of the curve shown
        self._now_words: tuple[tuple[str, str], bool] | None = None  # the "now" label's words and side
        self._now = (0.0, 0.0)  # the "now" point in data coordinates
        self._range_items: list = []
        # The data, the "now" marker and the range names are painted over the cached axes, each from its own layer.
        self.layers = BlitLayers(self.canvas, ax, [self.areas, self.cliffs, self.plateaus, self.total, self.baseline],
                                 [self.now_line, self.now_dot, self.now_text], self.range_labels, state=self._state,
                                 marker_boxes=self._marker_boxes, place=lambda: place_labels(
                                     self.ax, self._range_items, [0.03, 0.11, 0.19], once_nearby=True))
        self.canvas.mpl_connect("draw_event", self._on_draw)
        self.canvas.mpl_connect("resize_event", self.place_labels)  # a narrower chart: the names move or go

    def _state(self) -> tuple:
        return (self.ax.get_xlim(), self.ax.get_ylim(), self.ax.get_xlabel(), self.canvas.width(),
                self.canvas.height(), self.canvas.devicePixelRatioF())

    def _marker_boxes(self) -> list[Bbox]:
        """Where the "now" marker paints, in pixels, with room to spare: its dotted line over the axes' height, its
        dot (7 points) and its label: lines of 9-point words 8 points above the point, in a rounded box, counted as
        wide as the chart (measuring lays the words out once more)."""
        px = self.figure.dpi / 72  # pixels per point
        x, y = self.ax.transData.transform(self._now)
        axes, figure = self.ax.bbox, self.figure.bbox
        top = 30 + 13 * self.now_text.get_text().count("\n")  # a line of 9-point words is about 11 points high
        return [Bbox([[x - 2 * px, axes.y0 - px], [x + 2 * px, axes.y1 + px]]),
                Bbox([[x - 6 * px, y - 6 * px], [x + 6 * px, y + 6 * px]]),
                Bbox([[figure.x0, y - 4 * px], [figure.x1, y + top * px]])]

    def _on_draw(self, _event) -> None:
        """A full draw painted the static part: keep it, then paint the data over it."""
        self.layers.on_full_draw()
        for hook in self.canvas.drawn_hooks:
            hook()

    def redraw(self) -> None:
        """Paint what changed over the cached axes when they did not change, and blit it; else a full draw, now (left
        to the event loop, it came after the months' projection that follows a keystroke); hidden: when shown."""
        if not self.canvas.isVisible():
            self.canvas.draw_idle()
            return
        if not self.layers.can_blit():
            self.canvas.draw()
            return
        self.layers.paint()
        self.canvas.blit(self.figure.bbox)
        for hook in self.canvas.drawn_hooks:
            hook()

    def legend_entries(self) -> list[tuple[str, str, str]]:
        """(key, colour, 'area' | 'line' | 'dashed'): drawn by Qt next to the canvas (text is slow in Agg)."""
        return ([(k, COLORS[k], "area") for k in (*INCOME, *COSTS)]
                + [("total", COLORS["disposable"], "line"), ("baseline", "#000000", "dashed")])

    def retranslate(self, texts: dict) -> None:
        """texts: axis labels and range names, already translated by the caller."""
        self._texts = texts
        self.ax.set_xlabel(texts["x_hours"] if self.over == "hours" else texts["x_wage"])
        if self._outcome is not None:
            self.update(self._outcome)

    def _data_key(self, curve: dict) -> tuple:
        """What the areas, ranges and lines are drawn from: the same again, and only the marker moves."""
        return (curve["x"], [curve[k] for k in (*INCOME, *COSTS)], curve["disposable"],
                curve["baseline"]["disposable"], [(r["kind"], r["from"], r["to"]) for r in curve.get("ranges", [])],
                self._texts.get("cliff"), self._texts.get("plateau"))

    def update(self, outcome) -> None:
        self._outcome = outcome
        curve = outcome.hours if self.over == "hours" else outcome.wage
        key = self._data_key(curve)
        if key != self._shown_data:
            self._shown_data = key
            self._set_data(curve)
            self.layers.data_changed(repr(key))
        job = outcome.case["job"]
        now_x = float(job["hours_per_week"] if self.over == "hours" else job["hourly_wage"])
        now_y = outcome.result["with_job"]["disposable"]
        self.now_line.set_xdata([now_x, now_x])
        self.now_dot.set_data([now_x], [now_y])
        self._now = (now_x, float(now_y))
        label = (self._texts.get("now_hours", "{x} uur") if self.over == "hours"
                 else self._texts.get("now_wage", "{x} per uur")).format(
            x=fmt.plain(now_x) if self.over == "hours" else fmt.eur(now_x))
        self.now_text.xy = (now_x, now_y)
        x0, x1 = self._x_span
        near_right = x1 > x0 and (now_x - x0) / (x1 - x0) > 0.5  # the label left of the point, or on two lines
        self._now_words = ((f"{label}: {fmt.eur(now_y, 0)}", f"{label}:\n{fmt.eur(now_y, 0)}"), not near_right)
        fit_point_label(self.ax, self.now_text, *self._now_words)

    def _set_data(self, curve: dict) -> None:
        x = np.asarray(curve["x"], dtype=float)
        bottom, low = np.zeros_like(x), np.zeros_like(x)
        pieces: list[tuple] = []  # (polygon, colour): income stacked up from 0, costs down from 0
        for k in (*INCOME, *COSTS):
            values = np.asarray(curve[k], dtype=float)
            edge, other = (bottom, bottom + values) if k in INCOME else (low - values, low)
            pieces += [(polygon, COLORS[k]) for polygon in band_polygons(x, edge, other)]
            bottom, low = (other, low) if k in INCOME else (bottom, edge)
        self.areas.set_verts([polygon for polygon, _ in pieces])
        self.areas.set_facecolor([colour for _, colour in pieces])
        disposable = np.asarray(curve["disposable"], dtype=float)
        self.total.set_data(x, disposable)
        base = curve["baseline"]["disposable"]
        self.baseline.set_data([x[0], x[-1]], [base, base])
        ymax = max(float(bottom.max()), float(disposable.max()), base) * 1.12
        ymin = min(float(low.min()) * 1.15, 0.0)
        self._x_span = (float(x[0]), float(x[-1]))
        self.ax.set_xlim(x[0], x[-1])
        # Keep the current limits while the data fit well inside them: the background (ticks) stays valid.
        cur_min, cur_max = self.ax.get_ylim()
        fits_top = 0.8 * cur_max <= ymax <= cur_max
        fits_bottom = cur_min == 0.0 if ymin == 0.0 else cur_min <= ymin <= 0.5 * cur_min
        if not (fits_top and fits_bottom):
            self.ax.set_ylim(-nice_top(-ymin) if ymin < 0 else 0.0, nice_top(ymax))
        self._ranges(curve.get("ranges", []))

    def _ranges(self, ranges: list[dict]) -> None:
        cliffs = [r for r in ranges if r["kind"] == "cliff"]
        plateaus = [r for r in ranges if r["kind"] == "plateau"]
        rect = lambda r: [(r["from"], 0), (r["to"], 0), (r["to"], 1), (r["from"], 1)]  # noqa: E731
        self.cliffs.set_verts([rect(r) for r in cliffs])
        self.plateaus.set_verts([rect(r) for r in plateaus])
        # Labels sit at the bottom (the "now" label is near the top of the stack), on one of three heights, placed by
        # their size on screen (ui/chart_labels.py); one without room is left out, its shading stays.
        placed = [(text.get_text(), x) for text, x in self._range_items]
        self._range_items = []
        by_x = lambda rs: sorted(rs, key=lambda r: r["from"])  # noqa: E731
        for text, r in zip(self.range_labels, by_x(cliffs) + by_x(plateaus)):  # a cliff's name before a plateau's
            text.set_text(self._texts.get("cliff" if r["kind"] == "cliff" else "plateau", r["kind"]))
            text.set_color("#8a3300" if r["kind"] == "cliff" else "#333333")
            self._range_items.append((text, (r["from"] + r["to"]) / 2))
        for text in self.range_labels[len(self._range_items):]:
            text.set_visible(False)
        if [(text.get_text(), x) for text, x in self._range_items] != placed:
            self.place_labels()  # other names or middles: placed again (the same ones stay where they are)

    def place_labels(self, event=None) -> None:
        """Place the range names by their size on screen just before they are painted (BlitLayers.paint), not for a
        chart on another tab at every keystroke; after a resize, the "now" label too."""
        if event is not None and self._now_words is not None:
            fit_point_label(self.ax, self.now_text, *self._now_words)
        self.layers.names_changed()


class MetrPlot:
    """Marginale druk over hours: how much of each extra euro earned goes away."""

    def __init__(self):
        self.figure = _figure()
        self.canvas = PlotCanvas(self.figure)
        self.figure.subplots_adjust(left=0.13, right=0.97, top=0.97, bottom=0.14)
        ax = self.ax = self.figure.add_subplot()
        (self.line,) = ax.plot([0, 1], [0, 0], color="#0072B2", linewidth=1.6, drawstyle="steps-mid")
        self.full = ax.axhline(100, color="#D55E00", linewidth=1.0, linestyle="--")
        self.now_line = ax.axvline(0, color="#222222", linewidth=1.0, linestyle=":")
        self.full_text = ax.text(0.99, 100, "", transform=ax.get_yaxis_transform(), ha="right", va="bottom",
                                 fontsize=8, color="#8a3300", bbox={"fc": "white", "ec": "none", "pad": 1.0})
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0f} %"))
        ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)

    def retranslate(self, texts: dict) -> None:
        self.ax.set_xlabel(texts["x_hours"])
        self.full_text.set_text(texts["metr_full"])

    def update(self, outcome) -> None:
        x = np.asarray(outcome.hours["x"], dtype=float)
        metr = np.array([np.nan if m is None else m * 100 for m in outcome.hours["metr"]], dtype=float)
        mid = (x[1:] + x[:-1]) / 2
        self.line.set_data(mid, metr)
        h = float(outcome.case["job"]["hours_per_week"])
        self.now_line.set_xdata([h, h])
        finite = metr[np.isfinite(metr)]
        top = max(110.0, min(float(finite.max()) * 1.05 if finite.size else 110.0, 250.0))
        bottom = min(0.0, float(finite.min()) * 1.05 if finite.size else 0.0)
        self.ax.set_xlim(x[0], x[-1])
        self.ax.set_ylim(max(bottom, -100.0), top)


class TimelinePlot:
    """Month by month: disposable income per month and the cumulative gain (from the engine's timeline)."""

    def __init__(self):
        self.figure = _figure()
        self.canvas = PlotCanvas(self.figure)
        self.figure.subplots_adjust(left=0.13, right=0.86, top=0.97, bottom=0.2)
        self.canvas.right_px = 70
        ax = self.ax = self.figure.add_subplot()
        # The running total grows to thousands; on its own axis (right) the monthly amounts stay readable.
        self.ax2 = ax.twinx()
        euro_axis(self.ax2.yaxis)
        self.ax2.tick_params(axis="y", colors="#007a59", labelsize=8)
        self._marks: list = []
        self._phase_items: list = []
        self._months: list[str] = []
        self.canvas.mpl_connect("resize_event", self.place_labels)
        self.canvas.before_draw.append(self._place)
        self._stale = False
        (self.disposable,) = ax.plot([], [], color="#0072B2", marker="o", markersize=4, drawstyle="steps-mid")
        (self.stay,) = ax.plot([], [], color="#000000", linewidth=1.0, linestyle="--", drawstyle="steps-mid")
        (self.cumulative,) = self.ax2.plot([], [], color="#009E73", linewidth=1.6)
        (self.settlement,) = ax.plot([], [], color="#D55E00", marker="D", linestyle="none", markersize=6)
        ax.axhline(0, color="#888888", linewidth=0.6)
        euro_axis(ax.yaxis)
        ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)

    def legend_entries(self) -> list[tuple[str, str, str]]:
        return [("total", "#0072B2", "line"), ("stay", "#000000", "dashed"), ("cumulative", "#009E73", "line"),
                ("settlement", "#D55E00", "dot")]

    def retranslate(self, texts: dict) -> None:
        pass

    @staticmethod
    def _amount(v) -> float:
        if isinstance(v, dict):
            return float(sum(x for x in v.values() if isinstance(x, (int, float)) and not isinstance(x, bool)))
        return float(v) if isinstance(v, (int, float)) else 0.0

    def update(self, timeline: list[dict]) -> None:
        n = len(timeline)
        idx = np.arange(n, dtype=float)
        disp = np.array([self._amount(e.get("disposable", 0)) for e in timeline], dtype=float)
        cum = np.array([self._amount(e.get("cumulative_gain", 0)) for e in timeline], dtype=float)
        settle = np.array([self._amount(e.get("toeslagen_settlement", 0)) for e in timeline], dtype=float)
        stay = np.array([self._amount((e.get("stay") or {}).get("disposable", np.nan)) if e.get("stay") else np.nan
                         for e in timeline], dtype=float)
        self.stay.set_data(idx, stay)
        self.disposable.set_data(idx, disp)
        self.cumulative.set_data(idx, cum)
        has = settle != 0
        self.settlement.set_data(idx[has], settle[has])
        for mark in self._marks:
            mark.remove()
        self._marks = []
        for i in np.flatnonzero(has):  # the settlement amount next to its mark
            self._marks.append(self.ax.annotate(fmt.eur(settle[i], 0), (idx[i], settle[i]), xytext=(4, 4),
                                                textcoords="offset points", fontsize=7, color="#8a3b00"))
        self._months = [str(e.get("month", "")) for e in timeline]
        values = np.concatenate([disp, settle[has], stay[np.isfinite(stay)], [0.0]])
        self.ax.set_xlim(-0.5, max(n - 0.5, 0.5))
        self.ax.set_ylim(min(0.0, values.min() * 1.1), max(1.0, values.max() * 1.3))
        both = np.concatenate([cum, [0.0]])
        self.ax2.set_ylim(min(0.0, both.min() * 1.1), max(1.0, both.max() * 1.15))
        self._phases(timeline)  # after the limits: the names and the months are placed by where they are on screen

    def _phases(self, timeline: list[dict]) -> None:
        """Shade each run of months in one situation (werk, WW, bijstand, zoektermijn) and name it at the top."""
        runs: list[tuple[int, int, str]] = []
        for i, e in enumerate(timeline):
            code = str(e.get("situation", ""))
            if runs and runs[-1][2] == code:
                runs[-1] = (runs[-1][0], i, code)
            else:
                runs.append((i, i, code))
        words = {str(e.get("situation", "")): str(e.get("situation_text") or e.get("situation", "")) for e in timeline}
        self._phase_items = []
        for n, (a, b, code) in enumerate(runs):
            if n % 2:
                self._marks.append(self.ax.axvspan(a - 0.5, b + 0.5, color="#f0f0f0", zorder=0, linewidth=0))
            if len(runs) > 1:  # each name at the middle of its months, where it has room (ui/chart_labels.py)
                text = self.ax.text((a + b) / 2, 0.98, words.get(code, code), transform=self.ax.get_xaxis_transform(),
                                    ha="center", va="top", fontsize=7, color="#333333", clip_on=True)
                self._marks.append(text)
                self._phase_items.append((text, (a + b) / 2))
        self.place_labels()

    def place_labels(self, _event=None) -> None:
        """The phase names and the months on the axis are placed by their size on screen when the chart is drawn
        (`_place`): for the chart on a hidden tab that was about 20 ms of every answer. Until then no month is named
        (none of an earlier answer either)."""
        self._stale = True
        self.ax.set_xticks([])

    def _place(self) -> None:
        if self._stale:
            self._stale = False
            place_labels(self.ax, self._phase_items, [0.98, 0.91, 0.84])
            self._month_ticks()

    def _month_ticks(self) -> None:
        """As many months named on the axis as fit its width ("mrt" with the year under the first and each new
        year): "2026-03" turned on its side ran into the next one at 150 %."""
        months = self._months
        if not months:
            return
        per_name = 34 * self.figure.dpi / 100  # pixels of a short month name at 8 points and a gap
        step = max(1, math.ceil(len(months) * per_name / max(self.ax.get_window_extent().width, 1.0)))
        shown = list(range(0, len(months), step))
        self.ax.set_xticks(shown, month_names([months[i] for i in shown]), fontsize=8)
