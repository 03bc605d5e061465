"""Case files: round trip, atomic save, damaged files, and what a newer pack changed."""

import json

import pytest

from werktloont import atomic, casefile
from werktloont.api import calculate
from werktloont.casefile import CaseFileError, changes_since_saved, read_case, save_case
from werktloont.model.case import parse_case

CASE = {
    "format": "werktloont-case/1", "date": "2026-01-01",
    "household": {"adults": [{"age": 35}], "children": [{"age": 4}, {"age": 8}], "cost_sharers": 0,
                  "rent": {"base_rent": 750.0, "service_costs": 40.0}},
    "assets": {"savings": 1500.0},
    "job": {"hourly_wage": 14.71, "hours_per_week": 24, "start": "2026-03-01", "contract_months": 6},
    "municipality": "voorbeeldgemeente", "note": "Gesprek 12 nov.", "client": "J.",
}


def test_round_trip_gives_identical_result(tmp_path):
    case = parse_case(CASE)
    result = calculate(case)
    path = tmp_path / "casus.json"
    save_case(path, case, result)
    again = read_case(path)
    assert again.note == "Gesprek 12 nov." and again.client == "J."
    assert again.pack_version == result["parameters"]["pack"]
    assert calculate(again) == result
    assert not [p for p in tmp_path.iterdir() if p.name != "casus.json"]  # no temporary files left


def test_crash_between_write_and_rename_keeps_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "casus.json"
    save_case(path, parse_case(CASE))
    before = path.read_bytes()

    def boom(tmp, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_replace", boom)
    changed = parse_case(dict(CASE, note="nieuw"))
    with pytest.raises(CaseFileError, match="vorige bestand is niet veranderd"):
        save_case(path, changed)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["casus.json"]


def _valid_text():
    return json.dumps(CASE, ensure_ascii=False)


DAMAGED = {
    "empty": b"",
    "truncated": _valid_text()[:80].encode(),
    "not_json": b"dit is geen json",
    "array": b"[1, 2, 3]",
    "number": b"42",
    "no_format": json.dumps({k: v for k, v in CASE.items() if k != "format"}).encode(),
    "future_format": json.dumps(dict(CASE, format="werktloont-case/2")).encode(),
    "foreign_format": json.dumps({"format": "werktloont-gemeente/1"}).encode(),
    "latin1": _valid_text().replace('"J."', '"Jos\u00e9"').encode("latin-1"),
    "utf16": _valid_text().encode("utf-16"),
    "binary": bytes(range(256)) * 4,
    "age_text": json.dumps(dict(CASE, household=dict(CASE["household"], adults=[{"age": "oud"}]))).encode(),
    "age_huge": json.dumps(dict(CASE, household=dict(CASE["household"], adults=[{"age": 10**30}]))).encode(),
    "savings_huge": b'{"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": [{"age": 30}]},'
                    b' "assets": {"savings": 1e400}}',
    "hours_negative": json.dumps(dict(CASE, job=dict(CASE["job"], hours_per_week=-4))).encode(),
    "rent_text": json.dumps(dict(CASE, household=dict(CASE["household"], rent={"base_rent": "veel"}))).encode(),
    "unknown_field": json.dumps(dict(CASE, spouse={"age": 30})).encode(),
    "bad_date": json.dumps(dict(CASE, date="2026-13-45")).encode(),
    "children_not_list": json.dumps(dict(CASE, household=dict(CASE["household"], children=3))).encode(),
    "deep_nesting": b"[" * 100_000 + b"]" * 100_000,
    "too_large": b" " * (casefile.MAX_BYTES + 1),
}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_damaged_file_gives_dutch_message(tmp_path, name):
    path = tmp_path / f"{name}.json"
    path.write_bytes(DAMAGED[name])
    with pytest.raises(CaseFileError) as err:
        read_case(path)
    message = str(err.value)
    assert f"{name}.json" in message
    assert "Traceback" not in message
    # Dutch: every message uses at least one of these words.
    assert any(w in message for w in ("geen", "beschadigd", "formaat", "ongeldig", "Ongeldige", "te groot",
                                      "ontbreekt", "moet", "niet"))


def test_damaged_field_message_names_field(tmp_path):
    path = tmp_path / "casus.json"
    path.write_bytes(DAMAGED["rent_text"])
    with pytest.raises(CaseFileError, match=r"household\.rent\.base_rent"):
        read_case(path)


def test_missing_file_gives_message(tmp_path):
    with pytest.raises(CaseFileError, match="kan niet worden geopend"):
        read_case(tmp_path / "bestaat-niet.json")


def test_newer_pack_lists_what_changed():
    case = parse_case(CASE)
    result = calculate(case)
    # As if the file was saved under an older pack in which the bijstand without a job was € 10,00 lower.
    old = {k: dict(result[k]) for k in ("without_job", "with_job")}
    old["without_job"]["bijstand"] -= 10.0
    saved = case.model_copy(update={"pack_version": "2026.01.0", "computed": parse_case(dict(
        CASE, computed={"without_job": old["without_job"], "with_job": old["with_job"]})).computed})
    lines = changes_since_saved(saved, result)
    assert lines[0] == f"Berekend met de normen van pakket 2026.01.0, nu herberekend met pakket " \
                       f"{result['parameters']['pack']}."
    assert any(line.startswith("bijstand zonder baan:") for line in lines)
    assert not any(line.startswith("bijstand met baan") for line in lines)
    assert changes_since_saved(case.model_copy(update={"pack_version": result["parameters"]["pack"]}), result) == []
