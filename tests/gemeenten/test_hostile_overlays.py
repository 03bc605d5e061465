"""Municipal overlays have bounds like the pack's parameters: an absurd amount, percentage, number of schemes or
version is refused by `gemeente check`, by `params seal` and by the loader alike, in Dutch, naming the field; a
refused overlay in the user's folder is named in `calc` (text and JSON) and the bundled one is used."""

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import isolated_user_folders, run_cli
from werktloont.cli import main
from werktloont.params import bounds, gemeente_override, load_pack, refused

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "parameters"
EXAMPLE = BUNDLED / "gemeenten" / "voorbeeldgemeente.yaml"
CASE = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}]},
        "municipality": "voorbeeldgemeente"}


@pytest.fixture(autouse=True)
def user_folder(monkeypatch, tmp_path):
    yield from isolated_user_folders(monkeypatch, tmp_path)


def _overlay(folder: Path, *, amount: str = "300", version: str = "2", extra: str = "") -> Path:
    """The bundled example overlay, newer, with the stadspas amount (text as in YAML) replaced."""
    text = EXAMPLE.read_text(encoding="utf-8").replace('version: "1"', f'version: "{version}"')
    text, n = re.subn(r"(?m)^(        amount: )300$", rf"\g<1>{amount}", text, count=1)
    assert n == 1
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "voorbeeldgemeente.yaml"
    path.write_text(text + extra, encoding="utf-8")
    return path


@pytest.mark.parametrize(("amount", "words"), [
    (".inf", "eindig getal"),
    ("1e300", "moet een getal zijn"),  # YAML 1.1 reads 1e300 as text (pydantic used to make it a float)
    ("1.0e+300", "niet aannemelijk"),
    ("1e12", "moet een getal zijn"),   # shown as € 83 miljard a month before
    ("1.0e+12", "niet aannemelijk"),
    ("12000", "niet aannemelijk"),     # € 1.000 a month in a stadspas: above the bound of € 10.000 a year
    ("true", "moet een getal zijn"),   # pydantic used to read it as € 1
])
def test_gemeente_check_refuses_an_absurd_amount_naming_scheme_field_and_date(user_folder, amount, words, capsys):
    path = _overlay(user_folder, amount=amount)
    assert main(["gemeente", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err and "schemes[0].values.2025-01-01.amount" in err
    assert "In orde" not in err


def test_a_plausible_amount_passes(user_folder, capsys):
    assert main(["gemeente", "check", str(_overlay(user_folder, amount="9999"))]) == 0
    assert "In orde" in capsys.readouterr().out


def test_3500_copies_of_one_scheme_are_refused(user_folder, capsys):
    scheme = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))["schemes"][0]
    copies = [dict(scheme, id=f"stadspas_{i}") for i in range(3500)]
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data.update(version="2", schemes=copies)
    user_folder.mkdir(parents=True)
    path = user_folder / "voorbeeldgemeente.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["gemeente", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "3.500 regelingen" in err and f"hoogstens {bounds.MAX_SCHEMES}" in err
    # The loader refuses it too: the municipality keeps its bundled schemes, nothing adds up.
    pack = load_pack()
    assert gemeente_override.overlays(pack)["voorbeeldgemeente"] is pack.overlays["voorbeeldgemeente"]


def test_a_version_of_5001_digits_is_refused_by_check_and_never_stops_calc(user_folder, tmp_path, capsys):
    path = _overlay(user_folder, version="9" * 5001)
    assert main(["gemeente", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "veld 'version'" in err and "geen versienummer" in err and "9" * 100 not in err
    case = tmp_path / "casus.json"
    case.write_text(json.dumps(CASE), encoding="utf-8")
    assert main(["calc", str(case), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["file"]) for r in result["refused"]] == [("overlay", str(path))]


def test_refused_overlay_is_named_in_calc_text_and_json_and_the_bundled_one_is_used(user_folder, tmp_path):
    path = _overlay(user_folder, amount="1e12")
    case = tmp_path / "casus.json"
    case.write_text(json.dumps(CASE), encoding="utf-8")
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "WERKTLOONT_PARAMETERS": ""}
    proc = run_cli("calc", case, "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    item = result["refused"][0]
    assert item["kind"] == "overlay" and item["file"] == str(path) and item["name"] == "voorbeeldgemeente"
    assert "schemes[0].values.2025-01-01.amount" in item["reason"] and "geweigerd" in item["text"]
    # The bundled stadspas: € 300 a year, € 25 a month (300 / 12), not € 83 billion.
    assert result["without_job"]["municipal"] < 100
    text = run_cli("calc", case, env=env).stdout
    assert str(path) in text and "geweigerd" in text and "meegeleverde" in text
    english = json.loads(run_cli("calc", case, "--json", "--lang", "en", env=env).stdout)
    assert "was refused" in english["refused"][0]["text"]


def test_refusal_named_in_the_report(user_folder):
    pytest.importorskip("PySide6")
    from werktloont.report.content import build_report

    path = _overlay(user_folder, amount=".inf")
    refused.clear_cache()
    report = build_report(CASE)
    # On the klantmanager's page, with the notices (a file on this computer is not the client's business).
    notices = next(lines for key, lines in report.manager if key == "m_notices")
    assert any(str(path) in w and "geweigerd" in w for w in notices)
    assert str(path) not in report.client_text()


def test_unknown_municipality_whose_own_file_was_refused_says_why(user_folder, tmp_path, capsys):
    path = _overlay(user_folder, amount="1e300")
    text = path.read_text(encoding="utf-8").replace("gemeente: voorbeeldgemeente", "gemeente: nergenshuizen")
    path.unlink()
    (user_folder / "nergenshuizen.yaml").write_text(text, encoding="utf-8")
    case = tmp_path / "casus.json"
    case.write_text(json.dumps(dict(CASE, municipality="nergenshuizen")), encoding="utf-8")
    assert main(["calc", str(case)]) == 2
    err = capsys.readouterr().err
    assert "onbekende gemeente 'nergenshuizen'" in err and "nergenshuizen.yaml is geweigerd" in err


def test_seal_refuses_a_pack_with_an_absurd_municipal_value(tmp_path, capsys):
    dst = tmp_path / "pakket"
    shutil.copytree(BUNDLED, dst)
    before = (dst / "manifest.yaml").read_bytes()
    _overlay(dst / "gemeenten", amount=".inf", version="1")
    assert main(["params", "seal", str(dst)]) == 2
    err = capsys.readouterr().err
    assert "niet verzegeld" in err and "voorbeeldgemeente.yaml" in err and "eindig getal" in err
    assert (dst / "manifest.yaml").read_bytes() == before  # nothing written


def test_every_bundled_overlay_lies_inside_the_bounds(overlays):
    for name, overlay in overlays.items():
        assert bounds.check_overlay_bounds(overlay) == [], name
