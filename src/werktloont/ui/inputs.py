"""Inputs region (left): the input sections in their groups (household, housing, assets, debts, job offer, period
and municipality, conversation).

Each section is a widget that owns part of the case and emits its CasePatch when the user changes it (ui/section.py);
this panel lays the patches over the loaded case and emits `case_changed(dict)` with the whole werktloont-case/1
dict. `missing()` says what must still be filled in (or answered) before there is an answer. Validation is the
engine's (parse_case), whose messages come back through `show_error(field, message)` under the field they name.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from werktloont.ui.inputs_assets import AssetsSection
from werktloont.ui.inputs_children import ChildrenSection
from werktloont.ui.inputs_debts import DebtsSection
from werktloont.ui.inputs_errors import FieldErrors
from werktloont.ui.inputs_household import HouseholdSection
from werktloont.ui.inputs_housing import HousingSection
from werktloont.ui.inputs_income import ClientIncomeSection
from werktloont.ui.inputs_job import JobSection
from werktloont.ui.inputs_partner import PartnerSection
from werktloont.ui.inputs_period import ConversationSection, PeriodSection
from werktloont.ui.section import InputSection
from werktloont.ui.widgets import error_label

GROUPS = ("household", "housing", "assets", "debts", "job", "period", "conversation")


class InputsPanel(FieldErrors, QWidget):
    case_changed = Signal(dict)

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self._loading = True  # no case_changed while the form is still being built
        self._base: dict = {}  # the loaded case; the sections' patches are laid over it
        lay = QVBoxLayout(self)
        self.general_error = error_label()
        lay.addWidget(self.general_error)
        self.groups = {name: QGroupBox() for name in GROUPS}
        first, last = state.coverage()
        self.household = HouseholdSection()
        self.partner = PartnerSection()
        self.children_section = ChildrenSection()
        self.client_income = ClientIncomeSection()
        self.housing = HousingSection()
        self.assets = AssetsSection(QDate(first.year, first.month, first.day), QDate(last.year, last.month, 1))
        self.debts_section = DebtsSection()
        self.job = JobSection()
        self.period = PeriodSection(state)
        self.conversation = ConversationSection()
        placed = {"household": (self.household, self.partner, self.children_section, self.client_income),
                  "housing": (self.housing,), "assets": (self.assets,), "debts": (self.debts_section,),
                  "job": (self.job,), "period": (self.period,), "conversation": (self.conversation,)}
        for name, sections in placed.items():
            box_lay = QVBoxLayout(self.groups[name])
            for section in sections:
                box_lay.addWidget(section)
            lay.addWidget(self.groups[name])
        lay.addStretch(1)
        # The order the patches are laid over the case: the partner's `job.person` after the job.
        self.sections: tuple[InputSection, ...] = (
            self.household, self.client_income, self.children_section, self.housing, self.assets, self.debts_section,
            self.job, self.partner, self.period, self.conversation)
        # The order on screen (top to bottom): the Tab order and the hint of what is missing follow it.
        self.shown_order: tuple[InputSection, ...] = (
            self.household, self.partner, self.children_section, self.client_income, self.housing, self.assets,
            self.debts_section, self.job, self.period, self.conversation)
        for section in self.sections:
            section.changed.connect(self._section_changed)
        self.household.partner_changed.connect(self._partner_toggled)
        self.children_section.children_list.rows_changed.connect(self._fix_tab_order)
        self._aliases()
        self.retranslate()
        self._partner_toggled(False)
        self._fix_tab_order()
        self._loading = False

    def _aliases(self) -> None:
        """The fields by their old names (the window, the tests, the benchmarks)."""
        hh, partner, job, assets, debts = self.household, self.partner, self.job, self.assets, self.debts_section
        self.client_age, self.household_kind = hh.client_age, hh.kind
        self.partner_age, self.partner_works, self.partner_has_other = partner.age, partner.works, partner.has_other
        self.partner_hours, self.partner_wage = partner.income.hours, partner.income.wage
        self.partner_other_kind, self.partner_other_net = partner.income.kind, partner.income.amount
        self.partner_insured, self.partner_not_entitled = partner.insured, partner.not_entitled
        self.offer_for_partner = partner.offer_for_partner
        self.children_count, self.children_list = self.children_section.count, \
            self.children_section.children_list
        self.cost_sharers = self.children_section.cost_sharers
        income = self.client_income.income
        self.client_income_toggle = self.client_income.toggle
        self.client_hours, self.client_wage = income.hours, income.wage
        self.client_other_kind, self.client_other_amount = income.kind, income.amount
        self.base_rent, self.service_costs = self.housing.base_rent, self.housing.service_costs
        self.savings, self.car_value, self.car_needed = assets.savings, assets.car_value, assets.car_needed
        self.other_assets, self.debts, self.car_exempt = assets.other_assets, assets.debts, assets.car_exempt
        self.change_on, self.change_month, self.change_kind = assets.change_on, assets.change_month, assets.change_kind
        self.change_value, self.change_reported = assets.change_value, assets.change_reported
        self.change_found, self.change_discovered = assets.change_found, assets.change_discovered
        self.debts_toggle, self.debts_kind, self.debts_claim = debts.toggle, debts.kind, debts.claim
        self.debts_debtor = debts.debtor
        self.no_offer, self.use_minimum, self.wage, self.wage_note = job.no_offer, job.use_minimum, job.wage, \
            job.wage_note
        self.hours, self.hours_slider, self.permanent = job.hours, job.hours_slider, job.permanent
        self.contract_months, self.start, self.travel_costs = job.contract_months, job.start, job.travel_costs
        self.date, self.pack_note, self.municipality = self.period.date, self.period.pack_note, \
            self.period.municipality
        self.client, self.note = self.conversation.client, self.conversation.note

    @property
    def _rows(self) -> dict:
        """Every labelled row of every section, by case path."""
        rows: dict = {}
        for section in self.sections:
            rows.update(section.rows)
        return rows

    def _fix_tab_order(self) -> None:
        """Tab follows the form from top to bottom; hidden rows (a folded section, the partner of a single client,
        the partner's income while its box is not ticked) are skipped, as Qt skips hidden widgets."""
        chain: list[QWidget] = []
        for section in self.shown_order:
            chain += section.focus_chain()
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # --- behaviour ---
    def _partner_toggled(self, on: bool) -> None:
        self.partner.set_present(on)
        self.debts_section.set_couple(on)
        self._update_minimum_wage()

    def offer_age(self) -> int | None:
        """The age of whoever takes the offer (the youth minimum wage follows it, WML art. 8-9)."""
        if self.partner.present and self.offer_for_partner.isChecked():
            return self.partner.offer_age()
        return self.household.offer_age()

    def minimum_wage(self) -> float | None:
        age, on = self.offer_age(), self.period.iso_date()
        return None if age is None or on is None else self.state.minimum_wage(age, on)

    def _update_minimum_wage(self) -> None:
        self.job.set_minimum(self.minimum_wage(), self.offer_age())
        self.job.set_case_day(self.period.date.date())  # the first month is checked against the Rekendatum

    def _section_changed(self, _patch) -> None:
        # The wage follows the age and the date first, then the case goes out: the engine gets the form as shown.
        self._update_minimum_wage()
        self._emit()

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.case_changed.emit(self.case())

    # --- the case ---
    def case(self) -> dict:
        """The sections' patches laid over the loaded case: fields the form does not show (a birthday month,
        planned household changes, a second asset change, ...) are kept, so open -> save loses nothing."""
        case = copy.deepcopy(self._base)
        for section in self.sections:
            section.patch().apply(case)
        case["format"] = "werktloont-case/1"
        return case

    def missing(self) -> list[str]:
        """What must still be filled in or answered before there is an answer (empty: the case is complete)."""
        out: list[str] = []
        for section in self.shown_order:
            out += section.missing()
        return out

    def set_scenarios(self, scenarios: list[dict]) -> None:
        """The window's saved scenarios travel with the case (file, report); no recompute needed."""
        self._base["scenarios"] = scenarios
        if not scenarios:
            self._base.pop("scenarios", None)

    def set_case(self, case: dict) -> None:
        """Fill every section from a case dict (a file, the example, a new conversation); one case_changed at the
        end. Nothing of the previous case stays: each section fills every field it has."""
        self._loading = True
        try:
            self._base = copy.deepcopy(case)
            for section in (self.period, self.household, self.partner, self.children_section, self.client_income,
                            self.housing, self.assets, self.debts_section):
                section.load(case)
            self._update_minimum_wage()  # before the job: whether its wage is the minimum depends on it
            self.job.load(case)
            self.conversation.load(case)
            self.clear_errors()
        finally:
            self._loading = False
        self._fix_tab_order()
        self._emit()

    # --- language ---
    def retranslate(self) -> None:
        titles = {"household": self.tr("Huishouden"), "housing": self.tr("Wonen"), "assets": self.tr("Vermogen"),
                  "debts": self.tr("Schulden"), "job": self.tr("Baanaanbod"),
                  "period": self.tr("Periode en gemeente"), "conversation": self.tr("Gesprek (niet verplicht)")}
        for name, title in titles.items():
            self.groups[name].setTitle(title)
        for section in self.sections:
            section.retranslate()
        self._update_minimum_wage()
        self._emit()  # what is still missing is said in the new language too
