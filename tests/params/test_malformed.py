"""Malformed parameter and overlay files are rejected with a Dutch message naming the field."""

import copy
import textwrap
from pathlib import Path

import pytest
import yaml

from tests.conftest import run_cli
from werktloont.errors import FileProblemsError
from werktloont.params import check_file, load_pack

MANIFEST = {
    "format": "werktloont-pack/1",
    "pack_version": "test-1",
    "label": {"nl": "Testpakket", "en": "Test pack"},
    "coverage": {"from": "2025-01-01", "to": "2026-12-31"},
    "periods": ["2025-01-01", "2025-07-01"],
    "last_verified": "2026-11-23",
    "regulations": ["bijstand"],
}

SRC = [{"title": "Participatiewet art. 21 onder a", "url": "https://wetten.overheid.nl/BWBR0015703/2025-01-01"}]

VALID = {
    "format": "werktloont-parameters/1",
    "regulation": "bijstand",
    "label": {"nl": "Bijstand", "en": "Social assistance"},
    "law": {"title": "Participatiewet", "bwb_id": "BWBR0015703"},
    "parameters": {
        "norm": {
            "label": {"nl": "Norm", "en": "Norm"},
            "unit": "EUR",
            "period": "month",
            "values": {
                "2025-01-01": {"value": 1345.45, "sources": SRC, "confidence": "high"},
                "2025-07-01": {"value": 1369.06, "sources": SRC, "confidence": "high"},
            },
        },
        "rates": {
            "label": {"nl": "Tarief", "en": "Rate"},
            "unit": "percent",
            "type": "brackets",
            "values": {"2025-01-01": {"value": [{"threshold": 0, "rate": 35.82}, {"threshold": 38441, "rate": 37.48}],
                                      "sources": SRC, "confidence": "medium"}},
        },
        "tabel": {
            "label": {"nl": "Tabel", "en": "Table"},
            "unit": "percent",
            "type": "table",
            "columns": [{"name": "inkomen_vanaf", "unit": "EUR"}, {"name": "pct", "unit": "percent"}],
            "values": {"2025-01-01": {"value": [[0, 96.0], [50000, 90.0]], "sources": SRC, "confidence": "medium"}},
        },
    },
}

OVERLAY = {
    "format": "werktloont-gemeente/1",
    "gemeente": "testgemeente",
    "label": {"nl": "Testgemeente", "en": "Test municipality"},
    "example": True,
    "version": "1",
    "last_verified": "2026-11-23",
    "schemes": [{
        "id": "stadspas", "kind": "stadspas", "label": {"nl": "Stadspas", "en": "City pass"},
        "household_types": ["alleenstaande"],
        "values": {"2025-01-01": {"income_limit_pct": 120, "amount": 300, "amount_period": "year",
                                  "asset_limit": "bijstand", "sources": [{"title": "fictief"}],
                                  "confidence": "low"}},
    }],
}


def write_pack(root: Path, regulation=None, overlay=None, raw: bytes | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "manifest.yaml").write_text(yaml.safe_dump(MANIFEST), encoding="utf-8")
    path = root / "bijstand.yaml"
    if raw is not None:
        path.write_bytes(raw)
    else:
        path.write_text(yaml.safe_dump(regulation if regulation is not None else VALID, sort_keys=False),
                        encoding="utf-8")
    if overlay is not None:
        (root / "gemeenten").mkdir(exist_ok=True)
        (root / "gemeenten" / "testgemeente.yaml").write_text(yaml.safe_dump(overlay, sort_keys=False),
                                                              encoding="utf-8")
    return path


def problems_for(tmp_path, regulation=None, raw=None):
    path = write_pack(tmp_path, regulation, raw=raw)
    with pytest.raises(FileProblemsError) as info:
        check_file(path)
    return info.value


def mutated(fn):
    data = copy.deepcopy(VALID)
    fn(data)
    return data


def norm_entry(data, date="2025-01-01"):
    return data["parameters"]["norm"]["values"][date]


def test_valid_file_passes_and_loads(tmp_path):
    path = write_pack(tmp_path)
    kind, model = check_file(path)
    assert kind == "regulation"
    pack = load_pack(tmp_path)
    assert pack.version == "test-1"


