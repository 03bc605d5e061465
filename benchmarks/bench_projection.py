"""The answer read from one projection: how long a calculation, a curve and a batch line take (run on demand).

    python benchmarks/bench_projection.py [--src DIR] [--repeat N]

Prints medians in milliseconds for three households (the engine benchmark's single parent with childcare and a
municipality, the young man with the car of the seed story, a couple with a job of their own). `--src` runs the
same against another source tree (`git archive COMMIT src parameters | tar -x -C /tmp/old`, then
`--src /tmp/old/src`) in its own process, so before and after are measured one after the other. Targets:
`api.calculate` with the projection <= 2 ms, `api.curve` of 6.001 points <= 3 ms, a batch of 100.000 <= 6 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

CASES = {
    "single parent, childcare, municipality": {
        "format": "werktloont-case/1", "date": "2026-01-01",
        "household": {"adults": [{"age": 35}], "children": [
            {"age": 4, "childcare": {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 10.5}}, {"age": 8}],
            "rent": {"base_rent": 750.0, "service_costs": 40.0}},
        "assets": {"savings": 1500.0},
        "job": {"hourly_wage": 14.71, "hours_per_week": 24, "travel_costs": 30.0},
        "municipality": "voorbeeldgemeente"},
    "22, a car in his name, 12-month contract": {
        "format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 22}], "rent": {"base_rent": 600.0}},
        "assets": {"savings": 300.0, "changes": [{"month": "2026-03", "kind": "auto", "value": 46000.0,
                                                   "reported": False, "discovered": "2026-10"}]},
        "job": {"hours_per_week": 24, "start": "2026-03-01", "contract_months": 12}},
    "couple, partner works 12 h, offer 24 h": {
        "format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 35}, {"age": 33, "current_job": {"hourly_wage": 15.0,
                                                                           "hours_per_week": 12}}],
                      "rent": {"base_rent": 700.0}},
        "job": {"hours_per_week": 24, "hourly_wage": 16.0}},
}


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 2)


def measure(repeat: int) -> dict:
    """Run in the process whose sys.path has the source tree to measure."""
    from werktloont import api

    out = {}
    for name, case in CASES.items():
        api.calculate(case)  # warm-up: the pack, the caches of every parameter day
        row = {"api.calculate": _median_ms(lambda c=case: api.calculate(c), repeat),
               "api.curve 6.001": _median_ms(lambda c=case: api.curve(c, "wage", 0.0, 60.0, 0.01), max(repeat // 2, 3)),
               "batch, per line": _median_ms(lambda c=case: api.batch([c] * 20), max(repeat // 5, 3)) / 20}
        if hasattr(api, "prepare"):  # the window: prepared once, then the answer and both curves
            def window(c=case):
                prepared = api.prepare(c)
                api.calculate(prepared, timeline=False)
                api.curve(prepared, "hours", 0.0, 40.0, 0.5, view="lasting")
                api.curve(prepared, "wage", 14.71, 40.0, 0.05, view="lasting")
            row["window keystroke"] = _median_ms(window, max(repeat // 2, 3))
        out[name] = row
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", help="another source tree to measure as well (before)")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.repeat)))
        return 0
    runs = {}
    here = Path(__file__).resolve().parents[1] / "src"
    for label, src in (("before", args.src), ("now", str(here))):
        if src is None:
            continue
        me = str(Path(__file__).resolve())
        code = (f"import sys; sys.path.insert(0, {src!r}); sys.argv = [{me!r}, '--child', '--repeat', "
                f"'{args.repeat}']; __file__ = {me!r}; exec(open({me!r}).read())")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        runs[label] = json.loads(done.stdout.strip().splitlines()[-1])
    for name in CASES:
        print(name)
        for key in runs["now"][name]:
            cells = [f"{label} {runs[label][name].get(key, '-')} ms" for label in runs]
            print(f"  {key:<20} " + "   ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
