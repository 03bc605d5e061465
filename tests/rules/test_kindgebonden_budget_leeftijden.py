"""The age supplements of the kindgebonden budget (Wet op het kindgebonden budget art. 2 lid 3-5): which children
count, with the age limits read from the parameters of the day, never from the code.

The law's words (the same in the texts geldend 2025-01-01, 2026-01-01 and 2026-07-01,
https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2):
  lid 3 "Een ouder heeft aanspraak op een verhoging van het kindgebonden budget in een berekeningsjaar voor een kind
        met ingang van de kalendermaand na de maand waarin dat kind de leeftijd van 12 jaar heeft bereikt."
  lid 4 "Voor een kind dat 12 jaar of ouder is, maar jonger is dan 16 jaar bedraagt de verhoging van het
        kindgebonden budget € 724." (2025: € 703)
  lid 5 "Voor een kind dat 16 of 17 jaar is, bedraagt de verhoging van het kindgebonden budget met ingang van de
        kalendermaand na de maand waarin het kind de leeftijd van 16 jaar heeft bereikt € 964,00." (2025: € 936,00)
Ages are whole years here (the timeline ages a child in its birthday month).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from werktloont.params import load_pack
from werktloont.rules.wet_op_het_kindgebonden_budget.kindgebonden_budget import (
    huishouden,
    kindgebonden_budget,
    leeftijdsgroepen,
)

AROUND_THE_LIMITS = [11, 12, 15, 16, 17, 18]


class FictitiousParams(dict):
    """A regulation's parameters with some values changed, as a later version of the law might have them."""

    def rate(self, key: str) -> float:
        return self[key] / 100.0


def real_params(on: date) -> dict:
    p = load_pack().at(on).reg("kindgebonden_budget")
    return {k: p[k] for k in ("bedrag_per_kind", "verhoging_12_15_vanaf_leeftijd", "verhoging_16_17_vanaf_leeftijd",
                              "verhoging_16_17_tot_en_met_leeftijd", "verhoging_12_15", "verhoging_16_17",
                              "alleenstaande_ouderkop", "drempelinkomen", "drempel_verhoging_partners",
                              "afbouw_percent", "vermogensgrens_alleenstaande", "vermogensgrens_partners")}


@pytest.mark.parametrize("on", [date(2025, 1, 1), date(2026, 1, 1), date(2026, 7, 1), date(2027, 1, 1)])
def test_the_age_limits_of_the_law_are_in_the_pack(on):
    p = load_pack().at(on).reg("kindgebonden_budget")
    # lid 3-4: from 12; lid 4 "jonger dan 16" and lid 5 "16 of 17 jaar": from 16 up to and including 17.
    assert (p["verhoging_12_15_vanaf_leeftijd"], p["verhoging_16_17_vanaf_leeftijd"],
            p["verhoging_16_17_tot_en_met_leeftijd"]) == (12, 16, 17)


@pytest.mark.parametrize("on", [date(2025, 1, 1), date(2026, 1, 1)])
def test_children_around_the_limits_counted_as_the_law_says(on):
    p = load_pack().at(on).reg("kindgebonden_budget")
    n_12, n_16 = leeftijdsgroepen(AROUND_THE_LIMITS, p)
    # 11: no supplement yet (lid 3); 12 and 15: lid 4 (12 or older, younger than 16); 16 and 17: lid 5;
    # 18: neither (lid 5 says "16 of 17"; lid 1 ends the right in the month the child turns 18).
    assert (int(n_12), int(n_16)) == (2, 2)


def test_age_supplements_2026_hand_calculation():
    p = load_pack().at(date(2026, 1, 1)).reg("kindgebonden_budget")
    h = huishouden(has_partner=np.array([True]), n_children=np.array([6]), children_ages=np.array([AROUND_THE_LIMITS]),
                   toeslag_vermogen=np.array([0.0]), p=p)
    # 2 x € 724 (lid 4: 12 and 15) + 2 x € 964 (lid 5: 16 and 17) = 1.448 + 1.928 = € 3.376 a year.
    assert float(h["leeftijdsverhoging"][0]) == 3376


