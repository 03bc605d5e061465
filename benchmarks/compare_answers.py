"""Every answer the same, byte for byte, before and after a change for speed (run on demand).

    python benchmarks/compare_answers.py --out /tmp/now.json [--src DIR] [--n 200]
    python benchmarks/compare_answers.py --diff /tmp/before.json /tmp/now.json

Writes, for about 200 generated cases (the generators of tests/engine/test_one_answer.py and tests/test_fuzz.py,
the reference cases, the window's example cases and the projection benchmark's households), the JSON text of
`api.calculate` (nl and en), `werktloont calc --json`, `api.batch`, `api.project` and `api.curve` (both views) as
SHA-256 digests. `--src` measures another source tree (`git archive COMMIT src parameters | tar -x -C /tmp/old`,
then `--src /tmp/old/src`). `--diff` names every case and output whose text differs.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generated(n: int) -> list[dict]:
    from hypothesis import HealthCheck, given, settings

    from tests.engine.test_one_answer import cases as one_answer_cases
    from tests.test_fuzz import _case

    out: list[dict] = []

    @settings(max_examples=n // 2, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(one_answer_cases())
    def collect(case):
        out.append(case)

    collect()
    from werktloont.params import load_pack

    start, end = load_pack().coverage
    rng = random.Random(20261207)
    out += [_case(rng, start, end) for _ in range(n - len(out))]
    return out


def all_cases(n: int) -> list[dict]:
    from benchmarks.bench_projection import CASES

    cases = list(CASES.values())
    for f in sorted((ROOT / "tests" / "data" / "reference-cases").glob("*.json")):
        cases += [c["input"] for c in json.loads(f.read_text(encoding="utf-8"))["cases"]
                  if c["input"].get("format") == "werktloont-case/1"]
    for f in sorted((ROOT / "tests" / "data" / "window-cases").glob("*.json")):
        cases.append(json.loads(f.read_text(encoding="utf-8")))
    return cases + _generated(n)


def _digest(fn) -> str:
    try:
        text = json.dumps(fn(), ensure_ascii=False, sort_keys=False)
    except Exception as exc:  # noqa: BLE001 - an error is an answer too: it must stay the same
        text = f"error {type(exc).__name__}: {exc}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _cli_calc(case: dict) -> str:
    from werktloont.cli import main

    with tempfile.TemporaryDirectory() as folder:  # the same file name every time: messages name the file
        path = Path(folder) / "casus.json"
        path.write_text(json.dumps(case), encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["calc", str(path), "--json"])
    return f"{code}\n{out.getvalue()}\n{err.getvalue()}"


def answers(case: dict, index: int) -> dict:
    from werktloont import api

    row = {"calculate nl": _digest(lambda: api.calculate(case)),
           "calculate en": _digest(lambda: api.calculate(case, lang="en")),
           "calculate no timeline": _digest(lambda: api.calculate(case, timeline=False)),
           "calc --json": hashlib.sha256(_cli_calc(case).encode()).hexdigest()[:16],
           "batch": _digest(lambda: api.batch([case])),
           "project": _digest(lambda: api.project(case))}
    if index % 4 == 0:  # curves are slower: every fourth case, both views, hours and wage
        row["curve wage first"] = _digest(lambda: api.curve(case, "wage", 0.0, 60.0, 0.01))
        row["curve wage lasting"] = _digest(lambda: api.curve(case, "wage", 10.0, 40.0, 0.05, view="lasting"))
        row["curve hours"] = _digest(lambda: api.curve(case, "hours", 0.0, 40.0, 0.5, view="lasting"))
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", help="the source tree to answer with (default: this checkout's)")
    parser.add_argument("--out", help="where to write the digests")
    parser.add_argument("--n", type=int, default=200, help="generated cases")
    parser.add_argument("--diff", nargs=2, metavar=("BEFORE", "NOW"))
    args = parser.parse_args()
    if args.diff:
        before, now = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.diff)
        bad = [(i, k) for i, (b, a) in enumerate(zip(before, now, strict=True)) for k in b if b[k] != a.get(k)]
        for i, k in bad:
            print(f"case {i}: {k} differs")
        print(f"{len(before)} cases, {len(bad)} differences")
        return 1 if bad else 0
    sys.path.insert(0, args.src or str(ROOT / "src"))
    import werktloont

    print("answering with", werktloont.__file__)
    sys.path.insert(1, str(ROOT))
    rows = [answers(case, i) for i, case in enumerate(all_cases(args.n))]
    Path(args.out).write_text(json.dumps(rows, indent=0), encoding="utf-8")
    print(f"{len(rows)} cases written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
