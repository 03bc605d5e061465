"""Solver region: "how many hours (or which hourly wage) for at least € … a month more?", answered by the engine."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from werktloont import fmt
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
        job = outcome.case.get("job") or {}
        target = fmt.eur(solved["target_gain"], 0)
        if solved["never"]:
            text = self.tr("Met dit aanbod komt u niet aan {target} per maand erbij, ook niet met meer uren of een "
                           "hoger uurloon binnen wat de rekenhulp bekijkt.").format(target=target)
        else:
            parts = []
            if solved["hours"] is not None:
                parts.append(self.tr("bij {wage} per uur: minstens {hours} uur per week").format(
                    wage=fmt.eur(job.get("hourly_wage", 0)), hours=fmt.plain(round(solved["hours"], 1))))
            else:
                parts.append(self.tr("bij {wage} per uur lukt het met geen enkel aantal uren").format(
                    wage=fmt.eur(job.get("hourly_wage", 0))))
            if solved["hourly_wage"] is not None:
                parts.append(self.tr("bij {hours} uur per week: een bruto uurloon van minstens {wage}").format(
                    hours=fmt.plain(job.get("hours_per_week", 0)), wage=fmt.eur(solved["hourly_wage"])))
            else:
                parts.append(self.tr("bij {hours} uur per week lukt het met geen uurloon dat de rekenhulp bekijkt")
                             .format(hours=fmt.plain(job.get("hours_per_week", 0))))
            temporary = (outcome.result.get("headline") or {}).get("kind") == "temporary"
            if solved.get("view") == "first_month":
                text = self.tr("Voor minstens {target} per maand erbij in de eerste maand (met de tijdelijke "
                               "vrijlating): {parts}.").format(target=target, parts=self.tr("; ").join(parts))
            elif temporary:
                text = self.tr("Voor minstens {target} per maand erbij zolang het contract loopt: {parts}.").format(
                    target=target, parts=self.tr("; ").join(parts))
            else:
                text = self.tr("Voor blijvend minstens {target} per maand erbij (ook na de tijdelijke vrijlating): "
                               "{parts}.").format(target=target, parts=self.tr("; ").join(parts))
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
