"""Werkloosheidswet art. 17 (wekeneis), 42 (duur), 47 (hoogte), 41 (minimum); Dagloonbesluit art. 2 en 5 (dagloon).

Pure functions of dates, amounts and the `ww` parameters of one snapshot (`snap.reg("ww")`). The timeline
(engine/timeline.py) decides when they apply. Nothing here holds a legal amount.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

REG = "ww"


def weekdays_between(first: date, last: date) -> int:
    """Dagloondagen (Monday to Friday, Dagloonbesluit art. 1 lid 2) from `first` through `last`, both included."""
    if last < first:
        return 0
    days = (last - first).days + 1
    full, rest = divmod(days, 7)
    count = full * 5
    wd = first.weekday()
    for k in range(rest):
        if (wd + k) % 7 < 5:
            count += 1
    return count


def weeks_worked(first_day: date, last_day: date, p) -> int:
    """Art. 17 lid 1: calendar weeks (Monday-Sunday) with at least one working day, in the `wekeneis_periode_weken`
    weeks up to and including the week of the last working day (the week before the first day of unemployment).

    A calendar week counts when one of its weekdays (Mon-Fri) lies inside the contract: someone with a weekly
    schedule has at least one arbeidsuur in it. The hours in the job itself are the only ones counted (art. 17a
    lid 2); earlier work is not known to werktloont.
    """
    window = int(p["wekeneis_periode_weken"])
    last_week_monday = last_day - timedelta(days=last_day.weekday())
    window_start = last_week_monday - timedelta(weeks=window - 1)
    count = 0
    monday = max(window_start, first_day - timedelta(days=first_day.weekday()))
    while monday <= last_week_monday:
        lo, hi = max(monday, first_day), min(monday + timedelta(days=4), last_day)
        if lo <= hi:
            count += 1
        monday += timedelta(weeks=1)
    return count


def wekeneis(first_day: date, last_day: date, p) -> dict:
    """Art. 17 lid 1: at least `wekeneis_weken` of the last `wekeneis_periode_weken` calendar weeks worked."""
    weeks = weeks_worked(first_day, last_day, p)
    return {"weeks": weeks, "required": int(p["wekeneis_weken"]), "window": int(p["wekeneis_periode_weken"]),
            "met": weeks >= p["wekeneis_weken"]}


def duur_maanden(arbeidsverleden_jaren: int | None, p) -> dict:
    """Art. 42: at least `duur_minimum_maanden`; with the jareneis met, one month per year of arbeidsverleden for
    the first ten years and half a month per year above that, at most `duur_maximum_maanden`.

    `arbeidsverleden_jaren` None means unknown or jareneis not met: the minimum. Above ten years werktloont does
    not know which years fell before 2016 (those count a full month, lid 2 onder 2°), so it counts them all as
    half months: the result is a lower bound.
    """
    low, high = p["duur_minimum_maanden"], p["duur_maximum_maanden"]
    if arbeidsverleden_jaren is None:
        months = low
        basis = "minimum"
    else:
        grens = p["duur_grens_arbeidsverleden_jaren"]
        j = max(int(arbeidsverleden_jaren), 0)
        months = (min(j, grens) * p["duur_per_jaar_maanden"]
                  + max(j - grens, 0) * p["duur_per_jaar_na_2015_boven_grens_maanden"])
        months = min(max(months, low), high)
        basis = "arbeidsverleden"
    return {"months": float(months), "basis": basis}


def refertejaar_einde(first_unemployed_month: date, p) -> date:
    """Dagloonbesluit art. 2 lid 1: the last day of the second (monthly) aangiftetijdvak before the month in which
    the arbeidsurenverlies starts. `first_unemployed_month` is the first day of that month."""
    back = int(p["refertejaar_einde_aangiftetijdvakken"])
    y, m = first_unemployed_month.year, first_unemployed_month.month - back + 1
    while m <= 0:
        y, m = y - 1, m + 12
    return date(y, m, 1) - timedelta(days=1)


def dagloon(*, wage_months: int, gross_month: float, job_first_day: date, refertejaar_last_day: date, p) -> dict:
    """Dagloonbesluit art. 5 lid 1: [(A - B) x 108/100 + C] / D, capped at the maximumdagloon (WW art. 1b lid 1).

    A - B = the wage without vakantiebijslag in the refertejaar (`wage_months` x `gross_month`); the 108/100 adds
    the vakantiebijslag back, so it makes no difference whether the employer reserves it or pays it monthly
    (then it is in C). D = 261, or, when the job began inside the refertejaar, the dagloondagen from its first
    day through the last day of the refertejaar.
    """
    following = refertejaar_last_day + timedelta(days=1)  # the 1st of a month: a year earlier is always valid
    refertejaar_first_day = following.replace(year=following.year - 1)
    if job_first_day > refertejaar_first_day:
        d = weekdays_between(job_first_day, refertejaar_last_day)
    else:
        d = p["dagloondagen_per_jaar"]
    wage = max(wage_months, 0) * gross_month
    raw = wage * (1.0 + p.rate("dagloon_vakantiebijslag_opslag_percent")) / d if d > 0 else 0.0
    cap = p["maximumdagloon"]
    return {"dagloon": min(raw, cap), "uncapped": raw, "capped": raw > cap, "days": d, "wage": wage}


def uitkering_maand(dagloon_amount: float, benefit_month: int, *, minimummaandloon: float, p) -> dict:
    """Art. 47 lid 1 and art. 1b lid 2 a: percent x dagloon x 21,75 for a full calendar month; 75 % in the first
    `uitkering_begin_maanden` months, 70 % after. Art. 41: not paid when it is usually below 1/8 of the
    minimumloon per month. `benefit_month` is 1 for the first month with a right to benefit."""
    pct = (p.rate("uitkering_percent_begin") if benefit_month <= p["uitkering_begin_maanden"]
           else p.rate("uitkering_percent_daarna"))
    amount = pct * dagloon_amount * p["dagen_per_maand"]
    too_low = amount < p["minimum_uitkering_fractie_minimumloon"] * minimummaandloon
    return {"gross": 0.0 if too_low else amount, "percent": pct * 100.0, "too_low": too_low}


def fraction_of_last_month(months: float) -> float:
    """A duration of e.g. 11,5 months: the last month is paid for this fraction (a half month = 15 days, art. 42)."""
    return months - math.floor(months) if months != math.floor(months) else 1.0
