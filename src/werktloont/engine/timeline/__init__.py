"""The projection: month by month from the case month, "take the job" against "stay on bijstand", cash as it
arrives. It is the model every answer is read from (engine/answer.py): the first month, the phases, the headline,
assets, debts and cash.

What a month holds (both scenarios): the job or not, the vrijlating countdown (art. 31 lid 2 n and r), the end of
a temporary contract, WW (wekeneis, duration, 75/70 %, maximumdagloon) with aanvullende bijstand, the return to
bijstand (vierwekenzoektermijn under 27 as a partial month, art. 41 lid 4 and 45 lid 3), the asset test over
time (rules/participatiewet/vermogen_per_maand.py), vakantiegeld (WML art. 17) and the bijstand vakantietoeslag
(art. 45 lid 1) paid when they are paid, and the toeslagen per calendar year: voorschotten on an estimate, the
definitive amount on the real yearly toetsingsinkomen, and the settlement in the month Dienst Toeslagen would
send it (rules/awir/voorschot.py).

Conventions of an entry (see entries.py):
- the component keys are those of `with_job` and mean the same: euros per month, wage and bijstand including
  the monthly share of vakantiegeld / vakantietoeslag, the toeslagen as if the month's situation held the whole
  year; `ww` is the net WW and `toeslagenwet` the net TW-toeslag (both in `disposable`);
- `cash_timing` moves the vakantiegeld and the vakantietoeslag to the month they are paid and holds what the
  toeslagen voorschot paid differs from the month's toeslagen (`toeslagen`); `cash` is what arrives that month:
  disposable + cash_timing + toeslagen_settlement; `cash_gain` is cash(job) - cash(stay) of the month and
  `cumulative_gain` sums it. Every amount is
  rounded to cents before it is added up.
Each month's parameters are resolved by day, as `calculate` resolves them (months.py); months after the pack's
coverage use the last known values and say so (`beyond_pack`). Codes and numbers only: notes, situations and
actions get their words in werktloont.texts.

Computation: a month plan per scenario (plan.py), then `compute_month` once per (parameters, household) group with
every month of both scenarios as points (money.py), a sequential pass for what depends on the previous month
(assets, zoektermijn), a second `compute_month` only for the few months whose bijstand is cut, and the toeslagen
for all months and both income bases in one call per group; then the cash (payout.py), the entries and the summary.
`project_months` stops before the cash: the months' own values, for a month's context (the curve of a case given on
its own).
"""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np

from werktloont.engine.components import TOESLAGEN
from werktloont.engine.household import shared_memo
from werktloont.engine.prepared import PreparedCase, prepare
from werktloont.engine.timeline import after_contract, asset_changes, entries, money, payout, summary, vrijlating
from werktloont.engine.timeline import toeslagenwet as tw_timeline
from werktloont.engine.timeline.months import Days, add_months, month_label, month_of, months_between  # noqa: F401
from werktloont.engine.timeline.plan import Scenario, household_states, job_plan
from werktloont.errors import MissingParameterError
from werktloont.rules.awir import voorschot
from werktloont.rules.gemeente import regelingen
from werktloont.rules.gemeente.regelingen import iit_timeline
from werktloont.rules.participatiewet import verlaging, vermogen, vermogen_per_maand, zoektermijn

HORIZON = 24
MAX_HORIZON = 60  # months: the longest IIT reference period
JOB, STAY = money.JOB, money.STAY


def _asset_inputs(groups, hhs, t):
    """Per month: counted assets besides savings and the vermogensgrens."""
    besides, limit = np.zeros(t), np.zeros(t)
    for g, idx in groups.items():
        besides[idx], limit[idx] = _household_assets(g.snap, hhs[g.hkey])
    return besides, limit


def _household_assets(snap, h) -> tuple[float, float]:
    """A household's counted assets besides savings and its vermogensgrens: from the household and the snapshot
    alone, so kept with the household (household.shared_memo), as the month keeps its norm and asset test."""
    def build() -> tuple[float, float]:
        p_vm = snap.reg("vermogen")
        besides = vermogen.vermogen_naast_spaargeld(
            car_value=h.car_value, car_needed=h.car_needed, other=h.other_assets, debts=h.debts,
            home_equity=h.home_equity, p=p_vm, car_exempt=h.car_exempt)[0]
        limit = vermogen.vermogensgrens(has_partner=h.has_partner, has_children=h.n_children > 0, p=p_vm)[0]
        return float(besides), float(limit)
    return snap.derived_in(shared_memo(snap, h), "asset_inputs", build)


