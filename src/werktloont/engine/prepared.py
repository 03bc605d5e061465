"""The prepared case: a case with its defaults filled, its parameters of the day, its overlay and its household
arrays, built once per calculation and shared by calculate, curve, the solver and the timeline."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np

from werktloont.engine.household import HouseholdArrays, household_arrays
from werktloont.errors import InputError
from werktloont.model.case import Case, parse_case
from werktloont.months import months_between
from werktloont.params import gemeente_override, load_pack
from werktloont.params.loader import ParameterPack, Snapshot
from werktloont.rules.gemeente import regelingen
from werktloont.rules.wet_minimumloon.minimumloon import minimumuurloon


@dataclass(frozen=True)
class PreparedCase:
    """`case` has its defaults filled (a job without wage gets the legal minimum); `original` is as given."""

    original: Case
    case: Case
    pack: ParameterPack
    snap: Snapshot
    overlay: Any
    hh: HouseholdArrays
    minimum_hourly_wage: float

    @property
    def job(self):
        return self.case.job

    def job_summary(self) -> dict | None:
        return job_summary(self.original, self.case, self.minimum_hourly_wage)

    def with_hours(self, hours_per_week: float) -> PreparedCase:
        """The same case with other hours in the offer (the window's "at the better point"): no new preparation."""
        if self.case.job is None:
            return self
        job = self.case.job.model_copy(update={"hours_per_week": hours_per_week})
        case = self.case.model_copy(update={"job": job})
        original = self.original.model_copy(update={"job": self.original.job.model_copy(
            update={"hours_per_week": hours_per_week})}) if self.original.job is not None else self.original
        return replace(self, case=case, original=original,
                       hh=replace(self.hh, hours_per_week=np.array([float(hours_per_week)])))


def job_summary(original: Case, case: Case, minimum: float) -> dict | None:
    """The wage used, where it came from, and how it relates to the legal minimum (for a warning)."""
    job = case.job
    if job is None or job.hourly_wage is None:  # the wage is filled in by prepare()
        return None
    given = original.job is not None and original.job.hourly_wage is not None
    return {"hourly_wage": job.hourly_wage, "hourly_wage_source": "case" if given else "minimumloon",
            "minimum_hourly_wage": minimum, "below_minimum": job.hourly_wage < minimum - 1e-9,
            **({"person": job.person} if job.person else {})}  # the partner's offer


def check_client_age(snap: Snapshot, case: Case) -> None:
    check_applicant_age(snap, case.client_adult.age)


def check_job_dates(case: Case) -> None:
    """A temporary contract that ended before the case month is no offer to weigh: said, naming job.start."""
    job = case.job
    if job is None or job.start is None or job.contract_months is None:
        return
    start = date.fromisoformat(job.start)
    months = months_between(start, case.on)  # whole months before the case month
    if months >= job.contract_months:
        raise InputError("job.start", f"het contract van {job.contract_months} maanden vanaf {job.start} was al "
                                      f"afgelopen vóór de rekendatum ({case.on.isoformat()}); vul een latere "
                                      "begindatum in of een langer contract")


def check_applicant_age(snap: Snapshot, age: int) -> None:
    """The first adult (household.adults[0]) is the aanvrager: not younger than bijstand.minimum_leeftijd."""
    minimum = snap.reg("bijstand")["minimum_leeftijd"]
    if age < minimum:
        raise InputError("household.adults[0].age", f"de aanvrager moet {minimum} jaar of ouder zijn")


def overlay_for(pack: ParameterPack, case: Case):
    if case.municipality is None:
        return None
    available = gemeente_override.overlays(pack)  # a newer overlay in the user's folder wins
    overlay = available.get(case.municipality)
    if overlay is None:
        known = ", ".join(sorted(available)) or "geen"
        raise InputError("municipality", f"onbekende gemeente '{case.municipality}'; beschikbaar: {known}")
    return overlay


def fill_defaults(case: Case, minimum_wage: float) -> Case:
    """A job offer without an hourly wage gets the legal (youth) minimum wage for its taker's age (WML art. 8-9)."""
    if case.job is None or case.job.hourly_wage is not None:
        return case
    return case.model_copy(update={"job": case.job.model_copy(update={"hourly_wage": minimum_wage})})


def fill_car_exempt(case: Case, overlay) -> Case:
    """Art. 34 lid 2 a: no exempt part given for the car: the municipality's algemeen-gebruikelijk amount, if any."""
    a = case.assets
    if a.car_exempt is not None or overlay is None:
        return case
    amount = regelingen.auto_algemeen_gebruikelijk(overlay, case.on)
    if amount is None:
        return case
    return case.model_copy(update={"assets": a.model_copy(update={"car_exempt": amount})})


@lru_cache(maxsize=4096)
def minimum_hourly_wage(snap: Snapshot, age: int) -> float:
    """The legal (youth) minimum hourly wage on the snapshot's day (WML art. 8-9); a batch asks it per case."""
    return float(minimumuurloon(age, snap.reg("minimumloon")))


def checked(data: Any, pack: ParameterPack | None = None) -> tuple[Case, ParameterPack, Snapshot, Any, float, Case]:
    """Parse and check one case without building its arrays (batch builds them for many cases at once)."""
    case = data if isinstance(data, Case) else parse_case(data)
    pack = pack or load_pack()
    snap = pack.at(case.on)
    check_client_age(snap, case)
    check_job_dates(case)
    overlay = overlay_for(pack, case)
    # WML art. 8-9: the youth minimum wage by the age of the adult who takes the offer (job.person).
    taker = case.household.adults[case.job.person] if case.job is not None else case.client_adult
    minimum = minimum_hourly_wage(snap, taker.age)
    return case, pack, snap, overlay, minimum, fill_car_exempt(fill_defaults(case, minimum), overlay)


def prepare(data: Any, pack: ParameterPack | None = None) -> PreparedCase:
    """A case (dict, Case or PreparedCase) ready for every calculation. Bad input raises InputError in Dutch."""
    if isinstance(data, PreparedCase):
        if pack is None or pack is data.pack:
            return data
        data = data.original
    original, pack, snap, overlay, minimum, case = checked(data, pack)
    return PreparedCase(original=original, case=case, pack=pack, snap=snap, overlay=overlay,
                        hh=household_arrays([case]), minimum_hourly_wage=minimum)
