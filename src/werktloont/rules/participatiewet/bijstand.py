"""Participatiewet art. 20-22a, 24, 24a (normen, verhogingen), 31 lid 2 m/n/r and lid 5, 34a (inkomstenvrijlating)."""

from __future__ import annotations

import numpy as np

from werktloont.rules.afronding import cents_half_up

REG = "bijstand"


def kostendelersnorm_per_persoon(a, basis, p) -> np.ndarray:
    """Art. 22a lid 1: ((40 % + A x 30 %) / A) x B, A = number of persons sharing the costs."""
    a = np.maximum(np.asarray(a, dtype=float), 1.0)
    return cents_half_up((p.rate("kostendelersnorm_basis_percent")
                          + a * p.rate("kostendelersnorm_opslag_percent")) / a * basis)


def norm(*, client_age, partner_age, has_partner, partner_entitled, n_children, cost_sharers, p,
         client_entitled=True) -> dict:
    """The monthly norm for the household (net, incl. vakantietoeslag), and how it was chosen.

    Ages are whole years; `partner_age` is ignored where there is no partner. Cost sharers are
    persons of 27 or older (art. 19a); the caller counts them. `partner_entitled` False: one of the couple has no
    right to bijstand (art. 24); `client_entitled` says which one: True (the default) when it is the partner.
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
    gehuwden = couple
    # One spouse without a right to bijstand: only the other one's norm (art. 24, or art. 22a with kostendelers).
    e_age, o_age = np.where(client_entitled, c_age, p_age), np.where(client_entitled, p_age, c_age)
    couple = np.where(partner_entitled, couple, _norm_een_rechthebbende(e_age, o_age, kids, sharers, p))

    # Which parameters the norm depends on is traced by the snapshot (engine/compose.py), not listed here.
    # "norm_gehuwden": the couple's norm as if both were entitled (the line of art. 32 lid 3).
    return {"norm": np.where(has_partner, couple, single), "norm_gehuwden": np.where(has_partner, gehuwden, 0.0)}


def _norm_een_rechthebbende(e_age, o_age, kids, sharers, p) -> np.ndarray:
    """The norm of gehuwden of whom only the spouse aged `e_age` has a right to bijstand (the other is `o_age`)."""
    aow, young = p["aow_leeftijd"], p["jongerennorm_max_leeftijd"]
    half = p.rate("niet_rechthebbende_partner_percent")
    e_aow = e_age >= aow
    # Art. 24 b: the entitled spouse is 18-20: 50 % of the norm of gehuwden who are both 18-20 (art. 20 lid 1 b, 2 b).
    young_norm = cents_half_up(half * np.where(kids, p["norm_18_20_gehuwden_beiden_kinderen"],
                                               p["norm_18_20_gehuwden_beiden"]))
    # Art. 24 a: 21 or older without kostendelers: 50 % of the norm he would have "gehuwd met een rechthebbende
    # echtgenoot van zijn leeftijd", so art. 21 b, or art. 22 b at the pensioengerechtigde leeftijd.
    own_age_norm = cents_half_up(half * np.where(e_aow, p["norm_aow_gehuwden"], p["norm_gehuwden_21"]))
    # With kostendelers art. 24 does not apply to him: art. 22a lid 1-2, the kostendelersnorm of the entitled spouse
    # alone; A counts the other spouse only from 21; B is art. 21 b, 22 c (the other at AOW age) or 22 b (he is).
    b = np.select([e_aow, o_age >= aow], [p["norm_aow_gehuwden"], p["norm_aow_gehuwden_een_aow"]],
                  p["norm_gehuwden_21"])
    kdn = kostendelersnorm_per_persoon(1 + sharers + (o_age >= young), b, p)
    return np.select([e_age < young, sharers > 0], [young_norm, kdn], own_age_norm)


def inkomen_niet_rechthebbende_partner(partner_income, other_counted, norm_amount, norm_gehuwden) -> np.ndarray:
    """Art. 32 lid 3: the income of a partner without a right to bijstand counts only for the part by which the
    couple's income together, with the bijstand that would be granted without that income, exceeds the norm for
    gehuwden. Without it: the entitled partner's counted income plus bijstand is max(own counted, norm)."""
    partner = np.maximum(np.asarray(partner_income, dtype=float), 0.0)
    over = np.maximum(np.asarray(other_counted, dtype=float), norm_amount) + partner - norm_gehuwden
    return np.clip(over, 0.0, partner)


