"""Asset events and asset scenarios: what a car (or a gift, an inheritance) in the client's name does to the right
to bijstand, month by month, and what not reporting it costs (Participatiewet art. 17, 18, 18a, 34, 48, 50, 58).

Codes and numbers only; the words are in werktloont.texts.assets. The bijstand at stake in a month is the bijstand
without the job and without assets in that month's parameters (what the client lives on before any job)."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np

from werktloont.engine.compose import compute_month
from werktloont.engine.prepared import PreparedCase
from werktloont.engine.timeline.months import add_months, month_label, month_of, months_between
from werktloont.rules.gemeente import regelingen
from werktloont.rules.participatiewet import boete, terugvordering, vermogen, vermogen_per_maand

HORIZON = 24
LIQUID = ("gift", "erfenis", "spaargeld")  # money: the client lives on it until it is under the limit
ART_TEST = {True: "Participatiewet art. 34 lid 2 b (doorlopende vermogenstoets)",
            False: "Participatiewet art. 34 lid 4 (vermogen verkregen tijdens de bijstand)"}
ART_EVENT = ("Participatiewet art. 17 lid 1", "Participatiewet art. 34 lid 1", "Participatiewet art. 54 lid 3",
             "Participatiewet art. 58 lid 1 en lid 5", "Participatiewet art. 18a",
             "Boetebesluit socialezekerheidswetten art. 2 en 2aa")
ART_GIVE_BACK = ("Participatiewet art. 18 lid 2", "Participatiewet art. 48 lid 2 b", "Participatiewet art. 34 lid 1")
# Who owns the car: the kenteken is a strong indication, not proof (who paid, insures and uses it matters).
CASE_LAW = ("CRvB 27-06-2023, ECLI:NL:CRVB:2023:1260 (auto op naam, vader stelt eigenaar te zijn)",
            "Rb. Zeeland-West-Brabant 12-07-2024, ECLI:NL:RBZWB:2024:4656 (registratie op naam alleen is niet genoeg)")


def _zero(hh):
    z = np.zeros(1)
    return dataclasses.replace(hh, savings=z, car_value=z, car_exempt=z, other_assets=z, debts=z, home_equity=z)


_SERIES: dict[tuple, dict] = {}  # the window recomputes on every keystroke: the same household, the same months


def _series(prepared: PreparedCase, months: list[date]) -> dict:
    """Per month: the bijstand at stake (net, gross), the vermogensgrens, the continuous test or not."""
    pack, hh = prepared.pack, prepared.hh
    free = _zero(hh)
    key = (id(pack), pack.checksum, id(prepared.overlay), months[0], len(months),
           tuple(np.asarray(getattr(free, f.name)).tobytes() for f in dataclasses.fields(free)))
    hit = _SERIES.get(key)
    if hit is None:
        if len(_SERIES) > 64:
            _SERIES.clear()
        hit = _SERIES[key] = _compute_series(prepared, free, months)
    return hit


def _compute_series(prepared: PreparedCase, free, months: list[date]) -> dict:
    pack, hh = prepared.pack, prepared.hh
    start, end = pack.coverage
    cache: dict = {}
    out: dict = {k: np.zeros(len(months)) for k in ("need", "gross", "limit")}
    out["continuous"] = np.zeros(len(months), dtype=bool)
    for i, d in enumerate(months):
        snap = pack.at(min(max(d, start), end))
        if id(snap) not in cache:
            m = compute_month(snap, free, hourly_wage=np.array([0.0]), hours_per_week=np.array([0.0]),
                              months_into_job=np.array([0]), childcare_scale=np.array([0.0]),
                              overlay=prepared.overlay).point(0)
            limit = vermogen.vermogensgrens(has_partner=hh.has_partner, has_children=hh.n_children > 0,
                                            p=snap.reg("vermogen"))
            cache[id(snap)] = (m["bijstand"], max(m["gross_bijstand"], m["bijstand"]), float(np.ravel(limit)[0]))
        out["need"][i], out["gross"][i], out["limit"][i] = cache[id(snap)]
        out["continuous"][i] = vermogen_per_maand.doorlopend(d)
    return out


def car_exemption(prepared: PreparedCase) -> dict:
    """The part of a car left free (art. 34 lid 2 a) and where it comes from: the case, the municipality's
    algemeen-gebruikelijk amount, or nothing (a needed car: the gemeente decides which part)."""
    given = prepared.original.assets.car_exempt
    municipal = regelingen.auto_algemeen_gebruikelijk(prepared.overlay, prepared.case.on) \
        if prepared.overlay is not None else None
    if given is not None:
        return {"amount": given, "source": "case", "municipal": municipal}
    if municipal is not None:
        return {"amount": municipal, "source": "gemeente", "municipal": municipal}
    return {"amount": 0.0, "source": "gemeente_beslist" if prepared.case.assets.car_needed else "none",
            "municipal": None}


def _base(prepared: PreparedCase, *, without_car: bool = False) -> float:
    """Counted assets on the case date besides the events (savings, car, other, minus debts; no home)."""
    a = prepared.case.assets
    car = 0.0 if without_car else float(vermogen.auto_meegeteld(a.car_value, a.car_exempt or 0.0))
    return a.savings + car + a.other - a.debts


def _walk(counted0: float, s: dict, liquid: bool) -> tuple[np.ndarray, np.ndarray]:
    """Month by month: no right while counted assets are above the limit; money (liquid) is lived on."""
    counted, no_right = np.zeros(len(s["need"])), np.zeros(len(s["need"]), dtype=bool)
    c = counted0
    for k in range(len(s["need"])):
        counted[k] = c
        no_right[k] = c > s["limit"][k] + 1e-9
        if no_right[k] and liquid:
            c = max(c - s["need"][k], 0.0)
    return counted, no_right


def _right(no_right: np.ndarray, months: list[date]) -> tuple[int, str | None]:
    """Months without a right from the start, and the first month with a right again (None: not in the window)."""
    k = int(np.argmin(no_right)) if not no_right.all() else len(no_right)
    return k, month_label(months[k]) if k < len(months) else None


def asset_events(prepared: PreparedCase, horizon: int = HORIZON) -> list[dict]:
    """One entry per `assets.changes` item: months without a right, overpaid months, reclaim, boete, articles."""
    case = prepared.case
    exempt = car_exemption(prepared)
    p_boete = prepared.snap.reg("boete")
    earlier, out = 0.0, []
    for ch in sorted(case.assets.changes, key=lambda c: c.month):
        m0 = month_of(ch.month)
        months = [add_months(m0, k) for k in range(horizon)]
        s = _series(prepared, months)
        added = ch.value
        if ch.kind == "auto":
            added = float(vermogen.auto_meegeteld(ch.value, exempt["amount"] if case.assets.car_value <= 0 else 0.0))
        counted, no_right = _walk(_base(prepared) + earlier + added, s, ch.kind in LIQUID)
        earlier += added
        n_without, right_again = _right(no_right, months)
        end = ch.discovered or (month_label(case.on) if month_of(month_label(case.on)) > m0 else None)
        n_window = 0 if ch.reported or end is None else min(months_between(m0, month_of(end)), horizon)
        over = [k for k in range(n_window) if no_right[k]]
        reclaim = terugvordering.terugvordering([(months[k], s["need"][k], s["gross"][k]) for k in over])
        fine = boete.boete(reclaim["net"], p_boete)
        judged = _boete(case, ch, reclaim, float(s["need"][min(n_window, horizon - 1)]), p_boete) if over else None
        out.append({
            "month": ch.month, "kind": ch.kind, "given_by": ch.from_, "value": ch.value,
            "counted_value": round(added, 2),
            "reported": ch.reported, "reported_self": ch.reported_self, "discovered": ch.discovered,
            "already_found": ch.discovered is not None and ch.discovered <= month_label(case.on),
            "counted": round(float(counted[0]), 2),
            "limit": round(float(s["limit"][0]), 2), "excess": round(max(float(counted[0] - s["limit"][0]), 0.0), 2),
            "months_without_right": n_without, "right_again": right_again, "bijstand_per_month": round(s["need"][0], 2),
            "months_overpaid": len(over), "overpaid_months": [month_label(months[k]) for k in over],
            "reclaim_net": round(reclaim["net"], 2), "reclaim_gross": round(reclaim["gross"], 2),
            "gross_from": reclaim["gross_from"].isoformat() if reclaim["gross_from"] else None,
            "boete_min": round(fine["min"], 2) if over else 0.0, "boete_max": round(fine["max"], 2) if over else 0.0,
            "waarschuwing_possible": bool(over) and judged is not None and judged["waarschuwing"]["mogelijk"],
            "boete": judged,
            "undiscovered": not ch.reported and end is None,
            "car_exempt": exempt if ch.kind == "auto" else None,
            "articles": [ART_TEST[bool(s["continuous"][0])], *ART_EVENT],
            "case_law": list(CASE_LAW) if ch.kind == "auto" else [],
        })
    return out


# --- The boete of one asset event (art. 18a; Boetebesluit art. 2, 2a, 2aa): callable from anywhere. -------------

def _within_days(month: str, reported: str, days: int) -> bool | None:
    """Was the change reported within `days` days? True/False when the months decide it, None when the days do."""
    first, after_change = month_of(month), add_months(month_of(month), 1)
    reported_first, reported_end = month_of(reported), add_months(month_of(reported), 1)
    shortest, longest = (reported_first - after_change).days + 1, (reported_end - first).days - 1
    return True if longest <= days else False if shortest > days else None


def _boete(case, ch, reclaim: dict, norm: float, p) -> dict:
    """boete.beoordeling for one not-reported change: the client's reason for reduced blame (the first adult), the
    change's own facts, the reclaim net and gross as the benadelingsbedrag, the norm for the draagkracht."""
    reden = case.household.adults[0].verminderd_verwijtbaar_reden
    in_time = _within_days(ch.month, ch.discovered, p["waarschuwing_zelf_melden_dagen"]) if ch.reported_self \
        and ch.discovered else None
    return boete.beoordeling(
        benadeling_netto=reclaim["net"], benadeling_bruto=reclaim["gross"], p=p, verwijtbaarheid=ch.verwijtbaarheid,
        redenen=[reden] if reden else [], zelf_gemeld=ch.reported_self, zelf_gemeld_binnen_termijn=in_time,
        eerdere_waarschuwing_binnen_2_jaar=ch.earlier_warning_within_2_years, recidive=ch.recidive,
        bijstandsnorm=norm)


