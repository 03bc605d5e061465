"""The timeline's summary: toeslagen per variant and year, WW, assets, car scenarios, warnings, notes and the
action codes (what the client must arrange). Codes and numbers only: the words are in werktloont.texts."""

from __future__ import annotations

from datetime import date, timedelta

from werktloont.engine.result import money
from werktloont.engine.timeline import after_contract
from werktloont.engine.timeline.money import JOB, STAY
from werktloont.engine.timeline.months import add_months, month_label, month_of
from werktloont.model.case import Case
from werktloont.rules.algemene_termijnenwet.werkdagen import next_werkdag, previous_werkdag
from werktloont.rules.participatiewet import vermogen_per_maand, zoektermijn

ASSET_TRANSFER = {
    "code": "asset_transfer",
    "rule": "Participatiewet art. 18 lid 2, art. 34 lid 1, art. 48 lid 2 onder b",
    "sources": [{"title": "Participatiewet (geldend 2026-01-01)", "url": "https://wetten.overheid.nl/BWBR0015703/2026-01-01"}],
}
# Always true of the projection (see the module docstring of engine.timeline).
STANDING_NOTES = ("toeslagen_settlement_timing", "amounts_convention", "job_starts_first_of_month", "ww_assumptions")


def _ww_row(ww: dict, months) -> dict:
    wk = ww["wekeneis"]
    row = {"first_month": month_label(months[ww["first_month"]]) if ww["first_month"] < len(months) else None,
           "weeks_worked": wk["weeks"], "weeks_required": wk["required"], "weeks_window": wk["window"],
           "entitled": wk["met"]}
    if wk["met"]:
        row.update(duration_months=ww["duration"]["months"], duration_basis=ww["duration"]["basis"],
                   dagloon=money(ww["dagloon"]["dagloon"]), dagloon_capped=ww["dagloon"]["capped"],
                   gross_per_month=[money(x) for x in ww["monthly"]])
    return row


def _tw_row(tw: dict, months) -> dict:
    """Toeslagenwet after the contract: `status` paid, partner_condition (art. 3), age (art. 2 lid 5-6),
    above_minimum or none; the months paid, the sociaal minimum per day and the leefsituatie (art. 2: gehuwd,
    alleenstaande, woningdeler), whether art. 8a (dagloon) limited it, months without known amounts."""
    row = {"status": tw["status"], "months": [month_label(months[i]) for i in tw["months"]],
           "capped_by_dagloon": tw["capped"], "unknown_months": [month_label(months[i]) for i in tw["unknown_months"]]}
    if "sociaal_minimum_dag" in tw:
        row["sociaal_minimum_per_day"] = money(tw["sociaal_minimum_dag"])
        row["leefsituatie"] = tw["leefsituatie"]
        row["rule"] = "Toeslagenwet art. 2, 3, 6, 7, 8, 8a en 10; Participatiewet art. 15"
        row["sources"] = [tw["source"]]
    return row


def asset_scenarios(case: Case, walk_args: dict, need, plans, besides_savings, limit, first: int) -> list[dict]:
    """With a car: keep it, sell it (the money becomes savings), or it is needed for work: then only the part the
    gemeente leaves free (assets.car_exempt) does not count (art. 34 lid 2 a)."""
    a = case.assets
    if a.car_value <= 0:
        return []
    exempt = a.car_exempt or 0.0
    car_counted_now = max(a.car_value - exempt, 0.0)
    rows = []
    for name, extra_savings, car in (("keep", 0.0, a.car_value), ("sell", a.car_value, 0.0),
                                     ("needed", 0.0, car_counted_now)):
        base = besides_savings - car_counted_now + car
        row: dict = {"scenario": name}
        for sc, key in ((STAY, "stay"), (JOB, "job")):
            w = vermogen_per_maand.maandtoets(need=need[sc], after_work=plans[sc].after_work, hours=plans[sc].hours,
                                              besides_savings=base, savings0=a.savings + extra_savings, **walk_args)
            lost = float((need[sc] * w["blocked"]).sum())
            row[key] = {"months_without_bijstand": int(w["blocked"][first:].sum()), "bijstand_lost": money(lost)}
        counted = max(a.savings + extra_savings + base[first], 0.0)
        row.update(counted_now=money(counted), limit=money(limit[first]),
                   eligible_now=bool(counted <= limit[first] + 1e-9))
        rows.append(row)
    return rows


