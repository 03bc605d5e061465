"""Scenarios region: up to four variants side by side ("nu", "24 uur", "32 uur", "auto verkocht").

Each column is the answer for a stored case: its amounts in the job's first month, then what the job brings as the
answer leads with it (lasting, or while a contract runs with its months), the difference of that with the first
scenario, and the gain in the first month; each row says which it is (the words from werktloont.texts.verdict).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werktloont import fmt
from werktloont.texts import gains as gain_texts
from werktloont.ui.labels import ALWAYS_SHOWN, ROWS, component_label, ui_lang

MAX_SCENARIOS = 4
# What a scenario does not keep of the case: the file's bookkeeping, the conversation, the other scenarios.
_NOT_IN_SCENARIO = ("scenarios", "computed", "pack_version", "client", "note")


@dataclass(frozen=True)
class Scenario:
    name: str
    case: dict
    result: dict


class ScenarioPanel(QWidget):
    open_requested = Signal(dict)   # load this scenario's case into the inputs
    changed = Signal()              # a scenario was added or removed: the case (file) holds them

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scenarios: list[Scenario] = []
        self._outcome = None
        self.name = QLineEdit()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.open_button = QPushButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        # the components, the headline's gain, its difference with the first scenario, the first month's gain
        self.table = QTableWidget(len(ROWS) + 3, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Side by side, columns as wide as their amounts and names; where that does not fit, names above the amounts
        # and the columns share the width (see _render): never a column out of view. A long gain wraps.
        self.table.setWordWrap(True)
        self.stacked = False
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        top.addWidget(self.name_label)
        top.addWidget(self.name, 1)
        top.addWidget(self.add_button)
        # The two long buttons one above the other: side by side they made the charts 460 pixels wide at least,
        # more than a small screen has (see ui/compact.py).
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.hint)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.add_button.clicked.connect(self.add_current)
        self.name.returnPressed.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button.clicked.connect(self._open_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    def set_outcome(self, outcome) -> None:
        """The current case and result: what 'add' stores."""
        self._outcome = outcome
        self._update_buttons()

    def add_current(self) -> bool:
        if self._outcome is None or len(self.scenarios) >= MAX_SCENARIOS:
            return False
        job = self._outcome.case.get("job") or {}
        name = self.name.text().strip() or self.tr("{hours} uur").format(hours=fmt.plain(job.get("hours_per_week", 0)))
        case = {k: v for k, v in self._outcome.case.items() if k not in _NOT_IN_SCENARIO}
        self.scenarios.append(Scenario(name[:80], case, self._outcome.result))
        self.name.clear()
        self._render()
        self.changed.emit()
        return True

    def set_saved(self, case: dict, compute) -> None:
        """The scenarios stored in a case (file): each computed again with `compute(case) -> result`, at the
        case's date and municipality. A scenario the engine refuses is left out (the case itself is checked)."""
        self.scenarios = []
        base = {k: v for k, v in case.items() if k not in _NOT_IN_SCENARIO}
        for saved in case.get("scenarios") or []:
            # A part the file leaves out has the format's default (no assets, no job), as SavedScenario reads it.
            variant = {**base, "household": saved.get("household"), "assets": saved.get("assets") or {},
                       "job": saved.get("job")}
            try:
                result = compute(variant)
            except Exception:  # noqa: BLE001 - a damaged scenario must not stop the case from opening
                continue
            self.scenarios.append(Scenario(str(saved.get("name", "?")), variant, result))
        self._render()

    def saved(self) -> list[dict]:
        """The scenarios as the case file stores them (werktloont.model.case.SavedScenario)."""
        return [{"name": s.name, "household": s.case["household"], "assets": s.case.get("assets") or {},
                 "job": s.case.get("job")} for s in self.scenarios]

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.scenarios):
            del self.scenarios[index]
            self._render()
            self.changed.emit()

    def _selected(self) -> int:
        """The chosen scenario (column 0 is "zonder baan", not a scenario)."""
        cols = self.table.selectionModel().selectedColumns()
        col = cols[0].column() if cols else (self.table.currentColumn() if self.scenarios else -1)
        return col - 1 if col > 0 else (-1 if col == 0 else col)

    def remove_selected(self) -> None:
        self.remove(self._selected() if self._selected() >= 0 else len(self.scenarios) - 1)

    def _open_selected(self) -> None:
        i = self._selected()
        if 0 <= i < len(self.scenarios):
            self.open_requested.emit(self.scenarios[i].case)

    def _update_buttons(self) -> None:
        full = len(self.scenarios) >= MAX_SCENARIOS
        self.add_button.setEnabled(self._outcome is not None and not full)
        self.remove_button.setEnabled(bool(self.scenarios))
        self.open_button.setEnabled(self._selected() >= 0 and bool(self.scenarios))

    def _row_keys(self) -> list[str]:
        return [*ROWS, "headline_gain", "vs_first", "gain"]

    def _value_row(self, row_key: str) -> int:
        """The table row with a key's amounts (stacked: the row under its name)."""
        row = self._row_keys().index(row_key)
        return 2 * row + 1 if self.stacked else row

    def cell_text(self, row_key: str, column: int) -> str:
        item = self.table.item(self._value_row(row_key), column + 1)
        return item.text() if item is not None else ""

    def without_text(self, row_key: str) -> str:
        item = self.table.item(self._value_row(row_key), 0)
        return item.text() if item is not None else ""

    def _name_item(self, row_key: str) -> QTableWidgetItem | None:
        row = self._row_keys().index(row_key)
        return self.table.item(2 * row, 0) if self.stacked else self.table.verticalHeaderItem(row)

    def row_label(self, row_key: str) -> str:
        item = self._name_item(row_key)
        return item.text() if item is not None else ""

    def row_tip(self, row_key: str) -> str:
        item = self._name_item(row_key)
        return item.toolTip() if item is not None else ""

    def _cell(self, key: str, s: Scenario, first: dict, results: list[dict], lang: str) -> str:
        """One scenario's cell: a component in the first month, or a gain read from the answer."""
        r = s.result
        if key == "headline_gain":
            return gain_texts.headline_gain(r, lang, results)
        if key == "vs_first":  # what the answers lead with, compared: a row of its own keeps the columns narrow
            if r is first:
                return "–"
            return gain_texts.headline_difference(r, first)
        if key == "gain":
            return gain_texts.signed(r["gain_per_month"])
        return fmt.eur(r["with_job"][key])

    def _contents(self) -> list[tuple[str, str, str, list[str]]]:
        """(key, row name, its tooltip, the texts of the columns: without a job, then each scenario) of the rows
        shown: a component that is zero everywhere is noise (as in the overview table); the totals always show."""
        first: dict = self.scenarios[0].result
        results = [s.result for s in self.scenarios]
        lang = ui_lang()
        # The gains' rows say which gain they are: lasting or while a contract runs, and the first month (its month
        # in the tooltip: the row names stay short).
        names = {key: (component_label(key), "") for key in ROWS} | {
            "headline_gain": (gain_texts.headline_gain_label(results, lang), ""),
            "vs_first": (self.tr("Verschil met het eerste scenario"), ""),
            "gain": (gain_texts.first_month_label(results, lang, short=True),
                     gain_texts.first_month_label(results, lang))}
        rows = []
        for key in self._row_keys():
            if key in ROWS and key not in ALWAYS_SHOWN and all(
                    s.result["without_job"][key] == 0 and s.result["with_job"][key] == 0 for s in self.scenarios):
                continue
            without = fmt.eur(first["without_job"][key]) if key in ROWS else "–"
            rows.append((key, *names[key], [without] + [self._cell(key, s, first, results, lang)
                                                        for s in self.scenarios]))
        return rows

    def _fits_side_by_side(self, rows: list[tuple[str, str, str, list[str]]]) -> bool:
        """Whether the names at the left and every column fit the width without scrolling sideways."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        names = max(metrics.horizontalAdvance(name) for _key, name, _tip, _cells in rows) + pad
        heads = [self.tr("zonder baan")] + [s.name for s in self.scenarios]
        columns = [max([metrics.horizontalAdvance(h)] + [metrics.horizontalAdvance(cells[c])
                                                         for _k, _n, _t, cells in rows]) + pad
                   for c, h in enumerate(heads)]
        bar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return names + sum(columns) + bar + 2 * self.table.frameWidth() <= self.table.width()

    def _render(self) -> None:
        """Side by side when the names and the columns fit the width; else each row's name on a line of its own
        above its amounts, so every scenario's column stays in view (1366 x 768 at 150 %: about 450 pixels)."""
        table = self.table
        table.clearSpans()
        if not self.scenarios:
            table.setRowCount(0)
            table.setColumnCount(0)
            self._update_buttons()
            return
        rows = self._contents()
        self.stacked = not self._fits_side_by_side(rows)
        keys = self._row_keys()
        table.setColumnCount(len(self.scenarios) + 1)
        heads = [self.tr("zonder baan")] + [s.name for s in self.scenarios]
        for c, head in enumerate(heads):
            item = QTableWidgetItem(head)
            item.setToolTip(head)  # a long name is cut in a narrow column
            table.setHorizontalHeaderItem(c, item)
        table.setRowCount(2 * len(keys) if self.stacked else len(keys))
        table.verticalHeader().setVisible(not self.stacked)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch if self.stacked
                                    else QHeaderView.ResizeMode.ResizeToContents)
        shown = {key: (name, tip, cells) for key, name, tip, cells in rows}
        for i, key in enumerate(keys):
            value_row = 2 * i + 1 if self.stacked else i
            name, tip, cells = shown.get(key, ("", "", [""] * len(heads)))
            if self.stacked:
                label = QTableWidgetItem(name)
                label.setToolTip(tip or name)
                label.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a name, not a cell to choose
                label.setForeground(self.palette().windowText())
                label.setBackground(self.palette().window())  # as the names at the left of a side-by-side table
                table.setItem(2 * i, 0, label)
                table.setSpan(2 * i, 0, 1, len(heads))
                table.setRowHidden(2 * i, key not in shown)
            else:
                label = QTableWidgetItem(name)
                label.setToolTip(tip)
                table.setVerticalHeaderItem(i, label)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key in ("disposable", "headline_gain", "vs_first") and c > 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(value_row, c, item)
            table.setRowHidden(value_row, key not in shown)
        table.resizeRowsToContents()
        self._update_buttons()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.scenarios and self.stacked != (not self._fits_side_by_side(self._contents())):
            self._render()

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Naam"))
        self.name.setPlaceholderText(self.tr("bijvoorbeeld: 32 uur, auto verkocht"))
        self.name.setAccessibleName(self.tr("Naam van het scenario"))
        self.add_button.setText(self.tr("Bewaar als scenario"))
        self.remove_button.setText(self.tr("Verwijder gekozen scenario"))
        self.open_button.setText(self.tr("Zet gekozen scenario terug in de invoer"))
        self.hint.setText(self.tr("Bewaar tot {n} varianten om ze naast elkaar te zien. Bedragen van de eerste "
                                  "maand van de baan; onderaan wat de baan per maand oplevert.").format(
            n=MAX_SCENARIOS))
        self.table.setAccessibleName(self.tr("Scenario's naast elkaar"))
        self._render()
