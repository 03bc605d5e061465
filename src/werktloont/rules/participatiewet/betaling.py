"""Participatiewet art. 45 lid 1 (bijstand per kalendermaand), art. 31 lid 1 and 32 lid 1 b (income in time).

Which income counts in a month: the law counts the middelen "waarover de alleenstaande of het gezin beschikt of
redelijkerwijs kan beschikken" (art. 31 lid 1) that "betrekking hebben op een periode waarover beroep op bijstand
wordt gedaan" (art. 32 lid 1 b), per kalendermaand (art. 45 lid 1): a wage counts in the month it is received
("received"); some municipalities count it in the month it was earned ("earned"), which their file says.
The payment day has no national rule (art. 45 lid 6 allows an AMvB; none was found): the pack's default is an
assumption and the answer says so; a municipality's own day, in its file, goes first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from werktloont.months import add_months, day_in_month
from werktloont.params.schema import Overlay, valid_date

RECEIVED, EARNED = "received", "earned"


@dataclass(frozen=True)
class Betaling:
    """How the gemeente pays and counts: `day` of the month, `months_later` (0 = the month itself), `income_month`;
    `source` per item "gemeente" (its file) or "landelijk" (the pack's default or the law), `assumption` when the day
    or month is the pack's assumption, not the municipality's own."""

    day: int
    months_later: int
    income_month: str
    day_source: str
    income_source: str
    confidence: str

    @property
    def assumption(self) -> bool:
        return self.day_source == "landelijk"

    def payday(self, month: date) -> date:
        """The day the bijstand over `month` is paid (a day past the month's end: its last day)."""
        return day_in_month(add_months(month, self.months_later), self.day)


def betaling(overlay: Overlay | None, on: date, p_bs) -> Betaling:
    """The payment day and income month in force on `on`: the municipality's where its file gives them, else the
    pack's default day (an assumption, confidence low) and the law's month of receipt."""
    own = None
    if overlay is not None:
        for key, value in overlay.bijstand_betaling.items():
            if valid_date(key) <= on:
                own = value
    day = int(p_bs["betaaldag_dag_van_de_maand"])
    later = int(p_bs["betaaldag_maanden_na_bijstandsmaand"])
    income, day_source, income_source, confidence = RECEIVED, "landelijk", "landelijk", "low"
    if own is not None:
        if own.day is not None and own.month is not None:
            day, later, day_source, confidence = own.day, 0 if own.month == "same" else 1, "gemeente", own.confidence
        if own.income_month is not None:
            income, income_source = own.income_month, "gemeente"
    return Betaling(day=day, months_later=later, income_month=income, day_source=day_source,
                    income_source=income_source, confidence=confidence)
