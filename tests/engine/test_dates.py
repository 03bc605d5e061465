"""Dates are resolved one way: by day, in calculate and in every month of the timeline alike."""

import shutil
from datetime import date
from pathlib import Path

import yaml

from werktloont.engine.calculate import calculate
from werktloont.params import load_pack

PACK = Path(__file__).resolve().parents[2] / "parameters"
TEST_NORM = 1500.00  # a made-up norm for this test pack only, from a mid-month date


def pack_with_mid_month_norm(tmp_path: Path):
    """The real pack plus one period starting on 15 March 2026 in which the single person's norm changes."""
    root = tmp_path / "pack"
    shutil.copytree(PACK, root)
    manifest = yaml.safe_load((root / "manifest.yaml").read_text(encoding="utf-8"))
    manifest["periods"] = sorted([*manifest["periods"], "2026-03-15"])
    manifest.pop("checksums", None)  # a test pack under development: unsealed (see params/integrity.py)
    (root / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    bijstand = yaml.safe_load((root / "bijstand.yaml").read_text(encoding="utf-8"))
    values = bijstand["parameters"]["norm_alleenstaande_21"]["values"]
    values[date(2026, 3, 15)] = dict(values[date(2026, 1, 1)], value=TEST_NORM)  # YAML reads the keys as dates
    (root / "bijstand.yaml").write_text(yaml.safe_dump(bijstand, allow_unicode=True), encoding="utf-8")
    return load_pack(root)


def test_case_month_uses_the_case_day_and_later_months_their_first_day(tmp_path):
    pack = pack_with_mid_month_norm(tmp_path)
    case = {"date": "2026-03-20", "household": {"adults": [{"age": 35}]}}
    r = calculate(case, pack=pack)
    # 20 March: the norm of 15 March applies; the client has no other income, so bijstand = the norm.
    assert r["without_job"]["bijstand"] == TEST_NORM
    months = {e["month"]: e for e in r["timeline"]}
    # The case month follows the case day, as calculate does (before: the period of 1 January, € 1.401,50).
    assert months["2026-03"]["bijstand"] == TEST_NORM
    assert months["2026-04"]["bijstand"] == TEST_NORM and months["2026-04"]["parameters_from"] == "2026-03-15"
    # From 1 July 2026 the norm of the real pack: € 1.419,46 (Participatiewet art. 21 onderdeel a, 2026-07-01).
    assert months["2026-07"]["bijstand"] == 1419.46


def test_a_case_before_the_change_day_keeps_the_old_norm_in_its_month(tmp_path):
    pack = pack_with_mid_month_norm(tmp_path)
    r = calculate({"date": "2026-03-01", "household": {"adults": [{"age": 35}]}}, pack=pack)
    # 1 March: the norm of 1 January 2026, € 1.401,50 (art. 21 onderdeel a, geldend 2026-01-01).
    assert r["without_job"]["bijstand"] == 1401.50
    months = {e["month"]: e for e in r["timeline"]}
    assert months["2026-03"]["bijstand"] == 1401.50 and months["2026-04"]["bijstand"] == TEST_NORM
