"""Cases -> household feature arrays (one row per case), the input of the vectorised pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from werktloont.model.case import Case
from werktloont.months import months_between
from werktloont.params.schema import parse_date
from werktloont.rules.wet_kinderopvang import kinderopvangtoeslag as kot

CHILDCARE_KIND = {"dagopvang": kot.DAGOPVANG, "bso": kot.BSO, "gastouder": kot.GASTOUDEROPVANG}


def frozen(value):
    """The arrays of a memoised value (a dict, a dataclass or an array) made read-only: a caller that wrote into one
    would change the next month's answer, so it raises instead."""
    if isinstance(value, np.ndarray):
        value.flags.writeable = False
    elif isinstance(value, (tuple, list)):
        for a in value:
            frozen(a)
    elif isinstance(value, dict) or hasattr(value, "__dict__"):
        for a in (value if isinstance(value, dict) else vars(value)).values():
            if isinstance(a, (np.ndarray, dict)):  # a rule's steps come as nested dicts
                frozen(a)
    return value


# The youngest child's age of a household without children: above every age limit a rule tests.
NO_CHILD_AGE = 99


def any_true(a) -> bool:
    """np.any for the month's branch tests: the same answer at less than half of its per-call cost (the pipeline
    asks it about fifteen times a month)."""
    return bool(np.asarray(a).any())


