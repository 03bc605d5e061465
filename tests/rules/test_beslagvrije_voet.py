"""Beslagvrije voet (Rv art. 475da-475dc): hand calculations from the law text and the pack's sourced amounts.

Amounts used (2026-01-01, each sourced in parameters/*.yaml): A = norm alleenstaande art. 21 a PW 1.401,50;
B = norm gehuwden art. 21 b PW 2.002,13; D = drempelinkomen zorgtoeslag 29.736; E = 13,73 %; F = 27 %, G = 22 %
(Wht art. 21 lid 2); minimum-inkomensijkpunt 23.425 (eenpersoons) and 31.500 (meerpersoons); H = 932,93;
J = 252,49 - 1,82 - 48,15 = 202,52 (eenpersoons) and 252,49 - 3,63 - 48,15 = 200,71 (meerpersoons);
K = 7,6 % (Wkb art. 2 lid 7). Maxima: Rv art. 475da lid 1 (geldend 2026-01-01 and 2026-07-01).
"""

from datetime import date

import pytest

from werktloont.params import load_pack
from werktloont.rules.wetboek_van_burgerlijke_rechtsvordering.beslagvrije_voet import (
    beslagvrije_voet,
    leefsituatie,
    to_creditors,
)

JAN = date(2026, 1, 1)


def voet(situatie, c, garnished, on=JAN, **kw):
    return beslagvrije_voet(snap=load_pack().at(on), on=on, situatie=situatie, belastbaar_inkomen_jaar=c,
                            garnished_income=garnished, **kw)


def test_single_on_bijstand_keeps_95_percent_of_the_norm():
    # C = 21.000 < D and < ijkpunt: no zorg or housing term. 95 % x 1.401,50 = 1.331,425 -> 1.331,43.
    r = voet("alleenstaande", 21_000, 1401.50)
    assert (r["zorg"], r["housing"], r["beslagvrije_voet"]) == (0.0, 0.0, pytest.approx(1331.43))
    # The creditor gets 1.401,50 - 1.331,43 = 70,07 a month.
    assert to_creditors(garnished_income=1401.50, protected=r["beslagvrije_voet"], monthly_claim=None) == 70.07


def test_single_with_income_above_the_zorg_drempel():
    # zorg: (35.000 - 29.736) / 12 x 13,73 % = 60,229; housing: (35.000 - 23.425) x 27 % / 12 = 260,4375,
    # less than H - J = 932,93 - 202,52 = 730,41. Total 1.331,425 + 60,229 + 260,4375 = 1.652,09.
    r = voet("alleenstaande", 35_000, 2500)
    assert r["zorg"] == pytest.approx(60.23)
    assert r["housing"] == pytest.approx(260.44)
    assert r["beslagvrije_voet"] == pytest.approx(1652.09)


def test_single_parent_adds_the_kindgebonden_budget_term():
    # zorg 60,229; housing G: (35.000 - 31.500) x 22 % / 12 = 64,167 (< 932,93 - 200,71 = 732,22);
    # kind: (35.000 - 29.736) / 12 x 7,6 % = 33,339. 1.331,425 + 60,229 + 64,167 + 33,339 = 1.489,16.
    r = voet("alleenstaande_ouder", 35_000, 2500)
    assert r["kind"] == pytest.approx(33.34)
    assert r["beslagvrije_voet"] == pytest.approx(1489.16)


def test_maximum_of_lid_1():
    assert voet("alleenstaande", 100_000, 6000)["beslagvrije_voet"] == pytest.approx(2191.42)
    assert voet("alleenstaande", 100_000, 6000, on=date(2026, 7, 1))["beslagvrije_voet"] == pytest.approx(2208.48)
    assert voet("gehuwden_kinderen", 150_000, 9000)["beslagvrije_voet"] == pytest.approx(3155.31)


def test_partner_income_lowers_the_voet_by_at_most_half():
    # 95 % x 2.002,13 = 1.902,0235; C = 25.000: no zorg, no housing (below 31.500). Partner's free income 1.500
    # counts up to half: 1.902,0235 - 951,01175 = 951,01; the 95 %-of-income cap (0,95 x 2.100 = 1.995) is higher.
    r = voet("gehuwden", 25_000, 2100, partner_free_income=1500)
    assert r["beslagvrije_voet"] == pytest.approx(951.01)


def test_never_more_than_95_percent_of_the_income():
    # Art. 475dc lid 1: 0,95 x 1.000 = 950 < 1.331,43.
    r = voet("alleenstaande", 12_000, 1000)
    assert r["income_cap_applies"] and r["beslagvrije_voet"] == pytest.approx(950.0)


def test_claim_limits_what_the_creditor_gets():
    assert to_creditors(garnished_income=2000, protected=1331.43, monthly_claim=100) == 100.0
    assert to_creditors(garnished_income=1000, protected=1331.43, monthly_claim=None) == 0.0


