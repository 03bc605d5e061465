"""Inputs for issue 15 (part of InputsPanel's household group): an adult's own income, i.e. a current job (hours,
gross hourly wage) and one other-income row (kind, amount per month). The client's rows (`household.adults[0]`) are
folded behind a disclosure button, as the debts are; the partner's rows are built by inputs_partner with the same
case helpers. Entries the form does not show (a second other-income row) are kept, and an amount given gross in a
file stays gross, so open -> save changes nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSizePolicy, QToolButton, QWidget

from werktloont import fmt
from werktloont.ui.widgets import ComboBox, DateEdit, money_box, number_box

# model.case.OtherIncome.kind; "" = none
KINDS = ("", "ww", "wia", "wajong", "anw", "alimentatie", "kinderalimentatie", "overig")
CLIENT = "household.adults[0]."
UNKNOWN_START = QDate(1990, 1, 1)  # the date field's minimum, shown as "onbekend"


class FoldButton(QToolButton):
    """The disclosure button with its summary ("baan 12 uur, WW € 600,00"): the summary is elided to the width the
    column gives it, so a long summary never widens the inputs column (seen at 1366 x 768, 150 %: the verdict and
    the table were pushed off the screen). text() and the accessible name keep the whole text."""

    def __init__(self):
        super().__init__()
        self._full = ""

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


def income_rows(panel: Any, key: str) -> tuple[QDoubleSpinBox, QDoubleSpinBox, QComboBox, QDoubleSpinBox]:
    """Hours, wage, kind and amount rows for the adult whose case path is `key` ("household.adults[i].")."""
    # Two decimals for hours (12,25 uur) and the model's limit for amounts: open -> save must not round a file.
    hours = panel._row("household", key + "current_job.hours_per_week", number_box(99, decimals=2))
    wage = panel._row("household", key + "current_job.hourly_wage", money_box(1000, 0.1))
    since = panel._row("household", key + "current_job.start", DateEdit())
    since.setDisplayFormat("MM-yyyy")
    since.setMinimumDate(UNKNOWN_START)  # the minimum reads "onbekend": the job is taken to begin in the case month
    since.setDate(UNKNOWN_START)
    kind = panel._row("household", key + "other_income.kind", ComboBox(), with_error=False)
    for k in KINDS:
        kind.addItem("", k)
    amount = panel._row("household", key + "other_income", money_box(10_000_000))
    amount.setProperty("basis", "net")
    for row in ("current_job.hours_per_week", "current_job.hourly_wage", "current_job.start", "other_income.kind",
                "other_income"):
        # One line each: a wrapped label in this form got the height of two lines and was cut off (seen at
        # 1366 x 768); a label too long for the column puts its field on the next line instead.
        panel._rows[key + row][0].setWordWrap(False)
    for w in (hours, wage, amount):
        w.valueChanged.connect(panel._emit)
    since.dateChanged.connect(panel._emit)
    kind.currentIndexChanged.connect(lambda _i: amount.setEnabled(bool(kind.currentData())))
    kind.currentIndexChanged.connect(panel._emit)
    amount.setEnabled(False)
    hours.since = since  # to_adult / from_adult find the start next to the hours
    return hours, wage, kind, amount


def build(panel: Any) -> None:
    """The client's toggle and rows, right after the client's age."""
    panel.client_income_toggle = FoldButton()
    panel.client_income_toggle.setCheckable(True)
    panel.client_income_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    panel.client_income_toggle.setAutoRaise(True)
    panel.client_income_toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    panel.forms["household"].addRow(panel.client_income_toggle)
    (panel.client_hours, panel.client_wage, panel.client_other_kind,
     panel.client_other_amount) = income_rows(panel, CLIENT)
    panel.client_income_toggle.toggled.connect(lambda on: fold(panel, not on))
    for w in (panel.client_hours, panel.client_wage, panel.client_other_amount):
        w.valueChanged.connect(lambda _v: _toggle_text(panel))
    panel.client_other_kind.currentIndexChanged.connect(lambda _i: _toggle_text(panel))
    fold(panel, True)


def _client_widgets(panel: Any) -> list[QWidget]:
    return [panel.client_hours, panel.client_wage, panel.client_hours.since, panel.client_other_kind,
            panel.client_other_amount]


def fold(panel: Any, folded: bool) -> None:
    """Folded: only the toggle shows, with a summary of the client's income in its text."""
    panel.client_income_toggle.blockSignals(True)
    panel.client_income_toggle.setChecked(not folded)
    panel.client_income_toggle.blockSignals(False)
    panel.client_income_toggle.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
    wrapped = {id(widget): field for _label, widget, field in panel._rows.values() if field is not None}
    for w in _client_widgets(panel):
        panel.forms["household"].setRowVisible(wrapped.get(id(w), w), not folded)


def folded(panel: Any) -> bool:
    return not panel.client_income_toggle.isChecked()


def reveal(panel: Any, field: str) -> None:
    """An error about the client's own income opens the fold, so the message is seen under its field."""
    if field.startswith((CLIENT + "current_job", CLIENT + "other_income")) and folded(panel):
        fold(panel, False)


def focus_chain(panel: Any) -> list[QWidget]:
    return [panel.client_income_toggle, *_client_widgets(panel)]


