"""The one answer, read from the projection (engine/timeline): the first month, the phases, the headline and the
asset test. Every view (window, CLI, report, batch) reads these, so they can never disagree. Codes and numbers
only; the words are in werktloont.texts.

- **first month**: the job's first month in the projection (the case month without a job); `without_job` is the
  same month when staying on bijstand.
- **phases**: runs of months with the same reason and an equal gain (within € 1), every month of the projection in
  exactly one phase, the months before the job starts included. Reasons: before_job, vrijlating_<letter> (the part
  of the inkomstenvrijlating in force: n, r, 34a), existing_vrijlating, lasting (work without a temporary
  vrijlating), assets_above_limit (no bijstand with the job while the assets are above the limit),
  assets_without_job (none without it), ww, ww_tw, zoektermijn, no_job (back on bijstand after the contract).
- **headline**: a permanent job names its lasting gain (the last phase) and the earlier phases; a temporary
  contract the gain while it lasts, how long, and what follows. Only a permanent job's gain is "lasting".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from werktloont.engine.components import COSTS, PARTS
from werktloont.engine.compose import Month, compute_month
from werktloont.engine.household import HouseholdArrays
from werktloont.engine.result import money
from werktloont.engine.timeline import Projection, after_contract
from werktloont.engine.timeline.money import JOB, STAY
from werktloont.params.loader import Snapshot
from werktloont.rules.participatiewet import vermogen

PHASE_TOLERANCE = 1.0  # euros a month: toeslagen are paid in whole euros, smaller differences are rounding
TEMPORARY = ("vrijlating_n", "vrijlating_r", "vrijlating_34a")
DETAILS = ("norm", "vrijlating", "toetsingsinkomen", "gross_wage", "vakantiegeld")


def first_month(proj: Projection) -> int:
    """The month index the result's `without_job` / `with_job` describe."""
    return proj.job_start if proj.job_start is not None else proj.first


def components(proj: Projection, sc: int, i: int) -> dict[str, float]:
    """The components of month i in one scenario as in a result: rounded parts and their sum."""
    parts = proj.parts[sc]
    out = {k: parts[k][i] for k in PARTS}
    out["disposable"] = parts["disposable"][i]
    return out


def difference(without: dict[str, float], with_job: dict[str, float]) -> dict[str, float]:
    """What the job changes in each row, as every table's Verschil column shows it: what it adds to or takes from
    what is left to spend. A cost that rises is a minus, so the column adds up to the change in `disposable`."""
    return {k: round(without[k] - with_job[k] if k in COSTS else with_job[k] - without[k], 2) for k in without}


def gain(proj: Projection, i: int) -> float:
    return round(proj.parts[JOB]["disposable"][i] - proj.parts[STAY]["disposable"][i], 2)


def reason(proj: Projection, i: int) -> str:
    """Why the gain of month i is what it is (a code; words in werktloont.texts.verdict)."""
    plan, start = proj.plans[JOB], proj.job_start
    if start is None or i < start:
        return "before_job"
    if plan.hours[i] > 0:
        letter = proj.letters[i]
        if letter is not None:
            return f"vrijlating_{letter}"
        if proj.walks[JOB]["blocked"][i]:  # working, and the savings still above the limit: no top-up meanwhile
            return "assets_above_limit"
        if proj.walks[STAY]["blocked"][i]:  # without the job no bijstand while the assets are above the limit
            return "assets_without_job"
        stay_vrij = proj.res["vrijlating"][STAY, i] + proj.res["vrijlating_other"][STAY, i]
        return "existing_vrijlating" if stay_vrij > 0.005 else "lasting"
    assert plan.tw_gross is not None
    if plan.ww_gross[i] > 0:
        return "ww_tw" if plan.tw_gross[i] > 0.005 else "ww"
    walk = proj.walks[JOB]
    if walk["blocked"][i]:
        return "assets_above_limit"
    if walk["zoektermijn"][i]:
        return "zoektermijn"
    return "no_job"


def phases(proj: Projection) -> list[dict]:
    """Runs of equal gain (max - min within PHASE_TOLERANCE) and equal reason over every month from the case month.
    The gain of a phase is the mean of its months (so within € 1 of each); the last phase is open-ended (`to`
    None): the projection ends, its situation goes on."""
    runs: list[list] = []  # [reason, first index, last index, gains]
    for i in range(proj.first, len(proj.months)):
        r, g = reason(proj, i), gain(proj, i)
        if runs and runs[-1][0] == r and max(runs[-1][3] + [g]) - min(runs[-1][3] + [g]) <= PHASE_TOLERANCE:
            runs[-1][2] = i
            runs[-1][3].append(g)
        else:
            runs.append([r, i, i, [g]])
    out = [{"from": proj.label(a), "to": proj.label(b), "months": b - a + 1,
            "gain_per_month": round(float(np.mean(gains)), 2), "reason": r} for r, a, b, gains in runs]
    if out:
        out[-1]["to"] = None
    return out


