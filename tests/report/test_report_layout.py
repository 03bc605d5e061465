"""The report on paper: headings stay with what they head, months in words, dated today, the saved
scenarios side by side."""

import datetime

from PySide6.QtCore import QSizeF

from tests.report.test_report import COUPLE, SINGLE, TEMPORARY
from werktloont import fmt
from werktloont.api import calculate
from werktloont.report.content import build_report
from werktloont.report.render import document
from werktloont.texts.report import MONTHS_NL

A4 = QSizeF(595.0 - 2 * 51, 842.0 - 2 * 45)  # points inside the margins of write_pdf (18 and 16 mm)


def test_headings_are_never_the_last_line_of_a_page():
    for case in (SINGLE, COUPLE, TEMPORARY):
        doc = document(build_report(case), A4)
        page = doc.pageSize().height()
        layout = doc.documentLayout()
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.next().isValid():
                here = int(layout.blockBoundingRect(block).top() // page)
                below = int(layout.blockBoundingRect(block.next()).bottom() // page)
                assert here == below, block.text()
            block = block.next()


def test_months_in_words_and_dated_today():
    report = build_report(TEMPORARY)  # the timeline starts at the case date, the job in March 2026
    assert report.timeline[0][0] == "januari 2026 t/m februari 2026"
    assert report.timeline[1][0].startswith("maart 2026")
    today = datetime.date.today()
    assert f"gemaakt op {today.day} {MONTHS_NL[today.month - 1]} {today.year}" in report.subtitle


def test_saved_scenarios_are_printed_side_by_side():
    case = dict(COUPLE, scenarios=[{"name": f"{h} uur", "household": COUPLE["household"],
                                    "job": {**COUPLE["job"], "hours_per_week": h}} for h in (16, 24, 32)])
    report = build_report(case)
    assert report.scenarios_head[-3:] == ("16 uur", "24 uur", "32 uur")
    gains = report.scenarios[-1]
    for i, h in enumerate((16, 24, 32)):
        expected = calculate({**COUPLE, "job": {**COUPLE["job"], "hours_per_week": h}}, timeline=False)
        assert fmt.eur(abs(expected["gain_per_month"])) in gains[2 + i]
    assert build_report(COUPLE).scenarios == []
