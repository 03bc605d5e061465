"""The children of the household: one row per child with age and childcare (part of the inputs region)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from werktloont.ui.widgets import ComboBox, Field, int_box, money_box, number_box

CARE_TYPES = ("", "dagopvang", "bso", "gastouder")


class ChildRow(QWidget):
    changed = Signal()

    def __init__(self, index: int, parent=None):
        super().__init__(parent)
        self.index = index
        self.title = QLabel()
        self.age = int_box(0, 99)  # wider than the law's 0-17, so 18 gets the engine's message, not a cut-off
        self.care = ComboBox()
        self.care.addItems(["", "", "", ""])
        self.care_hours = number_box(9999.0, 1, 4.0)
        self.care_price = money_box(1000.0, 0.25)
        self.age_field = Field(self.age)
        self.care_field = Field(self.care)
        self.hours_label, self.price_label, self.age_label, self.care_label = QLabel(), QLabel(), QLabel(), QLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.addWidget(self.title, 0, 0, 1, 2)
        for row, (label, widget) in enumerate(((self.age_label, self.age_field), (self.care_label, self.care_field),
                                               (self.hours_label, self.care_hours),
                                               (self.price_label, self.care_price)), start=1):
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
        for label, widget in ((self.age_label, self.age), (self.care_label, self.care),
                              (self.hours_label, self.care_hours), (self.price_label, self.care_price)):
            label.setBuddy(widget)
        self.age.valueChanged.connect(self.changed)
        self.care.currentIndexChanged.connect(self._care_changed)
        self.care_hours.valueChanged.connect(self.changed)
        self.care_price.valueChanged.connect(self.changed)
        self._care_changed()
        self.retranslate()

    def _care_changed(self) -> None:
        has_care = self.care.currentIndex() > 0
        for w in (self.care_hours, self.care_price, self.hours_label, self.price_label):
            w.setVisible(has_care)
        self.changed.emit()

    def retranslate(self) -> None:
        n = self.index + 1
        self.title.setText("<b>" + self.tr("Kind {n}").format(n=n) + "</b>")
        texts = ((self.age_label, self.age, self.tr("Leeftijd")), (self.care_label, self.care, self.tr("Opvang")),
                 (self.hours_label, self.care_hours, self.tr("Uren opvang per maand")),
                 (self.price_label, self.care_price, self.tr("Uurprijs opvang")))
        for label, widget, text in texts:
            label.setText(text)
            widget.setAccessibleName(self.tr("{what} kind {n}").format(what=text, n=n))
        for i, text in enumerate((self.tr("geen"), self.tr("dagopvang"), self.tr("buitenschoolse opvang (bso)"),
                                  self.tr("gastouder"))):
            self.care.setItemText(i, text)

    def focus_chain(self) -> list[QWidget]:
        return [self.age, self.care, self.care_hours, self.care_price]

    def value(self) -> dict:
        child: dict[str, Any] = {"age": self.age.value()}
        if self.care.currentIndex() > 0:
            child["childcare"] = {"type": CARE_TYPES[self.care.currentIndex()],
                                  "hours_per_month": float(self.care_hours.value()),
                                  "hourly_price": self.care_price.value()}
        return child

    def set_value(self, child: dict) -> None:
        self.age.setValue(int(child.get("age", 0)))
        care = child.get("childcare")
        self.care.setCurrentIndex(CARE_TYPES.index(care["type"]) if care and care.get("type") in CARE_TYPES else 0)
        if care:
            self.care_hours.setValue(float(care.get("hours_per_month", 0)))
            self.care_price.setValue(float(care.get("hourly_price", 0)))


class ChildrenList(QWidget):
    """As many ChildRow widgets as the count says; rows are kept when the count goes down and up again."""

    changed = Signal()
    rows_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ChildRow] = []
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self.count = 0

    def set_count(self, n: int) -> None:
        while len(self.rows) < n:
            row = ChildRow(len(self.rows), self)
            row.age.setValue(max(0, 8 - 3 * len(self.rows)))
            row.changed.connect(self.changed)
            self.rows.append(row)
            self._lay.addWidget(row)
        for i, row in enumerate(self.rows):
            row.setVisible(i < n)
        self.count = n
        self.rows_changed.emit()

    def reset(self) -> None:
        """Forget every row (a new client): rows come back fresh, without the previous childcare."""
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.count = 0

    def value(self) -> list[dict]:
        return [row.value() for row in self.rows[:self.count]]

    def retranslate(self) -> None:
        for row in self.rows:
            row.retranslate()
