"""Timeline benchmark (run on demand: python benchmarks/bench_timeline.py). Target: 24 months for one
case in <= 5 ms (median, after warm-up). The case has a 6-month contract, WW, a child in childcare and savings."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from werktloont.engine.timeline import project  # noqa: E402
from werktloont.model.case import parse_case  # noqa: E402
from werktloont.params import load_pack  # noqa: E402

CASE = {
    "format": "werktloont-case/1", "date": "2026-03-01",
    "household": {"adults": [{"age": 35}], "children": [
        {"age": 4, "birthday_month": 9,
         "childcare": {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 10.5}}],
        "cost_sharers": 0, "rent": {"base_rent": 750.0, "service_costs": 40.0}},
    "assets": {"savings": 6000.0, "savings_per_month": 300.0},
    "job": {"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01", "contract_months": 6},
    "municipality": "voorbeeldgemeente",
}


def main() -> int:
    case, pack = parse_case(CASE), load_pack()
    project(case, pack)
    times = []
    for _ in range(100):
        t = time.perf_counter()
        project(case, pack)
        times.append((time.perf_counter() - t) * 1000)
    med = statistics.median(times)
    print(f"timeline, 24 months, one case: median {med:.2f} ms (target <= 5 ms) {'OK' if med <= 5 else 'TOO SLOW'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