@dataclasses.dataclass
class Projection:
    """Every month of both scenarios (index 0 = January of the case year; `first` = the case month), in codes and
    numbers. `res` holds the pipeline's values per (scenario, month); `parts` the rounded components as in an entry;
    `walks` the asset test and zoektermijn; `need` the bijstand of every (scenario, month) as if entitled, before
    the asset test and the zoektermijn cut it, and `need_gross` its gross amount (what a reclaim takes back);
    `changes` the asset changes per month; `job_start`/`contract_end` month indexes (None when absent)."""

    prepared: PreparedCase
    months: list[date]
    first: int
    days: Days
    plans: tuple
    info: dict
    res: dict
    walks: list
    parts: list[dict]
    letters: list[str | None]
    limit: np.ndarray
    continuous: np.ndarray  # the asset test applies every month (art. 34 lid 2 b from 2026)
    hkeys: list
    hh_free: dict
    groups: dict
    entries: list[dict]
    summary: dict
    need: np.ndarray
    need_gross: np.ndarray
    changes: asset_changes.AssetChanges
    walk_args: dict
    missing: list[dict] = dataclasses.field(default_factory=list)  # values only the cash timing needed
    # The pay slips and the bijstand as paid on the wage received (payout.pay): slips, betaling, bijstand_paid, n_slips.
    pay: dict = dataclasses.field(default_factory=dict)
    # What is read from the projection again and again and never changed by a reader (a view's month context).
    memo: dict = dataclasses.field(default_factory=dict, repr=False, compare=False)

    @property
    def job_start(self) -> int | None:
        s = self.info["job_start"]
        return s if s is not None and s < len(self.months) else None

    @property
    def contract_end(self) -> int | None:
        return self.info["contract_end"]

    def label(self, i: int) -> str:
        return month_label(self.months[i])

    def groups_of(self) -> list:
        """The group (parameters, rule versions, household) of every month."""
        if not hasattr(self, "_group_of"):
            out: list = [None] * len(self.months)
            for g, idx in self.groups.items():
                for i in idx:
                    out[i] = g
            self._group_of = out
        return self._group_of

    def as_dict(self) -> dict:
        """What `werktloont timeline --json` and api.project give: the entries and the summary."""
        return {"entries": self.entries, "summary": self.summary}

    def __getitem__(self, key: str):
        """`proj["entries"]`, `proj["summary"]`: the projection read as its JSON form."""
        return self.as_dict()[key]


def _stopped_before(case, changes: asset_changes.AssetChanges, besides, limit, first: int) -> bool:
    """Whether a change before the case month had already stopped the bijstand in the month before it: goods it
    added still count then, and the assets were above the limit (the case month is then a new application)."""
    before = first - 1
    goods = sum(s.counted for s in changes.spans if s.change.kind in asset_changes.GOODS and s.k <= before
                and (s.end is None or s.end > before))
    if goods <= 0.005:
        return False
    own = float(besides[first] - changes.goods[first])
    return case.assets.savings + own + goods > float(limit[max(before, 0)]) + 1e-9


def _groups(days: Days, hkeys: list, overlay) -> dict:
    """Months that share their parameters, rule versions, municipal values and household, computed together."""
    groups: dict = {}
    for i in range(len(hkeys)):
        day = days.rule_days[i]
        key = (days.snaps[i], days.rule_ids[i], regelingen.in_force_key(overlay, day), hkeys[i])
        groups.setdefault(key, []).append(i)
    return {money.Group(key[0], days.rule_keys[idx[0]], key[2], key[3], days.rule_days[idx[0]]): idx
            for key, idx in groups.items()}


def _walks(case, res, plans, walk_args: dict, besides) -> list:
    need = res["bijstand"]
    return [vermogen_per_maand.maandtoets(need=need[sc], after_work=plans[sc].after_work, hours=plans[sc].hours,
                                          besides_savings=besides, savings0=case.assets.savings, **walk_args)
            for sc in (JOB, STAY)]


