"""Plausibility checks on a case (warnings, never refusals): codes and numbers only, limits read from the pack.

The words are in werktloont.texts.plausibility. A warning says "look again at this input", not "this is wrong":
the calculation stands as entered (the rules already cap a childcare price or a rent where the law does).
"""

from __future__ import annotations

from werktloont.engine.prepared import PreparedCase
from werktloont.engine.timeline.plan import before_case_date
from werktloont.errors import MissingParameterError

# Kinderopvangtoeslag stops when a child goes to secondary school (Wet kinderopvang art. 1.1, "kind": up to the
# start of voortgezet onderwijs), not at an age; most children start there at 12. From 13 on care is unusual, so
# it is worth a question. This is a rule of thumb for a warning, not a legal limit.
CHILDCARE_UNUSUAL_FROM_AGE = 13
# A price this much above the maximum uurprijs is more likely a typo (a day or month price) than a real price.
PRICE_FAR_ABOVE = 1.5

_MAX_PRICE = {"dagopvang": "max_uurprijs_dagopvang", "bso": "max_uurprijs_bso",
              "gastouder": "max_uurprijs_gastouderopvang"}


def _param(reg, key: str) -> float | None:
    try:
        return float(reg[key])
    except (MissingParameterError, KeyError):
        return None


def checks(prepared: PreparedCase) -> list[dict]:
    """[{"code", "field", ...numbers}] for each input that looks unlikely; empty when all looks plausible."""
    case, snap = prepared.case, prepared.snap
    found: list[dict] = []
    kot = snap.reg("kinderopvangtoeslag")
    for i, child in enumerate(case.household.children):
        care = child.childcare
        if care is None:
            continue
        field = f"household.children[{i}].childcare"
        if child.age >= CHILDCARE_UNUSUAL_FROM_AGE:
            found.append({"code": "childcare_child_too_old", "field": field, "child": i + 1, "age": child.age,
                          "type": care.type})
        maximum = _param(kot, _MAX_PRICE[care.type])
        if maximum is not None and care.hourly_price > maximum * PRICE_FAR_ABOVE:
            found.append({"code": "childcare_price_far_above_maximum", "field": field + ".hourly_price",
                          "child": i + 1, "price": care.hourly_price, "maximum": maximum, "type": care.type})
    rent = case.household.rent
    if rent is not None and rent.base_rent > 0:
        ht = snap.reg("huurtoeslag")
        young_age = _param(ht, "jongeren_leeftijd")
        young = young_age is not None and all(a.age < young_age for a in case.household.adults)
        key = "maximale_huurgrens_jongeren" if young and not case.household.children else "maximale_huurgrens"
        limit = _param(ht, key)
        if limit is not None and rent.base_rent > limit:
            found.append({"code": "rent_above_huurtoeslag_limit", "field": "household.rent.base_rent",
                          "rent": rent.base_rent, "limit": limit})
    job = case.job
    if job is not None and job.hours_per_week > 0 and job.hourly_wage is not None:
        if job.hourly_wage <= 0:
            found.append({"code": "wage_zero", "field": "job.hourly_wage"})
        elif job.hourly_wage < prepared.minimum_hourly_wage - 0.005:
            found.append({"code": "wage_below_minimum", "field": "job.hourly_wage", "wage": job.hourly_wage,
                          "minimum": prepared.minimum_hourly_wage})
    if not any(a.bijstand_entitled for a in case.household.adults):  # art. 11, 13: computed without bijstand
        found.append({"code": "no_right_to_bijstand", "field": "household.adults[0].bijstand_entitled",
                      "adults": len(case.household.adults)})
    before = before_case_date(case)  # the offer began before the case date: what is assumed about its months
    if before is not None:
        found.append({**before, "field": "job.start"})
    # "works" without any income of its own (older case files): the income must be filled in to count.
    taker = job.person if job is not None else 0
    for i, adult in enumerate(case.household.adults):
        if adult.works and adult.current_job is None and not adult.other_income and i != taker:
            found.append({"code": "works_without_income", "field": f"household.adults[{i}].current_job",
                          "adult": i})
    return found
