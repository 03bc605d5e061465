"""The month pipeline counts the kindgebonden budget's age supplements with the age limits of each month's
parameters (Wet op het kindgebonden budget art. 2 lid 3-5), so a later version of those limits reaches the months
from its date on, in the timeline and in the proefberekening alike."""

import shutil
from datetime import date
from pathlib import Path

import yaml

from werktloont import api
from werktloont.engine.toeslagen import toeslagen
from werktloont.params import load_pack

PACK = Path(__file__).resolve().parents[2] / "parameters"
FICTITIOUS_FROM = date(2026, 7, 1)  # a period of the real pack; the value below is made up for this test only
CASE = {"date": "2026-03-01", "household": {"adults": [{"age": 35}], "children": [{"age": 15}]}}


def pack_with_another_age_limit(tmp_path: Path, start: date = FICTITIOUS_FROM):
    """The real pack plus a fictitious version of art. 2 lid 4-5 from `start`: the higher supplement from 15."""
    root = tmp_path / "pack"
    shutil.copytree(PACK, root)
    manifest = yaml.safe_load((root / "manifest.yaml").read_text(encoding="utf-8"))
    manifest.pop("checksums", None)  # a test pack under development: unsealed (see params/integrity.py)
    (root / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    path = root / "kindgebonden_budget.yaml"
    kgb = yaml.safe_load(path.read_text(encoding="utf-8"))
    values = kgb["parameters"]["verhoging_16_17_vanaf_leeftijd"]["values"]
    values[start] = dict(values[date(2026, 1, 1)], value=15)  # YAML reads the keys as dates
    path.write_text(yaml.safe_dump(kgb, allow_unicode=True), encoding="utf-8")
    return load_pack(root)


def kgb_per_month(result) -> dict[str, float]:
    return {e["month"]: e["kindgebonden_budget"] for e in result["timeline"]}


def test_a_later_age_limit_reaches_the_months_from_its_date(tmp_path):
    real = kgb_per_month(api.calculate(CASE))
    changed = kgb_per_month(api.calculate(CASE, pack=pack_with_another_age_limit(tmp_path)))
    # Single parent on bijstand, one child of 15, toetsingsinkomen below the drempelinkomen (no afbouw), 2026:
    # art. 2 lid 2 € 2.580 + lid 4 (15: "12 jaar of ouder, maar jonger ... dan 16") € 724 + lid 6 € 3.416
    # = € 6.720 a year = € 560,00 a month.
    assert real["2026-03"] == real["2026-06"] == real["2026-07"] == real["2026-12"] == 560.0
    # Fictitious from July: the child of 15 gets the lid 5 supplement instead: 2.580 + 964 + 3.416 = 6.960 a year
    # = € 580,00 a month; the months before keep the real limit.
    assert changed["2026-03"] == changed["2026-06"] == 560.0
    assert changed["2026-07"] == changed["2026-12"] == 580.0


def test_the_proefberekening_reads_the_limit_of_its_year(tmp_path):
    data = {"year": 2026, "toetsingsinkomen": 20_000.0, "household": CASE["household"]}
    # The law's limit (16): the child of 15 gets lid 4, 2.580 + 724 + 3.416 = 6.720 a year, 560 a month.
    assert api.toeslagen(data)["kindgebonden_budget"] == {"per_month": 560, "per_year": 6720.0}
    # A fictitious version from 1 January 2026 (the day the proefberekening of 2026 reads): lid 5 instead,
    # 2.580 + 964 + 3.416 = 6.960 a year, 580 a month.
    pack = pack_with_another_age_limit(tmp_path, date(2026, 1, 1))
    assert toeslagen(data, pack=pack)["kindgebonden_budget"] == {"per_month": 580, "per_year": 6960.0}
