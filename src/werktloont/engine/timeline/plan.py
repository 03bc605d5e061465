"""The month plan of a scenario, before any money: hours, months into the job, WW after a temporary contract,
and the household per month (children age on their birthday month and leave when they are no longer a ten laste
komend kind, Participatiewet art. 4 lid 1 e; cost sharers change; the kindgebonden budget reads the ages of the
month before, the IACK the youngest child's age on 1 January)."""

from __future__ import annotations

import dataclasses
import math
from datetime import date, timedelta

import numpy as np

from werktloont.engine.household import NO_CHILD_AGE, HouseholdArrays, children_ages, household_arrays
from werktloont.engine.timeline.months import Days, add_months, month_label, month_of, months_between
from werktloont.model.case import Case
from werktloont.rules.participatiewet import zoektermijn
from werktloont.rules.werkloosheidswet import ww as ww_rules


@dataclasses.dataclass
class Scenario:
    """Per month (index 0 = January of the case year): what the plan says, before any money is computed."""

    hours: np.ndarray
    months_into_job: np.ndarray
    ww_gross: np.ndarray
    ww_pct: np.ndarray
    after_work: np.ndarray  # the month follows a month with wage or WW (a new bijstand application starts here)
    tw_gross: np.ndarray | None = None  # the TW-toeslag on the WW, gross with vakantie-uitkering (toeslagenwet.py)
    # Months since the case month (1 in the case month), the same in both scenarios: compose adds each current
    # job's own month (current_job.start) for its vrijlating; None: 1 in every month.
    existing_months: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.tw_gross is None:
            self.tw_gross = np.zeros(len(self.hours))

    @property
    def benefit_gross(self) -> np.ndarray:
        """The taxable benefits of the month: WW and its TW-toeslag."""
        assert self.tw_gross is not None
        return self.ww_gross + self.tw_gross

    @classmethod
    def staying(cls, t: int) -> Scenario:
        return cls(np.zeros(t), np.zeros(t, dtype=int), np.zeros(t), np.zeros(t), np.zeros(t, dtype=bool))


def _birthdays(child, months: list[date], first_window: int, i: int) -> int:
    """The child's birthdays after the case month, up to and including month `i`."""
    if child.birthday_month is None or i <= first_window:
        return 0
    start = months[first_window]
    return sum(1 for k in range(1, i - first_window + 1) if add_months(start, k).month == child.birthday_month)


def _age_on_1_january(child, months: list[date], first_window: int, i: int) -> int:
    """The child's age on 1 January of month `i`'s year by the same rule: the case's age holds from the birthday
    month of the case year (or before it) until the next birthday month, so in the case year it is one less when the
    birthday month is not after the case month; later, its birthdays after the case month up to the December
    before. A January birthday falls after 1 January, so a child turning 12 on any day of the year still counts
    (the Belastingdienst's table: for 2024, children born after 31 December 2011). Unknown birthday: fixed age."""
    if child.birthday_month is None:
        return child.age
    january = i - (months[i].month - 1)
    if january <= first_window:  # the case year
        return child.age - (1 if child.birthday_month <= months[first_window].month else 0)
    return child.age + _birthdays(child, months, first_window, january - 1)


@dataclasses.dataclass(frozen=True)
class MonthHousehold:
    """The household of some months of the projection: the case with its children that month, and what laws with an
    age rule of their own read. `ages_before`: in a month with a birthday, every child's age in the month before,
    for the kindgebonden budget's month rule (rules/wet_op_het_kindgebonden_budget: its right and supplements change
    the month after a birthday); None in the other months, where they are the month's own ages (the case's ages up
    to the case month). `youngest_on_1_january`: the youngest child's age on 1 January of the month's year, for
    the IACK (Wet IB 2001 art. 8.14a lid 1 b); None without children."""

    case: Case
    ages_before: tuple[int, ...] | None
    youngest_on_1_january: int | None

    def arrays(self, made: HouseholdArrays | None = None) -> HouseholdArrays:
        """Its arrays (`made`: those of `case`, already made: the prepared case's for the case's own household)."""
        hh = made if made is not None else household_arrays([self.case])
        before = None if self.ages_before is None else children_ages([list(self.ages_before)])
        return dataclasses.replace(hh, kgb_ages_before=before, youngest_child_age_1_january=np.array(
            [NO_CHILD_AGE if self.youngest_on_1_january is None else self.youngest_on_1_january]))


def household_states(case: Case, months: list[date], first_window: int,
                     days: Days) -> tuple[list, dict[tuple, MonthHousehold]]:
    """Household per month: (key per month, {key: MonthHousehold}). A child counts while it is younger than the
    Participatiewet's ten laste komend kind (art. 4 lid 1 e), with the parameters of the month's day."""
    hh = case.household
    changes = sorted(hh.changes, key=lambda c: c.month)
    keys: list = []
    households: dict[tuple, MonthHousehold] = {}
    previous: tuple[int, ...] | None = None  # the children's ages in the month before (none before the first)
    for i, d in enumerate(months):
        kids = []
        now = tuple(child.age + _birthdays(child, months, first_window, i) for child in hh.children)
        limit = days.snaps[i].reg("bijstand")["ten_laste_komend_kind_max_leeftijd"]
        for age, child in zip(now, hh.children, strict=True):
            if age < limit:
                kids.append((age, child))
        sharers, income = hh.cost_sharers, hh.cost_sharer_income
        for ch in changes:
            if i >= first_window and month_of(ch.month) <= d:
                sharers = ch.cost_sharers
                if ch.cost_sharer_income is not None:
                    income = ch.cost_sharer_income
        birthday = previous if previous is not None and previous != now else None
        previous = now
        youngest = min((_age_on_1_january(c, months, first_window, i) for _, c in kids), default=None)
        key = (tuple(a for a, _ in kids), tuple(id(c) for _, c in kids), sharers, income, birthday, youngest)
        if key not in households:
            same = (len(kids) == len(hh.children) and all(a == c.age for a, c in kids)
                    and sharers == hh.cost_sharers and income == hh.cost_sharer_income)
            # The case's own household (every month before a birthday or a change): the case itself, whose arrays
            # the prepared case already has.
            households[key] = MonthHousehold(case if same else case.model_copy(update={"household": hh.model_copy(
                update={"children": [c.model_copy(update={"age": a}) for a, c in kids], "cost_sharers": sharers,
                        "cost_sharer_income": income})}), birthday, youngest)
        keys.append(key)
    return keys, households


