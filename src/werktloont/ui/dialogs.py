"""File dialogs that speak the UI's language everywhere: Qt's Dutch catalogue (qtbase_nl) leaves "Look in" and
"Files of type" in English, so those labels are set here (they follow the installed translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def _dialog(parent: QWidget, title: str, start: str, filters: str, save: bool) -> QFileDialog:
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    # With accelerators: Alt+I, Alt+T and Alt+N reach the folder, the file type and the file name from the keyboard.
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialog", "Zoeken &in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialog", "Bestands&type:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialog", "Bestands&naam:"))
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, QCoreApplication.translate(
        "FileDialog", "&Opslaan") if save else QCoreApplication.translate("FileDialog", "&Openen"))
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, QCoreApplication.translate("FileDialog", "&Annuleren"))
    return dialog


def open_file(parent: QWidget, title: str, start: str, filters: str) -> str:
    """The chosen file, or "" when the user cancelled."""
    dialog = _dialog(parent, title, start, filters, save=False)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def save_file(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    dialog = _dialog(parent, title, suggested, filters, save=True)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
