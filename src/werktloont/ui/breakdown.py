"""Breakdown region: without job | with job | difference per component. A row click asks "waarom?".

With beslag or a debt arrangement two rows follow the total: what goes to the creditors and what the
household keeps, from the result's `debts` (same month as the other rows)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from werktloont import fmt
from werktloont.texts import debts as debt_words
from werktloont.texts import gains
from werktloont.ui.labels import ALWAYS_SHOWN, ROWS, component_label, ui_lang

KeyRole = Qt.ItemDataRole.UserRole + 1   # the component key of a row ("huurtoeslag")
ValueRole = Qt.ItemDataRole.UserRole + 2  # the plain float of a cell, for tests and sorting
DEBT_ROWS = debt_words.TABLE_ROWS  # keys of result["debts"][situation]; only with an arrangement
DISPLAY, ALIGN, FONT = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                                         Qt.ItemDataRole.FontRole))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class BreakdownModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[str] = list(ROWS)
        self.without: dict = {}
        self.with_job: dict = {}
        self.difference: dict = {}  # the answer's Verschil column (a cost that rises is a minus)
        self.headers = ["", "", ""]
        self.texts: list[list[str]] = [["", "", ""] for _ in self.rows]  # each cell's words, made per answer
        self._bold = QFont()
        self._bold.setBold(True)

    def set_result(self, result: dict | None) -> None:
        without = dict(result["without_job"]) if result else {}
        with_job = dict(result["with_job"]) if result else {}
        difference = dict(result["difference"]) if result else {}
        debts: dict = (result.get("debts") if result else None) or {}
        debts = debts.get("first_month", debts)  # the table is the first month's
        rows = list(ROWS) + (list(DEBT_ROWS) if debts else [])
        for key in DEBT_ROWS if debts else ():
            without[key] = debts["without_job"][key]
            with_job[key] = debts["with_job"][key]
            difference[key] = debts["difference"][key]
        if rows != self.rows or bool(without) != bool(self.without):
            self.beginResetModel()
            self.rows, self.without, self.with_job, self.difference = rows, without, with_job, difference
            self.texts = self._cell_texts()
            self.endResetModel()
            return
        # The same rows (a keystroke): only the cells whose amounts changed are told, so the view does not lay out
        # its rows and labels again and paints only what changed.
        changed = [i for i, key in enumerate(rows)
                   if (without.get(key), with_job.get(key)) != (self.without.get(key), self.with_job.get(key))]
        self.without, self.with_job, self.difference = without, with_job, difference
        self.texts = self._cell_texts()
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], 2))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 3

    def value(self, row: int, column: int) -> float | None:
        key = self.rows[row]
        if key not in self.without:
            return None
        return (self.without[key], self.with_job[key], self.difference[key])[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Asked for every role of every cell at each paint: the words are made once per answer (_texts).
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.texts[index.row()][index.column()]
        if role == ALIGN:
            return RIGHT
        key = self.rows[index.row()]
        if role == FONT:
            return self._bold if key in ("disposable", "household_keeps") else None
        if role == KeyRole:
            return key
        if role == ValueRole:
            return self.value(index.row(), index.column())
        return None

    def _cell_texts(self) -> list[list[str]]:
        texts = []
        for row in range(len(self.rows)):
            cells = []
            for column in range(3):
                v = self.value(row, column)
                cells.append("" if v is None else fmt.eur(v) if column < 2 else gains.signed(v))
            texts.append(cells)
        return texts

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            return self.headerData(section, orientation)  # the whole label where a narrow window elides it
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        key = self.rows[section]
        if key in DEBT_ROWS:
            return debt_words.ROWS[key][1 if ui_lang() == "en" else 0]
        return component_label(key)

    def retranslate(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)


class BreakdownTable(QTableView):
    component_selected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model_ = BreakdownModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # one Tab stop: arrows move between rows, Tab goes on to the next region
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # see _fit_amounts
        # A click on the row label or a cell, or moving with the arrow keys, all ask "waarom?".
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.verticalHeader().sectionClicked.connect(self.select_row)
        self.retranslate()

    def _row_changed(self, current: QModelIndex, _previous) -> None:
        if current.isValid():
            self.component_selected.emit(self.model_.rows[current.row()])

    def select_row(self, row: int) -> None:
        self.setCurrentIndex(self.model_.index(row, 1))

    def select_component(self, key: str) -> None:
        self.select_row(self.model_.rows.index(key))

    def set_result(self, result: dict | None) -> None:
        current = self.currentIndex().row()
        self.model_.set_result(result)
        # Rows that are zero with and without the job are noise in a conversation; hide them.
        for i, key in enumerate(self.model_.rows):
            zero = result is not None and self.model_.without[key] == 0 and self.model_.with_job[key] == 0
            hidden = zero and key not in (*ALWAYS_SHOWN, *DEBT_ROWS)
            if self.isRowHidden(i) != hidden:
                self.setRowHidden(i, hidden)
        self._fit_height(hold=result is not None)  # an empty table (no answer yet) is no height to keep
        self._fit_amounts()
        if current >= 0 and self.currentIndex().row() != current:
            self.selectionModel().blockSignals(True)
            self.setCurrentIndex(self.model_.index(current, 1))
            self.selectionModel().blockSignals(False)

    def _fit_amounts(self) -> None:
        """No amount is ever cut to "+€ 1.607,…" (1366 x 768 at 150 %): where the table is too narrow for the
        labels and the amounts, the row labels give way (elided, the whole label as a tooltip), never an amount."""
        bold = QFont(self.font())
        bold.setBold(True)  # the total row is bold
        metrics = QFontMetrics(bold)
        model = self.model_
        texts = [text for r, cells in enumerate(model.texts) if not self.isRowHidden(r) for text in cells]
        needed = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 12
        room = self.width() - 2 * self.frameWidth() - model.columnCount() * needed
        self.verticalHeader().setMaximumWidth(max(room, 80))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_amounts()

    def _fit_height(self, hold: bool = True) -> None:
        """As tall as its visible rows, so the charts below get the rest of the column; while one case is edited
        it only grows (a row that hides at some hours must not make the charts jump on every slider step)."""
        rows = sum(self.rowHeight(i) for i in range(self.model_.rowCount()) if not self.isRowHidden(i))
        header = self.horizontalHeader()
        # the header's own size hint: its two-line labels may not be laid out yet when the first result arrives
        needed = rows + max(header.height(), header.sizeHint().height()) + 2 * self.frameWidth() + 2
        if hold:
            self._held = max(getattr(self, "_held", 0), needed)
        self.setFixedHeight(self._held if hold else needed)

    def release_height(self) -> None:
        """A new case: fit its rows again."""
        self._held = 0

    def retranslate(self) -> None:
        # The table is the first month of the job (with any temporary vrijlating); the verdict leads with the
        # lasting gain, so the headers say which month this is.
        self.model_.retranslate([self.tr("Zonder baan"), self.tr("Met baan\n1e maand"),
                                 self.tr("Verschil\n1e maand")])
        self.setAccessibleName(self.tr("Overzicht per onderdeel, in de eerste maand van de baan"))