@dataclass
class HouseholdArrays:
    """Shape (M,) per field, or (M, K) for childcare (K = most children with childcare in the batch) and (M, C) for
    children_ages."""

    client_age: np.ndarray
    partner_age: np.ndarray
    has_partner: np.ndarray
    partner_entitled: np.ndarray
    partner_works: np.ndarray
    n_children: np.ndarray
    # (M, C): each child's age in whole years, -1 where a household has fewer than the most in the batch (C >= 1);
    # the rules count their own age bands in it with the parameters of the month's date.
    children_ages: np.ndarray
    youngest_child_age: np.ndarray
    cost_sharers: np.ndarray
    cost_sharer_income: np.ndarray
    has_rent: np.ndarray
    base_rent: np.ndarray
    service_costs: np.ndarray
    savings: np.ndarray
    car_value: np.ndarray
    car_needed: np.ndarray
    car_exempt: np.ndarray  # art. 34 lid 2 a: euros of the car left free (0 when unknown)
    other_assets: np.ndarray
    debts: np.ndarray
    home_equity: np.ndarray
    cc_kind: np.ndarray
    cc_hours: np.ndarray
    cc_price: np.ndarray
    has_job: np.ndarray
    hourly_wage: np.ndarray
    hours_per_week: np.ndarray
    travel_costs: np.ndarray
    # Art. 20 lid 3-4 and art. 31 lid 2 m: defaults keep older callers working.
    parents_cannot_contribute: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=bool))
    partner_parents_cannot_contribute: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=bool))
    # Art. 23: the client (adults[0]) and the partner (adults[1]) stay in an inrichting.
    client_in_inrichting: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=bool))
    partner_in_inrichting: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=bool))
    gifts_per_year: np.ndarray = field(default_factory=lambda: np.zeros(1))
    # own income per adult. "own_*" belongs to the adult who takes the offer (job.person), "other_*" to
    # the other adult (zero without a partner). Gross wage per week of a current job (hours x wage); taxable
    # other income gross per month (given gross) and net per month (given net, grossed up in compose); income
    # that is neither taxed nor counted (kinderalimentatie) per month.
    offer_age: np.ndarray | None = None  # None: the first adult takes the offer (client_age)
    own_wage_week: np.ndarray = field(default_factory=lambda: np.zeros(1))
    own_benefit_gross: np.ndarray = field(default_factory=lambda: np.zeros(1))
    own_benefit_net: np.ndarray = field(default_factory=lambda: np.zeros(1))
    other_age: np.ndarray = field(default_factory=lambda: np.zeros(1))
    other_entitled: np.ndarray = field(default_factory=lambda: np.ones(1, dtype=bool))
    own_entitled: np.ndarray = field(default_factory=lambda: np.ones(1, dtype=bool))  # the adult taking the offer
    client_entitled: np.ndarray = field(default_factory=lambda: np.ones(1, dtype=bool))  # the first adult (art. 24)
    # Art. 11, 13: some adult of the household has a right to bijstand (a single adult without it gets none).
    any_entitled: np.ndarray = field(default_factory=lambda: np.ones(1, dtype=bool))
    # The vrijlating month of each adult's current job in the case month (1: it began then, or its start is unknown).
    own_job_month0: np.ndarray = field(default_factory=lambda: np.ones(1))
    other_job_month0: np.ndarray = field(default_factory=lambda: np.ones(1))
    other_wage_week: np.ndarray = field(default_factory=lambda: np.zeros(1))
    other_benefit_gross: np.ndarray = field(default_factory=lambda: np.zeros(1))
    other_benefit_net: np.ndarray = field(default_factory=lambda: np.zeros(1))
    untaxed_income: np.ndarray = field(default_factory=lambda: np.zeros(1))
    # Art. 31 lid 2 y / art. 34a lid 1 b: the adult taking the offer and the other adult are medisch urenbeperkt.
    own_medisch: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=bool))
    other_medisch: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=bool))
    # Wet op de zorgtoeslag art. 2 lid 4: how many of the adults are verzekerd (2 for a couple, 1 for a single).
    n_insured: np.ndarray | None = None
    # (M, C): in a month of the projection with a birthday, every child's age in the month before (-1: no child),
    # for the kindgebonden budget, whose right and supplements change the month after a birthday (Wet op het
    # kindgebonden budget art. 2 lid 1, 3-5; the other rules read children_ages). None: the month's own ages.
    kgb_ages_before: np.ndarray | None = None
    # (M,): in a month of the projection, the youngest child's age on 1 January of the month's year (NO_CHILD_AGE:
    # no child), for the IACK, whose child must not have reached 12 "bij de aanvang van het kalenderjaar" (Wet IB
    # 2001 art. 8.14a lid 1 b). None: no month before is known (a household given on its own, as the toeslagen
    # proefberekening and a month outside a projection): the month's own youngest_child_age stands in for it.
    youngest_child_age_1_january: np.ndarray | None = None
    # Whether any row has income of its own (a fast path skips the per-person work when none has).
    has_own_income: bool = False
    # False: the projection applies bijstand's asset test itself, month by month (vermogen_per_maand.py), so the
    # month counts no assets for bijstand; the toeslagen keep their own asset test on the wealth (Awir art. 7).
    bijstand_asset_test: bool = True
    # The household's fingerprint, worked out once (what the month computes from the household alone is kept by it
    # in `shared_memo`). Not an init field, so dataclasses.replace (another household) starts empty.
    memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def n_persons(self) -> np.ndarray:
        return 1 + self.has_partner + self.n_children + self.cost_sharers

    @property
    def household_code(self) -> np.ndarray:
        """0 alleenstaande, 1 alleenstaande ouder, 2 paar, 3 paar met kinderen."""
        return np.where(self.has_partner, 2, 0) + (self.n_children > 0)

    @property
    def toeslag_vermogen(self) -> np.ndarray:
        # Box-3 style: a car for own use and the eigen woning are not box-3 wealth (Wet IB art. 5.3).
        return np.maximum(self.savings + self.other_assets - self.debts, 0.0)


_FIELDS = fields(HouseholdArrays)


def children_ages(ages: list[list[int]]) -> np.ndarray:
    """Per household the children's ages, padded with -1 to the most children of any household (at least one
    column, so every row has the same shape)."""
    out = np.full((len(ages), max([len(a) for a in ages] + [1])), -1, dtype=np.int64)
    for i, a in enumerate(ages):
        out[i, :len(a)] = a
    return out


