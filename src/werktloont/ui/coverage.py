"""Coverage note: what this case does not model, so nobody mistakes an indication for a decision."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


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
        items = [self.tr("werken als zelfstandige (zzp)"), self.tr("WW, WIA of een andere uitkering naast de baan"),
                 self.tr("bijzondere bijstand")]
        if outcome is not None:
            case = outcome.case
            if len(case.get("household", {}).get("adults", [])) > 1:
                items.insert(0, self.tr("het eigen inkomen van de partner (alleen of de partner werkt)"))
            if not outcome.result.get("timeline"):
                items.append(self.tr("het verloop per maand en de eindafrekening van de toeslagen"))
            if not case.get("municipality"):
                items.append(self.tr("regelingen van de gemeente (kies een gemeente)"))
        self.setText("<b>" + self.tr("Dit is een indicatie, geen beschikking.") + "</b> "
                     + self.tr("Niet meegerekend: {items}.").format(items=", ".join(items)))

    def retranslate(self) -> None:
        self.show_outcome(self._outcome)
