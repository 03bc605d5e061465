"""Participatiewet art. 11 and 34: after a temporary contract and its WW, does the projection pay bijstand again,
or does the asset test keep it out? The one reading the actions (summary.action_codes) and the follow-up plan
(engine/followup.py) share, so neither promises bijstand the projection does not pay."""

from __future__ import annotations

from werktloont.engine.timeline.money import JOB


def assets_reason(case) -> str:
    """What keeps the assets above the limit, in the words' terms: a car the case names, or the assets at large."""
    a = case.assets
    return "auto" if a.car_value > 0 or any(c.kind == "auto" for c in a.changes) else "vermogen"


def after_contract(plans, parts, walks, limit, end: int | None, n: int) -> dict | None:
    """None without a contract that ends inside the projection's `n` months. Else:
    `ww_last`: the last month with WW (None without WW); `next`: the first month after the contract and its WW (None
    when the projection ends before it); `bijstand`: the projection pays bijstand in that month, or it is the
    zoektermijn of a new application (the bijstand comes after it); `blocked`: the asset test keeps bijstand out in
    that month; `blocked_in_ww`: it does in every WW month too (no supplement next to the WW); `limit`: the
    vermogensgrens of that month."""
    if end is None or end >= n:
        return None
    ww = [i for i in range(end + 1, n) if plans[JOB].ww_gross[i] > 0]
    nxt = (ww[-1] + 1) if ww else end + 1
    walk = walks[JOB]
    out: dict = {"ww_last": ww[-1] if ww else None, "next": None, "bijstand": False, "blocked": False,
                 "blocked_in_ww": bool(ww) and all(bool(walk["blocked"][i]) for i in ww), "limit": None}
    if nxt < n:
        out.update(next=nxt, bijstand=parts[JOB]["bijstand"][nxt] > 0.005 or bool(walk["zoektermijn"][nxt]),
                   blocked=bool(walk["blocked"][nxt]), limit=round(float(limit[nxt]), 2))
    return out


def of(proj) -> dict | None:
    """after_contract of a Projection."""
    return after_contract(proj.plans, proj.parts, proj.walks, proj.limit, proj.contract_end, len(proj.months))
