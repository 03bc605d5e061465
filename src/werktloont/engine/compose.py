"""One month for a household, vectorised over wage/hours points or over cases: the ordered pipeline.

1 gross wage -> 2 tax and kortingen -> 3 net wage -> 4 bijstand (norm, vermogen, vrijlating)
-> 5 gross-up and toetsingsinkomen -> 6 toeslagen -> 7 municipal schemes -> 8 work costs -> 9 disposable.
All amounts are euros per month including the monthly share of vakantiegeld / vakantietoeslag.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from werktloont.engine import couple
from werktloont.engine.components import COMPONENTS, COSTS, INCOME, TOESLAGEN  # noqa: F401 - COMPONENTS re-exported
from werktloont.engine.household import HouseholdArrays
from werktloont.params.loader import Snapshot
from werktloont.rules import versions
from werktloont.rules.gemeente import regelingen
from werktloont.rules.participatiewet import bijstand, vermogen
from werktloont.rules.wet_inkomstenbelasting_2001 import inkomstenbelasting as ib
from werktloont.rules.wet_kinderopvang import kinderopvangtoeslag as kot
from werktloont.rules.wet_op_de_huurtoeslag import huurtoeslag as ht
from werktloont.rules.wet_op_de_zorgtoeslag import zorgtoeslag as zt
from werktloont.rules.wet_op_het_kindgebonden_budget import kindgebonden_budget as kgb


def toeslagen_at(snap: Snapshot, hh: HouseholdArrays, ti, *, cc_hours, work_condition) -> dict[str, dict]:
    """The four toeslagen at a yearly toetsingsinkomen (Awir: each with its own rules and asset test).

    `cc_hours`: childcare hours per child (children on the last axis); `work_condition`: Wet kinderopvang
    art. 1.6, the aanvrager and any partner work.
    """
    p_awir, tv = snap.reg("awir"), hh.toeslag_vermogen
    trace = _Trace(snap)
    trace.start("zorgtoeslag")
    out = {"zorgtoeslag": zt.zorgtoeslag(toetsingsinkomen=ti, has_partner=hh.has_partner, toeslag_vermogen=tv,
                                         p=snap.reg("zorgtoeslag"), p_awir=p_awir, n_insured=hh.n_insured)}
    trace.start("huurtoeslag")
    p_ht = snap.reg("huurtoeslag")
    young = ht.alle_volwassenen_jong(client_age=hh.client_age, partner_age=hh.partner_age,
                                     has_partner=hh.has_partner, cost_sharers=hh.cost_sharers, p=p_ht)
    out["huurtoeslag"] = ht.huurtoeslag(
        on=snap.on, toetsingsinkomen=ti + hh.cost_sharer_income, base_rent=hh.base_rent,
        service_costs=hh.service_costs, has_rent=hh.has_rent, n_persons=hh.n_persons, meerpersoons=hh.n_persons > 1,
        has_partner=hh.has_partner, has_children=hh.n_children > 0, all_adults_young=young, toeslag_vermogen=tv,
        p=p_ht, p_awir=p_awir)
    trace.start("kindgebonden_budget")
    out["kindgebonden_budget"] = kgb.kindgebonden_budget(
        toetsingsinkomen=ti, has_partner=hh.has_partner, n_children=hh.n_children, n_12_15=hh.n_12_15,
        n_16_17=hh.n_16_17, toeslag_vermogen=tv, p=snap.reg("kindgebonden_budget"), p_awir=p_awir)
    trace.start("kinderopvangtoeslag")
    if np.any(cc_hours > 0):
        p_kot = snap.reg("kinderopvangtoeslag")
        cc = kot.childcare_cost(hours_per_month=cc_hours, hourly_price=hh.cc_price, kind=hh.cc_kind, p=p_kot)
        cost_first, cost_others = kot.eerste_kind_split(cc_hours, cc["capped_cost"])
        out["kinderopvangtoeslag"] = kot.kinderopvangtoeslag(
            toetsingsinkomen=ti, cost_first=cost_first, cost_others=cost_others, work_condition=work_condition,
            p=p_kot)
    else:
        zero = np.zeros(np.shape(ti))
        out["kinderopvangtoeslag"] = {"per_month": zero, "per_year": zero}
    trace.stop()
    for name, r in out.items():
        r["used"] = trace.used[name]
    return out


def _norm(snap: Snapshot, hh: HouseholdArrays, p_bs) -> dict:
    """bijstand.norm; for a single household memoised per snapshot (a curve or the app asks again and again).

    bijstand.norm evaluates every household type's branch (np.select), so a plain trace would also name the
    norms of other household types. For one household the trace keeps only the parameters the norm depends on
    (see _norm_depends); the cache replays them on every hit. Several households at once: every read is traced.
    """
    args = dict(client_age=hh.client_age, partner_age=hh.partner_age, has_partner=hh.has_partner,
                partner_entitled=hh.partner_entitled, n_children=hh.n_children, cost_sharers=hh.cost_sharers)
    if np.shape(hh.client_age) != (1,):
        return bijstand.norm(**args, p=p_bs)
    key = tuple(np.asarray(a).item() for a in args.values())
    return snap.derived(("bijstand.norm", key), lambda: _norm_depends(snap, args, p_bs))


class _Values(dict):
    """An untraced copy of a regulation's values (for probing which ones a result depends on)."""

    def rate(self, key: str) -> float:
        return self[key] / 100.0


