"""Explanations as codes and numbers: per component and situation, which rule applied, the amounts it used, the
article, the parameters (with their Dutch and English labels from the pack) and their sources.

The words come from `werktloont.texts.explain` (through `werktloont.api`); the core never holds sentences.
"""

from __future__ import annotations

from werktloont.engine.components import ARTICLES, TOESLAGEN
from werktloont.params.loader import Snapshot
from werktloont.rules.gemeente import regelingen


def _n(x) -> float:
    return round(float(x), 6)


def _sources(snap: Snapshot, ids: tuple[str, ...]) -> list[dict]:
    seen: dict[str, dict] = {}
    for pid in ids:
        try:
            pv = snap.param(pid)
        except Exception:  # noqa: BLE001 - a parameter not in force on this date has no source to show
            continue
        for s in pv.sources:
            if s.title not in seen:
                seen[s.title] = {k: v for k, v in {"title": s.title, "publication": s.publication, "url": s.url,
                                                     "confidence": pv.confidence}.items() if v}
    return list(seen.values())


def _parameters(snap: Snapshot, ids: tuple[str, ...]) -> list[dict]:
    out = []
    for pid in ids:
        try:
            pv = snap.param(pid)
        except Exception:  # noqa: BLE001
            continue
        out.append({"id": pid, "label": {"nl": pv.label.nl, "en": pv.label.en}, "value": pv.value, "unit": pv.unit,
                    "period": pv.period, "from": pv.start.isoformat(), "confidence": pv.confidence})
    return out


def codes(g: dict[str, float], *, working: bool, client_age: int, vrijlating_age: int,
          taker: int = 0) -> dict[str, tuple[str, dict]]:
    """Per component: (code, values) for one point (`g`: Month.point(i)). `taker`: the adult who takes the offer
    (job.person); with 1, `vrijlating` is the partner's and `vrijlating_other` the client's."""
    out: dict[str, tuple[str, dict]] = {}
    if working:
        out["net_wage"] = ("net_wage", {k: _n(g[k]) for k in ("gross_wage", "vakantiegeld", "net_wage", "iack")})
    else:
        out["net_wage"] = ("no_wage", {})
    if g["bijstand_right"] < 0.5:  # art. 11, 13: no adult of the household has a right to bijstand
        out["bijstand"] = ("no_right_to_bijstand", {})
    elif not bool(g["assets_eligible"]):
        out["bijstand"] = ("assets_above_limit", {k: _n(g[k]) for k in ("assets_counted", "assets_limit",
                                                                         "assets_excess", "assets_months")})
    elif not working and g["counted_income"] > 0.005:  # the household's own income counts
        out["bijstand"] = ("bijstand_own_income", {
            **{k: _n(g[k]) for k in ("counted_income", "norm", "bijstand", "vrijlating",
                                              "vrijlating_other")}})
    elif not working:
        out["bijstand"] = ("bijstand_full", {"norm": _n(g["norm"])})
    else:
        out["bijstand"] = ("bijstand_supplement", {
            **{k: _n(g[k]) for k in ("vrijlating", "counted_income", "norm", "bijstand", "vrijlating_other")},
            "client_age": client_age, "vrijlating_age": vrijlating_age})
    if taker and out["bijstand"][0] in ("bijstand_own_income", "bijstand_supplement"):  # whose vrijlating is whose
        out["bijstand"][1]["taker"] = taker
    if g["norm_24a"] > 0.005 and out["bijstand"][0] != "assets_above_limit":  # art. 24a in the norm
        out["bijstand"][1]["norm_24a"] = _n(g["norm_24a"])
    if g["partner_income_free_32_3"] > 0.005 and out["bijstand"][0] != "assets_above_limit":
        out["bijstand"][1]["partner_free_32_3"] = _n(g["partner_income_free_32_3"])  # art. 32 lid 3
    for key in TOESLAGEN:
        out[key] = ("toeslag", {"amount": _n(g[key]), "toetsingsinkomen": _n(g["toetsingsinkomen"]),
                                "other_income": _n(g["other_income"])})
    out["other_income"] = (("other_income", {"amount": _n(g["other_income"]),
                                             "vrijlating_other": _n(g["vrijlating_other"])})
                           if g["other_income"] > 0.005 else ("no_other_income", {}))
    if taker and out["other_income"][0] == "other_income":
        out["other_income"][1]["taker"] = taker
    if g.get("iack_other", 0.0) > 0.005 and out["other_income"][0] == "other_income":  # art. 8.14a lid 1 c
        out["other_income"][1]["iack_other"] = _n(g["iack_other"])
    for key in ("municipal", "childcare_costs", "travel_costs"):
        out[key] = (key, {"amount": _n(g[key])})
    return out