def test_leefsituatie():
    assert leefsituatie(partner=False, children=False) == "alleenstaande"
    assert leefsituatie(partner=False, children=True) == "alleenstaande_ouder"
    assert leefsituatie(partner=True, children=False) == "gehuwden"
    assert leefsituatie(partner=True, children=True) == "gehuwden_kinderen"


# Rv art. 475da lid 8: the maxima of lid 1 "zijn gelijk aan de beslagvrije voet die bij de desbetreffende
# leefsituatie hoort, indien (I x (F / 12)) respectievelijk (I x (G / 12)) gelijk is aan" H = 932,93. So at
# C = ijkpunt + H x 12 / F the formula must give the published maximum: an official check of every term at once.
# Alleenstaande 2026-01-01: C = 23.425 + 932,93 x 12 / 0,27 = 64.888,56; 95 % x 1.401,50 = 1.331,425;
# zorg (64.888,56 - 29.736) / 12 x 13,73 % = 402,21, capped by lid 3 at 2.119 / 12 - 47,00 = 129,58;
# housing min(932,93, H - J = 730,41) = 730,41; total 1.331,425 + 129,58 + 730,41 = 2.191,42 = lid 1 onder a.
# Alleenstaande ouder: C = 31.500 + 932,93 x 12 / 0,22 = 82.387,09; kind (82.387,09 - 29.736) / 12 x 7,6 % = 333,46;
# 1.331,425 + 129,58 + 732,22 + 333,46 = 2.526,69 = onder b. Gehuwden: 95 % x 2.002,13 = 1.902,02; zorg cap
# 2 x 2.119 / 12 - 106,00 = 247,17; 1.902,02 + 247,17 + 732,22 = 2.881,41 = onder c. Met kinderen: kind
# (82.387,09 - (29.736 + 9.405)) / 12 x 7,6 % = 273,89; 2.881,41 + 273,89 = 3.155,30 (lid 1 onder d: 3.155,31).
@pytest.mark.parametrize("on", [JAN, date(2026, 7, 1)])
@pytest.mark.parametrize("situatie", ["alleenstaande", "alleenstaande_ouder", "gehuwden", "gehuwden_kinderen"])
def test_lid_8_the_formula_meets_the_published_maxima(on, situatie):
    h = load_pack().at(on).reg("huurtoeslag")
    one = situatie == "alleenstaande"
    ijkpunt = 23_425 if one else 31_500
    rate = 0.27 if one else 0.22
    c = ijkpunt + h["maximale_huurgrens"] * 12 / rate
    r = voet(situatie, c, 10_000, on=on)
    assert r["formula"] == pytest.approx(r["maximum"], abs=0.015)


def test_2025_single_on_bijstand_and_the_2025_maximum():
    # 2025-07-01: A = 1.369,06 (art. 21 a PW); 95 % = 1.300,607 -> 1.300,61; C below the drempel (28.406), and the
    # 2025 housing term (F x C2 + G x C) - J = 0,000000438698 x 20.000^2 + 0,000446392665 x 20.000 - 238,01
    # = 175,48 + 8,93 - 238,01 < 0 is read as zero. The lid 1 maximum for gehuwden met kinderen is 2.888,00.
    on = date(2025, 7, 1)
    r = voet("alleenstaande", 20_000, 1369.06, on=on)
    assert r["beslagvrije_voet"] == pytest.approx(1300.61) and r["housing"] == 0.0
    assert r["woonterm_version"] == "2025"
    assert voet("gehuwden_kinderen", 200_000, 9000, on=on)["beslagvrije_voet"] == pytest.approx(2888.00)


# Rv art. 475da (tekst geldend 2025-01-01 and 2025-07-01, wetten.overheid.nl/BWBR0001827): lid 1 maxima
# alleenstaande 2.071,24 / 2.093,67; alleenstaande ouder 2.242,24 / 2.264,67; gehuwden zonder kinderen
# 2.739,03 / 2.771,07; met kinderen 2.855,96 / 2.888,00.
MAXIMA_2025 = {date(2025, 1, 1): (2071.24, 2242.24, 2739.03, 2855.96),
               date(2025, 7, 1): (2093.67, 2264.67, 2771.07, 2888.00)}
# The 2025 letters (parameters/huurtoeslag.yaml, bijstand.yaml, zorgtoeslag.yaml, kindgebonden_budget.yaml):
# F, G = 0,000000438698 / 0,000446392665 (eenpersoons); H, I = 0,000000298184 / -0,001382497146 (meerpersoons);
# J = 238,01; D = 28.406; E = 13,7 %; standaardpremie 2.112; art. 23 lid 2 PW 45 / 101; K = 7,1 %; L = 9.139;
# A, B = 1.345,45 / 1.922,07 (2025-01) and 1.369,06 / 1.955,80 (2025-07); rekenhuur cap (Wht 13 lid 1 a) 900,07.
F_EP, G_EP, H_MP, I_MP = 0.000000438698, 0.000446392665, 0.000000298184, -0.001382497146