def inkomstenvrijlating(net_work_income, *, client_age, single_parent_young_child, months_into_job, p,
                        version: str = "2025") -> dict:
    """The part of the net income from work left free, by rule version (rules/versions.py "inkomstenvrijlating").

    "2025" (art. 31 lid 2 n and r, lid 5): 25 % capped for the first 6 months, then for a single parent 12,5 %
    capped for 30 months; none below 27; at AOW age n applies without a time limit (n limits the months only below
    the pensioengerechtigde leeftijd). "2027" (art. 34a lid 1 a and c): 15 % without a maximum for a continuous
    period of 12 months, at every age; at AOW age 25 % up to a maximum, without a time limit.
    `months_into_job`: the month of the vrijlating period, 1 for the first month with work and bijstand.
    """
    age = np.asarray(client_age, dtype=float)
    income = np.maximum(np.asarray(net_work_income, dtype=float), 0.0)
    month = np.asarray(months_into_job, dtype=float)
    aow = age >= p["aow_leeftijd"]
    none = np.zeros(np.broadcast_shapes(age.shape, income.shape, month.shape), dtype=bool)
    if version == "2027":
        working = (income > 0) & (month >= 1)
        in_34a = working & ~aow & (month <= p["vrijlating_34a_maanden"])
        in_aow = working & aow
        a34 = p.rate("vrijlating_34a_percent") * income
        a_aow = (np.minimum(p.rate("vrijlating_34a_aow_percent") * income, p["vrijlating_34a_aow_max"])
                 if np.any(in_aow) else 0.0)
        amount = cents_half_up(np.where(in_34a, a34, np.where(in_aow, a_aow, 0.0)))
        return {"vrijlating": amount, "in_n": none, "in_r": none, "in_34a": in_34a | in_aow}
    allowed = (age >= p["vrijlating_minimum_leeftijd"]) & (income > 0) & (month >= 1)
    n_months = p["vrijlating_algemeen_maanden"]
    in_n = allowed & ((month <= n_months) | aow)
    in_r = (allowed & ~aow & np.asarray(single_parent_young_child) & (month > n_months)
            & (month <= n_months + p["vrijlating_alleenstaande_ouder_maanden"]))
    n_amount = np.minimum(p.rate("vrijlating_algemeen_percent") * income, p["vrijlating_algemeen_max"])
    r_amount = (np.minimum(p.rate("vrijlating_alleenstaande_ouder_percent") * income,
                           p["vrijlating_alleenstaande_ouder_max"]) if np.any(in_r) else 0.0)
    amount = cents_half_up(np.where(in_n, n_amount, np.where(in_r, r_amount, 0.0)))
    return {"vrijlating": amount, "in_n": in_n, "in_r": in_r, "in_34a": none}


def verhoging_jongeren(norm_amount, *, client_age, has_partner, parents_cannot_contribute, n_children, p):
    """Art. 20 lid 3-4 (from 2026): a single person of 18-20 whose parents cannot contribute gets the verhoging on
    top of the art. 20 norm, at most up to the art. 21 norm of a comparable single person (lid 4). Before 2026 the
    pack has no verhoging (then bijzondere bijstand, art. 12): the norm is returned unchanged."""
    extra = p.get("verhoging_18_20_zonder_ouders")
    norm_amount = np.asarray(norm_amount, dtype=float)
    applies = (~np.asarray(has_partner) & np.asarray(parents_cannot_contribute)
               & (np.asarray(client_age) < p["jongerennorm_max_leeftijd"]))
    if extra is None or not np.any(applies):
        return norm_amount
    # Lid 4: the comparable art. 21 norm is the single (parent's) norm; n_children does not change it since 2015.
    del n_children
    raised = np.minimum(norm_amount + extra, p["norm_alleenstaande_21"])
    return np.where(applies, raised, norm_amount)


def verhoging_24a(norm_amount, *, has_partner, partner_entitled, n_children, alleenstaande_ouderkop) -> np.ndarray:
    """Art. 24a (from 2026, rules/versions.py "norm_verhoging_24a"): the norm plus 1/12 of the yearly
    alleenstaande-ouderkop (Wet op het kindgebonden budget art. 2 lid 6) for a belanghebbende with a child who is
    gehuwd with a partner without right to bijstand and has that partner as toeslagpartner (Awir art. 3), which
    takes the kop away in the kindgebonden budget. Here a partner is always a toeslagpartner, so the three
    conditions of 24a a-c come down to: partner, not entitled, a child."""
    norm_amount = np.asarray(norm_amount, dtype=float)
    applies = np.asarray(has_partner) & ~np.asarray(partner_entitled) & (np.asarray(n_children) > 0)
    # The law gives no rounding; norms are amounts in cents.
    return np.where(applies, norm_amount + cents_half_up(alleenstaande_ouderkop / 12.0), norm_amount)


def giften_meegeteld(gifts_per_year, p) -> np.ndarray:
    """Art. 31 lid 2 m (from 2026): gifts and cost-saving contributions count only above the yearly amount; per
    month the part above it, spread over the year. In 2025 (no fixed amount, college policy) nothing is counted."""
    free = p.get("giftenvrijlating_jaar")
    gifts = np.maximum(np.asarray(gifts_per_year, dtype=float), 0.0)
    if free is None:
        return np.zeros_like(gifts)
    return np.maximum(gifts - free, 0.0) / 12.0


def aanvullende_bijstand(norm_amount, counted_income, eligible) -> np.ndarray:
    """Art. 19 lid 1-2 and art. 31-32: norm minus the counted (net) income, not below 0; 0 if not entitled."""
    return np.where(eligible, np.maximum(np.asarray(norm_amount) - counted_income, 0.0), 0.0)
