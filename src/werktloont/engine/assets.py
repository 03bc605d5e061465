"""Asset events and asset scenarios: what a car (or a gift, an inheritance) in the client's name does to the right
to bijstand, month by month, what not reporting it costs, and how a reclaim is paid back (Participatiewet art. 17,
18, 18a, 34, 41, 48, 50, 58, 60).

Read from the projection (engine/timeline): the months of staying on bijstand (`walks[STAY]`: the asset test and
the zoektermijn), the bijstand at stake in a month (`need`: without the job, as if entitled, before any cut; net
and gross) and each month's parameters. Months before the projection's first month (a change before the case
month) are walked here with the same rule (rules/participatiewet/vermogen_per_maand.py). Codes and numbers only;
the words are in werktloont.texts.assets."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np

from werktloont.engine import reclaim as reclaim_rules
from werktloont.engine.compose import compute_month
from werktloont.engine.prepared import PreparedCase
from werktloont.engine.timeline import Projection
from werktloont.engine.timeline.asset_changes import GOODS, MONEY, Span
from werktloont.engine.timeline.money import JOB, STAY
from werktloont.engine.timeline.months import add_months, month_label, month_of, months_between
from werktloont.rules.gemeente import regelingen
from werktloont.rules.participatiewet import boete, terugvordering, vermogen, vermogen_per_maand

LIQUID = MONEY  # money: the client lives on it until it is under the limit
ART_TEST = {True: "Participatiewet art. 34 lid 2 b (doorlopende vermogenstoets)",
            False: "Participatiewet art. 34 lid 4 (vermogen verkregen tijdens de bijstand)"}
ART_EVENT = ("Participatiewet art. 17 lid 1", "Participatiewet art. 34 lid 1", "Participatiewet art. 54 lid 3",
             "Participatiewet art. 58 lid 1 en lid 5", "Participatiewet art. 18a",
             "Boetebesluit socialezekerheidswetten art. 2 en 2aa")
ART_LEAVES = ("Participatiewet art. 34 lid 1", "Participatiewet art. 58 lid 1", "Participatiewet art. 41 lid 4",
              "Participatiewet art. 18 lid 2", "Participatiewet art. 48 lid 2 b")
ART_GIVE_BACK = ("Participatiewet art. 18 lid 2", "Participatiewet art. 48 lid 2 b", "Participatiewet art. 34 lid 1")
# Who owns the car: the kenteken is a strong indication, not proof (who paid, insures and uses it matters).
CASE_LAW = ("CRvB 27-06-2023, ECLI:NL:CRVB:2023:1260 (auto op naam, vader stelt eigenaar te zijn)",
            "Rb. Zeeland-West-Brabant 12-07-2024, ECLI:NL:RBZWB:2024:4656 (registratie op naam alleen is niet genoeg)")


@dataclasses.dataclass
class Series:
    """Staying on bijstand from month index `k0` (may lie before the projection, even before its January) to the
    projection's end: per month its date, the bijstand at stake (net, gross), the limit, the continuous test, and
    the stay walk (blocked, counted, zoektermijn)."""

    k0: int
    months: list[date]
    need: np.ndarray
    gross: np.ndarray
    limit: np.ndarray
    continuous: np.ndarray
    blocked: np.ndarray
    counted: np.ndarray
    zoek: np.ndarray

    def at(self, k: int) -> int:
        """The position of projection month index k in this series."""
        return k - self.k0

    def label(self, j: int) -> str:
        return month_label(self.months[j])


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


def has_car(prepared: PreparedCase) -> bool:
    """A car in the case: the client's own, or one that comes by a change."""
    a = prepared.case.assets
    return a.car_value > 0 or any(c.kind == "auto" and c.value > 0 for c in a.changes)


