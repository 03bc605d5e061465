"""Housing (`household.rent`): the kale huur, required (a forgotten rent gave a wrong answer without a sign), and the
service costs. A case with no rent (null) opens as € 0,00: that is an answer; only a new conversation asks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from werktloont.ui.section import DELETE, CasePatch, InputSection, entry_problems
from werktloont.ui.widgets import money_box

BASE_RENT, SERVICE = "household.rent.base_rent", "household.rent.service_costs"
RENT_MAX, SERVICE_MAX = 5_000.0, 1_000.0  # doubted above these, so "1.250" there is asked about, never guessed


class HousingSection(InputSection):
    name = "housing"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.base_rent = self.row(BASE_RENT, money_box(10.0, RENT_MAX))
        self.service_costs = self.row(SERVICE, money_box(5.0, SERVICE_MAX))
        for w in (self.base_rent, self.service_costs):
            w.valueChanged.connect(self.emit_change)

    def patch(self) -> CasePatch:
        base, service = self.base_rent.value(), self.service_costs.value()
        rent = {"base_rent": base, "service_costs": service} if base > 0 or service > 0 else DELETE
        return CasePatch(self.name, (("household.rent", rent),))

    def load(self, case: dict) -> None:
        hh = case.get("household")
        rent = hh.get("rent") if isinstance(hh, dict) else {}
        with self.loading():
            if rent == {}:  # a new conversation: not filled in yet
                self.base_rent.setValue(None)
                self.service_costs.setValue(None)
            else:
                rent = rent or {}
                self.base_rent.setValue(float(rent.get("base_rent", 0.0)))
                self.service_costs.setValue(float(rent.get("service_costs", 0.0)))

    def missing(self) -> list[str]:
        return ([self.label_text(BASE_RENT)] if self.base_rent.is_empty() else []) + entry_problems(self)

    def retranslate(self) -> None:
        self.name_rows({BASE_RENT: Q.translate("HousingInputs", "&Kale huur per maand"),
                        SERVICE: Q.translate("HousingInputs", "Ser&vicekosten per maand")})
        self.base_rent.setPlaceholderText(Q.translate("HousingInputs", "nog niet ingevuld (geen huur: 0)"))
        self.service_costs.setPlaceholderText("€ 0,00")
