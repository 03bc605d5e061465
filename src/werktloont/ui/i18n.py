"""Languages through Qt's own mechanism: source strings are Dutch (the default), English comes from
resources/translations/werktloont_en.qm, made with pyside6-lupdate / pyside6-lrelease
(see resources/translations/README.md). Qt's own dialogs get qtbase_nl when the UI is Dutch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

LANGUAGES = ("nl", "en")


def resources_dir() -> Path:
    """resources/ next to the package when frozen or installed with it, else at the repository root."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "resources", here.parents[3] / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parents[3] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


class Languages:
    """Installs and removes translators; the caller then retranslates the visible widgets."""

    def __init__(self):
        self.lang = "nl"
        self._installed: list[QTranslator] = []

    def available(self, lang: str) -> bool:
        return lang == "nl" or (translations_dir() / f"werktloont_{lang}.qm").is_file()

    def set(self, lang: str) -> str:
        """Switch to lang if its catalogue is there; returns the language now in use."""
        if lang not in LANGUAGES or not self.available(lang):
            lang = "nl"
        app = QCoreApplication.instance()
        assert app is not None, "the languages need the Qt application"
        for tr in self._installed:
            app.removeTranslator(tr)
            tr.deleteLater()  # owned by the application: without this every switch left one behind
        self._installed = []
        if lang == "en":
            tr = QTranslator(app)
            if tr.load(f"werktloont_{lang}", str(translations_dir())):
                app.installTranslator(tr)
                self._installed.append(tr)
        else:
            qt = QTranslator(app)
            if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                self._installed.append(qt)
        self.lang = lang
        return lang
