"""The input pattern of the window: each input section is a widget that owns part of the case. It is filled from a
case (`load`), says what it makes of the case (`patch()`, a CasePatch of the paths it owns) and emits that patch
whenever the user changes one of its fields. The inputs panel lays the patches over the loaded case and hands the
case to AppState, which owns it and its one answer; the views only read them."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from werktloont.ui.widgets import Field, focus_chain

W = TypeVar("W", bound=QWidget)
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"


class _Delete:
    def __repr__(self) -> str:
        return "DELETE"


DELETE: Any = _Delete()  # as a value in a patch: the key goes


def _steps(path: str) -> list[str | int]:
    """'household.adults[1].current_job' -> ['household', 'adults', 1, 'current_job']."""
    out: list[str | int] = []
    for part in path.split("."):
        name, _, rest = part.partition("[")
        if name:
            out.append(name)
        while rest:
            index, _, rest = rest.partition("]")
            out.append(int(index))
            rest = rest.removeprefix("[")
    return out


@dataclass(frozen=True)
class CasePatch:
    """What one section makes of the case: (path, value) pairs in order; DELETE removes the key. A path whose
    parent is null or a list entry that does not exist (the partner of a single client, `job.person` without a job)
    is skipped; a missing object on the way is created."""

    section: str
    changes: tuple[tuple[str, Any], ...] = ()

    def apply(self, case: dict) -> dict:
        """Lay the changes over `case` (changed in place, also returned)."""
        for path, value in self.changes:
            steps = _steps(path)
            node: Any = case
            for step in steps[:-1]:
                if isinstance(step, int):
                    node = node[step] if isinstance(node, list) and step < len(node) else None
                elif isinstance(node, dict):
                    if step not in node:
                        node[step] = {}
                    node = node[step]
                else:
                    node = None
                if node is None:
                    break
            last = steps[-1]
            if isinstance(node, dict) and isinstance(last, str):
                if value is DELETE:
                    node.pop(last, None)
                else:
                    node[last] = value
        return case


class InputSection(QWidget):
    """One part of the inputs (household, partner, assets, debts, job, ...): its own form, rows by case path."""

    changed = Signal(object)  # CasePatch: the section's part of the case after a change by the user
    name = ""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: dict[str, tuple[QLabel, QWidget, Field | None]] = {}
        self._loading = 0

    # --- building ---
    def row(self, key: str, widget: W, with_error: bool = True) -> W:
        """A labelled row for the case path `key`; the label's mnemonic (&) focuses the widget."""
        label = QLabel()
        label.setBuddy(widget)
        field = Field(widget) if with_error else None
        self.form.addRow(label, field or widget)
        self.rows[key] = (label, widget, field)
        return widget

    def add(self, widget: W) -> W:
        self.form.addRow(widget)
        return widget

    def show_row(self, widget: QWidget, on: bool) -> None:
        """Show or hide the row of `widget` (its Field when it has one): a hidden row is out of the Tab order."""
        wrapped = {id(w): f for _label, w, f in self.rows.values() if f is not None}
        self.form.setRowVisible(wrapped.get(id(widget), widget), on)

    def label_text(self, key: str) -> str:
        """A row's label without its mnemonic, for messages and screen readers."""
        return self.rows[key][0].text().replace("&", "")

    def name_rows(self, labels: dict[str, str]) -> None:
        for key, text in labels.items():
            label, widget, _field = self.rows[key]
            label.setText(text)
            label.setWordWrap(len(text) > 32)  # short labels on one line; a long one wraps instead of widening
            # A wrapping label asks for about two thirds of its text's width: in English at 150 % that left amount
            # fields too narrow to show "€ 500,00". It gets the width of a short label instead, and the height of
            # its lines at that width (the form does not grow a row for a label's height by itself).
            if label.wordWrap():
                width = label.fontMetrics().horizontalAdvance(text.replace("&", "")[:26])
                label.setFixedWidth(width)
                label.setMinimumHeight(label.heightForWidth(width))
            else:
                label.setMinimumWidth(0)
                label.setMaximumWidth(QWIDGETSIZE_MAX)
                label.setMinimumHeight(0)
            widget.setAccessibleName(text.replace("&", ""))

    # --- the case ---
    @contextlib.contextmanager
    def loading(self) -> Iterator[None]:
        """Fields set while filling from a case emit no patch; the panel sends one case at the end."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    def emit_change(self, *_args) -> None:
        if not self._loading:
            self.changed.emit(self.patch())

    def patch(self) -> CasePatch:
        return CasePatch(self.name)

    def load(self, case: dict) -> None:
        """Fill the fields from a case; nothing of the previous case stays."""

    def missing(self) -> list[str]:
        """Required fields not filled in and typed entries still to answer, as short texts for the hint."""
        return []

    def focus_chain(self) -> list[QWidget]:
        out: list[QWidget] = []
        for _label, widget, _field in self.rows.values():
            out += focus_chain(widget)
        return out

    def retranslate(self) -> None:
        """Set the texts in the window's language."""


def entry_problems(section: InputSection) -> list[str]:
    """'Waarde auto: Bedoelt u € 46,00 of € 46.000,00?' for each typed field of the section that waits for an
    answer or could not be read (only visible rows count)."""
    out = []
    for key, (_label, widget, _field) in section.rows.items():
        problem = getattr(widget, "problem", None)
        text = problem() if callable(problem) else ""
        if text and widget.isVisibleTo(section.window()):
            out.append(f"{section.label_text(key)}: {text}")
    return out