def _ww(job, start_day: date, end: int, months: list[date], days: Days, ww_gross, ww_pct) -> dict:
    """WW after the contract that ends in month `end`: wekeneis, duration, dagloon, the gross WW per month."""
    t = len(months)
    first_unemployed = add_months(months[0], end + 1)
    last_day = first_unemployed - timedelta(days=1)
    snap_u = days.at(first_unemployed)
    p_ww = snap_u.reg("ww")
    wek = ww_rules.wekeneis(start_day, last_day, p_ww)
    ww: dict = {"wekeneis": wek, "first_month": end + 1}
    if not wek["met"]:
        return ww
    duur = ww_rules.duur_maanden(job.ww_arbeidsverleden_jaren, p_ww)
    ref_end = ww_rules.refertejaar_einde(first_unemployed, p_ww)
    ref_months = months_between(start_day, ref_end) + 1
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
        snap_i = days.at(months[i])
        u = ww_rules.uitkering_maand(dl["dagloon"], j, minimummaandloon=snap_i.reg("minimumloon")["minimummaandloon"],
                                     p=snap_i.reg("ww"))
        frac = last_fraction if j == n_months else 1.0
        ww_gross[i] = u["gross"] * frac
        ww_pct[i] = u["percent"]
        paid.append(u["gross"] * frac)
    ww.update(duration=duur, dagloon=dl, monthly=paid)
    return ww


def before_case_date(case: Case) -> dict | None:
    """A job that began before the case month (None otherwise): its start, the months before the case month, how
    many of them count for the vrijlating period (art. 31 lid 2 n: months with work and bijstand; those from January
    of the case year, the first month the projection holds, unless the case says there was no bijstand then), how
    many lie before that January (not counted), and the contract's last month (from its own start)."""
    job = case.job
    if job is None or job.hours_per_week <= 0 or not job.start:
        return None
    january = date(case.on.year, 1, 1)
    s, first = months_between(january, date.fromisoformat(job.start)), case.on.month - 1
    if s >= first:
        return None
    worked_from = max(s, 0) if job.bijstand_before_case_date else first
    end = None if job.contract_months is None else s + job.contract_months - 1
    return {"code": "job_before_case_date", "start": month_label(add_months(january, s)),
            "case_month": month_label(add_months(january, first)), "months_before": first - s,
            "counted": first - worked_from, "not_counted": (first - s) - (first - worked_from),
            "bijstand_before": job.bijstand_before_case_date,
            "contract_end": month_label(add_months(january, end)) if end is not None else None}


def job_plan(case: Case, months: list[date], first_window: int, days: Days, notes: list) -> tuple[Scenario, dict]:
    """Taking the job: its months (from the start month; a temporary contract ends), then WW if entitled."""
    t = len(months)
    plan = Scenario.staying(t)
    info: dict = {"job_start": None, "contract_end": None, "ww": None}
    job = case.job
    if job is not None and job.hours_per_week > 0:
        start_day = date.fromisoformat(job.start) if job.start else case.on
        s = months_between(months[0], start_day)
        # The contract runs from its own start; its months before the case date count for the vrijlating period
        # (art. 31 lid 2 n: months with work and bijstand) from January of the case year, the first month the
        # projection holds, unless the case says there was no bijstand then.
        end = None if job.contract_months is None else s + job.contract_months - 1
        before = before_case_date(case)
        worked_from = s if before is None else first_window - before["counted"]
        if before is not None:
            notes.append(before)
        # Pay and the answer start in the case month at the earliest.
        info["job_start"], info["start_day"] = max(s, first_window), max(start_day, months[first_window])
        last = t - 1 if end is None else min(end, t - 1)
        for i in range(worked_from, last + 1):
            plan.hours[i] = job.hours_per_week
            plan.months_into_job[i] = i - s + 1
        if end is not None:
            info["contract_end"] = end
            info["ww"] = _ww(job, start_day, end, months, days, plan.ww_gross, plan.ww_pct)
    plan.after_work[1:] = (plan.hours[:-1] > 0) | (plan.ww_gross[:-1] > 0)
    # Art. 41 lid 6: after WW a young client applies without a zoektermijn (he reports before the WW ends).
    after_ww = np.zeros(t, dtype=bool)
    after_ww[1:] = (plan.ww_gross[:-1] > 0) & (plan.hours[:-1] <= 0)
    plan.after_work &= ~(after_ww & np.array([zoektermijn.na_ww_vrijgesteld(m) for m in months]))
    return plan, info