def car_exempt_notice(prepared: PreparedCase) -> list[dict]:
    """Art. 34 lid 2 a: the part of a car left free is municipal policy. With a car and no amount (not given, not in
    the municipality's file) the whole car counts: said, with the overlay's reason when it marks it unknown (code
    car_exempt_unknown), so the klantmanager can give the gemeente's amount."""
    if not has_car(prepared) or car_exemption(prepared)["source"] not in ("none", "gemeente_beslist"):
        return []
    reason = regelingen.auto_algemeen_gebruikelijk_unknown(prepared.overlay, prepared.case.on)
    return [{"code": "car_exempt_unknown", "municipality": prepared.case.municipality, "reason": reason,
             "car_needed": prepared.case.assets.car_needed}]


def _need_outside(proj: Projection, d: date) -> tuple[float, float, float]:
    """A month before the projection's January: the bijstand at stake (net, gross) and the limit, with that month's
    parameters and the case month's household (only a change before the case year asks for it)."""
    g = proj.groups_of()[proj.first]
    snap, hh = proj.days.at(d), proj.hh_free[g.hkey]

    def build():
        m = compute_month(snap, hh, hourly_wage=np.array([0.0]), hours_per_week=np.array([0.0]),
                          months_into_job=np.array([0]), childcare_scale=np.array([0.0]),
                          overlay=proj.prepared.overlay).point(0)
        limit = vermogen.vermogensgrens(has_partner=hh.has_partner, has_children=hh.n_children > 0,
                                        p=snap.reg("vermogen"))
        return m["bijstand"], max(m["gross_bijstand"], m["bijstand"]), float(np.ravel(limit)[0])

    key = (hh.bijstand_asset_test, *(np.asarray(getattr(hh, f.name)).tobytes() for f in dataclasses.fields(hh)
                                     if isinstance(getattr(hh, f.name), np.ndarray)))
    return snap.derived(("assets.need_outside", id(proj.prepared.overlay), key), build)


def _history(proj: Projection, k0: int) -> dict:
    """The months from k0 to the case month (exclusive): bijstand at stake, limit, continuous test, and the goods
    and money of the changes in them."""
    first, n = proj.first, proj.first - k0
    months = [add_months(proj.months[0], k) for k in range(k0, first)]
    out: dict = {"months": months, "need": np.zeros(n), "gross": np.zeros(n), "limit": np.zeros(n),
           "continuous": np.array([vermogen_per_maand.doorlopend(d) for d in months], dtype=bool),
           "goods": np.zeros(n), "inflow": np.zeros(n), "rises": np.zeros(n, dtype=bool)}
    for j, k in enumerate(range(k0, first)):
        if k >= 0:
            out["need"][j], out["gross"][j] = proj.need[STAY, k], proj.need_gross[STAY, k]
            out["limit"][j] = proj.limit[k]
        else:
            out["need"][j], out["gross"][j], out["limit"][j] = _need_outside(proj, months[j])
    for s in proj.changes.spans:
        if s.k >= first:
            continue
        j = max(s.k - k0, 0)
        if s.change.kind in MONEY:
            out["inflow"][j] += s.counted
            out["rises"][j] |= s.counted > 0
        else:
            end = n if s.end is None else min(max(s.end - k0, 0), n)
            out["goods"][j:end] += s.counted
            out["rises"][j] |= s.counted > 0
    return out


