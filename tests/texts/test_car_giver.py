"""Words about who gave the car follow the case: a parent only when `assets.changes[].from` is "ouder"; otherwise
neutral, and an own car has no one to give it back to. A mother's own car is not her father's."""

import copy
import json

import pytest

from werktloont import api
from werktloont.errors import InputError
from werktloont.model.case import parse_case

SEED = {"format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 22}], "rent": {"base_rent": 600.0}},
        "assets": {"savings": 300.0, "changes": [{"month": "2026-03", "kind": "auto", "value": 46000.0,
                                                   "reported": False, "discovered": "2026-10"}]},
        "job": {"hours_per_week": 24, "start": "2026-03-01", "contract_months": 12}}
# A single mother with two children and her own car (assets.car_value): no change, so no one gave it.
MOTHER = {"format": "werktloont-case/1", "date": "2026-03-01",
          "household": {"adults": [{"age": 34}], "children": [{"age": 4}, {"age": 9}],
                        "rent": {"base_rent": 720.0}},
          "assets": {"savings": 500.0, "car_value": 30000.0}, "job": {"hours_per_week": 24}}
PARENT_WORDS = ("vader", "moeder", "father", "mother")


def given(by):
    case = copy.deepcopy(SEED)
    if by is not None:
        case["assets"]["changes"][0]["from"] = by
    return case


def car_words(result: dict) -> str:
    """Every sentence about the assets a view shows: the client text, the scenarios, the events, the panel."""
    parts = list(result["asset_client_text"])
    parts += [s["label"] + " " + s["text"] for s in result["asset_scenarios"]]
    parts += [e["text"] for e in result["asset_events"]]
    parts += [line for _head, lines in result["asset_panel"] for line in lines]
    return " ".join(parts)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_car_from_a_parent_speaks_of_the_parent(lang):
    r = api.calculate(given("ouder"), lang=lang, timeline=False)
    back = {s["scenario"]: s for s in r["asset_scenarios"]}["give_back"]
    assert back["given_by"] == "ouder" and r["asset_events"][0]["given_by"] == "ouder"
    text = car_words(r)
    if lang == "nl":
        assert back["label"] == "Auto terug naar uw vader of moeder"
        assert "Zet u de auto terug op naam van uw vader of moeder om weer bijstand te krijgen?" in text
        assert "Staat er een auto op uw naam, ook als uw vader of moeder hem betaalde?" in text
    else:
        assert back["label"] == "Give the car back to your father or mother"
        assert "Do you put the car back in your father's or mother's name to get bijstand again?" in text


@pytest.mark.parametrize("by", [None, "anders", "familie"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_car_from_anyone_else_is_neutral(by, lang):
    r = api.calculate(given(by), lang=lang, timeline=False)
    text = car_words(r)
    for word in PARENT_WORDS:
        assert word not in text.lower()
    back = {s["scenario"]: s for s in r["asset_scenarios"]}["give_back"]
    if by == "familie":
        assert back["label"] == ("Auto terug naar het familielid dat hem gaf" if lang == "nl" else
                                 "Give the car back to the relative who gave it")
    elif lang == "nl":
        assert back["label"] == "Auto terug naar wie hem gaf"
        assert "Geeft u de auto terug aan wie hem gaf, om weer bijstand te krijgen?" in text
    else:
        assert back["label"] == "Give the car back to whoever gave it"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_mothers_own_car_is_not_her_fathers(lang):
    r = api.calculate(MOTHER, lang=lang)
    assert [s["scenario"] for s in r["asset_scenarios"]] == ["keep", "sell", "needed"]
    text = car_words(r)
    for word in PARENT_WORDS + ("auto terug", "terug aan", "terug op naam", "car back"):
        assert word not in text.lower()
    assert ("Verkoopt u de auto?" if lang == "nl" else "Do you sell the car?") in text


def test_calc_and_the_report_follow_the_case(tmp_path, capsys):
    from werktloont.cli import main as cli_main
    from werktloont.report.content import build_report

    path = tmp_path / "casus.json"
    path.write_text(json.dumps(MOTHER), encoding="utf-8")
    assert cli_main(["calc", str(path)]) == 0
    out = capsys.readouterr().out.lower()
    assert "vader" not in out and "auto terug" not in out
    assert "vader" not in build_report(MOTHER).all_text().lower()
    assert "uw vader of moeder" in build_report(given("ouder")).all_text()


def test_the_case_file_keeps_from_and_refuses_an_unknown_giver():
    case = parse_case(given("ouder"))
    saved = case.model_dump(mode="json")
    assert saved["assets"]["changes"][0]["from"] == "ouder" and "from_" not in saved["assets"]["changes"][0]
    assert parse_case(saved) == case
    assert parse_case(SEED).assets.changes[0].from_ is None  # optional: an older file stays valid
    with pytest.raises(InputError) as err:
        parse_case(given("vader"))
    assert "assets.changes[0].from" in str(err.value) and "'ouder', 'familie' of 'anders'" in str(err.value)
