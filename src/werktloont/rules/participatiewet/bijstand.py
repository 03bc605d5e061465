"""Participatiewet art. 20-22a, 24 (normen, kostendelersnorm), 31 lid 2 n/r and lid 5 (inkomstenvrijlating)."""

from __future__ import annotations

import numpy as np

from werktloont.rules.afronding import cents_half_up

REG = "bijstand"


def kostendelersnorm_per_persoon(a, basis, p) -> np.ndarray:
    """Art. 22a lid 1: ((40 % + A x 30 %) / A) x B, A = number of persons sharing the costs."""
    a = np.maximum(np.asarray(a, dtype=float), 1.0)
    return cents_half_up((p.rate("kostendelersnorm_basis_percent")
                          + a * p.rate("kostendelersnorm_opslag_percent")) / a * basis)


def norm(*, client_age, partner_age, has_partner, partner_entitled, n_children, cost_sharers, p) -> dict:
    """The monthly norm for the household (net, incl. vakantietoeslag), and how it was chosen.

    Ages are whole years; `partner_age` is ignored where there is no partner. Cost sharers are
    persons of 27 or older (art. 19a); the caller counts them.
    """
    aow, young = p["aow_leeftijd"], p["jongerennorm_max_leeftijd"]
    c_age = np.asarray(client_age, dtype=float)
    p_age = np.where(has_partner, partner_age, c_age)
    kids = np.asarray(n_children) > 0
    sharers = np.asarray(cost_sharers, dtype=float)

    c_aow, p_aow = c_age >= aow, p_age >= aow
    c_young, p_young = c_age < young, p_age < young

    # Single person or single parent (art. 20 lid 1 a / lid 2 a, 21 a, 22 a).
    single_base = np.select([c_aow, c_young & kids, c_young],
                            [p["norm_aow_alleenstaande"], p["norm_18_20_alleenstaande_ouder"],
                             p["norm_18_20_alleenstaande"]], p["norm_alleenstaande_21"])
    single_b = np.where(c_aow, p["norm_aow_gehuwden"], p["norm_gehuwden_21"])
    single_kdn = kostendelersnorm_per_persoon(1 + sharers, single_b, p)
    single = np.where((sharers > 0) & ~c_young, single_kdn, single_base)

    # Couples (art. 20 lid 1 b-c / lid 2 b-c, 21 b, 22 b-c).
    both_aow, one_aow = c_aow & p_aow, c_aow ^ p_aow
    both_young, one_young = c_young & p_young, c_young ^ p_young
    couple_base = np.select(
        [both_aow, one_aow, both_young & kids, both_young, one_young & kids, one_young],
        [p["norm_aow_gehuwden"], p["norm_aow_gehuwden_een_aow"], p["norm_18_20_gehuwden_beiden_kinderen"],
         p["norm_18_20_gehuwden_beiden"], p["norm_18_20_gehuwden_een_21_kinderen"],
         p["norm_18_20_gehuwden_een_21"]], p["norm_gehuwden_21"])
    couple_b = np.select([both_aow, one_aow], [p["norm_aow_gehuwden"], p["norm_aow_gehuwden_een_aow"]],
                         p["norm_gehuwden_21"])
    # Art. 22a lid 2: each partner of 21+ gets the kostendelersnorm; A counts both partners.
    couple_kdn = 2 * kostendelersnorm_per_persoon(2 + sharers, couple_b, p)
    # Art. 22a lid 3: a partner of 18-20 gets a fixed amount; the older partner the kostendelersnorm.
    young_part = np.where(kids, p["kostendelersnorm_18_20_partner_kinderen"],
                          p["kostendelersnorm_18_20_partner_zonder_kinderen"])
    couple_mixed_kdn = young_part + kostendelersnorm_per_persoon(1 + sharers, p["norm_gehuwden_21"], p)
    couple = np.select([(sharers > 0) & ~c_young & ~p_young, (sharers > 0) & one_young],
                       [couple_kdn, couple_mixed_kdn], couple_base)
    # Art. 24: with a partner who is not entitled, the norm is 50 % of the norm for gehuwden.
    couple = np.where(partner_entitled, couple, cents_half_up(couple * p.rate("niet_rechthebbende_partner_percent")))

    result = np.where(has_partner, couple, single)
    used = ["norm_alleenstaande_21", "norm_gehuwden_21"]
    if np.any(sharers > 0):
        used += ["kostendelersnorm_basis_percent", "kostendelersnorm_opslag_percent", "kostendeler_minimum_leeftijd"]
    if np.any(c_young) or np.any(has_partner & p_young):
        used += ["jongerennorm_max_leeftijd"]
    if np.any(has_partner & ~np.asarray(partner_entitled)):
        used += ["niet_rechthebbende_partner_percent"]
    return {"norm": result, "used": tuple(f"{REG}.{u}" for u in used)}


def inkomstenvrijlating(net_work_income, *, client_age, single_parent_young_child, months_into_job, p) -> dict:
    """Art. 31 lid 2 n (25 %, capped, first 6 months) and r (single parent, 12,5 %, next 30 months).

    None below 27 (art. 31 lid 5) and none at AOW age or above (n applies below AOW age).
    `months_into_job`: 1 for the first month of the job.
    """
    age = np.asarray(client_age, dtype=float)
    income = np.maximum(np.asarray(net_work_income, dtype=float), 0.0)
    allowed = (age >= p["vrijlating_minimum_leeftijd"]) & (age < p["aow_leeftijd"]) & (income > 0)
    month = np.asarray(months_into_job, dtype=float)
    n_months = p["vrijlating_algemeen_maanden"]
    in_n = allowed & (month >= 1) & (month <= n_months)
    in_r = (allowed & np.asarray(single_parent_young_child) & (month > n_months)
            & (month <= n_months + p["vrijlating_alleenstaande_ouder_maanden"]))
    n_amount = np.minimum(p.rate("vrijlating_algemeen_percent") * income, p["vrijlating_algemeen_max"])
    r_amount = np.minimum(p.rate("vrijlating_alleenstaande_ouder_percent") * income,
                          p["vrijlating_alleenstaande_ouder_max"])
    amount = cents_half_up(np.where(in_n, n_amount, np.where(in_r, r_amount, 0.0)))
    used: tuple[str, ...] = ("vrijlating_minimum_leeftijd", "vrijlating_algemeen_percent", "vrijlating_algemeen_max",
            "vrijlating_algemeen_maanden")
    if np.any(in_r):
        used += ("vrijlating_alleenstaande_ouder_percent", "vrijlating_alleenstaande_ouder_max",
                 "vrijlating_alleenstaande_ouder_maanden", "vrijlating_alleenstaande_ouder_kind_max_leeftijd")
    return {"vrijlating": amount, "in_n": in_n, "in_r": in_r, "used": tuple(f"{REG}.{u}" for u in used)}


def aanvullende_bijstand(norm_amount, counted_income, eligible) -> np.ndarray:
    """Art. 19 lid 1-2 and art. 31-32: norm minus the counted (net) income, not below 0; 0 if not entitled."""
    return np.where(eligible, np.maximum(np.asarray(norm_amount) - counted_income, 0.0), 0.0)
