"""Small shared widgets: money and number fields in Dutch notation, a field with its error line."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

# Amounts are always shown in Dutch notation (€ 1.234,56), also in the English UI: the engine's explanation
# texts use it too, and one notation on one screen is easier to read than two.
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


class _NoWheel:
    """The mouse wheel scrolls the input panel; a field changes by wheel only once it has focus (clicked or Tab)."""

    def _init_no_wheel(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # type: ignore[attr-defined]

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()  # passed on to the scroll area


class ComboBox(_NoWheel, QComboBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._init_no_wheel()


class Slider(_NoWheel, QSlider):
    def __init__(self, orientation=Qt.Orientation.Horizontal, parent=None):
        super().__init__(orientation, parent)
        self._init_no_wheel()


class DateEdit(_NoWheel, QDateEdit):
    """A date field where Tab leaves the field (Qt would step to the next section: day, month, year)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._init_no_wheel()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        return QWidget.focusNextPrevChild(self, forward)


class SpinBox(_NoWheel, QSpinBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._init_no_wheel()


class DecimalBox(_NoWheel, QDoubleSpinBox):
    """Dutch notation, but the keypad's "." is taken as the decimal comma while there is no comma yet:
    "16.50" typed becomes € 16,50 (Qt alone would read the dot as a thousands separator: € 1.650)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._init_no_wheel()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.text() == "." and "," not in self.lineEdit().text().replace(self.prefix(), "", 1):
            event = QKeyEvent(event.type(), Qt.Key.Key_Comma, event.modifiers(), ",")
        super().keyPressEvent(event)


def money_box(maximum: float, step: float = 10.0) -> QDoubleSpinBox:
    box = DecimalBox()
    box.setLocale(DUTCH)
    box.setRange(0.0, maximum)
    box.setDecimals(2)
    box.setSingleStep(step)
    box.setPrefix("€ ")
    box.setGroupSeparatorShown(True)
    box.setAccelerated(True)
    box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    box.setKeyboardTracking(False)  # recompute when a typed number is complete, not at every key
    return box


def number_box(maximum: float, decimals: int = 1, step: float = 1.0) -> QDoubleSpinBox:
    """A number such as hours per week: "24,5" or "24.5"; the range is wide on purpose, so a value the engine
    refuses (90 hours) stays as typed and gets the engine's message, instead of being cut off silently."""
    box = DecimalBox()
    box.setLocale(DUTCH)
    box.setRange(0.0, maximum)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)
    return box


def int_box(minimum: int, maximum: int, suffix: str = "") -> QSpinBox:
    box = SpinBox()
    box.setRange(minimum, maximum)
    box.setSuffix(suffix)
    box.setKeyboardTracking(False)
    return box


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("fieldError")
    # Dark red on the window background keeps a contrast ratio above 7:1; the text itself carries the meaning.
    label.setStyleSheet("color: #8b0000;")
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Field(QWidget):
    """An input with its error line below it, so a message appears next to the field it names."""

    def __init__(self, widget: QWidget, parent=None):
        super().__init__(parent)
        self.widget = widget
        self.error = error_label()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        lay.addWidget(self.error)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.widget.setAccessibleDescription(message)
