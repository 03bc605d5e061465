"""One month for a household, vectorised over wage/hours points or over cases: the ordered pipeline.

1 gross wage -> 2 tax and kortingen -> 3 net wage -> 4 bijstand (norm, vermogen, vrijlating)
-> 5 gross-up and toetsingsinkomen -> 6 toeslagen -> 7 municipal schemes -> 8 work costs -> 9 disposable.
All amounts are euros per month including the monthly share of vakantiegeld / vakantietoeslag.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from werktloont.engine import couple, municipal, toeslag_stages
from werktloont.engine.components import COMPONENTS, COSTS, INCOME, TOESLAGEN  # noqa: F401 - COMPONENTS re-exported
from werktloont.engine.household import HouseholdArrays, any_true, frozen, shared_memo
from werktloont.engine.tracing import Trace as _Trace
from werktloont.engine.tracing import Untraced
from werktloont.engine.tracing import norm as _norm
from werktloont.params.loader import Snapshot
from werktloont.rules import versions
from werktloont.rules.participatiewet import bijstand, vermogen
from werktloont.rules.wet_inkomstenbelasting_2001 import inkomstenbelasting as ib


def toeslagen_at(snap: Snapshot, hh: HouseholdArrays, ti, *, cc_hours, work_condition,
                 on: date | None = None, traced: bool = True) -> dict[str, dict]:
    """The four toeslagen at a yearly toetsingsinkomen, each traced on its own (engine/toeslag_stages.py wires
    them). `cc_hours`: childcare hours per child (children on the last axis); `work_condition`: Wet kinderopvang
    art. 1.6, the aanvrager and any partner work; `traced` False: "used" is empty (see compute_month).
    """
    trace: _Trace | Untraced = _Trace(snap) if traced else Untraced()
    out = {}
    for name in TOESLAGEN:
        trace.start(name)
        h = _household_stage(name, snap, hh, on or snap.on, cc_hours)
        out[name] = toeslag_stages.income_stage(name, h, ti, hh.cost_sharer_income, snap,
                                                work_condition=work_condition)
    trace.stop()
    for name, r in out.items():
        r["used"] = trace.used[name] if traced else ()
    return out


_CARE_KEPT = 16  # childcare hours of at most this many (point, child) pairs key a kept kinderopvang stage


def _household_stage(name: str, snap: Snapshot, hh: HouseholdArrays, on: date, cc_hours):
    """A toeslag's household stage, kept per snapshot and day for every household with the same facts
    (household.shared_memo; Snapshot.derived_in: its reads replayed into the trace): the curves, the solver and the
    explanations of one answer, and the window's next keystroke, ask it of the same household again. The
    kinderopvangtoeslag's stage also depends on the childcare hours: kept for a few hours (a wage curve: one scale
    for every point), computed for hours per point (an hours curve)."""
    key: tuple = ("toeslag", name, on)
    if name == "kinderopvangtoeslag":
        hours = None if cc_hours is None else np.asarray(cc_hours, dtype=float)
        if hours is not None and hours.size > _CARE_KEPT:
            return toeslag_stages.household_stage(name, snap, hh, on=on, cc_hours=cc_hours)
        key += (None,) if hours is None else (hours.shape, hours.tobytes())
    return snap.derived_in(shared_memo(snap, hh), key, lambda: frozen(
        toeslag_stages.household_stage(name, snap, hh, on=on, cc_hours=cc_hours)))


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


def compute_month(snap: Snapshot, hh: HouseholdArrays, *, on: date | None = None, traced: bool = True,
                  **kwargs) -> Month:
    """The household's month at the given wage and hours (hours 0 = the situation without the job), in named stages:
    income -> bijstand -> toetsingsinkomen -> toeslagen -> municipal schemes -> costs and disposable.

    `on`: the day whose rule versions apply (rules/versions.py); the snapshot's day when not given. A month beyond
    the pack's coverage takes the last known amounts (`snap`) but the rule versions of its own day.
    Timeline hooks, off by default: `benefit_gross` a taxable benefit per month such as WW, taxed with the wage over
    the year, counted as middelen for bijstand (art. 31-32) and in the toetsingsinkomen (net as `benefit_net`,
    included in disposable); `bijstand_factor` the part of the month's bijstand that is paid (0 in the zoektermijn
    or when assets are too high, a fraction in a partial month, art. 45 lid 3); `received_wage` the offer's net
    wage received in the month (its pay slips) for the bijstand instead of its monthly share.
    `Month.used[component]` holds the parameter ids read while computing it; `traced` False: nothing is recorded
    and `used` is empty (a caller that reads only the values saves the recording).
    """
    trace: _Trace | Untraced = _Trace(snap) if traced else Untraced()
    try:
        return _compute_month(snap, hh, trace, on=on or snap.on, **kwargs)
    finally:
        trace.stop()


@dataclass
class Income:
    """Stage 1-3: the offer's wage, tax and kortingen over the year with the household's own income; per month."""

    gross: Any
    vakantiegeld: Any
    year_wage: Any
    ak: Any
    iack: Any  # the IACK as a korting per year
    iack_effect: Any  # what the IACK adds to the net year income (it is limited by the tax due)
    net_year: Any  # the taker's net year income: the offer plus their own job and benefits
    net_work_year: Any  # the net income from work alone (the vrijlating's base)
    own: couple.OwnIncome | None
    base: Any = 0.0  # the taker's own taxable income per year (job and benefits)
    base_wage: Any = 0.0
    net_base: Any = 0.0
    iack_other_effect: Any = 0.0  # the other adult's IACK in their net year income (in other_income)

    @property
    def net_wage(self):
        """What the offer adds to the taker's net income, per month."""
        return (self.net_year - self.net_base) / 12.0


