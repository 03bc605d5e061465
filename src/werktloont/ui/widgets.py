"""Small shared widgets: money and number fields in Dutch notation, a field with its error line."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QLabel, QSpinBox, QVBoxLayout, QWidget

# Amounts are always shown in Dutch notation (€ 1.234,56), also in the English UI: the engine's explanation
# texts use it too, and one notation on one screen is easier to read than two.
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def money_box(maximum: float, step: float = 10.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
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


def int_box(minimum: int, maximum: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
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