CASES = [
    ("missing source", lambda d: norm_entry(d).pop("sources"), "parameters.norm.values.2025-01-01.sources",
     "bron ontbreekt"),
    ("empty source list", lambda d: norm_entry(d).update(sources=[]), "parameters.norm.values.2025-01-01.sources",
     "bron ontbreekt"),
    ("wrong unit", lambda d: d["parameters"]["norm"].update(unit="euro"), "parameters.norm.unit",
     "ongeldige waarde 'euro'"),
    ("negative amount", lambda d: norm_entry(d).update(value=-5), "parameters.norm.values.2025-01-01.value",
     "negatief"),
    ("overlapping dates", lambda d: norm_entry(d).update(until="2025-08-01"),
     "parameters.norm.values.2025-01-01.until", "overlapt"),
    ("unknown regulation", lambda d: d.update(regulation="bijstandt"), "regulation", "onbekende regeling"),
    ("wrong type", lambda d: norm_entry(d).update(value="veel"), "parameters.norm.values.2025-01-01.value",
     "moet een getal zijn"),
    ("date outside coverage", lambda d: d["parameters"]["norm"]["values"].update(
        {"2027-01-01": {"value": 1, "sources": SRC, "confidence": "high"}}),
     "parameters.norm.values.2027-01-01", "buiten de dekking"),
    ("unknown field", lambda d: norm_entry(d).update(bedrag=3), "parameters.norm.values.2025-01-01.bedrag",
     "onbekend veld"),
    ("missing confidence", lambda d: norm_entry(d).pop("confidence"),
     "parameters.norm.values.2025-01-01.confidence", "verplicht"),
    ("value and unknown", lambda d: norm_entry(d).update(unknown="niet gevonden"),
     "parameters.norm.values.2025-01-01", "óf 'value' óf 'unknown'"),
    ("invalid date", lambda d: d["parameters"]["norm"]["values"].update(
        {"2025-13-01": {"value": 1, "sources": SRC, "confidence": "high"}}),
     "parameters.norm.values.2025-13-01", "geen geldige datum"),
    ("dates not ascending", lambda d: d["parameters"]["norm"].update(values=dict(
        reversed(list(d["parameters"]["norm"]["values"].items())))),
     "parameters.norm.values.2025-01-01", "oplopen"),
    ("percent over 100", lambda d: d["parameters"]["rates"]["values"]["2025-01-01"]["value"][1].update(rate=137.48),
     "parameters.rates.values.2025-01-01.value[1].rate", "tussen 0 en 100"),
    ("EUR without period", lambda d: d["parameters"]["norm"].pop("period"), "parameters.norm.period",
     "periode"),
    ("brackets not from 0", lambda d: d["parameters"]["rates"]["values"]["2025-01-01"]["value"][0].update(
        threshold=100), "parameters.rates.values.2025-01-01.value[0]", "bij 0 beginnen"),
    ("table row wrong length", lambda d: d["parameters"]["tabel"]["values"]["2025-01-01"]["value"].append([60000]),
     "parameters.tabel.values.2025-01-01.value[2]", "rij met 2 getallen"),
    ("table without columns", lambda d: d["parameters"]["tabel"].pop("columns"), "parameters.tabel.columns",
     "kolommen"),
    ("missing label", lambda d: d["parameters"]["norm"].pop("label"), "parameters.norm.label", "verplicht"),
    ("unknown parameter type", lambda d: d["parameters"]["norm"].update(type="curve"), "parameters.norm.type",
     "ongeldige waarde"),
    ("bad parameter name", lambda d: d["parameters"].update({"Norm Hoog": d["parameters"]["norm"]}),
     "parameters.Norm Hoog", "ongeldige naam"),
    ("unknown without reason", lambda d: d["parameters"]["norm"]["values"].update(
        {"2026-01-01": {"unknown": ""}}), "parameters.norm.values.2026-01-01.unknown", "niet leeg"),
]


