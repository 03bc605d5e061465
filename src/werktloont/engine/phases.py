"""Notices about an answer: what the reader must know about the amounts and rules used, read from the projection.
Codes and numbers only; the words are in werktloont.texts.verdict. (The phases themselves are read from the
projection in engine/answer.py.)"""

from __future__ import annotations

from datetime import date

from werktloont.engine.prepared import PreparedCase
from werktloont.engine.timeline import Projection
from werktloont.engine.timeline.money import STAY
from werktloont.months import month_label
from werktloont.rules import versions
from werktloont.rules.gemeente import regelingen

FIRST_2027 = date(2027, 1, 1)  # the 2027 amounts not yet published are carried forward (status voorlopig)


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


def notices(prepared: PreparedCase, proj: Projection) -> list[dict]:
    """amounts_provisional (amounts not yet published, the last known ones used), overgangsrecht_unknown (a
    temporary vrijlating running in the last month of a version of the inkomstenvrijlating, whose next version has
    no transitional rule we know), verhoging_bijzondere_bijstand (an 18-20-year-old whose parents cannot contribute,
    before 2026: then bijzondere bijstand, art. 12) and the art. 78gg tegemoetkoming."""
    pack = prepared.pack
    days = sorted({prepared.snap.on} | {date.fromisoformat(e["parameters_from"]) for e in proj.entries})
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
    out.extend(overgangsrecht(proj))
    out.extend(alleenverdieners(prepared))
    out.extend(age_boundaries(prepared, proj))
    return out


# Ages at which the bijstand changes for an adult (bijstand.yaml): the youth norm ends (art. 20), the zoektermijn
# and the limit on the vrijlating's age end (art. 41 lid 4, art. 31 lid 2 n), the AOW norm starts (art. 22).
_AGE_LINES = (("jongerennorm_max_leeftijd", "jongerennorm"), ("zoektermijn_max_leeftijd", "zoektermijn"),
              ("aow_leeftijd", "aow"))


def age_boundaries(prepared: PreparedCase, proj: Projection) -> list[dict]:
    """An adult who may reach one of those ages within the projection: the calculation keeps every adult at the age
    of the case date (no birthday is known), so say which age is reached and what changes then (code
    age_boundary). Reached at the latest after whole years: age + ceil(months / 12)."""
    p = prepared.snap.reg("bijstand")
    months = len(proj.months) - proj.first
    years = -(-months // 12)
    out: list[dict] = []
    for who, adult in enumerate(prepared.case.household.adults):
        for key, what in _AGE_LINES:
            line = p.get(key)
            if line is not None and adult.age < line <= adult.age + years:
                # Every twelve months hold a birthday: certain when the months cover them all.
                out.append({"code": "age_boundary", "who": who, "age": adult.age, "boundary": int(line),
                            "what": what, "certain": (line - adult.age) * 12 <= months})
    return out


def overgangsrecht(proj: Projection) -> list[dict]:
    """A temporary vrijlating part (art. 31 lid 2 n or r) running in the last month before another version of the
    inkomstenvrijlating takes over (art. 34a from 2027): no transitional rule was found, so say so, with the part
    and the change month (code overgangsrecht_unknown). For the offer (`letter`) and for a job the household
    already has (`existing`: its period runs in both situations)."""
    out: list[dict] = []
    groups = proj.groups_of()
    res = proj.res
    adults = proj.prepared.case.household.adults
    existing_limited = any(a.current_job is not None and not a.medisch_urenbeperkt for a in adults)
    for i in range(max(proj.first, 1), len(proj.months)):
        old, new = versions.vrijlating(groups[i - 1].on), versions.vrijlating(groups[i].on)
        if old is new:
            continue
        # What was computed instead: the new version's first part, its percentage and period (from the pack).
        p = proj.days.at(groups[i].on).reg("bijstand")
        computed = {"month": proj.label(i), "version": new.version, "percent": new.free_percent(new.parts[0], p),
                    "months": new.period_end(new.parts[0], p)}
        before = proj.letters[i - 1]
        if before is not None and not old.unlimited(before) and proj.plans[0].hours[i] > 0:
            out.append({"code": "overgangsrecht_unknown", "letter": before, **computed})
        running = float(res["vrijlating"][STAY, i - 1] + res["vrijlating_other"][STAY, i - 1])
        if existing_limited and running > 0.005:
            out.append({"code": "overgangsrecht_unknown", "letter": None, **computed, "existing": True})
    return out


def existing_vrijlating_notice(proj: Projection) -> list[dict]:
    """A job the household already has may have its vrijlating in the first month (art. 31 lid 2 n / 34a, counted
    from current_job.start, or from the case month); it ends with or without the offer. Say so with the amount and
    how many months it still runs (code existing_vrijlating_ends; words in texts.verdict)."""
    res = proj.res
    running = res["vrijlating"][STAY] + res["vrijlating_other"][STAY]
    i0 = proj.first
    amount = round(float(running[i0]), 2)
    if amount <= 0.005:
        return []
    left = 0
    while i0 + left < len(proj.months) and running[i0 + left] > 0.005:
        left += 1
    adults = proj.prepared.case.household.adults
    who = [i for i, a in enumerate(adults) if a.current_job is not None and a.current_job.hours_per_week > 0]
    return [{"code": "existing_vrijlating_ends", "amount": amount, "months_left": left,
             "who": "both" if len(who) > 1 else ("partner" if who == [1] else "client")}]


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


def municipal_unknown(prepared: PreparedCase) -> list[dict]:
    """Every municipal value the overlay marks unknown on the case date (an IIT, a stadspas ...): named, with the
    reason, instead of counting it as € 0 without a word (code municipal_value_unknown)."""
    overlay = prepared.overlay
    if overlay is None:
        return []
    return [{"code": "municipal_value_unknown", "scheme": scheme.id, "kind": scheme.kind,
             "label": {"nl": scheme.label.nl, "en": scheme.label.en}, "reason": why,
             "municipality": prepared.case.municipality}
            for scheme, why in regelingen.unknown_schemes(overlay, prepared.case.on)]


def verlaging_notice(prepared: PreparedCase) -> list[dict]:
    """Art. 18 lid 2: the case's verlaging, said with its facts (code bijstand_verlaging; the months themselves are
    in the projection)."""
    v = prepared.case.bijstand_verlaging
    if v is None:
        return []
    case = prepared.case
    return [{"code": "bijstand_verlaging", "percentage": v.percentage, "months": v.months,
             "from": v.from_month or month_label(case.on), "basis": v.basis}]


def inrichting_notice(prepared: PreparedCase) -> list[dict]:
    """Art. 23 and art. 13 lid 2 a: an adult in an inrichting; one of 18, 19 or 20 has no right to algemene
    bijstand (code inrichting, `young`: that adult's index)."""
    young_age = prepared.snap.reg("bijstand")["jongerennorm_max_leeftijd"]
    adults = prepared.case.household.adults
    inside = [i for i, a in enumerate(adults) if a.in_inrichting]
    if not inside:
        return []
    return [{"code": "inrichting", "adults": inside,
             "young": [i for i in inside if adults[i].age < young_age], "couple": len(adults) > 1}]
