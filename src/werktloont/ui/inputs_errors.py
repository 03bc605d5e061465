"""The inputs region's error lines: the engine's message under the field it names (part of InputsPanel)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any


class FieldErrors:
    """Mixin for InputsPanel: needs `general_error`, `_rows`, `children_list`, `client_income` and `debts_section`."""

    general_error: Any
    if TYPE_CHECKING:
        @property
        def _rows(self) -> dict: ...
    children_list: Any
    client_income: Any
    debts_section: Any
    _errors_shown = True  # whether an error line may be showing (the first clear clears them all)

    def clear_errors(self) -> None:
        """Every answer clears the error lines; when none is shown (nearly every keystroke) nothing is touched."""
        self.general_error.setVisible(False)
        if not self._errors_shown:
            return
        self._errors_shown = False
        for _label, _widget, field in self._rows.values():
            if field:
                field.show_error("")
        for row in self.children_list.rows:
            for field in (row.age_field, row.care_field, row.hours_field, row.price_field):
                field.show_error("")

    def show_error(self, field: str, message: str) -> None:
        """Put the engine's message under the field it names (longest matching path), else at the top."""
        self.clear_errors()
        self._errors_shown = True
        if field.startswith("household.children["):
            try:
                i = int(field.split("[", 1)[1].split("]", 1)[0])
            except ValueError:
                i = -1
            if 0 <= i < self.children_list.count:
                row = self.children_list.rows[i]
                target = (row.hours_field if "hours_per_month" in field else row.price_field
                          if "hourly_price" in field else row.care_field if "childcare" in field else row.age_field)
                target.show_error(message)
                return
        rows = self._rows
        matches = [key for key in rows if field == key or field.startswith(key + ".") or field.startswith(key + "[")]
        if field.startswith("household.rent"):
            matches = matches or ["household.rent.base_rent"]
        if matches:
            _label, _widget, target = rows[max(matches, key=len)]
            self.client_income.reveal(field)
            if field.startswith("debts_arrangement") and self.debts_section.folded():
                self.debts_section.fold(False)
            if target:
                target.show_error(message)
                return
        self.general_error.setText(message)
        self.general_error.setVisible(True)
