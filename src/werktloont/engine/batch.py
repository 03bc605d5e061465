"""Batch: many cases at once, vectorised per (date, municipality) group; a bad case never stops the rest."""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from werktloont.engine.compose import compute_month
from werktloont.engine.household import household_arrays
from werktloont.engine.prepared import checked, job_summary
from werktloont.engine.result import build
from werktloont.errors import WerktloontError
from werktloont.params import load_pack


def _results(pack, snap, overlay, members: list[tuple]) -> list[dict]:
    """Results for cases that share a date and municipality, computed in one vectorised pass."""
    cases = [m[1] for m in members]
    n = len(cases)
    hh = household_arrays(cases)
    without = compute_month(snap, hh, hourly_wage=np.zeros(n), hours_per_week=np.zeros(n), months_into_job=0,
                            childcare_scale=np.zeros(n), overlay=overlay)
    with_job = compute_month(snap, hh, hourly_wage=hh.hourly_wage, hours_per_week=hh.hours_per_week,
                             months_into_job=np.where(hh.has_job, 1, 0), childcare_scale=hh.has_job.astype(float),
                             overlay=overlay)
    return build(cases, pack, without, with_job, job_summaries=[job_summary(o, c, m) for o, c, m in members])


def batch(cases: list, pack=None) -> list[dict]:
    """One result per case, in order. A bad case gives {"error": <Dutch message naming the field>, "line": n}.

    The results have the same keys and rounding as `calculate(case, timeline=False)`, without explanations."""
    pack = pack or load_pack()
    results: list[dict | None] = [None] * len(cases)
    groups: dict[tuple, list[tuple[int, tuple]]] = defaultdict(list)
    context: dict[tuple, tuple] = {}
    for i, data in enumerate(cases):
        try:
            original, _, snap, overlay, minimum, case = checked(data, pack)
        except WerktloontError as exc:
            results[i] = {"error": str(exc), "line": i + 1}
            continue
        except (ValueError, TypeError, RecursionError, OverflowError) as exc:  # a hostile case, never the batch
            results[i] = {"error": f"Deze casus kan niet worden gelezen ({type(exc).__name__}).", "line": i + 1}
            continue
        key = (case.date, case.municipality)
        context.setdefault(key, (snap, overlay))
        groups[key].append((i, (original, case, minimum)))
    for key, members in groups.items():
        snap, overlay = context[key]
        try:
            group_results = _results(pack, snap, overlay, [m for _, m in members])
        except WerktloontError:
            # One case needs a value that is unknown on its date: retry one by one to find which.
            group_results = []
            for _, m in members:
                try:
                    group_results.append(_results(pack, snap, overlay, [m])[0])
                except WerktloontError as exc:
                    group_results.append({"error": str(exc)})
        for (i, _), r in zip(members, group_results, strict=True):
            if "error" in r:
                r["line"] = i + 1
            results[i] = r
    return [r if r is not None else {"error": "geen resultaat", "line": i + 1} for i, r in enumerate(results)]
