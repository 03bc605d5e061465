"""Load benchmark of the parameter pack. Run on demand: `python benchmarks/bench_params.py`.

Measures (median and min over RUNS runs):
  - cold load: the full pack read and validated from disk (loader cache cleared before each run);
  - cached load: load_pack() when nothing changed (stat signature + cache hit);
  - 1000 Snapshot.get lookups on one day.
Target: cold full load < 50 ms (median). Exit status 1 when the target is missed.
Not a pytest module (no test_ prefix, outside testpaths).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from werktloont.params import loader, yamlio  # noqa: E402
from werktloont.params.loader import load_pack  # noqa: E402

RUNS = 20
LOOKUPS = 1000
TARGET_MS = 50.0
PACK_DIR = ROOT / "parameters"


def timed(fn, runs: int = RUNS, setup=None) -> list[float]:
    """Wall times of `fn` in milliseconds; `setup` runs before each call, outside the timing."""
    out = []
    for _ in range(runs):
        if setup is not None:
            setup()
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def report(name: str, times: list[float]) -> float:
    med = statistics.median(times)
    print(f"  {name:<36} mediaan {med:8.3f} ms   min {min(times):8.3f} ms")
    return med


def main() -> int:
    load_pack(PACK_DIR)  # warm imports (pydantic models, yaml) so the runs measure loading only
    pack = load_pack(PACK_DIR)

    cold = timed(lambda: load_pack(PACK_DIR), setup=loader._CACHE.clear)
    load_pack(PACK_DIR)  # fill the cache again
    cached = timed(lambda: load_pack(PACK_DIR))

    on = pack.periods[-1]
    ids = [pid for pid, entries in pack.index.items()
           if pack.lookup(pid, on) is not None and pack.lookup(pid, on).unknown is None
           and pack.lookup(pid, on).value is not None]
    queries = [ids[i % len(ids)] for i in range(LOOKUPS)]

    def lookups():
        snap = pack.at(on)
        for pid in queries:
            snap.get(pid)

    gets = timed(lookups)

    n_values = sum(len(v) for v in pack.index.values())
    print(f"Parameterpakket {pack.version}: {len(pack.regulations)} regelingen, {len(pack.index)} parameters, "
          f"{n_values} waarden, {len(pack.overlays)} gemeente(n); {RUNS} runs, Python {sys.version.split()[0]}, "
          f"YAML-lezer {yamlio._Base.__name__}")
    cold_med = report("koud laden (cache leeg)", cold)
    report("load_pack() uit cache", cached)
    med_gets = report(f"{LOOKUPS} x Snapshot.get ({on.isoformat()})", gets)
    print(f"  {'':<36} = {1000 * med_gets / LOOKUPS:.2f} µs per opvraging")
    ok = cold_med < TARGET_MS
    print(f"Doel: koud laden < {TARGET_MS:.0f} ms: {'GEHAALD' if ok else 'NIET GEHAALD'} ({cold_med:.1f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