def household_arrays(cases: list[Case]) -> HouseholdArrays:
    m = len(cases)
    k = max([sum(1 for c in case.household.children if c.childcare) for case in cases] + [1])
    cc_kind = np.zeros((m, k), dtype=np.int8)
    cc_hours = np.zeros((m, k))
    cc_price = np.zeros((m, k))
    cols: dict[str, list] = {name: [] for name in (
        "client_age", "partner_age", "has_partner", "partner_entitled", "partner_works", "n_children",
        "youngest_child_age", "cost_sharers", "cost_sharer_income", "has_rent", "base_rent",
        "service_costs", "savings", "car_value", "car_needed", "car_exempt", "other_assets", "debts", "home_equity",
        "has_job", "hourly_wage", "hours_per_week", "travel_costs")}
    ages_all = []
    for i, case in enumerate(cases):
        hh, a, job = case.household, case.assets, case.job
        partner = case.partner
        ages = [c.age for c in hh.children]
        ages_all.append(ages)
        row = {
            "client_age": hh.adults[0].age, "partner_age": partner.age if partner else 0,
            # Art. 24: a couple in which one adult has no right to bijstand (whichever of the two it is).
            "has_partner": partner is not None,
            "partner_entitled": all(x.bijstand_entitled for x in hh.adults) if partner else True,
            "partner_works": partner.works if partner else False, "n_children": len(ages),
            "youngest_child_age": min(ages) if ages else NO_CHILD_AGE, "cost_sharers": hh.cost_sharers,
            "cost_sharer_income": hh.cost_sharer_income, "has_rent": hh.rent is not None,
            "base_rent": hh.rent.base_rent if hh.rent else 0.0,
            "service_costs": hh.rent.service_costs if hh.rent else 0.0,
            "savings": a.savings, "car_value": a.car_value, "car_needed": a.car_needed,
            "car_exempt": a.car_exempt or 0.0, "other_assets": a.other,
            "debts": a.debts, "home_equity": a.home_equity, "has_job": job is not None,
            "hourly_wage": job.hourly_wage if job else 0.0, "hours_per_week": job.hours_per_week if job else 0.0,
            "travel_costs": job.travel_costs if job else 0.0,
        }
        for name, value in row.items():
            cols[name].append(value)
        j = 0
        for child in hh.children:
            if child.childcare:
                cc_kind[i, j] = CHILDCARE_KIND[child.childcare.type]
                cc_hours[i, j] = child.childcare.hours_per_month
                cc_price[i, j] = child.childcare.hourly_price
                j += 1
    arrays: dict[str, Any] = {name: np.asarray(values) for name, values in cols.items()}
    arrays["parents_cannot_contribute"] = np.array([c.household.adults[0].parents_cannot_contribute for c in cases])
    arrays["partner_parents_cannot_contribute"] = np.array(
        [c.partner is not None and c.partner.parents_cannot_contribute for c in cases])
    arrays["client_in_inrichting"] = np.array([c.household.adults[0].in_inrichting for c in cases])
    arrays["partner_in_inrichting"] = np.array([c.partner is not None and c.partner.in_inrichting for c in cases])
    arrays["gifts_per_year"] = np.array([c.household.gifts_per_year for c in cases], dtype=float)
    arrays.update(own_income_arrays(cases))
    return HouseholdArrays(children_ages=children_ages(ages_all), cc_kind=cc_kind, cc_hours=cc_hours,
                           cc_price=cc_price, **arrays)


def _income_of(adult) -> tuple[float, float, float, float]:
    """(gross wage per week, taxable gross per month, taxable net per month, untaxed per month) of one adult."""
    wage = adult.current_job.hourly_wage * adult.current_job.hours_per_week if adult.current_job else 0.0
    gross = net = untaxed = 0.0
    for item in adult.other_income:
        if item.kind == "kinderalimentatie":
            untaxed += item.net_per_month if item.net_per_month is not None else item.gross_per_month or 0.0
        elif item.gross_per_month is not None:
            gross += item.gross_per_month
        else:
            net += item.net_per_month or 0.0
    return wage, gross, net, untaxed


def job_month0(adult, on) -> int:
    """The month of the vrijlating period a current job is in on the case date: 1 when it began in the case month
    or its start is not given, 7 when it began six months before (then the 6 months of art. 31 lid 2 n are over)."""
    job = adult.current_job
    start = parse_date(job.start) if job is not None and job.start else None
    if start is None:
        return 1
    return max(months_between(start, on) + 1, 1)


