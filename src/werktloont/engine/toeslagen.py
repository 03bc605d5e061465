"""A proefberekening like the Belastingdienst's: toeslagen for a given yearly toetsingsinkomen.

One household at one income, so the path stays lean: the input is validated once (no case built from a copy of
it), and each rule runs in its two stages. The household stage gets one-element arrays read straight from the
validated household and is kept per parameter day and household in the snapshot's keyed cache (as plain numbers);
the income stage, the same code the month pipeline runs on arrays, runs on plain floats (rules.elementwise.FLOATS).
The rules are wired to their arguments once, in engine/toeslag_stages.py, for this and the month pipeline alike;
what differs is where the household facts come from (here the validated input, there engine.household), which
tests/engine/test_toeslagen_proef.py checks by comparing both on generated households.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from werktloont.engine import toeslag_stages
from werktloont.engine.components import TOESLAGEN
from werktloont.engine.household import CHILDCARE_KIND, children_ages
from werktloont.engine.prepared import check_applicant_age
from werktloont.errors import InputError
from werktloont.model.case import Assets, Household, validate_input
from werktloont.params import load_pack
from werktloont.params.snapshot import Snapshot
from werktloont.rules.elementwise import FLOATS

FORMAT = "werktloont-toeslagen/1"
_CACHE = "toeslagen.proefberekening"  # the owner of this module's entries in the snapshot's keyed cache


class ToeslagenInput(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    year: int = Field(ge=1900, le=2200)
    toetsingsinkomen: float = Field(ge=0, le=100_000_000, allow_inf_nan=False)
    household: Household
    assets: Assets = Field(default_factory=Assets)  # a factory: pydantic deep-copies a default instance per call


def toeslagen(data: dict, pack=None) -> dict:
    if not isinstance(data, dict):
        raise InputError("", "de invoer moet een JSON-object zijn")
    inp = validate_input(ToeslagenInput, data)
    pack = pack or load_pack()
    try:
        snap = pack.at(date(inp.year, 1, 1))
    except InputError as exc:
        raise InputError("year", exc.message) from None
    check_applicant_age(snap, inp.household.adults[0].age)
    result = {"format": FORMAT, "year": inp.year, "toetsingsinkomen": inp.toetsingsinkomen,
              "parameters": {"pack": pack.version}}
    for name, (per_month, per_year) in _amounts(snap, inp.household, inp.assets, inp.toetsingsinkomen).items():
        result[name] = {"per_month": int(round(per_month)), "per_year": round(per_year, 2)}
    return result


def _one(value) -> np.ndarray:
    """A household fact as the one-element array engine.household gives it (same dtype: bool, int or float)."""
    return np.array([value])


def _scalars(stage: dict) -> dict:
    """A household stage computed on one-element arrays, as plain Python numbers (`.item()` keeps each value
    exactly: the same double, int or bool), for the income stage on rules.elementwise.FLOATS."""
    return {k: _scalars(v) if isinstance(v, dict) else v.item() if isinstance(v, (np.ndarray, np.generic)) else v
            for k, v in stage.items()}


def _household_key(hh: Household, vermogen: float) -> tuple:
    """Every household fact a household stage reads (the income is not one)."""
    return (tuple((a.age, a.zorgverzekerd) for a in hh.adults),
            tuple((c.age, c.childcare and (c.childcare.type, c.childcare.hours_per_month, c.childcare.hourly_price))
                  for c in hh.children),
            hh.cost_sharers, hh.rent and (hh.rent.base_rent, hh.rent.service_costs), vermogen)


def _amounts(snap: Snapshot, hh: Household, assets: Assets, income: float) -> dict[str, tuple[float, float]]:
    """(per month, per year) of each toeslag, with the month pipeline's wiring (engine/toeslag_stages.py).

    Each rule runs in its two stages: the household stage on the one-element arrays the month pipeline would
    give, kept per parameter day and household in the snapshot's keyed cache as plain numbers; the income stage
    on plain floats. The first time, each toeslag's income stage runs right after its household stage, so an
    unknown parameter stops the calculation where the month pipeline stops; a failed stage is not kept.
    """
    # Box-3 style, as HouseholdArrays.toeslag_vermogen: no car for own use, no eigen woning (Wet IB art. 5.3).
    vermogen = max(assets.savings + assets.other - assets.debts, 0.0)
    out: dict[str, tuple[float, float]] = {}

    def income_stage(name: str, h: dict | None) -> tuple[float, float]:
        # A proefberekening assumes the conditions are met, so the work condition (Wet kinderopvang art. 1.6) holds.
        r = toeslag_stages.income_stage(name, h, income, hh.cost_sharer_income, snap, work_condition=True, xp=FLOATS)
        return float(r["per_month"]), float(r["per_year"])

    def first_time() -> dict:
        facts, cc_hours = _facts(hh, vermogen)
        stages = {}
        for name in TOESLAGEN:
            h = toeslag_stages.household_stage(name, snap, facts, on=snap.on, cc_hours=cc_hours)
            stages[name] = None if h is None else _scalars(h)
            out[name] = income_stage(name, stages[name])
        return stages

    stages = snap.derived((_CACHE, _household_key(hh, vermogen)), first_time)
    if not out:  # the household stages were kept: the income stages alone
        for name, h in stages.items():
            out[name] = income_stage(name, h)
    return out


@dataclass
class _Facts:
    """The household facts the toeslagen read (toeslag_stages.ToeslagHousehold), one element each, as
    engine.household gives them (the same dtypes)."""

    has_partner: np.ndarray
    client_age: np.ndarray
    partner_age: np.ndarray
    cost_sharers: np.ndarray
    base_rent: np.ndarray
    service_costs: np.ndarray
    has_rent: np.ndarray
    n_children: np.ndarray
    children_ages: np.ndarray
    n_insured: np.ndarray
    cc_price: np.ndarray
    cc_kind: np.ndarray
    toeslag_vermogen: np.ndarray
    n_persons: np.ndarray
    kgb_ages_before: None = None  # one year at the ages given: no month before to count (see HouseholdArrays)


def _facts(hh: Household, vermogen: float) -> tuple[_Facts, np.ndarray]:
    """The facts and the childcare hours of the children in care (children on the last axis)."""
    partner = hh.adults[1] if len(hh.adults) > 1 else None
    ages = [c.age for c in hh.children]
    care = [c.childcare for c in hh.children if c.childcare]
    facts = _Facts(
        has_partner=_one(partner is not None), client_age=_one(hh.adults[0].age),
        partner_age=_one(partner.age if partner else 0), cost_sharers=_one(hh.cost_sharers),
        base_rent=_one(hh.rent.base_rent if hh.rent else 0.0),
        service_costs=_one(hh.rent.service_costs if hh.rent else 0.0), has_rent=_one(hh.rent is not None),
        n_children=_one(len(ages)), children_ages=children_ages([ages]),
        n_insured=_one(sum(1 for a in hh.adults if a.zorgverzekerd)),
        cc_price=np.array([[c.hourly_price for c in care]], dtype=float),
        cc_kind=np.array([[CHILDCARE_KIND[c.type] for c in care]], dtype=np.int8),
        toeslag_vermogen=_one(vermogen), n_persons=_one(1 + (partner is not None) + len(ages) + hh.cost_sharers))
    return facts, np.array([[c.hours_per_month for c in care]], dtype=float)
