"""Month by month: 24 months from the case date, "take the job" against "stay on bijstand", cash as it arrives.

What a month holds (both scenarios): the job or not, the vrijlating countdown (art. 31 lid 2 n and r), the end of
a temporary contract, WW (wekeneis, duration, 75/70 %, maximumdagloon) with aanvullende bijstand, the return to
bijstand (vierwekenzoektermijn under 27 as a partial month, art. 41 lid 4 and 45 lid 3), the asset test over
time (at each new application, and every month from 2026: `vermogen.doorlopende_vermogenstoets`), vakantiegeld
(WML art. 17) and the bijstand vakantietoeslag (art. 45 lid 1) paid when they are paid, and the toeslagen per
calendar year: voorschotten on an estimate, the definitive amount on the real yearly toetsingsinkomen, and the
settlement in the month Dienst Toeslagen would send it.

Conventions of an entry (see `project`):
- the component keys are those of `with_job` and mean the same: euros per month, wage and bijstand including
  the monthly share of vakantiegeld / vakantietoeslag (so a permanent job converges to `with_job`), except
  that the four toeslagen are the voorschotten actually paid that month; `ww` is the net WW (in `disposable`);
- `cash_timing` moves the vakantiegeld and the vakantietoeslag to the month they are paid; `cash` is what
  arrives that month: disposable + cash_timing + toeslagen_settlement; `cumulative_gain` sums cash(job) -
  cash(stay).
Months after the pack's coverage use the last known parameters and say so (`beyond_pack`).

Computation: a month plan per scenario (pure Python, tiny), then `compute_month` once per (parameter period,
household state) with every month of both scenarios as points, a sequential pass for what depends on the
previous month (assets, zoektermijn, reservations), a second `compute_month` only for the few months whose
bijstand is cut, and the toeslagen for all months and both income bases in one call per group.
"""

from __future__ import annotations

import calendar
import dataclasses
import math
from datetime import date, timedelta

import numpy as np

from werktloont import fmt
from werktloont.engine.calculate import fill_defaults, money, prepare
from werktloont.engine.compose import compute_month, toeslagen_at
from werktloont.engine.household import household_arrays
from werktloont.model.case import Case, parse_case
from werktloont.params import load_pack
from werktloont.rules.afronding import euros_half_up
from werktloont.rules.participatiewet import vermogen
from werktloont.rules.werkloosheidswet import ww as ww_rules

HORIZON = 24
TOESLAGEN = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag")
COMPONENT_KEYS = ("net_wage", "bijstand", *TOESLAGEN, "municipal", "childcare_costs", "travel_costs")
JOB, STAY = 0, 1


def add_months(d: date, k: int) -> date:
    y, m = divmod(d.month - 1 + k, 12)
    return date(d.year + y, m + 1, 1)


