"""Coverage note: what this case does not model, so nobody mistakes an indication for a decision.

The list is the one of werktloont.texts.coverage (shared with the CLI and the report)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel

from werktloont.texts import coverage
from werktloont.ui.labels import ui_lang


class CoverageNote(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("coverage")
        self.setStyleSheet("color: #333333;")
        self._outcome = None
        self.retranslate()

    def show_outcome(self, outcome) -> None:
        self._outcome = outcome
        codes = coverage.codes(partner=False)
        if outcome is not None:
            case = outcome.case
            codes = coverage.codes(partner=len(case.get("household", {}).get("adults", [])) > 1,
                                   timeline=bool(outcome.result.get("timeline")),
                                   municipality=bool(case.get("municipality")))
        lang = ui_lang()
        self.setText("<b>" + escape(coverage.indication(lang)) + "</b> " + escape(coverage.sentence(codes, lang)))

    def retranslate(self) -> None:
        self.show_outcome(self._outcome)
