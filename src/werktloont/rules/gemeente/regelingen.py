"""Gemeentelijke minimaregelingen (Participatiewet art. 35-36, local verordeningen): income limit as % of the norm."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from werktloont.params.schema import CHILD_12_17_AGES, Overlay, Scheme, SchemeValue, valid_date

HOUSEHOLD_CODES = {"alleenstaande": 0, "alleenstaande_ouder": 1, "paar": 2, "paar_met_kinderen": 3}
_N_CODES = max(HOUSEHOLD_CODES.values()) + 1


@dataclass(frozen=True)
class ActiveScheme:
    scheme: Scheme
    value: SchemeValue
    start: date


def _current(values: dict, on: date):
    current = None
    for key, value in values.items():
        start = valid_date(key)
        if start <= on:
            current = (start, value)
    return current


def _in_force(scheme: Scheme, on: date) -> tuple[date, SchemeValue] | None:
    current = _current(scheme.values, on)
    if current is None:
        return None
    start, value = current
    if value.until is not None and on > valid_date(value.until):
        return None
    return start, value


def active_schemes(overlay: Overlay, on: date) -> list[ActiveScheme]:
    """The schemes of the overlay with a known value in force on `on` (an `unknown` value counts as nothing)."""
    out = []
    for scheme in overlay.schemes:
        hit = _in_force(scheme, on)
        if hit is not None and hit[1].unknown is None:
            out.append(ActiveScheme(scheme, hit[1], hit[0]))
    return out


def in_force_key(overlay: Overlay | None, on: date) -> tuple:
    """Which dated value of every scheme is in force on `on`: equal keys, equal municipal amounts."""
    if overlay is None:
        return ()
    return tuple((hit[0] if hit is not None else None) for hit in (_in_force(s, on) for s in overlay.schemes))


def unknown_schemes(overlay: Overlay, on: date) -> list[tuple[Scheme, str]]:
    """The schemes whose value on `on` the municipality's publications did not give, with the reason."""
    return [(scheme, why) for scheme, why, _ in unknown_values(overlay, on)]


def unknown_values(overlay: Overlay, on: date) -> list[tuple[Scheme, str, SchemeValue]]:
    """As unknown_schemes, with the value itself (a kwijtschelding may keep its published bill next to `unknown`)."""
    out = []
    for scheme in overlay.schemes:
        hit = _in_force(scheme, on)
        if hit is not None and hit[1].unknown is not None:
            out.append((scheme, hit[1].unknown, hit[1]))
    return out


def auto_algemeen_gebruikelijk_unknown(overlay: Overlay | None, on: date) -> str | None:
    """Why the municipality's car amount (PW art. 34 lid 2 onder a) is not known on `on`, when the overlay marks it
    unknown; None otherwise (no overlay, no entry, or a known value)."""
    if overlay is None:
        return None
    current = _current(overlay.auto_algemeen_gebruikelijk, on)
    return current[1].unknown if current is not None and current[1].value is None else None


def auto_algemeen_gebruikelijk(overlay: Overlay | None, on: date) -> float | None:
    """The car value the municipality treats as algemeen gebruikelijk on `on` (PW art. 34 lid 2 onder a), or None
    when the overlay has none or marks it unknown (the asset test then uses its national default)."""
    if overlay is None:
        return None
    current = _current(overlay.auto_algemeen_gebruikelijk, on)
    if current is None or current[1].value is None:
        return None
    return float(current[1].value)


def _per_month(amount: float, v: SchemeValue) -> float:
    return amount / 12.0 if v.amount_period == "year" else amount


def monthly_amount(value: SchemeValue) -> float:
    """The scheme's amount per month (a yearly amount spread over twelve months); the largest if per household."""
    amounts = [a for a in (value.amounts or {}).values()] + ([value.amount] if value.amount is not None else [])
    amounts += list((value.amounts_by_persons or {}).values())
    return _per_month(capped(value, max(amounts)) if amounts else 0.0, value)


def capped(v: SchemeValue, amount):
    """The most that is remitted of a bill: all of it, or `remission_cap_pct` % (Rotterdam's afvalstoffenheffing)."""
    return amount if v.remission_cap_pct is None else v.remission_cap_pct / 100.0 * amount


def by_persons(table: dict[int, float], persons) -> np.ndarray:
    """The amount for the number of persons on the address: the highest key not above it (the last key means
    'that many or more'); below the lowest key the lowest key's amount."""
    keys = sorted(table)
    persons = np.asarray(persons)
    out = np.full(np.shape(persons), float(table[keys[0]]))
    for k in keys[1:]:
        out = np.where(persons >= k, float(table[k]), out)
    return out


