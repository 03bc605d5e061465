"""The first months in cash, by date: a bar per payment (above the line what comes in, below what goes out) and a
line for each month's balance, with a legend of who pays (the bars' colours), and the same payments as a table for
screen readers. It reads the answer's `cash_calendar`; it computes nothing. Matplotlib is imported when the chart is
first shown."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from werktloont import fmt
from werktloont.ui.charts import Swatch
from werktloont.ui.labels import month_names

PAYER_COLOURS = {"gemeente": "#E69F00", "werkgever": "#0072B2", "dienst_toeslagen": "#009E73", "uwv": "#CC79A7",
                 "eigen_inkomen": "#7F3C8D", "kosten": "#999999"}
MONTHS_SHOWN = 6  # from the month before the job starts: the first months are where clients fall back


def shown_payments(result: dict | None) -> tuple[list[dict], dict[str, float]]:
    """The payments of the months shown (from the month before the job starts, or the case month, six months) and
    each shown month's cash."""
    cal = (result or {}).get("cash_calendar") or {}
    pays = cal.get("payments") or []
    if not pays:
        return [], {}
    plan = result.get("followup") if result else None
    months = sorted({p["month"] for p in pays})
    start = plan["start"][:7] if plan else months[0]
    i = max(months.index(start) - 1, 0) if start in months else 0
    keep = set(months[i:i + MONTHS_SHOWN])
    cash = cal.get("month_cash") or {}
    return [p for p in pays if p["month"] in keep], {m: v for m, v in cash.items() if m in keep}


def month_ticks(months: list[str]) -> tuple[list[date], list[str]]:
    """A tick in the middle of each month, named short (dates as 01-11-2026 ran into each other at 150 %)."""
    return [date(int(m[:4]), int(m[5:7]), 15) for m in months], month_names(months)


class CashLegend(QWidget):
    """Who pays, by colour (only the payers on the chart), and the month's balance line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setVerticalSpacing(2)
        self.names: list[str] = []

    def set_entries(self, entries: list[tuple[str, str, str]]) -> None:
        """(colour, 'area' | 'line', name) per row."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.names = [name for _colour, _kind, name in entries]
        for row, (colour, kind, name) in enumerate(entries):
            self.grid.addWidget(Swatch(colour, kind), row, 0)
            label = QLabel(name)
            label.setWordWrap(True)
            self.grid.addWidget(label, row, 1)
        self.grid.setRowStretch(len(entries), 1)


class CashChart(QWidget):
    """The bars and month lines (built on first show), the legend beside them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lay = QHBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.legend = CashLegend()
        self.legend.setMaximumWidth(170)
        self.canvas = None
        self._pays: list[dict] = []
        self._totals: dict[str, float] = {}
        self._texts = {"balance": "Saldo van de maand", "in": "Ontvangen", "out": "Uitgaven"}
        self._drawn: tuple | None = None  # the payments, totals and words the canvas shows

    def set_texts(self, texts: dict) -> None:
        self._texts.update(texts)
        self._draw()

    def set_payments(self, pays: list[dict], totals: dict[str, float]) -> None:
        self._pays, self._totals = pays, totals
        self._draw()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._draw()

    def _build(self) -> None:
        from matplotlib.figure import Figure

        from werktloont.ui.plots import PlotCanvas  # margins by pixels; the wheel scrolls the column

        self.figure = Figure(figsize=(6, 2.6), dpi=100)
        self.canvas = PlotCanvas(self.figure)
        self.lay.addWidget(self.canvas, 1)
        self.lay.addWidget(self.legend, 0)

    def legend_entries(self) -> list[tuple[str, str, str]]:
        payers = {p["payer"]: p.get("payer_text", p["payer"]) for p in self._pays}
        rows = [(PAYER_COLOURS.get(k, "#555555"), "area", name) for k, name in payers.items()]
        return rows + ([("#000000", "line", self._texts["balance"])] if self._totals else [])

    def _draw(self) -> None:
        if not self.isVisible():
            return
        if self.canvas is None:
            self._build()
        assert self.canvas is not None
        shown = ([dict(p) for p in self._pays], dict(self._totals), dict(self._texts))
        if shown == self._drawn:
            return  # the same payments (a keystroke that changes none of them): not built and drawn again
        self._drawn = shown
        from matplotlib.dates import MonthLocator, date2num

        from werktloont.ui.chart_labels import euro_axis

        fig = self.figure
        fig.clear()
        ax = fig.add_subplot()
        for p in self._pays:
            d = date.fromisoformat(p["date"])
            ax.bar(date2num(d), p["amount"], width=1.6, color=PAYER_COLOURS.get(p["payer"], "#555555"))
        totals = self._totals
        for month, total in sorted(totals.items()):
            first = date(int(month[:4]), int(month[5:7]), 1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            ax.plot([date2num(first), date2num(last)], [total, total], color="#000000", linewidth=1.6)
        ax.axhline(0, color="#888888", linewidth=0.6)
        euro_axis(ax.yaxis)
        ax.tick_params(labelsize=8)
        ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)
        # every calendar month a bar or a balance line falls in (a voorschot is paid in the month before its own)
        months = sorted({p["date"][:7] for p in self._pays} | set(totals))
        days, names = month_ticks(months)
        ax.xaxis.set_minor_locator(MonthLocator())  # the 1st of each month: a short mark between the names
        ax.set_xticks([date2num(d) for d in days], names)
        ax.tick_params(axis="x", which="major", length=0)
        self.legend.set_entries(self.legend_entries())
        self.canvas.draw_idle()


class CashTable(QTableWidget):
    """The same payments as rows, with each month's total: what a screen reader reads instead of the chart. The date
    and the amount first and as wide as they need; the words share what is left and wrap (nothing cut at 150 %)."""

    COLUMNS = 5  # date, amount, what, from, for month

    def __init__(self, parent=None):
        super().__init__(0, self.COLUMNS, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._pending: tuple | None = None  # what to show once the table is shown (see set_payments)

    def set_payments(self, pays: list[dict], totals: dict[str, float], heads: list[str], total_word: str,
                     date_text) -> None:
        """`heads`: the names of the columns in their order (date, amount, what, from, for month); `date_text` puts
        a date or a month in words. A hidden table is emptied at once and filled when it is shown: filling it (its
        rows fitted to their wrapped words) took about 2 ms of every keystroke, for a tab nobody was looking at."""
        self._pending = (pays, totals, heads, total_word, date_text)
        if self.isVisible():
            self._fill()
        else:
            self.setRowCount(0)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._fill()
        super().showEvent(event)

    def _fill(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None:
            return
        pays, totals, heads, total_word, date_text = pending
        self.setHorizontalHeaderLabels(heads)
        rows: list[tuple[str, str, str, str, str]] = []
        for month in sorted({p["month"] for p in pays}):
            these = [p for p in pays if p["month"] == month]
            rows += [(date_text(p["date"]), fmt.eur(p["amount"]), p.get("kind_text", p["kind"]),
                      p.get("payer_text", p["payer"]), date_text(month)) for p in these]
            rows.append(("", fmt.eur(totals.get(month, 0.0)), total_word, "", date_text(month)))
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if not row[0]:  # the month's total
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.setItem(r, c, item)
        self.resizeRowsToContents()
