"""The kindgebonden budget for 2027 as the law sets it in advance (Wet op het kindgebonden budget art. 3 lid 5 and 7).

The law's words (the same in the texts geldend 2026-01-01 and 2026-07-01,
https://wetten.overheid.nl/BWBR0022751/2026-07-01#Artikel3):
  lid 5 "Met ingang van de hieronder genoemde data komen de percentages, genoemd in artikel 2, zevende en achtste
        lid, te luiden: a. met ingang van 1 januari 2026 7,60%; b. met ingang van 1 januari 2027 8,05%; c. met
        ingang van 1 januari 2028 8,50%."
  lid 7 "Met ingang van de hieronder genoemde data worden de bedragen, bedoeld in artikel 2, tweede lid, telkens als
        volgt verhoogd: a. met ingang van 1 januari 2026 met € 68; b. met ingang van 1 januari 2027 met € 66;
        c. met ingang van 1 januari 2028 met € 68."
  lid 8 the verhoging comes after the indexation of lid 1 (tabelcorrectiefactor), which is not published yet.
Art. 2 lid 2 (2026): "€ 2.580" for one child and "€ 2.580 per kind voor het tweede of volgende kind"; lid 6: € 3.416
for the parent without a partner; the drempelinkomen 2026 is € 29.736 (Dienst Toeslagen, TG 081-1Z61FD, stap 4).
The 2027 amounts other than the percentage still wait for that indexation: the figures below are the 2026 amounts
(plus € 66 per child), and the hand calculations change when the Staatscourant publishes the 2027 amounts.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from werktloont.params import load_pack
from werktloont.rules.wet_op_het_kindgebonden_budget.kindgebonden_budget import kindgebonden_budget

MARCH_2027 = date(2027, 3, 1)


def kgb_2027(ti: float, partner: bool, ages: list[int]) -> dict:
    s = load_pack().at(MARCH_2027)
    return kindgebonden_budget(toetsingsinkomen=np.array([ti]), has_partner=np.array([partner]),
                               n_children=np.array([len(ages)]), children_ages=np.array([ages]),
                               toeslag_vermogen=np.array([0.0]), p=s.reg("kindgebonden_budget"), p_awir=s.reg("awir"))


def test_afbouw_percent_2027_is_the_law_s_and_not_provisional():
    p = load_pack().at(MARCH_2027).reg("kindgebonden_budget")
    assert p.rate("afbouw_percent") == pytest.approx(0.0805)  # art. 3 lid 5 onder b: 8,05 %
    # A percentage the law sets for the date itself: no indexation will change it, so not carried as voorlopig.
    assert load_pack().lookup("kindgebonden_budget.afbouw_percent", MARCH_2027).status == "definitief"


def test_amount_per_child_2027_has_the_law_s_66():
    p = load_pack().at(MARCH_2027).reg("kindgebonden_budget")
    # art. 2 lid 2 (2026) € 2.580 + art. 3 lid 7 onder b € 66 = € 2.646 (before the still unknown indexation).
    assert p["bedrag_per_kind"] == 2580 + 66


def test_single_parent_two_children_2027_hand_calculation():
    # One parent without a partner, children 5 and 8 (no age supplement), toetsingsinkomen € 40.000:
    #   maximum  = 2 x (2.580 + 66) + 3.416           = 5.292 + 3.416 = 8.708      (art. 2 lid 2, 6; art. 3 lid 7 b)
    #   afbouw   = 8,05 % x (40.000 - 29.736)         = 0,0805 x 10.264 = 826,252  (art. 2 lid 7; art. 3 lid 5 b)
    #   per year = 8.708 - 826,252                    = 7.881,748
    #   per month: 7.881,748 / 12 = 656,81 -> 656 (rounded down, as Dienst Toeslagen pays)
    # With the old carried values (2.580, 7,6 %): 8.576 - 780,064 = 7.795,936 -> 649 a month.
    r = kgb_2027(40_000, False, [5, 8])
    assert float(r["maximum"][0]) == 8708
    assert float(r["afbouw"][0]) == pytest.approx(826.252, abs=0.0005)
    assert float(r["year_raw"][0]) == pytest.approx(7881.748, abs=0.0005)
    assert float(r["per_month"][0]) == 656
    assert float(r["per_year"][0]) == 7882  # Awir art. 14: whole euros


def test_partners_two_children_2027_hand_calculation():
    # Partners, children 4 and 8, joint toetsingsinkomen € 50.000:
    #   maximum  = 2 x 2.646                            = 5.292                     (no ouderkop with a partner)
    #   drempel  = 29.736 + 9.405                       = 39.141                    (art. 2 lid 8)
    #   afbouw   = 8,05 % x (50.000 - 39.141)           = 0,0805 x 10.859 = 874,1495
    #   per year = 5.292 - 874,1495                     = 4.417,8505 -> per month 368,15 -> 368
    # Old carried values: 5.160 - 7,6 % x 10.859 = 5.160 - 825,284 = 4.334,716 -> 361.
    r = kgb_2027(50_000, True, [4, 8])
    assert float(r["year_raw"][0]) == pytest.approx(4417.8505, abs=0.0005)
    assert float(r["per_month"][0]) == 368
