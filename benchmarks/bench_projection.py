"""The answer read from one projection: how long a calculation, a curve and a batch line take (run on demand).

    python benchmarks/bench_projection.py [--src DIR] [--repeat N] [--rounds R] [--cpu] [--spread]

Prints medians in milliseconds for three households (the engine benchmark's single parent with childcare and a
municipality, the young man with the car of the seed story, a couple with a job of their own). "window's two
curves": the hours and wage curves in the lasting view of a case prepared and answered just before (not timed), as
the window asks them after every keystroke. `--src` runs the
same against another source tree (`git archive COMMIT src parameters | tar -x -C /tmp/old`, then
`--src /tmp/old/src`) in its own process, so before and after are measured one after the other; `--rounds R`
alternates them R times and prints the median of the rounds (a shared machine's load comes and goes), `--cpu`
measures the thread's CPU time instead of the wall time (less sensitive to other work on the machine), `--spread`
adds the quickest and the slowest round to each median. Targets:
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


CLOCK = time.perf_counter


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = CLOCK()
        fn()
        times.append((CLOCK() - t) * 1000)
    return round(statistics.median(times), 2)


def _median_after(setup, fn, repeat: int) -> float:
    """fn(setup()) timed without its setup."""
    times = []
    for _ in range(repeat):
        ready = setup()
        t = CLOCK()
        fn(ready)
        times.append((CLOCK() - t) * 1000)
    return round(statistics.median(times), 2)


def _answered(case):
    """A case as the window has it when it asks for the curves: prepared, its answer computed."""
    from werktloont import api

    prepared = api.prepare(case)
    api.calculate(prepared, timeline=False)
    return prepared


def _window_curves(prepared) -> None:
    from werktloont import api

    api.curve(prepared, "hours", 0.0, 40.0, 0.5, view="lasting")
    api.curve(prepared, "wage", 14.71, 40.0, 0.05, view="lasting")


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
            row["window's two curves"] = _median_after(lambda c=case: _answered(c), _window_curves,
                                                       max(repeat // 2, 3))
        out[name] = row
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", help="another source tree to measure as well (before)")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=1, help="alternate before and now this many times")
    parser.add_argument("--cpu", action="store_true", help="the thread's CPU time instead of the wall time")
    parser.add_argument("--spread", action="store_true", help="also the quickest and slowest round")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        global CLOCK
        CLOCK = time.thread_time if args.cpu else time.perf_counter
        print(json.dumps(measure(args.repeat)))
        return 0
    rounds: dict[str, list[dict]] = {}
    here = Path(__file__).resolve().parents[1] / "src"
    for _ in range(max(args.rounds, 1)):
        for label, src in (("before", args.src), ("now", str(here))):
            if src is not None:
                rounds.setdefault(label, []).append(_child(src, args))
    for name in CASES:
        print(name)
        for key in rounds["now"][0][name]:
            cells = [f"{label} {_middle([r[name].get(key) for r in runs], args.spread)} ms"
                     for label, runs in rounds.items()]
            print(f"  {key:<20} " + "   ".join(cells))
    return 0


def _child(src: str, args) -> dict:
    me = str(Path(__file__).resolve())
    extra = ", '--cpu'" if args.cpu else ""
    code = (f"import sys; sys.path.insert(0, {src!r}); sys.argv = [{me!r}, '--child', '--repeat', "
            f"'{args.repeat}'{extra}]; __file__ = {me!r}; exec(open({me!r}).read())")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _middle(values: list, spread: bool = False) -> str:
    """The median of the rounds; with `spread`, the quickest and the slowest round after it."""
    known = [v for v in values if v is not None]
    if not known:
        return "-"
    return f"{statistics.median(known):.2f}" + (f" ({min(known):.2f}-{max(known):.2f})" if spread else "")


if __name__ == "__main__":
    raise SystemExit(main())
