"""Assets (`assets`): savings, the car (its value, whether it is needed, the part the gemeente leaves free), other
assets and debts for the asset test, and one asset change during bijstand (`assets.changes[0]`: a car put in the
client's name, a gift, an inheritance), so the car story can be played in the window. Fields the form does not
show (home equity, savings per month, further changes) are kept."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from werktloont.ui.section import CasePatch, InputSection, entry_problems
from werktloont.ui.widgets import ComboBox, DateField, focus_chain, money_box

KINDS = ("auto", "gift", "erfenis", "spaargeld", "overig")  # model.case.AssetChange.kind


class AssetsSection(InputSection):
    name = "assets"

    def __init__(self, first: QDate, last: QDate, parent=None):
        super().__init__(parent)
        self.savings = self.row("assets.savings", money_box(100.0))
        self.car_value = self.row("assets.car_value", money_box(100.0))
        self.car_needed = self.add(QCheckBox())
        self.other_assets = self.row("assets.other", money_box(100.0))
        self.debts = self.row("assets.debts", money_box(100.0))
        self.car_exempt = self.row("assets.car_exempt", money_box(100.0))  # empty: not given
        self.change_on = self.add(QCheckBox())
        self.change_month = self.row("assets.changes", DateField(month=True))
        self.change_kind = self.row("assets.changes.kind", ComboBox(), with_error=False)
        for kind in KINDS:
            self.change_kind.addItem("", kind)
        self.change_value = self.row("assets.changes.value", money_box(100.0))
        self.change_reported = self.add(QCheckBox())
        self.change_found = QCheckBox()
        self.change_discovered = DateField(month=True)
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.change_found)
        lay.addWidget(self.change_discovered, 1)
        self.add(row)
        self.add(self.change_discovered.help)
        low, high = QDate(first.year(), 1, 1), QDate(last.year(), 12, 1).addMonths(24)
        for edit in (self.change_month, self.change_discovered):
            edit.setDateRange(low, high)
        self._assets: dict = {}
        self.change_month.dateChanged.connect(lambda _d: self.enable())  # before the case is sent: no false error
        for edit in (self.change_month, self.change_discovered):
            edit.dateChanged.connect(self.emit_change)
        for box in (self.change_on, self.change_reported, self.change_found):
            box.toggled.connect(lambda _on: self.enable())
            box.toggled.connect(self.emit_change)
        for w in (self.savings, self.car_value, self.other_assets, self.debts, self.car_exempt, self.change_value):
            w.valueChanged.connect(self.emit_change)
        self.car_needed.toggled.connect(self.emit_change)
        self.change_kind.currentIndexChanged.connect(self.emit_change)
        self.enable()

    def enable(self) -> None:
        on = self.change_on.isChecked()
        for w in (self.change_month, self.change_kind, self.change_value, self.change_reported):
            w.setEnabled(on)
        month, found = self.change_month.date(), self.change_discovered.date()
        if month.isValid() and (not found.isValid() or found < month):
            self.change_discovered.setDate(month)  # found out never before the change itself
        self.change_found.setEnabled(on and not self.change_reported.isChecked())
        self.change_discovered.setEnabled(self.change_found.isEnabled() and self.change_found.isChecked())

    def patch(self) -> CasePatch:
        """The form over the loaded assets: changes after the first one in the file are kept."""
        assets = copy.deepcopy(self._assets)
        had_changes = "changes" in assets  # an empty list in the file stays (opening is then not a change)
        assets.update(savings=self.savings.value(), car_value=self.car_value.value(),
                      car_needed=self.car_needed.isChecked(), other=self.other_assets.value(),
                      debts=self.debts.value())
        if self.car_exempt.amount() is not None:
            assets["car_exempt"] = self.car_exempt.value()
        elif assets.get("car_exempt") is not None:
            assets.pop("car_exempt")
        loaded = list(assets.get("changes") or [])
        kept = loaded[1:]
        if self.change_on.isChecked():
            reported = self.change_reported.isChecked()
            month, found = self.change_month.date(), self.change_discovered.date()
            first = loaded[0] if loaded and isinstance(loaded[0], dict) else {}
            # Fields of the change the form does not show (the boete's facts, where it came from) are kept.
            change = {**first, "month": month.toString("yyyy-MM") if month.isValid() else "",
                      "kind": self.change_kind.currentData() or "overig", "value": self.change_value.value(),
                      "reported": reported,
                      "discovered": (found.toString("yyyy-MM") if self.change_found.isChecked() and not reported
                                     and found.isValid() else None)}
            assets["changes"] = [change, *kept]
        else:
            assets["changes"] = kept
        if not assets["changes"] and not had_changes:
            assets.pop("changes")
        return CasePatch(self.name, (("assets", assets),))

    def load(self, case: dict) -> None:
        given = case.get("assets")
        assets: dict = given if isinstance(given, dict) else {}
        self._assets = copy.deepcopy(assets)
        with self.loading():
            self.savings.setValue(assets.get("savings"))
            self.car_value.setValue(assets.get("car_value"))
            self.car_needed.setChecked(bool(assets.get("car_needed", False)))
            self.other_assets.setValue(assets.get("other"))
            self.debts.setValue(assets.get("debts"))
            self.car_exempt.setValue(assets.get("car_exempt"))
            changes = assets.get("changes") or []
            first = changes[0] if changes and isinstance(changes[0], dict) else None
            self.change_on.setChecked(first is not None)
            first = first or {}
            month = QDate.fromString(str(first.get("month", "")) + "-01", "yyyy-MM-dd")
            self.change_month.setDate(month)  # empty until a change is given: its month is asked, not made up
            self.change_kind.setCurrentIndex(max(0, self.change_kind.findData(first.get("kind"))))
            self.change_value.setValue(first.get("value"))
            self.change_reported.setChecked(bool(first.get("reported", False)))
            found = QDate.fromString(str(first.get("discovered") or "") + "-01", "yyyy-MM-dd")
            self.change_found.setChecked(found.isValid())
            self.change_discovered.setDate(found if found.isValid() else self.change_month.date())
            self.enable()

    def missing(self) -> list[str]:
        out = []
        if self.change_on.isChecked():
            if self.change_month.is_empty():
                out.append(self.label_text("assets.changes"))
            if self.change_value.is_empty():
                out.append(self.label_text("assets.changes.value"))
        problem = self.change_discovered.problem()
        if problem and self.change_discovered.isEnabled():
            out.append(self.change_found.text().replace("&", "") + ": " + problem)
        return out + entry_problems(self)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for w in (self.savings, self.car_value, self.car_needed, self.other_assets, self.debts, self.car_exempt,
                  self.change_on, self.change_month, self.change_kind, self.change_value, self.change_reported,
                  self.change_found, self.change_discovered):
            chain += focus_chain(w)
        return chain

    def retranslate(self) -> None:
        self.name_rows({
            "assets.savings": Q.translate("AssetInputs", "&Spaargeld en banksaldo"),
            "assets.car_value": Q.translate("AssetInputs", "Waarde &auto"),
            "assets.other": Q.translate("AssetInputs", "Ander vermogen"),
            "assets.debts": Q.translate("AssetInputs", "Schulden"),
            "assets.car_exempt": Q.translate("AssetInputs", "Welk bedrag laat uw gemeente vrij voor een auto?"),
            "assets.changes": Q.translate("AssetInputs", "Maand van de verandering"),
            "assets.changes.kind": Q.translate("AssetInputs", "Wat kwam erbij"),
            "assets.changes.value": Q.translate("AssetInputs", "Waarde")})
        for w in (self.savings, self.car_value, self.other_assets, self.debts):
            w.setPlaceholderText("€ 0,00")
        self.car_exempt.setPlaceholderText(Q.translate("AssetInputs", "niet bekend"))
        self.car_exempt.setToolTip(Q.translate(
            "AssetInputs", "Leeg: de gemeente beslist welk deel van een auto die nodig is vrij blijft. Zonder bedrag "
                           "telt de hele auto mee (of het bedrag van de gemeente, als de rekenhulp dat kent)."))
        kinds = {"auto": Q.translate("AssetInputs", "een auto (op naam gezet)"),
                 "gift": Q.translate("AssetInputs", "een gift"),
                 "erfenis": Q.translate("AssetInputs", "een erfenis"),
                 "spaargeld": Q.translate("AssetInputs", "spaargeld"),
                 "overig": Q.translate("AssetInputs", "iets anders")}
        for i, kind in enumerate(KINDS):
            self.change_kind.setItemText(i, kinds[kind])
        for box, text in ((self.car_needed, Q.translate("AssetInputs", "Auto is nodig voor werk of handicap")),
                          (self.change_on, Q.translate("AssetInputs", "Tijdens de bijstand kwam er vermogen bij")),
                          (self.change_reported, Q.translate("AssetInputs", "Meteen gemeld bij de gemeente")),
                          (self.change_found, Q.translate("AssetInputs", "De gemeente ontdekte het in"))):
            box.setText(text)
            box.setAccessibleName(text)
        self.change_discovered.setAccessibleName(Q.translate("AssetInputs", "Maand waarin de gemeente het "
                                                                            "ontdekte"))
