"""The scenario table reads each column from the same answer as the headline: what the job brings as the answer leads
with it (lasting, or while a contract runs, with its months) and the gain in the first month, each row labelled."""

from werktloont import api, fmt
from werktloont.ui.scenarios import ScenarioPanel

HOUSEHOLD = {"adults": [{"age": 35}], "children": [{"age": 6}], "rent": {"base_rent": 700.0}}
PERMANENT = {"hours_per_week": 24}
CONTRACT = {"hours_per_week": 24, "start": "2026-03-01", "contract_months": 6}


def panel_with(qtbot, *jobs):
    case = {"format": "werktloont-case/1", "date": "2026-01-01", "household": HOUSEHOLD,
            "scenarios": [{"name": f"s{i}", "household": HOUSEHOLD, "job": job} for i, job in enumerate(jobs)]}
    panel = ScenarioPanel()
    qtbot.addWidget(panel)
    panel.set_saved(case, lambda c: api.calculate(c, timeline=False))
    assert len(panel.scenarios) == len(jobs)  # a scenario without "assets" in the file has none, and is kept
    results = [api.calculate({**case, "scenarios": [], "job": job}, timeline=False) for job in jobs]
    return panel, results


def signed(x: float) -> str:
    return ("+" if x > 0 else "") + fmt.eur(x)


def test_scenarios_show_lasting_and_first_month(qtbot):
    panel, (permanent, contract) = panel_with(qtbot, PERMANENT, CONTRACT)
    # A permanent job whose first months carry the temporary vrijlating: the answer leads with the lasting gain,
    # and the first month is more. Both show, each in its labelled row.
    assert permanent["headline"]["kind"] == "permanent"
    assert permanent["gain_lasting"] < permanent["gain_per_month"] - 1
    assert panel.cell_text("headline_gain", 0) == signed(permanent["gain_lasting"]) + " blijvend"
    assert panel.cell_text("gain", 0) == signed(permanent["gain_per_month"])
    # A contract of 6 months: the gain while it lasts and for how long, never "blijvend".
    assert contract["headline"]["kind"] == "temporary"
    assert panel.cell_text("headline_gain", 1) == signed(contract["headline"]["amount"]) + ", 6 maanden"
    assert panel.cell_text("gain", 1) == signed(contract["gain_per_month"])
    assert "blijvend" not in panel.cell_text("headline_gain", 1)
    assert "blijvend" not in panel.row_label("headline_gain")
    assert panel.row_label("gain") == "Erbij, eerste maand"
    assert panel.row_tip("gain") == "Erbij in de eerste maand van de baan"  # two different first months
    # The difference with the first scenario compares what the answers lead with.
    diff = contract["headline"]["amount"] - permanent["headline"]["amount"]
    assert panel.cell_text("vs_first", 1) == signed(diff) and panel.cell_text("vs_first", 0) == "–"


def test_the_rows_say_lasting_only_when_every_column_lasts(qtbot):
    panel, (result,) = panel_with(qtbot, PERMANENT)
    assert panel.row_label("headline_gain") == "Erbij, blijvend"
    assert panel.row_tip("gain") == "Erbij in de eerste maand van de baan (januari 2026)"
    assert panel.cell_text("headline_gain", 0) == signed(result["gain_lasting"])
    panel, _ = panel_with(qtbot, CONTRACT, {**CONTRACT, "hours_per_week": 32})
    assert panel.row_label("headline_gain") == "Erbij, tijdens het contract"
    assert panel.row_tip("gain") == "Erbij in de eerste maand van de baan (maart 2026)"
    assert all("blijvend" not in panel.cell_text("headline_gain", i) for i in range(2))
