"""Batch: many cases at once, vectorised per (date, municipality) group; a bad case never stops the rest."""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from werktloont.engine.calculate import RESULT_FORMAT, fill_defaults, money, prepare
from werktloont.engine.compose import COMPONENTS, compute_month
from werktloont.engine.household import household_arrays
from werktloont.errors import WerktloontError
from werktloont.model.case import Case, parse_case
from werktloont.params import load_pack
from werktloont.rules.afronding import cents_half_up


def _results(pack, cases: list[Case]) -> list[dict]:
    """Results for cases that share a date and municipality, computed in one vectorised pass."""
    snap, overlay = prepare(pack, cases[0])
    hh = household_arrays(cases)
    without = compute_month(snap, hh, hourly_wage=np.zeros(len(cases)), hours_per_week=np.zeros(len(cases)),
                            months_into_job=0, childcare_scale=np.zeros(len(cases)), overlay=overlay)
    with_job = compute_month(snap, hh, hourly_wage=hh.hourly_wage, hours_per_week=hh.hours_per_week,
                             months_into_job=np.where(hh.has_job, 1, 0), childcare_scale=hh.has_job.astype(float),
                             overlay=overlay)
    wo = {k: cents_half_up(np.broadcast_to(without[k], (len(cases),))).tolist() for k in COMPONENTS}
    wi = {k: cents_half_up(np.broadcast_to(with_job[k], (len(cases),))).tolist() for k in COMPONENTS}
    counted, limit = without["assets_counted"].tolist(), without["assets_limit"].tolist()
    eligible, excess = without["assets_eligible"].tolist(), without["assets_excess"].tolist()
    months = without["assets_months"].tolist()
    out = []
    for i, case in enumerate(cases):
        c_wo = {k: wo[k][i] for k in COMPONENTS}
        c_wi = {k: wi[k][i] for k in COMPONENTS}
        out.append({
            "format": RESULT_FORMAT,
            "parameters": {"period": case.date, "pack": pack.version, "checksum": pack.checksum},
            "without_job": c_wo, "with_job": c_wi,
            "gain_per_month": money(c_wi["disposable"] - c_wo["disposable"]),
            "asset_test": {"counted": round(counted[i], 2), "limit": round(limit[i], 2), "eligible": bool(eligible[i]),
                           "excess": round(excess[i], 2), "months_of_norm": round(months[i], 1)},
            "timeline": [], "explanations": [],
        })
    return out


def batch(cases: list, pack=None) -> list[dict]:
    """One result per case, in order. A bad case gives {"error": <Dutch message naming the field>, "line": n}."""
    pack = pack or load_pack()
    results: list[dict | None] = [None] * len(cases)
    groups: dict[tuple, list[tuple[int, Case]]] = defaultdict(list)
    for i, data in enumerate(cases):
        try:
            case = data if isinstance(data, Case) else parse_case(data)
            snap, _ = prepare(pack, case)
            case = fill_defaults(snap, case)
        except WerktloontError as exc:
            results[i] = {"error": str(exc), "line": i + 1}
            continue
        groups[(case.date, case.municipality)].append((i, case))
    for members in groups.values():
        try:
            group_results = _results(pack, [c for _, c in members])
        except WerktloontError:
            # One case needs a value that is unknown on its date: retry one by one to find which.
            group_results = []
            for _, c in members:
                try:
                    group_results.append(_results(pack, [c])[0])
                except WerktloontError as exc:
                    group_results.append({"error": str(exc)})
        for (i, _), r in zip(members, group_results):
            if "error" in r:
                r["line"] = i + 1
            results[i] = r
    return results