def test_age_supplements_2025_hand_calculation():
    p = load_pack().at(date(2025, 1, 1)).reg("kindgebonden_budget")
    h = huishouden(has_partner=np.array([False]), n_children=np.array([6]), children_ages=np.array([AROUND_THE_LIMITS]),
                   toeslag_vermogen=np.array([0.0]), p=p)
    # 2 x € 703 (lid 4) + 2 x € 936 (lid 5) = 1.406 + 1.872 = € 3.278 a year.
    assert float(h["leeftijdsverhoging"][0]) == 3278


def test_partners_five_children_2026_whole_rule():
    s = load_pack().at(date(2026, 1, 1))
    r = kindgebonden_budget(toetsingsinkomen=45_000, has_partner=True, n_children=5, children_ages=[11, 12, 15, 16, 17],
                            toeslag_vermogen=0.0, p=s.reg("kindgebonden_budget"), p_awir=s.reg("awir"))
    # Lid 2: 5 x € 2.580 = 12.900; lid 4: 12 and 15 -> 2 x 724 = 1.448; lid 5: 16 and 17 -> 2 x 964 = 1.928;
    # maximum 12.900 + 1.448 + 1.928 = 16.276. Lid 8: drempel 29.736 + 9.405 = 39.141;
    # afbouw 7,60 % x (45.000 - 39.141) = 0,076 x 5.859 = 445,284. Year 16.276 - 445,284 = 15.830,716;
    # month 15.830,716 / 12 = 1.319,23 -> 1.319 (rounded down).
    assert float(r["leeftijdsverhoging"]) == 3376
    assert float(r["year_raw"]) == pytest.approx(15_830.716, abs=0.0005)
    assert float(r["per_month"]) == 1319


def test_padding_and_households_without_children_count_nothing():
    p = load_pack().at(date(2026, 1, 1)).reg("kindgebonden_budget")
    n_12, n_16 = leeftijdsgroepen(np.array([[13, 16, -1], [-1, -1, -1], [17, 12, 14]]), p)
    assert n_12.tolist() == [1, 0, 2] and n_16.tolist() == [1, 0, 1]
    n_12, n_16 = leeftijdsgroepen(np.zeros((2, 0), dtype=int), p)  # no child in the whole batch
    assert n_12.tolist() == [0, 0] and n_16.tolist() == [0, 0]


def test_another_age_limit_in_the_parameters_changes_the_count():
    """The limits come from the parameters: a fictitious later version of lid 4-5 (the higher supplement from 15
    instead of 16, up to and including 18) moves the children of 15 and 18 to the higher band."""
    p = FictitiousParams(real_params(date(2026, 1, 1)))
    ages = np.array([AROUND_THE_LIMITS])
    before = leeftijdsgroepen(ages, p)
    p.update(verhoging_16_17_vanaf_leeftijd=15, verhoging_16_17_tot_en_met_leeftijd=18)
    after = leeftijdsgroepen(ages, p)
    # Law: 12, 15 | 16, 17. Fictitious: 12 | 15, 16, 17, 18.
    assert (int(before[0][0]), int(before[1][0])) == (2, 2)
    assert (int(after[0][0]), int(after[1][0])) == (1, 4)
    h = huishouden(has_partner=np.array([True]), n_children=np.array([6]), children_ages=ages,
                   toeslag_vermogen=np.array([0.0]), p=p)
    # 1 x 724 + 4 x 964 = 724 + 3.856 = € 4.580 (against € 3.376 with the law's limits).
    assert float(h["leeftijdsverhoging"][0]) == 4580
    p.update(verhoging_12_15_vanaf_leeftijd=11)  # and the lower supplement from 11: the child of 11 counts too
    assert int(leeftijdsgroepen(ages, p)[0][0]) == 2


def test_children_of_the_month_go_by_the_age_of_the_month_before():
    from werktloont.rules.wet_op_het_kindgebonden_budget.kindgebonden_budget import kinderen_van_de_maand

    p = load_pack().at(date(2026, 1, 1)).reg("kindgebonden_budget")
    # Ages in the month before: 17 (turns 18 this month: still counted, lid 1 "tot en met de kalendermaand waarin het
    # kind de leeftijd van 18 jaar bereikt"), 18 (turned 18 last month: no longer), 11 (turns 12 this month or
    # not: its supplement waits for the month after, lid 3), -1 (no child).
    n, ages = kinderen_van_de_maand(np.array([[17, 18, 11, -1]]), p)
    assert int(n[0]) == 2
    assert ages.tolist() == [[17, -1, 11, -1]]
