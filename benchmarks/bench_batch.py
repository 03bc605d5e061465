"""Batch benchmark: peak memory (RSS) and wall time of `werktloont batch FILE --out OUT` on a generated JSONL file.

Run on demand: `python benchmarks/bench_batch.py [--lines 100000] [--jobs N] [--keep DIR] [--src DIR]`; to
compare with an earlier commit: `git archive COMMIT src parameters | tar -x -C /tmp/old` and `--src /tmp/old/src`.
Needs GNU time (`/usr/bin/time -v`) for the peak RSS; without it only the wall time is printed. Not a pytest
module.

The input mixes single adults and couples, children with childcare, rents, four dates in two parameter periods,
three municipalities and one bad line in every 500 (refused with {"error", "line"}), so the engine's grouping per
date and municipality and the error path both run. Target: peak RSS independent of the number of lines (the
batch streams); about 100 MB is the interpreter with numpy, pydantic and the parameter pack loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATES = ("2025-03-01", "2025-09-15", "2026-01-01", "2026-11-29")
MUNICIPALITIES = (None, "voorbeeldgemeente", "utrecht")


def case(i: int) -> dict:
    """A valid case that differs per line (ages, hours, rent, children), deterministic in `i`."""
    adults = [{"age": 18 + i % 49}] + ([{"age": 20 + i % 45}] if i % 3 == 0 else [])
    children = [{"age": (i + k) % 17} for k in range(i % 4)]
    if children and i % 2:
        children[0]["childcare"] = {"type": "dagopvang", "hours_per_month": 40 + i % 60, "hourly_price": 9.5}
    out = {"format": "werktloont-case/1", "date": DATES[i % len(DATES)],
           "household": {"adults": adults, "children": children, "cost_sharers": 0,
                         "rent": {"base_rent": 450.0 + i % 500, "service_costs": 30.0}},
           "assets": {"savings": float(i % 9000)},
           "job": {"hours_per_week": 4 + i % 36, "travel_costs": float(i % 50)}}
    municipality = MUNICIPALITIES[i % len(MUNICIPALITIES)]
    if municipality:
        out["municipality"] = municipality
    return out


def write_input(path: Path, lines: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(lines):
            if i % 500 == 499:
                fh.write('{"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": []}}\n')
            else:
                fh.write(json.dumps(case(i)) + "\n")


def measure(args: list[str], env: dict) -> tuple[float, int | None, int]:
    """(wall seconds, peak RSS in kB or None, exit status) of one run."""
    gnu_time = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
    cmd = [sys.executable, "-m", "werktloont", *args]
    start = time.perf_counter()
    if gnu_time:
        proc = subprocess.run([gnu_time, "-v", *cmd], capture_output=True, text=True, env=env)
        wall = time.perf_counter() - start
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
        return wall, int(found.group(1)) if found else None, proc.returncode
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    return time.perf_counter() - start, None, proc.returncode


def _nl(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=0, help="pass --jobs N to the batch (0: leave it out)")
    parser.add_argument("--keep", help="keep input and output in this folder")
    parser.add_argument("--src", default=str(ROOT / "src"),
                        help="the src/ folder to measure (e.g. an older release unpacked with git archive)")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="werktloont-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    src, out = folder / "in.jsonl", folder / "out.jsonl"
    write_input(src, args.lines)
    env = dict(os.environ, PYTHONPATH=args.src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cli = ["batch", str(src), "--out", str(out)] + (["--jobs", str(args.jobs)] if args.jobs else [])
    wall, rss, status = measure(cli, env)
    with open(out, "rb") as fh:
        produced = sum(1 for _ in fh)
    size_mb = src.stat().st_size / 1e6
    print(f"batch of {_nl(args.lines)} lines ({size_mb:.1f} MB in, {_nl(produced)} lines out), exit status {status}")
    print(f"  wall time: {wall:8.1f} s")
    if rss is not None:
        print(f"  peak RSS:  {rss / 1024:8.0f} MB ({rss / 1024 / size_mb:.1f} x the input)")
    else:
        print("  peak RSS:  not measured (GNU time /usr/bin/time not found)")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
