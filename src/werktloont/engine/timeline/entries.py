"""The timeline entries: one per month from the case month, with its situation (the values documented in the
README), the components as paid, cash timing, assets, the same month without the job, and note codes."""

from __future__ import annotations

import numpy as np

from werktloont.engine.components import COSTS, PARTS, TOESLAGEN
from werktloont.engine.result import cents, money
from werktloont.engine.timeline.money import JOB, STAY
from werktloont.engine.timeline.months import month_label
from werktloont.engine.timeline.vrijlating import rules_per_month


def situation(p, walk, bijstand: float, i: int) -> str:
    """The situation of month i in one scenario: a code, and the Dutch value documented in the README."""
    if p.hours[i] > 0:
        return "werk + aanvullende bijstand" if bijstand > 0.005 else "werk"
    if walk["zoektermijn"][i] and not walk["blocked"][i]:
        return "zoektermijn"
    if p.ww_gross[i] > 0:  # WW (and the TW-toeslag) is paid whatever the assets; the month's note names them
        ww = "WW + TW" if p.tw_gross[i] > 0.005 else "WW"  # Toeslagenwet, engine/timeline/toeslagenwet.py
        return f"{ww} + aanvullende bijstand" if bijstand > 0.005 else ww
    if walk["blocked"][i]:
        return "vermogen boven grens"
    return "bijstand" if bijstand > 0.005 else "geen bijstand"


def letters(plan, res, walk, groups: dict, t: int, taker_age: float, medisch: bool = False) -> list[str | None]:
    """Per month of taking the job: the part of the inkomstenvrijlating that applies (its letter from the rule
    version in force: "n", "r" of art. 31 lid 2, "34a"; with "_aow" at AOW age, without a time limit), or None when no
    vrijlating is applied that month (no work, no vrijlating, or no bijstand paid)."""
    rules, ps = rules_per_month(groups, t)
    out: list[str | None] = [None] * t
    paid = res["bijstand"][JOB] * walk["factor"]
    for i in range(t):
        k = int(plan.months_into_job[i])
        if plan.hours[i] > 0 and k > 0 and res["vrijlating"][JOB, i] > 0 and paid[i] > 0.005:
            out[i] = (rules[i].part(k, ps[i], taker_age, medisch_urenbeperkt=True) if medisch
                      else rules[i].part(k, ps[i], taker_age))
    return out


def note_codes(i: int, p, info: dict, letter: str | None, walk, settlement: float) -> list[dict]:
    """What is special about month i of taking the job (the words are in werktloont.texts). `letter`: the
    article part of the vrijlating ("n", "r" of art. 31 lid 2, or "34a" from 2027), None without one."""
    out: list[dict] = []
    if letter is not None:
        out.append({"code": "vrijlating_month", "month": int(p.months_into_job[i]), "letter": letter})
    if info["contract_end"] == i:
        out.append({"code": "contract_last_month"})
    if p.ww_gross[i] > 0:
        out.append({"code": "ww_percent", "percent": float(p.ww_pct[i])})
    if p.tw_gross[i] > 0.005:
        out.append({"code": "toeslagenwet", "gross": money(float(p.tw_gross[i])),
                    "sociaal_minimum_dag": info.get("tw", {}).get("sociaal_minimum_dag")})
    if walk["zoektermijn"][i] and not walk["blocked"][i]:  # with assets above the limit it changes nothing
        out.append({"code": "zoektermijn"})
    if walk["blocked"][i]:
        # What is above the limit: savings (lived on) or only goods such as a car (not lived on, art. 48 lid 2 a).
        out.append({"code": "assets_above_limit", "savings": money(float(walk["savings"][i])),
                    "goods": bool(np.broadcast_to(walk["goods_over"], np.shape(walk["blocked"]))[i])})
    if abs(settlement) > 0.005:
        out.append({"code": "toeslagen_settlement", "amount": money(settlement)})
    return out


