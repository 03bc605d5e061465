"""From a case to the result `werktloont-result/1`: without the job, with the job, the gain, explanations."""

from __future__ import annotations

import numpy as np

from werktloont.engine import assets, debts, explain, phases, plausibility
from werktloont.engine.compose import Month, compute_month
from werktloont.engine.prepared import PreparedCase, prepare
from werktloont.engine.result import RESULT_FORMAT, build, money  # noqa: F401 - RESULT_FORMAT, money re-exported
from werktloont.engine.timeline import project
from werktloont.errors import MissingParameterError


def evaluate(prepared: PreparedCase) -> Month:
    """Both situations for one case in one vectorised pass: point 0 without the job, point 1 with it (month 1);
    with a job also points 2 and 3: the lasting month and the month after the n period (engine/phases.py)."""
    job = prepared.job
    if job is None or job.hours_per_week <= 0:
        return compute_month(prepared.snap, prepared.hh,
                             hourly_wage=np.array([0.0, job.hourly_wage if job else 0.0]),
                             hours_per_week=np.array([0.0, job.hours_per_week if job else 0.0]),
                             months_into_job=np.array([0, 1]), childcare_scale=np.array([0.0, 1.0 if job else 0.0]),
                             overlay=prepared.overlay)
    _, (lasting, after_n) = phases.steady_months(prepared)
    w, h = job.hourly_wage, job.hours_per_week
    # Point 4: without the job once the vrijlating of a job the household already has is over too (the lasting
    # answer's baseline; the same as point 0 for a household without a job of its own).
    return compute_month(prepared.snap, prepared.hh, hourly_wage=np.array([0.0, w, w, w, 0.0]),
                         hours_per_week=np.array([0.0, h, h, h, 0.0]),
                         months_into_job=np.array([0, 1, lasting, after_n, 0]),
                         existing_months=np.array([1, 1, lasting, lasting, lasting]),
                         childcare_scale=np.array([0.0, 1.0, 1.0, 1.0, 0.0]), overlay=prepared.overlay)


def _loonheffingskorting(prepared: PreparedCase, month: Month) -> list[dict]:
    """Issue 15: wage next to bijstand or another payer: only one payer should apply the loonheffingskorting (Wet
    LB art. 22a); when two do, an income-tax claim follows of up to the algemene heffingskorting (Wet IB art.
    8.10), and a refund counts as income while on bijstand (Participatiewet art. 31 lid 1, 32 lid 1 a)."""
    case = prepared.case
    if case.job is None or case.job.hours_per_week <= 0:
        return []
    taker = case.household.adults[case.job.person]
    two_payers = month.point(1)["bijstand"] > 0 or taker.current_job is not None or any(
        i.kind != "kinderalimentatie" for i in taker.other_income)
    if not two_payers:
        return []
    return [{"code": "one_loonheffingskorting", "ahk_max": float(prepared.snap.reg("inkomstenbelasting")["ahk_max"])}]


def calculate(data, lang: str = "nl", pack=None, timeline: bool = True) -> dict:
    """The result `werktloont-result/1` in codes and numbers (`werktloont.api` adds the words in a language).

    `data`: a case dict, a Case or a PreparedCase. `timeline=False` leaves the 24 months out: for a screen that
    redraws on every keystroke and does not show them. `lang` is passed to the explanations until they are codes.
    """
    prepared = prepare(data, pack)
    case = prepared.case
    month = evaluate(prepared)
    result = build([case], prepared.pack, month, month, take_without=slice(0, 1), take_with=slice(1, 2),
                   job_summaries=[prepared.job_summary()])[0]
    result["missing"] = []
    if timeline:
        try:
            projection = project(prepared)
        except MissingParameterError as exc:
            # A value only the 24 months need (e.g. a toeslag on the client's income estimate) must not block the
            # monthly answer: leave the timeline out and say which value is missing (words in texts.result).
            result["missing"] = [{"code": "timeline", "parameter": exc.param_id, "on": exc.on}]
            result["timeline"] = []
        else:
            result["timeline"] = projection["entries"]
            if case.job is not None:
                result["action_codes"] = projection["summary"]["action_codes"] + _loonheffingskorting(prepared, month)
    result["plausibility"] = plausibility.checks(prepared)  # warnings as codes; words in texts.plausibility
    # The lasting answer (issue 13): the gain after every temporary vrijlating, and the phases over the timeline.
    lasting, r_gain = phases.steady_gains(prepared, result["without_job"]["disposable"], month)
    result["gain_lasting"] = lasting
    existing = phases.existing_vrijlating_notice(prepared, month)
    result["gain_phases"] = phases.phases(prepared, result.get("timeline") or [], lasting,
                                          result["gain_per_month"], r_gain,
                                          existing=existing[0]["months_left"] if existing else 0)
    result["notices"] = phases.notices(prepared, result.get("timeline") or []) + existing
    result["asset_events"] = assets.asset_events(prepared)
    result["asset_scenarios"] = assets.asset_scenarios(prepared)
    # Issue 19: beslag or schuldhulp (None without one): the protected amount and what goes to the creditors.
    result["debts"] = debts.debts(prepared, result)
    working = case.job is not None and case.job.hours_per_week > 0
    age = case.household.adults[case.job.person].age if case.job is not None else case.client_adult.age
    snap = prepared.snap
    items = explain.other_items(case)
    taker = case.job.person if case.job is not None else 0
    result["explanations"] = (
        explain.explanations(snap, month, 0, lang, working=False, client_age=age, situation="without_job",
                             other_items=items, taker=taker)
        + (explain.explanations(snap, month, 1, lang, working=working, client_age=age, situation="with_job",
                                other_items=items, taker=taker)
           if case.job else []))
    return result
