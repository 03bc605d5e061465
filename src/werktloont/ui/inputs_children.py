"""The children of the household (`household.children`, `household.cost_sharers`): the count, one row per child with
age and childcare, and the cost sharers. A new child's age starts "nog niet ingevuld"."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QVBoxLayout, QWidget

from werktloont.ui.section import CasePatch, InputSection
from werktloont.ui.widgets import ComboBox, Field, focus_chain, int_box, money_box, number_box, whole_box

CARE_TYPES = ("", "dagopvang", "bso", "gastouder")


class ChildRow(QWidget):
    changed = Signal()

    def __init__(self, index: int, parent=None):
        super().__init__(parent)
        self.index = index
        self.title = QLabel()
        self.age = whole_box(99.0)  # wider than the law's 0-17, so 18 gets the engine's message, not a cut-off
        self.care = ComboBox()
        self.care.addItems(["", "", "", ""])
        self.care_hours = number_box(1, 4.0, 744.0)  # a month has at most 744 hours (the case model's limit)
        self.care_price = money_box(0.25, 100.0)  # an hourly price above € 100 is doubted: "1.250" is asked about
        self.age_field = Field(self.age)
        self.care_field = Field(self.care)
        self.hours_field, self.price_field = Field(self.care_hours), Field(self.care_price)
        self.hours_label, self.price_label, self.age_label, self.care_label = QLabel(), QLabel(), QLabel(), QLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.addWidget(self.title, 0, 0, 1, 2)
        placed: tuple[tuple[QLabel, QWidget], ...] = (
            (self.age_label, self.age_field), (self.care_label, self.care_field),
            (self.hours_label, self.hours_field), (self.price_label, self.price_field))
        for row, (label, field) in enumerate(placed, start=1):
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        buddies: tuple[tuple[QLabel, QWidget], ...] = (
            (self.age_label, self.age), (self.care_label, self.care), (self.hours_label, self.care_hours),
            (self.price_label, self.care_price))
        for label, widget in buddies:
            label.setBuddy(widget)
        self.age.valueChanged.connect(self.changed)
        self.care.currentIndexChanged.connect(self._care_changed)
        self.care_hours.valueChanged.connect(self.changed)
        self.care_price.valueChanged.connect(self.changed)
        self._care_changed()
        self.retranslate()

    def _care_changed(self) -> None:
        has_care = self.care.currentIndex() > 0
        for w in (self.hours_field, self.price_field, self.hours_label, self.price_label):
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
        self.age.setSuffix(self.tr(" jaar"))
        self.age.setPlaceholderText(self.tr("nog niet ingevuld"))
        for i, text in enumerate((self.tr("geen"), self.tr("dagopvang"), self.tr("buitenschoolse opvang (bso)"),
                                  self.tr("gastouder"))):
            self.care.setItemText(i, text)

    def focus_chain(self) -> list[QWidget]:
        return [*focus_chain(self.age), self.care, *focus_chain(self.care_hours), *focus_chain(self.care_price)]

    def value(self) -> dict:
        child: dict[str, Any] = {} if self.age.is_empty() else {"age": int(self.age.value())}
        if self.care.currentIndex() > 0:
            child["childcare"] = {"type": CARE_TYPES[self.care.currentIndex()],
                                  "hours_per_month": float(self.care_hours.value()),
                                  "hourly_price": self.care_price.value()}
        return child

    def set_value(self, child: dict) -> None:
        self.age.setValue(child.get("age"))
        care = child.get("childcare")
        self.care.setCurrentIndex(CARE_TYPES.index(care["type"]) if care and care.get("type") in CARE_TYPES else 0)
        if care:
            self.care_hours.setValue(care.get("hours_per_month"))
            self.care_price.setValue(care.get("hourly_price"))

    def missing(self) -> list[str]:
        n = self.index + 1
        out = [self.tr("Leeftijd kind {n}").format(n=n)] if self.age.is_empty() else []
        if self.care.currentIndex() > 0:
            out += [self.tr("{what} kind {n}").format(what=label.text(), n=n)
                    for label, w in ((self.hours_label, self.care_hours), (self.price_label, self.care_price))
                    if w.is_empty()]
        for label, w in ((self.age_label, self.age), (self.hours_label, self.care_hours),
                         (self.price_label, self.care_price)):
            if w.problem() and w.isVisibleTo(self):
                out.append(self.tr("{what} kind {n}").format(what=label.text(), n=n) + ": " + w.problem())
        return out


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
            row = ChildRow(len(self.rows), self)  # the age starts empty: nothing is made up
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


class ChildrenSection(InputSection):
    """The number of children with a row each, and the cost sharers."""

    name = "children"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.count = self.row("household.children", int_box(0, 15))
        self.children_list = self.add(ChildrenList())
        self.cost_sharers = self.row("household.cost_sharers", int_box(0, 99))
        self._children: list[dict] = []
        self.count.valueChanged.connect(self._count_changed)
        self.count.valueChanged.connect(self.emit_change)
        self.cost_sharers.valueChanged.connect(self.emit_change)
        self.children_list.changed.connect(self.emit_change)

    def _count_changed(self, n: int) -> None:
        rows = self.children_list
        old = rows.count
        rows.set_count(n)
        # Tab after typing "2" commits the count after the focus moved on: bring it to the first new child.
        focus = QApplication.focusWidget()
        if n > old and focus in (self.count, self.cost_sharers):
            rows.rows[old].age.setFocus(Qt.FocusReason.TabFocusReason)
            rows.rows[old].age.selectAll()

    def patch(self) -> CasePatch:
        children = []
        for i, child in enumerate(self.children_list.value()):
            kept = {k: v for k, v in (self._children[i] if i < len(self._children) else {}).items()
                    if k not in ("childcare", "age")}
            children.append({**copy.deepcopy(kept), **child})
        return CasePatch(self.name, (("household.children", children),
                                     ("household.cost_sharers", self.cost_sharers.value())))

    def load(self, case: dict) -> None:
        hh = case.get("household", {})
        children = [c for c in hh.get("children") or [] if isinstance(c, dict)]
        self._children = copy.deepcopy(children)
        with self.loading():
            self.children_list.reset()  # nothing of the previous client comes back when the count goes up
            self.count.setValue(len(children))
            self.children_list.set_count(len(children))
            for row, child in zip(self.children_list.rows, children):
                row.set_value(child)
            self.cost_sharers.setValue(int(hh.get("cost_sharers", 0)))

    def missing(self) -> list[str]:
        return [m for row in self.children_list.rows[:self.children_list.count] for m in row.missing()]

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.count]
        for row in self.children_list.rows[:self.children_list.count]:
            chain += row.focus_chain()
        return chain + [self.cost_sharers]

    def retranslate(self) -> None:
        self.name_rows({"household.children": Q.translate("ChildrenInputs", "Aantal kin&deren"),
                        "household.cost_sharers": Q.translate("ChildrenInputs",
                                                              "Kostendelers (medebewoners van 27 jaar of ouder)")})
        self.children_list.retranslate()
