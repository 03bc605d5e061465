"""The timeline entries: one per month from the case month, with its situation (the values documented in the
README), the components as paid, cash timing, assets, the same month without the job, and note codes."""

from __future__ import annotations

from werktloont.engine.components import COSTS, PARTS, TOESLAGEN
from werktloont.engine.result import money
from werktloont.engine.timeline.money import JOB, STAY
from werktloont.engine.timeline.months import month_label



def situation(p, walk, bijstand: float, i: int) -> str:
    """The situation of month i in one scenario: a code, and the Dutch value documented in the README."""
    if p.hours[i] > 0:
        return "werk + aanvullende bijstand" if bijstand > 0.005 else "werk"
    if walk["blocked"][i]:
        return "vermogen boven grens"
    if walk["zoektermijn"][i]:
        return "zoektermijn"
    if p.ww_gross[i] > 0:
        return "WW + aanvullende bijstand" if bijstand > 0.005 else "WW"
    return "bijstand" if bijstand > 0.005 else "geen bijstand"


def note_codes(i: int, p, info: dict, vrijlating: float, walk, settlement: float) -> list[dict]:
    """What is special about month i of taking the job (the words are in werktloont.texts)."""
    out: list[dict] = []
    k = int(p.months_into_job[i])
    if p.hours[i] > 0 and vrijlating > 0:
        out.append({"code": "vrijlating_month", "month": k, "letter": "n" if k <= 6 else "r"})
    if info["contract_end"] == i:
        out.append({"code": "contract_last_month"})
    if p.ww_gross[i] > 0:
        out.append({"code": "ww_percent", "percent": float(p.ww_pct[i])})
    if walk["zoektermijn"][i]:
        out.append({"code": "zoektermijn"})
    if walk["blocked"][i]:
        out.append({"code": "assets_above_limit"})
    if abs(settlement) > 0.005:
        out.append({"code": "toeslagen_settlement", "amount": money(settlement)})
    return out


def _scenario_month(sc: int, i: int, res, chosen, timing) -> dict:
    """One scenario's month, every amount rounded to cents first, so that the parts add up to the totals."""
    # the toeslagen are the voorschotten paid that month
    m = {k: money(chosen[sc]["advance"][k][i] if k in TOESLAGEN else res[k][sc, i]) for k in PARTS}
    m["ww"] = money(res["benefit_net"][sc, i])
    m["disposable"] = round(sum(m[k] for k in m if k not in COSTS) - sum(m[k] for k in COSTS), 2)
    m["settlement"] = money(chosen[sc]["settlement"][i])
    m["vg"], m["vt"] = money(timing[sc][0][i]), money(timing[sc][1][i])
    m["cash"] = round(m["disposable"] + m["settlement"] + m["vg"] + m["vt"], 2)
    return m


def build(*, months, first, plans, info, res, walks, chosen, timing, limit, days) -> tuple[list[dict], int | None]:
    """The entries from the case month on, and the first month in which the assets cross the limit (or None)."""
    entries = []
    cross = None
    cum = 0.0
    w = walks[JOB]
    for i in range(first, len(months)):
        job = _scenario_month(JOB, i, res, chosen, timing)
        stay = _scenario_month(STAY, i, res, chosen, timing)
        cum = round(cum + job["cash"] - stay["cash"], 2)
        if cross is None and w["counted"][i] > limit[i] + 1e-9:
            cross = i
        entries.append({
            "month": month_label(months[i]),
            "situation": situation(plans[JOB], w, res["bijstand"][JOB, i], i),
            **{k: job[k] for k in PARTS},
            "ww": job["ww"], "disposable": job["disposable"],
            "toeslagen_settlement": job["settlement"],
            "cash_timing": {"vakantiegeld": job["vg"], "vakantietoeslag": job["vt"]},
            "cash": job["cash"],
            "assets": {"savings": money(w["savings"][i]), "counted": money(w["counted"][i]),
                       "limit": money(limit[i]), "eligible": bool(w["counted"][i] <= limit[i] + 1e-9)},
            "stay": {"situation": situation(plans[STAY], walks[STAY], res["bijstand"][STAY, i], i),
                     "disposable": stay["disposable"], "cash": stay["cash"]},
            "cumulative_gain": cum,
            "parameters_from": days.parameters_from[i].isoformat(), "beyond_pack": days.beyond[i],
            "note_codes": note_codes(i, plans[JOB], info, res["vrijlating"][JOB, i], w,
                                     chosen[JOB]["settlement"][i]),
        })
    return entries, cross