def _income(snap: Snapshot, hh: HouseholdArrays, trace: _Trace | Untraced, hourly_wage, hours) -> Income:
    """Stage 1-3: gross wage, vakantiegeld (WML art. 15), tax and kortingen over the year, net per month."""
    ml, p_ib = snap.reg("minimumloon"), snap.reg("inkomstenbelasting")
    young_child = couple.iack_young_child(hh, p_ib)
    own, iack_other = None, np.zeros(1)
    if hh.has_own_income:  # each adult's own job and benefits, traced as the other_income row's values
        trace.start("other_income")
        own = snap.derived_in(shared_memo(snap, hh), "own_income", lambda: frozen(couple.own_income(
            hh, weeks_per_month=ml["weken_per_maand"], vg_rate=ml.rate("vakantiebijslag_percent"),
            young_child=young_child, p_ib=p_ib)))
    trace.start("net_wage")
    gross = np.asarray(hourly_wage, dtype=float) * hours * ml["weken_per_maand"]
    vakantiegeld = gross * ml.rate("vakantiebijslag_percent")
    year_wage = 12.0 * (gross + vakantiegeld)
    # The taker's own job and benefits are taxed with the offer; net_wage is what the offer adds.
    base, base_wage, net_base = (own.base_year, own.base_wage_year, own.net_base_year) if own else (0.0, 0.0, 0.0)
    work_year = year_wage + base_wage
    ak = ib.arbeidskorting(work_year, p_ib)
    # Art. 8.14a lid 1 c, lid 3: a single parent, or the partner with the lower arbeidsinkomen, per point.
    other_work = own.other_wage_year if own is not None else 0.0
    iack = ib.iack(work_year, ib.iack_eligible(work_year, young_child=young_child, has_partner=hh.has_partner,
                                               partner_arbeidsinkomen=other_work,
                                               older=couple.taker_is_older(hh)), p_ib)
    if own is not None and any_true(hh.has_partner & young_child & (own.other_wage_year > 0)):
        # The other adult's IACK reads what own_income read (traced for other_income there), so no trace switch.
        own, iack_other = couple.with_other_iack(own, hh, taker_work_year=work_year, young_child=young_child,
                                                 p_ib=p_ib)
    heffing = ib.heffing_na_ahk(year_wage + base, p_ib)
    net_year_no_iack = ib.netto_jaar(year_wage + base, ak, p_ib, heffing=heffing)
    net_year = ib.netto_jaar(year_wage + base, ak + iack, p_ib, heffing=heffing) if any_true(iack > 0) else \
        net_year_no_iack
    # The net income from work alone (the vrijlating's base): without benefits, which get none.
    net_work_year = (ib.netto_jaar(work_year, ak, p_ib) if own is not None and any_true(own.base_year > base_wage)
                     else net_year_no_iack)
    return Income(gross=gross, vakantiegeld=vakantiegeld, year_wage=year_wage, ak=ak, iack=iack,
                  iack_effect=net_year - net_year_no_iack, net_year=net_year, net_work_year=net_work_year, own=own,
                  base=base, base_wage=base_wage, net_base=net_base, iack_other_effect=iack_other)


