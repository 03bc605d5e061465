"""The window's message bar: a calm message (no dialog, no traceback) for what is not about one field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class Notice(QFrame):
    """A calm message bar (no dialog, no traceback) for problems that are not about one field. It floats over the foot
    of the results column instead of taking a row: the layout does not jump, a small screen loses no height."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet("Notice { background: #e8f0fe; border: 1px solid #7a9cc6; border-radius: 4px; }"
                           "QLabel { color: #10243e; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never read as HTML
        self.close_button = QPushButton()
        lay = self._lay = QHBoxLayout(self)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        self.kind = "info"
        self._words: Callable[[], str] | None = None
        self.setAutoFillBackground(True)
        self.hide()

    def show_message(self, text: str | Callable[[], str], kind: str = "info") -> None:
        """`kind` "input": about the input, gone with the next valid result; "info" (a file, a pack): stays.
        `text` may be a function that words the message: it is asked again when the language changes (a message of
        the window's own); a plain text (the engine's, a file's) stays as it is."""
        self.kind = kind
        self._words = text if callable(text) else None
        self.label.setText(text() if callable(text) else text)
        self.show()
        self.place()
        self.raise_()

    def retranslate(self) -> None:
        if self._words is not None:
            self.label.setText(self._words())

    def place(self) -> None:
        """At the bottom of the parent, full width, as high as the text needs."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(parent.width() - 8, 100)
        wanted = self._lay.totalHeightForWidth(width)
        height = min(wanted if wanted > 0 else self.sizeHint().height(), parent.height() // 2)
        self.setGeometry(4, parent.height() - height - 4, width, height)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False
