"""The inputs region's error lines: the engine's message under the field it names (part of InputsPanel)."""

from __future__ import annotations

from typing import Any

from werktloont.ui import inputs_income


class FieldErrors:
    """Mixin for InputsPanel: needs `general_error`, `_rows` and `children_list`."""

    general_error: Any
    _rows: dict
    children_list: Any

    def clear_errors(self) -> None:
        self.general_error.setVisible(False)
        for _label, _widget, field in self._rows.values():
            if field:
                field.show_error("")
        for row in self.children_list.rows:
            row.age_field.show_error("")
            row.care_field.show_error("")

    def show_error(self, field: str, message: str) -> None:
        """Put the engine's message under the field it names (longest matching path), else at the top."""
        self.clear_errors()
        if field.startswith("household.children["):
            try:
                i = int(field.split("[", 1)[1].split("]", 1)[0])
            except ValueError:
                i = -1
            if 0 <= i < self.children_list.count:
                row = self.children_list.rows[i]
                (row.care_field if "childcare" in field else row.age_field).show_error(message)
                return
        matches = [key for key in self._rows if field == key or field.startswith(key + ".")
                   or field.startswith(key + "[")]
        if field.startswith("household.rent"):
            matches = matches or ["household.rent.base_rent"]
        if matches:
            _label, _widget, target = self._rows[max(matches, key=len)]
            inputs_income.reveal(self, field)
            if target:
                target.show_error(message)
                return
        self.general_error.setText(message)
        self.general_error.setVisible(True)

