"""In the window: the folded "Schulden" section, the breakdown's rows 'Naar schuldeisers' and 'Houdt het
huishouden over', and the case file's debts_arrangement round trip."""

import json

from PySide6.QtCore import Qt

from tests.ui.conftest import settle
from werktloont import api, fmt
from werktloont.cli import main as cli_main
from werktloont.ui.breakdown import ValueRole

CHARTS = False  # no test here reads a chart (tests/ui/conftest.py: window)

# The single client of 35 without rent, 24 h x € 15 from January 2026 (as tests/ui/test_debts_panel.py).
CASE = {"format": "werktloont-case/1", "date": "2026-01-01",
        "household": {"adults": [{"age": 35}], "children": [], "cost_sharers": 0},
        "assets": {"savings": 0}, "job": {"hourly_wage": 15.0, "hours_per_week": 24, "start": "2026-01-01"}}
# Hand calculation, without the job: Participatiewet art. 21 a, alleenstaande 21+ on 1 January 2026: € 1.401,50
# (Staatscourant norm publication). Rv art. 475da lid 1: 95 % x 1.401,50 = 1.331,425 -> € 1.331,43 protected;
# the claim is unknown, so everything above it goes to the creditors: 1.401,50 - 1.331,43 = € 70,07.
# With the job the bijstand keeps the vrijlating (art. 31 lid 2 n, at most € 285,00 in 2026) on top of the norm,
# all garnishable; the voet stays € 1.331,43, so the creditors get exactly € 285,00 more and the household
# keeps the same (the job gives it € 0 more).
TO_CREDITORS_WITHOUT = 1401.50 - round(0.95 * 1401.50 + 1e-9, 2)
VRIJLATING_MAX = 285.00


def _row(window, key):
    model = window.breakdown.model_
    i = model.rows.index(key)
    return i, [model.data(model.index(i, c), ValueRole) for c in range(3)]


def test_section_is_folded_by_default(window):
    inp = window.inputs
    assert not inp.debts_toggle.isChecked()
    assert not inp.debts_kind.isVisibleTo(inp)
    assert inp.debts_kind.currentData() == "none"
    assert "debts_arrangement" not in inp.case()  # the example case has none; nothing is added
    assert "to_creditors" not in window.breakdown.model_.rows
    inp.debts_toggle.click()
    assert inp.debts_kind.isVisibleTo(inp)
    assert not inp.debts_claim.isEnabled()  # no claim without beslag or a schuldregeling