def series(proj: Projection, k0: int) -> Series:
    """Staying on bijstand from month index k0: the months before the case month walked here (from the case's own
    assets and savings, as the old test did), the rest read from the projection's stay walk."""
    first = proj.first
    k0 = min(k0, first)
    w = proj.walks[STAY]
    tail = slice(first, len(proj.months))
    parts: dict = {"months": list(proj.months[tail]), "need": proj.need[STAY, tail],
                   "gross": proj.need_gross[STAY, tail], "limit": proj.limit[tail],
                   "continuous": proj.continuous[tail], "blocked": w["blocked"][tail],
                   "counted": w["counted"][tail], "zoek": w["zoektermijn"][tail]}
    if k0 < first:
        h = _history(proj, k0)
        wa = proj.walk_args
        besides0 = float(wa["besides_savings"][first] - proj.changes.goods[first])
        n = first - k0
        hw = vermogen_per_maand.maandtoets(
            need=h["need"], after_work=np.zeros(n, dtype=bool), hours=np.zeros(n), first_window=0,
            months=h["months"], besides_savings=besides0 + h["goods"], limit=h["limit"], continuous=h["continuous"],
            savings0=proj.prepared.case.assets.savings, per_month_saving=0.0, young=False, zoek_days=0,
            inflow=h["inflow"], rises=h["rises"])
        parts = {"months": h["months"] + parts["months"],
                 **{key: np.concatenate([h[key], parts[key]]) for key in ("need", "gross", "limit", "continuous")},
                 "blocked": np.concatenate([hw["blocked"], parts["blocked"]]),
                 "counted": np.concatenate([hw["counted"], parts["counted"]]),
                 "zoek": np.concatenate([hw["zoektermijn"], parts["zoek"]])}
    return Series(k0=k0, **parts)


def _right(blocked: np.ndarray, zoek: np.ndarray, s: Series, j0: int, p_bs) -> dict:
    """From position j0: the months in a row without a right, the first month with a right again (None: not in
    the projection), and whether that month is a zoektermijn month (then the full month is the next one, and the
    weeks and the age limit of art. 41 lid 4 are given for the words)."""
    j = j0
    while j < len(blocked) and blocked[j]:
        j += 1
    again = s.label(j) if j < len(blocked) else None
    partial = again is not None and bool(zoek[j])
    return {"months_without_right": j - j0, "right_again": again,
            "right_again_zoektermijn": partial,
            "right_again_full": (s.label(j + 1) if j + 1 < len(blocked) else None) if partial else again,
            "zoektermijn_weeks": int(p_bs["zoektermijn_weken"]) if partial else None,
            "zoektermijn_age": int(p_bs["zoektermijn_max_leeftijd"]) if partial else None}


def _report_end(case, ch, m0: date) -> str | None:
    """The month the gemeente knew: found out (or told late), or the case month when that is later than the change
    (the klantmanager knows it now); None while it is not known."""
    return ch.discovered or (month_label(case.on) if month_of(month_label(case.on)) > m0 else None)


