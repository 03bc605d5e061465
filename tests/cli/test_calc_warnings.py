"""`werktloont calc` text shows the "look again at this input" warnings the window and the report show:
an older case file with a partner who "works" but no income opens with a message asking for that income)."""

import json

from tests.conftest import run_cli

CASE = {"format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 35}, {"age": 33, "works": True}]},
        "job": {"hours_per_week": 24, "hourly_wage": 16.0}}


def test_works_without_income_is_said_in_the_calc_text(tmp_path):
    path = tmp_path / "oud.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    out = run_cli("calc", path)
    assert out.returncode == 0, out.stderr
    assert "Let op: Bij de partner staat 'werkt' aan, maar er is geen inkomen ingevuld." in out.stdout
    english = run_cli("calc", path, "--lang", "en")
    assert "Note: 'Works' is ticked for the partner, but no income is filled in." in english.stdout