def asset_scenarios(prepared: PreparedCase, horizon: int = HORIZON) -> list[dict]:
    """With a car: keep it, sell it, needed for work (with the exempt part), and give it back when it came as a
    change (someone put it in the client's name; `from` says who, if the case does); from the case month or the
    month a car comes in its name. Months without a right, what the client lives on, reclaim and boete risk."""
    case = prepared.case
    cars = [c for c in case.assets.changes if c.kind == "auto"]
    car = cars[-1].value if cars else case.assets.car_value
    if car <= 0:
        return []
    start = month_of(cars[-1].month) if cars else month_of(month_label(case.on))
    months = [add_months(start, k) for k in range(horizon)]
    s = _series(prepared, months)
    base = _base(prepared, without_car=True) + sum(c.value for c in case.assets.changes if c.kind != "auto"
                                                   and c.month <= month_label(start))
    exempt = car_exemption(prepared)
    municipal = exempt["municipal"] or 0.0
    p_boete = prepared.snap.reg("boete")
    rows = []
    choices = [("keep", base + max(car - municipal, 0.0), False), ("sell", base + car, True),
               ("needed", base + max(car - exempt["amount"], 0.0), False)]
    if cars:  # an own car (assets.car_value only) was given by no one: there is no one to give it back to
        choices.append(("give_back", base, False))
    for name, counted0, liquid in choices:
        counted, no_right = _walk(counted0, s, liquid)
        n_without, right_again = _right(no_right, months)
        lost = float((s["need"] * no_right).sum())
        per_month = s["need"][0] if no_right[0] else 0.0
        fine = boete.boete(per_month, p_boete)
        lives_on = ("bijstand_at_risk" if name == "give_back" else "bijstand" if n_without == 0
                    else "sale_money" if name == "sell" else "own_means_or_loan")
        rows.append({
            "scenario": name, "from": month_label(start), "given_by": cars[-1].from_ if cars else None,
            "counted": round(float(counted[0]), 2),
            "limit": round(float(s["limit"][0]), 2), "eligible": bool(not no_right[0]),
            "months_without_right": n_without, "right_again": right_again, "bijstand_lost": round(lost, 2),
            "lives_on": lives_on, "reclaim_per_month_unreported": round(float(per_month), 2),
            "boete_min_per_month": round(fine["min"], 2), "boete_max_per_month": round(fine["max"], 2),
            "exempt": round(exempt["amount"], 2) if name == "needed" else round(municipal, 2) if name == "keep"
            else 0.0, "exempt_source": exempt["source"] if name == "needed" else None,
            "articles": [*ART_GIVE_BACK, *CASE_LAW] if name == "give_back" else ["Participatiewet art. 34 lid 2 a"],
        })
    return rows
