"""From a case to the result `werktloont-result/1`: one projection, and the one answer read from it.

The projection (engine/timeline) computes every month of both scenarios; engine/answer.py reads the first month,
the phases, the headline and the asset test from it; this module adds what belongs to the whole result
(explanations of the first month, actions, notices, assets, debts, plausibility).
"""

from __future__ import annotations

from datetime import date

from werktloont.engine import answer, assets, cash_calendar, debts, explain, followup, phases, plausibility
from werktloont.engine.prepared import PreparedCase, prepare
from werktloont.engine.result import RESULT_FORMAT, money  # noqa: F401 - RESULT_FORMAT, money re-exported
from werktloont.engine.timeline import HORIZON, MAX_HORIZON, Projection, project, project_months
from werktloont.engine.timeline.money import JOB, STAY
from werktloont.engine.timeline.months import add_months, months_between
from werktloont.rules import versions

_CACHE: dict[tuple[int, object], tuple[PreparedCase, Projection]] = {}


def projection(prepared: PreparedCase, horizon: int | None = None) -> Projection:
    """The projection of a case, long enough to see the end of every temporary vrijlating that runs in it (up to
    MAX_HORIZON months): the lasting gain is then read from real months, not assumed. The window prepares a case
    once per keystroke and asks for its answer, curves and solver: the same prepared case projects once."""
    return _cached(prepared, horizon, lambda: _project(prepared, horizon))


def _cached(prepared: PreparedCase, horizon: object, build) -> Projection:
    """A projection kept with its prepared case (the window asks for the answer, two curves and the solver)."""
    key = (id(prepared), horizon)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is prepared:
        return hit[1]
    proj = build()
    if len(_CACHE) >= 8:
        _CACHE.clear()
    _CACHE[key] = (prepared, proj)
    return proj


def first_month_projection(prepared: PreparedCase, *, with_parts: bool = False) -> Projection:
    """Months enough to read the job's first month: the whole projection when it is known (the window computes it
    for the answer anyway), else the months up to the job's first month only, and of those only their own values
    (`project_months`: no cash timing, entries or summary, never an answer). A month depends on the months before
    it (the asset walk, the vrijlating count, the zoektermijn), never on later ones, so its values are the same;
    the curve and the solver of a case given on its own need no more. `with_parts`: the same months projected in
    full, for the month's parts as a result gives them (`answer.components`)."""
    hit = _CACHE.get((id(prepared), None))
    if hit is not None and hit[0] is prepared:
        return hit[1]
    job = prepared.case.job
    offset = _months_to_start(prepared.case) if job is not None and job.hours_per_week > 0 else 0
    months = min(offset + 1, MAX_HORIZON)
    # Kept under a key of its own: a short projection, never one asked for.
    if with_parts:
        return _cached(prepared, ("first month", months), lambda: project(prepared, horizon=months))
    return _cached(prepared, -months, lambda: project_months(prepared, horizon=months))


def _months_to_start(case) -> int:
    """Months from the case month to the offer's first month (0: it starts in the case month or before)."""
    m0 = date(case.on.year, case.on.month, 1)
    start = date.fromisoformat(case.job.start) if case.job.start else case.on
    return max(months_between(m0, date(start.year, start.month, 1)), 0)


def _project(prepared: PreparedCase, horizon: int | None) -> Projection:
    proj = project(prepared, horizon=_long_enough(prepared, horizon))
    for _ in range(3):  # a part may follow another (art. 31 lid 2 r after n)
        extra = _months_to_lasting(proj)
        if extra <= 0:
            break
        proj = project(prepared, horizon=min(len(proj.months) - proj.first + extra, MAX_HORIZON))
    return proj


