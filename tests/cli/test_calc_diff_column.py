"""`werktloont calc` text: the Verschil column shows a cost increase with a minus, as the window and the report do,
so the column adds up to the difference in Te besteden."""

import json
import re

from tests.conftest import run_cli

CASE = {"format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 35}], "children": [], "cost_sharers": 0,
                      "rent": {"base_rent": 650.0, "service_costs": 40.0}},
        "assets": {"savings": 0.0},
        "job": {"hourly_wage": 14.71, "hours_per_week": 24, "start": "2026-03-01", "travel_costs": 30.0}}

_AMOUNT = re.compile(r"([+-]?)€ ([\d.]+,\d\d)")


def _value(cell: str) -> float:
    m = _AMOUNT.fullmatch(cell.strip())
    assert m, cell
    v = float(m.group(2).replace(".", "").replace(",", "."))
    return -v if m.group(1) == "-" else v


def test_travel_costs_show_as_minus_and_the_column_adds_up(tmp_path):
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    out = run_cli("calc", path)
    assert out.returncode == 0, out.stderr
    rows = {}
    for line in out.stdout.splitlines():
        cells = [c for c in re.split(r"\s{2,}", line.strip()) if c]
        if len(cells) >= 3 and _AMOUNT.fullmatch(cells[1].strip() or "x"):
            rows[cells[0]] = cells[3] if len(cells) == 4 else ""
    # Reiskosten: € 0 without the job, € 30 with it: the money to spend goes down by € 30.
    travel = next(k for k in rows if k.startswith("Reiskosten"))
    assert rows[travel] == "-€ 30,00"
    total_key = next(k for k in rows if k.startswith("Te besteden"))
    parts = sum(_value(v) for k, v in rows.items() if v and k != total_key)
    assert abs(parts - _value(rows[total_key])) < 0.015


def test_every_row_of_the_table_is_aligned(tmp_path):
    # A long label (e.g. "Eigen inkomen huishouden (netto)", 32 characters) must not shift its amounts.
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    lines = run_cli("calc", path).stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.rstrip().endswith("verschil"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Te besteden"))
    rows = lines[start:end + 1]
    assert len(rows) >= 6 and len({len(line) for line in rows}) == 1  # every row as wide: the columns line up
