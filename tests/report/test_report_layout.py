"""The report on paper: headings stay with what they head, paragraphs stay whole (the PDF's text holds each line
once), months in words, dated today, the saved scenarios side by side and within the page."""

import datetime

from pypdf import PdfReader
from PySide6.QtCore import QSizeF

from tests.report.test_report import COUPLE, SINGLE, TEMPORARY
from werktloont import fmt
from werktloont.api import calculate
from werktloont.report.content import build_report
from werktloont.report.render import document, report_html, straddles, write_pdf
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


CARE = [{"age": 3, "childcare": {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 9.12}},
        {"age": 7, "childcare": {"type": "bso", "hours_per_month": 40, "hourly_price": 8.1}}]
MOTHER_HOUSEHOLD = {"adults": [{"age": 31}], "children": CARE, "rent": {"base_rent": 720, "service_costs": 45.5}}
# A single mother with childcare, a 12-month contract of 24 h, and the window's variants at 16, 24 and 32 hours.
MOTHER = {"format": "werktloont-case/1", "date": "2026-11-29", "household": MOTHER_HOUSEHOLD,
          "assets": {"savings": 0}, "job": {"hours_per_week": 24, "start": "2026-12-01", "contract_months": 12},
          "client": "A.B. (voorbeeld)",
          "scenarios": [{"name": f"{h} uur", "household": MOTHER_HOUSEHOLD, "assets": {"savings": 0},
                         "job": {"hours_per_week": h, "start": "2026-12-01", "contract_months": 12}}
                        for h in (16, 24, 32)]}
BESLAG = {"format": "werktloont-case/1", "date": "2026-03-01",
          "household": {"adults": [{"age": 45}], "children": [{"age": 10}], "rent": {"base_rent": 700.0}},
          "assets": {"savings": 200.0}, "job": {"hours_per_week": 32, "hourly_wage": 16.0, "start": "2026-04-01"},
          "debts_arrangement": {"kind": "beslag", "monthly_claim": None, "debtor": 0}}


def test_the_variants_fit_the_width_of_the_page():
    # As many variants as the window keeps (four), one with a long name: every column on the page.
    long = dict(MOTHER, scenarios=[*MOTHER["scenarios"], {**MOTHER["scenarios"][-1],
                                                           "name": "Een lange naam voor de variant van 36 uur"}])
    for case in (MOTHER, long):
        report = build_report(case)
        doc = document(report, A4)
        assert doc.size().width() <= doc.pageSize().width() + 0.5
        html = report_html(report)
        for name in report.scenarios_head[2:]:
            assert name in html.replace("\u00a0", " ")


def test_no_paragraph_runs_over_a_page_break():
    # Qt prints a paragraph that crosses a page on both pages (clipped): the PDF's text would hold its line twice.
    for case in (SINGLE, COUPLE, TEMPORARY, MOTHER, BESLAG):
        doc = document(build_report(case), A4)
        block = doc.begin()
        while block.isValid():
            assert not straddles(doc, block), block.text()
            block = block.next()


def test_the_pdf_text_has_no_line_twice_at_a_page_break(tmp_path):
    for n, case in enumerate((MOTHER, BESLAG)):
        out = tmp_path / f"r{n}.pdf"
        write_pdf(build_report(case), out)
        pages = [[line.strip() for line in p.extract_text().splitlines() if line.strip()]
                 for p in PdfReader(str(out)).pages]
        for before, after in zip(pages, pages[1:]):
            assert not set(before[-3:]) & set(after[:3]), (before[-3:], after[:3])
