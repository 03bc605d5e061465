"""Inputs of InputsPanel's "Schulden" group: beslag or a debt arrangement (`debts_arrangement`: kind, the monthly
claim and, for a couple, whose debt it is). Folded away by default behind a disclosure button; a case with an
arrangement opens it. A claim of 0 shows "onbekend" and is saved as null: everything above the protected amount goes
to the creditors. "Schuld van" is only for a couple; a file without `debtor` keeps none until the choice is changed
(the engine then counts the debt as both partners' and says so)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget

from werktloont.ui.widgets import ComboBox, money_box

KINDS = ("none", "beslag", "msnp", "wsnp")  # model.case.DebtsArrangement.kind
DEBTORS = (0, 1, "beide")  # model.case.DebtsArrangement.debtor: the client, the partner, both


def build(panel: Any) -> None:
    """Add the toggle and the rows to the panel's "debts" form."""
    form = panel.forms["debts"]
    panel.debts_toggle = QToolButton()
    panel.debts_toggle.setCheckable(True)
    panel.debts_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    panel.debts_toggle.setAutoRaise(True)
    panel.debts_toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    form.addRow(panel.debts_toggle)
    panel.debts_kind = panel._row("debts", "debts_arrangement.kind", ComboBox(), with_error=False)
    for kind in KINDS:
        panel.debts_kind.addItem("", kind)
    panel.debts_claim = panel._row("debts", "debts_arrangement.monthly_claim", money_box(10_000_000, 10))
    panel.debts_debtor = panel._row("debts", "debts_arrangement.debtor", ComboBox(), with_error=False)
    for debtor in DEBTORS:
        panel.debts_debtor.addItem("", debtor)
    panel.debts_debtor.setCurrentIndex(2)
    panel._debtor_shown = 2  # the index shown for a case without `debtor`: left there, nothing is written
    panel.debts_note = QLabel()
    panel.debts_note.setWordWrap(True)
    form.addRow(panel.debts_note)
    panel.debts_toggle.toggled.connect(lambda on: fold(panel, not on))
    panel.debts_kind.currentIndexChanged.connect(lambda _i: enable(panel))
    panel.debts_kind.currentIndexChanged.connect(panel._emit)
    panel.debts_claim.valueChanged.connect(panel._emit)
    panel.debts_debtor.currentIndexChanged.connect(panel._emit)
    panel.has_partner.toggled.connect(lambda _on: enable(panel))
    fold(panel, True)
    enable(panel)


def _rows(panel: Any) -> list[QWidget]:
    wrapped = {id(widget): field for _label, widget, field in panel._rows.values() if field is not None}
    return [wrapped.get(id(w), w) for w in (panel.debts_kind, panel.debts_claim, panel.debts_debtor)] + [
        panel.debts_note]


def fold(panel: Any, folded: bool) -> None:
    """Folded: only the toggle shows (with the chosen kind in its text)."""
    panel.debts_toggle.blockSignals(True)
    panel.debts_toggle.setChecked(not folded)
    panel.debts_toggle.blockSignals(False)
    panel.debts_toggle.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
    for w in _rows(panel):
        panel.forms["debts"].setRowVisible(w, not folded)


def folded(panel: Any) -> bool:
    return not panel.debts_toggle.isChecked()


def enable(panel: Any) -> None:
    active = panel.debts_kind.currentData() not in (None, "none")
    panel.debts_claim.setEnabled(active)
    panel.debts_debtor.setEnabled(active and panel.has_partner.isChecked())
    _toggle_text(panel)


def focus_chain(panel: Any) -> list[QWidget]:
    return [panel.debts_toggle, panel.debts_kind, panel.debts_claim, panel.debts_debtor]


