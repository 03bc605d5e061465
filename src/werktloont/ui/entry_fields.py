"""Fields that read what is typed (werktloont.entry): amounts, numbers and dates as Dutch people type them, with the
line under the field that says what was understood, why it was not, or asks which of two readings is meant."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from werktloont import entry, fmt

# Amounts are always shown in Dutch notation (€ 1.234,56), also in the English UI: the engine's explanation
# texts use it too, and one notation on one screen is easier to read than two.
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


class EntryHelp(QWidget):
    """The line under a typed field: what was understood ("= € 46.000,00"), why it was not understood, or a
    question with one button per reading when the entry reads two ways. Hidden while there is nothing to say."""

    chosen = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = [QPushButton(), QPushButton()]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.label)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for i, button in enumerate(self.buttons):
            button.setAutoDefault(False)
            button.setAccessibleName(Q.translate("Entry", "Antwoord {n}").format(n=i + 1))
            button.clicked.connect(lambda _c=False, i=i: self.chosen.emit(self.buttons[i].property("value")))
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        self.kind = ""
        self.clear()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self.setVisible(False)

    def _say(self, kind: str, text: str, colour: str) -> None:
        self.kind = kind
        self.label.setText(text)
        self.label.setStyleSheet(f"color: {colour};")
        for button in self.buttons:
            button.setVisible(False)
        self.setVisible(True)

    def echo(self, text: str) -> None:
        """What the typed text is taken to be; dark grey, above 7:1 on the window background."""
        self._say("echo", text, "#333333")

    def problem(self, text: str) -> None:
        self._say("problem", text, "#8b0000")

    def ask(self, text: str, choices: list[tuple[str, float]]) -> None:
        self._say("question", text, "#8b0000")
        for i, (button, (label, value)) in enumerate(zip(self.buttons, choices)):
            button.setText(f"&{i + 1} {label}")  # Alt+1 / Alt+2 answer from the keyboard
            button.setAccessibleName(label)
            button.setProperty("value", value)
            button.setVisible(True)


class NumberEdit(QLineEdit):
    """An amount ("amount": € 46.000,00), a number ("number": 24,5 uur) or a whole number ("integer": 22 jaar),
    typed freely and read on Enter, Tab or leaving the field. Empty is its own state (`amount()` is None): a required
    field shows "nog niet ingevuld" instead of a made-up 0. An entry that reads two ways is asked about, one that
    cannot be read says so; both leave the field without a value until it is answered, never with the old one."""

    valueChanged = Signal(object)  # float | None: a value was committed (typed, chosen or set)

    def __init__(self, kind: str = "amount", decimals: int = 2, step: float = 1.0,
                 plausible_max: float | None = None, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.decimals = 0 if kind == "integer" else decimals
        self.step = step
        self.plausible_max = plausible_max
        self._suffix = ""
        self._value: float | None = None
        self._state = entry.EMPTY  # entry.OK, EMPTY, AMBIGUOUS or INVALID
        self.help = EntryHelp()
        self.help.chosen.connect(self._chosen)
        self.textEdited.connect(self._typing)
        self.editingFinished.connect(self.commit)
        # Wide enough for a whole amount: in the narrow inputs column (150 %) a squeezed field showed
        # "€ 46.000,00" as "46.000,00", the euro sign scrolled out of view.
        sample = {"amount": "€ 88.888,88", "number": "88,5 uur"}.get(kind, "88 jaar")
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample) + 16)

    # --- the spin box's API, as far as the inputs use it ---
    def value(self) -> float:
        """The committed value; 0 when empty or not understood (use `amount()` to tell them apart)."""
        return self._value if self._value is not None else 0.0

    def amount(self) -> float | None:
        return self._value

    def state(self) -> str:
        return self._state

    def is_empty(self) -> bool:
        return self._state == entry.EMPTY

    def setValue(self, value: float | None) -> None:  # noqa: N802 - the spin box's name
        # Kept as given, not rounded to the field's decimals: a case file with 25,333 hours or € 0,005 is computed
        # as `werktloont calc` computes that file, and saved again without losing a digit.
        self._set(None if value is None else float(value), entry.OK if value is not None else entry.EMPTY)

    def clear_value(self) -> None:
        self.setValue(None)

    def setSuffix(self, suffix: str) -> None:  # noqa: N802
        self._suffix = suffix
        if self._state == entry.OK:
            self.setText(self.canonical(self._value))

    def suffix(self) -> str:
        return self._suffix

    def setSpecialValueText(self, text: str) -> None:  # noqa: N802 - shown while the field is empty
        self.setPlaceholderText(text)

    def canonical(self, value: float | None) -> str:
        if value is None:
            return ""
        decimals = _decimals(value, self.decimals)  # every decimal the value has: the field shows what is computed
        if self.kind == "amount":
            return fmt.eur(value, decimals)
        text = fmt.number_nl(value, decimals)
        if "," in text:
            text = text.rstrip("0").rstrip(",")
        return text + self._suffix

    def problem(self) -> str:
        """Why the field has no value although something was typed ("" when there is nothing to answer)."""
        return self.help.label.text() if self._state in (entry.AMBIGUOUS, entry.INVALID) else ""

    # --- reading what is typed ---
    def parse(self, text: str) -> entry.Amount:
        return entry.parse_amount(text, self.decimals, self.plausible_max, self._suffix)

    def _typing(self, text: str) -> None:
        """While typing: say at once what the text is taken to be."""
        parsed = self.parse(text)
        if parsed.status == entry.OK and text.strip() != self.canonical(parsed.value):
            self.help.echo("= " + self.canonical(parsed.value))
        elif parsed.status == entry.AMBIGUOUS:
            self.help.echo(self._question(parsed))
        else:
            self.help.clear()

    def _question(self, parsed: entry.Amount) -> str:
        first, second = (self.canonical(v) for v in parsed.choices[:2])
        return Q.translate("Entry", "Bedoelt u {first} of {second}?").format(first=first, second=second)

    def commit(self) -> None:
        """Read the text (Enter, Tab, leaving the field): a value, empty, a question, or why it is not a number."""
        if self.isReadOnly():
            return
        text = self.text()
        if text == self.canonical(self._value) and self._state in (entry.OK, entry.EMPTY):
            self.help.clear()
            return
        parsed = self.parse(text)
        if parsed.status == entry.OK:
            self._set(parsed.value, entry.OK)
        elif parsed.status == entry.EMPTY:
            self._set(None, entry.EMPTY)
        elif parsed.status == entry.AMBIGUOUS:
            self.help.ask(self._question(parsed), [(self.canonical(v), v) for v in parsed.choices[:2]])
            self._set_pending(entry.AMBIGUOUS)
        else:
            self.help.problem(self._reason(parsed.reason, text))
            self._set_pending(entry.INVALID)

    def _reason(self, reason: str, text: str) -> str:
        if reason == entry.NEGATIVE:
            return Q.translate("Entry", "Een bedrag kan niet negatief zijn.")
        if reason == entry.TOO_MANY_DECIMALS:
            if self.decimals == 0:
                return Q.translate("Entry", "'{text}': typ een heel getal, zonder komma.").format(
                    text=text.strip())
            return Q.translate("Entry", "'{text}': te veel cijfers achter de komma (hoogstens {n}).").format(
                text=text.strip(), n=self.decimals)
        example = {"amount": Q.translate("Entry", "bijvoorbeeld 46.000 of 16,50"),
                   "integer": Q.translate("Entry", "bijvoorbeeld 35")}.get(self.kind) or \
            Q.translate("Entry", "bijvoorbeeld 24 of 24,5")
        return Q.translate("Entry", "'{text}' is geen getal. Typ {example}.").format(text=text.strip(),
                                                                                     example=example)

    def _chosen(self, value: float) -> None:
        self._set(value, entry.OK)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set(self, value: float | None, state: str) -> None:
        changed = value != self._value or self._state != state
        self._value, self._state = value, state
        self.setText(self.canonical(value))
        self.help.clear()
        if changed:
            self.valueChanged.emit(value)

    def _set_pending(self, state: str) -> None:
        changed = self._value is not None or self._state != state
        self._value, self._state = None, state
        if changed:
            self.valueChanged.emit(None)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        """As a spin box: the wheel changes the value only once the field has focus (clicked or Tab); without focus
        it scrolls the input panel."""
        if not self.hasFocus() or self.isReadOnly() or event.angleDelta().y() == 0 or self._value is None:
            event.ignore()
            return
        self.commit()
        step = self.step if event.angleDelta().y() > 0 else -self.step
        self.setValue(max(0.0, (self._value or 0.0) + step))
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Arrow up and down change the value by one step, as in a spin box."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.isReadOnly() and self.text().strip():
            # Only from a value: an empty age is typed, never stepped to 0 by a stray arrow key.
            self.commit()
            if self._value is not None:  # not from a text still to be answered
                step = self.step if key == Qt.Key.Key_Up else -self.step
                self.setValue(max(0.0, self._value + step))
            return
        super().keyPressEvent(event)


def _decimals(value: float, least: int) -> int:
    """The decimals that show `value` whole: at least the field's own, more for a value from a file that has
    them (25,333 uur), at most 6 (a float's tail, 0,30000000000000004, is no digit anyone typed)."""
    for decimals in range(least, 6):
        if abs(round(value, decimals) - value) < 1e-9:
            return decimals
    return 6


class DateField(QLineEdit):
    """A date (dd-MM-yyyy) or a month (MM-yyyy) typed as people type them: "1-3-2026", "01032026", "maart 2026",
    "mrt 26". A text that is not a date, or one outside the range, says so under the field and leaves it without a
    date (`date()` invalid) instead of keeping the old one. Empty shows the special text (e.g. "onbekend")."""

    dateChanged = Signal(QDate)

    def __init__(self, month: bool = False, parent=None):
        super().__init__(parent)
        self.month = month
        self._date = QDate()
        self._state = entry.EMPTY
        self._min = QDate(1900, 1, 1)
        self._max = QDate(2099, 12, 31)
        self.help = EntryHelp()
        self.textEdited.connect(self._typing)
        self.editingFinished.connect(self.commit)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("88-88-8888") + 16)  # a whole date in view

    def setDisplayFormat(self, fmt_: str) -> None:  # noqa: N802 - QDateEdit's name
        self.month = "d" not in fmt_

    def displayFormat(self) -> str:  # noqa: N802
        return "MM-yyyy" if self.month else "dd-MM-yyyy"

    def setDateRange(self, low: QDate, high: QDate) -> None:  # noqa: N802
        self._min, self._max = low, high

    def setMinimumDate(self, low: QDate) -> None:  # noqa: N802
        self._min = low

    def minimumDate(self) -> QDate:  # noqa: N802
        return self._min

    def maximumDate(self) -> QDate:  # noqa: N802
        return self._max

    def setSpecialValueText(self, text: str) -> None:  # noqa: N802 - shown while the field is empty
        self.setPlaceholderText(text)

    def date(self) -> QDate:
        return QDate(self._date)

    def state(self) -> str:
        return self._state

    def is_empty(self) -> bool:
        return self._state == entry.EMPTY

    def problem(self) -> str:
        return self.help.label.text() if self._state == entry.INVALID else ""

    def setDate(self, day: QDate | None) -> None:  # noqa: N802
        day = QDate(day) if day is not None and day.isValid() else QDate()
        self._set(day, entry.OK if day.isValid() else entry.EMPTY)

    def words(self, day: QDate) -> str:
        from werktloont.ui.labels import ui_lang

        locale = QLocale(QLocale.Language.English) if ui_lang() == "en" else DUTCH
        return locale.toString(day, "MMMM yyyy" if self.month else "d MMMM yyyy")

    def _read(self, text: str) -> tuple[str, QDate, str]:
        parsed = entry.parse_date_text(text, self.month)
        if parsed.status != entry.OK or parsed.value is None:
            return parsed.status, QDate(), parsed.reason
        d: date = parsed.value
        day = QDate(d.year, d.month, d.day)
        low = QDate(self._min.year(), self._min.month(), 1) if self.month else self._min
        if day < low or day > self._max:
            return entry.INVALID, day, "range"
        return entry.OK, day, ""

    def _typing(self, text: str) -> None:
        status, day, _reason = self._read(text)
        if status == entry.OK and text.strip() != day.toString(self.displayFormat()):
            self.help.echo("= " + self.words(day))
        else:
            self.help.clear()

    def commit(self) -> None:
        if self.isReadOnly():
            return
        text = self.text()
        if self._state in (entry.OK, entry.EMPTY) and text == self._shown(self._date):
            self.help.clear()
            return
        status, day, reason = self._read(text)
        if status == entry.OK:
            self._set(day, entry.OK)
        elif status == entry.EMPTY:
            self._set(QDate(), entry.EMPTY)
        else:
            self.help.problem(self._reason(reason, text, day))
            changed = self._date.isValid() or self._state != entry.INVALID
            self._date, self._state = QDate(), entry.INVALID
            if changed:
                self.dateChanged.emit(QDate())

    def _reason(self, reason: str, text: str, day: QDate) -> str:
        shown = self.displayFormat()
        if reason == "range":
            return Q.translate("Entry", "{day} valt buiten wat de rekenhulp kent: van {low} tot en met "
                                        "{high}.").format(
                day=self.words(day), low=self._min.toString(shown), high=self._max.toString(shown))
        if reason == entry.NO_YEAR:
            return Q.translate("Entry", "'{text}': het jaar ontbreekt.").format(text=text.strip())
        if reason == entry.DATE_TWO_WAYS:
            return Q.translate("Entry", "'{text}' kan twee datums zijn: typ het met streepjes, bijvoorbeeld "
                                        "01-03-2026.").format(
                text=text.strip())
        example = (Q.translate("Entry", "bijvoorbeeld 03-2026 of maart 2026") if self.month else
                   Q.translate("Entry", "bijvoorbeeld 1-3-2026"))
        return Q.translate("Entry", "'{text}' is geen datum. Typ {example}.").format(text=text.strip(),
                                                                                     example=example)

    def _shown(self, day: QDate) -> str:
        return day.toString(self.displayFormat()) if day.isValid() else ""

    def _set(self, day: QDate, state: str) -> None:
        changed = day != self._date or state != self._state
        self._date, self._state = day, state
        self.setText(self._shown(day))
        self.help.clear()
        if changed:
            self.dateChanged.emit(QDate(day))
