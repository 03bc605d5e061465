"""The lasting answer: the gain per phase of the job (Participatiewet art. 31 lid 2 n/r, from 2027 art. 34a) and the
gain once every temporary vrijlating has ended. Codes and numbers only; the words are in werktloont.texts.

`gain_phases`: [{"from": "YYYY-MM", "to": "YYYY-MM" | None, "gain_per_month": x, "reason": code}], derived from
the timeline's months (with-job disposable minus stay disposable), consecutive months with the same reason
grouped, the gain the mean of the group. Reasons: vrijlating_n, vrijlating_r, vrijlating_34a (temporary),
lasting (work without a temporary vrijlating), ww, no_job (after the contract). A vrijlating phase still running
at the end of the timeline is closed where its period ends (every month counted) and followed by `lasting`.
`gain_lasting`: the month of the case with the job but without any temporary vrijlating (as `gain_per_month` is
month 1 of the job), so it needs no timeline.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from werktloont.engine.components import PARTS
from werktloont.engine.household import job_month0
from werktloont.engine.prepared import PreparedCase
from werktloont.engine.result import add_up, money
from werktloont.engine.timeline.months import add_months, month_label
from werktloont.rules import versions

TEMPORARY = ("vrijlating_n", "vrijlating_r", "vrijlating_34a")
FIRST_2027 = date(2027, 1, 1)  # the 2027 amounts not yet published are carried forward (status voorlopig)
_AFTER_ALL = 10_000  # a month of the job long after every vrijlating period


def steady_months(prepared: PreparedCase) -> tuple[str, tuple[int, int]]:
    """The vrijlating of the case date ("n" under art. 31, "34a" from 2027) and the months of the job to compute
    for the lasting gain and for the first month after the n period."""
    letter = "34a" if versions.select("inkomstenvrijlating", prepared.snap.on).version == "2027" else "n"
    after_n = _period_months("n", prepared.snap) + 1 if letter == "n" else _AFTER_ALL
    return letter, (_AFTER_ALL, after_n)


def steady_gains(prepared: PreparedCase, baseline: float, month) -> tuple[float, float | None]:
    """The gain per month with the job once the temporary vrijlating is over (none at AOW age under art. 31:
    there n has no time limit, so the lasting month keeps it), and under the art. 31 rules the gain in the first
    month after the n period (the r period of a single parent; None under art. 34a). `baseline`: the disposable
    income without the job (the result's, rounded). `month`: calculate's Month (calculate.evaluate): points 2 and 3
    with the job, point 4 without it once the vrijlating of a job the household already has is over too."""
    job = prepared.job
    if job is None or job.hours_per_week <= 0:
        return 0.0, None
    letter, _ = steady_months(prepared)
    # Both situations after every temporary vrijlating: the baseline less what the ended vrijlating of a job the
    # household already has takes away (nothing for a household without one).
    base = baseline + (_disposable(month.point(4)) - _disposable(month.point(0)))
    lasting = round(_disposable(month.point(2)) - base, 2)
    return lasting, (round(_disposable(month.point(3)) - base, 2) if letter == "n" else None)


def existing_vrijlating_notice(prepared: PreparedCase, month) -> list[dict]:
    """A job the household already has may still have its vrijlating in the first month (art. 31 lid 2 n / 34a;
    counted from current_job.start, or from the case month); in the lasting answer it is over, with or without the
    offer. Say so with the amount, so the lasting
    gain and the first month's table can be told apart (code existing_vrijlating_ends; words in texts.verdict)."""
    if month is None or not month.shape or month.shape[-1] != 5:
        return []
    first, later = month.point(0), month.point(4)
    ended = round(float(first["vrijlating"] + first["vrijlating_other"] - later["vrijlating"]
                        - later["vrijlating_other"]), 2)
    if ended <= 0:
        return []
    adults = prepared.case.household.adults
    who = [i for i, a in enumerate(adults) if a.current_job is not None and a.current_job.hours_per_week > 0]
    on = prepared.snap.on
    letter = "34a" if versions.select("inkomstenvrijlating", on).version == "2027" else "n"
    left = max(_period_months(letter, prepared.snap) - job_month0(adults[i], on) + 1 for i in who) if who else 0
    return [{"code": "existing_vrijlating_ends", "amount": ended, "months_left": max(left, 0),
             "who": "both" if len(who) > 1 else ("partner" if who == [1] else "client")}]


def _disposable(point: dict) -> float:
    """As in a result: the parts rounded to cents, then added up."""
    return round(float(add_up({k: money(point[k]) for k in PARTS})), 2)


def _reason(entry: dict) -> str:
    situation = entry["situation"]
    if situation.startswith("werk"):
        for note in entry.get("note_codes", []):
            if note["code"] == "vrijlating_month":
                return f"vrijlating_{note['letter']}"
        return "lasting"
    if situation.startswith("WW"):
        return "ww"
    return "no_job"


def _period_months(letter: str, snap) -> int:
    """The length of a vrijlating period in months of the job (n: 6; r: up to month 36; 34a: 12)."""
    p = snap.reg("bijstand")
    if letter == "34a":
        return int(p["vrijlating_34a_maanden"])
    n = int(p["vrijlating_algemeen_maanden"])
    return n if letter == "n" else n + int(p["vrijlating_alleenstaande_ouder_maanden"])


def _static(prepared: PreparedCase, first: float, lasting: float, r_gain: float | None) -> list[dict]:
    """Without a timeline: the vrijlating period of the case date's rules from the job's start month, then lasting
    (every month assumed to have bijstand; a single parent's r period is one more compute)."""
    job = prepared.job
    start = date.fromisoformat(job.start) if job.start else prepared.snap.on
    start = date(start.year, start.month, 1)
    if abs(first - lasting) < 0.005:
        return [{"from": month_label(start), "to": None, "gain_per_month": lasting, "reason": "lasting"}]
    version = versions.select("inkomstenvrijlating", prepared.snap.on).version
    letter = "34a" if version == "2027" else "n"
    n = _period_months(letter, prepared.snap)
    out = [{"from": month_label(start), "to": month_label(add_months(start, n - 1)), "gain_per_month": first,
            "reason": f"vrijlating_{letter}"}]
    if letter == "n" and r_gain is not None:
        if abs(r_gain - lasting) >= 0.005:
            total = _period_months("r", prepared.snap)
            out.append({"from": month_label(add_months(start, n)), "to": month_label(add_months(start, total - 1)),
                        "gain_per_month": r_gain, "reason": "vrijlating_r"})
            n = total
    out.append({"from": month_label(add_months(start, n)), "to": None, "gain_per_month": lasting, "reason": "lasting"})
    return out


def phases(prepared: PreparedCase, entries: list[dict], lasting: float, first: float | None = None,
           r_gain: float | None = None, existing: int = 0) -> list[dict]:
    """The phases of taking the job over the timeline's months (see the module docstring); without a timeline the
    static phases from the case date's rules (`first`: the month-1 gain, `r_gain`: see steady_gains). `existing`:
    the months from the case month that the vrijlating of a job the household already has still runs; meanwhile
    (in the situation without the offer too) the gain is not yet the lasting one: phase "existing_vrijlating"."""
    if prepared.job is None or prepared.job.hours_per_week <= 0:
        return []
    if not entries:
        return _static(prepared, lasting if first is None else first, lasting, r_gain)
    on = prepared.snap.on
    existing_end = add_months(date(on.year, on.month, 1), existing) if existing > 0 else None
    rows: list[list] = []  # [reason, from, to, gains, last vrijlating month]
    started = False
    for e in entries:
        reason = _reason(e)
        if reason == "lasting" and existing_end is not None and e["month"] < month_label(existing_end):
            reason = "existing_vrijlating"
        if not started and not reason.startswith(("vrijlating", "lasting", "existing")):
            continue  # the months before the job starts
        started = True
        gain = e["disposable"] - e["stay"]["disposable"]
        k = next((n["month"] for n in e.get("note_codes", []) if n["code"] == "vrijlating_month"), 0)
        if rows and rows[-1][0] == reason:
            rows[-1][2] = e["month"]
            rows[-1][3].append(gain)
            rows[-1][4] = k
        else:
            rows.append([reason, e["month"], e["month"], [gain], k])
    out = [{"from": r[1], "to": r[2], "gain_per_month": round(float(np.mean(r[3])), 2), "reason": r[0]}
           for r in rows]
    if not out:
        return out
    last = rows[-1]
    if last[0] in TEMPORARY:
        # Still running when the timeline ends: close it where its period ends, then the lasting gain.
        y, mo = (int(x) for x in last[2].split("-"))
        end_month = date(y, mo, 1)
        snap = prepared.pack.at(min(end_month, prepared.pack.coverage[1]))
        letter = last[0].split("_", 1)[1]
        total = _period_months(letter, snap)
        remaining = max(total - int(last[4]), 0)
        out[-1]["to"] = month_label(add_months(end_month, remaining))
        out.append({"from": month_label(add_months(end_month, remaining + 1)), "to": None,
                    "gain_per_month": lasting, "reason": "lasting"})
    else:
        out[-1]["to"] = None
        if out[-1]["reason"] == "lasting":
            # The open-ended phase is the lasting answer itself: the steady month (toeslagen on a whole year with
            # the job), not the mean of the window's months, whose toeslagen still follow the year before the job
            # (voorschot and settlement are in the timeline's months and cash).
            out[-1]["gain_per_month"] = lasting
    return out


def _provisional(pack, on: date) -> date | None:
    """When some value in force on `on` is provisional (status voorlopig): the date of the last definitive value
    it carries forward; None otherwise. Looked up once per day of the pack (keyed cache)."""
    snap = pack.at(min(max(on, pack.coverage[0]), pack.coverage[1]))
    return snap.derived(("phases.provisional",), lambda: _provisional_on(pack, snap.on))


def _provisional_on(pack, on: date) -> date | None:
    carried: date | None = None
    for pid in pack.index:
        pv = pack.lookup(pid, on)
        if pv is None or pv.status != "voorlopig" or pv.start < FIRST_2027:
            continue
        before = [v.start for v in pack.index[pid] if v.start < pv.start and v.status != "voorlopig"]
        if before:
            carried = max(before) if carried is None else max(carried, max(before))
    return carried


def notices(prepared: PreparedCase, entries: list[dict]) -> list[dict]:
    """What the reader must know about the amounts and rules used (codes; words in werktloont.texts.verdict):
    amounts_provisional (2027 amounts not yet published, the last known ones used), overgangsrecht_r_unknown
    (a single parent's art. 31 lid 2 r period running on 31 December 2026) and verhoging_bijzondere_bijstand (an
    18-20-year-old whose parents cannot contribute, before 2026: then bijzondere bijstand, art. 12)."""
    pack = prepared.pack
    days = sorted({prepared.snap.on} | {date.fromisoformat(e["parameters_from"]) for e in entries})
    out: list[dict] = []
    for d in days:
        carried = _provisional(pack, d)
        if carried is not None:
            out.append({"code": "amounts_provisional", "from": d.isoformat(), "carried_from": carried.isoformat()})
            break
    young_age = prepared.snap.reg("bijstand")["jongerennorm_max_leeftijd"]
    young = [a for a in prepared.case.household.adults if a.parents_cannot_contribute and a.age < young_age]
    if young and not versions.in_force("verhoging_jongerennorm", prepared.snap.on):
        out.append({"code": "verhoging_bijzondere_bijstand"})  # before 2026: art. 12, bijzondere bijstand
    # A single parent's r period still running when art. 34a replaces art. 31 lid 2 n and r (rules/versions.py).
    start_34a = next(v.geldig_vanaf for v in versions.versions("inkomstenvrijlating") if v.version == "2027")
    last_old, first_new = month_label(add_months(start_34a, -1)), month_label(start_34a)
    r_dec = any(e["month"] == last_old and any(n.get("letter") == "r" for n in e.get("note_codes", []))
                for e in entries)
    if r_dec and any(e["month"] == first_new and e["situation"].startswith("werk") for e in entries):
        out.append({"code": "overgangsrecht_r_unknown"})
    out.extend(alleenverdieners(prepared))
    return out


# Benefits other than bijstand that can make a couple an alleenverdiener household (art. 78gg lid 1 a).
_BENEFITS = frozenset({"ww", "wia", "wajong", "anw"})


def alleenverdieners(prepared: PreparedCase) -> list[dict]:
    """Art. 78gg: a couple living on a benefit other than bijstand (possibly topped up with bijstand) may get a
    fixed yearly tegemoetkoming. Named, not counted: whether the household qualifies (fewer toeslagen than a
    bijstand-only household through the afbouw of the dubbele algemene heffingskorting, lid 1 b-c) is decided by
    the Belastingdienst over the whole year, and the sum is no middelen (art. 31 lid 2 w). `amount` is None when the
    year's amount is not yet set; `job_adds_wage`: the offer adds a wage, which may end the qualification."""
    adults = prepared.case.household.adults
    if len(adults) < 2 or not any(i.kind in _BENEFITS for a in adults for i in a.other_income):
        return []
    entry = prepared.pack.lookup("bijstand.tegemoetkoming_alleenverdieners", prepared.snap.on)
    if entry is None or entry.ended:  # outside the years of the scheme
        return []
    amount = prepared.snap.reg("bijstand").get("tegemoetkoming_alleenverdieners")  # None while unknown
    job = prepared.case.job
    return [{"code": "tegemoetkoming_alleenverdieners", "year": prepared.snap.on.year, "amount": amount,
             "job_adds_wage": job is not None and job.hours_per_week > 0}]