class _Probe(_Values):
    read: dict[str, None]

    def __getitem__(self, key: str):
        self.read.setdefault(key, None)
        return dict.__getitem__(self, key)


def _norm_depends(snap: Snapshot, args: dict, p_bs) -> dict:
    """The norm, recording the bijstand parameters it depends on: each parameter read is set to NaN in turn and
    counts when the norm changes (a NaN amount propagates; a NaN age limit flips the comparisons that use it)."""
    plain = _Values({k: dict.__getitem__(p_bs, k) for k in dict.keys(p_bs)})
    probe = _Probe(plain)
    probe.read = {}
    result = bijstand.norm(**args, p=probe)
    base = np.asarray(result["norm"])
    for k in probe.read:
        trial = _Values(plain)
        trial[k] = float("nan")
        if not np.array_equal(np.asarray(bijstand.norm(**args, p=trial)["norm"]), base):
            p_bs[k]  # noqa: B018 - the read is recorded in the snapshot's trace
    return result


class _Trace:
    """`used` per component: the ids read while computing it (one snapshot recording at a time)."""

    def __init__(self, snap: Snapshot):
        self.snap = snap
        self.used: dict[str, tuple[str, ...]] = {}
        self._open: tuple[str, Any, dict[str, None]] | None = None

    def start(self, component: str) -> None:
        self.stop()
        cm = self.snap.recording()
        self._open = (component, cm, cm.__enter__())

    def stop(self) -> None:
        if self._open is not None:
            component, cm, ids = self._open
            self._open = None
            cm.__exit__(None, None, None)
            self.used[component] = tuple(ids)


@dataclass
class Month:
    """Every component and intermediate value. Arrays keep their own (broadcastable) shapes: a household-only
    value stays one element per case; `month[key]` gives it the common shape, `point(i)` one point's floats."""

    values: dict[str, np.ndarray]
    used: dict[str, tuple[str, ...]] = field(default_factory=dict)
    schemes: list = field(default_factory=list)
    shape: tuple[int, ...] = ()
    _points: dict = field(default_factory=dict, repr=False)

    def __getitem__(self, key: str) -> np.ndarray:
        a = self.values[key]
        return a if np.shape(a) == self.shape else np.broadcast_to(a, self.shape)

    def point(self, i: int) -> dict[str, float]:
        """Point i of every value as a float (for one-case results and explanations)."""
        if i in self._points:
            return self._points[i]
        out = self._points[i] = {}
        for k, a in self.values.items():
            a = np.asarray(a)
            out[k] = float(a.flat[i if a.size > 1 else 0]) if a.ndim <= 1 else float(self[k][i])
        return out


def compute_month(snap: Snapshot, hh: HouseholdArrays, **kwargs) -> Month:
    """See _compute_month; `Month.used[component]` holds the parameter ids read while computing it."""
    trace = _Trace(snap)
    try:
        return _compute_month(snap, hh, trace, **kwargs)
    finally:
        trace.stop()