def month_label(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _month_of(text: str) -> date:
    y, m = text.split("-")[:2]
    return date(int(y), int(m), 1)


# --- plan ------------------------------------------------------------------------------------------------------

@dataclasses.dataclass
class Scenario:
    """Per month (index 0 = January of the case year): what the plan says, before any money is computed."""

    hours: np.ndarray
    months_into_job: np.ndarray
    ww_gross: np.ndarray
    ww_pct: np.ndarray
    after_work: np.ndarray  # the month follows a month with wage or WW (a new bijstand application starts here)


class _Periods:
    """Month -> the snapshot of its parameter period; after the pack's coverage, the last period (flagged)."""

    def __init__(self, pack):
        self.pack = pack
        self.starts = sorted(pack.periods)
        self.end = pack.coverage[1]

    def start_of(self, d: date) -> date:
        start = self.starts[0]
        for s in self.starts:
            if s <= d:
                start = s
        return start

    def snap(self, d: date):
        return self.pack.at(self.start_of(min(d, self.end)))


def _household_states(case: Case, months: list[date], first_window: int):
    """Household per month: children age on their birthday month (and leave at 18), cost sharers change."""
    hh = case.household
    changes = sorted(hh.changes, key=lambda c: c.month)
    keys, cases = [], {}
    for i, d in enumerate(months):
        kids = []
        for child in hh.children:
            age = child.age
            if child.birthday_month is not None and i > first_window:
                start = months[first_window]
                # birthdays after the case month, up to and including this month
                n = sum(1 for k in range(1, i - first_window + 1) if add_months(start, k).month == child.birthday_month)
                age += n
            if age < 18:
                kids.append((age, child))
        sharers, income = hh.cost_sharers, hh.cost_sharer_income
        for ch in changes:
            if i >= first_window and _month_of(ch.month) <= d:
                sharers = ch.cost_sharers
                if ch.cost_sharer_income is not None:
                    income = ch.cost_sharer_income
        key = (tuple(a for a, _ in kids), tuple(id(c) for _, c in kids), sharers, income)
        if key not in cases:
            new_children = [c.model_copy(update={"age": a}) for a, c in kids]
            cases[key] = case.model_copy(update={"household": hh.model_copy(update={
                "children": new_children, "cost_sharers": sharers, "cost_sharer_income": income})})
        keys.append(key)
    return keys, cases


def _plan(case: Case, months: list[date], first_window: int, periods: _Periods, notes: list) -> tuple[Scenario, dict]:
    t = len(months)
    hours = np.zeros(t)
    mij = np.zeros(t, dtype=int)
    ww_gross = np.zeros(t)
    ww_pct = np.zeros(t)
    info: dict = {"job_start": None, "contract_end": None, "ww": None}
    job = case.job
    if job is not None and job.hours_per_week > 0:
        start_day = date.fromisoformat(job.start) if job.start else case.on
        s = (start_day.year - months[0].year) * 12 + start_day.month - months[0].month
        if s < first_window:
            notes.append("De baan begint vóór de casusdatum; de tijdlijn laat hem in de eerste maand beginnen.")
            s, start_day = first_window, months[first_window]
        end = None if job.contract_months is None else s + job.contract_months - 1
        info["job_start"] = s
        last = t - 1 if end is None else min(end, t - 1)
        for k, i in enumerate(range(s, last + 1), start=1):
            hours[i] = job.hours_per_week
            mij[i] = k
        if end is not None:
            info["contract_end"] = end
            first_unemployed = add_months(months[0], end + 1)
            last_day = first_unemployed - timedelta(days=1)
            p_ww = periods.snap(first_unemployed).reg("ww")
            wek = ww_rules.wekeneis(start_day, last_day, p_ww)
            ww = {"wekeneis": wek, "first_month": end + 1}
            if wek["met"]:
                snap_u = periods.snap(first_unemployed)
                duur = ww_rules.duur_maanden(job.ww_arbeidsverleden_jaren, p_ww)
                ref_end = ww_rules.refertejaar_einde(first_unemployed, p_ww)
                ref_months = (ref_end.year - start_day.year) * 12 + ref_end.month - start_day.month + 1
                gross_month = job.hourly_wage * job.hours_per_week * snap_u.reg("minimumloon")["weken_per_maand"]
                dl = ww_rules.dagloon(wage_months=min(max(ref_months, 0), 12), gross_month=gross_month,
                                      job_first_day=start_day, refertejaar_last_day=ref_end, p=p_ww)
                n_months = math.ceil(duur["months"])
                last_fraction = ww_rules.fraction_of_last_month(duur["months"])
                paid = []
                for j in range(1, n_months + 1):
                    i = end + j
                    if i >= t:
                        break
                    p_i = periods.snap(months[i]).reg("ww")
                    mml = periods.snap(months[i]).reg("minimumloon")["minimummaandloon"]
                    u = ww_rules.uitkering_maand(dl["dagloon"], j, minimummaandloon=mml, p=p_i)
                    frac = last_fraction if j == n_months else 1.0
                    ww_gross[i] = u["gross"] * frac
                    ww_pct[i] = u["percent"]
                    paid.append(u["gross"] * frac)
                ww.update(duration=duur, dagloon=dl, monthly=paid)
            info["ww"] = ww
    after_work = np.zeros(t, dtype=bool)
    after_work[1:] = (hours[:-1] > 0) | (ww_gross[:-1] > 0)
    return Scenario(hours, mij, ww_gross, ww_pct, after_work), info


# --- money -------------------------------------------------------------------------------------------------------

_KEEP = ("net_wage", "bijstand", "municipal", "childcare_costs", "travel_costs", "toetsingsinkomen", "benefit_net",
         "norm", "vrijlating", "gross_wage", "vakantiegeld")


def _compute(groups, plans, case, overlay, hhs, factor=None, only=None):
    """compute_month per (period, household) group for the points (scenario, month); returns {key: array[2, T]}."""
    t = len(plans[0].hours)
    out = {k: np.zeros((2, t)) for k in _KEEP}
    wage = case.job.hourly_wage if case.job is not None and case.job.hourly_wage is not None else 0.0
    for (snap, hkey), idx in groups.items():
        pts = [(sc, i) for sc in (JOB, STAY) for i in idx if only is None or only[sc, i]]
        if not pts:
            continue
        sc_a = np.array([p[0] for p in pts])
        i_a = np.array([p[1] for p in pts])
        hours = np.array([plans[sc].hours[i] for sc, i in pts])
        month = compute_month(
            snap, hhs[hkey], hourly_wage=np.full(len(pts), wage), hours_per_week=hours,
            months_into_job=np.array([plans[sc].months_into_job[i] for sc, i in pts]),
            childcare_scale=(hours > 0).astype(float), overlay=overlay,
            benefit_gross=np.array([plans[sc].ww_gross[i] for sc, i in pts]),
            bijstand_factor=None if factor is None else np.array([factor[sc, i] for sc, i in pts]))
        for k in _KEEP:
            out[k][sc_a, i_a] = month[k]
    return out


def _asset_walk(*, need, after_work, hours, first_window, months, base_raw, limit, continuous, savings0,
                per_month_saving, young, zoek_days):
    """Sequential: bijstand factor per month (zoektermijn, asset test), savings and the asset test per month.

    `need`: bijstand if entitled; `base_raw`: counted assets besides savings (car, other, home - debts);
    `limit`: vermogensgrens per month. A month blocked by the asset test is lived from savings: they fall by the
    bijstand that was not paid. Returns dict of arrays.
    """
    t = len(need)
    factor = np.ones(t)
    savings = np.zeros(t)
    counted = np.zeros(t)
    blocked = np.zeros(t, dtype=bool)
    zoek = np.zeros(t, dtype=bool)
    s = savings0
    received_prev = True
    for i in range(first_window, t):
        savings[i] = s
        counted[i] = max(s + base_raw[i], 0.0)
        f = 1.0
        if need[i] > 0.005:
            new_application = not received_prev
            if new_application and after_work[i] and young:
                dim = calendar.monthrange(months[i].year, months[i].month)[1]
                f = max(dim - zoek_days, 0) / dim
                zoek[i] = True
            if (continuous[i] or new_application or i == first_window) and counted[i] > limit[i] + 1e-9:
                blocked[i] = True
                s = max(s - need[i] * f, 0.0)
                f = 0.0
        factor[i] = f
        # A zoektermijn that fills a whole month (28 days in February) still starts the application: the next
        # month is not a new application with a second zoektermijn.
        received_prev = need[i] * f > 0.005 or (zoek[i] and not blocked[i])
        if hours[i] > 0:
            s += per_month_saving
    return {"factor": factor, "savings": savings, "counted": counted, "blocked": blocked, "zoektermijn": zoek}


def _timing(values, working, months, first_window, *, vg_month, monthly_vg, contract_end, vt_month, vt_pct,
            vt_start_accrual):
    """Cash timing: vakantiegeld (withheld each month, paid in vg_month and at the end of the contract) and the
    bijstand vakantietoeslag (reserved, paid in vt_month and in the month after the bijstand ends)."""
    t = len(months)
    vg = np.zeros(t)
    vt = np.zeros(t)
    acc_vg, acc_vt = 0.0, vt_start_accrual
    prev_bijstand = True
    for i in range(first_window, t):
        m = months[i].month
        if m == vg_month and acc_vg:
            vg[i] += acc_vg
            acc_vg = 0.0
        if working[i] and not monthly_vg:
            share = values["net_wage"][i] * values["vakantiegeld"][i] / max(
                values["gross_wage"][i] + values["vakantiegeld"][i], 1e-9)
            vg[i] -= share
            acc_vg += share
        if contract_end is not None and i == contract_end and acc_vg:
            vg[i] += acc_vg  # WML art. 17 lid 3: at the end of the employment
            acc_vg = 0.0
        b = values["bijstand"][i]
        if m == vt_month and acc_vt:
            vt[i] += acc_vt
            acc_vt = 0.0
        if prev_bijstand and b <= 0.005 and acc_vt:
            vt[i] += acc_vt  # art. 45 lid 1: paid out when the bijstand ends
            acc_vt = 0.0
        reserve = b * vt_pct
        vt[i] -= reserve
        acc_vt += reserve
        prev_bijstand = b > 0.005
    return vg, vt


# --- the projection -----------------------------------------------------------------------------------------------

def project(data, pack=None, *, horizon: int = HORIZON, lang: str = "nl") -> dict:
    """The timeline entries and a summary (toeslagen per variant and year, WW, assets, warnings, actions)."""
    case = data if isinstance(data, Case) else parse_case(data)
    pack = pack or load_pack()
    snap0, overlay = prepare(pack, case)
    case = fill_defaults(snap0, case)
    periods = _Periods(pack)
    m0 = date(case.on.year, case.on.month, 1)
    first = m0.month - 1  # months of the case year before the case month: needed for the yearly toeslagen
    months = [add_months(date(m0.year, 1, 1), i) for i in range(first + horizon)]
    t = len(months)
    notes: list[str] = []

    hkeys, hcases = _household_states(case, months, first)
    hh_real = {k: household_arrays([c]) for k, c in hcases.items()}
    zero = dict(savings=np.zeros(1), car_value=np.zeros(1), other_assets=np.zeros(1), debts=np.zeros(1),
                home_equity=np.zeros(1))
    hh_free = {k: dataclasses.replace(h, **zero) for k, h in hh_real.items()}
    snaps = [periods.snap(d) for d in months]
    beyond = [d > periods.end for d in months]
    groups: dict = {}
    for i in range(t):
        groups.setdefault((snaps[i], hkeys[i]), []).append(i)

    job_plan, info = _plan(case, months, first, periods, notes)
    stay_plan = Scenario(np.zeros(t), np.zeros(t, dtype=int), np.zeros(t), np.zeros(t), np.zeros(t, dtype=bool))
    plans = (job_plan, stay_plan)

    # Pass 1: every month of both scenarios, bijstand as if entitled.
    res = _compute(groups, plans, case, overlay, hh_free)
    need = res["bijstand"].copy()

    # Assets, zoektermijn: sequential.
    a = case.assets
    base_raw, limit, continuous = np.zeros(t), np.zeros(t), np.zeros(t, dtype=bool)
    for (snap, hkey), idx in groups.items():
        h = hh_real[hkey]
        p_vm = snap.reg("vermogen")
        big = 1e7
        r = vermogen.vermogenstoets(savings=np.array([big]), car_value=h.car_value, car_needed=h.car_needed,
                                    other=h.other_assets, debts=h.debts, home_equity=h.home_equity,
                                    has_partner=h.has_partner, has_children=h.n_children > 0,
                                    norm_amount=np.array([1.0]), p=p_vm)
        for i in idx:
            base_raw[i] = float(r["counted"][0]) - big
            limit[i] = float(r["limit"][0])
            continuous[i] = bool(p_vm.get("doorlopende_vermogenstoets", 0))
    p_bs0 = snap0.reg("bijstand")
    ages = [ad.age for ad in case.household.adults]
    young = max(ages) < p_bs0["zoektermijn_max_leeftijd"]
    zoek_days = int(p_bs0["zoektermijn_weken"]) * 7
    walks = []
    for sc in (JOB, STAY):
        walks.append(_asset_walk(need=need[sc], after_work=plans[sc].after_work, hours=plans[sc].hours,
                                 first_window=first, months=months, base_raw=base_raw, limit=limit,
                                 continuous=continuous, savings0=a.savings,
                                 per_month_saving=a.savings_per_month, young=young, zoek_days=zoek_days))
    factor = np.vstack([w["factor"] for w in walks])
    cut = factor < 1.0
    if cut.any():  # Pass 2: only the months whose bijstand is cut (its gross-up changes the toetsingsinkomen).
        res2 = _compute(groups, plans, case, overlay, hh_free, factor=factor, only=cut)
        for k in _KEEP:
            res[k] = np.where(cut, res2[k], res[k])

    # Toeslagen: voorschot on the estimate, entitlement on the real yearly toetsingsinkomen.
    est = case.toeslagen_advance.income_estimate
    estimate = float(res["toetsingsinkomen"][STAY, first]) if est is None else float(est)
    ti_month = res["toetsingsinkomen"] / 12.0
    years = sorted({d.year for d in months})
    ti_year = np.zeros((2, t))
    year_ti = {}
    for y in years:
        idx = [i for i, d in enumerate(months) if d.year == y]
        for sc in (JOB, STAY):
            total = ti_month[sc, idx].sum() + (12 - len(idx)) * ti_month[sc, idx[-1]]
            ti_year[sc, idx] = total
            year_ti[(sc, y)] = total
    adv_e = {sc: {k: np.zeros(t) for k in TOESLAGEN} for sc in (JOB, STAY)}
    ent = {sc: {k: np.zeros(t) for k in TOESLAGEN} for sc in (JOB, STAY)}
    ent_year = {sc: {k: np.zeros(t) for k in TOESLAGEN} for sc in (JOB, STAY)}
    for (snap, hkey), idx in groups.items():
        h = hh_real[hkey]
        n = len(idx)
        ii = np.array(idx)
        working = np.concatenate([plans[JOB].hours[ii] > 0, plans[JOB].hours[ii] > 0,
                                  np.zeros(n, bool), np.zeros(n, bool)])
        ti = np.concatenate([np.full(n, estimate), ti_year[JOB, ii], np.full(n, estimate), ti_year[STAY, ii]])
        cc = h.cc_hours * working[:, None]
        work_condition = working & bool((~h.has_partner | h.partner_works)[0])
        r = toeslagen_at(snap, h, ti, cc_hours=cc, work_condition=work_condition)
        for k in TOESLAGEN:
            pm, py = np.broadcast_to(r[k]["per_month"], ti.shape), np.broadcast_to(r[k]["per_year"], ti.shape)
            adv_e[JOB][k][ii], ent[JOB][k][ii], ent_year[JOB][k][ii] = pm[:n], pm[n:2 * n], py[n:2 * n]
            adv_e[STAY][k][ii], ent[STAY][k][ii], ent_year[STAY][k][ii] = pm[2 * n:3 * n], pm[3 * n:], py[3 * n:]

    p_awir_first = {y: periods.snap(date(y + 1, 1, 1)).reg("awir") for y in years}
    reported = case.toeslagen_advance.change_reported
    variants = {}
    for name, rep in (("doorgegeven", True), ("niet_doorgegeven", False)):
        variants[name] = {sc: _toeslagen_variant(sc, rep, months, first, t, adv_e[sc], ent[sc], ent_year[sc],
                                                 info["job_start"] if sc == JOB else None, year_ti, estimate,
                                                 p_awir_first)
                          for sc in (JOB, STAY)}
    chosen = variants["doorgegeven" if reported else "niet_doorgegeven"]

    # Cash timing.
    ml0 = snap0.reg("minimumloon")
    vg_month = {"juni": ml0["vakantiebijslag_uitbetaalmaand"], "mei": 5, "maandelijks": None}[
        case.job.vakantiegeld if case.job else "juni"]
    vt_month = p_bs0["vakantietoeslag_uitbetaalmaand"]
    vt_pct = p_bs0.rate("vakantietoeslag_reservering_praktijk_percent")
    months_accrued = (m0.month - vt_month) % 12 or 12
    vt_start = months_accrued * vt_pct * float(res["bijstand"][STAY, first])
    timing = []
    for sc in (JOB, STAY):
        vals = {k: res[k][sc] for k in _KEEP}
        timing.append(_timing(vals, plans[sc].hours > 0, months, first, vg_month=vg_month or 0,
                              monthly_vg=vg_month is None, contract_end=info["contract_end"] if sc == JOB else None,
                              vt_month=vt_month, vt_pct=vt_pct, vt_start_accrual=vt_start))

    # Entries.
    cross = None
    entries = []
    cum = 0.0
    for i in range(first, t):
        comp = {}
        stay = {}
        for sc, target in ((JOB, comp), (STAY, stay)):
            for k in ("net_wage", "bijstand", "municipal", "childcare_costs", "travel_costs"):
                target[k] = float(res[k][sc, i])
            for k in TOESLAGEN:
                target[k] = float(chosen[sc]["advance"][k][i])
            target["ww"] = float(res["benefit_net"][sc, i])
            target["disposable"] = (sum(target[k] for k in ("net_wage", "bijstand", *TOESLAGEN, "municipal", "ww"))
                                    - target["childcare_costs"] - target["travel_costs"])
            target["settlement"] = float(chosen[sc]["settlement"][i])
            target["vg"], target["vt"] = float(timing[sc][0][i]), float(timing[sc][1][i])
            target["cash"] = target["disposable"] + target["settlement"] + target["vg"] + target["vt"]
        cum += comp["cash"] - stay["cash"]
        w = walks[JOB]
        if cross is None and w["counted"][i] > limit[i] + 1e-9:
            cross = i
        entry = {"month": month_label(months[i]), "situation": _situation(JOB, i, plans, res, walks),
                 **{k: money(comp[k]) for k in COMPONENT_KEYS}, "ww": money(comp["ww"]),
                 "disposable": money(comp["disposable"]),
                 "toeslagen_settlement": money(comp["settlement"]),
                 "cash_timing": {"vakantiegeld": money(comp["vg"]), "vakantietoeslag": money(comp["vt"])},
                 "cash": money(comp["cash"]),
                 "assets": {"savings": money(w["savings"][i]), "counted": money(w["counted"][i]),
                            "limit": money(limit[i]), "eligible": bool(w["counted"][i] <= limit[i] + 1e-9)},
                 "stay": {"situation": _situation(STAY, i, plans, res, walks), "disposable": money(stay["disposable"]),
                          "cash": money(stay["cash"])},
                 "cumulative_gain": money(cum),
                 "parameters_from": snaps[i].on.isoformat(), "beyond_pack": beyond[i],
                 "notes": _month_notes(i, plans, info, res, walks, chosen, months)}
        entries.append(entry)

    summary = _summary(case, months, first, info, variants, walks, limit, cross, beyond, need, plans, snap0,
                       periods, hh_real, hkeys, base_raw, continuous, young, zoek_days, year_ti, estimate, notes)
    summary["actions"] = actions(case, summary, snap0, lang)
    return {"entries": entries, "summary": summary}


def _toeslagen_variant(sc, reported, months, first, t, adv_e, ent, ent_year, job_start, year_ti, estimate,
                       p_awir_next):
    """Advances and settlements of one scenario: reported (voorschot follows the real income from the month of the
    change, with a correction of the earlier months in the next month) or not (voorschot on the estimate)."""
    advance = {k: adv_e[k].copy() for k in TOESLAGEN}
    settlement = np.zeros(t)
    per_year = {}
    start_year = months[job_start].year if job_start is not None else None
    for y in sorted({d.year for d in months}):
        idx = [i for i, d in enumerate(months) if d.year == y]
        correction = {k: 0.0 for k in TOESLAGEN}
        if reported and start_year is not None and y >= start_year:
            change = job_start if y == start_year else idx[0]
            for k in TOESLAGEN:
                for i in idx:
                    if i >= change:
                        advance[k][i] = ent[k][i]
                    else:
                        correction[k] += ent[k][i] - adv_e[k][i]
            if any(abs(v) > 0.005 for v in correction.values()) and change + 1 < t:
                settlement[change + 1] += sum(correction.values())
        complete = months[idx[0]].month == 1 and len(idx) == 12
        row = {"toetsingsinkomen": money(year_ti[(sc, y)]), "estimate": money(estimate),
               "correction": {k: money(v) for k, v in correction.items()}}
        if complete:
            p_awir = p_awir_next[y]
            settle_month = date(y + 1, int(p_awir["definitieve_berekening_eerste_maand"]), 1)
            per = {}
            for k in TOESLAGEN:
                definitive = float(euros_half_up(sum(ent_year[k][i] for i in idx) / 12.0))
                paid = sum(advance[k][i] for i in idx) + correction[k]
                per[k] = {"definitive": definitive, "paid": money(paid), "settlement": money(definitive - paid)}
            total = sum(v["settlement"] for v in per.values())
            j = (settle_month.year - months[0].year) * 12 + settle_month.month - months[0].month
            row.update(per_toeslag=per, settlement=money(total), settlement_month=month_label(settle_month),
                       in_window=j < t, latest_month=month_label(date(
                           y + 1, int(p_awir["definitieve_berekening_laatste_maand"]), 1)))
            if j < t:
                settlement[j] += total
        per_year[y] = row
    return {"advance": advance, "settlement": settlement, "years": per_year}


def _situation(sc, i, plans, res, walks) -> str:
    p = plans[sc]
    w = walks[sc]
    b = res["bijstand"][sc, i]
    if p.hours[i] > 0:
        return "werk + aanvullende bijstand" if b > 0.005 else "werk"
    if w["blocked"][i]:
        return "vermogen boven grens"
    if w["zoektermijn"][i]:
        return "zoektermijn"
    if p.ww_gross[i] > 0:
        return "WW + aanvullende bijstand" if b > 0.005 else "WW"
    return "bijstand" if b > 0.005 else "geen bijstand"


def _month_notes(i, plans, info, res, walks, chosen, months) -> list[str]:
    p = plans[JOB]
    out = []
    k = int(p.months_into_job[i])
    v = res["vrijlating"][JOB, i]
    if p.hours[i] > 0 and v > 0:
        out.append(f"inkomstenvrijlating maand {k} (art. 31 lid 2 {'n' if k <= 6 else 'r'})")
    if info["contract_end"] == i:
        out.append("laatste maand van het contract; opgebouwd vakantiegeld wordt uitbetaald (WML art. 17 lid 3)")
    if p.ww_gross[i] > 0:
        out.append(f"WW {p.ww_pct[i]:.0f} % van het dagloon (WW art. 47)")
    if walks[JOB]["zoektermijn"][i]:
        out.append("vierwekenzoektermijn: bijstand pas na vier weken, deel van de maand (art. 41 lid 4, 45 lid 3)")
    if walks[JOB]["blocked"][i]:
        out.append("vermogen boven de grens: geen bijstand, u leeft van uw spaargeld (art. 34)")
    s = chosen[JOB]["settlement"][i]
    if abs(s) > 0.005:
        out.append(("nabetaling" if s > 0 else "terugbetaling") + " toeslagen")
    return out


def _summary(case, months, first, info, variants, walks, limit, cross, beyond, need, plans, snap0, periods, hh_real,
             hkeys, base_raw, continuous, young, zoek_days, year_ti, estimate, notes) -> dict:
    out: dict = {"start": month_label(months[first]), "end": month_label(months[-1]), "months": len(months) - first}
    b_idx = [i for i in range(first, len(months)) if beyond[i]]
    if b_idx:
        out["beyond_pack_from"] = month_label(months[b_idx[0]])
        notes.append(
            f"Vanaf {month_label(months[b_idx[0]])} zijn er nog geen parameters: de tijdlijn rekent door met die van "
            f"{periods.start_of(periods.end).isoformat()} en markeert die maanden (beyond_pack). Bekende wijziging "
            "die dan niet is meegenomen: per 2027 vervangt art. 34a (15 % van het loon, 12 maanden) de vrijlating "
            "van art. 31 lid 2 n en r (Participatiewet in balans).")
    out["toeslagen"] = {name: {str(y): row for y, row in v[JOB]["years"].items()} for name, v in variants.items()}
    out["toeslagen_stay"] = {str(y): row for y, row in variants["doorgegeven"][STAY]["years"].items()}
    awir = snap0.reg("awir")
    if "terugvordering_drempel" not in awir:
        notes.append("De grens voor een klein terug te betalen bedrag na de definitieve berekening is voor 2025 en "
                     "2026 niet gevonden (awir.terugvordering_drempel onbekend); de tijdlijn past die grens niet toe.")
    notes.append("Toeslagen: de definitieve berekening komt tussen juni en december van het jaar erna "
                 "(Belastingdienst); de tijdlijn zet de terugbetaling of nabetaling in juni. Een correctie na het "
                 "doorgeven van een nieuw inkomen staat in de maand erna en moet altijd worden terugbetaald.")
    ww = info["ww"]
    if ww is not None:
        wk = ww["wekeneis"]
        row = {"first_month": month_label(months[ww["first_month"]]) if ww["first_month"] < len(months) else None,
               "weeks_worked": wk["weeks"], "weeks_required": wk["required"], "weeks_window": wk["window"],
               "entitled": wk["met"]}
        if wk["met"]:
            row.update(duration_months=ww["duration"]["months"], duration_basis=ww["duration"]["basis"],
                       dagloon=money(ww["dagloon"]["dagloon"]), dagloon_capped=ww["dagloon"]["capped"],
                       gross_per_month=[money(x) for x in ww["monthly"]])
        out["ww"] = row
    if info["contract_end"] is not None:
        out["contract_end"] = month_label(months[info["contract_end"]])
    out["zoektermijn_months"] = [month_label(months[i]) for i in range(first, len(months)) if walks[JOB]["zoektermijn"][i]]
    out["assets_cross_month"] = month_label(months[cross]) if cross is not None else None
    out["bijstand_months_lost_for_assets"] = {
        "job": int(walks[JOB]["blocked"][first:].sum()), "stay": int(walks[STAY]["blocked"][first:].sum())}
    scen = _asset_scenarios(case, months, first, need, plans, base_raw, limit, continuous, young, zoek_days)
    if scen:
        out["asset_scenarios"] = scen
    warnings = []
    if cross is not None or any(w["blocked"].any() for w in walks) or any(
            not s["eligible_now"] for s in scen):
        warnings.append({
            "text": "Vermogen overdragen aan familie of weggeven om onder de vermogensgrens te komen: de gemeente "
                    "kan dat zien als verwijtbaar. Dan kan het vermogen blijven meetellen als iets waarover u "
                    "redelijkerwijs kunt beschikken (art. 34 lid 1), kan de bijstand worden verlaagd wegens "
                    "tekortschietend besef van verantwoordelijkheid (art. 18 lid 2), of alleen als lening worden "
                    "gegeven (art. 48 lid 2 onder b). Dit is geen advies om het te doen.",
            "rule": "Participatiewet art. 18 lid 2, art. 34 lid 1, art. 48 lid 2 onder b",
            "sources": [{"title": "Participatiewet (geldend 2026-01-01)",
                         "url": "https://wetten.overheid.nl/BWBR0015703/2026-01-01"}]})
    out["warnings"] = warnings
    out["notes"] = notes + [
        "Bedragen per maand zoals bij with_job (met het maanddeel van vakantiegeld en vakantietoeslag); "
        "cash_timing zet die op de maand van betaling: vakantiegeld in de maand van de cao of wet (WML art. 17) en "
        "bij het einde van het contract, de vakantietoeslag van de bijstand in juni en na het einde van de bijstand "
        "(art. 45 lid 1; reservering volgens de gemeentelijke praktijk).",
        "De baan begint op de eerste van de maand; de gemeente telt het loon in de maand waarin het wordt betaald.",
        "WW: wekeneis geteld over de weken van dit contract (eerder werk is niet bekend); dagloon volgens het "
        "Dagloonbesluit art. 2 en 5; de Toeslagenwet is niet gemodelleerd (aanvullende bijstand tot de norm).",
    ]
    return out


def _asset_scenarios(case, months, first, need, plans, base_raw, limit, continuous, young, zoek_days) -> list:
    a = case.assets
    if a.car_value <= 0:
        return []
    car_counted_now = 0.0 if a.car_needed else a.car_value
    rows = []
    for name, label, extra_savings, car in (
            ("keep", "auto houden", 0.0, a.car_value),
            ("sell", "auto verkopen (opbrengst wordt spaargeld)", a.car_value, 0.0),
            ("needed", "auto nodig voor werk (telt niet mee)", 0.0, 0.0)):
        base = base_raw - car_counted_now + car
        row = {"scenario": name, "label": label}
        for sc, key in ((STAY, "stay"), (JOB, "job")):
            w = _asset_walk(need=need[sc], after_work=plans[sc].after_work, hours=plans[sc].hours,
                            first_window=first, months=months, base_raw=base, limit=limit, continuous=continuous,
                            savings0=a.savings + extra_savings, per_month_saving=a.savings_per_month, young=young,
                            zoek_days=zoek_days)
            lost = float((need[sc] * w["blocked"]).sum())
            row[key] = {"months_without_bijstand": int(w["blocked"][first:].sum()), "bijstand_lost": money(lost)}
        counted = max(a.savings + extra_savings + base[first], 0.0)
        row.update(counted_now=money(counted), limit=money(limit[first]), eligible_now=counted <= limit[first] + 1e-9)
        rows.append(row)
    return rows


def actions(case: Case, summary: dict, snap, lang: str = "nl") -> list[str]:
    """The three things the client must arrange (Dutch B1, or English); deadlines and ages come from the pack."""
    nl = lang != "en"
    p_bs, p_ww = snap.reg("bijstand"), snap.reg("ww")
    out = ["Meld de baan en de startdatum bij de gemeente vóór u begint, en lever elke maand uw loonstrook in "
           "(inlichtingenplicht, Participatiewet art. 17)." if nl else
           "Tell the municipality about the job and its start date before you begin, and hand in your payslip "
           "every month (duty to inform, Participatiewet art. 17)."]
    tv = summary.get("toeslagen", {}).get("niet_doorgegeven", {})
    risk = [r for r in tv.values() if r.get("settlement", 0) < 0]
    text = ("Geef uw nieuwe inkomen door aan Dienst Toeslagen (Mijn toeslagen) zodra u begint met werken" if nl else
            "Report your new income to Dienst Toeslagen (Mijn toeslagen) as soon as you start work")
    if risk:
        r = risk[0]
        amount = fmt.eur(abs(r["settlement"]), 0)
        text += (f"; doet u dat niet, dan betaalt u naar schatting {amount} terug rond {r['settlement_month']}"
                 if nl else f"; if you do not, you will pay back about {amount} around {r['settlement_month']}")
    out.append(text + ".")
    ww = summary.get("ww")
    if ww is not None and ww["entitled"]:
        weeks = int(p_ww["aanvraag_uiterlijk_weken_na_werkloosheid"])
        end = summary.get("contract_end")
        within = (("een week" if weeks == 1 else f"{weeks} weken") if nl else
                  ("one week" if weeks == 1 else f"{weeks} weeks"))
        out.append(f"Vraag WW aan bij UWV uiterlijk {within} na uw laatste "
                   f"werkdag ({end}); "
                   "schrijf u uiterlijk op uw tweede werkloze dag in als werkzoekende, en vraag aanvullende bijstand "
                   "aan bij de gemeente als de WW lager is dan uw bijstandsnorm." if nl else
                   f"Apply for WW (unemployment benefit) at UWV no later than {within} "
                   f"after your last working day ({end}); register as a job seeker by your second day without work, "
                   "and apply to the municipality for supplementary bijstand if the WW is below your bijstand norm.")
    elif summary.get("contract_end"):
        end = summary["contract_end"]
        text = ("Meld u op de eerste dag na het einde van uw contract bij de gemeente om weer bijstand aan te vragen "
                f"(contract eindigt {end})" if nl else
                f"On the first day after your contract ends, apply to the municipality for bijstand again (the "
                f"contract ends {end})")
        if summary.get("zoektermijn_months"):
            age, weeks = int(p_bs["zoektermijn_max_leeftijd"]), int(p_bs["zoektermijn_weken"])
            text += (f"; u bent jonger dan {age}, dus de eerste {weeks} weken krijgt u geen bijstand (zoektermijn)"
                     if nl else
                     f"; you are under {age}, so there is no bijstand for the first {weeks} weeks (search period)")
        out.append(text + ".")
    elif any(c.childcare for c in case.household.children):
        out.append("Vraag kinderopvangtoeslag aan bij Dienst Toeslagen, uiterlijk drie maanden na de eerste "
                   "opvangmaand." if nl else
                   "Apply for childcare allowance at Dienst Toeslagen, no later than three months after the first "
                   "month of childcare.")
    else:
        out.append("Houd uw spaargeld in de gaten: als het boven de vermogensgrens komt en u later weer bijstand "
                   "nodig hebt, telt het mee." if nl else
                   "Keep an eye on your savings: if they go above the asset limit and you need bijstand again "
                   "later, they count.")
    return out


def timeline(data, pack=None) -> list[dict]:
    """The entries only: what `calculate` puts under "timeline"."""
    return project(data, pack)["entries"]
