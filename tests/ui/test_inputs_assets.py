"""In the window: the car's exempt part and an asset change can be entered, and the seed story plays."""

from PySide6.QtCore import QDate

from werktloont import fmt

# Participatiewet art. 21 a, alleenstaande 21+: € 1.401,50 (1 January 2026) and € 1.419,46 (1 July 2026), from the
# Staatscourant norm publications (see tests/engine/test_assets.py). Not reported March..September = 7 months:
# 4 x 1.401,50 + 3 x 1.419,46 = 5.606,00 + 4.258,38 = 9.864,38 (art. 58 lid 1).
RECLAIM = 4 * 1401.50 + 3 * 1419.46


def _settle(window):
    window.state.recompute_now()
    return window.state.outcome


def test_seed_story_played_in_the_window(window):
    inp = window.inputs
    inp.date.setDate(QDate(2026, 2, 15))
    inp.client_age.setValue(22)
    inp.household.set_partner(False)
    inp.children_count.setValue(0)
    inp.savings.setValue(300.0)
    inp.car_value.setValue(0.0)
    inp.car_needed.setChecked(True)
    assert not inp.change_month.isEnabled()
    inp.change_on.setChecked(True)
    inp.change_month.setDate(QDate(2026, 3, 1))
    inp.change_kind.setCurrentIndex(inp.change_kind.findData("auto"))
    inp.change_value.setValue(46000.0)
    inp.change_reported.setChecked(False)
    inp.change_found.setChecked(True)
    inp.change_discovered.setDate(QDate(2026, 10, 1))
    change = inp.case()["assets"]["changes"][0]
    assert change == {"month": "2026-03", "kind": "auto", "value": 46000.0, "reported": False,
                      "discovered": "2026-10"}
    outcome = _settle(window)
    ev = outcome.result["asset_events"][0]
    assert ev["months_overpaid"] == 7 and abs(ev["reclaim_net"] - RECLAIM) < 0.01
    text = window.charts.assets_panel.label.text()
    assert "7 maanden te veel betaald" in text and fmt.eur(RECLAIM) in text  # € 9.864,38

    # Reported at once: no reclaim; the discovered month is then not asked.
    inp.change_reported.setChecked(True)
    assert not inp.change_found.isEnabled()
    assert inp.case()["assets"]["changes"][0]["discovered"] is None
    ev = _settle(window).result["asset_events"][0]
    assert ev["months_overpaid"] == 0 and ev["reclaim_net"] == 0


def test_car_exempt_reaches_the_asset_test_and_round_trips(window):
    inp = window.inputs
    inp.date.setDate(QDate(2026, 2, 15))
    inp.savings.setValue(0.0)
    inp.car_value.setValue(46000.0)
    inp.car_needed.setChecked(True)
    assert "car_exempt" not in inp.case()["assets"]  # not given: the gemeente decides (or its overlay amount)
    inp.car_exempt.setValue(40000.0)
    case = inp.case()
    assert case["assets"]["car_exempt"] == 40000.0
    # Art. 34 lid 2 a: € 46.000 - € 40.000 exempt = € 6.000 of the car counted.
    at = _settle(window).result["asset_test"]
    assert abs(at["counted"] - 6000.0) < 0.01
    inp.set_case({**case, "assets": {**case["assets"], "car_exempt": 12500.0,
                                     "changes": [{"month": "2026-05", "kind": "erfenis", "value": 9000.0},
                                                 {"month": "2026-08", "kind": "gift", "value": 500.0}]}})
    assert inp.car_exempt.value() == 12500.0 and inp.change_on.isChecked()
    assert inp.change_kind.currentData() == "erfenis" and not inp.change_found.isChecked()
    back = inp.case()["assets"]
    assert back["car_exempt"] == 12500.0
    assert back["changes"] == [{"month": "2026-05", "kind": "erfenis", "value": 9000.0, "reported": False,
                                "discovered": None}, {"month": "2026-08", "kind": "gift", "value": 500.0}]
    inp.change_on.setChecked(False)  # the form's change goes; the file's second one stays
    assert inp.case()["assets"]["changes"] == [{"month": "2026-08", "kind": "gift", "value": 500.0}]


def test_found_month_is_never_before_the_change(window):
    # Ticking 'De gemeente ontdekte het in' must not give an error first: the month found starts at the change.
    inp = window.inputs
    inp.date.setDate(QDate(2026, 2, 15))
    inp.change_on.setChecked(True)
    inp.change_month.setDate(QDate(2026, 3, 1))
    inp.change_value.setValue(5000.0)  # the form asks for the value of the change before it answers
    inp.change_found.setChecked(True)
    assert inp.case()["assets"]["changes"][0]["discovered"] >= "2026-03"
    assert _settle(window) is not None and window.inputs.general_error.isHidden()
    inp.change_month.setDate(QDate(2026, 6, 1))  # a later change moves the month found along
    assert inp.case()["assets"]["changes"][0]["discovered"] == "2026-06"
