"""calc, timeline and curve on the command line: words from werktloont.texts in the asked language, columns from
the component registry."""

import json

from tests.conftest import run_cli
from werktloont.cli.timeline_cmd import CSV_COLUMNS
from werktloont.engine.components import COMPONENTS
from werktloont.texts import coverage

CASE = {"format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 24}], "children": [], "cost_sharers": 0,
                      "rent": {"base_rent": 650.0, "service_costs": 40.0}},
        "assets": {"savings": 0.0},
        "job": {"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01", "contract_months": 4}}


def _case(tmp_path):
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    return path


def test_calc_in_english_has_english_labels_steps_and_coverage(tmp_path):
    out = run_cli("calc", _case(tmp_path), "--lang", "en")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "Social assistance (bijstand)" in text and "What to arrange:" in text and "Tell the municipality" in text
    assert coverage.sentence(coverage.codes(partner=False, municipality=False), "en") in text
    for dutch in ("Wat u moet regelen", "Meld de baan", "Waarom?", "Te besteden", "per maand"):
        assert dutch not in text, dutch
    json_out = json.loads(run_cli("calc", _case(tmp_path), "--json", "--lang", "en").stdout)
    entry = json_out["timeline"][0]
    assert entry["situation"] == "werk" and entry["situation_text"] == "work"
    assert json_out["actions"][0].startswith("Tell the municipality")
    assert all(isinstance(e["text"], str) and e["text"] for e in json_out["explanations"])


def test_timeline_text_in_english_and_csv_columns_from_the_registry(tmp_path):
    out = run_cli("timeline", _case(tmp_path), "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "search period (no bijstand yet)" in out.stdout and "What to arrange:" in out.stdout
    assert "vierwekenzoektermijn" not in out.stdout and "Meld u op de eerste dag" not in out.stdout
    csv = run_cli("timeline", _case(tmp_path), "--csv").stdout.splitlines()
    assert csv[0] == ",".join(CSV_COLUMNS)
    money = [c for c in CSV_COLUMNS if c in COMPONENTS]
    assert money == list(COMPONENTS)  # every component, in the registry's order


def test_curve_csv_columns_and_english_ranges(tmp_path):
    csv = run_cli("curve", _case(tmp_path), "--csv").stdout.splitlines()
    assert csv[0] == ",".join(["x", *COMPONENTS, "gain"])
    text = run_cli("curve", _case(tmp_path), "--lang", "en").stdout
    assert "disposable" in text and "te besteden" not in text


def test_read_json_lives_in_a_neutral_module():
    from werktloont.cli.engine_cmd import read_json as from_cli
    from werktloont.jsonio import read_json

    assert from_cli is read_json


def test_timeline_csv_keeps_the_column_positions_of_the_previous_release(tmp_path):
    """The CSV is a contract read by position: the columns of release 2026.11 (before the Toeslagenwet) stay where
    they were, the TW-toeslag column comes last."""
    before = ("month", "situation", "net_wage", "bijstand", "ww", "zorgtoeslag", "huurtoeslag",
              "kindgebonden_budget", "kinderopvangtoeslag", "municipal", "other_income", "childcare_costs",
              "travel_costs", "disposable", "toeslagen_settlement", "vakantiegeld", "vakantietoeslag", "cash",
              "stay_situation", "stay_cash", "cumulative_gain", "savings", "assets_eligible", "beyond_pack")
    header = run_cli("timeline", _case(tmp_path), "--csv").stdout.splitlines()[0].split(",")
    assert tuple(header[:len(before)]) == before and header[len(before):] == ["toeslagenwet"]
