"""Report and print from the app: the same report as `werktloont report`, as a PDF or on a printer."""

from __future__ import annotations

from PySide6.QtCore import QObject

from werktloont.errors import WerktloontError
from werktloont.ui.dialogs import save_file
from werktloont.userdirs import save_start  # the Documents folder, not the program's own


class ReportActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.anonymous = False  # "Anoniem afdrukken": no name, no note; the amounts stay the same

    def _report(self):
        from werktloont.report.content import build_report

        try:
            return build_report(self.window.inputs.case(), lang=self.window.state.lang, anonymous=self.anonymous)
        except WerktloontError as exc:
            self.window.notice.show_message(str(exc))
            return None

    def _answer_ready(self) -> bool:
        """The report is the answer on paper: without one (a new conversation, an input not valid) it says why
        instead of asking for a file and writing nothing."""
        if self.window.state.outcome is not None:
            return True
        self.window.notice.show_message(lambda: self.tr(
            "Er is nog geen uitkomst, dus nog geen rapport: vul eerst alles in (links staat wat nog ontbreekt)."))
        return False

    def save_pdf_dialog(self) -> None:
        if not self._answer_ready():
            return
        path = save_file(self.window, self.tr("Rapport opslaan als PDF"), save_start(self.tr("rapport.pdf")),
                         self.tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(path if path.lower().endswith(".pdf") else path + ".pdf")

    def save_pdf(self, path: str) -> bool:
        from werktloont.report.render import write_pdf

        report = self._report()
        if report is None:
            return False
        try:
            pages = write_pdf(report, path)
        except WerktloontError as exc:
            self.window.notice.show_message(str(exc))
            return False
        self.window.notice.show_message(lambda: self.tr("Rapport opgeslagen ({pages} blz.).").format(pages=pages))
        return True

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self._answer_ready():
            return
        report = self._report()
        if report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer, report)

    @staticmethod
    def print_to(printer, report) -> None:
        from PySide6.QtCore import QSizeF
        from PySide6.QtGui import QPageLayout

        from werktloont.report.render import document

        rect = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
        document(report, QSizeF(rect.width(), rect.height())).print_(printer)