def to_adult(adult: dict, hours: QDoubleSpinBox, wage: QDoubleSpinBox, kind: QComboBox,
             amount: QDoubleSpinBox) -> None:
    """Lay the four fields over the adult dict. A saved file holds the defaults (None, []): each key's presence
    is kept, so open -> save changes nothing; other-income entries after the first are kept."""
    if hours.value() > 0 or wage.value() > 0:
        before = adult.get("current_job") or {}
        job = {**before, "hourly_wage": wage.value(), "hours_per_week": hours.value()}  # kept fields stay
        since = hours.since.date()  # type: ignore[attr-defined]
        if since == UNKNOWN_START:
            job.pop("start", None)
        elif not (str(before.get("start", ""))[:7] == since.toString("yyyy-MM")):
            job["start"] = since.toString("yyyy-MM") + "-01"
        adult["current_job"] = job
    elif "current_job" in adult:
        adult["current_job"] = None
    rest = list(adult.get("other_income") or [])[1:]
    chosen = kind.currentData()
    first = [{"kind": chosen, f"{amount.property('basis') or 'net'}_per_month": amount.value()}] if chosen else []
    if first or rest or "other_income" in adult:
        adult["other_income"] = first + rest


def from_adult(adult: dict | None, hours: QDoubleSpinBox, wage: QDoubleSpinBox, kind: QComboBox,
               amount: QDoubleSpinBox) -> None:
    adult = adult or {}
    current = adult.get("current_job") or {}
    hours.setValue(float(current.get("hours_per_week", 0)))
    wage.setValue(float(current.get("hourly_wage", 0)))
    start = QDate.fromString(str(current.get("start") or ""), "yyyy-MM-dd")
    hours.since.setDate(start if start.isValid() and start > UNKNOWN_START else UNKNOWN_START)  # type: ignore
    other = (adult.get("other_income") or [{}])[0]
    gross = other.get("net_per_month") is None and other.get("gross_per_month") is not None
    amount.setProperty("basis", "gross" if gross else "net")  # a gross amount in a file stays gross
    amount.setSuffix(basis_suffix(amount))
    kind.setCurrentIndex(max(0, kind.findData(other.get("kind", ""))))
    amount.setValue(float(other.get("gross_per_month" if gross else "net_per_month", 0) or 0))
    amount.setEnabled(bool(kind.currentData()))


def basis_suffix(amount: QDoubleSpinBox) -> str:
    return (Q.translate("IncomeInputs", " bruto") if amount.property("basis") == "gross" else
            Q.translate("IncomeInputs", " netto"))


def from_case(panel: Any, client: dict) -> None:
    from_adult(client, panel.client_hours, panel.client_wage, panel.client_other_kind, panel.client_other_amount)
    has_income = bool(client.get("current_job") or client.get("other_income"))
    fold(panel, not has_income)  # a client with income of their own sees it at once
    _toggle_text(panel)


def to_case(panel: Any, client: dict) -> None:
    to_adult(client, panel.client_hours, panel.client_wage, panel.client_other_kind, panel.client_other_amount)


def kind_names() -> dict[str, str]:
    return {"": Q.translate("IncomeInputs", "geen"), "ww": "WW", "wia": "WIA", "wajong": "Wajong", "anw": "Anw",
            "alimentatie": Q.translate("IncomeInputs", "partneralimentatie"),
            "kinderalimentatie": Q.translate("IncomeInputs", "kinderalimentatie"),
            "overig": Q.translate("IncomeInputs", "overig")}


def _summary(panel: Any) -> str:
    parts = []
    if panel.client_hours.value() > 0:
        hours = fmt.number_nl(panel.client_hours.value(), 1).removesuffix(",0")
        parts.append(Q.translate("IncomeInputs", "baan {hours} uur").format(hours=hours))
    kind = panel.client_other_kind.currentData()
    if kind:
        parts.append(f"{kind_names()[kind]} {fmt.eur(panel.client_other_amount.value())}")
    # Entries after the first come from the file and are kept (and counted) without a row of their own: say so.
    adults = (getattr(panel, "_base", None) or {}).get("household", {}).get("adults") or [{}]
    kept = len((adults[0] if isinstance(adults[0], dict) else {}).get("other_income") or [])
    if kept > 1:
        parts.append(Q.translate("IncomeInputs", "nog {n} uit het bestand").format(n=kept - 1))
    return ", ".join(parts) or Q.translate("IncomeInputs", "geen")


def _toggle_text(panel: Any) -> None:
    text = Q.translate("IncomeInputs", "Eigen inkomen klant (baan, uitkering): {summary}").format(
        summary=_summary(panel))
    panel.client_income_toggle.setText(text)


def retranslate_rows(panel: Any, key: str, who: str, kind: QComboBox, amount: QDoubleSpinBox) -> None:
    """Labels "<who>: ..." for one adult's rows (who: "Klant" or "Partner", already translated): short on screen,
    in full for a screen reader."""
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
        label, widget, _field = panel._rows[row]
        label.setText(short.format(who=who))
        widget.setAccessibleName(full.format(who=who))
    since = panel._rows[key + "current_job.start"][1]
    since.setSpecialValueText(Q.translate("IncomeInputs", "onbekend"))
    since.setToolTip(Q.translate("IncomeInputs", "Sinds wanneer deze baan loopt: de vrijlating (6 maanden) telt "
                                                 "vanaf dan. Onbekend: gerekend alsof de baan deze maand begon."))
    names = kind_names()
    for i, k in enumerate(KINDS):
        kind.setItemText(i, names[k])
    amount.setSuffix(basis_suffix(amount))


def retranslate(panel: Any) -> None:
    retranslate_rows(panel, CLIENT, Q.translate("IncomeInputs", "Klant"), panel.client_other_kind,
                     panel.client_other_amount)
    panel.client_income_toggle.setToolTip(Q.translate(
        "IncomeInputs", "Inkomen dat de klant nu al heeft naast de bijstand: een baan, een uitkering of "
                        "partneralimentatie. Het baanaanbod hieronder komt daar bij."))
    _toggle_text(panel)
