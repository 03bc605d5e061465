"""Inputs for issue 15 (part of InputsPanel's household group): the partner's own income (current job, other
income), whether the partner is zorgverzekerd or has no right to bijstand (art. 24, e.g. a student), and who takes
the offer. Shown only when there is a partner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QCheckBox, QWidget

from werktloont.ui import inputs_income


def build(panel: Any) -> None:
    """Add the rows to the household form, after "Partner werkt"."""
    (panel.partner_hours, panel.partner_wage, panel.partner_other_kind,
     panel.partner_other_net) = inputs_income.income_rows(panel, "household.adults[1].")
    panel.partner_insured = QCheckBox()
    panel.partner_insured.setChecked(True)
    panel.forms["household"].addRow(panel.partner_insured)
    panel.partner_not_entitled = QCheckBox()  # art. 24 (50 % norm), 24a and 32 lid 3 Participatiewet
    panel.forms["household"].addRow(panel.partner_not_entitled)
    panel.offer_for_partner = QCheckBox()
    panel.forms["household"].addRow(panel.offer_for_partner)
    for box in (panel.partner_insured, panel.partner_not_entitled, panel.offer_for_partner):
        box.toggled.connect(panel._emit)
    panel.offer_for_partner.toggled.connect(lambda _on: panel._update_minimum_wage())
    show(panel, False)


def _widgets(panel: Any) -> list[QWidget]:
    return [panel.partner_hours, panel.partner_wage, panel.partner_hours.since, panel.partner_other_kind,
            panel.partner_other_net,
            panel.partner_insured, panel.partner_not_entitled, panel.offer_for_partner]


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
    inputs_income.to_adult(partner, panel.partner_hours, panel.partner_wage, panel.partner_other_kind,
                           panel.partner_other_net)
    if not panel.partner_insured.isChecked() or "zorgverzekerd" in partner:
        partner["zorgverzekerd"] = panel.partner_insured.isChecked()
    if panel.partner_not_entitled.isChecked() or "bijstand_entitled" in partner:
        partner["bijstand_entitled"] = not panel.partner_not_entitled.isChecked()
    if panel.offer_for_partner.isChecked():
        job["person"] = 1


def from_case(panel: Any, partner: dict | None, job: dict) -> None:
    partner = partner or {}
    inputs_income.from_adult(partner, panel.partner_hours, panel.partner_wage, panel.partner_other_kind,
                             panel.partner_other_net)
    panel.partner_insured.setChecked(bool(partner.get("zorgverzekerd", True)))
    panel.partner_not_entitled.setChecked(not partner.get("bijstand_entitled", True))
    panel.offer_for_partner.setChecked(job.get("person", 0) == 1)


def retranslate(panel: Any) -> None:
    inputs_income.retranslate_rows(panel, "household.adults[1].", Q.translate("PartnerInputs", "Partner"),
                                   panel.partner_other_kind, panel.partner_other_net)
    for box, text in ((panel.partner_insured, Q.translate("PartnerInputs", "Partner is verzekerd voor de zorg")),
                      (panel.partner_not_entitled,
                       Q.translate("PartnerInputs", "Partner heeft geen recht op bijstand (bijv. student)")),
                      (panel.offer_for_partner, Q.translate("PartnerInputs", "Het baanaanbod is voor de partner"))):
        box.setText(text)
        box.setAccessibleName(text)