def test_beslag_with_unknown_claim_shows_the_creditors_rows(window, tmp_path, capsys):
    inp = window.inputs
    inp.set_case(CASE)
    inp.use_minimum.setChecked(False)
    inp.wage.setValue(15.0)
    inp.debts_toggle.click()
    inp.debts_kind.setCurrentIndex(inp.debts_kind.findData("beslag"))
    assert inp.debts_claim.text() == "" and inp.debts_claim.placeholderText() == "onbekend"  # empty: unknown
    case = inp.case()
    assert case["debts_arrangement"] == {"kind": "beslag", "monthly_claim": None}
    outcome = settle(window)
    expected = api.calculate(case, timeline=False)["debts"]["first_month"]  # the table is the first month's
    i, creditors = _row(window, "to_creditors")
    _j, keeps = _row(window, "household_keeps")
    assert not window.breakdown.isRowHidden(i)
    assert creditors[:2] == [expected["without_job"]["to_creditors"], expected["with_job"]["to_creditors"]]
    assert keeps[:2] == [expected["without_job"]["household_keeps"], expected["with_job"]["household_keeps"]]
    assert abs(creditors[0] - TO_CREDITORS_WITHOUT) < 0.005  # € 70,07
    # More to the creditors leaves less: a minus in the Verschil column, as a cost that rises.
    assert abs(creditors[2] + VRIJLATING_MAX) < 0.005 and abs(keeps[2]) < 0.005
    model = window.breakdown.model_
    assert model.headerData(i, Qt.Orientation.Vertical) == "Naar schuldeisers"
    shown = [model.data(model.index(i, c)) for c in range(3)]
    assert shown == [fmt.eur(70.07), fmt.eur(expected["with_job"]["to_creditors"]), "-" + fmt.eur(285.00)]
    # The same amounts as `werktloont calc` on the same case.
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    capsys.readouterr()
    assert cli_main(["calc", str(path)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("Naar schuldeisers"))
    assert line.split()[-4:] == ["€", shown[0].split()[-1], "€", shown[1].split()[-1]]
    # The region under the verdict says what the job means for the household and the debt.
    assert outcome.result["debts"]["headline"] in window.debts.label.text()
    # It speaks of the month the headline names (the lasting gain): the debt goes down by that gain.
    lasting = fmt.eur(outcome.result["gain_lasting"])
    assert "€ 0,00 per maand meer op" in window.debts.label.text() and lasting in window.debts.label.text()
    # The verdict's amounts are before beslag and say so.
    assert "vóór beslag of schuldregeling" in window.verdict.detail.text()
    # A row click explains the protected amount.
    window.breakdown.select_row(i)
    assert "Beslagvrije voet: 95 %" in window.explanation.toPlainText()
    # In English: the rows and the section in the window's language.
    window.set_language("en")
    settle(window)
    assert model.headerData(model.rows.index("to_creditors"), Qt.Orientation.Vertical) == "To creditors"
    assert model.headerData(model.rows.index("household_keeps"), Qt.Orientation.Vertical) == "The household keeps"
    assert inp.debts_toggle.text() == "Garnishment or debt arrangement: garnishment of income"
    assert inp.debts_claim.placeholderText() == "unknown" and "To creditors" in window.debts.label.text()
    window.set_language("nl")


def test_case_file_round_trips(window):
    inp = window.inputs
    for arrangement in ({"kind": "wsnp", "monthly_claim": 150.0}, {"kind": "beslag", "monthly_claim": None},
                        {"kind": "msnp"}, {"kind": "none", "monthly_claim": 40.0}):
        inp.set_case({**CASE, "debts_arrangement": arrangement})
        assert inp.case()["debts_arrangement"] == arrangement
    inp.set_case({**CASE, "debts_arrangement": {"kind": "wsnp", "monthly_claim": 150.0}})
    assert inp.debts_toggle.isChecked()  # an arrangement in the file opens the section
    assert inp.debts_claim.value() == 150.0 and inp.debts_kind.currentData() == "wsnp"
    inp.debts_claim.setValue(0.0)  # emptied: unknown
    assert inp.case()["debts_arrangement"] == {"kind": "wsnp", "monthly_claim": None}
    inp.set_case(CASE)
    assert not inp.debts_toggle.isChecked() and "debts_arrangement" not in inp.case()


def test_debt_of_client_partner_or_both(window):
    # For a couple the window asks whose debt it is (Rv art. 475db: only the debtor's own income is garnished).
    inp = window.inputs
    couple = {**CASE, "household": {"adults": [{"age": 35}, {"age": 33}], "children": [], "cost_sharers": 0},
              "debts_arrangement": {"kind": "beslag", "monthly_claim": None}}
    inp.set_case(couple)
    assert inp.debts_debtor.isEnabled() and inp.debts_debtor.currentData() == "beide"
    assert "debtor" not in inp.case()["debts_arrangement"]  # a file without it keeps none until it is chosen
    inp.debts_debtor.setCurrentIndex(inp.debts_debtor.findData(0))
    assert inp.case()["debts_arrangement"]["debtor"] == 0
    outcome = settle(window)
    assert outcome.result["debts"]["debtor"] == 0
    for debtor in (0, 1, "beide"):
        inp.set_case({**couple, "debts_arrangement": {"kind": "beslag", "monthly_claim": None, "debtor": debtor}})
        assert inp.debts_debtor.currentData() == debtor
        assert inp.case()["debts_arrangement"]["debtor"] == debtor
    # A single client: no choice, and never a debtor in the file (the partner's debt needs a partner).
    inp.set_case({**CASE, "debts_arrangement": {"kind": "beslag", "monthly_claim": None}})
    assert not inp.debts_debtor.isEnabled()
    assert "debtor" not in inp.case()["debts_arrangement"]
    window.set_language("en")
    assert inp._rows["debts_arrangement.debtor"][0].text() == "Debt of"
    window.set_language("nl")
    assert inp._rows["debts_arrangement.debtor"][0].text() == "Schuld van"
