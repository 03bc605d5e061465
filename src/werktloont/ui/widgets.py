"""Small shared widgets: combo box, slider and spin box that leave the mouse wheel to the panel, the factories of the
typed fields (amounts, numbers, whole numbers; ui/entry_fields.py), and a field with its error line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QSpinBox, QVBoxLayout, QWidget

from werktloont.ui.entry_fields import DUTCH, DateField, EntryHelp, NumberEdit

__all__ = ["DUTCH", "ComboBox", "DateField", "EntryHelp", "Field", "NumberEdit", "Slider", "SpinBox", "error_label",
           "focus_chain", "int_box", "money_box", "number_box", "whole_box"]


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


class SpinBox(_NoWheel, QSpinBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._init_no_wheel()


def money_box(step: float = 10.0, plausible_max: float | None = None) -> NumberEdit:
    return NumberEdit("amount", 2, step, plausible_max)


def number_box(decimals: int = 1, step: float = 1.0, plausible_max: float | None = None) -> NumberEdit:
    """A number such as hours per week: "24,5" or "24.5"; a value the engine refuses (90 hours) stays as typed and
    gets the engine's message, instead of being cut off silently."""
    return NumberEdit("number", decimals, step, plausible_max)


def whole_box(plausible_max: float | None = None) -> NumberEdit:
    """A whole number that may be not filled in yet (an age, a number of months)."""
    return NumberEdit("integer", 0, 1.0, plausible_max)


def int_box(minimum: int, maximum: int, suffix: str = "") -> QSpinBox:
    """A count with a real 0 (children, cost sharers)."""
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
    """An input with what was understood and its error line below it, so a message appears next to the field it
    names."""

    def __init__(self, widget: QWidget, parent=None):
        super().__init__(parent)
        self.widget = widget
        self.error = error_label()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        help_line = getattr(widget, "help", None)
        if isinstance(help_line, EntryHelp):
            lay.addWidget(help_line)
        lay.addWidget(self.error)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.widget.setAccessibleDescription(message)


def focus_chain(widget: QWidget) -> list[QWidget]:
    """The widget and, for a typed field, the answer buttons of its question (skipped by Tab while hidden)."""
    help_line = getattr(widget, "help", None)
    return [widget, *help_line.buttons] if isinstance(help_line, EntryHelp) else [widget]