def _table(amount: float | None, amounts: dict | None, base: np.ndarray | None = None) -> np.ndarray:
    """Amount per household code (an array indexed by HOUSEHOLD_CODES); `amounts` per type overrides `amount`."""
    out = np.full(_N_CODES, 0.0 if amount is None else float(amount)) if base is None else base.copy()
    if amount is not None and base is not None:
        out[:] = float(amount)
    for name, a in (amounts or {}).items():
        out[HOUSEHOLD_CODES[name]] = a
    return out


def has_child_12_17(children_ages) -> np.ndarray:
    """Per household: a child of the ages `amounts_child_12_17` is for (children on the last axis, -1: none)."""
    ages = np.asarray(children_ages)
    low, high = CHILD_12_17_AGES
    return np.any((ages >= low) & (ages <= high), axis=-1)


def full_amount(v: SchemeValue, household_code, child_12_17=False, persons=1) -> np.ndarray:
    """The scheme's amount per month for the household, before any income test (and before a remission cap)."""
    code = np.asarray(household_code)
    if v.amounts_by_persons:
        bill = by_persons(v.amounts_by_persons, persons) + np.zeros(np.shape(code))
        return np.asarray(_per_month(1.0, v) * bill, dtype=float)
    base = _table(v.amount, v.amounts)
    amount = base[code]
    if v.amounts_child_12_17:
        older = _table(None, v.amounts_child_12_17, base)
        amount = np.where(np.asarray(child_12_17, dtype=bool), older[code], amount)
    return np.asarray(_per_month(1.0, v) * amount, dtype=float)


def tested_income_and_limit(v: SchemeValue, income, norm_amount, vakantiegeld_share=0.0, excl_factor=1.0,
                            couple_norm=None):
    """Income and limit as the municipality compares them: both with, or both without vakantiegeld.

    With `income_limit_basis: norm_gehuwden` the limit is a percentage of `couple_norm` (the norm for gehuwden of
    21 and older, incl. vakantietoeslag) for every household, instead of the household's own norm.

    `vakantiegeld_share` is the part of `income` that is vakantiegeld (of the wage and of the bijstand);
    `excl_factor` turns the norm incl. vakantietoeslag into the norm without it (0,95 in the practice of the
    municipal norm tables, parameter bijstand.vakantietoeslag_reservering_praktijk_percent)."""
    income = np.asarray(income, dtype=float)
    if v.income_limit_basis == "norm_gehuwden":
        if couple_norm is None:
            raise ValueError("income_limit_basis norm_gehuwden needs the norm for gehuwden")
        norm_amount = couple_norm
    norm = np.asarray(norm_amount, dtype=float)
    if not v.income_limit_incl_vakantiegeld:
        income = income - np.asarray(vakantiegeld_share, dtype=float)
        norm = norm * excl_factor
    return income, (v.income_limit_pct or 0.0) / 100.0 * norm, norm


def kwijtschelding(v: SchemeValue, full, income, norm) -> np.ndarray:
    """Kwijtschelding with the payment-capacity test, simplified (Uitvoeringsregeling Invorderingswet 1990 art. 11-16).

    Betalingscapaciteit = the municipality's share (capacity_share_pct) of the net income above the kosten van
    bestaan (norm_pct % of the bijstandsnorm), per month; remitted = the yearly tax minus twelve months of
    capacity, not below zero. Simplified: the extra costs the regeling lets count (woonlasten above the
    amount in the norm, the zorgpremie above the zorgtoeslag, alimentatie) are left out, so the capacity is at
    most overstated and the remission never higher than the real one. Without norm_pct it is all or nothing at
    the income limit (the fictitious example municipality). With `remission_cap_pct` at most that share of the
    bill is remitted: the smaller of the capped share and what the capacity leaves (the capacity is set against
    the whole bill, as art. 11 does; the cap is the municipality's limit on top of it). A municipality that sets
    the capacity against the capped share instead remits less; Rotterdam's verordening was not read on this."""
    if v.norm_pct is None or v.capacity_share_pct is None:
        return capped(v, full)
    capacity = v.capacity_share_pct / 100.0 * np.maximum(income - v.norm_pct / 100.0 * norm, 0.0)
    return np.minimum(np.maximum(full - capacity, 0.0), capped(v, full))