def _verlaging(case, days: Days, first: int, factor: np.ndarray, res: dict) -> np.ndarray:
    """Art. 18 lid 2: the case's verlaging in its months, in both scenarios (a maatregel on the bijstand, with or
    without the job)."""
    v = case.bijstand_verlaging
    if v is None:
        return factor
    t = factor.shape[1]
    start = first if v.from_month is None else max(first, _index_of(days, v.from_month))
    in_months = np.zeros(t, dtype=bool)
    in_months[start:start + v.months] = True
    return np.vstack([verlaging.factor(paid_factor=factor[sc], need=res["bijstand"][sc], norm=res["norm"][sc],
                                       in_months=in_months, percentage=v.percentage, basis=v.basis)
                      for sc in (JOB, STAY)])


def _index_of(days: Days, label: str) -> int:
    """The month index of "JJJJ-MM" in the projection (index 0 = January of the case year)."""
    return months_between(days.rule_days[0], month_of(label))


def _money(prepared: PreparedCase, groups: dict, plans, hh_free: dict, walk_args: dict, besides, days: Days,
           first: int) -> tuple[dict, list, np.ndarray, np.ndarray]:
    """The pipeline over every month of both scenarios; the vrijlating counter; the asset test and zoektermijn
    (sequential); the months whose bijstand is cut computed again; the IIT's reference period. Returns the values,
    the walks and the bijstand as if entitled (`need`, before any cut) net and gross."""
    case, overlay = prepared.case, prepared.overlay
    wage = case.job.hourly_wage if case.job is not None and case.job.hourly_wage is not None else 0.0
    # Pass 1: bijstand as if entitled, the job's months also at every other count of the vrijlating period.
    res, grid = money.compute_with_counts(groups, plans, wage, overlay, hh_free, vrijlating.top_counts(plans))
    res = vrijlating.recount(groups, plans, wage, overlay, hh_free, res, grid=grid)  # only months with bijstand count
    walks = _walks(case, res, plans, walk_args, besides)
    used = np.ones(len(plans[JOB].hours))
    for _ in range(4):  # the counter and the asset test depend on each other: until neither changes
        paid = walks[JOB]["factor"]
        if not (plans[JOB].hours > 0).any() or np.array_equal(paid, used):
            break
        # A month whose bijstand is not paid (the asset test, the zoektermijn) uses up no month of the period.
        res = vrijlating.recount(groups, plans, wage, overlay, hh_free, res, paid=paid, grid=grid)
        used = paid
        walks = _walks(case, res, plans, walk_args, besides)
    factor = _verlaging(case, days, first, np.vstack([w["factor"] for w in walks]), res)
    need, need_gross = res["bijstand"].copy(), np.maximum(res["gross_bijstand"], res["bijstand"])
    cut = factor < 1.0
    if cut.any():  # pass 2: only the months whose bijstand is cut (its gross-up changes the toetsingsinkomen)
        money.merge(res, money.compute(groups, plans, wage, overlay, hh_free, factor=factor, only=cut), cut)
    if "iit" in res:  # PW art. 36: a month above the limit costs the toeslag for the reference period after it
        res["municipal"] = res["municipal"] - res["iit"] + iit_timeline(overlay, days.rule_days, res, first)
    return res, walks, need, need_gross


def _toeslagen_variants(prepared: PreparedCase, groups, plans, hhs, res, months, days, info, first) -> dict:
    """The month's own toeslagen (into `res`); the voorschot on the estimate and the entitlement on the real yearly
    toetsingsinkomen, per variant (reported or not). MissingParameterError when a value only the voorschot or the
    yearly entitlement needs is unknown (the months' own toeslagen are in `res` all the same)."""
    case = prepared.case
    est = case.toeslagen_advance.income_estimate
    estimate = float(res["toetsingsinkomen"][STAY, first]) if est is None else float(est)
    ti_year, year_ti = money.yearly_toetsingsinkomen(res["toetsingsinkomen"], months)
    t = len(months)
    try:
        steady, adv, ent, ent_year = money.toeslagen(groups, plans, hhs, res["toetsingsinkomen"], t, estimate,
                                                     ti_year)
    except MissingParameterError:
        steady = money.toeslagen(groups, plans, hhs, res["toetsingsinkomen"], t)[0]
        _store(res, steady)
        raise
    _store(res, steady)
    assert adv is not None and ent is not None and ent_year is not None
    p_awir_next = {y: days.at(date(y + 1, 1, 1)).reg("awir") for y in sorted({d.year for d in months})}
    return {name: {sc: voorschot.verloop(
        toeslagen=TOESLAGEN, reported=rep, months=months, advance_estimate=adv[sc], entitlement=ent[sc],
        entitlement_year=ent_year[sc], change_month=info["job_start"] if sc == JOB else None,
        year_ti={y: v for (s, y), v in year_ti.items() if s == sc}, estimate=estimate, p_awir_next=p_awir_next)
        for sc in (JOB, STAY)} for name, rep in (("doorgegeven", True), ("niet_doorgegeven", False))}


