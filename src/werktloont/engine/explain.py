"""Explanations: one short sentence per component (B1 Dutch, or English), with the rules and sources used."""

from __future__ import annotations

from werktloont import fmt
from werktloont.engine.components import ARTICLES
from werktloont.params.loader import Snapshot
from werktloont.rules.gemeente import regelingen



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


def _parameters(snap: Snapshot, ids: tuple[str, ...], lang: str = "nl") -> list[dict]:
    out = []
    for pid in ids:
        try:
            pv = snap.param(pid)
        except Exception:  # noqa: BLE001
            continue
        label = pv.label.en if lang == "en" else pv.label.nl
        out.append({"id": pid, "label": label, "value": pv.value, "unit": pv.unit, "period": pv.period,
                    "from": pv.start.isoformat(), "confidence": pv.confidence})
    return out


def _e(x) -> str:
    return fmt.eur(float(x))


def texts(g: dict[str, float], lang: str, *, working: bool, client_age: int, vrijlating_age: int) -> dict[str, str]:
    """The sentence per component for one point (`g`: Month.point(i))."""
    eligible = bool(g["assets_eligible"])
    nl = lang != "en"
    t: dict[str, str] = {}
    if working:
        t["net_wage"] = (
            f"Brutoloon {_e(g['gross_wage'])} per maand plus {_e(g['vakantiegeld'])} vakantiegeld. Na belasting en premies, "
            f"met heffingskortingen, houdt u {_e(g['net_wage'])} per maand over."
            if nl else
            f"Gross wage {_e(g['gross_wage'])} a month plus {_e(g['vakantiegeld'])} holiday pay. After tax and "
            f"contributions, with tax credits, you keep {_e(g['net_wage'])} a month.")
        if g["iack"] > 0:
            t["net_wage"] += (f" Daarin zit {_e(g['iack'])} inkomensafhankelijke combinatiekorting." if nl else
                              f" This includes {_e(g['iack'])} combination tax credit for a working single parent.")
    else:
        t["net_wage"] = "Zonder baan heeft u geen loon." if nl else "Without the job there is no wage."
    if not eligible:
        t["bijstand"] = (
            f"Uw vermogen ({_e(g['assets_counted'])}) is hoger dan de vermogensgrens ({_e(g['assets_limit'])}). "
            f"Daarom krijgt u geen bijstand. Het bedrag boven de grens ({_e(g['assets_excess'])}) is ongeveer "
            f"{fmt.number_nl(g['assets_months'], 1)} maanden bijstand."
            if nl else
            f"Your assets ({_e(g['assets_counted'])}) are above the limit ({_e(g['assets_limit'])}), so there is no "
            f"bijstand. The excess ({_e(g['assets_excess'])}) equals about {g['assets_months']:.1f} months of bijstand.")
    elif not working:
        t["bijstand"] = (f"Uw bijstandsnorm is {_e(g['norm'])} per maand. Zonder ander inkomen krijgt u die helemaal."
                         if nl else f"Your bijstand norm is {_e(g['norm'])} a month; without other income you get all of it.")
    else:
        if g["vrijlating"] > 0:
            keep = (f"Van uw nettoloon mag u {_e(g['vrijlating'])} houden (vrijlating). " if nl else
                    f"You may keep {_e(g['vrijlating'])} of your net wage (earnings disregard). ")
        elif client_age < vrijlating_age:
            keep = (f"U bent jonger dan {vrijlating_age}: u mag niets van uw loon houden naast de bijstand. " if nl
                    else f"You are under {vrijlating_age}: no part of your wage is disregarded. ")
        else:
            keep = ""
        t["bijstand"] = keep + (
            f"De gemeente trekt {_e(g['counted_income'])} af van uw norm van {_e(g['norm'])}. "
            f"U krijgt nog {_e(g['bijstand'])} bijstand per maand."
            if nl else
            f"The municipality deducts {_e(g['counted_income'])} from your norm of {_e(g['norm'])}. "
            f"You still get {_e(g['bijstand'])} bijstand a month.")
    ti = _e(g["toetsingsinkomen"])
    for key, name_nl, name_en in (("zorgtoeslag", "zorgtoeslag", "healthcare allowance"),
                                  ("huurtoeslag", "huurtoeslag", "rent allowance"),
                                  ("kindgebonden_budget", "kindgebonden budget", "child budget"),
                                  ("kinderopvangtoeslag", "kinderopvangtoeslag", "childcare allowance")):
        t[key] = (f"Uw {name_nl} is {_e(g[key])} per maand, berekend op een toetsingsinkomen van {ti} per jaar "
                  f"(loon plus bijstand vóór belasting)." if nl else
                  f"Your {name_en} is {_e(g[key])} a month, based on a yearly income of {ti} (wage plus bijstand "
                  f"before tax).")
    t["municipal"] = (f"Gemeentelijke regelingen: {_e(g['municipal'])} per maand." if nl else
                      f"Municipal schemes: {_e(g['municipal'])} a month.")
    t["childcare_costs"] = (f"Kinderopvang kost {_e(g['childcare_costs'])} per maand; uw eigen deel is dat bedrag min "
                            f"de kinderopvangtoeslag." if nl else
                            f"Childcare costs {_e(g['childcare_costs'])} a month; your own share is that minus the "
                            f"childcare allowance.")
    t["travel_costs"] = (f"Reiskosten voor het werk: {_e(g['travel_costs'])} per maand." if nl else
                         f"Travel costs for work: {_e(g['travel_costs'])} a month.")
    return t


