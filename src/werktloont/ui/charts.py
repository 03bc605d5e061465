"""Charts region: tabs for income against hours and wage, marginale druk, month by month, assets.

Matplotlib is imported only in `build()`, which the window calls right after it is shown, so the first
window appears without waiting for it. Only the visible chart is redrawn; the others when they are opened.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werktloont.ui.assets_panel import AssetsPanel
from werktloont.ui.labels import COSTS, INCOME, component_label
from werktloont.ui.tab_row import TabRow

TABS = ("hours", "wage", "metr", "timeline", "assets")
VIEW_TABS = ("hours", "wage", "metr")  # the charts drawn from the curves, which have a first-month and a lasting view


def view_outcome(outcome, view: str):
    """The outcome as the income charts draw it: in the lasting view the 'now' point is the month the headline
    names (the answer's `headline_month`, the same number as the lasting curve at this point), not month 1."""
    result = outcome.result
    if view != "lasting" or "headline_month" not in result:
        return outcome
    return dataclasses.replace(outcome, result={**result, "with_job": result["headline_month"]["with_job"]})


class Swatch(QWidget):
    """A legend mark: a filled square for an area, a line or dashed line, or a dot."""

    def __init__(self, color: str, kind: str, parent=None):
        super().__init__(parent)
        self.color, self.kind = QColor(color), kind
        self.setFixedSize(22, 14)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        h, w = self.height(), self.width()
        if self.kind == "area":
            p.fillRect(3, 1, w - 6, h - 2, self.color)
        elif self.kind == "dot":
            p.setBrush(self.color)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(w // 2 - 4, h // 2 - 4, 8, 8)
        else:
            pen = QPen(self.color, 2)
            if self.kind == "dashed":
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(2, h // 2, w - 2, h // 2)
        p.end()


class Legend(QWidget):
    """The chart legend as Qt widgets: translatable, readable by a screen reader, and free to redraw."""

    def __init__(self, entries: list[tuple[str, str, str]], parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setVerticalSpacing(2)
        self.labels: dict[str, QLabel] = {}
        for row, (key, color, kind) in enumerate(entries):
            grid.addWidget(Swatch(color, kind), row, 0)
            label = QLabel()
            grid.addWidget(label, row, 1)
            self.labels[key] = label
        grid.setRowStretch(len(entries), 1)

    def set_names(self, names: dict[str, str]) -> None:
        for key, label in self.labels.items():
            label.setText(names.get(key, key))


class _Page(QWidget):
    """One tab: "loading..." until the charts are built, then the title, the chart and its legend."""

    def __init__(self):
        super().__init__()
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(2, 2, 2, 2)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lay.addWidget(self.placeholder)


class Tabs(QWidget):
    """Pages with their names in a TabRow above them: the tab widget's API (addTab, indexOf, setTabText, ...), but
    the names wrap onto a second line instead of hiding behind scroll arrows when the column is narrow."""

    currentChanged = Signal(int)  # noqa: N815 - the tab widget's name

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tab_row = TabRow()
        self.stack = QStackedWidget()
        self._texts: list[str] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.tab_row)
        lay.addWidget(self.stack, 1)
        self.tab_row.current_changed.connect(self.setCurrentIndex)

    def addTab(self, page: QWidget, text: str) -> int:  # noqa: N802
        index = self.stack.addWidget(page)
        self._texts.append(text)
        self.tab_row.set_tabs(self._texts)
        if self.stack.count() == 1:
            self.setCurrentIndex(0)
        return index

    def removeTab(self, index: int) -> None:  # noqa: N802
        current, page = self.currentIndex(), self.stack.widget(index)
        if page is None:
            return
        self.stack.removeWidget(page)
        self._texts.pop(index)
        self.tab_row.set_tabs(self._texts)
        self.setCurrentIndex(min(current, self.count() - 1) if current != index else 0)

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        return self.stack.indexOf(page)

    def tabText(self, index: int) -> str:  # noqa: N802
        return self._texts[index] if 0 <= index < len(self._texts) else ""

    def setTabText(self, index: int, text: str) -> None:  # noqa: N802
        if 0 <= index < len(self._texts):
            self._texts[index] = text
            self.tab_row.set_tabs(self._texts)

    def currentIndex(self) -> int:  # noqa: N802
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if not 0 <= index < self.count():
            return
        changed = index != self.stack.currentIndex()
        self.stack.setCurrentIndex(index)
        self.tab_row.set_current(index, emit=False)
        if changed:
            self.currentChanged.emit(index)

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.stack.currentWidget()

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        self.setCurrentIndex(self.indexOf(page))


class ChartsPanel(Tabs):
    view_changed = Signal(str)  # "lasting" or "first_month"

    def __init__(self, parent=None):
        super().__init__(parent)
        # The view toggle sits in the title row of the chart on screen (not in the tab bar, which needs its width
        # at 1366 px); it moves along when another curve tab is chosen.
        self.view_box = QComboBox(self)
        self.view_box.addItem("", "lasting")
        self.view_box.addItem("", "first_month")
        self.view_box.currentIndexChanged.connect(self._view_toggled)
        self.view_box.hide()
        self.title_rows: dict[str, QHBoxLayout] = {}
        self.pages: dict[str, _Page] = {}
        self.plots: dict = {}
        self.built = False
        self._outcome = None
        self._dirty: set[str] = set()
        self._pending: dict = {}  # what a plot is to show, set on it when it is drawn (_apply)
        for key in TABS:
            page = _Page()
            self.pages[key] = page
            self.addTab(page, "")
        self.timeline_empty = QLabel()
        self.timeline_empty.setWordWrap(True)
        self.timeline_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timeline_stack = QStackedWidget()
        self.timeline_stack.addWidget(self.timeline_empty)
        self.assets_panel = AssetsPanel()
        self.currentChanged.connect(self._tab_changed)
        self.retranslate()

    def build(self) -> None:
        """Create the matplotlib figures (once)."""
        if self.built:
            return
        from werktloont.ui import plots
        from werktloont.ui.plot_assets import AssetsPlot

        self.plots = {"hours": plots.IncomePlot("hours"), "wage": plots.IncomePlot("wage"),
                      "metr": plots.MetrPlot(), "timeline": plots.TimelinePlot(), "assets": AssetsPlot()}
        self.titles: dict[str, QLabel] = {}
        self.legends: dict[str, Legend] = {}
        for key, plot in self.plots.items():
            page = self.pages[key]
            page.lay.removeWidget(page.placeholder)
            page.placeholder.hide()  # deleteLater waits for the main loop; until then it must not shine through
            page.placeholder.deleteLater()
            title = QLabel()
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: bold;")
            self.titles[key] = title
            row = QHBoxLayout()
            row.addWidget(self.timeline_stack if key == "timeline" else plot.canvas, 1)
            if key == "timeline":
                self.timeline_stack.addWidget(plot.canvas)
            if hasattr(plot, "legend_entries"):
                self.legends[key] = Legend(plot.legend_entries())
                row.addWidget(self.legends[key], 0)
            if key == "assets":  # what each choice about a car costs, next to the chart
                row.addWidget(self.assets_panel, 1)
            head = self.title_rows[key] = QHBoxLayout()
            head.addWidget(title, 1)
            page.lay.addLayout(head)
            page.lay.addLayout(row, 1)
            plot.canvas.setAccessibleName(self.tabText(TABS.index(key)))
            plot.canvas.before_draw.insert(0, lambda key=key: self._apply(key))  # any draw shows the newest answer
        self.built = True
        self._place_view_box()
        self.retranslate()
        if self._outcome is not None:
            self.show_outcome(self._outcome)
        else:  # built before any answer (a new conversation): no empty axes with € 0 until there is one
            # Every canvas but the month chart's (a page of its own stack, shown by it): a canvas just put in a layout
            # is still hidden and would be shown by Qt a moment later, so isHidden() cannot choose them.
            self._unanswered = [plot.canvas for key, plot in self.plots.items() if key != "timeline"]
            for canvas in self._unanswered:
                canvas.setVisible(False)

    def _view_toggled(self, _index: int) -> None:
        self.retranslate()  # the titles name the view
        self.view_changed.emit(self.view())

    def view(self) -> str:
        return self.view_box.currentData() or "lasting"

    def current_key(self) -> str | None:
        i = self.currentIndex()
        return TABS[i] if 0 <= i < len(TABS) else None

    def show_outcome(self, outcome) -> None:
        self._outcome = outcome
        temporary = outcome is not None and (outcome.result.get("headline") or {}).get("kind") == "temporary"
        if temporary != getattr(self, "_temporary", False):
            self._temporary = temporary  # the named month is the contract's, not a lasting one: say so
            self.retranslate()
        if not self.built:
            return
        for canvas in getattr(self, "_unanswered", []):
            canvas.setVisible(True)
        self._unanswered = []
        shown = view_outcome(outcome, self.view())
        for key in ("hours", "wage", "metr", "assets"):
            self._pending[key] = shown if key in VIEW_TABS else outcome
        self.assets_panel.update_outcome(outcome)
        self._dirty = set(self.plots)
        self.show_timeline(outcome)

    def forget(self) -> None:
        """No answer (an input not valid, a new conversation): the charts hide (the window hides their canvases) and
        the texts beside them, which are not in a canvas, empty."""
        self._outcome = None
        self._pending.clear()  # nothing of the previous answer is left to be drawn later
        self.assets_panel.update_outcome(None)

    def show_timeline(self, outcome) -> None:
        """The month-by-month tab; the timeline may arrive just after the rest of the outcome."""
        if not self.built:
            return
        timeline = outcome.result.get("timeline") or []
        self._pending.pop("timeline", None)
        if timeline:
            self._pending["timeline"] = timeline
            self._dirty.add("timeline")
        self.timeline_stack.setCurrentIndex(1 if timeline else 0)
        self._draw_current()

    def _apply(self, key: str) -> None:
        """A plot takes its data when it is drawn (on screen, or a full draw of a hidden one), not at every answer:
        a chart on another tab cost each keystroke its data (the wage chart's areas) for nobody to see."""
        if key in self._pending:
            self.plots[key].update(self._pending.pop(key))

    def _draw_current(self) -> None:
        key = self.current_key()
        if key in self._dirty:
            self._dirty.discard(key)
            self._apply(key)
            plot = self.plots[key]
            redraw = getattr(plot, "redraw", None)  # the income charts blit over a cached background
            if redraw is not None:
                redraw()
            else:
                plot.canvas.draw_idle()

    def _place_view_box(self) -> None:
        key = self.current_key()
        if not self.built or key not in VIEW_TABS:
            self.view_box.hide()
            return
        for head in self.title_rows.values():
            head.removeWidget(self.view_box)
        self.title_rows[key].addWidget(self.view_box, 0)
        self.view_box.show()

    def _tab_changed(self, _index: int) -> None:
        self._place_view_box()
        if self.built:
            self._draw_current()

    def retranslate(self) -> None:
        temporary = getattr(self, "_temporary", False)
        self.view_box.setItemText(0, self.tr("Tijdens het contract") if temporary else self.tr("Blijvend"))
        self.view_box.setItemText(1, self.tr("Eerste maand"))
        self.view_box.setAccessibleName(self.tr("Welke maand de grafiek laat zien"))
        self.view_box.setToolTip(self.tr("Blijvend: als de tijdelijke inkomstenvrijlating voorbij is. Eerste maand: "
                                         "de eerste maand van de baan, met de vrijlating."))
        titles = {"hours": self.tr("Uren"), "wage": self.tr("Uurloon"), "metr": self.tr("Marginale druk"),
                  "timeline": self.tr("Per maand"), "assets": self.tr("Vermogen")}
        for key, title in titles.items():
            self.setTabText(TABS.index(key), title)
            if not self.built:
                self.pages[key].placeholder.setText(self.tr("Grafiek wordt geladen…"))
        self.timeline_empty.setText(self.tr(
            "Het overzicht per maand is nog niet beschikbaar in deze versie. Het komt hier zodra de rekenkern het "
            "verloop per maand (met de eindafrekening van de toeslagen) berekent."))
        if not self.built:
            return
        texts = {
            "x_hours": self.tr("Uren per week"), "x_wage": self.tr("Bruto uurloon"),
            "title_hours": self.tr("Te besteden per maand bij meer of minder uren"),
            "title_wage": self.tr("Te besteden per maand bij een hoger of lager uurloon"),
            "title_metr": self.tr("Marginale druk: wat u van elke extra verdiende euro kwijtraakt"),
            "title_timeline": self.tr("Per maand vanaf de start van de baan"),
            "title_assets": self.tr("Vermogen en de vermogensgrens van de bijstand"),
            "total": self.tr("Te besteden met baan"), "baseline": self.tr("Te besteden zonder baan"),
            "now_hours": self.tr("{x} uur"), "now_wage": self.tr("{x} per uur"),
            "cliff": self.tr("armoedeval"), "plateau": self.tr("plateau"),
            "metr_full": self.tr("100 %: u houdt niets over"),
            "cumulative": self.tr("Opgeteld verschil met zonder baan"),
            "stay": self.tr("Te besteden als u in de bijstand blijft"),
            "settlement": self.tr("Eindafrekening toeslagen"),
            "assets_counted": self.tr("Meegeteld vermogen"), "assets_limit": self.tr("Vermogensgrens"),
        }
        names = {k: component_label(k) for k in (*INCOME, *COSTS)} | {
            "total": texts["total"], "baseline": texts["baseline"], "cumulative": texts["cumulative"],
            "stay": texts["stay"],
            "settlement": texts["settlement"]}
        for legend in self.legends.values():
            legend.set_names(names)
        lasting = self.tr(" (tijdens het contract)") if temporary else self.tr(" (blijvend, na de tijdelijke "
                                                                               "vrijlating)")
        suffix = {"lasting": lasting, "first_month": self.tr(" (eerste maand van de baan)")}[self.view()]
        for key, plot in self.plots.items():
            self.titles[key].setText(texts[f"title_{key}"] + (suffix if key in VIEW_TABS else ""))
            plot.retranslate(texts)
        for i, key in enumerate(TABS):
            self.plots[key].canvas.setAccessibleName(self.tabText(i))
        self._dirty = set(self.plots)
        self._draw_current()
