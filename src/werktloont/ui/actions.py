"""What to arrange (a tab next to the charts): the client's steps with dates and amounts, the warnings about
assets and the input, and the car scenarios. Every sentence and amount comes from the engine and its texts."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from werktloont.texts import plausibility
from werktloont.texts import timeline as timeline_texts
from werktloont.texts import verdict as verdict_texts


def _items(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"


class ActionsPanel(QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        lay = QVBoxLayout(body)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.label)
        lay.addStretch(1)
        self.setWidget(body)
        self._outcome = None
        self.shown_actions: list[str] = []  # what to arrange as listed: the answer's `actions`, in its order
        self.show_outcome(None)

    def show_outcome(self, outcome) -> None:
        self._outcome = outcome
        self.shown_actions = []
        if outcome is None:
            self.label.setText(self.tr("Nog geen uitkomst: controleer de invoer."))
            return
        result, lang = outcome.result, outcome.lang
        parts: list[str] = []
        has_job = outcome.prepared.job is not None
        if has_job:
            # The answer's own list (the same as `werktloont calc` and the report): never the projection's.
            steps = self.shown_actions = list(result.get("actions") or [])
            parts.append("<h3>" + html.escape(self.tr("Wat de klant moet regelen bij deze baan")) + "</h3>")
            parts.append(_items(list(steps)) if steps else
                         "<p>" + html.escape(self.tr("Bij deze baan hoeft de klant niets te regelen.")) + "</p>")
        warnings = []
        at = result["asset_test"]
        if not at["eligible"]:
            warnings.append(verdict_texts.assets_note(at, lang))  # the same sentence as above the verdict
        summary = outcome.extra.get("summary") or {}
        warnings += [w["text"] for w in summary.get("warnings", ()) if w.get("text")]
        warnings += plausibility.sentences(result.get("plausibility", []), lang)
        if warnings:
            parts.append("<h3>" + html.escape(self.tr("Let op")) + "</h3>" + _items(warnings))
        # The car choices: the assets region (tab "Vermogen") shows them when the engine gives its panel.
        rows = [] if result.get("asset_panel") else summary.get("asset_scenarios") or []
        if rows:
            parts.append("<h3>" + html.escape(self.tr("De auto: houden, verkopen of nodig voor werk")) + "</h3>")
            parts.append(_items([timeline_texts.asset_scenario_line(row, lang) for row in rows]))
        timeline = result.get("timeline") or []
        if has_job and timeline:
            parts.append(self._months(timeline, lang))
        notes = [n for n in summary.get("notes", ()) if isinstance(n, str)]
        if notes:
            parts.append("<h3>" + html.escape(self.tr("Goed om te weten")) + "</h3>" + _items(notes))
        if not parts:
            parts.append("<p>" + html.escape(self.tr("Zonder baanaanbod is er niets te regelen.")) + "</p>")
        self.label.setText("".join(parts))

    def _months(self, timeline: list[dict], lang: str) -> str:
        """The months in a row of one situation (werk, WW, bijstand, zoektermijn), and the months to act on."""
        from werktloont.report.content import timeline_summary
        from werktloont.texts.report import month_text

        head = (self.tr("Maanden"), self.tr("Situatie"), self.tr("Te besteden per maand"), self.tr("Totaal erbij"))
        rows = ["<tr>" + "".join(f"<th align='left'>{html.escape(h)}</th>" for h in head) + "</tr>"]
        for row in timeline_summary(timeline, lang):
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row)
                        + "</tr>")
        dated = []
        for e in timeline:
            settle = e.get("toeslagen_settlement") or 0.0
            notes = [str(n) for n in e.get("notes") or []]
            if abs(settle) >= 0.5:
                notes.append(timeline_texts.settlement_note(settle, lang))
            if notes:
                dated.append(f"{month_text(str(e.get('month', '')), lang)}: " + "; ".join(notes))
        out = "<h3>" + html.escape(self.tr("Maand voor maand")) + "</h3><table cellspacing='0' cellpadding='3'>"
        out += "".join(rows)
        out += "</table>"
        if dated:
            out += "<h3>" + html.escape(self.tr("Data om op te letten")) + "</h3>" + _items(dated)
        return out

    def text(self) -> str:
        """The visible text without markup (for tests and the screen reader)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.label.text())
        return doc.toPlainText()

    def retranslate(self) -> None:
        self.show_outcome(self._outcome)
