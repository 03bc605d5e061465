"""`werktloont --version` and `werktloont params list|check|diff` on the REAL pack (`--version` through the entry point
in a new process, the others in-process)."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, run_cli, run_cli_subprocess
from werktloont import __version__
from werktloont.params import load_pack

PACK_DIR = ROOT / "parameters"
ENV = {"WERKTLOONT_PARAMETERS": str(PACK_DIR)}  # the real pack, whatever the caller's environment says


def cli(*args):
    return run_cli(*args, env=ENV, cwd=ROOT, timeout=60)


def assert_calm(result):
    """No Python traceback reaches the user."""
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK_DIR)


def test_version_shows_package_and_pack(pack):
    r = run_cli_subprocess("--version", env=ENV, cwd=ROOT, timeout=60)  # `python -m werktloont` as installed
    assert r.returncode == 0, r.stderr
    assert f"werktloont {__version__}" in r.stdout
    assert f"parameterpakket {pack.version}" in r.stdout
    start, end = pack.coverage
    assert f"{start.isoformat()} t/m {end.isoformat()}" in r.stdout


def test_params_list_mentions_every_regulation_and_the_unknowns(pack):
    r = cli("params", "list")
    assert r.returncode == 0, r.stderr
    assert_calm(r)
    out = r.stdout
    assert f"Parameterpakket {pack.version}" in out
    for period in pack.manifest.periods:
        assert period in out
    lines = out.splitlines()
    for name in pack.manifest.regulations:
        assert any(line.startswith(name + " ") for line in lines), f"regeling {name} ontbreekt in de lijst"
    unknowns = [e for entries in pack.index.values() for e in entries if e.unknown is not None]
    assert unknowns
    assert "Onbekende waarden" in out
    for e in unknowns:
        assert f"{e.id} vanaf {e.start.isoformat()}: {e.unknown}" in out


def test_params_diff_july_2026_shows_bijstand_norm_with_source():
    r = cli("params", "diff", "2026-01-01", "2026-07-01")
    assert r.returncode == 0, r.stderr
    assert_calm(r)
    lines = r.stdout.splitlines()
    idx = next(i for i, line in enumerate(lines) if "(bijstand.norm_alleenstaande_21)" in line)
    block = lines[idx:idx + 4]
    # Participatiewet art. 21 onder a: € 1.401,50 geldend 2026-01-01, € 1.419,46 geldend 2026-07-01
    assert block[1].strip().startswith("2026-01-01: € 1.401,50")
    assert block[2].strip().startswith("2026-07-01: € 1.419,46")
    assert block[3].strip().startswith("bron: ")
    assert "Participatiewet" in block[3] and "21" in block[3]
    assert "gewijzigd" in lines[-1] and "ongewijzigd" in lines[-1]


def test_params_diff_shows_reason_for_unknown():
    # awir.terugvordering_drempel is unknown in 2025 and in 2026: not a change, but listed as still unknown
    r = cli("params", "diff", "2025-01-01", "2026-01-01")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("Onbekend op 2026-01-01"))
    idx = next(i for i, line in enumerate(lines) if i > head and line.strip() == "awir.terugvordering_drempel")
    assert lines[idx + 1].strip().startswith("reden: Niet gevonden")


def test_params_diff_date_outside_pack_exits_2_in_dutch():
    r = cli("params", "diff", "2024-01-01", "2026-07-01")
    assert r.returncode == 2
    assert_calm(r)
    assert "valt buiten het parameterpakket" in r.stderr
    assert "2024-01-01" in r.stderr
    assert r.stdout == ""


def test_params_diff_invalid_date_exits_2():
    r = cli("params", "diff", "2026-13-01", "2026-07-01")
    assert r.returncode == 2
    assert_calm(r)
    assert "geen geldige datum" in r.stderr
    assert "2026-13-01" in r.stderr


def test_params_check_real_regulation_file():
    r = cli("params", "check", "parameters/bijstand.yaml")
    assert r.returncode == 0, r.stderr
    assert_calm(r)
    assert r.stdout.startswith("In orde: parameters/bijstand.yaml")
    assert "regeling bijstand" in r.stdout


@pytest.mark.parametrize("name", ["manifest", "vermogen", "zorgtoeslag", "gemeenten/voorbeeldgemeente"])
def test_params_check_other_real_files(name):
    r = cli("params", "check", f"parameters/{name}.yaml")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("In orde:")


def test_params_diff_without_real_change_reports_nothing():
    # bijstand.verhoging_18_20_zonder_ouders and huurtoeslag.afbouw_percent_* start on 2026-01-01:
    # between 2025-01-01 and 2025-01-02 nothing changes at all.
    r = cli("params", "diff", "2025-01-01", "2025-01-02")
    assert r.returncode == 0, r.stderr
    assert "geen waarde" not in r.stdout
    assert r.stdout.splitlines()[-1].startswith("0 gewijzigd")
