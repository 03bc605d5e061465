"""The to-do tab's sentences and the debts table's columns come from texts/, in Dutch and English."""

from __future__ import annotations

from werktloont.texts import debts, timeline

ROW = {"scenario": "keep", "label": "auto houden", "counted_now": 46300.0, "limit": 8000.0,
       "job": {"months_without_bijstand": 12, "bijstand_lost": 1234.5},
       "stay": {"months_without_bijstand": 24}}


def test_asset_scenario_line_names_both_scenarios_in_dutch_amounts():
    assert timeline.asset_scenario_line(ROW, "nl") == (
        "Auto houden: vermogen nu € 46.300,00 (grens € 8.000,00); maanden zonder bijstand: 12 met baan, 24 zonder "
        "baan; bijstand die vervalt: € 1.234,50.")
    assert timeline.asset_scenario_line(ROW, "en").startswith("Auto houden: assets now € 46.300,00 (limit")


def test_settlement_note_says_which_way_the_money_goes_in_whole_euros():
    assert timeline.settlement_note(412.6, "nl") == "toeslagen: € 413 erbij"
    assert timeline.settlement_note(-87.2, "nl") == "toeslagen: € 87 terugbetalen"
    assert timeline.settlement_note(-87.2, "en") == "allowances: € 87 to pay back"


def test_debts_table_head_follows_the_language():
    assert debts.table_head("nl") == ("Zonder baan", "Met baan, 1e maand")
    assert debts.table_head("en") == ("Without job", "With job, month 1")


def test_a_car_needed_for_work_is_not_said_to_be_free():
    # Art. 34 lid 2 a leaves free only what the gemeente names; without an amount the whole car counts, so the
    # scenario's name may not say that the car does not count.
    assert "telt niet mee" not in timeline.asset_scenario("needed", "nl")
    assert "vrijlaat" in timeline.asset_scenario("needed", "nl")
    assert "leaves free" in timeline.asset_scenario("needed", "en")
