"""A bar over the results naming a file of the user's folders that was refused (a newer parameter pack, a
municipal overlay, the pack $WERKTLOONT_PARAMETERS names): the calculation used the bundled one instead.

It reads the result's `refused` entries (views never decide what is refused) and shows each refusal once per
session: closed, it stays closed until another file is refused. Plain text only: a file name is never HTML.

`attach(window)` puts it over the verdict and connects it to the window's results; app.create_window calls it, so
the main window itself needs no line for it. Its one word, "Sluiten", is the main window's (already translated).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

MAX_REASON_LINES = 2  # the bar stays a bar on 1366 x 768 at 150 %; `gemeente list` and `calc` give every problem


class RefusedFilesBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("RefusedFilesBar")
        self.setStyleSheet("#RefusedFilesBar { background: #fff4ce; border: 1px solid #c8a600; border-radius: 4px; }"
                           "QLabel { color: #3b2f00; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button.clicked.connect(self.hide)
        self._seen: set[tuple[str, str, str]] = set()
        self.retranslate()
        self.hide()

    def show_refused(self, items: list[dict]) -> None:
        """Show the refusals not shown before in this session; the ones already shown stay closed."""
        new = [item for item in items if _key(item) not in self._seen]
        if not new:
            return
        self._seen.update(_key(item) for item in new)
        lines: list[str] = []
        for item in new:
            lines.append(item.get("text") or item.get("file", ""))
            # "Fout in <file>:" repeats what the sentence says; the problems themselves follow it
            reason = [line.strip() for line in str(item.get("reason", "")).splitlines()
                      if line.strip() and not line.startswith("Fout in ")]
            lines += [f"   {line}" for line in reason[:MAX_REASON_LINES]]
        self.label.setText("\n".join(lines))
        self.show()

    def show_outcome(self, outcome) -> None:
        self.show_refused(outcome.result.get("refused") or [])

    def retranslate(self) -> None:
        self.close_button.setText(QCoreApplication.translate("MainWindow", "Sluiten"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def attach(window) -> RefusedFilesBar:
    """The bar over `window`'s verdict, showing the refusals of each new result."""
    bar = RefusedFilesBar()
    column = window.verdict.parentWidget().layout()
    column.insertWidget(column.indexOf(window.verdict), bar)
    window.state.result_ready.connect(bar.show_outcome)
    window.refused_bar = bar
    return bar


def _key(item: dict) -> tuple[str, str, str]:
    return (str(item.get("kind")), str(item.get("file")), str(item.get("reason")))