def to_case(panel: Any, base: dict) -> None:
    """Lay the form over the loaded case: no key is written for 'geen' unless the file had one."""
    old = base.get("debts_arrangement")
    kind = panel.debts_kind.currentData() or "none"
    claim: float | None = panel.debts_claim.value() or None
    if claim is None and isinstance(old, dict) and old.get("monthly_claim") == 0:
        claim = old["monthly_claim"]  # a file's 0 stays 0 (the field shows 0 as "onbekend")
    if kind == "none" and old is None:
        base.pop("debts_arrangement", None)
        return
    out = {**(old if isinstance(old, dict) else {}), "kind": kind}
    if claim is not None or "monthly_claim" in out or old is None:
        out["monthly_claim"] = claim
    couple = len(base.get("household", {}).get("adults", [])) > 1
    if not couple:
        out.pop("debtor", None)  # the client's own debt; a partner's debt needs a partner
    elif panel.debts_debtor.currentIndex() != panel._debtor_shown:
        out["debtor"] = panel.debts_debtor.currentData()
    base["debts_arrangement"] = out


def from_case(panel: Any, case: dict) -> None:
    arrangement = case.get("debts_arrangement") or {}
    kind = arrangement.get("kind", "none") if isinstance(arrangement, dict) else "none"
    panel.debts_kind.setCurrentIndex(max(0, panel.debts_kind.findData(kind)))
    claim = arrangement.get("monthly_claim") if isinstance(arrangement, dict) else None
    panel.debts_claim.setValue(float(claim) if isinstance(claim, (int, float)) else 0.0)
    debtor = arrangement.get("debtor") if isinstance(arrangement, dict) else None
    found = panel.debts_debtor.findData(debtor) if debtor is not None and not isinstance(debtor, bool) else -1
    panel.debts_debtor.setCurrentIndex(found if found >= 0 else 2)
    panel._debtor_shown = None if found >= 0 else panel.debts_debtor.currentIndex()
    enable(panel)
    fold(panel, kind == "none")  # a client with beslag or a schuldregeling sees it at once


def _kind_words() -> dict[str, str]:
    return {"none": Q.translate("DebtInputs", "geen"),
            "beslag": Q.translate("DebtInputs", "beslag op het inkomen"),
            "msnp": Q.translate("DebtInputs", "minnelijke schuldregeling (MSNP)"),
            "wsnp": Q.translate("DebtInputs", "wettelijke schuldsanering (WSNP)")}


def _toggle_text(panel: Any) -> None:
    kind = _kind_words().get(panel.debts_kind.currentData() or "none", "")
    text = Q.translate("DebtInputs", "Beslag of schuldregeling: {kind}").format(kind=kind)
    panel.debts_toggle.setText(text)
    panel.debts_toggle.setAccessibleName(text)


def retranslate(panel: Any) -> None:
    labels = {"debts_arrangement.kind": Q.translate("DebtInputs", "Soort"),
              "debts_arrangement.monthly_claim": Q.translate("DebtInputs", "Vordering per maand"),
              "debts_arrangement.debtor": Q.translate("DebtInputs", "Schuld van")}
    for key, text in labels.items():
        label, widget, _field = panel._rows[key]
        label.setText(text)
        widget.setAccessibleName(text)
    for i, kind in enumerate(KINDS):
        panel.debts_kind.setItemText(i, _kind_words()[kind])
    for i, text in enumerate((Q.translate("DebtInputs", "klant"), Q.translate("DebtInputs", "partner"),
                              Q.translate("DebtInputs", "beiden"))):
        panel.debts_debtor.setItemText(i, text)
    panel.debts_debtor.setToolTip(Q.translate(
        "DebtInputs", "Van wie is de schuld? Alleen het eigen inkomen van die persoon valt onder het beslag; het "
                      "inkomen van de partner maakt de beslagvrije voet lager (art. 475db Rv)."))
    panel.debts_claim.setSpecialValueText(Q.translate("DebtInputs", "onbekend"))
    panel.debts_note.setText(Q.translate(
        "DebtInputs", "Vordering onbekend: alles boven de beslagvrije voet (of het vrij te laten bedrag) gaat naar "
                      "de schuldeisers. Dit gaat niet over de schulden bij Vermogen: die tellen voor de "
                      "vermogensgrens."))
    panel.debts_toggle.setToolTip(Q.translate(
        "DebtInputs", "Beslag, een minnelijke schuldregeling of de WSNP: wat de baan betekent voor wat u overhoudt "
                      "en voor uw schuld."))
    _toggle_text(panel)