@dataclass
class Bijstand:
    """Stage 4: the norm, the asset test, the vrijlating and the bijstand paid."""

    norm: dict
    assets: dict
    vrijlating: Any
    vrijlating_other: Any
    counted: Any
    bijstand: Any
    net_year_all: Any  # the taker's net year income with a benefit such as WW
    benefit_net: Any  # that benefit, net per month (0 without one)
    partner_free_32_3: Any = None
    norm_24a: Any = None


def _norm_with_verhogingen(snap: Snapshot, hh: HouseholdArrays, on: date, p_bs) -> tuple[dict, Any]:
    """Art. 20-24: the norm; art. 20 lid 3-4 (from 2026) for young people whose parents cannot contribute (each
    young partner of a couple too); art. 23 in an inrichting (and art. 13 lid 2 a); art. 24a (from 2026) 1/12 of the
    alleenstaande-ouderkop. Returns the norm and the art. 24a raise (None without)."""
    n = _norm(snap, hh, p_bs)
    if any_true(hh.parents_cannot_contribute) or any_true(hh.partner_parents_cannot_contribute):
        n = dict(n, norm=bijstand.verhoging_jongeren(
            n["norm"], client_age=hh.client_age, has_partner=hh.has_partner,
            parents_cannot_contribute=hh.parents_cannot_contribute, n_children=hh.n_children, p=p_bs,
            partner_age=hh.partner_age, partner_parents_cannot_contribute=hh.partner_parents_cannot_contribute))
    if any_true(hh.client_in_inrichting) or any_true(hh.partner_in_inrichting):
        n = dict(n, norm=bijstand.norm_inrichting(
            n["norm"], client_in=hh.client_in_inrichting, partner_in=hh.partner_in_inrichting,
            has_partner=hh.has_partner, client_age=hh.client_age, partner_age=hh.partner_age,
            n_children=hh.n_children, cost_sharers=hh.cost_sharers, p=p_bs))
    raise_24a = None
    if any_true(hh.has_partner & ~hh.partner_entitled & (hh.n_children > 0)) and versions.in_force(
            "norm_verhoging_24a", on):
        raised = bijstand.verhoging_24a(
            n["norm"], has_partner=hh.has_partner, partner_entitled=hh.partner_entitled, n_children=hh.n_children,
            alleenstaande_ouderkop=snap.reg("kindgebonden_budget")["alleenstaande_ouderkop"])
        raise_24a, n = raised - n["norm"], dict(n, norm=raised)
    return n, raise_24a


