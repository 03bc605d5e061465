"""The municipality picker: a combo box to type in and search, names in Dutch order ('s-Hertogenbosch, IJsselstein).

It keeps the QComboBox interface the inputs use (addItem, currentData, findData, currentIndexChanged), so the
inputs region only swaps the class. Items are placed in Dutch collation order as they are added (QCollator with
the nl_NL locale: "IJ" sorts as a letter pair, accents and case do not decide first); the item without data
("geen") stays on top. Typing filters on any part of the name, ignoring case.
"""

from __future__ import annotations

import functools
import unicodedata

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from werktloont.ui.widgets import ComboBox


def _collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def _plain(text: str) -> str:
    """Without accents, lower case: 'Súdwest-Fryslân' -> 'sudwest-fryslan' (for the search)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _sort_key(name: str) -> str:
    # "'s-Hertogenbosch" is filed under H, as Dutch lists do.
    stripped = name.lstrip("'’").removeprefix("s-").removeprefix("t ") if name[:1] in "'’" else name
    return stripped


def dutch_sorted(names: list[str]) -> list[str]:
    """Names in Dutch order (also used by tests and any list of municipalities)."""
    collator = _collator()

    def cmp(a: str, b: str) -> int:
        return collator.compare(_sort_key(a), _sort_key(b))

    return sorted(names, key=functools.cmp_to_key(cmp))


class MunicipalityPicker(ComboBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._collator = _collator()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        if line is not None:  # no placeholder: the field always shows the current choice
            line.editingFinished.connect(self._settle)

    def addItem(self, text, userData=None):  # type: ignore[override]  # noqa: N802, N803 - Qt's names
        """Insert in Dutch order; items without data (the 'none' choice) stay first."""
        if userData is None:
            super().insertItem(self._first_named(), text, userData)
            return
        pos = self.count()
        for i in range(self._first_named(), self.count()):
            if self.itemData(i) is not None and \
                    self._collator.compare(_sort_key(text), _sort_key(self.itemText(i))) < 0:
                pos = i
                break
        super().insertItem(pos, text, userData)

    def _first_named(self) -> int:
        i = 0
        while i < self.count() and self.itemData(i) is None:
            i += 1
        return i

    def find_text(self, typed: str) -> int:
        """The item whose name contains what was typed (accents and case ignored); -1 if none or ambiguous."""
        want = _plain(typed.strip())
        if not want:
            return -1
        exact = [i for i in range(self.count()) if _plain(self.itemText(i)) == want]
        if exact:
            return exact[0]
        hits = [i for i in range(self.count()) if want in _plain(self.itemText(i))]
        return hits[0] if len(hits) == 1 else -1

    def _settle(self) -> None:
        """After typing: choose the one match, or show the current choice again."""
        line = self.lineEdit()
        if line is None:
            return
        hit = self.find_text(line.text())
        if hit >= 0 and hit != self.currentIndex():
            self.setCurrentIndex(hit)
        else:
            line.setText(self.itemText(self.currentIndex()))