def asset_events(prepared: PreparedCase, proj: Projection) -> list[dict]:
    """One entry per `assets.changes` item: months without a right, overpaid months, reclaim, boete, repayment."""
    case = prepared.case
    exempt = car_exemption(prepared)
    p_boete = prepared.snap.reg("boete")
    spans = proj.changes.spans
    if not spans:
        return []
    s = series(proj, min(sp.k for sp in spans))
    out = []
    for sp in spans:
        ch = sp.change
        j0 = s.at(sp.k)
        if j0 >= len(s.months):  # after the projection: nothing to read
            out.append(_beyond(sp, exempt, s.label(len(s.months) - 1)))
            continue
        right = _right(s.blocked, s.zoek, s, j0, prepared.snap.reg("bijstand"))
        end = _report_end(case, ch, month_of(ch.month))
        stop = len(s.months) if sp.end is None else min(s.at(sp.end), len(s.months))
        n_window = 0 if ch.reported or end is None else months_between(month_of(ch.month), month_of(end))
        over = [j for j in range(j0, min(j0 + n_window, stop)) if s.blocked[j]]
        reclaim = terugvordering.terugvordering([(s.months[j], s.need[j], s.gross[j]) for j in over])
        fine = boete.boete(reclaim["net"], p_boete)
        norm_j = min(j0 + n_window, len(s.months) - 1)
        judged = reclaim_rules.boete_of(case, ch, reclaim, float(s.need[norm_j]), p_boete) if over else None
        job = _with_job(prepared, proj, s, over, ch, float(s.need[norm_j])) if proj.job_start is not None else None
        paying = reclaim_rules.repayment(prepared, proj, reclaim["net"], end,
                                         claim_job=job["reclaim_net"] if job else None) if over else None
        if job is not None:
            job["repayment"] = paying.get("with_job") if paying else None
        leaves = ch.kind in GOODS and _previous_value(spans, sp) > sp.counted + 0.005
        out.append({
            "month": ch.month, "kind": ch.kind, "given_by": ch.from_, "value": ch.value,
            "counted_value": round(sp.counted, 2),
            "reported": ch.reported, "reported_self": ch.reported_self, "discovered": ch.discovered,
            "already_found": ch.discovered is not None and ch.discovered <= month_label(case.on),
            "counted": round(float(s.counted[j0]), 2),
            "limit": round(float(s.limit[j0]), 2), "excess": round(max(float(s.counted[j0] - s.limit[j0]), 0.0), 2),
            **right, "bijstand_per_month": round(float(s.need[j0]), 2),
            "months_overpaid": len(over), "overpaid_months": [s.label(j) for j in over],
            "reclaim_net": round(reclaim["net"], 2), "reclaim_gross": round(reclaim["gross"], 2),
            "gross_from": reclaim["gross_from"].isoformat() if reclaim["gross_from"] else None,
            "boete_min": round(fine["min"], 2) if over else 0.0, "boete_max": round(fine["max"], 2) if over else 0.0,
            "waarschuwing_possible": bool(over) and judged is not None and judged["waarschuwing"]["mogelijk"],
            "boete": judged,
            "repayment": paying, "with_job": job,
            "undiscovered": not ch.reported and end is None,
            "leaves": leaves, "counted_until": s.label(stop - 1) if sp.end is not None and stop > j0 else None,
            "car_exempt": exempt if ch.kind == "auto" else None,
            "articles": list(ART_LEAVES) if leaves else [ART_TEST[bool(s.continuous[j0])], *ART_EVENT],
            "case_law": list(CASE_LAW) if ch.kind == "auto" and not leaves else [],
        })
    return out


def _job_need(proj: Projection, s: Series) -> tuple[np.ndarray, np.ndarray]:
    """The bijstand at stake (net, gross) taking the job, per month of the series: the job scenario's bijstand as if
    entitled from the case month on; before it both situations are the same (the offer has not started)."""
    need, gross = s.need.copy(), s.gross.copy()
    a = s.at(proj.first)  # the series runs to the projection's end
    need[a:], gross[a:] = proj.need[JOB, proj.first:], proj.need_gross[JOB, proj.first:]
    return need, gross


def _with_job(prepared: PreparedCase, proj: Projection, s: Series, over: list[int], ch, norm: float) -> dict:
    """The reclaim taking the job (art. 58 lid 1: only the bijstand that was paid): of the months paid too much, the
    bijstand the job scenario had in them; with its boete (its repayment is added by the caller)."""
    need, gross = _job_need(proj, s)
    paid = [j for j in over if need[j] > 0.005]
    reclaim = terugvordering.terugvordering([(s.months[j], need[j], gross[j]) for j in paid])
    fine = boete.boete(reclaim["net"], prepared.snap.reg("boete"))
    judged = reclaim_rules.boete_of(prepared.case, ch, reclaim, norm, prepared.snap.reg("boete")) if paid else None
    return {"months_overpaid": len(paid), "overpaid_months": [s.label(j) for j in paid],
            "reclaim_net": round(float(reclaim["net"]), 2), "reclaim_gross": round(float(reclaim["gross"]), 2),
            "gross_from": reclaim["gross_from"].isoformat() if reclaim["gross_from"] else None,
            "boete_min": round(fine["min"], 2) if paid else 0.0, "boete_max": round(fine["max"], 2) if paid else 0.0,
            "waarschuwing_possible": judged is not None and judged["waarschuwing"]["mogelijk"], "boete": judged}