def _vrijlating(snap: Snapshot, hh: HouseholdArrays, inc: Income, rule, working, months_into_job,
                existing_months, received=None) -> tuple[Any, Any, Any]:
    """Art. 31 lid 2 n/r or art. 34a (the version in force): the vrijlating on the taker's work income and on the
    other adult's (`received`: the offer's wage as received this month instead of its monthly share). Returns
    (taker's vrijlating, other adult's vrijlating, the months axis used)."""
    p_bs, p_ib = snap.reg("bijstand"), snap.reg("inkomstenbelasting")
    own = inc.own
    # The vrijlating of a job the household already has counts on from its month in the case month (from
    # current_job.start; 1 when not given); `existing_months` moves it on per point (1 = the case month).
    ex = np.asarray(1 if existing_months is None else existing_months)
    existing = ex + (hh.own_job_month0 - 1)
    months = (np.where(working, months_into_job, 0) if own is None else
              np.where(working, months_into_job, np.where(own.base_wage_year > 0, existing, 0)))
    young_child = p_bs["vrijlating_alleenstaande_ouder_kind_max_leeftijd"] if rule.uses_single_parent else None
    single_parent = ~hh.has_partner & (hh.youngest_child_age < young_child) if young_child is not None else False
    work_month = inc.net_work_year / 12.0 if received is None else inc.net_work_year / 12.0 - inc.net_wage + received
    # Medisch urenbeperkt (art. 31 lid 2 y, 34a lid 1 b) only asked of a version when an adult is.
    medisch = {"medisch_urenbeperkt": hh.own_medisch} if any_true(hh.own_medisch) else {}
    vrij = rule.amount(work_month, client_age=hh.client_age if hh.offer_age is None else hh.offer_age,
                       single_parent_young_child=single_parent, month=months, p=p_bs, **medisch)
    # A partner without a right to bijstand gets no vrijlating (art. 31 lid 2 n is for the belanghebbende); their
    # income counts by art. 32 lid 3, also when it is this partner who takes the offer.
    taker = np.where(hh.own_entitled, vrij["vrijlating"], 0.0)
    other: Any = 0.0
    if own is not None:
        other = couple.other_vrijlating(own, hh, existing_months=ex + (hh.other_job_month0 - 1), p_ib=p_ib,
                                        p_bs=p_bs, rule=rule)
    return taker, other, months


def _bijstand(snap: Snapshot, hh: HouseholdArrays, trace: _Trace | Untraced, inc: Income, *, on: date, working,
              months_into_job, existing_months, benefit_gross, bijstand_factor, received_wage=None) -> Bijstand:
    """Stage 4: norm, vermogenstoets, inkomstenvrijlating, the income that counts, aanvullende bijstand.
    `received_wage`: the offer's net wage received in the month (its pay slips; art. 31 lid 1 "waarover ...
    beschikt"), counted instead of the month's share of the year; None: the share."""
    trace.start("bijstand")
    p_bs, p_vm, p_ib = snap.reg("bijstand"), snap.reg("vermogen"), snap.reg("inkomstenbelasting")
    # The norm and the asset test depend on the household and the day only: once per household, snapshot and day.
    memo = shared_memo(snap, hh)
    n, raise_24a = snap.derived_in(memo, ("norm", on, id(versions.VERSIONS)),  # art. 24a: a rule version
                                   lambda: frozen(_norm_with_verhogingen(snap, hh, on, p_bs)))
    held = ((hh.savings, hh.car_value, hh.other_assets, hh.debts, hh.home_equity) if hh.bijstand_asset_test
            else (np.zeros(1),) * 5)  # the projection's own test, month by month: none here
    assets = snap.derived_in(memo, ("vermogenstoets", on), lambda: frozen(vermogen.vermogenstoets(
        savings=held[0], car_value=held[1], car_needed=hh.car_needed, car_exempt=hh.car_exempt, other=held[2],
        debts=held[3], home_equity=held[4], has_partner=hh.has_partner, has_children=hh.n_children > 0,
        norm_amount=n["norm"], p=p_vm)))
    rule = versions.vrijlating(on)
    received = None if received_wage is None else np.asarray(received_wage, dtype=float)
    vrij, vrij_other, _ = _vrijlating(snap, hh, inc, rule, working, months_into_job, existing_months, received)
    own = inc.own
    # Art. 31 lid 1: the heffingskorting (here the IACK) counts as middelen, so it is offset too.
    counted = (inc.net_wage if received is None else received) - vrij
    if own is not None:  # art. 31-32: the household's own income counts too, minus the partner's vrijlating
        counted = counted + (inc.net_base + own.net_other_year) / 12.0 - vrij_other
    if any_true(hh.gifts_per_year > 0):  # art. 31 lid 2 m: only gifts above the yearly free sum count
        counted = counted + bijstand.giften_meegeteld(hh.gifts_per_year, p_bs)
    net_year_all, benefit_net = inc.net_year, None
    if benefit_gross is not None:  # WW is income, no vrijlating (art. 31 lid 2 n is for arbeid)
        net_year_all = ib.netto_jaar(inc.year_wage + inc.base + 12.0 * np.asarray(benefit_gross, dtype=float),
                                     inc.ak + inc.iack, p_ib)
        benefit_net = (net_year_all - inc.net_year) / 12.0
        counted = counted + benefit_net
    counted, free_32_3 = _art_32_lid_3(hh, inc, n, counted)
    b = bijstand.aanvullende_bijstand(n["norm"], counted, assets["eligible"])
    b = np.where(hh.any_entitled, b, 0.0)  # art. 11, 13: no adult with a right to bijstand, no bijstand
    if bijstand_factor is not None:
        b = b * np.asarray(bijstand_factor, dtype=float)
    return Bijstand(norm=n, assets=assets, vrijlating=vrij, vrijlating_other=np.asarray(vrij_other), counted=counted,
                    bijstand=b, net_year_all=net_year_all, benefit_net=benefit_net, partner_free_32_3=free_32_3,
                    norm_24a=raise_24a)