def regeling(active: ActiveScheme, *, household_code, client_age, income, norm_amount, assets_ok_bijstand,
             counted_assets, child_12_17=False, vakantiegeld_share=0.0, excl_factor=1.0, persons=1,
             couple_norm=None, tested_limit=None) -> np.ndarray:
    """Monthly value of one scheme: the full amount while income stays at or below the limit, else nothing.

    This all-or-nothing income limit is what makes the classic cliff. `income` is the net household
    income the gemeente tests (net wage + bijstand, per month, incl. vakantiegeld share). A sliding scale
    (`tiers`) gives lower amounts up to higher limits; kwijtschelding tests the payment capacity instead.
    `persons` is the number of persons on the address, for a bill per number of persons (`amounts_by_persons`);
    `couple_norm` the norm for gehuwden, for a limit stated as a percentage of it (`income_limit_basis`).
    `tested_limit`: what `tested_income_and_limit` gives for these arguments, when the caller has it already.
    """
    s, v = active.scheme, active.value
    allowed = np.zeros(_N_CODES, dtype=bool)
    allowed[[HOUSEHOLD_CODES[t] for t in s.household_types]] = True
    fits = allowed[np.asarray(household_code)]
    if s.min_age is not None:
        fits = fits & (np.asarray(client_age) >= s.min_age)
    if v.asset_limit == "bijstand":
        assets_ok = assets_ok_bijstand
    elif v.asset_limit == "none":
        assets_ok = True
    else:
        assets_ok = np.asarray(counted_assets) <= v.asset_limit
    tested, limit, norm = tested_limit if tested_limit is not None else tested_income_and_limit(
        v, income, norm_amount, vakantiegeld_share, excl_factor, couple_norm)
    full = full_amount(v, household_code, child_12_17, persons)
    if s.kind == "kwijtschelding" and v.norm_pct is not None:
        amount = kwijtschelding(v, full, tested, norm)
    else:
        below = tested <= limit + 1e-9
        amount = np.where(below, capped(v, full), 0.0)
        for tier in v.tiers:
            tier_v = v.model_copy(update={"amount": tier.amount, "amounts": tier.amounts,
                                          "amounts_child_12_17": tier.amounts_child_12_17})
            tier_full = full_amount(tier_v, household_code, child_12_17)
            in_tier = ~below & (tested <= tier.income_limit_pct / 100.0 * norm + 1e-9)
            amount = np.where(in_tier, tier_full, amount)
            below = below | in_tier
    return np.where(fits & assets_ok, amount, 0.0)


def iit_reference_period(amount: np.ndarray, low: np.ndarray, months: int, test: str = "every_month",
                         ratio: np.ndarray | None = None, prior_ratio: float = 1.0) -> np.ndarray:
    """The individuele inkomenstoeslag over a timeline (PW art. 36): due in a month only when the income was low
    over the whole reference period before it (`every_month`: each month at or below the limit; `average`: the
    average income at or below the average limit). Months before the timeline count as low: the client is on
    bijstand. So a job above the limit costs the toeslag for `months` months after it, also after the job ends.

    `amount` the IIT per month if due, `low` per month whether income was under the limit, `ratio` income/limit
    per month (for `average`), all of shape (scenarios, T); `prior_ratio` that ratio in the months before the
    timeline (on bijstand: 100 % of the norm against the limit, e.g. 100/110)."""
    amount = np.asarray(amount, dtype=float)
    low = np.asarray(low, dtype=bool)
    out = np.zeros_like(amount)
    for sc in range(amount.shape[0]):
        for t in range(amount.shape[1]):
            lo = t - months + 1
            if test == "average" and ratio is not None:
                window = list(ratio[sc, max(lo, 0):t + 1]) + [prior_ratio] * max(-lo, 0)
                ok = float(np.mean(np.minimum(window, 10.0))) <= 1.0 + 1e-9
            else:
                ok = bool(np.all(low[sc, max(lo, 0):t + 1]))
            out[sc, t] = amount[sc, t] if ok else 0.0
    return out


def iit_timeline(overlay: Overlay, days: list[date], res: dict, first: int) -> np.ndarray:
    """The IIT per (scenario, month) of a timeline after its reference period (see iit_reference_period), with the
    municipality's value in force in the case month (`days[first]`, the case date). `res["iit"]` is the toeslag per
    month by that month's income alone, `res["iit_ratio"]` that income against the limit."""
    scheme = next(s for s in overlay.schemes if s.kind == "individuele_inkomenstoeslag")
    hit = _in_force(scheme, days[first])
    if hit is None or hit[1].unknown is not None:
        return np.zeros_like(res["iit"])
    v = hit[1]
    ratio = np.asarray(res["iit_ratio"], dtype=float)
    return iit_reference_period(res["iit"], ratio <= 1.0 + 1e-9, v.reference_months or 1, v.reference_test,
                                ratio=ratio, prior_ratio=100.0 / max(v.income_limit_pct or 100.0, 1e-9))
