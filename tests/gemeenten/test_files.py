"""`werktloont gemeente list|check|new`, `params check` on every overlay, and a newer overlay in the user's folder."""

from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from werktloont.params import gemeente_override, load_pack

OVERLAYS = sorted((ROOT / "parameters" / "gemeenten").glob("*.yaml"))


def test_at_least_eight_real_municipalities():
    real = [p for p in OVERLAYS if "example: false" in p.read_text(encoding="utf-8")]
    assert len(real) >= 8
    assert {"amsterdam", "rotterdam", "den_haag", "utrecht"} <= {p.stem for p in real}


@pytest.mark.parametrize("path", OVERLAYS, ids=lambda p: p.stem)
def test_gemeente_check_and_params_check_pass(path):
    for cmd in (("gemeente", "check"), ("params", "check")):
        r = run_cli(*cmd, path)
        assert r.returncode == 0, r.stderr
        assert r.stdout.startswith("In orde")


def test_check_names_scheme_field_and_date(tmp_path):
    text = (ROOT / "parameters" / "gemeenten" / "midden_drenthe.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "midden_drenthe.yaml"
    bad.write_text(text.replace("        reference_months: 36\n", ""), encoding="utf-8")
    r = run_cli("gemeente", "check", bad)
    assert r.returncode != 0
    assert "individuele_inkomenstoeslag" in r.stderr and "reference_months" in r.stderr
    assert "2025-01-01" in r.stderr and "referteperiode" in r.stderr


def test_check_refuses_amount_without_source_url(tmp_path):
    text = (ROOT / "parameters" / "gemeenten" / "kerkrade.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "kerkrade.yaml"
    bad.write_text(text.replace("            url: https://www.kerkrade.nl/individuele-inkomenstoeslag\n", "", 1),
                   encoding="utf-8")
    r = run_cli("gemeente", "check", bad)
    assert r.returncode != 0 and "bron met url of publicatie" in r.stderr and "2024-01-01" in r.stderr


def test_new_writes_a_template_that_passes_check(tmp_path):
    r = run_cli("gemeente", "new", "'s-Hertogenbosch", "--map", tmp_path)
    assert r.returncode == 0, r.stderr
    path = tmp_path / "s_hertogenbosch.yaml"
    assert path.exists() and "unknown:" in path.read_text(encoding="utf-8")
    r = run_cli("gemeente", "check", path)
    assert r.returncode == 0, r.stderr
    again = run_cli("gemeente", "new", "'s-Hertogenbosch", "--map", tmp_path)
    assert again.returncode != 0 and "bestaat al" in again.stderr


def test_list_shows_amounts_limits_and_unknowns():
    r = run_cli("gemeente", "list", "--datum", "2026-07-01")
    assert r.returncode == 0, r.stderr
    assert "Alphen aan den Rijn" in r.stdout and "€ 601,00" in r.stdout and "gemiddeld over 36 maanden" in r.stdout
    assert "ONBEKEND" in r.stdout and "CVDR734407" in r.stdout


def _newer_kerkrade(folder: Path, version: str, amount: str = "445") -> Path:
    text = (ROOT / "parameters" / "gemeenten" / "kerkrade.yaml").read_text(encoding="utf-8")
    text = text.replace('version: "2026.11.1"', f'version: "{version}"').replace("alleenstaande: 445",
                                                                                  f"alleenstaande: {amount}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kerkrade.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_newer_overlay_in_user_folder_wins(tmp_path):
    gemeente_override.clear_cache()
    pack = load_pack()
    _newer_kerkrade(tmp_path, "2026.12.1", "450")
    got = gemeente_override.overlays(pack, [tmp_path])["kerkrade"]
    assert got.version == "2026.12.1"
    assert got.schemes[0].values["2024-01-01"].amounts["alleenstaande"] == 450
    assert gemeente_override.origin(pack, "kerkrade", [tmp_path]) == str(tmp_path)


def test_older_or_invalid_overlay_in_user_folder_is_not_used(tmp_path):
    gemeente_override.clear_cache()
    pack = load_pack()
    _newer_kerkrade(tmp_path / "old", "2026.1.1", "999")
    assert gemeente_override.overlays(pack, [tmp_path / "old"])["kerkrade"] is pack.overlays["kerkrade"]
    bad = _newer_kerkrade(tmp_path / "bad", "2027.1.1")
    bad.write_text(bad.read_text(encoding="utf-8").replace("        reference_months: 36\n", ""), encoding="utf-8")
    assert gemeente_override.overlays(pack, [tmp_path / "bad"])["kerkrade"] is pack.overlays["kerkrade"]
    notice = gemeente_override.notices(pack, [tmp_path / "bad"])[0]
    assert "geweigerd" in notice and "reference_months" in notice


def test_user_folder_overlay_reaches_the_cli(tmp_path):
    _newer_kerkrade(tmp_path / "werktloont" / "gemeenten", "2026.12.1", "450")
    env = {"XDG_DATA_HOME": str(tmp_path), "WERKTLOONT_PARAMETERS": ""}
    r = run_cli("gemeente", "list", "--datum", "2024-07-01", env=env)
    assert r.returncode == 0, r.stderr
    assert "€ 450,00" in r.stdout and "nieuwere versie" in r.stdout