def _c_at(a, b, target=900.07):
    # Lid 8: the C at which a x C2 + b x C equals the rekenhuur cap (the positive root of a x C2 + b x C - 900,07).
    return (-b + (b * b + 4 * a * target) ** 0.5) / (2 * a)


def test_2025_hand_calculation_of_the_maxima_of_lid_1():
    # Single, 2025-01-01, at C = 44.789,6 (lid 8): 95 % x 1.345,45 = 1.278,1775; zorg (44.789,6 - 28.406) / 12 x
    # 13,7 % = 187,05, capped by lid 3 at 2.112 / 12 - 45 = 131,00; housing 900,07 - 238,01 = 662,06;
    # 1.278,1775 + 131,00 + 662,06 = 2.071,2375 -> 2.071,24 = lid 1 onder a.
    c = _c_at(F_EP, G_EP)
    assert c == pytest.approx(44_789.6, abs=1)
    r = voet("alleenstaande", c, 10_000, on=date(2025, 1, 1))
    assert (r["zorg"], r["housing"]) == (pytest.approx(131.00), pytest.approx(662.06))
    assert r["formula"] == pytest.approx(2071.24, abs=0.006)
    # Single parent: C = 57.308,0 (H, I); kind (57.308,0 - 28.406) / 12 x 7,1 % = 171,00;
    # 1.278,1775 + 131,00 + 662,06 + 171,00 = 2.242,24 = onder b.
    c = _c_at(H_MP, I_MP)
    assert c == pytest.approx(57_308.0, abs=1)
    r = voet("alleenstaande_ouder", c, 10_000, on=date(2025, 1, 1))
    assert r["kind"] == pytest.approx(171.00, abs=0.01) and r["formula"] == pytest.approx(2242.24, abs=0.006)
    # Gehuwden: 95 % x 1.922,07 = 1.825,9665; zorg cap 2 x 2.112 / 12 - 101 = 251,00; 1.825,9665 + 251,00 + 662,06
    # = 2.739,0265 -> 2.739,03 = onder c. With children: kind (57.308,0 - (28.406 + 9.139)) / 12 x 7,1 % = 116,93;
    # 2.739,0265 + 116,93 = 2.855,96 = onder d.
    r = voet("gehuwden", c, 10_000, on=date(2025, 1, 1))
    assert r["formula"] == pytest.approx(2739.03, abs=0.006)
    r = voet("gehuwden_kinderen", c, 10_000, on=date(2025, 1, 1))
    assert r["formula"] == pytest.approx(2855.96, abs=0.006)


@pytest.mark.parametrize("on", sorted(MAXIMA_2025))
@pytest.mark.parametrize("i, situatie", list(enumerate(["alleenstaande", "alleenstaande_ouder", "gehuwden",
                                                          "gehuwden_kinderen"])))
def test_2025_lid_8_the_formula_meets_the_published_maxima(on, i, situatie):
    # On 2025-07-01 only A and B changed (+23,61 x 95 % and +33,73 x 95 %): 2.093,67 / 2.264,67 / 2.771,07 / 2.888,00.
    a, b = (F_EP, G_EP) if situatie == "alleenstaande" else (H_MP, I_MP)
    r = voet(situatie, _c_at(a, b), 10_000, on=on)
    assert r["maximum"] == MAXIMA_2025[on][i]
    assert r["formula"] == pytest.approx(MAXIMA_2025[on][i], abs=0.006)


def test_2025_single_with_a_high_income_gets_the_maximum_not_95_percent():
    # 2025-01-01, C = 100.000: 1.278,18 + 131,00 + (0,000000438698 x 10^10 + 0,000446392665 x 10^5 - 238,01
    # = 4.193,61) is far above lid 1 onder a, so the voet is 2.071,24 (before: 1.278,18 + 131,00 = 1.409,18).
    r = voet("alleenstaande", 100_000, 6000, on=date(2025, 1, 1))
    assert r["beslagvrije_voet"] == pytest.approx(2071.24)
    r = voet("alleenstaande", 100_000, 6000, on=date(2025, 7, 1))
    assert r["beslagvrije_voet"] == pytest.approx(2093.67)


def test_2025_housing_term_version_ends_on_31_december_2025():
    assert voet("alleenstaande", 30_000, 2000, on=date(2025, 12, 31))["woonterm_version"] == "2025"
    assert voet("alleenstaande", 30_000, 2000, on=date(2026, 1, 1))["woonterm_version"] == "2026"
