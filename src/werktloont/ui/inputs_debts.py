"""Beslag or a debt arrangement (`debts_arrangement`: kind, the monthly claim and, for a couple, whose debt it is).
Folded away by default behind a disclosure button; a case with an arrangement opens it. An empty claim shows
"onbekend" and is saved as null: everything above the protected amount goes to the creditors. "Schuld van" is only
for a couple; a file without `debtor` keeps none until the choice is changed (the engine then counts the debt as both
partners' and says so)."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from werktloont.ui.inputs_income import FoldButton
from werktloont.ui.section import DELETE, CasePatch, InputSection, entry_problems
from werktloont.ui.widgets import ComboBox, focus_chain, money_box

KINDS = ("none", "beslag", "msnp", "wsnp")  # model.case.DebtsArrangement.kind
DEBTORS = ("beide", 0, 1)  # model.case.DebtsArrangement.debtor: both (shown for a file without one), client, partner


class DebtsSection(InputSection):
    name = "debts"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.toggle = self.add(FoldButton())  # elided to the column: the kind's name never widens the inputs
        self.kind = self.row("debts_arrangement.kind", ComboBox(), with_error=False)
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.claim = self.row("debts_arrangement.monthly_claim", money_box(10.0))
        self.debtor = self.row("debts_arrangement.debtor", ComboBox(), with_error=False)
        for debtor in DEBTORS:
            self.debtor.addItem("", debtor)
        self._debtor_shown: int | None = 0  # shown for a case without `debtor`: left there, nothing is written
        self._couple = False
        self.note = self.add(QLabel())
        self.note.setWordWrap(True)
        self._loaded: object = None
        self.toggle.toggled.connect(lambda on: self.fold(not on))
        self.kind.currentIndexChanged.connect(lambda _i: self.enable())
        self.kind.currentIndexChanged.connect(self.emit_change)
        self.claim.valueChanged.connect(self.emit_change)
        self.debtor.currentIndexChanged.connect(self.emit_change)
        self.fold(True)
        self.enable()

    def fold(self, folded: bool) -> None:
        """Folded: only the toggle shows (with the chosen kind in its text)."""
        self.toggle.blockSignals(True)
        self.toggle.setChecked(not folded)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
        for w in (self.kind, self.claim, self.note):
            self.show_row(w, not folded)
        self.show_row(self.debtor, not folded and self._couple)

    def folded(self) -> bool:
        return not self.toggle.isChecked()

    def enable(self) -> None:
        active = self.kind.currentData() not in (None, "none")
        self.claim.setEnabled(active)
        self.debtor.setEnabled(active and self._couple)
        self._toggle_text()

    def set_couple(self, couple: bool) -> None:
        """Whose debt is a question only for a couple (a partner's debt needs a partner)."""
        self._couple = couple
        self.show_row(self.debtor, couple and not self.folded())
        self.enable()

    def patch(self) -> CasePatch:
        """The form over the loaded case: no key is written for 'geen' unless the file had one."""
        old = self._loaded
        kind = self.kind.currentData() or "none"
        claim = self.claim.amount()
        if claim == 0 and not (isinstance(old, dict) and old.get("monthly_claim") == 0):
            claim = None  # 0 typed: unknown, as before (a file's 0 stays 0)
        if kind == "none" and old is None:
            return CasePatch(self.name, (("debts_arrangement", DELETE),))
        out = {**(copy.deepcopy(old) if isinstance(old, dict) else {}), "kind": kind}
        if claim is not None or "monthly_claim" in out or old is None:
            out["monthly_claim"] = claim
        if not self._couple:
            out.pop("debtor", None)  # the client's own debt; a partner's debt needs a partner
        elif self.debtor.currentIndex() != self._debtor_shown:
            out["debtor"] = self.debtor.currentData()
        return CasePatch(self.name, (("debts_arrangement", out),))

    def load(self, case: dict) -> None:
        arrangement = case.get("debts_arrangement")
        self._loaded = copy.deepcopy(arrangement)
        arrangement = arrangement if isinstance(arrangement, dict) else {}
        kind = arrangement.get("kind", "none")
        claim = arrangement.get("monthly_claim")
        debtor = arrangement.get("debtor")
        found = self.debtor.findData(debtor) if debtor is not None and not isinstance(debtor, bool) else -1
        with self.loading():
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            self.claim.setValue(float(claim) if isinstance(claim, (int, float)) else None)
            self.debtor.setCurrentIndex(found if found >= 0 else 0)
        self._debtor_shown = None if found >= 0 else self.debtor.currentIndex()
        self.enable()
        self.fold(kind == "none")  # a client with beslag or a schuldregeling sees it at once

    def missing(self) -> list[str]:
        return entry_problems(self)

    def focus_chain(self) -> list[QWidget]:
        return [self.toggle, self.kind, *focus_chain(self.claim), self.debtor]

    def _kind_words(self) -> dict[str, str]:
        return {"none": Q.translate("DebtInputs", "geen"),
                "beslag": Q.translate("DebtInputs", "beslag op het inkomen"),
                "msnp": Q.translate("DebtInputs", "minnelijke schuldregeling (MSNP)"),
                "wsnp": Q.translate("DebtInputs", "wettelijke schuldsanering (WSNP)")}

    def _toggle_text(self) -> None:
        kind = self._kind_words().get(self.kind.currentData() or "none", "")
        text = Q.translate("DebtInputs", "Beslag of schuldregeling: {kind}").format(kind=kind)
        self.toggle.setText(text)

    def retranslate(self) -> None:
        self.name_rows({"debts_arrangement.kind": Q.translate("DebtInputs", "Soort"),
                        "debts_arrangement.monthly_claim": Q.translate("DebtInputs", "Vordering per maand"),
                        "debts_arrangement.debtor": Q.translate("DebtInputs", "Schuld van")})
        for i, kind in enumerate(KINDS):
            self.kind.setItemText(i, self._kind_words()[kind])
        for i, text in enumerate((Q.translate("DebtInputs", "beiden"), Q.translate("DebtInputs", "klant"),
                                  Q.translate("DebtInputs", "partner"))):
            self.debtor.setItemText(i, text)
        self.debtor.setToolTip(Q.translate(
            "DebtInputs", "Van wie is de schuld? Alleen het eigen inkomen van die persoon valt onder het beslag; het "
                          "inkomen van de partner maakt de beslagvrije voet lager (art. 475db Rv)."))
        self.claim.setSpecialValueText(Q.translate("DebtInputs", "onbekend"))
        self.note.setText(Q.translate(
            "DebtInputs", "Vordering onbekend: alles boven de beslagvrije voet (of het vrij te laten bedrag) gaat "
                          "naar de schuldeisers. Dit gaat niet over de schulden bij Vermogen: die tellen voor de "
                          "vermogensgrens."))
        self.toggle.setToolTip(Q.translate(
            "DebtInputs", "Beslag, een minnelijke schuldregeling of de WSNP: wat de baan betekent voor wat u "
                          "overhoudt en voor uw schuld."))
        self._toggle_text()
