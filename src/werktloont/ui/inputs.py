"""Inputs region (left): household, housing, assets, job offer, period and municipality.

Emits `case_changed(dict)` with a werktloont-case/1 dict; validation is the engine's (parse_case), whose
messages come back through `show_error(field, message)` and appear under the field they name.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from werktloont import fmt
from werktloont.ui import inputs_assets, inputs_debts, inputs_income, inputs_partner
from werktloont.ui.inputs_case import CaseForm
from werktloont.ui.inputs_children import ChildrenList
from werktloont.ui.inputs_errors import FieldErrors
from werktloont.ui.municipality_picker import MunicipalityPicker
from werktloont.ui.widgets import ComboBox, DateEdit, Field, Slider, error_label, int_box, money_box, number_box

W = TypeVar("W", bound=QWidget)


class InputsPanel(FieldErrors, CaseForm, QWidget):
    case_changed = Signal(dict)

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self._loading = True  # no case_changed while the form is still being built
        self._base: dict = {}  # the loaded case; the form's values are laid over it
        self._rows: dict[str, tuple[QLabel, QWidget, Field | None]] = {}
        lay = QVBoxLayout(self)
        self.general_error = error_label()
        lay.addWidget(self.general_error)
        self.groups = {name: QGroupBox() for name in ("household", "housing", "assets", "debts", "job", "period",
                                                      "conversation")}
        self.forms = {name: QFormLayout(box) for name, box in self.groups.items()}
        for form in self.forms.values():
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for box in self.groups.values():
            lay.addWidget(box)
        lay.addStretch(1)
        self._build_household()
        self._build_housing_assets()
        inputs_debts.build(self)  # issue 19: beslag or schuldregeling, folded away by default
        self._build_period()  # before the job: the minimum wage depends on the date
        self._build_job()
        self._build_conversation()
        self.retranslate()
        self._fix_tab_order()
        self._loading = False

    # --- building ---
    def _row(self, group: str, key: str, widget: W, with_error: bool = True) -> W:
        label = QLabel()
        label.setBuddy(widget)
        label.setWordWrap(True)
        field = Field(widget) if with_error else None
        self.forms[group].addRow(label, field or widget)
        self._rows[key] = (label, widget, field)
        return widget

    def _build_household(self) -> None:
        # Ranges wider than the law's: an age of 17 or 130 stays as typed and gets the engine's message.
        self.client_age = self._row("household", "household.adults[0].age", int_box(0, 999))
        self.client_age.setValue(35)
        inputs_income.build(self)  # issue 15: the client's own job and other income, folded away by default
        self.has_partner = QCheckBox()
        self.forms["household"].addRow(self.has_partner)
        self.partner_age = self._row("household", "household.adults[1].age", int_box(0, 999))
        self.partner_age.setValue(35)
        self.partner_works = QCheckBox()
        self.forms["household"].addRow(self.partner_works)
        inputs_partner.build(self)  # issue 15: the partner's own income, insurance, who takes the offer
        self.children_count = self._row("household", "household.children", int_box(0, 15))
        self.children_list = ChildrenList()
        self.forms["household"].addRow(self.children_list)
        self.cost_sharers = self._row("household", "household.cost_sharers", int_box(0, 99))
        self.has_partner.toggled.connect(self._partner_toggled)
        self.children_count.valueChanged.connect(self._children_count_changed)
        self.children_list.rows_changed.connect(self._fix_tab_order)
        self._partner_toggled(False)
        # The wage follows the age first, then the case goes out: the engine must get the form as shown.
        self.client_age.valueChanged.connect(self._update_minimum_wage)
        for w in (self.client_age, self.partner_age, self.children_count, self.cost_sharers):
            w.valueChanged.connect(self._emit)
        for box in (self.has_partner, self.partner_works):
            box.toggled.connect(self._emit)
        self.children_list.changed.connect(self._emit)

    def _build_housing_assets(self) -> None:
        self.base_rent = self._row("housing", "household.rent.base_rent", money_box(20_000))
        self.service_costs = self._row("housing", "household.rent.service_costs", money_box(5_000))
        self.savings = self._row("assets", "assets.savings", money_box(10_000_000, 100))
        self.car_value = self._row("assets", "assets.car_value", money_box(10_000_000, 100))
        self.car_needed = QCheckBox()
        self.forms["assets"].addRow(self.car_needed)
        self.other_assets = self._row("assets", "assets.other", money_box(10_000_000, 100))
        self.debts = self._row("assets", "assets.debts", money_box(10_000_000, 100))
        inputs_assets.build(self)  # issue 14: the car's exempt part and an asset change during bijstand
        for w in (self.base_rent, self.service_costs, self.savings, self.car_value, self.other_assets, self.debts):
            w.valueChanged.connect(self._emit)
        self.car_needed.toggled.connect(self._emit)

    def _build_job(self) -> None:
        self.use_minimum = QCheckBox()
        self.use_minimum.setChecked(True)
        self.forms["job"].addRow(self.use_minimum)
        self.wage = self._row("job", "job.hourly_wage", money_box(1000, 0.05))
        self.wage_note = QLabel()
        self.wage_note.setWordWrap(True)
        self.forms["job"].addRow(self.wage_note)
        hours_box = QWidget()
        hl = QHBoxLayout(hours_box)
        hl.setContentsMargins(0, 0, 0, 0)
        self.hours_slider = Slider(Qt.Orientation.Horizontal)
        self.hours_slider.setRange(0, 40)
        self.hours_slider.setPageStep(4)
        self.hours_slider.setTickPosition(Slider.TickPosition.TicksBelow)
        self.hours_slider.setTickInterval(8)
        self.hours = number_box(999.0)
        hl.addWidget(self.hours_slider, 1)
        hl.addWidget(self.hours)
        self._row("job", "job.hours_per_week", hours_box)
        self._rows["job.hours_per_week"][0].setBuddy(self.hours_slider)
        self.permanent = QCheckBox()
        self.forms["job"].addRow(self.permanent)
        self.contract_months = self._row("job", "job.contract_months", int_box(1, 120))
        self.contract_months.setValue(12)
        self.start = self._row("job", "job.start", DateEdit())
        self.start.setDisplayFormat("MM-yyyy")
        self.travel_costs = self._row("job", "job.travel_costs", money_box(10_000, 5))
        self.hours_slider.valueChanged.connect(self._slider_moved)
        self.hours.valueChanged.connect(self._hours_typed)
        self.hours.valueChanged.connect(self._emit)
        self.use_minimum.toggled.connect(self._minimum_toggled)
        self.wage.valueChanged.connect(self._emit)
        self.wage.valueChanged.connect(self._update_wage_note)
        self.permanent.toggled.connect(self.contract_months.setDisabled)
        self.permanent.toggled.connect(self._emit)
        for w in (self.contract_months, self.travel_costs):
            w.valueChanged.connect(self._emit)
        self.start.dateChanged.connect(self._emit)
        self._minimum_toggled(True)

    def _build_conversation(self) -> None:
        # Never required and never used in a calculation; saved only when the user saves the case.
        self.client = self._row("conversation", "client", QLineEdit())
        self.client.setMaxLength(200)
        self.note = self._row("conversation", "note", QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)

    def _build_period(self) -> None:
        first, last = self.state.coverage()
        self.date = self._row("period", "date", DateEdit())
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setDateRange(QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day))
        self.date.setDate(QDate.currentDate())  # clamped into the pack's coverage by the range
        self.pack_note = QLabel()
        self.pack_note.setWordWrap(True)
        self.forms["period"].addRow(self.pack_note)
        self.municipality = self._row("period", "municipality", MunicipalityPicker())  # search, Dutch order
        self.municipality.setSizeAdjustPolicy(ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.municipality.setMinimumContentsLength(12)
        self._fill_municipalities()
        self.date.dateChanged.connect(self._update_minimum_wage)
        self.date.dateChanged.connect(self._emit)
        self.municipality.currentIndexChanged.connect(self._emit)

    def _fill_municipalities(self) -> None:
        current = self.municipality.currentData()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(self.tr("geen (alleen landelijke regels)"), None)
        for key, label in self.state.municipalities():
            self.municipality.addItem(label, key)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(current)))
        self.municipality.blockSignals(False)

    def _fix_tab_order(self) -> None:
        chain = [self.client_age, *inputs_income.focus_chain(self), self.has_partner, self.partner_age,
                 self.partner_works, *inputs_partner.focus_chain(self), self.children_count]
        for row in self.children_list.rows[:self.children_list.count]:
            chain += row.focus_chain()
        chain += [self.cost_sharers, self.base_rent, self.service_costs, self.savings, self.car_value,
                  self.car_needed, self.other_assets, self.debts, *inputs_assets.focus_chain(self),
                  *inputs_debts.focus_chain(self),
                  self.use_minimum, self.wage, self.hours_slider,
                  self.hours, self.permanent, self.contract_months, self.start, self.travel_costs, self.date,
                  self.municipality, self.client, self.note]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # --- behaviour ---
    def _partner_toggled(self, on: bool) -> None:
        self.partner_age.setEnabled(on)
        self.partner_works.setEnabled(on)
        inputs_partner.show(self, on)

    def _minimum_toggled(self, on: bool) -> None:
        self.wage.setReadOnly(on)
        self._update_minimum_wage()
        self._emit()

    def _children_count_changed(self, n: int) -> None:
        old = self.children_list.count
        self.children_list.set_count(n)
        # Tab after typing "2" commits the count after the focus moved on: bring it to the first new child.
        focus = QApplication.focusWidget()
        if n > old and focus in (self.children_count, self.cost_sharers):
            self.children_list.rows[old].age.setFocus(Qt.FocusReason.TabFocusReason)
            self.children_list.rows[old].age.selectAll()

    def _slider_moved(self, value: int) -> None:
        if round(self.hours.value()) != value:
            self.hours.setValue(float(value))

    def _hours_typed(self, value: float) -> None:
        # The slider shows 0-40; typed hours (24,5 or 60) stay as typed and only move the slider.
        self.hours_slider.blockSignals(True)
        self.hours_slider.setValue(int(round(min(value, 40.0))))
        self.hours_slider.blockSignals(False)

    def minimum_wage(self) -> float | None:
        return self.state.minimum_wage(inputs_partner.offer_age(self), self.date.date().toString("yyyy-MM-dd"))

    def _update_minimum_wage(self) -> None:
        if self.use_minimum.isChecked():
            minimum = self.minimum_wage()
            if minimum is not None:
                self.wage.blockSignals(True)
                self.wage.setValue(minimum)
                self.wage.blockSignals(False)
        self._update_wage_note()

    def _update_wage_note(self) -> None:
        minimum = self.minimum_wage()
        if minimum is None:
            self.wage_note.setText("")
            return
        text = self.tr("Wettelijk minimumloon bij {age} jaar: {amount} per uur.").format(
            age=inputs_partner.offer_age(self), amount=fmt.eur(minimum))
        if self.wage.value() < minimum - 0.005:
            text = "<b>" + self.tr("Let op: dit uurloon is lager dan het wettelijk minimumloon.") + "</b> " + text
        self.wage_note.setText(text)

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.case_changed.emit(self.case())

    # --- language ---
    def retranslate(self) -> None:
        titles = {"household": self.tr("Huishouden"), "housing": self.tr("Wonen"), "assets": self.tr("Vermogen"),
                  "debts": self.tr("Schulden"),
                  "job": self.tr("Baanaanbod"), "period": self.tr("Periode en gemeente"),
                  "conversation": self.tr("Gesprek (niet verplicht)")}
        for name, title in titles.items():
            self.groups[name].setTitle(title)
        labels = {
            "household.adults[0].age": self.tr("Leeftijd klant"),
            "household.adults[1].age": self.tr("Leeftijd partner"),
            "household.children": self.tr("Aantal kinderen"),
            "household.cost_sharers": self.tr("Kostendelers (medebewoners van 27 jaar of ouder)"),
            "household.rent.base_rent": self.tr("Kale huur per maand"),
            "household.rent.service_costs": self.tr("Servicekosten per maand"),
            "assets.savings": self.tr("Spaargeld en banksaldo"),
            "assets.car_value": self.tr("Waarde auto"),
            "assets.other": self.tr("Ander vermogen"),
            "assets.debts": self.tr("Schulden"),
            "job.hourly_wage": self.tr("Bruto uurloon"),
            "job.hours_per_week": self.tr("Uren per week"),
            "job.contract_months": self.tr("Contractduur in maanden"),
            "job.start": self.tr("Eerste maand van de baan"),
            "job.travel_costs": self.tr("Reiskosten per maand (eigen deel)"),
            "date": self.tr("Rekendatum (normen van)"),
            "municipality": self.tr("Gemeente"),
            "client": self.tr("Naam of initialen klant"),
            "note": self.tr("Notitie"),
        }
        for key, text in labels.items():
            label, widget, _field = self._rows[key]
            label.setText(text)
            widget.setAccessibleName(text)
        self.hours_slider.setAccessibleName(labels["job.hours_per_week"])
        self.hours.setAccessibleName(labels["job.hours_per_week"])
        self.hours.setSuffix(self.tr(" uur"))
        self.contract_months.setSuffix(self.tr(" mnd"))
        checks = ((self.has_partner, self.tr("Heeft een partner")), (self.partner_works, self.tr("Partner werkt")),
                  (self.car_needed, self.tr("Auto is nodig voor werk of handicap")),
                  (self.use_minimum, self.tr("Wettelijk minimumloon voor deze leeftijd")),
                  (self.permanent, self.tr("Vast contract (geen einddatum)")))
        for box, text in checks:
            box.setText(text)
            box.setAccessibleName(text)
        first, last = self.state.coverage()
        self.pack_note.setText(self.tr("Parameterpakket {version}: normen van {first} tot en met {last}.").format(
            version=self.state.pack.version, first=first.strftime("%d-%m-%Y"), last=last.strftime("%d-%m-%Y")))
        self._fill_municipalities()
        self.municipality.setItemText(0, self.tr("geen (alleen landelijke regels)"))
        self.children_list.retranslate()
        inputs_assets.retranslate(self)
        inputs_debts.retranslate(self)
        inputs_income.retranslate(self)
        inputs_partner.retranslate(self)
        self._update_wage_note()
