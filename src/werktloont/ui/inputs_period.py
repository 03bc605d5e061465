"""The case date (`date`: whose norms count), the municipality, and the conversation's own notes (`client`, `note`).

The Rekendatum is in the Tab order like every field (a keyboard or screen-reader user reaches it by Tab, or with
Alt+R); because it changes the whole answer, a typed change shows the new date in words under it, and a first month
of the job before it is said under that field (inputs_job.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from werktloont.ui.municipality_picker import MunicipalityPicker
from werktloont.ui.section import DELETE, CasePatch, InputSection, entry_problems
from werktloont.ui.widgets import ComboBox, DateField, focus_chain


class PeriodSection(InputSection):
    name = "period"

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        first, last = state.coverage()
        self.date = self.row("date", DateField())
        self.date.setDateRange(QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day))
        self.pack_note = self.add(QLabel())
        self.pack_note.setWordWrap(True)
        self.municipality = self.row("municipality", MunicipalityPicker())  # search, Dutch order
        self.municipality.setSizeAdjustPolicy(ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.municipality.setMinimumContentsLength(12)
        self.fill_municipalities()
        self.date.dateChanged.connect(self._date_changed)
        self.date.dateChanged.connect(self.emit_change)
        self.municipality.currentIndexChanged.connect(self.emit_change)

    def _date_changed(self, day: QDate) -> None:
        """A date set by typing shows in words, so a change is never silent."""
        if day.isValid() and self.date.hasFocus():
            self.date.help.echo("= " + self.date.words(day))

    def fill_municipalities(self) -> None:
        current = self.municipality.currentData()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(Q.translate("PeriodInputs", "geen (alleen landelijke regels)"), None)
        for key, label in self.state.municipalities():
            self.municipality.addItem(label, key)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(current)))
        self.municipality.blockSignals(False)

    def iso_date(self) -> str | None:
        day = self.date.date()
        return day.toString("yyyy-MM-dd") if day.isValid() else None

    def patch(self) -> CasePatch:
        return CasePatch(self.name, (("date", self.iso_date() or DELETE),
                                     ("municipality", self.municipality.currentData() or DELETE)))

    def load(self, case: dict) -> None:
        with self.loading():
            self.date.setDate(QDate.fromString(str(case.get("date", "")), "yyyy-MM-dd"))
            self.municipality.setCurrentIndex(max(0, self.municipality.findData(case.get("municipality"))))

    def missing(self) -> list[str]:
        return ([self.label_text("date")] if self.date.is_empty() else []) + entry_problems(self)

    def focus_chain(self) -> list[QWidget]:
        return [*focus_chain(self.date), self.municipality]

    def retranslate(self) -> None:
        self.name_rows({"date": Q.translate("PeriodInputs", "&Rekendatum (normen van)"),
                        "municipality": Q.translate("PeriodInputs", "&Gemeente")})
        first, last = self.state.coverage()
        self.pack_note.setText(Q.translate("PeriodInputs", "Parameterpakket {version}: normen van {first} tot en "
                                                           "met {last}.").format(
            version=self.state.pack.version, first=first.strftime("%d-%m-%Y"), last=last.strftime("%d-%m-%Y")))
        self.fill_municipalities()
        self.municipality.setItemText(0, Q.translate("PeriodInputs", "geen (alleen landelijke regels)"))


class ConversationSection(InputSection):
    """Never required and never used in a calculation; saved only when the user saves the case."""

    name = "conversation"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.client = self.row("client", QLineEdit())
        self.client.setMaxLength(200)
        self.note = self.row("note", QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        # No patch per keystroke: the name and note change no amount (the case takes them when it is read).

    def patch(self) -> CasePatch:
        client, note = self.client.text().strip(), self.note.toPlainText().strip()[:5000]
        return CasePatch(self.name, (("client", client or DELETE), ("note", note or DELETE)))

    def load(self, case: dict) -> None:
        with self.loading():
            self.client.setText(str(case.get("client") or ""))
            self.note.setPlainText(str(case.get("note") or ""))

    def retranslate(self) -> None:
        self.name_rows({"client": Q.translate("PeriodInputs", "&Naam of initialen klant"),
                        "note": Q.translate("PeriodInputs", "Notitie")})