def _compute_month(snap: Snapshot, hh: HouseholdArrays, trace: _Trace, *, hourly_wage, hours_per_week,
                   months_into_job, childcare_scale, overlay=None, benefit_gross=None, bijstand_factor=None,
                   with_toeslagen: bool = True, existing_months=None) -> Month:
    """The household's month at the given wage and hours. hours 0 = the situation without the job.

    Timeline hooks (engine/timeline.py), off by default: `benefit_gross` a taxable benefit per month such as WW,
    taxed with the wage over the year, counted as middelen for bijstand (art. 31-32) and in the toetsingsinkomen
    (net as `benefit_net`, included in disposable); `bijstand_factor` the part of the month's bijstand that is
    paid (0 in the zoektermijn or when assets are too high, a fraction in a partial month, art. 45 lid 3).
    """
    ml, p_ib = snap.reg("minimumloon"), snap.reg("inkomstenbelasting")
    p_bs, p_vm = snap.reg("bijstand"), snap.reg("vermogen")
    hours = np.asarray(hours_per_week, dtype=float)
    working = hours > 0
    v: dict[str, np.ndarray] = {}
    used: dict[str, tuple[str, ...]] = trace.used
    own = None
    if hh.has_own_income:  # issue 15: each adult's own job and benefits, traced as the other_income row's values
        trace.start("other_income")
        own = couple.own_income(hh, weeks_per_month=ml["weken_per_maand"], vg_rate=ml.rate("vakantiebijslag_percent"),
                                single_parent_young=~hh.has_partner & (
                                    hh.youngest_child_age < p_ib["iack_kind_max_leeftijd"]), p_ib=p_ib)
    trace.start("net_wage")

    # 1-3. Wage, vakantiegeld (WML art. 15), tax and kortingen over the year, net per month.
    gross = np.asarray(hourly_wage, dtype=float) * hours * ml["weken_per_maand"]
    vakantiegeld = gross * ml.rate("vakantiebijslag_percent")
    year_wage = 12.0 * (gross + vakantiegeld)
    single_parent_young = ~hh.has_partner & (hh.youngest_child_age < p_ib["iack_kind_max_leeftijd"])
    # The taker's own job and benefits are taxed with the offer; net_wage is what the offer adds.
    base, base_wage, net_base = (own.base_year, own.base_wage_year, own.net_base_year) if own else (0.0, 0.0, 0.0)
    work_year = year_wage + base_wage
    ak = ib.arbeidskorting(work_year, p_ib)
    iack = ib.iack(work_year, single_parent_young, p_ib)
    heffing = ib.heffing_na_ahk(year_wage + base, p_ib)
    net_year_no_iack = ib.netto_jaar(year_wage + base, ak, p_ib, heffing=heffing)
    net_year = ib.netto_jaar(year_wage + base, ak + iack, p_ib, heffing=heffing) if np.any(iack > 0) else \
        net_year_no_iack
    # The net income from work alone (the vrijlating's base): without benefits, which get none.
    net_work_year = (ib.netto_jaar(work_year, ak, p_ib) if own is not None and np.any(own.base_year > base_wage)
                     else net_year_no_iack)
    v.update(gross_wage=gross, vakantiegeld=vakantiegeld, year_wage=year_wage, arbeidskorting=ak / 12.0,
             iack=(net_year - net_year_no_iack) / 12.0, net_wage=(net_year - net_base) / 12.0,
             tax=(year_wage - (net_year - net_base)) / 12.0)
    v["other_income"] = ((net_base + own.net_other_year) / 12.0 + own.untaxed_month if own else np.zeros(1))
    trace.start("bijstand")

    # 4. Bijstand: norm, vermogenstoets, inkomstenvrijlating, aanvullende bijstand.
    n = _norm(snap, hh, p_bs)
    assets = vermogen.vermogenstoets(savings=hh.savings, car_value=hh.car_value, car_needed=hh.car_needed,
                                     car_exempt=hh.car_exempt, other=hh.other_assets, debts=hh.debts,
                                     home_equity=hh.home_equity,
                                     has_partner=hh.has_partner, has_children=hh.n_children > 0,
                                     norm_amount=n["norm"], p=p_vm)
    if np.any(hh.parents_cannot_contribute):  # art. 20 lid 3-4 (from 2026)
        n = dict(n, norm=bijstand.verhoging_jongeren(
            n["norm"], client_age=hh.client_age, has_partner=hh.has_partner,
            parents_cannot_contribute=hh.parents_cannot_contribute, n_children=hh.n_children, p=p_bs))
    if np.any(hh.has_partner & ~hh.partner_entitled & (hh.n_children > 0)) and versions.in_force(
            "norm_verhoging_24a", snap.on):  # art. 24a (from 2026): 1/12 of the alleenstaande-ouderkop
        raised = bijstand.verhoging_24a(
            n["norm"], has_partner=hh.has_partner, partner_entitled=hh.partner_entitled, n_children=hh.n_children,
            alleenstaande_ouderkop=snap.reg("kindgebonden_budget")["alleenstaande_ouderkop"])
        v["norm_24a"], n = raised - n["norm"], dict(n, norm=raised)
    version = versions.select("inkomstenvrijlating", snap.on).version
    works_now = working if own is None else working | (own.base_wage_year > 0)
    # The vrijlating of a job the household already has counts on from its month in the case month (from
    # current_job.start; 1 when not given); `existing_months` moves it on per point (1 = the case month): the
    # lasting answer compares both situations after it too.
    ex = np.asarray(1 if existing_months is None else existing_months)
    existing = ex + (hh.own_job_month0 - 1)
    months = (np.where(working, months_into_job, 0) if own is None else
              np.where(working, months_into_job, np.where(own.base_wage_year > 0, existing, 0)))
    vrij = bijstand.inkomstenvrijlating(
        net_work_year / 12.0, client_age=hh.client_age if hh.offer_age is None else hh.offer_age,
        single_parent_young_child=(~hh.has_partner & (
            hh.youngest_child_age < p_bs["vrijlating_alleenstaande_ouder_kind_max_leeftijd"]))
        if version == "2025" else False,
        months_into_job=months, p=p_bs, version=version)
    # A partner without a right to bijstand gets no vrijlating (art. 31 lid 2 n is for the belanghebbende); their
    # income counts by art. 32 lid 3 below, also when it is this partner who takes the offer.
    vrij = dict(vrij, vrijlating=np.where(hh.own_entitled, vrij["vrijlating"], 0.0))
    # Art. 31 lid 1: the heffingskorting (here the IACK) counts as middelen, so it is offset too.
    counted = v["net_wage"] - vrij["vrijlating"]
    vrij_other: Any = 0.0
    if own is not None:  # art. 31-32: the household's own income counts too, minus the partner's vrijlating
        vrij_other = couple.other_vrijlating(own, hh, existing_months=ex + (hh.other_job_month0 - 1), p_ib=p_ib,
                                             p_bs=p_bs, version=version)
        counted = counted + (net_base + own.net_other_year) / 12.0 - vrij_other
    if np.any(hh.gifts_per_year > 0):  # art. 31 lid 2 m: only gifts above the yearly free sum count
        counted = counted + bijstand.giften_meegeteld(hh.gifts_per_year, p_bs)
    net_year_all, other_net = net_year, 0.0
    if benefit_gross is not None:  # timeline hook: WW is income, no vrijlating (art. 31 lid 2 n is for arbeid)
        net_year_all = ib.netto_jaar(year_wage + base + 12.0 * np.asarray(benefit_gross, dtype=float), ak + iack,
                                     p_ib)
        other_net = (net_year_all - net_year) / 12.0
        counted = counted + other_net
        v.update(benefit_gross=np.asarray(benefit_gross, dtype=float), benefit_net=other_net)
    other_lid3, taker_lid3 = hh.has_partner & ~hh.other_entitled, hh.has_partner & ~hh.own_entitled
    if np.any(other_lid3 | taker_lid3):
        # Art. 32 lid 3: a partner without a right to bijstand: their income counts only above the gehuwdennorm;
        # their income is the other adult's own, or the offer plus their own when they take the offer.
        partner_net = np.where(other_lid3, own.net_other_year / 12.0 if own else 0.0,
                               np.where(taker_lid3, v["net_wage"] + np.asarray(net_base) / 12.0, 0.0))
        partner_counted = bijstand.inkomen_niet_rechthebbende_partner(partner_net, counted - partner_net, n["norm"],
                                                                      n["norm_gehuwden"])
        lid3 = other_lid3 | taker_lid3
        v["partner_income_free_32_3"] = np.where(lid3, partner_net - partner_counted, 0.0)
        counted = np.where(lid3, counted - partner_net + partner_counted, counted)
    b = bijstand.aanvullende_bijstand(n["norm"], counted, assets["eligible"])
    if bijstand_factor is not None:
        b = b * np.asarray(bijstand_factor, dtype=float)
    v.update(norm=n["norm"], vrijlating=vrij["vrijlating"], vrijlating_other=np.asarray(vrij_other),
             counted_income=counted, bijstand=b,
             assets_counted=assets["counted"], assets_limit=assets["limit"], assets_eligible=assets["eligible"],
             assets_excess=assets["excess"], assets_months=assets["months_of_norm"])
    trace.start("toetsingsinkomen")

    # 5. Bruteren (art. 19 lid 4): the gross bijstand counts in the toetsingsinkomen. Partners each get half.
    share_client = np.where(hh.has_partner, 0.5, 1.0) * b
    ti_client = ib.bruto_uit_netto_jaar(net_year_all + 12.0 * share_client, ak + iack, p_ib)
    net_other, ak_other = (own.net_other_year, own.other_ak) if own else (0.0, 0.0)
    ti_partner = (np.where(hh.has_partner, ib.bruto_uit_netto_jaar(net_other + 12.0 * (b - share_client), ak_other,
                                                                   p_ib), 0.0)
                  if np.any(hh.has_partner) else 0.0)
    ti = ti_client + ti_partner
    own_gross = base + own.other_year if own else 0.0
    v.update(toetsingsinkomen=ti, gross_bijstand=(ti - year_wage - own_gross) / 12.0 - (
        0.0 if benefit_gross is None else v["benefit_gross"]))

    trace.stop()
    # 6. Toeslagen on the yearly toetsingsinkomen, as if this month's situation lasted the whole year.
    # Childcare is needed for the job: its hours follow the hours worked (scale 1 at the offered hours).
    scale = np.asarray(childcare_scale, dtype=float)
    in_care = scale > 0
    used_scales = scale[in_care] if scale.ndim == 1 and hh.cc_hours.shape[0] == 1 else None
    if used_scales is not None and used_scales.size and np.all(used_scales == used_scales[0]):
        # One household at one scale wherever care is used (a wage curve): the care costs once, not per point.
        cc_hours = hh.cc_hours * used_scales[0]
    else:
        cc_hours = hh.cc_hours * scale[..., None]
    work_condition = works_now & in_care & (~hh.has_partner | hh.partner_works)
    if with_toeslagen:
        for name, r in toeslagen_at(snap, hh, ti, cc_hours=cc_hours, work_condition=work_condition).items():
            v[name] = r["per_month"]
            used[name] = r["used"]
    else:  # the timeline computes the toeslagen itself, per calendar year (voorschot and definitive amount)
        for name in TOESLAGEN:
            v[name] = np.zeros(np.shape(ti))
    v["childcare_costs"] = np.where(working & in_care, (cc_hours * hh.cc_price).sum(axis=-1), 0.0)

    # 7. Municipal schemes of the chosen overlay.
    municipal = np.zeros_like(ti)
    schemes = []
    active_schemes = regelingen.active_schemes(overlay, snap.on) if overlay is not None else []
    if active_schemes:
        # Vakantiegeld in the tested income, for a municipality that states its limit without it; the same for
        # every scheme, so worked out once.
        reserve = p_bs.rate("vakantietoeslag_reservering_praktijk_percent")
        vg_share = v["net_wage"] * vakantiegeld / np.maximum(gross + vakantiegeld, 1e-9) + b * reserve
        household_income = v["net_wage"] + b + other_net + v["other_income"]
        # A limit stated as a percentage of the norm for gehuwden, whatever the household (Rotterdam's IIT).
        couple_norm = p_bs["norm_gehuwden_21"] if any(a.value.income_limit_basis == "norm_gehuwden"
                                                      for a in active_schemes) else None
        for active in active_schemes:
            amount = regelingen.regeling(active, household_code=hh.household_code, client_age=hh.client_age,
                                         income=household_income, norm_amount=n["norm"],
                                         assets_ok_bijstand=assets["eligible"], counted_assets=assets["counted"],
                                         child_12_17=(hh.n_12_15 + hh.n_16_17) > 0, vakantiegeld_share=vg_share,
                                         excl_factor=1.0 - reserve, persons=hh.n_persons, couple_norm=couple_norm)
            v[f"scheme:{active.scheme.id}"] = amount
            # The income and limit as the municipality compares them (for the explanation and the timeline).
            tested, limit, _ = regelingen.tested_income_and_limit(active.value, household_income, n["norm"],
                                                                   vg_share, 1.0 - reserve, couple_norm)
            v[f"scheme_income:{active.scheme.id}"], v[f"scheme_limit:{active.scheme.id}"] = tested, limit
            if active.scheme.kind == "individuele_inkomenstoeslag":  # the timeline applies its reference period
                v["iit"], v["iit_ratio"] = amount, tested / np.maximum(limit, 1e-9)
            municipal = municipal + amount
            schemes.append(active)
    v["municipal"] = municipal

    # 8-9. Work costs and what is left to spend.
    v["travel_costs"] = np.where(working, hh.travel_costs, 0.0)
    v["disposable"] = np.asarray(sum(v[k] for k in INCOME) - sum(v[k] for k in COSTS) + other_net)
    # Every value depends on the household and/or the point; disposable and the norm span both.
    shape = np.broadcast_shapes(np.shape(v["disposable"]), np.shape(v["norm"]), np.shape(v["gross_wage"]))
    return Month(v, used, schemes, shape)
