"""Startup benchmark: time to first window for `python -m werktloont` and for the frozen app.

Run on demand: `python benchmarks/bench_startup.py [--runs N]` (build the frozen app first with
`bash build/build.sh`; without it only the package is measured).

Time to first window is measured as the wall time of `werktloont --screenshot OUT.png` offscreen: a new
process that imports everything, loads the parameter pack, builds the main window with its charts,
computes the example case, paints it and writes the PNG. That is a proxy, and a pessimistic one: the
screenshot also draws every chart tab and encodes a PNG, which the real first window does not wait for.
The app has no "first window shown" hook to time instead.

The first run of each is reported on its own (cold: fresh matplotlib font cache, files not yet in the
page cache); the target applies to the median of the runs after it.
Targets: package <= 1.5 s, frozen app <= 2.0 s (median). Exit status 1 when a target is missed.
Also prints the size of the frozen app folder. Not a pytest module (no test_ prefix, outside testpaths).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "werktloont" / "werktloont"
TARGETS = {"python -m werktloont": 1.5, "bevroren app": 2.0}


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def time_runs(cmd: list[str], runs: int, env: dict) -> tuple[float, list[float]]:
    """(cold first run, later runs) in seconds; each run is a fresh process writing a fresh PNG."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs + 1):
            out = Path(tmp) / f"shot{i}.png"
            t0 = time.perf_counter()
            proc = subprocess.run([*cmd, "--screenshot", str(out)], env=env, cwd=tmp, capture_output=True, text=True)
            times.append(time.perf_counter() - t0)
            if proc.returncode != 0 or not out.is_file():
                raise SystemExit(f"{' '.join(cmd)} --screenshot mislukte ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return times[0], times[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs after the cold one (default 7)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        # A fresh home per benchmark: the first run builds matplotlib's font cache, as on a coach's laptop.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CACHE_HOME=f"{home}/.cache",
                   XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share")
        env.pop("MPLCONFIGDIR", None)
        env.pop("WERKTLOONT_PARAMETERS", None)
        pkg_env = dict(env, PYTHONPATH=str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", ""))

        python = ROOT / ".venv" / "bin" / "python"
        commands = {"python -m werktloont": ([str(python if python.exists() else sys.executable), "-m", "werktloont"],
                                             pkg_env)}
        if FROZEN.exists():
            commands["bevroren app"] = ([str(FROZEN)], env)

        print(f"Tijd tot eerste venster (--screenshot offscreen als benadering), {args.runs} runs na een koude:")
        missed = False
        for name, (cmd, run_env) in commands.items():
            cold, warm = time_runs(cmd, args.runs, run_env)
            med = statistics.median(warm)
            target = TARGETS[name]
            verdict = "ok" if med <= target else "TE TRAAG"
            missed |= med > target
            print(f"  {name:<22} mediaan {med:6.2f} s   min {min(warm):6.2f} s   koud {cold:6.2f} s"
                  f"   doel <= {target:.1f} s: {verdict}")

    if FROZEN.exists():
        size = folder_size(FROZEN.parent)
        print(f"  map dist/werktloont/: {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB), doel <= 150 MB")
    else:
        print("  bevroren app niet gevonden: bouw eerst met `bash build/build.sh`")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
