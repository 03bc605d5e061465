"""The TW-toeslag on the WW after a temporary contract (Toeslagenwet; rules/toeslagenwet/toeslag.py).

Participatiewet art. 15: the TW goes before bijstand, so in a WW month UWV first tops the WW up to the sociaal
minimum (gross, per day x 21,75, with the 8 % vakantie-uitkering); the toeslag is taxed with the WW (through the
`benefit_gross` of compose) and bijstand tops up what is left to the norm. The TW has no asset test: a client
above the vermogensgrens keeps WW + TW while bijstand is refused. Codes and numbers only.

Income per day (art. 6; Algemeen inkomensbesluit socialezekerheidswetten art. 2:2 wage, 2:4 benefits such as the
WW, 2:5 vakantiebijslag does not count): the WW without its vakantiebijslag, plus the own and the partner's gross
wage (without vakantiegeld, minus the art. 7 vrijlating, once of the couple's sum) and other benefits, per
month / 21,75.
A month whose TW amounts are not in the pack gets no toeslag and says so (`unknown`).
"""

from __future__ import annotations

import numpy as np

from werktloont.engine.couple import taxable_from_net
from werktloont.rules.toeslagenwet import toeslag as tw

PROBE = "toeslagenwet.sociaal_minimum_gehuwd_dag"


# AIB art. 2:4 lists the overig inkomen (benefits, pensions, studiefinanciering); alimentatie is not in it.
NOT_INCOME = ("alimentatie", "kinderalimentatie")


def _income_per_day(adults, p, minimumloon_dag: float, dagen: float, weeks: float, p_ib) -> float:
    """Art. 6-7: the own income per day besides the WW of the adult with WW and of the partner: the wage of a
    current job (without vakantiegeld) minus the art. 7 vrijlating, and benefits (gross; a net amount grossed up)."""
    arbeid, benefit = 0.0, 0.0
    for adult in adults:
        job = adult.current_job
        arbeid += job.hourly_wage * job.hours_per_week * weeks / dagen if job is not None else 0.0
        benefit += sum(item.gross_per_month if item.gross_per_month is not None
                       else float(taxable_from_net(item.net_per_month or 0.0, p_ib)) / 12.0
                       for item in adult.other_income if item.kind not in NOT_INCOME) / dagen
    # Art. 7 takes its part once, of "het inkomen uit arbeid", which art. 6 lid 1 a makes the couple's sum.
    return arbeid - tw.vrijlating_arbeid_dag(arbeid, minimumloon_dag, p) + benefit


def plan(case, plan_job, info: dict, months, days, hkeys, hh_real) -> dict:
    """Fill `plan_job.tw_gross` (gross TW per month incl. vakantie-uitkering) for the WW months after the contract;
    returns the summary row: status, the sociaal minimum and the toeslag per month (codes and numbers)."""
    ww = info.get("ww")
    if ww is None or not ww["wekeneis"]["met"]:
        return {}
    adults = case.household.adults
    person = case.job.person if case.job is not None else 0
    claimant_age = adults[person].age
    partner_age = adults[1 - person].age if len(adults) > 1 else None
    dagloon = float(ww["dagloon"]["dagloon"])
    row: dict = {"status": "none", "months": [], "capped": False, "unknown_months": []}
    case_year = int(case.date[:4])
    for i in np.nonzero((plan_job.ww_gross > 0) & (plan_job.hours <= 0))[0]:
        snap = days.snaps[i]
        if not snap.has(PROBE):
            row["unknown_months"].append(int(i))
            continue
        p, p_ww, h = snap.reg(tw.REG), snap.reg("ww"), hh_real[hkeys[i]]
        has_partner = bool(h.has_partner[0])
        # The ages are the case date's: the birth year is the case year minus the age (not a later month's year).
        if not tw.partner_voorwaarde(has_partner=has_partner, partner_age=partner_age, year=case_year,
                                     youngest_child_age=int(h.youngest_child_age[0]), p=p):
            row["status"] = row["status"] if row["status"] == "paid" else "partner_condition"
            continue
        situatie = tw.leefsituatie(has_partner=has_partner, age=claimant_age, cost_sharers=int(h.cost_sharers[0]),
                                   p=p)
        minimum = tw.sociaal_minimum_dag(situatie=situatie, age=claimant_age,
                                         aow_leeftijd=snap.reg("bijstand")["aow_leeftijd"], p=p)
        if minimum <= 0:  # art. 2 lid 5-6: under 18 or from the AOW age
            row["status"] = row["status"] if row["status"] == "paid" else "age"
            continue
        dagen = float(p_ww["dagen_per_maand"])
        p_ml = snap.reg("minimumloon")
        minimumloon_dag = tw.minimumloon_dag(situatie=situatie, age=claimant_age,
                                             minimummaandloon=float(p_ml["minimummaandloon"]), dagen=dagen, p_ml=p_ml)
        vb = 1.0 + p_ww.rate("dagloon_vakantiebijslag_opslag_percent")
        full_month = plan_job.ww_pct[i] / 100.0 * dagloon * dagen
        fraction = min(float(plan_job.ww_gross[i]) / full_month, 1.0) if full_month > 0 else 0.0
        uitkering_dag = plan_job.ww_pct[i] / 100.0 * dagloon / vb  # art. 8a lid 2: without vakantiebijslag
        other = _income_per_day(adults if has_partner else adults[person:person + 1], p, minimumloon_dag, dagen,
                                p_ml["weken_per_maand"], snap.reg("inkomstenbelasting"))
        t = tw.toeslag_dag(sociaal_minimum=minimum, inkomen_dag=uitkering_dag + other, dagloon_dag=dagloon / vb,
                           uitkering_dag=uitkering_dag, situatie=situatie, minimumloon_dag=minimumloon_dag, p=p)
        plan_job.tw_gross[i] = tw.per_maand(t["toeslag"], dagen, p) * fraction
        row["capped"] = row["capped"] or t["capped"]
        row["sociaal_minimum_dag"], row["leefsituatie"] = minimum, situatie
        source = snap.pack.lookup(f"{tw.REG}.{tw.sociaal_minimum_key(situatie, claimant_age, p)}", snap.on).sources[0]
        row["source"] = {"title": source.title, "url": source.url}
        if plan_job.tw_gross[i] > 0.005:
            row["status"] = "paid"
            row["months"].append(int(i))
        elif row["status"] == "none":
            row["status"] = "above_minimum"
    return row