def own_income_arrays(cases: list[Case]) -> dict:
    """Per case the income of the adult who takes the offer ("own") and of the other adult ("other")."""
    cols: dict[str, list] = {k: [] for k in (
        "offer_age", "own_wage_week", "own_benefit_gross", "own_benefit_net", "other_age", "other_entitled",
        "own_entitled", "client_entitled", "any_entitled", "own_job_month0", "other_job_month0",
        "other_wage_week", "other_benefit_gross", "other_benefit_net", "untaxed_income", "n_insured",
        "partner_works", "own_medisch", "other_medisch")}
    for case in cases:
        adults = case.household.adults
        taker = case.job.person if case.job is not None else 0
        own = _income_of(adults[taker])
        other_adult = adults[1 - taker] if len(adults) > 1 else None
        other = _income_of(other_adult) if other_adult else (0.0, 0.0, 0.0, 0.0)
        cols["offer_age"].append(adults[taker].age)
        cols["own_wage_week"].append(own[0])
        cols["own_benefit_gross"].append(own[1])
        cols["own_benefit_net"].append(own[2])
        cols["other_age"].append(other_adult.age if other_adult else 0)
        cols["other_entitled"].append(other_adult.bijstand_entitled if other_adult else True)
        cols["own_entitled"].append(adults[taker].bijstand_entitled or other_adult is None)
        cols["client_entitled"].append(adults[0].bijstand_entitled or len(adults) < 2)
        cols["any_entitled"].append(any(a.bijstand_entitled for a in adults))
        cols["own_job_month0"].append(job_month0(adults[taker], case.on))
        cols["other_job_month0"].append(job_month0(other_adult, case.on) if other_adult else 1)
        cols["other_wage_week"].append(other[0])
        cols["other_benefit_gross"].append(other[1])
        cols["other_benefit_net"].append(other[2])
        cols["untaxed_income"].append(own[3] + other[3])
        cols["n_insured"].append(sum(1 for a in adults if a.zorgverzekerd))
        cols["own_medisch"].append(adults[taker].medisch_urenbeperkt)
        cols["other_medisch"].append(bool(other_adult and other_adult.medisch_urenbeperkt))
        # Wet kinderopvang art. 1.6: the other adult works when they have a job (or, in older files, `works`).
        cols["partner_works"].append(bool(other_adult and (other_adult.works or other[0] > 0)))
    out: dict = {k: np.asarray(v) for k, v in cols.items()}
    out["has_own_income"] = bool(any(np.any(out[k] > 0) for k in (
        "own_wage_week", "own_benefit_gross", "own_benefit_net", "other_wage_week", "other_benefit_gross",
        "other_benefit_net", "untaxed_income")))
    return out


# The offer's own facts: the month reads them from its points (hours, wage) or outside what it keeps per household.
OFFER_FIELDS = frozenset({"has_job", "hourly_wage", "hours_per_week", "travel_costs", "memo"})


def fingerprint(hh: HouseholdArrays) -> tuple:
    """Every fact of the household but the offer's, as a hashable key (each array's type, shape and bytes); worked
    out once per household object."""
    key = hh.memo.get("fingerprint")
    if key is None:
        key = hh.memo["fingerprint"] = tuple(_fact_key(getattr(hh, f.name)) for f in _FIELDS
                                             if f.name not in OFFER_FIELDS)
    return key


def _fact_key(value):
    """An array as its type, shape and bytes; a plain fact (a flag, None) as itself."""
    return (value.dtype.str, value.shape, value.tobytes()) if isinstance(value, np.ndarray) else value


def shared_memo(snap, hh: HouseholdArrays) -> dict:
    """The store for what a month computes from the household alone (Snapshot.derived_in), shared by every
    household object with the same facts on this snapshot: the window builds the household again at every
    keystroke, with only the offer changed."""
    return snap.derived(("household.memo", fingerprint(hh)), dict)
