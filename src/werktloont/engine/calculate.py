"""From a case to the result `werktloont-result/1`: without the job, with the job, the gain, explanations."""

from __future__ import annotations

import math

import numpy as np

from werktloont.engine import explain
from werktloont.engine.compose import COMPONENTS, compute_month
from werktloont.engine.household import household_arrays
from werktloont.errors import InputError
from werktloont.model.case import Case, parse_case
from werktloont.params import load_pack
from werktloont.rules.afronding import cents_half_up
from werktloont.rules.wet_minimumloon.minimumloon import minimumuurloon

RESULT_FORMAT = "werktloont-result/1"


def prepare(pack, case: Case):
    """What every calculation of a case needs first: the parameters of its date and its overlay.

    Also checks the aanvrager's age against the minimum age for bijstand (parameter bijstand.minimum_leeftijd).
    """
    snap = pack.at(case.on)
    check_client_age(snap, case)
    return snap, overlay_for(pack, case)


def check_client_age(snap, case: Case) -> None:
    minimum = snap.reg("bijstand")["minimum_leeftijd"]
    if case.client_adult.age < minimum:
        raise InputError("household.adults[0].age", f"de aanvrager moet {minimum} jaar of ouder zijn")


def fill_defaults(snap, case: Case) -> Case:
    """A job offer without an hourly wage gets the legal (youth) minimum wage for the client's age (WML art. 8-9)."""
    if case.job is None or case.job.hourly_wage is not None:
        return case
    wage = float(minimumuurloon(case.client_adult.age, snap.reg("minimumloon")))
    return case.model_copy(update={"job": case.job.model_copy(update={"hourly_wage": wage})})


def job_summary(snap, original: Case, case: Case) -> dict | None:
    """The wage used, where it came from, and how it relates to the legal minimum (for a warning)."""
    if case.job is None:
        return None
    minimum = float(minimumuurloon(case.client_adult.age, snap.reg("minimumloon")))
    return {"hourly_wage": case.job.hourly_wage, "hourly_wage_source": "case" if original.job.hourly_wage is not None
            else "minimumloon", "minimum_hourly_wage": minimum,
            "below_minimum": case.job.hourly_wage < minimum - 1e-9}


def overlay_for(pack, case: Case):
    if case.municipality is None:
        return None
    overlay = pack.overlays.get(case.municipality)
    if overlay is None:
        known = ", ".join(sorted(pack.overlays)) or "geen"
        raise InputError("municipality", f"onbekende gemeente '{case.municipality}'; beschikbaar: {known}")
    return overlay


def money(x) -> float:
    """Output rounding for every euro amount in results, curves and batches: cents, halves up.

    The same arithmetic as rules.afronding.cents_half_up, in plain Python floats: a result holds
    hundreds of single amounts, and numpy's per-call overhead would dominate.
    """
    return math.floor(float(x) * 100.0 + 0.5 + 1e-9) / 100.0


def _c(point: dict) -> dict:
    return {k: money(point[k]) for k in COMPONENTS}


def evaluate(case: Case, pack=None):
    """Both situations for one case in one vectorised pass: point 0 without the job, point 1 with it."""
    snap, overlay = prepare(pack or load_pack(), case)
    case = fill_defaults(snap, case)
    hh = household_arrays([case])
    job = case.job
    month = compute_month(snap, hh, hourly_wage=np.array([0.0, job.hourly_wage if job else 0.0]),
                          hours_per_week=np.array([0.0, job.hours_per_week if job else 0.0]),
                          months_into_job=np.array([0, 1]), childcare_scale=np.array([0.0, 1.0 if job else 0.0]),
                          overlay=overlay)
    return snap, month, case


def calculate(data, lang: str = "nl", pack=None, timeline: bool = True) -> dict:
    """The result `werktloont-result/1`. `timeline=False` leaves the 24 months out (about 4 ms of the time):
    for a screen that redraws on every keystroke and does not show them."""
    case = data if isinstance(data, Case) else parse_case(data)
    pack = pack or load_pack()
    original = case
    snap, month, case = evaluate(case, pack)
    projection = None
    if timeline:
        from werktloont.engine.timeline import project  # the timeline builds on this module

        projection = project(case, pack, lang=lang)
    p0, p1 = month.point(0), month.point(1)
    c_without, c_with = _c(p0), _c(p1)
    working = case.job is not None and case.job.hours_per_week > 0
    age = case.client_adult.age
    result = {
        "format": RESULT_FORMAT,
        "parameters": {"period": case.date, "pack": pack.version, "checksum": pack.checksum},
        "without_job": c_without,
        "with_job": c_with,
        "gain_per_month": money(c_with["disposable"] - c_without["disposable"]),
        "asset_test": {
            "counted": money(p0["assets_counted"]),
            "limit": money(p0["assets_limit"]),
            "eligible": bool(p0["assets_eligible"]),
            "excess": money(p0["assets_excess"]),
            "months_of_norm": round(p0["assets_months"], 1),
        },
        "details": {
            situation: {k: money(pt[k]) for k in ("norm", "vrijlating", "toetsingsinkomen", "gross_wage",
                                                  "vakantiegeld")}
            for pt, situation in ((p0, "without_job"), (p1, "with_job"))
        },
        "job": job_summary(snap, original, case),
        "timeline": projection["entries"] if projection else [],
        "actions": projection["summary"]["actions"] if projection and case.job else [],
        "explanations": (explain.explanations(snap, month, 0, lang, working=False, client_age=age,
                                              situation="without_job")
                         + (explain.explanations(snap, month, 1, lang, working=working, client_age=age,
                                                 situation="with_job") if case.job else [])),
    }
    return result
