"""An adult's own income (`household.adults[i].current_job` and `other_income`): the rows both the client's and the
partner's sections use, and the client's section, folded behind a disclosure button under the household. Entries the
form does not show (a second other-income row) are kept, and an amount given gross in a file stays gross, so
open -> save changes nothing."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from werktloont import fmt
from werktloont.ui.section import DELETE, CasePatch, InputSection, entry_problems
from werktloont.ui.widgets import ComboBox, DateField, focus_chain, money_box, number_box

# model.case.OtherIncome.kind; "" = none
KINDS = ("", "ww", "wia", "wajong", "anw", "alimentatie", "kinderalimentatie", "overig")
CLIENT = "household.adults[0]."
PARTNER = "household.adults[1]."
HOURS_MAX = 80.0  # the case model's limit of hours a week: above it a dot in "24.500" is doubted, not read as 24.500
WAGE_MAX = 100.0  # an hourly wage above € 100 is implausible for this app's households: "1.250" is asked about


class FoldButton(QToolButton):
    """The disclosure button with its summary ("baan 12 uur, WW € 600,00"): the summary is elided to the width the
    column gives it, so a long summary never widens the inputs column (seen at 1366 x 768, 150 %: the verdict and
    the table were pushed off the screen). text() and the accessible name keep the whole text."""

    def __init__(self):
        super().__init__()
        self._full = ""
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = text
        self.setAccessibleName(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.width() - self.iconSize().width() - 16, 40)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(120, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(120, super().sizeHint().height())


class IncomeRows:
    """Hours, wage and start of a current job, and one other-income row (kind, amount), in `section`'s form."""

    def __init__(self, section: InputSection, key: str):
        self.section, self.key = section, key
        # Two decimals for hours (12,25 uur) and the model's limit for amounts: open -> save must not round a file.
        self.hours = section.row(key + "current_job.hours_per_week", number_box(2, 1.0, HOURS_MAX))
        self.wage = section.row(key + "current_job.hourly_wage", money_box(0.1, WAGE_MAX))
        self.since = section.row(key + "current_job.start", DateField(month=True))
        self.since.setDateRange(QDate(1990, 1, 1), QDate(2099, 12, 1))
        self.kind = section.row(key + "other_income.kind", ComboBox(), with_error=False)
        for k in KINDS:
            self.kind.addItem("", k)
        self.amount = section.row(key + "other_income", money_box(10.0))
        self.amount.setProperty("basis", "net")
        for row in ("current_job.hours_per_week", "current_job.hourly_wage", "current_job.start",
                    "other_income.kind", "other_income"):
            # One line each: a wrapped label in this form got the height of two lines and was cut off (seen at
            # 1366 x 768); a label too long for the column puts its field on the next line instead.
            section.rows[key + row][0].setWordWrap(False)
        for w in (self.hours, self.wage, self.amount):
            w.valueChanged.connect(section.emit_change)
        self.since.dateChanged.connect(section.emit_change)
        self.kind.currentIndexChanged.connect(lambda _i: self.amount.setEnabled(bool(self.kind.currentData())))
        self.kind.currentIndexChanged.connect(section.emit_change)
        self.amount.setEnabled(False)
        self.hours.since = self.since  # type: ignore[attr-defined] # the start sits next to the hours

    def missing(self, job_on: bool = True, other_on: bool = True) -> list[str]:
        """A job with hours but no wage (or the other way round), or a kind of income without its amount."""
        out = []
        rows = self.section.rows
        if job_on and (self.hours.is_empty() != self.wage.is_empty()):
            empty = "current_job.hourly_wage" if self.wage.is_empty() else "current_job.hours_per_week"
            out.append(self.section.label_text(self.key + empty))
        if other_on and self.kind.currentData() and self.amount.is_empty() and rows:
            out.append(self.section.label_text(self.key + "other_income"))
        return out

    def job_widgets(self) -> list[QWidget]:
        return [self.hours, self.wage, self.since]

    def other_widgets(self) -> list[QWidget]:
        return [self.kind, self.amount]

    def values(self, loaded: dict, job_on: bool = True, other_on: bool = True) -> dict[str, Any]:
        """`current_job` and `other_income` as the form shows them, over the adult as loaded: each key's presence
        is kept (a saved file holds the defaults None and []), other-income entries after the first are kept."""
        out: dict[str, Any] = {}
        hours, wage = self.hours.value(), self.wage.value()
        if job_on and (hours > 0 or wage > 0):
            before = loaded.get("current_job") or {}
            job = {**before, "hourly_wage": wage, "hours_per_week": hours}  # kept fields stay
            since = self.since.date()
            if not since.isValid():
                job.pop("start", None)
            elif str(before.get("start", ""))[:7] != since.toString("yyyy-MM"):
                job["start"] = since.toString("yyyy-MM") + "-01"
            out["current_job"] = job
        else:
            out["current_job"] = None if "current_job" in loaded else DELETE
        rest = copy.deepcopy(list(loaded.get("other_income") or [])[1:]) if other_on else []
        chosen = self.kind.currentData() if other_on else ""
        first = ([{"kind": chosen, f"{self.amount.property('basis') or 'net'}_per_month": self.amount.value()}]
                 if chosen else [])
        out["other_income"] = first + rest if first or rest or "other_income" in loaded else DELETE
        return out

    def load(self, adult: dict | None) -> None:
        adult = adult or {}
        current = adult.get("current_job") or {}
        self.hours.setValue(current.get("hours_per_week"))
        self.wage.setValue(current.get("hourly_wage"))
        start = QDate.fromString(str(current.get("start") or ""), "yyyy-MM-dd")
        self.since.setDate(start)
        other = (adult.get("other_income") or [{}])[0]
        gross = other.get("net_per_month") is None and other.get("gross_per_month") is not None
        self.amount.setProperty("basis", "gross" if gross else "net")  # a gross amount in a file stays gross
        self.amount.setSuffix(basis_suffix(self.amount))
        self.kind.setCurrentIndex(max(0, self.kind.findData(other.get("kind", ""))))
        self.amount.setValue(other.get("gross_per_month" if gross else "net_per_month"))
        self.amount.setEnabled(bool(self.kind.currentData()))

    def retranslate(self, who: str) -> None:
        """Labels "<who>: ..." (who: "Klant" or "Partner", already translated): short on screen, in full for a
        screen reader."""
        key = self.key
        labels = {
            key + "current_job.hours_per_week": (Q.translate("IncomeInputs", "{who}: uren huidige baan"),
                                                 Q.translate("IncomeInputs", "{who}: uren per week in huidige baan")),
            key + "current_job.hourly_wage": (Q.translate("IncomeInputs", "{who}: bruto uurloon"),
                                              Q.translate("IncomeInputs", "{who}: bruto uurloon huidige baan")),
            key + "current_job.start": (Q.translate("IncomeInputs", "{who}: baan sinds"),
                                        Q.translate("IncomeInputs", "{who}: huidige baan begonnen in (maand)")),
            key + "other_income.kind": (Q.translate("IncomeInputs", "{who}: ander inkomen"),
                                        Q.translate("IncomeInputs", "{who}: ander inkomen (soort)")),
            key + "other_income": (Q.translate("IncomeInputs", "{who}: bedrag per maand"),
                                   Q.translate("IncomeInputs", "{who}: ander inkomen per maand")),
        }
        for row, (short, full) in labels.items():
            label, widget, _field = self.section.rows[row]
            label.setText(short.format(who=who))
            widget.setAccessibleName(full.format(who=who))
        self.hours.setSuffix(Q.translate("IncomeInputs", " uur"))
        self.since.setSpecialValueText(Q.translate("IncomeInputs", "onbekend"))
        self.since.setToolTip(Q.translate("IncomeInputs", "Sinds wanneer deze baan loopt: de vrijlating (6 maanden) "
                                                          "telt vanaf dan. Onbekend: gerekend alsof de baan deze "
                                                          "maand begon."))
        names = kind_names()
        for i, k in enumerate(KINDS):
            self.kind.setItemText(i, names[k])
        self.amount.setSuffix(basis_suffix(self.amount))