@pytest.mark.parametrize("name,mutate,path,message", CASES, ids=[c[0] for c in CASES])
def test_malformed_regulation_rejected(tmp_path, name, mutate, path, message):
    err = problems_for(tmp_path, mutated(mutate))
    assert err.file.endswith("bijstand.yaml")
    hits = [p for p in err.problems if p.path.startswith(path) and message in p.message]
    assert hits, f"expected a problem at {path!r} with {message!r}, got {err.problems}"


def test_regulation_name_must_match_file(tmp_path):
    data = mutated(lambda d: None)
    root = tmp_path / "pack"
    write_pack(root, data)
    manifest = dict(MANIFEST, regulations=["bijstand", "vermogen"])
    (root / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    other = root / "vermogen.yaml"
    other.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(FileProblemsError) as info:
        check_file(other)
    assert any(p.path == "regulation" and "bestandsnaam" in p.message for p in info.value.problems)


def test_bad_yaml_names_line(tmp_path):
    err = problems_for(tmp_path, raw=b"format: werktloont-parameters/1\nparameters: [unclosed\n")
    assert "geen geldige YAML" in err.problems[0].message
    assert "regel" in err.problems[0].message


def test_duplicate_key_rejected(tmp_path):
    raw = textwrap.dedent("""\
        format: werktloont-parameters/1
        regulation: bijstand
        regulation: bijstand
        """).encode()
    err = problems_for(tmp_path, raw=raw)
    assert "twee keer" in err.problems[0].message


def test_not_utf8_rejected(tmp_path):
    err = problems_for(tmp_path, raw="label: {nl: Bijstand é}".encode("latin-1"))
    assert "UTF-8" in err.problems[0].message


def test_top_level_list_rejected(tmp_path):
    err = problems_for(tmp_path, raw=b"- 1\n- 2\n")
    assert "tabel" in err.problems[0].message


def test_unknown_format_rejected(tmp_path):
    err = problems_for(tmp_path, mutated(lambda d: d.update(format="werktloont-parameters/9")))
    assert any(p.path == "format" for p in err.problems)


OVERLAY_CASES = [
    ("asset limit word", lambda o: o["schemes"][0]["values"]["2025-01-01"].update(asset_limit="soms"),
     "schemes[0].values.2025-01-01.asset_limit"),
    ("unknown household type", lambda o: o["schemes"][0].update(household_types=["student"]),
     "schemes[0].household_types[0]"),
    ("negative amount", lambda o: o["schemes"][0]["values"]["2025-01-01"].update(amount=-1),
     "schemes[0].values.2025-01-01.amount"),
    ("missing sources", lambda o: o["schemes"][0]["values"]["2025-01-01"].pop("sources"),
     "schemes[0].values.2025-01-01.sources"),
    ("real gemeente without publication", lambda o: o.update(example=False),
     "schemes[0].values.2025-01-01.sources[0]"),
    ("date outside coverage", lambda o: o["schemes"][0].update(values={"2030-01-01": o["schemes"][0]["values"]
                                                                        ["2025-01-01"]}),
     "schemes[0].values.2030-01-01"),
    ("name does not match file", lambda o: o.update(gemeente="andere"), "gemeente"),
]


@pytest.mark.parametrize("name,mutate,path", OVERLAY_CASES, ids=[c[0] for c in OVERLAY_CASES])
def test_malformed_overlay_rejected(tmp_path, name, mutate, path):
    overlay = copy.deepcopy(OVERLAY)
    mutate(overlay)
    write_pack(tmp_path, overlay=overlay)
    with pytest.raises(FileProblemsError) as info:
        check_file(tmp_path / "gemeenten" / "testgemeente.yaml")
    assert any(p.path == path for p in info.value.problems), info.value.problems


def test_valid_overlay_passes(tmp_path):
    write_pack(tmp_path, overlay=OVERLAY)
    kind, model = check_file(tmp_path / "gemeenten" / "testgemeente.yaml")
    assert kind == "overlay" and model.schemes[0].id == "stadspas"


def test_cli_check_exit_2_dutch_message_no_traceback(tmp_path):
    path = write_pack(tmp_path, mutated(lambda d: norm_entry(d).pop("sources")))
    proc = run_cli("params", "check", path)
    assert proc.returncode == 2
    assert "bijstand.yaml" in proc.stderr
    assert "parameters.norm.values.2025-01-01.sources" in proc.stderr
    assert "bron ontbreekt" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_cli_check_valid_exit_0(tmp_path):
    path = write_pack(tmp_path)
    proc = run_cli("params", "check", path)
    assert proc.returncode == 0, proc.stderr
    assert "In orde" in proc.stdout


def test_cli_check_missing_file(tmp_path):
    proc = run_cli("params", "check", tmp_path / "nee.yaml")
    assert proc.returncode == 2
    assert "kan niet worden gelezen" in proc.stderr and "Traceback" not in proc.stderr


# --- every date is one of the manifest's periods ------------------------------------------------------------------

def test_value_date_not_in_periods_rejected_naming_file_parameter_and_date(tmp_path):
    # 2025-03-01 lies inside the coverage but is not in MANIFEST["periods"] (2025-01-01, 2025-07-01).
    data = mutated(lambda d: d["parameters"]["norm"]["values"].update(
        {"2025-03-01": {"value": 1350.0, "sources": SRC, "confidence": "high"}}))
    data["parameters"]["norm"]["values"] = dict(sorted(data["parameters"]["norm"]["values"].items()))
    err = problems_for(tmp_path, data)
    assert err.file.endswith("bijstand.yaml")
    hits = [p for p in err.problems if p.path == "parameters.norm.values.2025-03-01"]
    assert hits, err.problems
    assert "bijstand.norm" in hits[0].message and "2025-03-01" in hits[0].message
    assert "geen periode uit manifest.yaml" in hits[0].message
    assert "bijstand.yaml" in str(err) and "bijstand.norm" in str(err)


def test_until_must_end_the_day_before_a_period(tmp_path):
    # until 2025-03-31: the next day (2025-04-01) is not a period.
    err = problems_for(tmp_path, mutated(lambda d: norm_entry(d).update(until="2025-03-31")))
    hits = [p for p in err.problems if p.path == "parameters.norm.values.2025-01-01.until"]
    assert hits and "bijstand.norm" in hits[0].message and "2025-03-31" in hits[0].message


def test_until_the_day_before_a_period_or_at_coverage_end_is_accepted(tmp_path):
    def mutate(d):
        d["parameters"]["norm"]["values"]["2025-01-01"]["until"] = "2025-06-30"  # the day before 2025-07-01
        d["parameters"]["norm"]["values"]["2025-07-01"]["until"] = MANIFEST["coverage"]["to"]
    kind, _ = check_file(write_pack(tmp_path, mutated(mutate)))
    assert kind == "regulation"


def test_pack_with_an_unlisted_date_does_not_load(tmp_path):
    data = mutated(lambda d: d["parameters"]["rates"]["values"].update(
        {"2026-01-01": {"value": [{"threshold": 0, "rate": 35.75}], "sources": SRC, "confidence": "high"}}))
    write_pack(tmp_path, data)
    with pytest.raises(FileProblemsError) as info:
        load_pack(tmp_path)
    assert any(p.path == "parameters.rates.values.2026-01-01" and "bijstand.rates" in p.message
               for p in info.value.problems)


def test_cli_check_reports_a_date_outside_the_periods(tmp_path):
    path = write_pack(tmp_path, mutated(lambda d: d["parameters"]["tabel"]["values"].update(
        {"2026-01-01": {"value": [[0, 96.0]], "sources": SRC, "confidence": "high"}})))
    proc = run_cli("params", "check", path)
    assert proc.returncode == 2
    assert "bijstand.yaml" in proc.stderr and "bijstand.tabel" in proc.stderr and "2026-01-01" in proc.stderr
    assert "geen periode uit manifest.yaml" in proc.stderr and "Traceback" not in proc.stderr


def test_real_pack_dates_are_all_periods():
    pack = load_pack(Path(__file__).resolve().parents[2] / "parameters")
    periods = set(pack.periods)
    for entries in pack.index.values():
        for e in entries:
            assert e.start in periods, (e.id, e.start)
