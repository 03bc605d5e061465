"""From a case to the result `werktloont-result/1`: without the job, with the job, the gain, explanations."""

from __future__ import annotations

import numpy as np

from werktloont.engine import explain
from werktloont.engine.compose import COMPONENTS, compute_month
from werktloont.engine.household import household_arrays
from werktloont.errors import InputError
from werktloont.model.case import Case, parse_case
from werktloont.params import load_pack
from werktloont.rules.afronding import cents_half_up

RESULT_FORMAT = "werktloont-result/1"


def overlay_for(pack, case: Case):
    if case.municipality is None:
        return None
    overlay = pack.overlays.get(case.municipality)
    if overlay is None:
        known = ", ".join(sorted(pack.overlays)) or "geen"
        raise InputError("municipality", f"onbekende gemeente '{case.municipality}'; beschikbaar: {known}")
    return overlay


def money(x) -> float:
    """Output rounding for every euro amount in results, curves and batches: cents, halves up."""
    return float(cents_half_up(x))


def _c(month, i: int = 0) -> dict:
    return {k: money(np.ravel(month[k])[i]) for k in COMPONENTS}


def evaluate(case: Case, pack=None):
    """The two months (without / with the job) for one case, as engine arrays of length 1."""
    pack = pack or load_pack()
    snap = pack.at(case.on)
    hh = household_arrays([case])
    overlay = overlay_for(pack, case)
    without = compute_month(snap, hh, hourly_wage=0.0, hours_per_week=0.0, months_into_job=0, childcare_scale=0.0,
                            overlay=overlay)
    if case.job is None:
        return snap, hh, without, without
    with_job = compute_month(snap, hh, hourly_wage=case.job.hourly_wage, hours_per_week=case.job.hours_per_week,
                             months_into_job=1, childcare_scale=1.0, overlay=overlay)
    return snap, hh, without, with_job


def calculate(data, lang: str = "nl", pack=None) -> dict:
    case = data if isinstance(data, Case) else parse_case(data)
    pack = pack or load_pack()
    snap, hh, without, with_job = evaluate(case, pack)
    c_without, c_with = _c(without), _c(with_job)
    working = case.job is not None and case.job.hours_per_week > 0
    age = case.client_adult.age
    result = {
        "format": RESULT_FORMAT,
        "parameters": {"period": case.date, "pack": pack.version, "checksum": pack.checksum},
        "without_job": c_without,
        "with_job": c_with,
        "gain_per_month": money(c_with["disposable"] - c_without["disposable"]),
        "asset_test": {
            "counted": round(float(without["assets_counted"][0]), 2),
            "limit": round(float(without["assets_limit"][0]), 2),
            "eligible": bool(without["assets_eligible"][0]),
            "excess": round(float(without["assets_excess"][0]), 2),
            "months_of_norm": round(float(without["assets_months"][0]), 1),
        },
        "details": {
            situation: {
                "norm": round(float(np.ravel(m["norm"])[0]), 2),
                "vrijlating": round(float(np.ravel(m["vrijlating"])[0]), 2),
                "toetsingsinkomen": round(float(np.ravel(m["toetsingsinkomen"])[0]), 2),
                "gross_wage": round(float(np.ravel(m["gross_wage"])[0]), 2),
                "vakantiegeld": round(float(np.ravel(m["vakantiegeld"])[0]), 2),
            } for situation, m in (("without_job", without), ("with_job", with_job))
        },
        "timeline": [],
        "explanations": (explain.explanations(snap, without, 0, lang, working=False, client_age=age,
                                              situation="without_job")
                         + (explain.explanations(snap, with_job, 0, lang, working=working, client_age=age,
                                                 situation="with_job") if case.job else [])),
    }
    return result
