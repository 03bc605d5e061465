"""Where a calculation and a batch line spend their time, part by part (run on demand).

    python benchmarks/bench_parts.py [--calls N] [--lines N]

Wraps the parts of `werktloont.engine.calculate.calculate` (the projection, the explanations, the cash calendar,
the follow-up, reading the case) in timers of the thread's CPU time, then:
- calls `api.calculate` N times for each household of `bench_projection.py` and prints each part per call, and what
  the call costs outside the projection (the floor the projection cannot lower);
- runs `engine.batch` over N lines of `bench_batch.py`'s generated households (a different household on nearly
  every line), adds the words as `api.batch` does and writes each line with `json`, and prints each part per line,
  the line's length, and what a line without the cash calendar and the follow-up would take to write.
The targets (docs/performance.md): `api.calculate` <= 2 ms, a batch line 60 us (100.000 lines in 6 s).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bench_batch import case as batch_case  # noqa: E402
from bench_projection import CASES  # noqa: E402

import werktloont.engine.calculate as calc_module  # noqa: E402
from werktloont import api  # noqa: E402
from werktloont.engine import batch as batch_module  # noqa: E402
from werktloont.params import load_pack  # noqa: E402
from werktloont.texts import render_batch_line  # noqa: E402

SPENT: dict[str, int] = {}
# The parts of a line that are the cash calendar and what is read from it.
CALENDAR_KEYS = ("cash_calendar", "followup", "first_month_gap")


def _timed(holder, name: str, label: str) -> None:
    inner = getattr(holder, name)

    @functools.wraps(inner)
    def timed(*args, **kwargs):
        start = time.thread_time_ns()
        try:
            return inner(*args, **kwargs)
        finally:
            SPENT[label] = SPENT.get(label, 0) + time.thread_time_ns() - start

    setattr(holder, name, timed)


def _wrap_parts() -> None:
    for name in ("prepare", "projection", "read", "_explanations"):
        _timed(calc_module, name, name.strip("_"))
    _timed(calc_module.cash_calendar, "calendar_of", "cash calendar")
    _timed(calc_module.followup, "followup", "follow-up")
    _timed(calc_module.followup, "first_month_gap", "first month's gap")


def _print_parts(per: int, unit: str) -> None:
    for label, ns in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"    {label:34s} {ns / per / 1e3:8.0f} us {unit}")


def calculations(calls: int) -> None:
    for name, data in CASES.items():
        for _ in range(30):
            api.calculate(data)
        SPENT.clear()
        start = time.thread_time_ns()
        for _ in range(calls):
            api.calculate(data)
        total = time.thread_time_ns() - start
        print(f"api.calculate, {name}: {total / calls / 1e6:.2f} ms a call; outside the projection "
              f"{(total - SPENT['projection']) / calls / 1e6:.2f} ms")
        _print_parts(calls, "a call")


def batch_lines(lines: int) -> None:
    cases = [batch_case(i) for i in range(lines)]
    pack = load_pack()
    batch_module.batch([batch_case(lines + i) for i in range(20)], pack)  # warm up on other households
    SPENT.clear()
    t0 = time.thread_time_ns()
    answers = batch_module.batch(cases, pack)
    t1 = time.thread_time_ns()
    worded = [render_batch_line(line, "nl") for line in answers]
    t2 = time.thread_time_ns()
    written = [json.dumps(line, ensure_ascii=False) for line in worded]
    t3 = time.thread_time_ns()
    lean = [{k: v for k, v in line.items() if k not in CALENDAR_KEYS} for line in worded]
    t4 = time.thread_time_ns()
    lean_written = [json.dumps(line, ensure_ascii=False) for line in lean]
    t5 = time.thread_time_ns()
    calendar = sum(len(json.dumps(line.get("cash_calendar"), ensure_ascii=False)) for line in worded)
    print(f"batch, {lines} lines of different households: engine {(t1 - t0) / lines / 1e3:.0f} us a line, words "
          f"{(t2 - t1) / lines / 1e3:.0f} us, json {(t3 - t2) / lines / 1e3:.0f} us for "
          f"{sum(map(len, written)) / lines:.0f} characters (the cash calendar {calendar / lines:.0f})")
    print(f"    without {', '.join(CALENDAR_KEYS)}: json {(t5 - t4) / lines / 1e3:.0f} us for "
          f"{sum(map(len, lean_written)) / lines:.0f} characters")
    _print_parts(lines, "a line")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=400)
    ap.add_argument("--lines", type=int, default=300)
    args = ap.parse_args()
    _wrap_parts()
    calculations(args.calls)
    batch_lines(args.lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