def scheme_entry(active, g: dict[str, float], lang: str) -> dict:
    """One municipal scheme at one point: amount, the income limit it was tested against, and why (not)."""
    s, v = active.scheme, active.value
    nl = lang != "en"
    label = s.label.nl if nl else s.label.en
    amount = g[f"scheme:{s.id}"]
    income = g["net_wage"] + g["bijstand"]
    limit = v.income_limit_pct / 100.0 * g["norm"]
    pct = fmt.number_nl(v.income_limit_pct, 0) if nl else f"{v.income_limit_pct:g}"
    per_month = amount if amount else regelingen.monthly_amount(v)
    if amount > 0:
        text = (f"{label}: {_e(amount)} per maand. Uw inkomen ({_e(income)}) is niet hoger dan de grens van "
                f"{pct} % van de bijstandsnorm ({_e(limit)})." if nl else
                f"{label}: {_e(amount)} a month. Your income ({_e(income)}) is not above the limit of {pct} % of "
                f"the bijstand norm ({_e(limit)}).")
    elif income > limit + 1e-9:
        text = (f"{label}: geen ({_e(per_month)} per maand gemist). Uw inkomen ({_e(income)}) is hoger dan de grens "
                f"van {pct} % van de bijstandsnorm ({_e(limit)})." if nl else
                f"{label}: none ({_e(per_month)} a month missed). Your income ({_e(income)}) is above the limit of "
                f"{pct} % of the bijstand norm ({_e(limit)}).")
    else:
        text = (f"{label}: geen. Uw huishouden, leeftijd of vermogen past niet bij de voorwaarden." if nl else
                f"{label}: none. Your household, age or assets do not meet the conditions.")
    return {"id": s.id, "label": label, "amount": round(amount, 2), "income_limit_pct": v.income_limit_pct,
            "income_limit": round(limit, 2), "income_tested": round(income, 2), "applies": amount > 0,
            "text": text}


def _cached(snap: Snapshot, ids: tuple[str, ...], lang: str) -> tuple[list[dict], list[dict]]:
    """Sources and parameters of a set of ids on one day never change: look them up once per snapshot."""
    cache = snap.__dict__.setdefault("_explain_cache", {})
    hit = cache.get((ids, lang))
    if hit is None:
        hit = cache[(ids, lang)] = (_sources(snap, ids), _parameters(snap, ids, lang))
    return hit


def explanations(snap: Snapshot, month, i: int, lang: str, *, working: bool, client_age: int,
                 situation: str) -> list[dict]:
    g = month.point(i)
    t = texts(g, lang, working=working, client_age=client_age,
              vrijlating_age=snap.reg("bijstand")["vrijlating_minimum_leeftijd"])
    out = []
    for comp, text in t.items():
        ids = month.used.get(comp, ())
        sources, params = _cached(snap, ids, lang)
        entry = {"component": comp, "situation": situation, "text": text, "article": ARTICLES[comp],
                 "sources": [dict(x) for x in sources], "parameters": [dict(x) for x in params]}
        if comp == "municipal" and month.schemes:
            entry["sources"] = [{"title": s.title, "publication": s.publication, "url": s.url}
                                for a in month.schemes for s in a.value.sources]
            entry["schemes"] = [scheme_entry(a, g, lang) for a in month.schemes]
            entry["text"] = " ".join([text] + [e["text"] for e in entry["schemes"]])
        out.append(entry)
    return out
