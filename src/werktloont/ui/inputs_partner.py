"""The partner (`household.adults[1]`): age, whether the partner works (and then the job's hours, wage and start),
an uitkering or other income, health insurance, no right to bijstand (art. 24, e.g. a student) and who takes the
offer. Shown only when the household has a partner; the income rows only when their box is ticked, so they count
only then and the Tab key never lands in a hidden field."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QCheckBox, QWidget

from werktloont.ui.inputs_income import PARTNER, IncomeRows
from werktloont.ui.section import DELETE, CasePatch, InputSection, entry_problems
from werktloont.ui.widgets import focus_chain, whole_box

AGE_MAX = 120.0  # the case model's highest age


class PartnerSection(InputSection):
    name = "partner"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.age = self.row(PARTNER + "age", whole_box(AGE_MAX))
        self.works = self.add(QCheckBox())
        self.income = IncomeRows(self, PARTNER)
        self.has_other = QCheckBox()
        # The other-income rows come after their own box, the job rows after "Partner werkt".
        place: Any = self.form.getWidgetPosition(self.rows[PARTNER + "other_income.kind"][1])  # (row, role)
        self.form.insertRow(place[0], self.has_other)
        self.insured = self.add(QCheckBox())
        self.insured.setChecked(True)
        self.not_entitled = self.add(QCheckBox())  # art. 24 (50 % norm), 24a and 32 lid 3 Participatiewet
        self.offer_for_partner = self.add(QCheckBox())
        self.present = False
        self._loaded: dict = {}
        self._person_key = False  # the loaded job had `person`: it stays (open -> save changes nothing)
        self.age.valueChanged.connect(self.emit_change)
        for box in (self.works, self.has_other):
            box.toggled.connect(lambda _on: self._show_rows())
        for box in (self.works, self.has_other, self.insured, self.not_entitled, self.offer_for_partner):
            box.toggled.connect(self.emit_change)
        self._show_rows()

    def set_present(self, on: bool) -> None:
        """The household has a partner: the section shows (and counts)."""
        self.present = on
        self.setVisible(on)

    def _show_rows(self) -> None:
        for w in self.income.job_widgets():
            self.show_row(w, self.works.isChecked())
        for w in self.income.other_widgets():
            self.show_row(w, self.has_other.isChecked())

    def patch(self) -> CasePatch:
        person = 1 if self.present and self.offer_for_partner.isChecked() else (0 if self._person_key else DELETE)
        if not self.present:
            return CasePatch(self.name, (("job.person", person),))
        loaded = self._loaded
        changes: list[tuple[str, object]] = [
            ("age", int(self.age.value()) if not self.age.is_empty() else DELETE),
            ("works", self.works.isChecked())]
        values = self.income.values(loaded, job_on=self.works.isChecked(), other_on=self.has_other.isChecked())
        changes += list(values.items())
        if not self.insured.isChecked() or "zorgverzekerd" in loaded:
            changes.append(("zorgverzekerd", self.insured.isChecked()))
        if self.not_entitled.isChecked() or "bijstand_entitled" in loaded:
            changes.append(("bijstand_entitled", not self.not_entitled.isChecked()))
        return CasePatch(self.name, tuple((PARTNER + k, v) for k, v in changes) + (("job.person", person),))

    def load(self, case: dict) -> None:
        adults = case.get("household", {}).get("adults") or []
        partner = adults[1] if len(adults) > 1 and isinstance(adults[1], dict) else {}
        self._loaded = copy.deepcopy(partner)
        job = case.get("job") or {}
        self._person_key = "person" in job
        with self.loading():
            self.age.setValue(partner.get("age"))
            self.income.load(partner)
            # Without a partner every field goes back to empty: nothing of a previous client stays.
            self.works.setChecked(bool(partner.get("works") or partner.get("current_job")))
            self.has_other.setChecked(bool(partner.get("other_income")))
            self.insured.setChecked(bool(partner.get("zorgverzekerd", True)))
            self.not_entitled.setChecked(not partner.get("bijstand_entitled", True))
            self.offer_for_partner.setChecked(job.get("person", 0) == 1)
        self._show_rows()

    def missing(self) -> list[str]:
        if not self.present:
            return []
        out = [self.label_text(PARTNER + "age")] if self.age.is_empty() else []
        out += self.income.missing(self.works.isChecked(), self.has_other.isChecked())
        return out + entry_problems(self)

    def offer_age(self) -> int | None:
        return int(self.age.value()) if self.present and not self.age.is_empty() else None

    def focus_chain(self) -> list[QWidget]:
        chain = [*focus_chain(self.age), self.works]
        for w in self.income.job_widgets():
            chain += focus_chain(w)
        chain.append(self.has_other)
        for w in self.income.other_widgets():
            chain += focus_chain(w)
        return chain + [self.insured, self.not_entitled, self.offer_for_partner]

    def retranslate(self) -> None:
        self.name_rows({PARTNER + "age": Q.translate("PartnerInputs", "Leeftijd &partner")})
        self.age.setSuffix(Q.translate("PartnerInputs", " jaar"))
        self.age.setPlaceholderText(Q.translate("PartnerInputs", "nog niet ingevuld"))
        self.income.retranslate(Q.translate("PartnerInputs", "Partner"))
        for box, text in ((self.works, Q.translate("PartnerInputs", "Partner werkt")),
                          (self.has_other, Q.translate("PartnerInputs", "Partner heeft een uitkering of ander "
                                                                        "inkomen")),
                          (self.insured, Q.translate("PartnerInputs", "Partner is verzekerd voor de zorg")),
                          (self.not_entitled, Q.translate("PartnerInputs", "Partner heeft geen recht op bijstand")),
                          (self.offer_for_partner, Q.translate("PartnerInputs", "Het baanaanbod is voor de "
                                                                                "partner"))):
            box.setText(text)
            box.setAccessibleName(text)
        self.not_entitled.setToolTip(Q.translate("PartnerInputs", "Bijvoorbeeld een student (Participatiewet art. "
                                                                  "24): de bijstand is dan de helft van de norm."))