def basis_suffix(amount) -> str:
    return (Q.translate("IncomeInputs", " bruto") if amount.property("basis") == "gross" else
            Q.translate("IncomeInputs", " netto"))


def kind_names() -> dict[str, str]:
    return {"": Q.translate("IncomeInputs", "geen"), "ww": "WW", "wia": "WIA", "wajong": "Wajong", "anw": "Anw",
            "alimentatie": Q.translate("IncomeInputs", "partneralimentatie"),
            "kinderalimentatie": Q.translate("IncomeInputs", "kinderalimentatie"),
            "overig": Q.translate("IncomeInputs", "overig")}


class ClientIncomeSection(InputSection):
    """The client's own job and other income, folded behind a button whose text sums them up."""

    name = "client_income"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.toggle = FoldButton()
        self.add(self.toggle)
        self.income = IncomeRows(self, CLIENT)
        self._loaded: dict = {}
        self.toggle.toggled.connect(lambda on: self.fold(not on))
        for w in (self.income.hours, self.income.wage, self.income.amount):
            w.valueChanged.connect(lambda _v: self._toggle_text())
        self.income.kind.currentIndexChanged.connect(lambda _i: self._toggle_text())
        self.fold(True)

    def fold(self, folded: bool) -> None:
        """Folded: only the toggle shows, with a summary of the client's income in its text."""
        self.toggle.blockSignals(True)
        self.toggle.setChecked(not folded)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
        for w in self.income.job_widgets() + self.income.other_widgets():
            self.show_row(w, not folded)

    def folded(self) -> bool:
        return not self.toggle.isChecked()

    def reveal(self, field: str) -> None:
        """An error about the client's own income opens the fold, so the message is seen under its field."""
        if field.startswith((CLIENT + "current_job", CLIENT + "other_income")) and self.folded():
            self.fold(False)

    def patch(self) -> CasePatch:
        values = self.income.values(self._loaded)
        return CasePatch(self.name, tuple((CLIENT + key, value) for key, value in values.items()))

    def load(self, case: dict) -> None:
        adults = case.get("household", {}).get("adults") or [{}]
        self._loaded = copy.deepcopy(adults[0]) if isinstance(adults[0], dict) else {}
        with self.loading():
            self.income.load(self._loaded)
        has_income = bool(self._loaded.get("current_job") or self._loaded.get("other_income"))
        self.fold(not has_income)  # a client with income of their own sees it at once
        self._toggle_text()

    def missing(self) -> list[str]:
        return self.income.missing() + entry_problems(self)

    def focus_chain(self) -> list[QWidget]:
        out: list[QWidget] = [self.toggle]
        for w in self.income.job_widgets() + self.income.other_widgets():
            out += focus_chain(w)
        return out

    def _summary(self) -> str:
        parts = []
        if self.income.hours.value() > 0:
            hours = fmt.number_nl(self.income.hours.value(), 1).removesuffix(",0")
            parts.append(Q.translate("IncomeInputs", "baan {hours} uur").format(hours=hours))
        kind = self.income.kind.currentData()
        if kind:
            parts.append(f"{kind_names()[kind]} {fmt.eur(self.income.amount.value())}")
        # Entries after the first come from the file and are kept (and counted) without a row of their own: say so.
        kept = len(self._loaded.get("other_income") or [])
        if kept > 1:
            parts.append(Q.translate("IncomeInputs", "nog {n} uit het bestand").format(n=kept - 1))
        return ", ".join(parts) or Q.translate("IncomeInputs", "geen")

    def _toggle_text(self) -> None:
        self.toggle.setText(Q.translate("IncomeInputs", "Eigen inkomen klant (baan, uitkering): {summary}").format(
            summary=self._summary()))

    def retranslate(self) -> None:
        self.income.retranslate(Q.translate("IncomeInputs", "Klant"))
        self.toggle.setToolTip(Q.translate(
            "IncomeInputs", "Inkomen dat de klant nu al heeft naast de bijstand: een baan, een uitkering of "
                            "partneralimentatie. Het baanaanbod hieronder komt daar bij."))
        self._toggle_text()
