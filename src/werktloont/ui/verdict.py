"""Verdict region (top right): one large plain-language sentence, assets first, the reason for a cliff. Every sentence
about the result is werktloont.texts' (texts.verdict, texts.curve); this region only places them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from werktloont.texts import curve as curve_texts
from werktloont.texts import notices as notice_texts
from werktloont.texts import plausibility
from werktloont.texts import verdict as verdict_texts


class VerdictPanel(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("verdict")
        self.assets = QLabel()
        self.headline = QLabel()
        self.reason = QLabel()
        self.detail = QLabel()
        self.warnings = QLabel()  # plausibility: "look again at this input", the result stands
        self.warnings.setStyleSheet("background: #fff4d6; color: #3d2b00; padding: 4px; border-radius: 4px;")
        lay = QVBoxLayout(self)
        for label in (self.assets, self.headline, self.reason, self.detail, self.warnings):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(label)
        self._base_size = self.headline.font().pointSizeF()
        self.set_compact(False)
        bold = QFont(self.assets.font())
        bold.setBold(True)
        self.assets.setFont(bold)
        # Dark text on a light amber background: contrast well above 7:1, and the words carry the warning.
        self.assets.setStyleSheet("background: #fff4d6; color: #3d2b00; padding: 6px; border-radius: 4px;")
        self.headline.setAccessibleName("verdict")
        self._outcome = None
        self.show_outcome(None)

    def set_compact(self, compact: bool) -> None:
        """The headline in large bold type; on a small screen a little less large, so the table stays in view."""
        font = QFont(self.headline.font())
        font.setPointSizeF(self._base_size * (1.3 if compact else 1.7))
        font.setBold(True)
        self.headline.setFont(font)
        self.release_height()

    def show_outcome(self, outcome) -> None:
        self._outcome = outcome
        if outcome is None:
            self._clear_notes()
            self.headline.setText(self.tr("Vul de gegevens links in."))
            self.detail.setText("")
            return
        lines = plausibility.sentences(outcome.result.get("plausibility", []), outcome.lang)
        lines += notice_texts.notice_lines(outcome.result, outcome.lang)  # e.g. 2027 amounts not yet set
        _put(self.warnings, "\n".join(lines))
        result = outcome.result
        at = result["asset_test"]
        _put(self.assets, "" if at["eligible"] else verdict_texts.assets_note(at, outcome.lang))
        # The sentences are the answer's own (werktloont.texts.verdict): the window words nothing itself.
        text = result.get("headline_text") or verdict_texts.headline(result, outcome.lang)
        self.headline.setText(text)
        self.headline.setAccessibleDescription(text)
        job = outcome.case.get("job") or {}
        _put(self.reason, curve_texts.hours_reason(result, outcome.hours, float(job.get("hours_per_week", 0)),
                                                   outcome.extra.get("cliff_reference"), outcome.lang))
        self.detail.setText(verdict_texts.detail(result, outcome.lang))
        if result.get("debts"):  # the amounts above are before beslag; the debts region says what is kept
            self.detail.setText(self.detail.text() + " " + verdict_texts.before_debts(outcome.lang))
        self._hold_height()

    def _clear_notes(self) -> None:
        for label in (self.assets, self.warnings, self.reason):
            _put(label, "")

    def _hold_height(self) -> None:
        """While one case is edited, grow but never shrink: a verdict that wraps to one line less, or a reason
        that comes and goes at some hours, must not make the charts below jump (and redraw in full) on every step
        of the slider. A new case starts again (release_height)."""
        if not self.isVisible():  # before the window is shown its width is not the real one: nothing to hold yet
            return
        needed = self.heightForWidth(self.width())
        if needed > self.minimumHeight():
            self.setMinimumHeight(needed)

    def release_height(self) -> None:
        self.setMinimumHeight(0)

    def show_invalid(self, message: str) -> None:
        """The input is not valid: no amount from an earlier input may stay on screen."""
        self._outcome = None
        self._clear_notes()
        self.headline.setText(self.tr("Nog geen uitkomst: de invoer klopt niet."))
        self.detail.setText(message)

    def show_incomplete(self, missing: list[str]) -> None:
        """Not everything is filled in yet: no amount, but what is still missing, field by field."""
        self._outcome = None
        self._clear_notes()
        self.release_height()  # the answer that follows takes the height it needs, not the hint's
        self.headline.setText(self.tr("Nog geen uitkomst: vul eerst alles in."))
        self.detail.setText(self.tr("Nog niet ingevuld of beantwoord:") + "\n" + "\n".join(
            "• " + line for line in missing))

    def text(self) -> str:
        """All visible verdict text, for tests and the screen reader summary."""
        return " ".join(lbl.text() for lbl in (self.assets, self.headline, self.reason)
                        if not lbl.isHidden() and lbl.text())

    def retranslate(self) -> None:
        self.show_outcome(self._outcome)


def _put(label, text: str) -> None:
    """A note shows its words, or is hidden and empty: no amount of an earlier case stays behind in it."""
    label.setText(text)
    label.setVisible(bool(text))
