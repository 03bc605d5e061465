"""Solver region: "how many hours (or which hourly wage) for at least € … a month more?", answered by the engine."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from werktloont.texts import curve as curve_texts
from werktloont.ui.widgets import money_box


def _kind(outcome) -> str | None:
    """The answer's headline kind (permanent, temporary, ...), None without an answer."""
    return None if outcome is None else (outcome.result.get("headline") or {}).get("kind")


class SolverPanel(QWidget):
    target_chosen = Signal(float)
    view_chosen = Signal(str)  # "lasting" (default) or "first_month"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.amount = money_box(5000, 25)
        self.amount.setValue(100.0)
        self.view_box = QComboBox()
        self.view_box.addItem("", "lasting")
        self.view_box.addItem("", "first_month")
        self.view_box.currentIndexChanged.connect(lambda _i: self.view_chosen.emit(self.view()))
        self.ask = QPushButton()
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.question.setBuddy(self.amount)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.question, 0, 0)
        grid.addWidget(self.amount, 0, 1)
        grid.addWidget(self.view_box, 0, 2)
        grid.addWidget(self.ask, 0, 3)
        grid.addWidget(self.answer, 1, 0, 1, 4)
        grid.setColumnStretch(0, 1)
        self.ask.clicked.connect(lambda: self.target_chosen.emit(self.amount.value()))
        self.amount.editingFinished.connect(lambda: self.target_chosen.emit(self.amount.value()))
        self._outcome = None
        self.retranslate()

    def view(self) -> str:
        return self.view_box.currentData() or "lasting"

    def show_outcome(self, outcome) -> None:
        relabel = _kind(outcome) != _kind(self._outcome)
        self._outcome = outcome
        if relabel:  # "blijvend" or "tijdens het contract": follows the answer's headline
            self.retranslate()
            return
        solved = outcome.solved if outcome is not None else None
        if not solved:
            self.answer.setText("")
            self.answer.setVisible(False)
            return
        temporary = (outcome.result.get("headline") or {}).get("kind") == "temporary"
        text = curve_texts.solver_answer(solved, outcome.case.get("job") or {}, temporary, outcome.lang)
        self.answer.setText(text)
        self.answer.setVisible(True)

    def retranslate(self) -> None:
        self.question.setText(self.tr("Hoeveel uur of welk uurloon is nodig voor minstens dit bedrag per maand "
                                      "erbij?"))
        self.amount.setAccessibleName(self.tr("Gewenst bedrag per maand erbij"))
        temporary = self._outcome is not None and (self._outcome.result.get("headline") or {}).get("kind") == \
            "temporary"
        self.view_box.setItemText(0, self.tr("tijdens het contract") if temporary else self.tr("blijvend"))
        self.view_box.setItemText(1, self.tr("eerste maand"))
        self.view_box.setAccessibleName(self.tr("Blijvend of in de eerste maand"))
        self.ask.setText(self.tr("Bereken"))
        self.ask.setAccessibleName(self.tr("Bereken uren en uurloon"))
        self.show_outcome(self._outcome)
