"""The client and the household's make-up (`household.adults`): the client's age and whether there is a partner.
Both start "nog niet ingevuld" in a new conversation; the partner's own fields are the partner section's."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Signal

from werktloont.ui.section import CasePatch, InputSection, entry_problems
from werktloont.ui.widgets import ComboBox, whole_box

CLIENT_AGE = "household.adults[0].age"
KIND = "household.kind"  # not a case field: single or couple decides how many adults the case has
AGE_MAX = 120.0  # the case model's highest age


class HouseholdSection(InputSection):
    name = "household"
    partner_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        # Ranges wider than the law's: an age of 17 or 130 stays as typed and gets the engine's message.
        self.client_age = self.row(CLIENT_AGE, whole_box(AGE_MAX))
        self.kind = self.row(KIND, ComboBox(), with_error=False)
        for data in (None, "single", "couple"):
            self.kind.addItem("", data)
        self._adults: list[dict] = []
        self.client_age.valueChanged.connect(self.emit_change)
        self.kind.currentIndexChanged.connect(lambda _i: self.partner_changed.emit(self.has_partner()))
        self.kind.currentIndexChanged.connect(self.emit_change)

    def has_partner(self) -> bool:
        return self.kind.currentData() == "couple"

    def set_partner(self, on: bool) -> None:
        self.kind.setCurrentIndex(self.kind.findData("couple" if on else "single"))

    def patch(self) -> CasePatch:
        """The adults as loaded (fields the form does not show stay), the client's age as typed; a partner only
        when the household has one, and then only what the file had for the partner (never a previous client's)."""
        client = {k: v for k, v in (self._adults[0] if self._adults else {}).items() if k != "age"}
        if not self.client_age.is_empty():
            client["age"] = int(self.client_age.value())
        adults = [client]
        if self.has_partner():
            adults.append(copy.deepcopy(self._adults[1]) if len(self._adults) > 1 else {})
        return CasePatch(self.name, (("household.adults", adults),))

    def load(self, case: dict) -> None:
        adults = case.get("household", {}).get("adults")
        self._adults = copy.deepcopy([a for a in adults if isinstance(a, dict)]) if isinstance(adults, list) else []
        with self.loading():
            self.client_age.setValue(self._adults[0].get("age") if self._adults else None)
            index = self.kind.findData("couple" if len(self._adults) > 1 else "single") if self._adults else 0
            self.kind.setCurrentIndex(index)
        self.partner_changed.emit(self.has_partner())

    def missing(self) -> list[str]:
        out = [self.label_text(CLIENT_AGE)] if self.client_age.is_empty() else []
        if self.kind.currentData() is None:
            out.append(self.label_text(KIND))
        return out + entry_problems(self)

    def offer_age(self) -> int | None:
        return None if self.client_age.is_empty() else int(self.client_age.value())

    def retranslate(self) -> None:
        self.name_rows({CLIENT_AGE: Q.translate("HouseholdInputs", "&Leeftijd klant"),
                        KIND: Q.translate("HouseholdInputs", "Huishouden")})
        self.client_age.setSuffix(Q.translate("HouseholdInputs", " jaar"))
        not_filled = Q.translate("HouseholdInputs", "nog niet ingevuld")
        self.client_age.setPlaceholderText(not_filled)
        for i, text in enumerate((not_filled, Q.translate("HouseholdInputs", "alleenstaand (zonder partner)"),
                                  Q.translate("HouseholdInputs", "met partner"))):
            self.kind.setItemText(i, text)
