"""Debts region: under the verdict, what beslag or a debt arrangement means for the job: the headline
("de baan levert u € 0 per maand meer op, maar uw schuld is € X per maand sneller afgelost"), the rows without and
with the job, and how the beslagvrije voet is made. Input: `debts_arrangement` in the case file. The words come
from werktloont.texts.debts (already in the window's language in the result)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from werktloont.fmt import eur
from werktloont.texts import debts as words


class DebtsPanel(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addWidget(self.label)
        self.hide()

    def show_outcome(self, outcome) -> None:
        """None (no answer): nothing of an earlier case stays, the region hides."""
        d = outcome.result.get("debts") if outcome is not None else None
        gemeente = (outcome.result.get("gemeente_debts_text") or []) if outcome is not None else []
        if (not d or "rows" not in d) and not gemeente:
            self.label.clear()
            self.hide()
            return
        lang = outcome.lang
        # A debt to the gemeente the case makes (a reclaim of bijstand), next to any beslag: words from texts.debts.
        extra = "".join(f"<p style='margin:2px 0'>{escape(line)}</p>" for line in gemeente)
        if not d or "rows" not in d:
            self.label.setText(f"<b>{escape(words.title(lang))}</b>{extra}")
            self.setAccessibleName(words.title(lang))
            self.show()
            return
        # The same month as the breakdown table: the first month of the job (with any temporary vrijlating).
        head = words.table_head(lang)
        cells = "".join(f"<tr><td>{escape(r['label'])}</td><td align='right'>{escape(eur(r['without_job']))}</td>"
                        f"<td align='right'>{escape(eur(r['with_job']))}</td></tr>" for r in d["rows"])
        html = (f"<b>{escape(words.title(lang))}: {escape(d['label'])}</b>"
                f"<p style='margin:2px 0'>{escape(d['headline'])}</p>"
                f"<table cellspacing='0' cellpadding='2'><tr><th></th><th align='right'>{escape(head[0])}</th>"
                f"<th align='right'>{escape(head[1])}</th></tr>{cells}</table>"
                f"<p style='margin:2px 0; color:#444'>{escape(d['explained']['with_job'])}</p>{extra}")
        self.label.setText(html)
        self.setAccessibleName(words.title(lang))
        self.show()