def headline(proj: Projection, phase_list: list[dict]) -> dict:
    """What the answer leads with (codes and numbers; the sentence is werktloont.texts.verdict.headline)."""
    case = proj.prepared.case
    start = proj.job_start
    if case.job is None or case.job.hours_per_week <= 0 or start is None or not phase_list:
        # no_job_in_window: an offer that starts after the months the projection looks at
        no_offer = case.job is None or case.job.hours_per_week <= 0
        return {"kind": "no_job" if no_offer else "no_job_in_window", "amount": 0.0, "lasting": False, "phase": None}
    job_phases = [k for k, ph in enumerate(phase_list) if ph["reason"] != "before_job"]
    end = proj.contract_end
    stay_blocked = bool(proj.walks[STAY]["blocked"][start])
    last = len(proj.months) - 1
    # Everything the job brings from its first month to the end of the projection, months added up: a contract
    # can leave the household worse off over the whole stretch even when its months look good.
    total = money(sum(gain(proj, i) for i in range(start, last + 1)))
    common = {"stay_without_bijstand": stay_blocked, "assets_reason": after_contract.assets_reason(case),
              "total": total, "total_months": last + 1 - start, "total_to": proj.label(last)}
    if end is None:
        k = job_phases[-1]
        earlier = [j for j in job_phases if j < k]
        # The months before the lasting gain, added up: what the first months bring on top (or less).
        earlier_total = money(sum(phase_list[j]["gain_per_month"] * phase_list[j]["months"] for j in earlier))
        return {"kind": "permanent", "amount": phase_list[k]["gain_per_month"], "lasting": True, "phase": k,
                "from": phase_list[k]["from"], "earlier": earlier, "earlier_total": earlier_total,
                "earlier_months": sum(phase_list[j]["months"] for j in earlier), **common}
    end_i = min(end, last)
    end_label = proj.label(end_i)
    during = [j for j in job_phases if phase_list[j]["from"] <= end_label]
    k = max(during, key=lambda j: (phase_list[j]["months"], -j))
    after = [j for j in job_phases if phase_list[j]["from"] > end_label]
    then: list[str] = []
    for j in after:
        if phase_list[j]["reason"] not in then:
            then.append(phase_list[j]["reason"])
    # The contract's months differ (a vrijlating that ends, a norm that changes): its amount is their average.
    amounts = [phase_list[j]["gain_per_month"] for j in during]
    varies = max(amounts) - min(amounts) > PHASE_TOLERANCE
    amount = money(sum(gain(proj, i) for i in range(start, end_i + 1)) / (end_i + 1 - start)) if varies else \
        phase_list[k]["gain_per_month"]
    return {"kind": "temporary", "amount": amount, "average": varies, "lasting": False, "phase": k,
            # The months from the projection's first month with the job: fewer than the contract's when it began
            # before the case date (`already_running`).
            "from": proj.label(start), "months": end - start + 1, "contract_end": end_label,
            "already_running": end - start + 1 < (case.job.contract_months or 0),
            "during": during, "then": then, "after": after,
            "then_amount": phase_list[-1]["gain_per_month"] if after else None, **common}


def asset_test(proj: Projection, i: int) -> dict:
    """The asset test of month i without the job (the situation the client is in now)."""
    walk = proj.walks[STAY]
    snap = proj.groups_of()[i].snap
    home = float(vermogen.woning_boven_vrijlating(proj.prepared.case.assets.home_equity, snap.reg("vermogen")))
    limit = float(proj.limit[i])
    without_home = float(walk["counted"][i])
    counted = without_home + home
    eligible = without_home <= limit + 1e-9
    excess = max(counted - limit, 0.0)
    norm = float(proj.res["norm"][STAY, i])
    kind = "geen_bijstand" if not eligible else "lening" if counted > limit + 1e-9 else "ok"
    return {"counted": money(counted), "limit": money(limit), "eligible": eligible, "excess": money(excess),
            "months_of_norm": round(excess / norm, 1) if norm > 0 else 0.0, "kind": kind}


def details(proj: Projection, i: int) -> dict:
    return {name: {k: money(float(proj.res[k][sc, i])) for k in DETAILS}
            for name, sc in (("without_job", STAY), ("with_job", JOB))}


@dataclass(frozen=True)
class Context:
    """The inputs of one month of both scenarios (point 0: staying, point 1: the job), to compute that month again
    at other hours or wages (the curve, the solver) or with its parameter trace (the explanations)."""

    snap: Snapshot
    on: date
    hh: HouseholdArrays
    overlay: Any
    wage: float
    hours: float
    months_into_job: int
    existing_months: tuple[int, int]
    benefit_gross: tuple[float, float]
    factor: tuple[float, float]
    blocked: bool  # taking the job: assets above the limit in a month the test applies, whatever the bijstand


def context(proj: Projection, i: int) -> Context:
    g = proj.groups_of()[i]
    job, stay = proj.plans
    case = proj.prepared.case
    wage = case.job.hourly_wage if case.job is not None and case.job.hourly_wage is not None else 0.0
    ex = (int(stay.existing_months[i]), int(job.existing_months[i]))
    walks = proj.walks
    return Context(snap=g.snap, on=g.on, hh=proj.hh_free[g.hkey], overlay=proj.prepared.overlay, wage=float(wage),
                   hours=float(job.hours[i]), months_into_job=int(job.months_into_job[i]), existing_months=ex,
                   benefit_gross=(float(stay.benefit_gross[i]), float(job.benefit_gross[i])),
                   factor=(float(walks[STAY]["factor"][i]), float(walks[JOB]["factor"][i])),
                   blocked=bool(walks[JOB]["blocked"][i] or (
                       walks[JOB]["counted"][i] > proj.limit[i] + 1e-9 and proj.continuous[i])))


def context_month(ctx: Context) -> Month:
    """Both points of a context's month with their parameter trace (for the explanations)."""
    return compute_month(ctx.snap, ctx.hh, on=ctx.on, hourly_wage=np.array([0.0, ctx.wage]),
                         hours_per_week=np.array([0.0, ctx.hours]), months_into_job=np.array([0, ctx.months_into_job]),
                         childcare_scale=np.array([0.0, 1.0 if ctx.hours > 0 else 0.0]),
                         existing_months=np.array(ctx.existing_months), overlay=ctx.overlay,
                         benefit_gross=np.array(ctx.benefit_gross), bijstand_factor=np.array(ctx.factor))
