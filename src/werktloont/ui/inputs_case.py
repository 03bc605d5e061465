"""The inputs region's form <-> case dict (part of InputsPanel): what the form shows is laid over the loaded case."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate

from werktloont.ui import inputs_assets, inputs_debts, inputs_income, inputs_partner


class CaseForm:
    """Mixin for InputsPanel: needs the form's widgets, `_base`, `_loading`, `_emit` and `minimum_wage`."""

    _base: dict
    _loading: bool

    if TYPE_CHECKING:  # the widgets are InputsPanel's; for the type checker only
        def __getattr__(self, name: str) -> Any: ...

    def case(self) -> dict:
        """The form as a case dict, laid over the loaded case: fields the form does not show (a note, a
        birthday month, planned household changes, ...) are kept, so open -> save loses nothing."""
        base = copy.deepcopy(self._base)
        hh = base.get("household", {})
        old_adults, old_children = hh.get("adults", []), hh.get("children", [])
        adults = [{**(old_adults[0] if old_adults else {}), "age": self.client_age.value()}]
        inputs_income.to_case(self, adults[0])
        if self.has_partner.isChecked():
            adults.append({**(old_adults[1] if len(old_adults) > 1 else {}), "age": self.partner_age.value(),
                           "works": self.partner_works.isChecked()})
        children = []
        for i, child in enumerate(self.children_list.value()):
            kept = {k: v for k, v in (old_children[i] if i < len(old_children) else {}).items() if k != "childcare"}
            children.append({**kept, **child})
        hh.update(adults=adults, children=children, cost_sharers=self.cost_sharers.value())
        hh.pop("rent", None)
        if self.base_rent.value() > 0 or self.service_costs.value() > 0:
            hh["rent"] = {"base_rent": self.base_rent.value(), "service_costs": self.service_costs.value()}
        job = dict(base.get("job") or {})
        job.update(hourly_wage=self.wage.value(), hours_per_week=self.hours.value(),
                   start=self.start.date().toString("yyyy-MM-01"), travel_costs=self.travel_costs.value())
        job.pop("contract_months", None)
        inputs_partner.to_case(self, adults[1] if len(adults) > 1 else None, job)
        if not self.permanent.isChecked():
            job["contract_months"] = self.contract_months.value()
        assets = dict(base.get("assets") or {})
        assets.update(savings=self.savings.value(), car_value=self.car_value.value(),
                      car_needed=self.car_needed.isChecked(), other=self.other_assets.value(), debts=self.debts.value())
        inputs_assets.to_case(self, assets)
        base.update({"format": "werktloont-case/1", "date": self.date.date().toString("yyyy-MM-dd"),
                     "household": hh, "assets": assets, "job": job})
        inputs_debts.to_case(self, base)
        base.pop("municipality", None)
        if self.municipality.currentData():
            base["municipality"] = self.municipality.currentData()
        for key, text in (("client", self.client.text().strip()), ("note", self.note.toPlainText().strip()[:5000])):
            base.pop(key, None)
            if text:
                base[key] = text
        return base

    def set_scenarios(self, scenarios: list[dict]) -> None:
        """The window's saved scenarios travel with the case (file, report); no recompute needed."""
        self._base["scenarios"] = scenarios
        if not scenarios:
            self._base.pop("scenarios", None)

    def set_case(self, case: dict) -> None:
        """Fill the form from a case dict (a file or the example); emits one case_changed at the end."""
        self._loading = True
        try:
            self._base = copy.deepcopy(case)
            hh, assets, job = case.get("household", {}), case.get("assets", {}), case.get("job") or {}
            adults = hh.get("adults") or [{"age": 35}]
            day = QDate.fromString(str(case.get("date", "")), "yyyy-MM-dd")
            if day.isValid():
                self.date.setDate(day)
            self.client_age.setValue(int(adults[0].get("age", 35)))
            inputs_income.from_case(self, adults[0])
            self.has_partner.setChecked(len(adults) > 1)
            # Without a partner the partner's fields go back to their defaults: nothing of a previous client stays.
            partner = adults[1] if len(adults) > 1 else {}
            self.partner_age.setValue(int(partner.get("age", 35)))
            self.partner_works.setChecked(bool(partner.get("works", False)))
            inputs_partner.from_case(self, adults[1] if len(adults) > 1 else None, job)
            children = hh.get("children", [])
            self.children_list.reset()  # nothing of the previous client comes back when the count goes up
            self.children_count.setValue(len(children))
            self.children_list.set_count(len(children))
            for row, child in zip(self.children_list.rows, children):
                row.set_value(child)
            self.cost_sharers.setValue(int(hh.get("cost_sharers", 0)))
            rent = hh.get("rent") or {}
            self.base_rent.setValue(float(rent.get("base_rent", 0)))
            self.service_costs.setValue(float(rent.get("service_costs", 0)))
            self.savings.setValue(float(assets.get("savings", 0)))
            self.car_value.setValue(float(assets.get("car_value", 0)))
            self.car_needed.setChecked(bool(assets.get("car_needed", False)))
            self.other_assets.setValue(float(assets.get("other", 0)))
            self.debts.setValue(float(assets.get("debts", 0)))
            inputs_assets.from_case(self, assets)
            inputs_debts.from_case(self, case)
            self.hours.setValue(float(job.get("hours_per_week", 24)))
            start = QDate.fromString(str(job.get("start") or ""), "yyyy-MM-dd")
            self.start.setDate(start if start.isValid() else self.date.date().addMonths(1))
            self.permanent.setChecked(job.get("contract_months") is None and bool(job))
            self.contract_months.setValue(int(job.get("contract_months") or 12))
            self.travel_costs.setValue(float(job.get("travel_costs", 0)))
            wage = job.get("hourly_wage")
            minimum = self.minimum_wage()
            self.use_minimum.setChecked(wage is None or (minimum is not None and abs(wage - minimum) < 0.005))
            if wage is not None:
                self.wage.setValue(float(wage))
            self._update_minimum_wage()
            self.municipality.setCurrentIndex(max(0, self.municipality.findData(case.get("municipality"))))
            self.client.setText(str(case.get("client") or ""))
            self.note.setPlainText(str(case.get("note") or ""))
        finally:
            self._loading = False
        self._emit()

