"""A change of assets after the projection's last month (here with a temporary contract, so the projection is not
lengthened for the job): it is named (its event says so, with the last month) and left out of the months and the
car scenarios; nothing fails."""

import json

import pytest

from tests.conftest import run_cli
from werktloont import api
from werktloont.engine.calculate import calculate

# 24 months from March 2026: the last is February 2028; the car comes in June 2028.
CASE = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 35}]},
        "assets": {"changes": [{"month": "2028-06", "kind": "auto", "value": 9000.0, "reported": True}]},
        "job": {"hours_per_week": 8, "start": "2026-03-01", "contract_months": 3}}
LIMIT_2026 = 8000.0  # Participatiewet art. 34 lid 3 a, alleenstaande, 2026


def test_the_event_is_named_and_not_computed():
    r = calculate(CASE)
    assert [e["month"] for e in r["timeline"]][-1] == "2028-02"
    (ev,) = r["asset_events"]
    assert ev["beyond_projection"] is True and ev["projection_end"] == "2028-02"
    assert ev["months_without_right"] == 0 and ev["reclaim_net"] == 0.0 and ev["repayment"] is None
    assert r["asset_scenarios"] == []  # the car is not in the months: no keep/sell/give-back walk
    assert not any("asset_changes" in e for e in r["timeline"])


def test_the_words_say_it_lies_after_the_calculation():
    r = api.calculate(CASE)
    (ev,) = r["asset_events"]
    assert "na de laatste maand van deze berekening (februari 2028)" in ev["text"]
    assert any("juni 2028 krijgt u een auto" in t and "na deze berekening" in t for t in r["asset_client_text"])
    en = api.calculate(CASE, lang="en")
    assert "after the last month of this calculation (February 2028)" in en["asset_events"][0]["text"]


def test_an_own_car_keeps_its_scenarios_when_a_later_car_lies_beyond(tmp_path):
    case = json.loads(json.dumps(CASE))
    case["assets"]["car_value"] = 9000.0
    r = calculate(case, timeline=False)
    rows = {s["scenario"]: s for s in r["asset_scenarios"]}
    # The case's own car, from the case month: 9.000 counted (no municipality: nothing left free) > 8.000.
    assert set(rows) == {"keep", "sell", "needed"} and rows["keep"]["from"] == "2026-03"
    assert rows["keep"]["counted"] == pytest.approx(9000.0) and rows["keep"]["limit"] == LIMIT_2026
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    for command in ("calc", "timeline", "report"):
        args = (command, path) if command != "report" else (command, path, "--pdf", tmp_path / "r.pdf")
        proc = run_cli(*args)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, (command, proc.stderr)
