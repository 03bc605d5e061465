"""Verdict region (top right): one large plain-language sentence, assets first, the reason for a cliff."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from werktloont import fmt
from werktloont.texts import plausibility
from werktloont.texts import verdict as verdict_texts
from werktloont.ui.labels import component_short


def _hours(x: float) -> str:
    return fmt.plain(round(x, 1))


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
            self.assets.setVisible(False)
            self.warnings.setVisible(False)
            self.headline.setText(self.tr("Vul de gegevens links in."))
            self.reason.setText("")
            self.detail.setText("")
            return
        lines = plausibility.sentences(outcome.result.get("plausibility", []), outcome.lang)
        lines += verdict_texts.notice_lines(outcome.result, outcome.lang)  # e.g. 2027 amounts not yet set
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        result = outcome.result
        at = result["asset_test"]
        self.assets.setVisible(not at["eligible"])
        if not at["eligible"]:
            self.assets.setText(self.tr("Let op: het vermogen ({counted}) is hoger dan de grens ({limit}). "
                                        "Daarom is er nu geen bijstand, ook zonder baan.").format(
                counted=fmt.eur(at["counted"], 0), limit=fmt.eur(at["limit"], 0)))
        # The sentences are the answer's own (werktloont.texts.verdict): the window words nothing itself.
        text = result.get("headline_text") or verdict_texts.headline(result, outcome.lang)
        self.headline.setText(text)
        self.headline.setAccessibleDescription(text)
        self.reason.setText(self._reason(outcome))
        self.reason.setVisible(bool(self.reason.text()))
        self.detail.setText(verdict_texts.detail(result, outcome.lang))
        if result.get("debts"):  # issue 19: the amounts above are before beslag; the debts region says what is kept
            self.detail.setText(self.detail.text() + " " + self.tr(
                "Dit is vóór beslag of schuldregeling: wat u daarvan overhoudt, staat hieronder bij Schulden."))
        self._hold_height()

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
        self.assets.setVisible(False)
        self.warnings.setVisible(False)
        self.reason.setVisible(False)
        self.headline.setText(self.tr("Nog geen uitkomst: de invoer klopt niet."))
        self.detail.setText(message)

    def show_incomplete(self, missing: list[str]) -> None:
        """Not everything is filled in yet: no amount, but what is still missing, field by field."""
        self._outcome = None
        self.assets.setVisible(False)
        self.warnings.setVisible(False)
        self.reason.setVisible(False)
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

    # --- the reason line, from the engine's cliff and plateau ranges on the hours curve ---
    def _reason(self, outcome) -> str:
        job = outcome.case.get("job") or {}
        h = float(job.get("hours_per_week", 0))
        if h <= 0:
            return ""
        ranges = outcome.hours.get("ranges", [])
        cliff = next((r for r in ranges if r["kind"] == "cliff" and r["from"] < h <= r["to"]), None)
        if cliff:
            clauses = self._clauses(outcome, cliff["components"][:2])
            if cliff["from"] <= 0:
                return self.tr("Dat komt vooral doordat {clauses}.").format(clauses=clauses) if clauses else ""
            return self.tr("Let op: met {low} uur per week houdt u meer over dan met {hours} uur, vooral doordat "
                           "{clauses}.").format(low=_hours(cliff["from"]), hours=_hours(h), clauses=clauses)
        plateau = next((r for r in ranges if r["kind"] == "plateau" and r["from"] < h <= r["to"]), None)
        if plateau:
            return self.tr("Tussen {low} en {high} uur per week levert meer werken (bijna) niets op: wat u meer "
                           "verdient, gaat van de bijstand of de toeslagen af.").format(
                low=_hours(plateau["from"]), high=_hours(plateau["to"]))
        return ""

    def _clauses(self, outcome, components: list[str]) -> str:
        """'uw huurtoeslag omlaag gaat en de stadspas stopt': compared with the better point before the cliff
        (without the job when the cliff starts at 0 hours)."""
        now = outcome.result
        ref = outcome.extra.get("cliff_reference")
        before, before_situation = (ref, "with_job") if ref else (now, "without_job")
        parts = []
        for key in components:
            old, new = before[before_situation][key], now["with_job"][key]
            if key == "municipal":
                stopped = self._stopped_schemes(before, before_situation, now)
                parts += [self.tr("{name} stopt").format(name=name) for name in stopped[:2]] or \
                    [self.tr("{name} omlaag gaan").format(name=component_short(key))]
            elif key in ("childcare_costs", "travel_costs"):
                parts.append(self.tr("{name} stijgen").format(name=component_short(key)))
            elif new <= 0 < old:
                parts.append(self.tr("{name} stopt").format(name=component_short(key)))
            else:
                parts.append(self.tr("{name} omlaag gaat").format(name=component_short(key)))
        return self.tr(" en ").join(parts)

    def _stopped_schemes(self, before: dict, situation: str, now: dict) -> list[str]:
        def schemes(result: dict, sit: str) -> dict[str, dict]:
            entry: dict = next((e for e in result["explanations"]
                                if e["component"] == "municipal" and e["situation"] == sit), {})
            return {s["id"]: s for s in entry.get("schemes", [])}

        old, new = schemes(before, situation), schemes(now, "with_job")
        names = []
        for sid, s in old.items():
            if s["amount"] > 0 and new.get(sid, {}).get("amount", 0) <= 0:
                label = s.get("label") or sid
                names.append(self.tr("de {scheme}").format(scheme=label[:1].lower() + label[1:]))
        return names