def scheme_entry(active, g: dict[str, float]) -> dict:
    """One municipal scheme at one point: amount, the income limit it was tested against, and why (not), as a code."""
    s, v = active.scheme, active.value
    amount = g[f"scheme:{s.id}"]
    # As the municipality compares them (with or without vakantiegeld); older months computed without: as before.
    income = g.get(f"scheme_income:{s.id}", g["net_wage"] + g["bijstand"])
    limit = g.get(f"scheme_limit:{s.id}", (v.income_limit_pct or 0.0) / 100.0 * g["norm"])
    per_month = amount if amount else regelingen.monthly_amount(v)
    code = ("applies" if amount > 0 else "income_above_limit" if income > limit + 1e-9 else "conditions_not_met")
    return {"id": s.id, "label": {"nl": s.label.nl, "en": s.label.en}, "amount": round(amount, 2),
            "income_limit_pct": v.income_limit_pct, "income_limit": round(limit, 2),
            "income_tested": round(income, 2), "applies": amount > 0, "code": code,
            "income_limit_basis": v.income_limit_basis,
            "values": {"amount": _n(amount), "per_month": _n(per_month), "income": _n(income), "limit": _n(limit),
                       "pct": v.income_limit_pct, "basis": v.income_limit_basis}}


def _cached(snap: Snapshot, ids: tuple[str, ...]) -> tuple[list[dict], list[dict]]:
    """Sources and parameters of a set of ids on one day never change: look them up once per snapshot."""
    return snap.derived(("explain", ids), lambda: (_sources(snap, ids), _parameters(snap, ids)))


def explanations(snap: Snapshot, month, i: int, lang: str | None = None, *, working: bool, client_age: int,
                 situation: str, other_items: list[dict] | None = None, taker: int = 0,
                 partner: bool = False) -> list[dict]:
    """`lang` is accepted and ignored (the words are added by werktloont.api). `other_items`: the household's
    own income per adult and kind, added to the other_income entry. `partner`: the household has two adults (the
    IACK's sentence says who of a couple gets it)."""
    g = month.point(i)
    c = codes(g, working=working, client_age=client_age,
              vrijlating_age=snap.reg("bijstand")["vrijlating_minimum_leeftijd"], taker=taker)
    out = []
    for comp, (code, values) in c.items():
        ids = month.used.get(comp, ())
        sources, params = _cached(snap, ids)
        entry = {"component": comp, "situation": situation, "code": code, "values": values,
                 "article": ARTICLES[comp], "sources": [dict(x) for x in sources],
                 # A copy of each (texts.explain.render rebinds its label to the words of a language); the label
                 # {"nl", "en"} itself is never changed, so it is shared with the cache.
                 "parameters": [dict(x) for x in params]}
        if comp == "municipal" and month.schemes:
            entry["sources"] = [{"title": s.title, "publication": s.publication, "url": s.url}
                                for a in month.schemes for s in a.value.sources]
            entry["schemes"] = [scheme_entry(a, g) for a in month.schemes]
        if comp == "other_income" and other_items:
            entry["values"] = {**values, "items": [dict(x) for x in other_items]}
        if code == "net_wage" and values.get("iack", 0.0) > 0:
            values = entry["values"] = {**values, "partner": int(partner)}
        if code == "net_wage" and any(x["person"] == taker and x["kind"] != "kinderalimentatie"
                                      for x in other_items or ()):
            # a second job or a benefit of the offer's taker is taxed with the offer; net_wage is the
            # difference the offer makes, not the offer's net on its own.
            entry["values"] = {**values, "on_top": 1, "taker": taker}
        out.append(entry)
    return out


def other_items(case) -> list[dict]:
    """Each adult's own income as codes: person (0 client, 1 partner), kind ("job" or the other_income kind), the
    amount per month and whether it was given net or gross; `counts` whether bijstand and toeslagen count it."""
    out: list[dict] = []
    for i, adult in enumerate(case.household.adults):
        if adult.current_job is not None:
            out.append({"person": i, "kind": "job", "hourly_wage": adult.current_job.hourly_wage,
                        "hours_per_week": adult.current_job.hours_per_week, "counts": True})
        for item in adult.other_income:
            given = "net" if item.net_per_month is not None else "gross"
            amount = item.net_per_month if item.net_per_month is not None else item.gross_per_month
            out.append({"person": i, "kind": item.kind, "amount": amount, "given": given,
                        "counts": item.kind != "kinderalimentatie"})
    return out
