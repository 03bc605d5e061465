"""next to the assets chart, what each choice about the car costs, in the window's language."""

from types import SimpleNamespace

from werktloont import api
from werktloont.ui.assets_panel import AssetsPanel

CAR = {"format": "werktloont-case/1", "date": "2026-02-15", "household": {"adults": [{"age": 22}]},
       "assets": {"savings": 300.0, "car_value": 46000.0, "car_needed": True}}


GIVEN = dict(CAR, assets={"savings": 300.0, "car_needed": True, "changes": [
    {"month": "2026-03", "kind": "auto", "value": 46000.0, "reported": True, "from": "ouder"}]})


def test_panel_shows_the_choices_and_hides_without_a_car(qtbot):
    panel = AssetsPanel()
    qtbot.addWidget(panel)
    # An own car: keep, sell or needed; no one gave it, so there is no one to give it back to.
    panel.update_outcome(SimpleNamespace(result=api.calculate(CAR, timeline=False)))
    text = panel.label.text()
    assert not panel.isHidden()
    for word in ("Auto houden", "Auto verkopen", "Auto nodig voor werk", "Verkoopt u de auto?"):
        assert word in text
    assert "Auto terug" not in text and "vader" not in text
    # A car a parent put in the client's name: the fourth choice, giving it back, and the report at once.
    panel.update_outcome(SimpleNamespace(result=api.calculate(GIVEN, timeline=False)))
    text = panel.label.text()
    for word in ("Auto terug naar uw vader of moeder", "Meld dat meteen"):
        assert word in text
    panel.update_outcome(SimpleNamespace(result=api.calculate(CAR, lang="en", timeline=False)))
    assert "Sell the car" in panel.label.text() and "Auto verkopen" not in panel.label.text()
    no_car = dict(CAR, assets={"savings": 300.0})
    panel.update_outcome(SimpleNamespace(result=api.calculate(no_car, timeline=False)))
    assert panel.isHidden()