def _art_32_lid_3(hh: HouseholdArrays, inc: Income, n: dict, counted) -> tuple[Any, Any]:
    """Art. 32 lid 3: a partner without a right to bijstand: their income counts only above the gehuwdennorm; their
    income is the other adult's own, or the offer plus their own when they take the offer. Returns the counted
    income and the part of the partner's income left free (None when no adult lacks the right)."""
    other_lid3, taker_lid3 = hh.has_partner & ~hh.other_entitled, hh.has_partner & ~hh.own_entitled
    if not any_true(other_lid3 | taker_lid3):
        return counted, None
    own = inc.own
    partner_net = np.where(other_lid3, own.net_other_year / 12.0 if own else 0.0,
                           np.where(taker_lid3, inc.net_wage + np.asarray(inc.net_base) / 12.0, 0.0))
    partner_counted = bijstand.inkomen_niet_rechthebbende_partner(partner_net, counted - partner_net, n["norm"],
                                                                  n["norm_gehuwden"])
    lid3 = other_lid3 | taker_lid3
    return (np.where(lid3, counted - partner_net + partner_counted, counted),
            np.where(lid3, partner_net - partner_counted, 0.0))


def _toetsingsinkomen(snap: Snapshot, hh: HouseholdArrays, trace: _Trace | Untraced, inc: Income,
                      bij: Bijstand):
    """Stage 5: bruteren (art. 19 lid 4): the gross bijstand counts in the toetsingsinkomen; partners each get half.
    Returns the yearly toetsingsinkomen."""
    trace.start("toetsingsinkomen")
    p_ib = snap.reg("inkomstenbelasting")
    b, own = bij.bijstand, inc.own
    share_client = np.where(hh.has_partner, 0.5, 1.0) * b
    ti_client = ib.bruto_uit_netto_jaar(bij.net_year_all + 12.0 * share_client, inc.ak + inc.iack, p_ib)
    net_other, ak_other = (own.net_other_year, own.other_ak) if own else (0.0, 0.0)
    ti_partner = (np.where(hh.has_partner, ib.bruto_uit_netto_jaar(net_other + 12.0 * (b - share_client), ak_other,
                                                                   p_ib), 0.0)
                  if any_true(hh.has_partner) else 0.0)
    trace.stop()
    return ti_client + ti_partner


def _childcare_hours(hh: HouseholdArrays, childcare_scale):
    """Childcare is needed for the job: its hours follow the hours worked (scale 1 at the offered hours)."""
    scale = np.asarray(childcare_scale, dtype=float)
    in_care = scale > 0
    used_scales = scale[in_care] if scale.ndim == 1 and hh.cc_hours.shape[0] == 1 else None
    if used_scales is not None and used_scales.size and np.all(used_scales == used_scales[0]):
        # One household at one scale wherever care is used (a wage curve): the care costs once, not per point.
        return hh.cc_hours * used_scales[0], in_care
    return hh.cc_hours * scale[..., None], in_care