def _long_enough(prepared: PreparedCase, horizon: int | None) -> int | None:
    """A horizon that sees the job (an offer that starts later than the months asked for, and a year of it) and the
    end of every vrijlating period a permanent job can start in it (the version in force when the job starts, and
    each later version, which starts a period of its own): one projection instead of a second, longer one. An
    estimate; `_months_to_lasting` checks the result."""
    case = prepared.case
    job = case.job
    base = horizon or case.horizon_months or HORIZON
    if job is None or job.hours_per_week <= 0:
        return horizon
    m0 = date(case.on.year, case.on.month, 1)
    offset = _months_to_start(case)
    start = add_months(m0, offset)
    if offset >= base:  # the job would start after the window: look far enough to see it
        base = min(offset + (job.contract_months or 12) + 2, MAX_HORIZON)
    if job.contract_months is not None:
        return base if base != (horizon or case.horizon_months or HORIZON) else horizon
    needed, seen = base, -1
    while needed != seen and needed < MAX_HORIZON:  # a longer window may reach the start of a later version
        seen, last = needed, add_months(m0, needed - 1)
        for v in versions.versions("inkomstenvrijlating"):
            begin = max(start, date(v.geldig_vanaf.year, v.geldig_vanaf.month, 1))
            if begin > last or (v.geldig_tot is not None and begin > v.geldig_tot):
                continue
            pack = prepared.pack
            p = pack.at(min(max(begin, pack.coverage[0]), pack.coverage[1])).reg("bijstand")
            rule = versions.vrijlating(begin)
            end = add_months(begin, max(rule.period_end(letter, p) for letter in rule.parts))
            if v.geldig_tot is not None:
                end = min(end, v.geldig_tot)
            needed = max(needed, months_between(m0, end) + 2)
    return min(needed, MAX_HORIZON)


def _months_to_lasting(proj: Projection) -> int:
    """How many months after the projection's end the vrijlating part running in its last month still runs, or the
    savings above the limit still last, plus one (0 when none runs, or the projection is as long as it may be)."""
    last = len(proj.months) - 1
    if len(proj.months) - proj.first >= MAX_HORIZON:
        return 0
    letter = proj.letters[last]
    if letter is None:
        return _months_of_savings_left(proj)
    g = proj.groups_of()[last]
    rule = versions.vrijlating(g.on)
    if rule.unlimited(letter):
        return 0
    k = int(proj.plans[JOB].months_into_job[last])
    return max(rule.period_end(letter, g.snap.reg("bijstand")) - k, 0) + 1


