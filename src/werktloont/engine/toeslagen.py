"""A proefberekening like the Belastingdienst's: toeslagen for a given yearly toetsingsinkomen.

One household at one income, so the path stays lean: the input is validated once (no case built from a copy of
it), and each rule runs in its two stages. The household stage gets one-element arrays read straight from the
validated household and is kept per parameter day and household in the snapshot's keyed cache (as plain numbers);
the income stage, the same code the month pipeline runs on arrays, runs on plain floats (rules.elementwise.FLOATS).
The rules and their arguments are those of the month pipeline (`engine.compose.toeslagen_at`);
tests/engine/test_toeslagen_proef.py checks that both give the same amounts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from werktloont.engine.household import CHILDCARE_KIND
from werktloont.engine.prepared import check_applicant_age
from werktloont.errors import InputError
from werktloont.model.case import Assets, Household, validate_input
from werktloont.params import load_pack
from werktloont.params.snapshot import Snapshot
from werktloont.rules.elementwise import FLOATS
from werktloont.rules.wet_kinderopvang import kinderopvangtoeslag as kot
from werktloont.rules.wet_op_de_huurtoeslag import huurtoeslag as ht
from werktloont.rules.wet_op_de_zorgtoeslag import zorgtoeslag as zt
from werktloont.rules.wet_op_het_kindgebonden_budget import kindgebonden_budget as kgb

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
    """(per month, per year) of each toeslag, in the order and with the arguments of toeslagen_at.

    Each rule runs in its two stages: the household stage on the one-element arrays the month pipeline would
    give, kept per parameter day and household in the snapshot's keyed cache as plain numbers; the income stage
    on plain floats. The first time, each toeslag's income stage runs right after its household stage, so an
    unknown parameter stops the calculation where the month pipeline stops; a failed stage is not kept.
    """
    # Box-3 style, as HouseholdArrays.toeslag_vermogen: no car for own use, no eigen woning (Wet IB art. 5.3).
    vermogen = max(assets.savings + assets.other - assets.debts, 0.0)
    # The rekeninkomen of the huurtoeslag counts the cost sharers' income (as toeslagen_at: ti + cost_sharer_income).
    incomes = (income, income + hh.cost_sharer_income)
    p_awir = snap.reg("awir")
    out: dict[str, tuple[float, float]] = {}

    def first_time() -> dict:
        stages = {}
        for name, build in _household_stages(snap, hh, vermogen).items():
            stages[name] = h = None if build is None else _scalars(build())
            out[name] = _INCOME_STAGE[name](h, incomes, p_awir, snap)
        return stages

    stages = snap.derived((_CACHE, _household_key(hh, vermogen)), first_time)
    if not out:  # the household stages were kept: the income stages alone
        for name, h in stages.items():
            out[name] = _INCOME_STAGE[name](h, incomes, p_awir, snap)
    return out


def _household_stages(snap: Snapshot, hh: Household, vermogen: float) -> dict[str, Callable[[], dict] | None]:
    """Each toeslag's household stage (to be called), in the order of toeslagen_at; None: no stage to run."""
    partner = hh.adults[1] if len(hh.adults) > 1 else None
    has_partner = _one(partner is not None)
    ages = [c.age for c in hh.children]

    def huurtoeslag() -> dict:
        p_ht = snap.reg("huurtoeslag")
        young = ht.alle_volwassenen_jong(client_age=_one(hh.adults[0].age), partner_age=_one(
            partner.age if partner else 0), has_partner=has_partner, cost_sharers=_one(hh.cost_sharers), p=p_ht)
        n_persons = _one(1 + (partner is not None) + len(ages) + hh.cost_sharers)
        return ht.huishouden(
            on=snap.on, base_rent=_one(hh.rent.base_rent if hh.rent else 0.0),
            service_costs=_one(hh.rent.service_costs if hh.rent else 0.0), has_rent=_one(hh.rent is not None),
            n_persons=n_persons, meerpersoons=n_persons > 1, has_partner=has_partner,
            has_children=_one(len(ages)) > 0, all_adults_young=young, toeslag_vermogen=_one(vermogen),
            p=p_ht, p_awir=snap.reg("awir"))

    # As toeslagen_at: the children in care on the last axis, no rule without care hours.
    care = [c.childcare for c in hh.children if c.childcare]

    def kinderopvang() -> dict:
        # The costs as they count (Wet kinderopvang art. 1.7) and the first child (Besluit art. 3).
        hours = np.array([[c.hours_per_month for c in care]], dtype=float)
        cc = kot.childcare_cost(hours_per_month=hours, hourly_price=np.array([[c.hourly_price for c in care]],
                                dtype=float), kind=np.array([[CHILDCARE_KIND[c.type] for c in care]], dtype=np.int8),
                                p=snap.reg("kinderopvangtoeslag"))
        cost_first, cost_others = kot.eerste_kind_split(hours, cc["capped_cost"])
        return {"cost_first": cost_first, "cost_others": cost_others}

    return {
        "zorgtoeslag": lambda: zt.huishouden(
            has_partner=has_partner, toeslag_vermogen=_one(vermogen), p=snap.reg("zorgtoeslag"),
            n_insured=_one(sum(1 for a in hh.adults if a.zorgverzekerd))),
        "huurtoeslag": huurtoeslag,
        "kindgebonden_budget": lambda: kgb.huishouden(
            has_partner=has_partner, n_children=_one(len(ages)), n_12_15=_one(sum(1 for x in ages if 12 <= x <= 15)),
            n_16_17=_one(sum(1 for x in ages if 16 <= x <= 17)), toeslag_vermogen=_one(vermogen),
            p=snap.reg("kindgebonden_budget")),
        "kinderopvangtoeslag": kinderopvang if any(c.hours_per_month > 0 for c in care) else None,
    }


def _kinderopvangtoeslag(h: dict | None, incomes: tuple[float, float], p_awir, snap: Snapshot) -> tuple[float, float]:
    """A proefberekening assumes the conditions are met, so the work condition (Wet kinderopvang art. 1.6) holds;
    without care hours there is nothing to compute (h is None)."""
    if h is None:
        return 0.0, 0.0
    return _pair(kot.kinderopvangtoeslag(toetsingsinkomen=incomes[0], cost_first=h["cost_first"],
                                         cost_others=h["cost_others"], work_condition=True,
                                         p=snap.reg("kinderopvangtoeslag"), xp=FLOATS))


# Each toeslag's income stage on its kept household stage h: (h, (income, rekeninkomen), p_awir, snap).
_INCOME_STAGE: dict[str, Callable[..., tuple[float, float]]] = {
    "zorgtoeslag": lambda h, ti, p_awir, snap: _pair(zt.naar_inkomen(ti[0], h, p_awir, FLOATS)),
    "huurtoeslag": lambda h, ti, p_awir, snap: _pair(ht.naar_inkomen(ti[1], h, p_awir, FLOATS)),
    "kindgebonden_budget": lambda h, ti, p_awir, snap: _pair(kgb.naar_inkomen(ti[0], h, p_awir, FLOATS)),
    "kinderopvangtoeslag": _kinderopvangtoeslag,
}


def _pair(r: dict) -> tuple[float, float]:
    return float(r["per_month"]), float(r["per_year"])
