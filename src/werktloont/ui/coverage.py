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
            # The window computes an answer's months right after it is on screen: until they come they are on
            # their way, not left out (saying so at every keystroke made the note flicker); only months that could
            # not be computed are named.
            months = bool(outcome.result.get("timeline")) or outcome.extra.get("months") != "failed"
            codes = coverage.codes(partner=len(case.get("household", {}).get("adults", [])) > 1,
                                   timeline=months, municipality=bool(case.get("municipality")))
        lang = ui_lang()
        self.setText("<b>" + escape(coverage.indication(lang)) + "</b> " + escape(coverage.sentence(codes, lang)))

    def retranslate(self) -> None:
        self.show_outcome(self._outcome)