def _previous_value(spans: list[Span], sp: Span) -> float:
    """What the earlier entry of the same kind counted (0 without one)."""
    before = [x for x in spans if x.change.kind == sp.change.kind and x.end is not None and x.end == sp.k]
    return before[-1].counted if before else 0.0


def _beyond(sp: Span, exempt: dict, last: str) -> dict:
    """A change after the projection's last month (`last`): named, not computed."""
    ch = sp.change
    return {"projection_end": last, "month": ch.month, "kind": ch.kind, "given_by": ch.from_, "value": ch.value,
            "counted_value": round(sp.counted, 2),
            "reported": ch.reported, "reported_self": ch.reported_self, "discovered": ch.discovered,
            "already_found": False, "counted": 0.0, "limit": 0.0, "excess": 0.0, "months_without_right": 0,
            "right_again": None, "right_again_zoektermijn": False, "right_again_full": None,
            "zoektermijn_weeks": None, "zoektermijn_age": None,
            "bijstand_per_month": 0.0, "months_overpaid": 0, "overpaid_months": [], "reclaim_net": 0.0,
            "reclaim_gross": 0.0, "gross_from": None, "boete_min": 0.0, "boete_max": 0.0,
            "waarschuwing_possible": False, "boete": None, "repayment": None, "undiscovered": False,
            "leaves": False, "counted_until": None, "beyond_projection": True,
            "car_exempt": exempt if ch.kind == "auto" else None, "articles": [], "case_law": []}


# --- Car scenarios: keep, sell, needed for work, give back (from the car's month). -------------------------------

def _car(prepared: PreparedCase, proj: Projection) -> tuple[Span | None, float, int, int]:
    """The car the scenarios are about: the last car that came by a change (its span), else the case's own car;
    its value, its month index, and the month it is given back (a later change to 0, else now: the case month,
    but not before the month after it came)."""
    case = prepared.case
    # A car that comes after the projection's last month is named by its event (beyond_projection), not walked.
    cars = [s for s in proj.changes.spans if s.change.kind == "auto" and s.change.value > 0
            and s.k < len(proj.months)]
    if not cars:
        return None, case.assets.car_value, proj.first, proj.first
    car = cars[-1]
    back = car.end if car.end is not None else max(proj.first, car.k + 1)
    return car, car.change.value, car.k, back


def _walk(s: Series, proj: Projection, goods: np.ndarray, inflow: np.ndarray) -> dict:
    """The stay walk over the series with other goods (a scenario): the case's own assets plus `goods`, and money
    that comes (`inflow`, the sale of the car)."""
    wa = proj.walk_args
    first = proj.first
    besides0 = float(wa["besides_savings"][first] - proj.changes.goods[first])
    n = len(s.months)
    rises = np.zeros(n, dtype=bool)
    rises[1:] = goods[1:] > goods[:-1] + 0.005
    rises |= inflow > 0
    return vermogen_per_maand.maandtoets(
        need=s.need, after_work=np.zeros(n, dtype=bool), hours=np.zeros(n), first_window=0, months=s.months,
        besides_savings=besides0 + goods, limit=s.limit, continuous=s.continuous,
        savings0=proj.prepared.case.assets.savings, per_month_saving=0.0, young=wa["young"],
        zoek_days=wa["zoek_days"], inflow=inflow, rises=rises)


