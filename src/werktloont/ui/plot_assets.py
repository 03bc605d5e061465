"""The assets chart: counted assets against the bijstand asset limit (matplotlib; imported with the charts)."""

from __future__ import annotations

from matplotlib.ticker import MaxNLocator

from werktloont import fmt
from werktloont.ui.chart_labels import EURO, line_width
from werktloont.ui.plots import PlotCanvas, _figure


class AssetsPlot:
    """Counted assets against the bijstand asset limit."""

    def __init__(self):
        self.figure = _figure()
        self.canvas = PlotCanvas(self.figure)
        self.figure.subplots_adjust(left=0.05, right=0.95, top=0.95, bottom=0.18)
        # The bars are named above them, not at the left: next to the car panel the chart is narrow (about 280
        # pixels at 1366 x 768), and names at the left were cut to "geteld vermogen".
        self.canvas.left_px = 12
        self.canvas.right_px = 70  # the amount printed after the longest bar
        ax = self.ax = self.figure.add_subplot()
        self.locator = MaxNLocator(nbins=3)  # at most three "€ 12.500" labels; fewer where they would touch
        ax.xaxis.set_major_locator(self.locator)
        self.bars = ax.barh([1, 0], [0, 0], color=["#0072B2", "#999999"], height=0.4)
        self.values = [ax.text(0, y, "", va="center", fontsize=9) for y in (1, 0)]
        self.names = [ax.text(0, y + 0.24, "", va="bottom", fontsize=9) for y in (1, 0)]
        ax.xaxis.set_major_formatter(EURO)
        ax.set_yticks([])
        ax.set_ylim(-0.4, 1.55)
        ax.grid(True, axis="x", color="#dddddd", linewidth=0.6)

    def retranslate(self, texts: dict) -> None:
        for name, key in zip(self.names, ("assets_counted", "assets_limit")):
            name.set_text(texts[key])

    def update(self, outcome) -> None:
        at = outcome.result["asset_test"]
        counted, limit = float(at["counted"]), float(at["limit"])
        over = not at["eligible"]
        self.bars[0].set_width(counted)
        self.bars[0].set_color("#D55E00" if over else "#0072B2")
        self.bars[1].set_width(limit)
        for text, v in zip(self.values, (counted, limit)):
            text.set_text(fmt.eur(v, 0))
        right = self._right(counted, limit)
        for text, v in zip(self.values, (counted, limit)):
            text.set_x(v + right * 0.01)
        self.ax.set_xlim(0, right)
        # As many euro ticks as their words fit side by side ("€ 25.000€ 50.000" ran together at 150 %).
        renderer = self.figure.canvas.get_renderer()  # type: ignore[attr-defined]
        tick = line_width(renderer, EURO(right, 0), self.ax.xaxis.get_major_ticks()[0].label1.get_fontproperties())
        self.locator.set_params(nbins=max(1, min(3, int(self.ax.bbox.width / (1.8 * tick + 1)))))

    def _right(self, counted: float, limit: float) -> float:
        """The axis's end: room after each bar for its amount, measured on screen (at 150 % a fixed 30 % was too
        little and the axis's edge ran through "€ 46.300")."""
        right = max(counted, limit, 1.0) * 1.3
        width = self.ax.bbox.width  # pixels
        renderer = self.figure.canvas.get_renderer()  # type: ignore[attr-defined]
        for text, v in zip(self.values, (counted, limit)):
            free = width * 0.97 - line_width(renderer, text.get_text(), text.get_fontproperties()) - 6
            if free > width * 0.3:  # the bar keeps most of the width
                right = max(right, v * width / free)
        return right