def _store(res: dict, steady: dict) -> None:
    for k in TOESLAGEN:
        res[k] = np.vstack([steady[JOB][k], steady[STAY][k]])


def _no_voorschot(res: dict, sc: int, t: int) -> dict:
    return {"advance": {k: res[k][sc] for k in TOESLAGEN}, "settlement": np.zeros(t), "correction": np.zeros(t),
            "years": {}}


def _horizon(case, horizon: int | None) -> int:
    asked = horizon if horizon is not None else case.horizon_months or HORIZON
    return max(1, min(int(asked), MAX_HORIZON))


def project(data, pack=None, *, horizon: int | None = None, lang: str | None = None) -> Projection:
    """The projection of a case (`data`: a case dict, a Case or a PreparedCase); `horizon`: months from the case
    month (default: the case's `horizon_months`, else 24; at most 60). (`lang` is accepted for old callers and not
    used: the words are added by werktloont.api / werktloont.texts.)"""
    prepared: PreparedCase = prepare(data, pack)
    case = prepared.case
    c, walk_args, notes = _months_money(prepared, horizon)
    months, first, t, res, plans, walks, info = c.months, c.first, len(c.months), c.res, c.plans, c.walks, c.info
    missing: list[dict] = []
    try:
        # On the households a month's context hands on (the same facts; the toeslagen's household stages are kept
        # there for the explanations and the curves).
        variants = _toeslagen_variants(prepared, c.groups, plans, c.hh_free, res, months, c.days, info, first)
    except MissingParameterError as exc:
        if TOESLAGEN[0] not in res:  # the months' own toeslagen need it: no answer without it
            raise
        # Only the cash timing of the toeslagen needs this value (a voorschot on an income estimate): the months'
        # amounts stand; the voorschot is taken equal to the month's toeslagen and there is no settlement.
        missing.append({"code": "toeslagen_cash", "parameter": exc.param_id, "on": exc.on})
        variants = {name: {sc: _no_voorschot(res, sc, t) for sc in (JOB, STAY)}
                    for name in ("doorgegeven", "niet_doorgegeven")}
    chosen = variants["doorgegeven" if case.toeslagen_advance.change_reported else "niet_doorgegeven"]
    timing = payout.timing(prepared, res, plans, months, first, info)
    pay = payout.pay(prepared, c.groups, plans, c.hh_free, res, walks, months, info, timing)
    if not np.array_equal(pay["bijstand_paid"], res["bijstand"][JOB]):
        timing = payout.timing(prepared, res, plans, months, first, info, bijstand_job=pay["bijstand_paid"])
    taker = case.household.adults[case.job.person if case.job is not None else 0]
    letters = entries.letters(plans[JOB], res, walks[JOB], c.groups, t, taker.age, taker.medisch_urenbeperkt)
    parts = [entries.scenario_months(sc, res, chosen, timing, plans[sc], pay if sc == JOB else None)
             for sc in (JOB, STAY)]
    rows, cross = entries.build(months=months, first=first, plans=plans, info=info, res=res, walks=walks,
                                chosen=chosen, parts=parts, letters=letters, limit=c.limit, days=c.days)
    for row in rows:  # the asset changes of the month (codes and numbers)
        if row["month"] in c.changes.by_month:
            row["asset_changes"] = c.changes.by_month[row["month"]]
    scenarios = summary.asset_scenarios(case, walk_args, c.need, plans, c.walk_args["besides_savings"], c.limit,
                                        first)
    out = summary.summary(case=case, months=months, first=first, info=info, variants=variants, walks=walks,
                          cross=cross, days=c.days, scenarios=scenarios, note_codes=notes)
    after = after_contract.after_contract(plans, parts, walks, c.limit, info["contract_end"], t)
    out["action_codes"] = summary.action_codes(case, out, prepared.snap, after)
    return dataclasses.replace(c, parts=parts, letters=letters, entries=rows, summary=out, missing=missing, pay=pay)