def asset_scenarios(prepared: PreparedCase, proj: Projection, events: list[dict] | None = None) -> list[dict]:
    """With a car: keep it, sell it, needed for work (with the exempt part), and give it back when it came as a
    change (someone put it in the client's name; `from` says who, if the case does); from the month the car came
    (or the case month). Months without a right, what the client lives on, reclaim and boete risk. Give back: the
    car counts until the month it leaves; the reclaim of the months before stays."""
    case = prepared.case
    car_span, car, k_car, back = _car(prepared, proj)
    if car <= 0:
        return []
    s = series(proj, k_car)
    n = len(s.months)
    j_car, j_back = s.at(k_car), min(max(s.at(back), 0), n)
    exempt = car_exemption(prepared)
    municipal = exempt["municipal"] or 0.0
    # The case's own car is in the case's assets (the walk's base): a scenario about it replaces it; a scenario
    # about a car that came later leaves it as it is.
    base = -float(vermogen.auto_meegeteld(car, case.assets.car_exempt or 0.0)) if car_span is None else 0.0
    p_boete, p_bs = prepared.snap.reg("boete"), prepared.snap.reg("bijstand")
    rows = []
    choices = [("keep", max(car - municipal, 0.0), 0.0), ("sell", 0.0, car),
               ("needed", max(car - exempt["amount"], 0.0), 0.0)]
    if car_span is not None:  # an own car (assets.car_value only) was given by no one: no one to give it back to
        choices.append(("give_back", car, 0.0))
    for name, counted_car, sale in choices:
        goods, inflow = np.full(n, base), np.zeros(n)
        goods[j_car:j_back if name == "give_back" else n] += counted_car
        if j_car < n:
            inflow[j_car] = sale
        w = _walk(s, proj, goods, inflow)
        rows.append(_scenario_row(name, s, w, j_car, j_back, exempt, municipal, p_boete, events, car_span, p_bs))
    return rows


def _scenario_row(name, s: Series, w: dict, j_car: int, j_back: int, exempt: dict, municipal: float, p_boete,
                  events, car_span, p_bs) -> dict:
    right = _right(w["blocked"], w["zoektermijn"], s, j_car, p_bs)
    lost = float((s.need[j_car:] * w["blocked"][j_car:]).sum())
    per_month = float(s.need[j_car]) if w["blocked"][j_car] else 0.0
    fine = boete.boete(per_month, p_boete)
    lives_on = ("bijstand_at_risk" if name == "give_back" else "bijstand" if right["months_without_right"] == 0
                else "sale_money" if name == "sell" else "own_means_or_loan")
    row = {
        "scenario": name, "from": s.label(j_car), "given_by": car_span.change.from_ if car_span is not None else None,
        "counted": round(float(w["counted"][j_car]), 2), "limit": round(float(s.limit[j_car]), 2),
        "excess": round(max(float(w["counted"][j_car] - s.limit[j_car]), 0.0), 2),
        "eligible": bool(not w["blocked"][j_car]), **right,
        "bijstand_lost": round(lost, 2), "lives_on": lives_on,
        "reclaim_per_month_unreported": round(per_month, 2),
        "boete_min_per_month": round(fine["min"], 2), "boete_max_per_month": round(fine["max"], 2),
        "exempt": round(exempt["amount"], 2) if name == "needed" else round(municipal, 2) if name == "keep"
        else 0.0, "exempt_source": exempt["source"] if name == "needed" else None,
        "articles": [*ART_GIVE_BACK, *CASE_LAW] if name == "give_back" else ["Participatiewet art. 34 lid 2 a"],
    }
    if name == "give_back":
        # The car counted until it left: the months before stay without a right, and what was paid in them while
        # it was not reported stays to be paid back (art. 58 lid 1).
        back_label = s.label(j_back) if j_back < len(s.months) else None
        ev = _car_event(events, car_span)
        kept = [m for m in (ev or {}).get("overpaid_months", []) if back_label is None or m < back_label]
        row.update(given_back=back_label, reclaim_months=kept,
                   reclaim_net=round(sum(float(s.need[months_between(s.months[0], month_of(m))]) for m in kept), 2))
    return row


def _car_event(events: list[dict] | None, car_span) -> dict | None:
    if not events or car_span is None:
        return None
    return next((e for e in events if e["kind"] == "auto" and e["month"] == car_span.change.month
                 and e["value"] == car_span.change.value), None)
