"""Engine benchmarks (run on demand: python benchmarks/bench_engine.py). Prints medians against the targets.

Targets: full curve of 6.001 points with all regulations <= 2 ms; one calculate <= 1 ms after warm-up; batch
of 100.000 cases <= 10 s; the same curve as a plain Python loop, for the ratio; one `api.toeslagen` call
(proefberekening) <= 50 µs. `--only toeslagen` runs the last one alone (a few seconds instead of a minute);
figures before and after a change are in docs/performance.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from werktloont.api import batch, calculate, toeslagen  # noqa: E402
from werktloont.engine.curve import curve  # noqa: E402
from werktloont.model.case import parse_case  # noqa: E402

CASE = {
    "format": "werktloont-case/1", "date": "2026-01-01",
    "household": {"adults": [{"age": 35}], "children": [
        {"age": 4, "childcare": {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 10.5}}, {"age": 8}],
        "cost_sharers": 0, "rent": {"base_rent": 750.0, "service_costs": 40.0}},
    "assets": {"savings": 1500.0},
    "job": {"hourly_wage": 14.71, "hours_per_week": 24, "travel_costs": 30.0},
    "municipality": "voorbeeldgemeente",
}


# api.toeslagen: each call at another toetsingsinkomen, so nothing keyed by the whole input can help.
TOESLAGEN = {
    "single, no rent, no children": {
        "year": 2026, "household": {"adults": [{"age": 35}]}},
    "single parent, rent, 2 children, childcare": {
        "year": 2026, "household": CASE["household"], "assets": {"savings": 1500.0}},
}


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def toeslagen_us(data: dict, calls: int = 20_000) -> float:
    """Median of single `api.toeslagen` calls in µs, the toetsingsinkomen changing from call to call."""
    incomes = [12_000.0 + 3.7 * i for i in range(calls)]
    for ti in incomes[:500]:
        toeslagen(dict(data, toetsingsinkomen=ti))
    times = []
    for ti in incomes:
        inp = dict(data, toetsingsinkomen=ti)
        t = time.perf_counter()
        toeslagen(inp)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e6


def print_toeslagen() -> None:
    for label, data in TOESLAGEN.items():
        print(f"api.toeslagen, {label + ':':44s} median {toeslagen_us(data):6.1f} µs   target <= 50 µs")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["toeslagen"], help="run one benchmark only")
    if parser.parse_args().only == "toeslagen":
        print_toeslagen()
        return 0
    case = parse_case(CASE)
    calculate(case)
    from werktloont.engine.compose import compute_month
    from werktloont.engine.curve import axis, evaluate_axis
    from werktloont.params import load_pack

    x = axis(0.0, 60.0, 0.01)  # 6.001 wage points
    assert len(x) == 6001
    t_engine = median_ms(lambda: evaluate_axis(case, "wage", x), 50)
    t_curve = median_ms(lambda: curve(case, over="wage", start=0.0, stop=60.0, step=0.01), 20)
    t_calc = median_ms(lambda: calculate(case, timeline=False), 200)
    t_calc_dict = median_ms(lambda: calculate(CASE, timeline=False), 200)
    t_calc_full = median_ms(lambda: calculate(case), 50)

    pack = load_pack()
    snap = pack.at(case.on)
    from werktloont.engine.household import household_arrays
    hh = household_arrays([case])

    def loop():
        for w in x[:600]:
            compute_month(snap, hh, hourly_wage=float(w), hours_per_week=24.0, months_into_job=1,
                          childcare_scale=1.0)
    t_loop = median_ms(loop, 3) * 10  # 600 points timed, scaled to 6.001

    cases = []
    for i in range(100_000):
        c = dict(CASE)
        c["job"] = dict(CASE["job"], hours_per_week=float(i % 41), hourly_wage=14.71 + (i % 300) / 10)
        c["household"] = dict(CASE["household"], adults=[{"age": 18 + i % 49}])
        cases.append(c)
    t = time.perf_counter()
    out = batch(cases)
    t_batch = time.perf_counter() - t
    assert len(out) == 100_000 and not any("error" in r for r in out)

    print(f"engine, curve of 6.001 points (arrays only): median {t_engine:8.2f} ms   target <= 2 ms")
    print(f"curve() incl. JSON-ready lists and ranges:   median {t_curve:8.2f} ms")
    print(f"calculate(), validated Case, no timeline:    median {t_calc:8.2f} ms   target <= 1 ms")
    print(f"calculate(), dict incl. validation:          median {t_calc_dict:8.2f} ms")
    print(f"calculate() incl. the 24-month timeline:     median {t_calc_full:8.2f} ms   (timeline target <= 5 ms)")
    print(f"same curve as a Python loop (scaled):        median {t_loop:8.1f} ms   ratio {t_loop / t_engine:,.0f}x")
    print(f"batch of 100.000 cases:                      {t_batch:8.2f} s    target <= 10 s")
    print_toeslagen()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
