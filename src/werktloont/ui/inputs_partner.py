"""Inputs for issue 15 (part of InputsPanel's household group): the partner's own income (current job, other
income), whether the partner is zorgverzekerd, and who takes the offer. Shown only when there is a partner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QCheckBox, QWidget

from werktloont.ui.widgets import ComboBox, money_box, number_box

# model.case.OtherIncome.kind; "" = none
KINDS = ("", "ww", "wia", "wajong", "anw", "alimentatie", "kinderalimentatie", "overig")


def build(panel: Any) -> None:
    """Add the rows to the household form, after "Partner werkt"."""
    panel.partner_hours = panel._row("household", "household.adults[1].current_job.hours_per_week",
                                     number_box(99))
    panel.partner_wage = panel._row("household", "household.adults[1].current_job.hourly_wage",
                                    money_box(1000, 0.1))
    panel.partner_other_kind = panel._row("household", "household.adults[1].other_income.kind", ComboBox(),
                                          with_error=False)
    for kind in KINDS:
        panel.partner_other_kind.addItem("", kind)
    panel.partner_other_net = panel._row("household", "household.adults[1].other_income", money_box(100_000))
    panel.partner_insured = QCheckBox()
    panel.partner_insured.setChecked(True)
    panel.forms["household"].addRow(panel.partner_insured)
    panel.offer_for_partner = QCheckBox()
    panel.forms["household"].addRow(panel.offer_for_partner)
    for w in (panel.partner_hours, panel.partner_wage, panel.partner_other_net):
        w.valueChanged.connect(panel._emit)
    panel.partner_other_kind.currentIndexChanged.connect(panel._emit)
    for box in (panel.partner_insured, panel.offer_for_partner):
        box.toggled.connect(panel._emit)
    panel.offer_for_partner.toggled.connect(lambda _on: panel._update_minimum_wage())
    show(panel, False)


def _widgets(panel: Any) -> list[QWidget]:
    return [panel.partner_hours, panel.partner_wage, panel.partner_other_kind, panel.partner_other_net,
            panel.partner_insured, panel.offer_for_partner]


def show(panel: Any, on: bool) -> None:
    """The partner's rows appear only when there is a partner."""
    wrapped = {id(widget): field for _label, widget, field in panel._rows.values() if field is not None}
    for w in _widgets(panel):
        panel.forms["household"].setRowVisible(wrapped.get(id(w), w), on)


def visible(panel: Any) -> bool:
    return panel.forms["household"].isRowVisible(panel.offer_for_partner)


def focus_chain(panel: Any) -> list[QWidget]:
    return _widgets(panel)


def offer_age(panel: Any) -> int:
    """The age of whoever takes the offer (the youth minimum wage follows it, WML art. 8-9)."""
    if panel.has_partner.isChecked() and panel.offer_for_partner.isChecked():
        return int(panel.partner_age.value())
    return int(panel.client_age.value())


def to_case(panel: Any, partner: dict | None, job: dict) -> None:
    """Lay the partner's fields over the partner dict (kept fields stay) and set job.person."""
    if "person" in job:  # a saved file holds the default 0: keep it, so open -> save changes nothing
        job["person"] = 0
    if partner is None:
        return
    # A saved file holds the defaults (None, []): keep each key's presence, so open -> save changes nothing.
    if panel.partner_hours.value() > 0 or panel.partner_wage.value() > 0:
        partner["current_job"] = {"hourly_wage": panel.partner_wage.value(),
                                  "hours_per_week": panel.partner_hours.value()}
    elif "current_job" in partner:
        partner["current_job"] = None
    rest = list(partner.get("other_income") or [])[1:]  # entries the form does not show are kept
    kind = panel.partner_other_kind.currentData()
    first = [{"kind": kind, "net_per_month": panel.partner_other_net.value()}] if kind else []
    if first or rest or "other_income" in partner:
        partner["other_income"] = first + rest
    if not panel.partner_insured.isChecked() or "zorgverzekerd" in partner:
        partner["zorgverzekerd"] = panel.partner_insured.isChecked()
    if panel.offer_for_partner.isChecked():
        job["person"] = 1


def from_case(panel: Any, partner: dict | None, job: dict) -> None:
    partner = partner or {}
    current = partner.get("current_job") or {}
    panel.partner_hours.setValue(float(current.get("hours_per_week", 0)))
    panel.partner_wage.setValue(float(current.get("hourly_wage", 0)))
    other = (partner.get("other_income") or [{}])[0]
    panel.partner_other_kind.setCurrentIndex(max(0, panel.partner_other_kind.findData(other.get("kind", ""))))
    amount = other.get("net_per_month", other.get("gross_per_month", 0)) or 0
    panel.partner_other_net.setValue(float(amount))
    panel.partner_insured.setChecked(bool(partner.get("zorgverzekerd", True)))
    panel.offer_for_partner.setChecked(job.get("person", 0) == 1)


def retranslate(panel: Any) -> None:
    key = "household.adults[1]."
    labels = {
        key + "current_job.hours_per_week": Q.translate("PartnerInputs", "Partner: uren per week in huidige baan"),
        key + "current_job.hourly_wage": Q.translate("PartnerInputs", "Partner: bruto uurloon huidige baan"),
        key + "other_income.kind": Q.translate("PartnerInputs", "Partner: ander inkomen (soort)"),
        key + "other_income": Q.translate("PartnerInputs", "Partner: ander inkomen, netto per maand"),
    }
    for row, text in labels.items():
        label, widget, _field = panel._rows[row]
        label.setText(text)
        widget.setAccessibleName(text)
    names = {"": Q.translate("PartnerInputs", "geen"), "ww": "WW", "wia": "WIA", "wajong": "Wajong", "anw": "Anw",
             "alimentatie": Q.translate("PartnerInputs", "partneralimentatie"),
             "kinderalimentatie": Q.translate("PartnerInputs", "kinderalimentatie"),
             "overig": Q.translate("PartnerInputs", "overig")}
    for i, kind in enumerate(KINDS):
        panel.partner_other_kind.setItemText(i, names[kind])
    for box, text in ((panel.partner_insured, Q.translate("PartnerInputs", "Partner is verzekerd voor de zorg")),
                      (panel.offer_for_partner, Q.translate("PartnerInputs", "Het baanaanbod is voor de partner"))):
        box.setText(text)
        box.setAccessibleName(text)
