"""A proefberekening like the Belastingdienst's: toeslagen for a given yearly toetsingsinkomen."""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from werktloont.engine.compose import toeslagen_at
from werktloont.engine.household import household_arrays
from werktloont.engine.prepared import check_client_age
from werktloont.errors import InputError
from werktloont.model.case import Assets, Household, parse_case, validate_input
from werktloont.params import load_pack


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
    check_client_age(snap, case)
    hh = household_arrays([case])
    # A proefberekening assumes the conditions are met, so the childcare work condition holds.
    out = toeslagen_at(snap, hh, np.array([inp.toetsingsinkomen]), cc_hours=hh.cc_hours,
                       work_condition=np.array([True]))
    result = {"format": "werktloont-toeslagen/1", "year": inp.year, "toetsingsinkomen": inp.toetsingsinkomen,
              "parameters": {"pack": pack.version}}
    for name, r in out.items():
        per_month = float(np.ravel(r["per_month"])[0])
        per_year = float(np.ravel(r["per_year"])[0])
        result[name] = {"per_month": int(round(per_month)), "per_year": round(per_year, 2)}
    return result
