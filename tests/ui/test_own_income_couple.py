"""a couple where the client already works part-time and the partner is offered a job, entered
in the window; every euro of both partners' income is on screen and explained with whose it is."""

import json
import re

from tests.ui.conftest import settle
from werktloont import api
from werktloont.cli import main as cli_main
from werktloont.ui.breakdown import ValueRole

CHARTS = False  # no test here reads a chart (tests/ui/conftest.py: window)

# Hand calculation, 1 January 2026, a couple of 30 and 32 without children or rent:
# client's current job 12 h x € 15,00: 15 x 12 x 13/3 = € 780,00 + 8 % vakantiegeld € 62,40 = € 842,40; below the
#   heffingskortingen, so net € 842,40; vrijlating art. 31 lid 2 n: 25 % = € 210,60.
# partner's offer 24 h at the minimum wage € 14,71 (WML, 1 January 2026): 14,71 x 24 x 13/3 = € 1.529,84
#   + 8 % € 122,39 = € 1.652,23 a month, € 19.826,76 a year; tax 35,75 % = € 7.088,07 minus the algemene
#   heffingskorting € 3.115 (Wet IB art. 8.10) and the arbeidskorting 996 + 31,009 % x (19.826,76 - 11.965)
#   = € 3.433,85 (art. 8.11) = € 539,22 a year, € 44,94 a month: net € 1.607,29; vrijlating 25 % = € 401,82,
#   at most € 285,00 (2026).
# counted: 1.607,29 - 285,00 + 842,40 - 210,60 = € 1.954,09; couple norm art. 21 b (2026-01-01) € 2.002,13;
#   bijstand with the offer € 48,04, without it 2.002,13 - 631,80 = € 1.370,33.
COUPLE = {"format": "werktloont-case/1", "date": "2026-01-01",
          "household": {"adults": [{"age": 30, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}},
                                   {"age": 32}], "children": [], "cost_sharers": 0},
          "assets": {"savings": 0.0}, "job": {"hourly_wage": 14.71, "hours_per_week": 24, "start": "2026-02-01",
                                              "person": 1}}


def _values(window, key):
    model = window.breakdown.model_
    i = model.rows.index(key)
    return [model.data(model.index(i, c), ValueRole) for c in range(2)]


def _why(window, key):
    window.breakdown.select_row(window.breakdown.model_.rows.index(key))
    return window.explanation.toPlainText()


def test_couple_client_works_partner_offered(window, tmp_path, capsys):
    inp = window.inputs
    inp.set_case(json.loads(json.dumps(COUPLE)))
    assert inp.client_hours.value() == 12.0 and inp.offer_for_partner.isChecked()
    settle(window)
    bijstand, own, net = _values(window, "bijstand"), _values(window, "other_income"), _values(window, "net_wage")
    assert abs(bijstand[0] - 1370.33) < 0.005 and abs(bijstand[1] - 48.04) < 0.005
    assert abs(own[0] - 842.40) < 0.005 and abs(own[1] - 842.40) < 0.005
    assert abs(net[1] - 1607.29) < 0.005
    result = api.calculate(inp.case(), timeline=False)
    for key in ("net_wage", "bijstand", "other_income", "disposable"):
        assert _values(window, key) == [result["without_job"][key], result["with_job"][key]]
    path = tmp_path / "paar.json"
    path.write_text(json.dumps(inp.case()), encoding="utf-8")
    capsys.readouterr()
    assert cli_main(["calc", str(path)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("Bijstand "))
    assert re.findall(r"€ [0-9.,]+", line)[:2] == ["€ 1.370,33", "€ 48,04"]
    # Whose vrijlating is whose: the offer is the partner's, the € 210,60 is the client's own.
    text = _why(window, "bijstand")
    assert "Uw partner mag € 285,00 van het eigen nettoloon houden." in text
    assert "Van uw nettoloon mag u € 210,60 houden (vrijlating)." in text
    assert "De gemeente trekt € 1.954,09 af" in text
    text = _why(window, "other_income")
    assert "aanvrager: huidige baan 12 uur per week" in text and "Van uw eigen loon telt € 210,60 niet mee" in text
    assert "loon van de partner" not in text
    assert "voor de partner" in window.verdict.headline.text()


def test_without_the_offer_the_vrijlating_of_the_own_job_is_named(window):
    """The € 210,60 between the client's net € 842,40 and the € 631,80 deducted is explained, not left out."""
    inp = window.inputs
    inp.set_case(json.loads(json.dumps(COUPLE)))
    settle(window)
    entry = next(e for e in window.state.outcome.result["explanations"]
                 if e["component"] == "bijstand" and e["situation"] == "without_job")
    assert "Van uw nettoloon mag u € 210,60 houden (vrijlating)." in entry["text"]
    assert "De gemeente trekt € 631,80 af van de norm van € 2.002,13" in entry["text"]
