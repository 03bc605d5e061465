"""Each adult's own income next to the offer: tax per person, vrijlating per working partner.

Participatiewet art. 31-32: the income of both partners counts against the couple norm; the vrijlating
(art. 31 lid 2 n and r in 2025-2026, art. 34a from 2027; rules/versions.py) applies per partner who works. A
partner who is not entitled (art. 24) gets no vrijlating of their own, but their income counts only above the
gehuwdennorm (art. 32 lid 3; rules/participatiewet/bijstand.inkomen_niet_rechthebbende_partner).
Tax (Wet IB 2001) is per person over the year: the adult who takes the offer pays tax on the offer together with
their own job and benefits; the other adult on their own income. The IACK (art. 8.14a lid 1 c, lid 3) goes to the
partner with the lower arbeidsinkomen: without the offer that is decided here, per household; with the offer per
point (`with_other_iack`), since the offer's wage and hours decide who earns less.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from werktloont.engine.household import HouseholdArrays, any_true
from werktloont.rules.wet_inkomstenbelasting_2001 import inkomstenbelasting as ib


@dataclass
class OwnIncome:
    """Yearly amounts per person; "taker" is the adult who takes the offer, "other" the other adult."""

    base_year: np.ndarray          # taker's own taxable income without the offer (current job + benefits)
    base_wage_year: np.ndarray     # taker's current job, with vakantiegeld
    net_base_year: np.ndarray      # taker's net without the offer
    other_year: np.ndarray         # other adult's taxable income (job + benefits)
    other_wage_year: np.ndarray
    other_ak: np.ndarray
    net_other_year: np.ndarray
    untaxed_month: np.ndarray      # neither taxed nor counted (kinderalimentatie)


def taxable_from_net(net_month, p_ib) -> np.ndarray:
    """A benefit given net per month, as gross per year: the payer applies the loonheffingskorting (Wet LB art.
    22a), so the net is what the tax tables leave of the gross on its own."""
    net = np.asarray(net_month, dtype=float)
    return np.where(net > 0, ib.bruto_uit_netto_jaar(12.0 * net, 0.0, p_ib), 0.0)


def iack_young_child(hh: HouseholdArrays, p_ib) -> np.ndarray:
    """Art. 8.14a lid 1 b: a child that had not reached the IACK's age at the start of the calendar year (a month of
    the projection knows the youngest child's age on 1 January; elsewhere the month's own age stands in)."""
    youngest = hh.youngest_child_age if hh.youngest_child_age_1_january is None else hh.youngest_child_age_1_january
    return youngest < p_ib["iack_kind_max_leeftijd"]


def taker_is_older(hh: HouseholdArrays) -> np.ndarray:
    """Art. 8.14a lid 3 (equal arbeidsinkomen: the older partner): the ages are whole years, so at the same age the
    taker counts as the older one (an assumption: the case holds no birth dates)."""
    taker_age = hh.client_age if hh.offer_age is None else hh.offer_age
    return np.asarray(taker_age) >= np.asarray(hh.other_age)


def own_income(hh: HouseholdArrays, *, weeks_per_month: float, vg_rate: float, young_child,
               p_ib) -> OwnIncome:
    """The income each adult has without the offer (one value per household, cheap on curves). `young_child`: art.
    8.14a lid 1 b; the taker's IACK without the offer follows lid 1 c from both current jobs; the other adult's is
    added per point (`with_other_iack`)."""
    def person(wage_week, benefit_gross, benefit_net):
        wage_year = 12.0 * np.asarray(wage_week, dtype=float) * weeks_per_month * (1.0 + vg_rate)
        benefits = 12.0 * np.asarray(benefit_gross, dtype=float) + taxable_from_net(benefit_net, p_ib)
        return wage_year, wage_year + benefits, ib.arbeidskorting(wage_year, p_ib)

    partner = np.asarray(hh.has_partner, dtype=bool)
    t_wage, t_all, t_ak = person(hh.own_wage_week, hh.own_benefit_gross, hh.own_benefit_net)
    o_wage, o_all, o_ak = person(hh.other_wage_week, hh.other_benefit_gross, hh.other_benefit_net)
    taker_iack = ib.iack(t_wage, ib.iack_eligible(t_wage, young_child=young_child, has_partner=partner,
                                                   partner_arbeidsinkomen=o_wage, older=taker_is_older(hh)), p_ib)
    t_net = ib.netto_jaar(t_all, t_ak + taker_iack, p_ib)
    o_net = ib.netto_jaar(o_all, o_ak, p_ib)
    return OwnIncome(base_year=t_all, base_wage_year=t_wage, net_base_year=t_net,
                     other_year=np.where(partner, o_all, 0.0), other_wage_year=np.where(partner, o_wage, 0.0),
                     other_ak=np.where(partner, o_ak, 0.0), net_other_year=np.where(partner, o_net, 0.0),
                     untaxed_month=np.asarray(hh.untaxed_income, dtype=float))


def with_other_iack(own: OwnIncome, hh: HouseholdArrays, *, taker_work_year, young_child,
                    p_ib) -> tuple[OwnIncome, np.ndarray]:
    """The other adult's IACK at each point (art. 8.14a lid 1 c, lid 3): theirs when their own arbeidsinkomen is
    lower than the taker's (the offer and the taker's own job). A heffingskorting: it raises their net income only
    as far as their own tax goes (art. 8.8). Returns their income with it (net and kortingen per point; the
    toetsingsinkomen grosses up with the same kortingen) and the IACK's effect on their net year income."""
    eligible = ib.iack_eligible(own.other_wage_year, young_child=young_child, has_partner=hh.has_partner,
                                partner_arbeidsinkomen=taker_work_year, older=~taker_is_older(hh))
    korting = ib.iack(own.other_wage_year, eligible, p_ib)
    if not any_true(korting > 0):
        return own, np.zeros(1)
    net = np.where(hh.has_partner, ib.netto_jaar(own.other_year, own.other_ak + korting, p_ib), 0.0)
    return replace(own, other_ak=own.other_ak + korting, net_other_year=net), net - own.net_other_year


def other_vrijlating(own: OwnIncome, hh: HouseholdArrays, *, existing_months=None, p_ib, p_bs,
                     rule) -> np.ndarray:
    """The vrijlating on the other adult's net wage (art. 31 lid 2 n / art. 34a), only for an entitled partner.

    The partner's job runs already: `existing_months` (per point) is the month of its vrijlating period, from
    current_job.start (month 1 in the case month when not given), the same with and without the offer (so the
    offer is not credited or blamed for the partner's vrijlating ending); the lasting answer takes it as over in
    both situations. The offer's own months are deliberately not used here.
    """
    if not any_true(own.other_wage_year > 0):
        return np.zeros(1)
    running = 1.0 if existing_months is None else np.asarray(existing_months, dtype=float)
    net_work = ib.netto_jaar(own.other_wage_year, ib.arbeidskorting(own.other_wage_year, p_ib), p_ib) / 12.0
    medisch = {"medisch_urenbeperkt": hh.other_medisch} if any_true(hh.other_medisch) else {}
    vrij = rule.amount(net_work, client_age=hh.other_age, single_parent_young_child=False,
                       month=np.where(own.other_wage_year > 0, running, 0.0), p=p_bs, **medisch)["vrijlating"]
    return np.where(hh.has_partner & hh.other_entitled, vrij, 0.0)