def _months_of_savings_left(proj: Projection) -> int:
    """A scenario still above the asset limit in the last month while it lives on its savings (they fall): the
    months until they are under the limit at that pace, plus one; 0 when no scenario is (a car does not get used)."""
    last = len(proj.months) - 1
    left = 0
    for walk in proj.walks:
        if not walk["blocked"][last] or last < 1:
            continue
        pace = float(walk["savings"][last - 1] - walk["savings"][last])
        if pace > 1.0:
            over = float(walk["counted"][last] - proj.limit[last])
            left = max(left, int(over // pace) + 2)
    return left


def _loonheffingskorting(prepared: PreparedCase, bijstand_first_month: float) -> list[dict]:
    """Wage next to bijstand or another payer: only one payer should apply the loonheffingskorting (Wet LB art.
    22a); when two do, an income-tax claim follows of up to the algemene heffingskorting (Wet IB art. 8.10), and a
    refund counts as income while on bijstand (Participatiewet art. 31 lid 1, 32 lid 1 a)."""
    case = prepared.case
    if case.job is None or case.job.hours_per_week <= 0:
        return []
    taker = case.household.adults[case.job.person]
    two_payers = bijstand_first_month > 0 or taker.current_job is not None or any(
        i.kind != "kinderalimentatie" for i in taker.other_income)
    if not two_payers:
        return []
    return [{"code": "one_loonheffingskorting", "ahk_max": float(prepared.snap.reg("inkomstenbelasting")["ahk_max"])}]


def read(prepared: PreparedCase, proj: Projection) -> dict:
    """The result's answer keys, read from the projection (codes and numbers)."""
    case, f = prepared.case, answer.first_month(proj)
    without, with_job = answer.components(proj, STAY, f), answer.components(proj, JOB, f)
    phase_list = answer.phases(proj)
    head = answer.headline(proj, phase_list)
    return {
        "format": RESULT_FORMAT,
        "parameters": {"period": case.date, "pack": prepared.pack.version, "checksum": prepared.pack.checksum},
        "first_month": proj.label(f),
        "without_job": without,
        "with_job": with_job,
        "gain_per_month": round(with_job["disposable"] - without["disposable"], 2),
        "difference": answer.difference(without, with_job),
        "gain_lasting": head["amount"] if head["kind"] == "permanent" else (
            phase_list[-1]["gain_per_month"] if head["kind"] == "temporary" else 0.0),
        "gain_phases": phase_list if case.job is not None and case.job.hours_per_week > 0 else [],
        "headline": head,
        "asset_test": answer.asset_test(proj, proj.first),  # now: the case month
        "details": answer.details(proj, f),
        "job": prepared.job_summary(),
    }


def calculate(data, lang: str = "nl", pack=None, timeline: bool = True, explanations: bool = True) -> dict:
    """The result `werktloont-result/1` in codes and numbers (`werktloont.api` adds the words in a language).

    `data`: a case dict, a Case or a PreparedCase. `timeline=False` leaves the month entries out of the result (the
    answer is read from them all the same). `explanations=False` leaves out the per-component explanations (batch).
    `lang` is passed to the explanations until they are codes.
    """
    prepared = prepare(data, pack)
    case = prepared.case
    proj = projection(prepared)
    result = read(prepared, proj)
    f = answer.first_month(proj)
    # The entries get their words in place (werktloont.texts): a copy, so the projection (cached for the window's
    # prepared case) stays codes and numbers.
    result["timeline"] = [dict(e, stay=dict(e["stay"])) for e in proj.entries] if timeline else []
    result["missing"] = [dict(m, code="toeslagen_cash") for m in proj.missing]
    result["actions"] = []
    if case.job is not None:
        result["action_codes"] = proj.summary["action_codes"] + _loonheffingskorting(
            prepared, result["without_job"]["bijstand"])
    result["plausibility"] = plausibility.checks(prepared)  # warnings as codes; words in texts.plausibility
    result["notices"] = (phases.notices(prepared, proj) + phases.existing_vrijlating_notice(proj)
                         + assets.car_exempt_notice(prepared) + phases.municipal_unknown(prepared)
                         + phases.verlaging_notice(prepared) + phases.inrichting_notice(prepared))
    result["asset_events"] = assets.asset_events(prepared, proj)
    result["asset_scenarios"] = assets.asset_scenarios(prepared, proj, result["asset_events"])
    # Beslag or schuldhulp (None without one): the protected amount and what goes to the creditors, in the month
    # the headline names.
    named = _headline_month(proj, result)
    # The month the headline names, as the first month is given: the charts' lasting view and the scenario table
    # read its amounts from here.
    named_without, named_with = answer.components(proj, STAY, named), answer.components(proj, JOB, named)
    result["headline_month"] = {"month": proj.label(named), "without_job": named_without, "with_job": named_with,
                                "difference": answer.difference(named_without, named_with)}
    result["debts"] = debts.debts(prepared, _month_view(proj, named), _month_view(proj, f))
    result["gemeente_debts"] = debts.gemeente_claims(result["asset_events"])
    result["car_exempt_alternative"] = _car_exempt_alternative(prepared)
    result["explanations"] = _explanations(prepared, proj, f, lang) if explanations else []
    # The months by date: every payment, the gap before the first wage, the follow-up plan (engine/followup.py).
    result["cash_calendar"] = cash_calendar.calendar_of(proj)
    result["first_month_gap"] = followup.first_month_gap(proj, result["cash_calendar"]["payments"])
    result["followup"] = followup.followup(proj, result["cash_calendar"]["payments"], result["first_month_gap"])
    return result


def _car_exempt_alternative(prepared: PreparedCase) -> dict | None:
    """The answer next to the one with the klantmanager's car amount (art. 34 lid 2 a): the same case without it, so
    with the municipality's published amount if there is one, else with the whole car counted. None when the amount
    is not the klantmanager's (a published amount, or none: then the notice car_exempt_unknown asks for it). Never
    an amount of our own: the law leaves it to the gemeente."""
    exempt = assets.car_exemption(prepared)
    if exempt["source"] != "case" or not assets.has_car(prepared):
        return None
    original = prepared.original
    variant = original.model_copy(update={"assets": original.assets.model_copy(update={"car_exempt": None})})
    other = prepare(variant, prepared.pack)
    alt = read(other, projection(other))
    return {"exempt": exempt["amount"], "alternative_exempt": exempt["municipal"] or 0.0,
            "basis": "gemeente" if exempt["municipal"] is not None else "whole_car",
            **{k: alt[k] for k in ("first_month", "gain_per_month", "gain_lasting", "gain_phases", "headline",
                                   "asset_test", "job")},
            "without_job": {k: alt["without_job"][k] for k in ("bijstand", "disposable")},
            "with_job": {k: alt["with_job"][k] for k in ("bijstand", "disposable")}}


def _headline_month(proj: Projection, result: dict) -> int:
    """The month index the headline names: the first month of its phase (the first month without a job)."""
    head = result["headline"]
    if head.get("phase") is None:
        return answer.first_month(proj)
    start = result["gain_phases"][head["phase"]]["from"]
    return proj.months.index(date(int(start[:4]), int(start[5:7]), 1))


def _month_view(proj: Projection, i: int) -> dict:
    """A month of the projection as a result holds it (components and details), with its label and parameters."""
    return {"month": proj.label(i), "snap": proj.groups_of()[i].snap, "without_job": answer.components(proj, STAY, i),
            "with_job": answer.components(proj, JOB, i), "details": answer.details(proj, i)}


def _explanations(prepared: PreparedCase, proj: Projection, f: int, lang: str) -> list[dict]:
    """Per component of the first month: the rule, its article, the values and their sources."""
    case = prepared.case
    month = answer.context_month(answer.context(proj, f))
    snap = proj.groups_of()[f].snap
    working = case.job is not None and case.job.hours_per_week > 0
    age = case.household.adults[case.job.person].age if case.job is not None else case.client_adult.age
    items = explain.other_items(case)
    taker = case.job.person if case.job is not None else 0
    for sc, point in ((STAY, 0), (JOB, 1)):  # the asset test as the projection applies it in that month
        walk, g = proj.walks[sc], month.point(point)
        limit = float(proj.limit[f])
        excess = max(float(walk["counted"][f]) - limit, 0.0)
        g.update(assets_counted=float(walk["counted"][f]), assets_limit=limit, assets_excess=excess,
                 assets_eligible=not bool(walk["blocked"][f]),
                 assets_months=excess / g["norm"] if g["norm"] > 0 else 0.0)
    partner = len(case.household.adults) > 1
    return (explain.explanations(snap, month, 0, lang, working=False, client_age=age, situation="without_job",
                                 other_items=items, taker=taker, partner=partner)
            + (explain.explanations(snap, month, 1, lang, working=working, client_age=age, situation="with_job",
                                    other_items=items, taker=taker, partner=partner) if case.job else []))


def first_month_with_job(data, pack=None) -> dict:
    """The job's first month with the job as `calculate` gives it, from the months up to it only (the short
    projection): `with_job` (its components) and `explanations` with, when the municipality has schemes, their
    entry for that month (component "municipal", situation "with_job", `schemes` as codes and numbers). The window
    compares the better point before a cliff with this one at other hours; a whole answer there cost every keystroke
    inside a cliff the engine time of a second one."""
    prepared = prepare(data, pack)
    proj = first_month_projection(prepared, with_parts=True)
    f = answer.first_month(proj)
    out: dict = {"with_job": answer.components(proj, JOB, f), "explanations": []}
    if prepared.case.job is not None:
        month = answer.context_month(answer.context(proj, f))
        if month.schemes:  # as _explanations gives them: the job's point of the month's context
            g = month.point(1)
            out["explanations"] = [{"component": "municipal", "situation": "with_job",
                                    "schemes": [explain.scheme_entry(a, g) for a in month.schemes]}]
    return out


__all__ = ["add_months", "calculate", "first_month_with_job", "months_between", "projection", "read"]