def _compute_month(snap: Snapshot, hh: HouseholdArrays, trace: _Trace | Untraced, *, on: date, hourly_wage,
                   hours_per_week, months_into_job, childcare_scale, overlay=None, benefit_gross=None,
                   bijstand_factor=None, with_toeslagen: bool = True, existing_months=None,
                   received_wage=None) -> Month:
    hours = np.asarray(hours_per_week, dtype=float)
    working = hours > 0
    inc = _income(snap, hh, trace, hourly_wage, hours)
    v: dict[str, np.ndarray] = dict(
        gross_wage=inc.gross, vakantiegeld=inc.vakantiegeld, year_wage=inc.year_wage, arbeidskorting=inc.ak / 12.0,
        iack=inc.iack_effect / 12.0, iack_other=np.asarray(inc.iack_other_effect) / 12.0, net_wage=inc.net_wage,
        tax=(inc.year_wage - (inc.net_year - inc.net_base)) / 12.0,
        other_income=((inc.net_base + inc.own.net_other_year) / 12.0 + inc.own.untaxed_month if inc.own
                      else np.zeros(1)))
    bij = _bijstand(snap, hh, trace, inc, on=on, working=working, months_into_job=months_into_job,
                    existing_months=existing_months, benefit_gross=benefit_gross, bijstand_factor=bijstand_factor,
                    received_wage=received_wage)
    if bij.benefit_net is not None:
        v.update(benefit_gross=np.asarray(benefit_gross, dtype=float), benefit_net=bij.benefit_net)
    # Named in every month, 0 where the article does not apply (art. 32 lid 3, art. 24a): read without a default.
    v["partner_income_free_32_3"] = bij.partner_free_32_3 if bij.partner_free_32_3 is not None else np.zeros(1)
    v["norm_24a"] = bij.norm_24a if bij.norm_24a is not None else np.zeros(1)
    v["bijstand_right"] = np.asarray(hh.any_entitled, dtype=float)  # 0: no adult has a right to bijstand
    assets = bij.assets
    v.update(norm=bij.norm["norm"], vrijlating=bij.vrijlating, vrijlating_other=bij.vrijlating_other,
             counted_income=bij.counted, bijstand=bij.bijstand, assets_counted=assets["counted"],
             assets_limit=assets["limit"], assets_eligible=assets["eligible"], assets_excess=assets["excess"],
             assets_months=assets["months_of_norm"])
    ti = _toetsingsinkomen(snap, hh, trace, inc, bij)
    own_gross = inc.base + inc.own.other_year if inc.own else 0.0
    v.update(toetsingsinkomen=ti, gross_bijstand=(ti - inc.year_wage - own_gross) / 12.0 - (
        0.0 if benefit_gross is None else v["benefit_gross"]))
    # Stage 6: the toeslagen on the yearly toetsingsinkomen, as if this month's situation lasted the whole year.
    cc_hours, in_care = _childcare_hours(hh, childcare_scale)
    works_now = working if inc.own is None else working | (inc.own.base_wage_year > 0)
    work_condition = works_now & in_care & (~hh.has_partner | hh.partner_works)
    if with_toeslagen:
        traced = isinstance(trace, _Trace)
        for name, r in toeslagen_at(snap, hh, ti, cc_hours=cc_hours, work_condition=work_condition, on=on,
                                    traced=traced).items():
            v[name] = r["per_month"]
            if traced:
                trace.used[name] = r["used"]
    else:  # the caller computes the toeslagen itself (the timeline's voorschot and definitive amount)
        for name in TOESLAGEN:
            v[name] = np.zeros(np.shape(ti))
    v["childcare_costs"] = np.where(working & in_care, (cc_hours * hh.cc_price).sum(axis=-1), 0.0)
    schemes: list = []
    municipal.stage(snap, hh, overlay, on, v, inc, bij, schemes)
    # Stage 8-9: work costs and what is left to spend.
    v["travel_costs"] = np.where(working, hh.travel_costs, 0.0)
    benefit = 0.0 if bij.benefit_net is None else bij.benefit_net
    v["disposable"] = np.asarray(sum(v[k] for k in INCOME) - sum(v[k] for k in COSTS) + benefit)
    # Every value depends on the household and/or the point; disposable and the norm span both.
    shape = np.broadcast_shapes(np.shape(v["disposable"]), np.shape(v["norm"]), np.shape(v["gross_wage"]))
    return Month(v, trace.used, schemes, shape)
