"""The "Vervolg" tab: the follow-up plan by date (the client's steps, the klantmanager's conversations with what to
check), the gap before the first wage, "Bewaar agenda (.ics)", and the first months in cash by date as a chart and
as a table. Every sentence, date and amount is read from the answer (`followup`, `first_month_gap`,
`cash_calendar`); the agenda file is written by werktloont.report.agenda."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from werktloont.texts.report import date_text
from werktloont.ui.cash_chart import CashChart, CashTable, shown_payments
from werktloont.ui.dialogs import save_file
from werktloont.userdirs import save_start  # the Documents folder, not the program's own

log = logging.getLogger("werktloont.ui")


def _list(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


class FollowupPanel(QWidget):
    saved = Signal(object)  # a function that words "saved" in the current language (the window's notice)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.outcome = None
        self.tabs: Any = None  # the charts region it is installed in (its own row of tabs), for the tab's name
        self.inner = QTabWidget()
        self.inner.setDocumentMode(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.text)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_ics)
        self.with_name = QCheckBox()
        plan = QWidget()
        pl = QVBoxLayout(plan)
        pl.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.with_name)
        row.addStretch(1)
        pl.addLayout(row)
        pl.addWidget(scroll, 1)
        self.chart = CashChart()
        self.table = CashTable()
        self.inner.addTab(plan, "")
        self.inner.addTab(self.chart, "")
        self.inner.addTab(self.table, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.inner)
        self.retranslate()
        self.show_outcome(None)

    def lang(self) -> str:
        return self.outcome.lang if self.outcome is not None else "nl"

    def show_outcome(self, outcome) -> None:
        """Show an outcome's plan and cash; None (an invalid input): no amount of an earlier case stays."""
        self.outcome = outcome
        result = outcome.result if outcome is not None else None
        plan = (result or {}).get("followup")
        self.save_button.setEnabled(bool(plan))
        if result is None:
            self.text.setText(html.escape(self.tr("Nog geen uitkomst: controleer de invoer.")))
        elif not plan:
            self.text.setText(html.escape(self.tr("Zonder baanaanbod is er geen vervolgplan.")))
        else:
            self.text.setText(self._plan_html(result))
        pays, totals = shown_payments(result)
        self.chart.set_payments(pays, totals)
        self.table.set_payments(pays, totals, [self.tr("Datum"), self.tr("Bedrag"), self.tr("Wat"), self.tr("Van"),
                                               self.tr("Voor maand")], self.tr("Totaal van de maand"),
                                lambda iso: date_text(iso, self.lang()))

    def _plan_html(self, result: dict) -> str:
        lang, plan = self.lang(), result["followup"]
        e = html.escape
        # The headings outside the f-strings: pyside6-lupdate does not see a tr() inside one (it stayed Dutch).
        heads = {"gap": self.tr("Tot het eerste loon"), "client": self.tr("Wat de klant doet, en wanneer"),
                 "talks": self.tr("Vervolggesprekken van de klantmanager"), "rules": self.tr("Zo is gerekend")}
        parts = []
        gap = result.get("first_month_gap")
        if gap:
            parts.append(f"<h3>{e(heads['gap'])}</h3><p>{e(gap.get('client_text', ''))}</p>"
                         f"<p><i>{e(gap.get('klantmanager_text', ''))}</i></p>")
        client = [f"<b>{e(date_text(s['date'], lang))}</b>: {e(s['title'])}. {e(s['text'])}"
                  for s in plan["steps"] if s["who"] == "client"]
        parts.append(f"<h3>{e(heads['client'])}</h3>" + _list(client))
        talks = [f"<b>{e(date_text(s['date'], lang))}</b>: {e(s['title'])}" + _list([e(c) for c in s["checks"]])
                 for s in plan["steps"] if s["who"] == "klantmanager"]
        parts.append(f"<h3>{e(heads['talks'])}</h3>" + _list(talks))
        rules = (result.get("cash_calendar") or {}).get("rules_text") or []
        parts.append(f"<h3>{e(heads['rules'])}</h3>" + _list([e(r) for r in rules]))
        return "".join(parts)

    def save_ics(self) -> None:
        """Ask where to save the agenda (the window's own file dialog, in the window's language) and write it; no
        client name in the proposed file name."""
        if self.outcome is None or not self.outcome.result.get("followup"):
            return
        path = save_file(self, self.tr("Bewaar agenda"), save_start(self.tr("vervolgplan.ics")),
                         self.tr("Agenda (*.ics)"))
        if path:
            self.write_ics(path if path.lower().endswith(".ics") else path + ".ics")

    def write_ics(self, path: str) -> int:
        """Write the agenda; any failure is said in a message box (never only in the log). Returns the number of
        appointments written, 0 on failure."""
        from werktloont.errors import WerktloontError
        from werktloont.report import agenda

        if self.outcome is None:
            return 0
        with_name = self.with_name.isChecked()
        client = self.outcome.case.get("client") if with_name else None
        name = Path(path).name
        try:
            count = agenda.write(path, self.outcome.result, self.lang(), with_name=with_name, client=client)
        except WerktloontError as exc:  # a Dutch message of its own
            self._failed(self.tr("De agenda {name} is niet bewaard. {why}").format(name=name, why=str(exc)))
            return 0
        except OSError as exc:
            self._failed(self.tr("De agenda {name} kon niet worden bewaard: {why}. Kies een andere map of naam en "
                                 "probeer het opnieuw.").format(name=name, why=exc.strerror or type(exc).__name__))
            return 0
        except Exception as exc:  # noqa: BLE001 - said to the user; only the type goes to the log (no client data)
            log.error("agenda failed: %s", type(exc).__name__)
            self._failed(self.tr("De agenda {name} kon niet worden bewaard door een onverwachte fout. Probeer het "
                                 "opnieuw; blijft het gebeuren, meld het dan aan de beheerder (zonder gegevens van de "
                                 "klant).").format(name=name))
            return 0
        self.saved.emit(lambda: self.tr("Agenda bewaard: {name} ({count} afspraken).").format(name=name,
                                                                                             count=count))
        return count

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Bewaar agenda"), message)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Bewaar agenda (.ics)"))
        self.save_button.setToolTip(self.tr("Het plan als afspraken voor Outlook of de telefoon. Zonder naam en "
                                            "bedragen, tenzij u dat aanvinkt."))
        self.with_name.setText(self.tr("Met naam en bedragen"))
        self.inner.setTabText(0, self.tr("Plan"))
        self.inner.setTabText(1, self.tr("Geld per datum"))
        self.inner.setTabText(2, self.tr("Tabel"))
        self.chart.setAccessibleName(self.tr("Grafiek: betalingen per datum en het saldo per maand"))
        self.table.setAccessibleName(self.tr("Tabel: betalingen per datum, met het totaal per maand"))
        self.chart.set_texts({"balance": self.tr("Saldo van de maand")})
        tabs = self.tabs
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setTabText(tabs.indexOf(self), self.tr("Vervolg"))
        if self.outcome is not None:
            self.show_outcome(self.outcome)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(window) -> FollowupPanel:
    """Add the "Vervolg" tab to the window's charts region and follow its results."""
    panel = FollowupPanel()
    window.charts.addTab(panel, "")
    panel.tabs = window.charts
    panel.retranslate()
    # The plan and the cash calendar are in the first answer; the timeline adds nothing this panel shows, and an
    # invalid input reaches it through the window, which clears every region (MainWindow._show_invalid).
    window.state.result_ready.connect(panel.show_outcome)
    panel.saved.connect(window.notice.show_message)
    return panel