def scenario_months(sc: int, res, chosen, timing, p, pay: dict | None = None) -> dict[str, list[float]]:
    """One scenario's months, every amount rounded to cents first, so that the parts add up to the totals. The net
    benefits are split between WW and TW-toeslag in proportion to their gross amounts (taxed together). The
    toeslagen are the month's own (as if its situation held the year); what the voorschot paid differs from them
    is cash timing (`ts`), as the vakantiegeld (`vg`) and the vakantietoeslag (`vt`) are, and the wage as its pay
    slips bring it (`loon`) and the bijstand the gemeente pays on that wage (`bt`), both 0 with monthly pay.
    The cash calendar's pieces: `*_reserved`, `bijstand_paid`, `wage_paid`, `advance:<toeslag>`."""
    rounded = cents(np.stack([res[k][sc] for k in PARTS]))  # one rounding call for every part
    m = {k: rounded[j] for j, k in enumerate(PARTS)}
    gross = p.benefit_gross
    tw_share = np.divide(p.tw_gross, gross, out=np.zeros(len(gross)), where=gross > 0)
    m["toeslagenwet"] = cents(res["benefit_net"][sc] * tw_share)
    m["ww"] = np.round(cents(res["benefit_net"][sc]) - m["toeslagenwet"], 2)
    m["disposable"] = np.round(sum(m[k] for k in m if k not in COSTS) - sum(m[k] for k in COSTS), 2)
    m["settlement"] = cents(chosen[sc]["settlement"])
    m["correction"] = cents(chosen[sc]["correction"])  # the in-year part of the settlement (the cash calendar)
    m["vg"], m["vt"] = cents(timing[sc][0]), cents(timing[sc][1])
    advance = {k: cents(chosen[sc]["advance"][k]) for k in TOESLAGEN}
    m["ts"] = np.round(sum(advance[k] - m[k] for k in TOESLAGEN), 2)
    # Payout and reservation apart (the cash calendar): the payout rounded to cents, the reservation what is left
    # of the month's rounded timing, so payout - reservation is exactly `vg` / `vt`.
    for key, raw, reserved in (("vg", 0, 2), ("vt", 1, 3)):
        m[f"{key}_payout"] = cents(timing[sc][raw] + timing[sc][reserved])
        m[f"{key}_reserved"] = np.round(m[f"{key}_payout"] - m[key], 2)
    for k in TOESLAGEN:
        m[f"advance:{k}"] = advance[k]
    t = len(m["disposable"])
    m["bijstand_paid"] = cents(pay["bijstand_paid"]) if pay else m["bijstand"]
    m["wage_paid"] = pay["received"] if pay else np.zeros(t)
    m["loon"] = np.round(m["wage_paid"] - pay["wage_cash"], 2) if pay else np.zeros(t)
    m["bt"] = np.round(m["bijstand_paid"] - m["bijstand"], 2)
    m["cash"] = np.round(m["disposable"] + m["settlement"] + m["vg"] + m["vt"] + m["ts"] + m["loon"] + m["bt"], 2)
    return {k: v.tolist() for k, v in m.items()}


class _Month:
    """Month i of a scenario's lists, read by key (only the keys an entry uses, not a dict of them all)."""

    __slots__ = ("lists", "i")

    def __init__(self, lists: dict[str, list[float]], i: int):
        self.lists, self.i = lists, i

    def __getitem__(self, key: str) -> float:
        return self.lists[key][self.i]


def build(*, months, first, plans, info, res, walks, chosen, parts, letters, limit, days,
          ) -> tuple[list[dict], int | None]:
    """The entries from the case month on, and the first month in which the assets cross the limit (or None)."""
    entries = []
    cross = None
    cum = 0.0
    w = walks[JOB]
    job_m, stay_m = parts
    savings, counted = cents(w["savings"]).tolist(), cents(w["counted"]).tolist()
    for i in range(first, len(months)):
        job = _Month(job_m, i)
        stay = _Month(stay_m, i)
        gain = job["cash"] - stay["cash"]
        cum = round(cum + gain, 2)
        if cross is None and w["counted"][i] > limit[i] + 1e-9:
            cross = i
        entries.append({
            "month": month_label(months[i]),
            "situation": situation(plans[JOB], w, res["bijstand"][JOB, i], i),
            **{k: job[k] for k in PARTS},
            "ww": job["ww"], "toeslagenwet": job["toeslagenwet"], "disposable": job["disposable"],
            "toeslagen_settlement": job["settlement"],
            "cash_timing": {"vakantiegeld": job["vg"], "vakantietoeslag": job["vt"], "toeslagen": job["ts"],
                            "loon": job["loon"], "bijstand": job["bt"]},
            "cash": job["cash"], "cash_gain": round(gain, 2),  # the month's own, as cumulative_gain adds it up
            "assets": {"savings": savings[i], "counted": counted[i],
                       "limit": money(limit[i]), "eligible": bool(w["counted"][i] <= limit[i] + 1e-9)},
            "stay": {"situation": situation(plans[STAY], walks[STAY], res["bijstand"][STAY, i], i),
                     "disposable": stay["disposable"], "cash": stay["cash"]},
            "cumulative_gain": cum,
            "parameters_from": days.parameters_from[i].isoformat(), "beyond_pack": days.beyond[i],
            "note_codes": note_codes(i, plans[JOB], info, letters[i], w, chosen[JOB]["settlement"][i]),
        })
    return entries, cross