def summary(*, case: Case, months, first, info, variants, walks, cross, days, scenarios, note_codes) -> dict:
    out: dict = {"start": month_label(months[first]), "end": month_label(months[-1]), "months": len(months) - first}
    notes = list(note_codes)
    b_idx = [i for i in range(first, len(months)) if days.beyond[i]]
    if b_idx:
        out["beyond_pack_from"] = month_label(months[b_idx[0]])
        notes.append({"code": "beyond_pack", "from_month": out["beyond_pack_from"],
                      "params_from": days.last_period_start().isoformat()})
    out["toeslagen"] = {name: {str(y): row for y, row in v[JOB]["years"].items()} for name, v in variants.items()}
    out["toeslagen_stay"] = {str(y): row for y, row in variants["doorgegeven"][STAY]["years"].items()}
    if not days.snaps[first].has("awir.terugvordering_drempel"):
        notes.append({"code": "terugvordering_drempel_unknown"})
    if info["ww"] is not None:
        out["ww"] = _ww_row(info["ww"], months)
    if info.get("tw"):
        out["toeslagenwet"] = tw = _tw_row(info["tw"], months)
        if tw["status"] != "none":
            notes.append({"code": f"tw_{tw['status']}", "capped": tw["capped_by_dagloon"],
                          "per_day": tw.get("sociaal_minimum_per_day")})
        if tw["unknown_months"]:
            notes.append({"code": "tw_unknown", "months": tw["unknown_months"]})
    if info["contract_end"] is not None:
        # a contract may end after the window: count on from its first month
        out["contract_end"] = month_label(add_months(months[0], info["contract_end"]))
    out["zoektermijn_months"] = [month_label(months[i]) for i in range(first, len(months))
                                 if walks[JOB]["zoektermijn"][i]]
    out["assets_cross_month"] = month_label(months[cross]) if cross is not None else None
    out["bijstand_months_lost_for_assets"] = {
        "job": int(walks[JOB]["blocked"][first:].sum()), "stay": int(walks[STAY]["blocked"][first:].sum())}
    if scenarios:
        out["asset_scenarios"] = scenarios
    transfer_risk = (cross is not None or any(w["blocked"].any() for w in walks)
                     or any(not s["eligible_now"] for s in scenarios))
    out["warnings"] = [dict(ASSET_TRANSFER)] if transfer_risk else []
    out["note_codes"] = notes + [{"code": c} for c in STANDING_NOTES]
    return out


def _last_day(contract_end: str | None) -> str | None:
    """The contract's last day as the projection counts it: the end of its last month (a job starts on the first of
    a month, STANDING_NOTES)."""
    if not contract_end:
        return None
    return (add_months(month_of(contract_end), 1) - timedelta(days=1)).isoformat()


def report_job_day(start: date, case_day: date) -> tuple[date, bool]:
    """When the client reports the job to the gemeente (Participatiewet art. 17: before the work starts): the working
    day before its first day; when that day has passed, the first working day from the case day. Returns the day and
    whether it falls on or after the first day of the job (then the client reports it at once)."""
    report = previous_werkdag(start - timedelta(days=1))
    day = report if report >= case_day else next_werkdag(case_day)
    return day, day >= start


def action_codes(case: Case, summary: dict, snap, after: dict | None = None) -> list[dict]:
    """The three things the client must arrange, as codes with their numbers; ages and weeks come from the pack.
    `start` (the job's first day, not before the case date) and `last_day` (the contract's) give the dates.
    `after` (after_contract.after_contract): what the projection pays after the contract; no action promises bijstand
    it does not pay, and `assets_block` names what keeps it out (with the month's `assets_limit`)."""
    job = case.job
    start = job.start if job is not None and job.start and job.start >= case.date else case.date
    # Art. 11, 13: without anyone's right to bijstand there is no gemeente to report to or to go back to.
    right = any(a.bijstand_entitled for a in case.household.adults)
    out: list[dict] = [{"code": "report_job", "start": start,
                        "started": report_job_day(date.fromisoformat(start), case.on)[1]}] if right else []
    tv = summary.get("toeslagen", {}).get("niet_doorgegeven", {})
    risk = [r for r in tv.values() if r.get("settlement", 0) < 0]
    out.append({"code": "report_income_toeslagen", "repay": abs(risk[0]["settlement"]) if risk else None,
                "repay_month": risk[0]["settlement_month"] if risk else None})
    blocked = after is not None and after["blocked"]
    block = {"assets_block": after_contract.assets_reason(case) if blocked else None,
             "assets_limit": after["limit"] if after is not None and blocked else None}
    ww = summary.get("ww")
    if ww is not None and ww["entitled"]:
        young = max(a.age for a in case.household.adults) < snap.reg("bijstand")["zoektermijn_max_leeftijd"]
        # Bijstand after the WW as the projection has it (unknown when the WW runs past it: the rule stands).
        bijstand_after = after is None or after["next"] is None or after["bijstand"]
        out.append({"code": "apply_ww", "weeks": int(snap.reg("ww")["aanvraag_uiterlijk_weken_na_werkloosheid"]),
                    "contract_end": summary.get("contract_end"), "last_day": _last_day(summary.get("contract_end")),
                    "tw": summary.get("toeslagenwet", {}).get("status") == "paid",
                    # Art. 41 lid 6: after WW no zoektermijn for a young client; he reports before the WW ends.
                    "report_before_ww_end_weeks": int(snap.reg("bijstand")["zoektermijn_weken"])
                    if young and zoektermijn.na_ww_vrijgesteld(snap.on) and bijstand_after else None,
                    # Supplementary bijstand next to the WW, unless the asset test keeps it out in every WW month.
                    "supplement": right and not (after is not None and after["blocked_in_ww"]), **block})
    elif not right:
        pass
    elif summary.get("contract_end"):
        p_bs = snap.reg("bijstand")
        zoek = bool(summary.get("zoektermijn_months"))
        last = _last_day(summary["contract_end"])
        # Bijstand starts on the day of the melding (PW art. 44 lid 1): by the day after the contract, on a working
        # day (the follow-up plan's date).
        by = previous_werkdag(date.fromisoformat(last) + timedelta(days=1)).isoformat() if last else None
        out.append({"code": "reapply_bijstand", "contract_end": summary["contract_end"], "last_day": last,
                    "apply_by": None if blocked else by,
                    "zoektermijn_age": int(p_bs["zoektermijn_max_leeftijd"]) if zoek else None,
                    "zoektermijn_weeks": int(p_bs["zoektermijn_weken"]) if zoek else None, **block})
    elif any(c.childcare for c in case.household.children):
        out.append({"code": "apply_kot"})
    else:
        out.append({"code": "watch_savings"})
    return out
