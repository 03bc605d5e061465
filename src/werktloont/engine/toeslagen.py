"""A proefberekening like the Belastingdienst's: toeslagen for a given yearly toetsingsinkomen."""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from werktloont.engine.household import household_arrays
from werktloont.errors import InputError
from werktloont.model.case import Assets, Household, parse_case, validate_input
from werktloont.params import load_pack
from werktloont.rules.wet_kinderopvang import kinderopvangtoeslag as kot
from werktloont.rules.wet_op_de_huurtoeslag import huurtoeslag as ht
from werktloont.rules.wet_op_de_zorgtoeslag import zorgtoeslag as zt
from werktloont.rules.wet_op_het_kindgebonden_budget import kindgebonden_budget as kgb


class ToeslagenInput(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    year: int = Field(ge=1900, le=2200)
    toetsingsinkomen: float = Field(ge=0, le=100_000_000, allow_inf_nan=False)
    household: Household
    assets: Assets = Assets()


def toeslagen(data: dict, pack=None) -> dict:
    if not isinstance(data, dict):
        raise InputError("", "de invoer moet een JSON-object zijn")
    inp = validate_input(ToeslagenInput, data)
    pack = pack or load_pack()
    case = parse_case({"date": f"{inp.year}-01-01", "household": inp.household.model_dump(),
                       "assets": inp.assets.model_dump()})
    try:
        snap = pack.at(case.on)
    except InputError as exc:
        raise InputError("year", exc.message) from None
    hh = household_arrays([case])
    p_awir = snap.reg("awir")
    ti = np.array([inp.toetsingsinkomen])
    tv = hh.toeslag_vermogen
    out = {}
    r = zt.zorgtoeslag(toetsingsinkomen=ti, has_partner=hh.has_partner, toeslag_vermogen=tv,
                       p=snap.reg("zorgtoeslag"), p_awir=p_awir)
    out["zorgtoeslag"] = r
    p_ht = snap.reg("huurtoeslag")
    young = ht.alle_volwassenen_jong(client_age=hh.client_age, partner_age=hh.partner_age,
                                     has_partner=hh.has_partner, cost_sharers=hh.cost_sharers, p=p_ht)
    out["huurtoeslag"] = ht.huurtoeslag(
        on=snap.on, toetsingsinkomen=ti + hh.cost_sharer_income, base_rent=hh.base_rent, service_costs=hh.service_costs,
        has_rent=hh.has_rent, n_persons=hh.n_persons, meerpersoons=hh.n_persons > 1, has_partner=hh.has_partner,
        has_children=hh.n_children > 0, all_adults_young=young, toeslag_vermogen=tv, p=p_ht, p_awir=p_awir)
    out["kindgebonden_budget"] = kgb.kindgebonden_budget(
        toetsingsinkomen=ti, has_partner=hh.has_partner, n_children=hh.n_children, n_12_15=hh.n_12_15,
        n_16_17=hh.n_16_17, toeslag_vermogen=tv, p=snap.reg("kindgebonden_budget"), p_awir=p_awir)
    if np.any(hh.cc_hours > 0):
        p_kot = snap.reg("kinderopvangtoeslag")
        cc = kot.childcare_cost(hours_per_month=hh.cc_hours, hourly_price=hh.cc_price, kind=hh.cc_kind, p=p_kot)
        cost_first, cost_others = kot.eerste_kind_split(hh.cc_hours, cc["capped_cost"])
        out["kinderopvangtoeslag"] = kot.kinderopvangtoeslag(
            toetsingsinkomen=ti, cost_first=cost_first, cost_others=cost_others, work_condition=np.array([True]),
            p=p_kot)
    else:
        out["kinderopvangtoeslag"] = {"per_month": np.zeros(1), "per_year": np.zeros(1)}
    result = {"format": "werktloont-toeslagen/1", "year": inp.year, "toetsingsinkomen": inp.toetsingsinkomen,
              "parameters": {"pack": pack.version}}
    for name, r in out.items():
        per_month = float(np.ravel(r["per_month"])[0])
        per_year = float(np.ravel(r["per_year"])[0]) if "per_year" in r else 12 * per_month
        result[name] = {"per_month": int(round(per_month)), "per_year": round(per_year, 2)}
    return result
