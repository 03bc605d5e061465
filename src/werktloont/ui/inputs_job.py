"""The job offer (`job`): hours (required), the wage (the legal minimum for the age, or typed), the first month, the
contract and the travel costs. "Geen baanaanbod" keeps `"job": null` (a case file without a job stays without one).
The minimum wage is the panel's to give (it follows the age of whoever takes the offer and the date)."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from werktloont import fmt
from werktloont.ui.labels import ui_lang
from werktloont.ui.section import CasePatch, InputSection, entry_problems
from werktloont.ui.widgets import DUTCH, DateField, Slider, focus_chain, money_box, number_box, whole_box

HOURS_MAX = 80.0  # the case model's limit of hours a week: above it "24.500" is asked about
WAGE_MAX = 100.0  # an hourly wage above € 100 is doubted: "1.250" is asked about (€ 1,25 or € 1.250?)
MONTHS_MAX = 120.0  # the case model's longest contract


class JobSection(InputSection):
    name = "job"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.no_offer = self.add(QCheckBox())
        self.use_minimum = self.add(QCheckBox())
        self.use_minimum.setChecked(True)
        self.wage = self.row("job.hourly_wage", money_box(0.05, WAGE_MAX))
        self.wage_note = self.add(QLabel())
        self.wage_note.setWordWrap(True)
        hours_box = QWidget()
        hl = QHBoxLayout(hours_box)
        hl.setContentsMargins(0, 0, 0, 0)
        self.hours = number_box(2, 1.0, HOURS_MAX)
        self.hours_slider = Slider(Qt.Orientation.Horizontal)
        self.hours_slider.setRange(0, 40)
        self.hours_slider.setPageStep(4)
        self.hours_slider.setTickPosition(Slider.TickPosition.TicksBelow)
        self.hours_slider.setTickInterval(8)
        # The box takes the keyboard, the slider the mouse: Tab goes from the hours to the first month.
        self.hours_slider.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # The box as wide as "24,25 uur" needs, the slider the rest (at 150 % the box took it all).
        self.hours.setMaximumWidth(self.hours.fontMetrics().horizontalAdvance("888,88 uur") + 16)
        hl.addWidget(self.hours)
        hl.addWidget(self.hours_slider, 1)
        self.row("job.hours_per_week", hours_box)
        label, _box, field = self.rows["job.hours_per_week"]
        label.setBuddy(self.hours)
        assert field is not None
        field.layout().insertWidget(1, self.hours.help)  # type: ignore[union-attr] # under the whole row
        self.start = self.row("job.start", DateField(month=True))
        # A first month before the Rekendatum: said under the field (the answer says how it was counted).
        self.start_note = self.add(QLabel())
        self.start_note.setWordWrap(True)
        self.start_note.setObjectName("startNote")
        self.start_note.setStyleSheet("background: #fff4d6; color: #3d2b00; padding: 3px; border-radius: 3px;")
        self.start_note.setVisible(False)
        self._case_day = QDate()
        self.contract_months = self.row("job.contract_months", whole_box(MONTHS_MAX))
        self.permanent = self.add(QCheckBox())
        self.travel_costs = self.row("job.travel_costs", money_box(5.0))
        self.minimum: float | None = None
        self.offer_age: int | None = None
        self._job: dict | None = {}
        self.hours_slider.valueChanged.connect(self._slider_moved)
        self.hours.valueChanged.connect(self._hours_typed)
        self.use_minimum.toggled.connect(self._minimum_toggled)
        self.wage.valueChanged.connect(lambda _v: self._update_wage_note())
        self.permanent.toggled.connect(self.contract_months.setDisabled)
        self.no_offer.toggled.connect(self._offer_toggled)
        for w in (self.hours, self.wage, self.contract_months, self.travel_costs):
            w.valueChanged.connect(self.emit_change)
        for box in (self.no_offer, self.permanent):
            box.toggled.connect(self.emit_change)
        self.start.dateChanged.connect(self.emit_change)
        self.start.dateChanged.connect(lambda _d: self._update_start_note())
        self._minimum_toggled(True)

    # --- behaviour ---
    def _offer_toggled(self, none: bool) -> None:
        for w in (self.use_minimum, self.wage, self.wage_note, self.hours, self.start, self.contract_months,
                  self.permanent, self.travel_costs):
            self.show_row(w if w is not self.hours else self.rows["job.hours_per_week"][1], not none)
        self._update_start_note()

    def _minimum_toggled(self, on: bool) -> None:
        self.wage.setReadOnly(on)
        self.set_minimum(self.minimum, self.offer_age)
        self.emit_change()

    def _slider_moved(self, value: int) -> None:
        if self.hours.amount() is None or round(self.hours.value()) != value:
            self.hours.setValue(float(value))

    def _hours_typed(self, value: float | None) -> None:
        # The slider shows 0-40; typed hours (24,5 or 60) stay as typed and only move the slider.
        self.hours_slider.blockSignals(True)
        self.hours_slider.setValue(int(round(min(value or 0.0, 40.0))))
        self.hours_slider.blockSignals(False)

    def set_minimum(self, minimum: float | None, age: int | None) -> None:
        """The legal minimum wage for the age of whoever takes the offer (None while the age is not filled in)."""
        self.minimum, self.offer_age = minimum, age
        if self.use_minimum.isChecked():
            self.wage.blockSignals(True)
            self.wage.setValue(minimum)
            self.wage.blockSignals(False)
        self._update_wage_note()

    def _update_wage_note(self) -> None:
        if self.minimum is None:
            self.wage_note.setText(Q.translate("JobInputs", "Het minimumloon volgt uit de leeftijd.")
                                   if self.use_minimum.isChecked() else "")
            return
        text = Q.translate("JobInputs", "Wettelijk minimumloon bij {age} jaar: {amount} per uur.").format(
            age=self.offer_age, amount=fmt.eur(self.minimum))
        if self.wage.amount() is not None and self.wage.value() < self.minimum - 0.005:
            text = "<b>" + Q.translate("JobInputs", "Let op: dit uurloon is lager dan het wettelijk "
                                                    "minimumloon.") + "</b> " + text
        self.wage_note.setText(text)

    def set_case_day(self, day: QDate) -> None:
        """The Rekendatum, to check the first month against (the panel's to give, as the minimum wage)."""
        self._case_day = QDate(day)
        self._update_start_note()

    def start_before_case_day(self) -> bool:
        start, day = self.start.date(), self._case_day
        return (not self.no_offer.isChecked() and start.isValid() and day.isValid()
                and (start.year(), start.month()) < (day.year(), day.month()))

    def _update_start_note(self) -> None:
        """Typed from top to bottom, the first month may lie before a Rekendatum typed after it: that changes the
        answer (the engine counts the months before it, and says how with the answer) and must not pass unnoticed."""
        on = self.start_before_case_day()
        if on:
            locale = QLocale(QLocale.Language.English) if ui_lang() == "en" else DUTCH
            self.start_note.setText(Q.translate(
                "JobInputs", "Let op: de eerste maand van de baan ({start}) ligt vóór de rekendatum ({day}). "
                             "Klopt dat? Bij de uitkomst staat hoe de maanden ervoor zijn meegeteld.").format(
                start=self.start.words(self.start.date()), day=locale.toString(self._case_day, "d MMMM yyyy")))
        self.start_note.setVisible(on)

    # --- the case ---
    def patch(self) -> CasePatch:
        if self.no_offer.isChecked():
            return CasePatch(self.name, (("job", None),))
        job = copy.deepcopy(self._job) if isinstance(self._job, dict) else {}
        values = {"hourly_wage": self.wage.amount(), "hours_per_week": self.hours.amount(),
                  "start": self.start.date().toString("yyyy-MM-01") if self.start.date().isValid() else None,
                  "contract_months": (None if self.permanent.isChecked() or self.contract_months.is_empty()
                                      else int(self.contract_months.value())),
                  "travel_costs": self.travel_costs.value()}
        for key, value in values.items():
            if value is None:
                job.pop(key, None)  # the engine's own default (the minimum wage, the case month, permanent)
            else:
                job[key] = value
        return CasePatch(self.name, (("job", job),))

    def load(self, case: dict) -> None:
        """`job` null (or absent in a file): no offer. A new conversation brings an empty offer ({}) to fill in."""
        job = case.get("job")
        self._job = copy.deepcopy(job) if isinstance(job, dict) else None
        job = job if isinstance(job, dict) else {}
        with self.loading():
            self.no_offer.setChecked(self._job is None)
            self.hours.setValue(job.get("hours_per_week"))
            start = QDate.fromString(str(job.get("start") or ""), "yyyy-MM-dd")
            self.start.setDate(start)
            # A file's offer without a contract length is permanent; a new conversation's is not filled in yet.
            self.permanent.setChecked(bool(job) and job.get("contract_months") is None)
            self.contract_months.setValue(job.get("contract_months"))
            self.travel_costs.setValue(job.get("travel_costs"))
            wage = job.get("hourly_wage")
            minimum = self.minimum
            self.use_minimum.setChecked(wage is None or (minimum is not None and abs(wage - minimum) < 0.005))
            if wage is not None and not self.use_minimum.isChecked():
                self.wage.setValue(float(wage))
            self.set_minimum(self.minimum, self.offer_age)

    def missing(self) -> list[str]:
        if self.no_offer.isChecked():
            # The case stays without a job (saved as null); the window compares with a job, so it asks for one.
            return [Q.translate("JobInputs", "Baanaanbod: zonder baanaanbod is er niets te vergelijken")]
        out = [self.label_text("job.hours_per_week")] if self.hours.is_empty() else []
        if not self.use_minimum.isChecked() and self.wage.is_empty():
            out.append(self.label_text("job.hourly_wage"))
        if not self.permanent.isChecked() and self.contract_months.is_empty():
            out.append(Q.translate("JobInputs", "{label} (of: vast contract)").format(
                label=self.label_text("job.contract_months")))
        return out + entry_problems(self)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.no_offer, self.use_minimum, *focus_chain(self.wage),
                                *focus_chain(self.hours), self.hours_slider]
        for w in (self.start, self.contract_months, self.permanent, self.travel_costs):
            chain += focus_chain(w)
        return chain

    def retranslate(self) -> None:
        self.name_rows({
            "job.hourly_wage": Q.translate("JobInputs", "Bruto uurl&oon"),
            "job.hours_per_week": Q.translate("JobInputs", "&Uren per week"),
            "job.start": Q.translate("JobInputs", "&Eerste maand van de baan"),
            "job.contract_months": Q.translate("JobInputs", "&Contractduur in maanden"),
            "job.travel_costs": Q.translate("JobInputs", "Re&iskosten per maand (eigen deel)")})
        label = self.label_text("job.hours_per_week")
        self.hours_slider.setAccessibleName(label)
        self.hours.setAccessibleName(label)
        self.hours.setSuffix(Q.translate("JobInputs", " uur"))
        self.contract_months.setSuffix(Q.translate("JobInputs", " mnd"))
        not_filled = Q.translate("JobInputs", "nog niet ingevuld")
        self.hours.setPlaceholderText(not_filled)
        self.contract_months.setPlaceholderText(not_filled)
        self.wage.setPlaceholderText(not_filled)
        self.start.setSpecialValueText(Q.translate("JobInputs", "de maand van de rekendatum"))
        self.travel_costs.setPlaceholderText("€ 0,00")
        checks = ((self.no_offer, Q.translate("JobInputs", "Geen baanaanbod")),
                  (self.use_minimum, Q.translate("JobInputs", "Wettelijk &minimumloon voor deze leeftijd")),
                  (self.permanent, Q.translate("JobInputs", "Vast contract (geen einddatum)")))
        for box, text in checks:
            box.setText(text)
            box.setAccessibleName(text.replace("&", ""))
        self._update_wage_note()
        self._update_start_note()
