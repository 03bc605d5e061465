"""Small screens: a laptop of 1366 x 768 at 150 % gives the window about 910 x 512 logical pixels. Below
COMPACT_WIDTH the "waarom?" panel leaves its column and becomes a tab next to the charts, so the inputs, the verdict,
the table and the charts all fit on the screen instead of running off its right edge.

At every width the results column scrolls when it holds more than the screen (a solver answer, the debts box, a
three-line verdict): nothing is cut off, the charts keep a readable height and the rest can be scrolled to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle

# Logical pixels. The wide layout needs about 1.140 (inputs 465, charts 360, explanation 300): a window dragged
# narrower stops there, turns compact, and can go on to 910 (1366 x 768 at 150 %). 1920 x 1080 at 150 % (1280)
# stays wide.
COMPACT_WIDTH = 1200
WIDE_INPUTS_MAX = 480  # the inputs column in the wide layout: long English labels wrap rather than take the charts'
CHARTS_MIN_HEIGHT = 300  # the tab row, a chart's title and a readable chart; below it the column scrolls


def default_size(available: QSize) -> tuple[int, int]:
    """The first window size: 1400 x 880 where it fits, else the available screen (1366 x 768 minus the task bar)."""
    return min(1400, available.width()), min(880, available.height())


class CompactLayout(QObject):
    """Moves the explanation between its own column (wide) and a tab of the charts (compact)."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        window.inputs.installEventFilter(self)  # a child with childcare widens the inputs: the column follows
        self.on: bool | None = None  # not yet chosen: the first apply() always lays out
        # The results column scrolls (910 x 512 logical pixels hold the verdict and the table, the charts come below
        # the fold; at 1366 x 768 a solver answer and the debts box push the scenario buttons down).
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        window.charts.setMinimumHeight(CHARTS_MIN_HEIGHT)
        main = window.centralWidget()
        column = main.widget(1)
        main.replaceWidget(1, self.scroll)
        self.scroll.setWidget(column)
        main.setStretchFactor(1, 1)  # the results take the width the inputs leave

    def input_width(self, compact: bool) -> int:
        """The inputs column's minimum width: its preferred width when there is room, else its own minimum."""
        w = self.window
        bar = w.input_scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        least = w.inputs.minimumSizeHint().width() + bar + 8
        return least if compact else max(least, min(w.inputs.sizeHint().width() + 40, WIDE_INPUTS_MAX))

    def apply(self, width: int) -> None:
        """Choose the layout for a window `width` logical pixels wide (also before the window is first shown)."""
        compact = width < COMPACT_WIDTH
        w = self.window
        if compact == self.on:
            return
        self.on = compact
        w.input_scroll.setMinimumWidth(self.input_width(compact))
        # The inputs at their width (compact: their minimum): every pixel left goes to the table and the charts.
        inputs = self.input_width(compact)
        w.centralWidget().setSizes([inputs, max(width - inputs, 1)])
        w.verdict.set_compact(compact)
        if compact:
            if w.charts.indexOf(w.explanation) < 0:
                w.explanation.setMinimumWidth(0)
                w.charts.addTab(w.explanation, w.explanation.tab_title())
        else:
            index = w.charts.indexOf(w.explanation)
            if index >= 0:
                w.charts.removeTab(index)
                w.body.addWidget(w.explanation)
                w.explanation.setMinimumWidth(300)
                w.explanation.show()
                w.body.setStretchFactor(1, 2)
        # Before the first show the layout still holds the other layout's minimum; the window would open with it.
        w.body.updateGeometry()
        if w.layout() is not None:
            w.layout().invalidate()
            w.layout().activate()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest and self.on:
            scroll = self.window.input_scroll
            needed = self.input_width(True)
            if scroll.minimumWidth() < needed:
                scroll.setMinimumWidth(needed)
        return False

    def retranslate(self) -> None:
        w = self.window
        index = w.charts.indexOf(w.explanation)
        if index >= 0:
            w.charts.setTabText(index, w.explanation.tab_title())

    def reveal_explanation(self, _key: str = "") -> None:
        """A row chosen in the table: in the compact layout its explanation is behind a tab; show that tab."""
        w = self.window
        if self.on and w.charts.indexOf(w.explanation) >= 0:
            w.charts.setCurrentWidget(w.explanation)
