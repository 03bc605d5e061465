"""The klantmanager's page says one thing once: the months without a right from the projection (not next to a
months-of-norm figure), a count in the right number ("1 maand"), one month as one month, and the running total
named as a running total."""

import re

from tests.report.test_report_layout import MOTHER
from werktloont.report.content import build_report
from werktloont.texts.dates import count_words, month_span, n_days, n_months, n_weeks

# A 22-year-old on bijstand; in March 2026 a € 46.000 car is put in his name; a 12-month contract of 24 h.
CAR = {"format": "werktloont-case/1", "date": "2026-03-01",
       "household": {"adults": [{"age": 22}], "rent": {"base_rent": 600.0}},
       "assets": {"savings": 300.0, "changes": [{"month": "2026-03", "kind": "auto", "value": 46000.0,
                                                 "reported": False, "discovered": "2026-10"}]},
       "job": {"hours_per_week": 24, "start": "2026-03-01", "contract_months": 12}}


def test_counts_in_the_right_number():
    assert (n_months(1), n_months(3), n_months(1, "en"), n_months(24.0, "en")) == (
        "1 maand", "3 maanden", "1 month", "24 months")
    assert (n_weeks(1), n_weeks(4), n_days(1), n_days(3, "en")) == ("1 week", "4 weken", "1 dag", "3 days")
    assert count_words(0, "month") == "0 maanden"
    assert month_span("2026-11", "2026-11") == "november 2026"
    assert month_span("2026-11", "2027-01", "en") == "November 2026 to January 2027"


def test_the_car_page_names_the_months_without_a_right_once():
    text = build_report(CAR).manager_text()
    # 300 + 46.000 = 46.300 counted, 38.300 above the limit of 8.000 (art. 34 lid 3 a, 2026): in every month of the
    # projection (March 2026 - February 2028, 24 months) the car counts, so "24 maanden of langer"; the excess as
    # months of the norm (38.300 / 1.401,50 = 27,3) would be a second, different number for the same thing.
    assert "27,3" not in text
    assert "24 maanden of langer geen recht op bijstand" in text
    assert "geen recht op bijstand zolang dat zo is" in text
    # Given back in April 2026: one month without a right (March), in the singular.
    assert "1 maand geen bijstand" in text and not re.search(r"\b1 maanden\b", text)


def test_one_month_is_named_once_and_the_running_total_says_since_when():
    report = build_report(MOTHER)  # case month November 2026, the job from December 2026
    text = report.manager_text()
    months = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    assert not re.search(rf"\b(({months}) \d{{4}}) t/m \1\b", text)
    assert "november 2026: € 0,00 per maand" in text  # the month before the job, as its own phase
    assert report.timeline_head[-1] == "Samen erbij sinds november 2026"
