"""In the window: the partner's income fields appear only with a partner, reach the case, and the verdict
names whose job it is."""

from PySide6.QtCore import QDate

CHARTS = False  # no test here reads a chart (tests/ui/conftest.py: window)


def test_partner_fields_only_with_a_partner_and_in_the_case(window):
    inp = window.inputs
    inp.household.set_partner(False)
    assert not inp.partner.isVisibleTo(inp) and not inp.partner_insured.isVisibleTo(inp)
    assert "person" not in inp.case()["job"]
    inp.household.set_partner(True)
    assert inp.partner.isVisibleTo(inp) and inp.partner_insured.isVisibleTo(inp)
    inp.partner_works.setChecked(True)  # the job's rows come with "Partner werkt"
    assert inp._rows["household.adults[1].current_job.hours_per_week"][2].isVisibleTo(inp)
    inp.date.setDate(QDate(2026, 1, 1))
    inp.partner_age.setValue(19)
    inp.partner_hours.setValue(12.0)
    inp.partner_wage.setValue(15.0)
    inp.partner_insured.setChecked(False)
    inp.use_minimum.setChecked(True)
    inp.offer_for_partner.setChecked(True)
    case = inp.case()
    partner = case["household"]["adults"][1]
    assert partner["current_job"] == {"hourly_wage": 15.0, "hours_per_week": 12.0}
    assert partner["zorgverzekerd"] is False
    assert case["job"]["person"] == 1
    # WML art. 9: the youth minimum at 19 is 60 % of € 14,71 = € 8,83 (1 January 2026).
    assert abs(case["job"]["hourly_wage"] - 8.83) < 0.005
    # Opening the case again shows the same fields.
    inp.set_case(case)
    assert inp.partner_hours.value() == 12.0 and inp.offer_for_partner.isChecked()
    assert not inp.partner_insured.isChecked()
    window.state.recompute_now()
    assert "voor de partner" in window.verdict.headline.text()


def test_partner_without_a_right_to_bijstand_in_the_window(window):
    """Art. 24: a partner without a right to bijstand (e.g. a student) halves the couple norm; the box reaches the
    case and back. The example case has children, so art. 24a adds 1/12 of the alleenstaande-ouderkop (€ 3.416,
    Wet op het kindgebonden budget art. 2 lid 6, 2026): 50 % of € 2.002,13 = € 1.001,07 + € 284,67 = € 1.285,74
    (2026-01-01), as `calc` and tests/test_art24a_78gg.py have it."""
    inp = window.inputs
    inp.date.setDate(QDate(2026, 1, 1))
    inp.household.set_partner(True)
    inp.partner_age.setValue(33)
    assert inp.partner_not_entitled.isVisibleTo(inp)
    assert "bijstand_entitled" not in inp.case()["household"]["adults"][1]  # open -> save adds nothing
    inp.partner_not_entitled.setChecked(True)
    case = inp.case()
    assert case["household"]["adults"][1]["bijstand_entitled"] is False
    inp.set_case(case)
    assert inp.partner_not_entitled.isChecked()
    window.state.recompute_now()
    assert window.state.outcome.result["without_job"]["bijstand"] == 1285.74
    assert "€ 1.285,74" in window.breakdown.model_.data(window.breakdown.model_.index(
        window.breakdown.model_.rows.index("bijstand"), 0))

