"""the debts region under the verdict, filled from the case file's debts_arrangement."""

from types import SimpleNamespace

from tests.ui.conftest import settle
from werktloont import api
from werktloont.ui.debts_panel import DebtsPanel

CHARTS = False  # no test here reads a chart (tests/ui/conftest.py: window)

CASE = {"format": "werktloont-case/1", "date": "2026-01-01",
        "household": {"adults": [{"age": 35}], "children": [], "cost_sharers": 0, "rent": None},
        "assets": {"savings": 0}, "job": {"hourly_wage": 15.0, "hours_per_week": 24, "start": "2026-01-01"},
        "debts_arrangement": {"kind": "beslag", "monthly_claim": None}}


def test_panel_shows_the_headline_and_hides_without_beslag(qtbot):
    panel = DebtsPanel()
    qtbot.addWidget(panel)
    panel.show_outcome(SimpleNamespace(result=api.calculate(CASE, timeline=False), lang="nl"))
    text = panel.label.text()
    assert not panel.isHidden()
    # 95 % x 1.401,50 = 1.331,43 protected; 1.401,50 - 1.331,43 = 70,07 to the creditor without the job.
    assert "Naar schuldeisers" in text and "€ 70,07" in text and "sneller afgelost" in text
    panel.show_outcome(SimpleNamespace(result=api.calculate(CASE, lang="en", timeline=False), lang="en"))
    assert "To creditors" in panel.label.text()
    plain = {k: v for k, v in CASE.items() if k != "debts_arrangement"}
    panel.show_outcome(SimpleNamespace(result=api.calculate(plain, timeline=False), lang="nl"))
    assert panel.isHidden()


def test_window_keeps_the_case_field_and_shows_the_region(window):
    window.load_case(CASE)
    settle(window)
    assert not window.debts.isHidden()
    assert window.inputs.case()["debts_arrangement"] == {"kind": "beslag", "monthly_claim": None}


def test_panel_shows_a_debt_to_the_gemeente_without_beslag(qtbot):
    # The seed story (tests/engine/test_assets_leave.py): a reclaim of 4 x 1.401,50 + 3 x 1.419,46 = 9.864,38
    # (art. 58 lid 1) is a debt to the gemeente, shown in the debts region even without beslag.
    from tests.engine.test_assets_leave import seed

    panel = DebtsPanel()
    qtbot.addWidget(panel)
    panel.show_outcome(SimpleNamespace(result=api.calculate(seed(), timeline=False), lang="nl"))
    assert not panel.isHidden()
    assert "Schuld aan de gemeente zonder de baan: € 9.864,38" in panel.label.text()
    assert "€ 70,97 per maand" in panel.label.text() and "Met de baan: geen schuld" in panel.label.text()
