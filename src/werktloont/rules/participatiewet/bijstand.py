"""Participatiewet art. 20-24a (normen, verhogingen, inrichting), 31 lid 2 m (giften), 32 lid 3; the inkomstenvrijlating
(art. 31 lid 2 n/r, 34a) is in inkomstenvrijlating.py."""

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
    gehuwden = couple
    couple = np.where(partner_entitled, couple, cents_half_up(couple * p.rate("niet_rechthebbende_partner_percent")))

    # Which parameters the norm depends on is traced by the snapshot (engine/compose.py), not listed here.
    # "norm_gehuwden": the couple's norm as if both were entitled (the line of art. 32 lid 3).
    return {"norm": np.where(has_partner, couple, single), "norm_gehuwden": np.where(has_partner, gehuwden, 0.0)}


def inkomen_niet_rechthebbende_partner(partner_income, other_counted, norm_amount, norm_gehuwden) -> np.ndarray:
    """Art. 32 lid 3: the income of a partner without a right to bijstand counts only for the part by which the
    couple's income together, with the bijstand that would be granted without that income, exceeds the norm for
    gehuwden. Without it: the entitled partner's counted income plus bijstand is max(own counted, norm)."""
    partner = np.maximum(np.asarray(partner_income, dtype=float), 0.0)
    over = np.maximum(np.asarray(other_counted, dtype=float), norm_amount) + partner - norm_gehuwden
    return np.clip(over, 0.0, partner)


def verhoging_jongeren(norm_amount, *, client_age, has_partner, parents_cannot_contribute, n_children, p,
                       partner_age=None, partner_parents_cannot_contribute=None):
    """Art. 20 lid 3-4 (from 2026): "voor belanghebbenden van 18, 19 of 20 jaar" whose parents cannot contribute,
    the college raises the norm by the verhoging, per such person (a single person, or each young partner of a
    couple: the text is not limited to singles), at most up to the art. 21 norm "in een vergelijkbare situatie"
    (lid 4: art. 21 a for a single person or single parent, 21 b for a couple). Before 2026 the pack has no
    verhoging (then bijzondere bijstand, art. 12): the norm is returned unchanged."""
    del n_children  # art. 21 gives a single parent the single person's amount since 2015
    extra = p.get("verhoging_18_20_zonder_ouders")
    norm_amount = np.asarray(norm_amount, dtype=float)
    young = p["jongerennorm_max_leeftijd"]
    count = (np.asarray(parents_cannot_contribute) & (np.asarray(client_age) < young)).astype(int)
    if partner_age is not None and partner_parents_cannot_contribute is not None:
        count = count + (np.asarray(has_partner) & np.asarray(partner_parents_cannot_contribute)
                         & (np.asarray(partner_age) < young)).astype(int)
    if extra is None or not np.any(count > 0):
        return norm_amount
    couple = np.asarray(has_partner) & (count > 0)
    cap = np.where(couple, p["norm_gehuwden_21"] if np.any(couple) else 0.0, p["norm_alleenstaande_21"])
    return np.where(count > 0, np.minimum(norm_amount + count * extra, cap), norm_amount)


def norm_inrichting(norm_amount, *, client_in, partner_in, has_partner, client_age, partner_age, n_children,
                    cost_sharers, p) -> np.ndarray:
    """Art. 23 (verblijf in een inrichting, art. 1 onder f): lid 1 a/b the norm for a single person (or single
    parent) and for a couple both in an inrichting, each raised by lid 2 a/b; lid 3 one spouse in an inrichting:
    the sum of the norms that would apply to each of them as a single person. Art. 13 lid 2 a: a person of 18, 19
    or 20 in an inrichting has no right to algemene bijstand (so counts 0 in that sum)."""
    norm_amount = np.asarray(norm_amount, dtype=float)
    c_in, p_in = np.asarray(client_in, dtype=bool), np.asarray(partner_in, dtype=bool) & np.asarray(has_partner)
    if not np.any(c_in | p_in):
        return norm_amount
    young = p["jongerennorm_max_leeftijd"]
    single_in = p["norm_inrichting_alleenstaande"] + p["inrichting_verhoging_alleenstaande"]
    c_young, p_young = np.asarray(client_age) < young, np.asarray(partner_age) < young
    alone = ~np.asarray(has_partner)
    out = np.where(alone & c_in, np.where(c_young, 0.0, single_in), norm_amount)
    both = c_in & p_in
    if np.any(both):
        couple_in = p["norm_inrichting_gehuwden"] + p["inrichting_verhoging_gehuwden"]
        out = np.where(both, np.where(c_young | p_young, 0.0, couple_in), out)
    one = ~alone & (c_in ^ p_in)
    if np.any(one):  # lid 3: the one inside as a single person in an inrichting, the other as a single person
        home_age = np.where(c_in, partner_age, client_age)
        home = norm(client_age=home_age, partner_age=0, has_partner=False, partner_entitled=True,
                    n_children=n_children, cost_sharers=cost_sharers, p=p)["norm"]
        inside = np.where(np.where(c_in, c_young, p_young), 0.0, single_in)
        out = np.where(one, home + inside, out)
    return out


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
