"""The first months in cash, by date: a bar per payment (above the line what comes in, below what goes out) and a
line for each month's balance, with the same payments as a table for screen readers. It reads the answer's
`cash_calendar`; it computes nothing. Matplotlib is imported when the chart is first shown."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from werktloont import fmt

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


class CashChart(QWidget):
    """The bars and month lines (built on first show)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.canvas = None
        self._pays: list[dict] = []
        self._totals: dict[str, float] = {}
        self._texts = {"balance": "Saldo van de maand", "in": "Ontvangen", "out": "Uitgaven"}

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
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, 2.6), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(170)
        self.lay.addWidget(self.canvas)

    def _draw(self) -> None:
        if not self.isVisible():
            return
        if self.canvas is None:
            self._build()
        assert self.canvas is not None
        from matplotlib.dates import DateFormatter, MonthLocator, date2num

        fig = self.figure
        fig.clear()
        ax = fig.add_subplot()
        for p in self._pays:
            d = date.fromisoformat(p["date"])
            ax.bar(date2num(d), p["amount"], width=1.6, color=PAYER_COLOURS.get(p["payer"], "#555555"))
        totals = self._totals
        for n, (month, total) in enumerate(sorted(totals.items())):
            first = date(int(month[:4]), int(month[5:7]), 1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            ax.plot([date2num(first), date2num(last)], [total, total], color="#000000", linewidth=1.6,
                    label=self._texts["balance"] if n == 0 else None)
        ax.axhline(0, color="#888888", linewidth=0.6)
        ax.yaxis.set_major_formatter(lambda v, _pos: fmt.eur(v, 0))
        ax.tick_params(labelsize=8)
        ax.grid(True, axis="y", color="#dddddd", linewidth=0.6)
        if totals:
            ax.legend(loc="upper left", fontsize=8, frameon=False)
        ax.xaxis.set_major_locator(MonthLocator())  # the 1st of every month, as day-month-year: no language
        ax.xaxis.set_major_formatter(DateFormatter("%d-%m-%Y"))
        fig.tight_layout()
        self.canvas.draw_idle()


class CashTable(QTableWidget):
    """The same payments as rows, with each month's total: what a screen reader reads instead of the chart."""

    def __init__(self, parent=None):
        super().__init__(0, 5, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)

    def set_payments(self, pays: list[dict], totals: dict[str, float], heads: list[str], total_word: str,
                     date_text) -> None:
        self.setHorizontalHeaderLabels(heads)
        rows: list[tuple[str, str, str, str, str]] = []
        for month in sorted({p["month"] for p in pays}):
            these = [p for p in pays if p["month"] == month]
            rows += [(date_text(p["date"]), p.get("payer_text", p["payer"]), p.get("kind_text", p["kind"]),
                      fmt.eur(p["amount"]), month) for p in these]
            rows.append(("", "", total_word, fmt.eur(totals.get(month, 0.0)), month))
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.setItem(r, c, QTableWidgetItem(text))
        self.resizeColumnsToContents()