def project_months(data, pack=None, *, horizon: int | None = None) -> Projection:
    """The months' own values only (the pipeline, the vrijlating counter, the asset test and zoektermijn, the
    months' toeslagen): what a month's context needs to compute it again at other hours or wages (engine/curve.py).
    No cash timing, voorschot, pay slips, entries or summary: `parts`, `letters`, `entries` and `summary` are
    empty, so it is never an answer. Every value a month's own amounts need is read as `project` reads it, so it
    stops where the months' amounts stop; a value only the cash timing reads does not stop it."""
    prepared: PreparedCase = prepare(data, pack)
    c = _months_money(prepared, horizon)[0]
    # On the households the month's context hands on (the same facts; their toeslagen stages are then kept there).
    _store(c.res, money.toeslagen(c.groups, c.plans, c.hh_free, c.res["toetsingsinkomen"], len(c.months))[0])
    return c


def _months_money(prepared: PreparedCase, horizon: int | None) -> tuple[Projection, dict, list[dict]]:
    """The months from January of the case year (the yearly toeslagen need them), their plans, parameters and
    households, and their money: the pipeline, the vrijlating counter, the asset test and the zoektermijn. Returns
    the projection without its cash, entries and summary (what `project_months` gives), the asset walk's arguments
    and the plan's note codes (what `project` adds them with)."""
    case, pack = prepared.case, prepared.pack
    m0 = date(case.on.year, case.on.month, 1)
    first = m0.month - 1  # months of the case year before the case month: needed for the yearly toeslagen
    months = [add_months(date(m0.year, 1, 1), i) for i in range(first + _horizon(case, horizon))]
    t = len(months)
    days = Days.of(pack, case.on, months)
    notes: list[dict] = []
    hkeys, households = household_states(case, months, first, days)
    hh_real = {k: h.arrays(prepared.hh if h.case is case else None) for k, h in households.items()}
    hh_free = {k: dataclasses.replace(h, bijstand_asset_test=False) for k, h in hh_real.items()}
    groups = _groups(days, hkeys, prepared.overlay)
    plan, info = job_plan(case, months, first, days, notes)
    info["tw"] = tw_timeline.plan(case, plan, info, months, days, hkeys, hh_real)  # PW art. 15: TW before bijstand
    plans = (plan, Scenario.staying(t))
    vrijlating.seed(groups, plans)
    for scenario in plans:  # a job the household already has: its vrijlating runs from the case month (month 1)
        scenario.existing_months = np.maximum(np.arange(t) - first + 1, 1)
    besides, limit = _asset_inputs(groups, hh_free, t)  # the same facts; hh_free's fingerprint is needed anyway
    continuous = np.array([vermogen_per_maand.doorlopend(d) for d in days.rule_days])
    changes = asset_changes.per_month(case, months, first)
    besides = besides + changes.goods
    p_bs0 = prepared.snap.reg("bijstand")
    walk_args = dict(first_window=first, months=months, limit=limit, continuous=continuous,
                     per_month_saving=case.assets.savings_per_month,
                     young=zoektermijn.geldt([ad.age for ad in case.household.adults], p_bs0, case.application,
                                             medisch=any(ad.medisch_urenbeperkt for ad in case.household.adults)),
                     zoek_days=zoektermijn.dagen(p_bs0, case.application), inflow=changes.money_in,
                     rises=changes.rises, stopped_before=_stopped_before(case, changes, besides, limit, first))
    res, walks, need, need_gross = _money(prepared, groups, plans, hh_free, walk_args, besides, days, first)
    proj = Projection(prepared=prepared, months=months, first=first, days=days, plans=plans, info=info, res=res,
                      walks=walks, parts=[], letters=[], limit=limit, continuous=continuous, hkeys=hkeys,
                      hh_free=hh_free, groups=groups, entries=[], summary={}, need=need, need_gross=need_gross,
                      changes=changes, walk_args=dict(walk_args, besides_savings=besides))
    return proj, walk_args, notes


def timeline(data, pack=None) -> list[dict]:
    """The entries only: what `calculate` puts under "timeline"."""
    return project(data, pack).entries
