"""The four toeslagen wired to their rules once: per toeslag, which facts of the household its household stage
reads, and its income stage on a yearly toetsingsinkomen (Awir: each with its own rules and asset test).

The month pipeline (compose.toeslagen_at: arrays over points) and the proefberekening (engine/toeslagen.py: plain
floats, the household stages kept per household) both call these, so a rule's arguments are written here only.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from werktloont.engine.household import any_true
from werktloont.params.loader import Snapshot
from werktloont.rules.elementwise import ARRAYS
from werktloont.rules.wet_kinderopvang import kinderopvangtoeslag as kot
from werktloont.rules.wet_op_de_huurtoeslag import huurtoeslag as ht
from werktloont.rules.wet_op_de_zorgtoeslag import zorgtoeslag as zt
from werktloont.rules.wet_op_het_kindgebonden_budget import kindgebonden_budget as kgb


class ToeslagHousehold(Protocol):
    """The household facts the toeslagen read, one element per household (engine.household.HouseholdArrays has
    them all; the proefberekening builds just these). Childcare: the children in care on the last axis."""

    has_partner: Any
    client_age: Any
    partner_age: Any
    cost_sharers: Any
    base_rent: Any
    service_costs: Any
    has_rent: Any
    n_children: Any
    children_ages: Any  # whole years, children on the last axis, -1 where a household has fewer
    kgb_ages_before: Any  # None, or in a month of the projection the children's ages in the month before
    n_insured: Any
    cc_price: Any
    cc_kind: Any

    @property
    def n_persons(self) -> Any: ...

    @property
    def toeslag_vermogen(self) -> Any: ...


def household_stage(name: str, snap: Snapshot, hh: ToeslagHousehold, *, on: date, cc_hours=None) -> dict | None:
    """Toeslag `name`'s household stage (everything but the income); None: the kinderopvangtoeslag without care
    hours (nothing to compute). `cc_hours`: childcare hours per child in care (the pipeline scales them per point
    with the hours worked)."""
    if name == "zorgtoeslag":
        return zt.huishouden(has_partner=hh.has_partner, toeslag_vermogen=hh.toeslag_vermogen,
                             p=snap.reg("zorgtoeslag"), n_insured=hh.n_insured)
    if name == "huurtoeslag":
        p_ht = snap.reg("huurtoeslag")
        young = ht.alle_volwassenen_jong(client_age=hh.client_age, partner_age=hh.partner_age,
                                         has_partner=hh.has_partner, cost_sharers=hh.cost_sharers, p=p_ht)
        return ht.huishouden(on=on, base_rent=hh.base_rent, service_costs=hh.service_costs, has_rent=hh.has_rent,
                             n_persons=hh.n_persons, meerpersoons=hh.n_persons > 1, has_partner=hh.has_partner,
                             has_children=hh.n_children > 0, all_adults_young=young,
                             toeslag_vermogen=hh.toeslag_vermogen, p=p_ht, p_awir=snap.reg("awir"))
    if name == "kindgebonden_budget":
        p_kgb = snap.reg("kindgebonden_budget")
        n_children, ages = hh.n_children, hh.children_ages
        if hh.kgb_ages_before is not None:  # a month of the projection: the children as this law counts them
            n_children, ages = kgb.kinderen_van_de_maand(hh.kgb_ages_before, p_kgb)
        return kgb.huishouden(has_partner=hh.has_partner, n_children=n_children, children_ages=ages,
                              toeslag_vermogen=hh.toeslag_vermogen, p=p_kgb)
    if name == "kinderopvangtoeslag":
        if cc_hours is None or not any_true(cc_hours > 0):
            return None
        # The costs as they count (Wet kinderopvang art. 1.7) and the first child (Besluit art. 3).
        cc = kot.childcare_cost(hours_per_month=cc_hours, hourly_price=hh.cc_price, kind=hh.cc_kind,
                                p=snap.reg("kinderopvangtoeslag"))
        cost_first, cost_others = kot.eerste_kind_split(cc_hours, cc["capped_cost"])
        return {"cost_first": cost_first, "cost_others": cost_others}
    raise KeyError(name)


def income_stage(name: str, h: dict | None, ti, cost_sharer_income, snap: Snapshot, *, work_condition=True,
                 xp=ARRAYS) -> dict:
    """Toeslag `name` at the yearly toetsingsinkomen `ti` on its household stage `h` (`xp`: rules.elementwise,
    arrays or plain floats). The huurtoeslag's rekeninkomen counts the cost sharers' income too;
    `work_condition`: Wet kinderopvang art. 1.6, the aanvrager and any partner work."""
    if name == "kinderopvangtoeslag":
        if h is None:
            zero = xp.full_like(ti, 0.0)
            return {"per_month": zero, "per_year": zero}
        return kot.kinderopvangtoeslag(toetsingsinkomen=ti, cost_first=h["cost_first"], cost_others=h["cost_others"],
                                       work_condition=work_condition, p=snap.reg("kinderopvangtoeslag"), xp=xp)
    assert h is not None, name  # only the kinderopvangtoeslag goes without a household stage
    p_awir = snap.reg("awir")
    if name == "zorgtoeslag":
        return zt.naar_inkomen(ti, h, p_awir, xp)
    if name == "huurtoeslag":
        return ht.naar_inkomen(ti + cost_sharer_income, h, p_awir, xp)
    if name == "kindgebonden_budget":
        return kgb.naar_inkomen(ti, h, p_awir, xp)
    raise KeyError(name)

