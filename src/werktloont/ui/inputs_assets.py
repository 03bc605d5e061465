"""Inputs for issue 14 (part of InputsPanel's assets group): the part of the car the gemeente leaves free
(`assets.car_exempt`) and one asset change during bijstand (`assets.changes[0]`: a car put in the client's name, a
gift, an inheritance), so the car story can be played in the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from werktloont.ui.widgets import ComboBox, DateEdit, money_box

KINDS = ("auto", "gift", "erfenis", "spaargeld", "overig")  # model.case.AssetChange.kind


def build(panel: Any) -> None:
    """Add the rows to the panel's assets form (after the existing asset rows)."""
    panel.car_exempt = panel._row("assets", "assets.car_exempt", money_box(10_000_000, 100))
    panel.car_exempt.setSpecialValueText("–")  # 0: not given (the gemeente's own amount, or the whole car counts)
    panel.change_on = QCheckBox()
    panel.forms["assets"].addRow(panel.change_on)
    panel.change_month = panel._row("assets", "assets.changes", DateEdit())
    panel.change_kind = panel._row("assets", "assets.changes.kind", ComboBox(), with_error=False)
    for kind in KINDS:
        panel.change_kind.addItem("", kind)
    panel.change_value = panel._row("assets", "assets.changes.value", money_box(10_000_000, 100), with_error=False)
    panel.change_reported = QCheckBox()
    panel.forms["assets"].addRow(panel.change_reported)
    panel.change_found = QCheckBox()
    panel.change_discovered = DateEdit()
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(panel.change_found)
    lay.addWidget(panel.change_discovered, 1)
    panel.forms["assets"].addRow(row)
    first, last = panel.state.coverage()
    low, high = QDate(first.year, 1, 1), QDate(last.year, 12, 1).addMonths(24)
    for edit in (panel.change_month, panel.change_discovered):
        edit.setDisplayFormat("MM-yyyy")
        edit.setDateRange(low, high)
    panel.change_month.dateChanged.connect(lambda _d: enable(panel))  # before the case is sent: no false error
    for edit in (panel.change_month, panel.change_discovered):
        edit.dateChanged.connect(panel._emit)
    panel.change_month.setDate(QDate(first.year, first.month, 1).addMonths(1))
    panel.change_discovered.setDate(panel.change_month.date())
    for box in (panel.change_on, panel.change_reported, panel.change_found):
        box.toggled.connect(lambda _on: enable(panel))
        box.toggled.connect(panel._emit)
    for w in (panel.car_exempt, panel.change_value):
        w.valueChanged.connect(panel._emit)
    panel.change_kind.currentIndexChanged.connect(panel._emit)
    enable(panel)


def focus_chain(panel: Any) -> list[QWidget]:
    return [panel.car_exempt, panel.change_on, panel.change_month, panel.change_kind, panel.change_value,
            panel.change_reported, panel.change_found, panel.change_discovered]


def enable(panel: Any) -> None:
    on = panel.change_on.isChecked()
    for w in (panel.change_month, panel.change_kind, panel.change_value, panel.change_reported):
        w.setEnabled(on)
    if panel.change_discovered.date() < panel.change_month.date():
        panel.change_discovered.setDate(panel.change_month.date())  # found out never before the change itself
    panel.change_found.setEnabled(on and not panel.change_reported.isChecked())
    panel.change_discovered.setEnabled(panel.change_found.isEnabled() and panel.change_found.isChecked())


def to_case(panel: Any, assets: dict) -> None:
    """Lay the form over `assets` (the loaded case's assets): changes after the first one in the file are kept."""
    had_changes = "changes" in assets  # an empty list in the file stays (opening is then not a change)
    if panel.car_exempt.value() > 0:
        assets["car_exempt"] = panel.car_exempt.value()
    elif assets.get("car_exempt") is not None:
        assets.pop("car_exempt")
    kept = list(assets.get("changes") or [])[1:]
    if panel.change_on.isChecked():
        reported = panel.change_reported.isChecked()
        change = {"month": panel.change_month.date().toString("yyyy-MM"),
                  "kind": panel.change_kind.currentData() or "overig", "value": panel.change_value.value(),
                  "reported": reported,
                  "discovered": (panel.change_discovered.date().toString("yyyy-MM")
                                 if panel.change_found.isChecked() and not reported else None)}
        assets["changes"] = [change, *kept]
    else:
        assets["changes"] = kept
    if not assets["changes"] and not had_changes:
        assets.pop("changes")


def from_case(panel: Any, assets: dict) -> None:
    panel.car_exempt.setValue(float(assets.get("car_exempt") or 0))
    changes = assets.get("changes") or []
    first = changes[0] if changes else None
    panel.change_on.setChecked(first is not None)
    if first is not None:
        month = QDate.fromString(str(first.get("month", "")) + "-01", "yyyy-MM-dd")
        if month.isValid():
            panel.change_month.setDate(month)
        panel.change_kind.setCurrentIndex(max(0, panel.change_kind.findData(first.get("kind"))))
        panel.change_value.setValue(float(first.get("value", 0)))
        panel.change_reported.setChecked(bool(first.get("reported", False)))
        found = QDate.fromString(str(first.get("discovered") or "") + "-01", "yyyy-MM-dd")
        panel.change_found.setChecked(found.isValid())
        panel.change_discovered.setDate(found if found.isValid() else panel.change_month.date())
    else:
        panel.change_month.setDate(panel.date.date())  # a new change starts at the case's month
        panel.change_discovered.setDate(panel.date.date())
        panel.change_value.setValue(0.0)
        panel.change_reported.setChecked(False)
        panel.change_found.setChecked(False)
    enable(panel)


def retranslate(panel: Any) -> None:
    labels = {"assets.car_exempt": Q.translate("AssetInputs", "Welk bedrag laat uw gemeente vrij voor een auto?"),
              "assets.changes": Q.translate("AssetInputs", "Maand van de verandering"),
              "assets.changes.kind": Q.translate("AssetInputs", "Wat kwam erbij"),
              "assets.changes.value": Q.translate("AssetInputs", "Waarde")}
    for key, text in labels.items():
        label, widget, _field = panel._rows[key]
        label.setText(text)
        widget.setAccessibleName(text)
    panel.car_exempt.setToolTip(Q.translate(
        "AssetInputs", "Leeg: de gemeente beslist welk deel van een auto die nodig is vrij blijft. Zonder bedrag telt "
                       "de hele auto mee (of het bedrag van de gemeente, als de rekenhulp dat kent)."))
    kinds = {"auto": Q.translate("AssetInputs", "een auto (op naam gezet)"),
             "gift": Q.translate("AssetInputs", "een gift"),
             "erfenis": Q.translate("AssetInputs", "een erfenis"),
             "spaargeld": Q.translate("AssetInputs", "spaargeld"),
             "overig": Q.translate("AssetInputs", "iets anders")}
    for i, kind in enumerate(KINDS):
        panel.change_kind.setItemText(i, kinds[kind])
    for box, text in ((panel.change_on, Q.translate("AssetInputs", "Tijdens de bijstand kwam er vermogen bij")),
                      (panel.change_reported, Q.translate("AssetInputs", "Meteen gemeld bij de gemeente")),
                      (panel.change_found, Q.translate("AssetInputs", "De gemeente ontdekte het in"))):
        box.setText(text)
        box.setAccessibleName(text)
    panel.change_discovered.setAccessibleName(Q.translate("AssetInputs", "Maand waarin de gemeente het ontdekte"))
