"""Participatiewet rules (rules/participatiewet/bijstand.py) against the law text, without the engine around them.

Amounts: Participatiewet (BWBR0015703), text geldend 2026-01-01 (https://wetten.overheid.nl/BWBR0015703/2026-01-01),
art. 20 lid 1: a 345,99 (alleenstaande 18-20), b 691,98 (gehuwden beiden 18-20), c 1.347,06 (een 18-20, een 21+);
art. 20 lid 2 (with children): a 345,99, b 1.092,41, c 1.747,49; art. 20 lid 3: verhoging 746,45;
art. 21: a 1.401,50 (alleenstaande or alleenstaande ouder), b 2.002,13 (gehuwden); art. 22 (pensioengerechtigde
leeftijd, 67 in the pack): a 1.564,69, b 2.144,16, c 2.144,16; art. 22a lid 1: ((40 % + A x 30 %) / A) x B; lid 3:
746,42 (with children) and 345,99 plus the 21+ spouse's norm; art. 24: 50 %; art. 31 lid 2 n: 25 %, at most 285,00,
6 months below the pensioengerechtigde leeftijd; r: 12,5 %, at most 177,66, 30 months, a child under 12; lid 5: n
and r not below 27; m: gifts free up to 1.200,00 a year. Art. 34a (text geldend 2026-01-01, the only vrijlating from
2027-01-01 in the pack): 15 % for 12 months; at the pensioengerechtigde leeftijd 25 % up to 226,00.
The law gives norms in cents without a rounding rule; the rules round a computed norm half up to the cent.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from werktloont.params import load_pack
from werktloont.rules import versions
from werktloont.rules.participatiewet import bijstand

JAN_2026, JAN_2027 = date(2026, 1, 1), date(2027, 1, 1)


def p(on: date = JAN_2026):
    return load_pack().at(on).reg("bijstand")


def norm(client_age, partner_age=None, *, children=0, sharers=0, entitled=True, client_entitled=True,
         on=JAN_2026) -> float:
    # client_entitled is passed only when it is not the default (the first adult has the right).
    extra = {} if client_entitled else {"client_entitled": np.array([False])}
    r = bijstand.norm(client_age=np.array([client_age]), partner_age=np.array([partner_age or 0]),
                      has_partner=np.array([partner_age is not None]), partner_entitled=np.array([entitled]),
                      n_children=np.array([children]), cost_sharers=np.array([sharers]), p=p(on), **extra)
    return float(r["norm"][0])


# --- norms by household and age (art. 20, 21, 22) ---------------------------------------------------------------

@pytest.mark.parametrize(("client", "partner", "children", "expected", "article"), [
    (35, None, 0, 1401.50, "21 a alleenstaande"),
    (35, None, 2, 1401.50, "21 a alleenstaande ouder: the same norm"),
    (21, None, 0, 1401.50, "21 a from the 21st birthday"),
    (20, None, 0, 345.99, "20 lid 1 a, 18-20"),
    (18, None, 0, 345.99, "20 lid 1 a, the lowest age"),
    (19, None, 1, 345.99, "20 lid 2 a, alleenstaande ouder 18-20"),
    (66, None, 0, 1401.50, "21 a, one year below the pensioengerechtigde leeftijd"),
    (67, None, 0, 1564.69, "22 a at the pensioengerechtigde leeftijd"),
    (35, 33, 0, 2002.13, "21 b gehuwden"),
    (35, 33, 3, 2002.13, "21 b gehuwden with children: the same norm"),
    (19, 20, 0, 691.98, "20 lid 1 b, both 18-20"),
    (19, 20, 1, 1092.41, "20 lid 2 b, both 18-20 with a child"),
    (19, 35, 0, 1347.06, "20 lid 1 c, one 18-20 and one 21+"),
    (35, 19, 0, 1347.06, "20 lid 1 c, whichever of the two is young"),
    (19, 35, 2, 1747.49, "20 lid 2 c, with children"),
    (67, 68, 0, 2144.16, "22 b, both at the pensioengerechtigde leeftijd"),
    (67, 50, 0, 2144.16, "22 c, one at the pensioengerechtigde leeftijd"),
])
def test_norm_by_household_and_age(client, partner, children, expected, article):
    assert norm(client, partner, children=children) == pytest.approx(expected, abs=0.001), article


def test_norms_of_many_households_at_once():
    # The same rule on arrays (a batch or a curve of households): row by row the norms of the table above.
    r = bijstand.norm(client_age=np.array([35, 19, 19, 67]), partner_age=np.array([0, 0, 35, 50]),
                      has_partner=np.array([False, False, True, True]), partner_entitled=np.ones(4, dtype=bool),
                      n_children=np.array([0, 0, 2, 0]), cost_sharers=np.zeros(4), p=p())
    assert r["norm"].tolist() == pytest.approx([1401.50, 345.99, 1747.49, 2144.16], abs=0.001)
    # "norm_gehuwden": the couple's own norm (the line of art. 32 lid 3), nothing for a single person.
    assert r["norm_gehuwden"].tolist() == pytest.approx([0.0, 0.0, 1747.49, 2144.16], abs=0.001)


def test_norms_follow_the_july_2026_indexation():
    # Participatiewet geldend 2026-07-01, art. 21 a 1.419,46 and b 2.027,79; art. 20 lid 1 a 350,42.
    on = date(2026, 7, 1)
    assert norm(35, on=on) == pytest.approx(1419.46, abs=0.001)
    assert norm(35, 35, on=on) == pytest.approx(2027.79, abs=0.001)
    assert norm(19, on=on) == pytest.approx(350.42, abs=0.001)


# --- kostendelersnorm (art. 22a) ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("sharers", "expected", "arithmetic"), [
    (1, 1001.07, "A = 2: (40 % + 60 %) / 2 = 50 %; 50 % x 2.002,13 = 1.001,065 -> 1.001,07"),
    (2, 867.59, "A = 3: (40 % + 90 %) / 3 = 43,333 %; x 2.002,13 = 867,589 -> 867,59"),
    (4, 760.81, "A = 5: (40 % + 150 %) / 5 = 38 %; x 2.002,13 = 760,809 -> 760,81"),
])
def test_kostendelersnorm_single(sharers, expected, arithmetic):
    assert norm(35, sharers=sharers) == pytest.approx(expected, abs=0.001), arithmetic


def test_kostendelersnorm_at_the_pensioengerechtigde_leeftijd_uses_22b():
    # Art. 22a lid 1 B c: the belanghebbende at AOW age: B = art. 22 b 2.144,16; A = 2: 50 % -> 1.072,08.
    assert norm(67, sharers=1) == pytest.approx(1072.08, abs=0.001)


def test_no_kostendelersnorm_below_21():
    # Art. 22a lid 1 applies to a belanghebbende "van 21 jaar of ouder": at 19 the norm stays art. 20 lid 1 a.
    assert norm(19, sharers=2) == pytest.approx(345.99, abs=0.001)


def test_kostendelersnorm_couple_is_the_sum_of_both_spouses():
    # Art. 22a lid 2: each spouse of 21+ has the lid-1 norm; A = 1 kostendeler + both spouses = 3:
    # 2 x 43,333 % x 2.002,13 = 2 x 867,59 = 1.735,18.
    assert norm(35, 33, sharers=1) == pytest.approx(1735.18, abs=0.001)
    # Both at AOW age, A = 3, B = art. 22 b: 43,333 % x 2.144,16 = 929,136 -> 929,14; x 2 = 1.858,28.
    assert norm(67, 68, sharers=1) == pytest.approx(1858.28, abs=0.001)


def test_kostendelersnorm_couple_with_a_young_spouse():
    # Art. 22a lid 3: a fixed amount for the 18-20 spouse plus the lid-1 norm of the 21+ spouse, whose A counts
    # the kostendeler and himself (the spouse "van 21 jaar of ouder" only): A = 2, 50 % x 2.002,13 = 1.001,07.
    assert norm(35, 19, sharers=1) == pytest.approx(345.99 + 1001.07, abs=0.001)  # lid 3 b, no children
    assert norm(35, 19, children=1, sharers=1) == pytest.approx(746.42 + 1001.07, abs=0.001)  # lid 3 a


def test_kostendelersnorm_per_persoon_formula():
    # Art. 22a lid 1 for A = 1..5 with B = 2.002,13. A = 1: 70 % x 2.002,13 = 1.401,491 -> 1.401,49, one cent
    # below the 1.401,50 the law states in art. 21 a (which applies without kostendelers, so norm() uses that).
    got = bijstand.kostendelersnorm_per_persoon(np.array([1, 2, 3, 4, 5]), 2002.13, p())
    assert got.tolist() == pytest.approx([1401.49, 1001.07, 867.59, 800.85, 760.81], abs=0.001)


# --- a spouse without a right to bijstand (art. 24; art. 22a with kostendelers) ---------------------------------

@pytest.mark.parametrize(("entitled_age", "other_age", "children", "sharers", "expected", "why"), [
    (35, 35, 0, 0, 1001.07, "24 a: 50 % x 21 b 2.002,13 = 1.001,065 -> 1.001,07"),
    (35, 19, 0, 0, 1001.07, "24 a: 'van zijn leeftijd' is 35, so 21 b, not 20 lid 1 c"),
    (60, 68, 0, 0, 1001.07, "24 a: a spouse of his own age (60) is below AOW age: 21 b"),
    (67, 50, 0, 0, 1072.08, "24 a: at AOW age: 50 % x 22 b 2.144,16"),
    (19, 35, 0, 0, 345.99, "24 b: 50 % x 20 lid 1 b 691,98"),
    (19, 35, 1, 0, 546.21, "24 b with a child: 50 % x 20 lid 2 b 1.092,41 = 546,205 -> 546,21"),
    (19, 35, 0, 1, 345.99, "24 b holds with kostendelers too"),
    (35, 35, 0, 1, 867.59, "22a lid 1-2: A = kostendeler + both spouses = 3; only his own norm counts"),
    (35, 19, 0, 1, 1001.07, "22a lid 1: the 19-year-old spouse is not counted in A: A = 2, 50 %"),
])
def test_norm_with_a_spouse_without_right(entitled_age, other_age, children, sharers, expected, why):
    # The entitled spouse as the first adult, and the same household with the adults the other way round.
    assert norm(entitled_age, other_age, children=children, sharers=sharers, entitled=False) == pytest.approx(
        expected, abs=0.001), why
    assert norm(other_age, entitled_age, children=children, sharers=sharers, entitled=False,
                client_entitled=False) == pytest.approx(expected, abs=0.001), why


# --- verhogingen (art. 20 lid 3-4, art. 24a) ---------------------------------------------------------------------

def test_verhoging_jongeren_without_parents_to_rely_on():
    # Art. 20 lid 3 (from 2026): 345,99 + 746,45 = 1.092,44, below the art. 21 a norm 1.401,50 (lid 4 cap).
    got = bijstand.verhoging_jongeren(np.array([345.99, 345.99, 1401.50]), client_age=np.array([19, 19, 35]),
                                      has_partner=np.array([False, False, False]),
                                      parents_cannot_contribute=np.array([True, False, True]),
                                      n_children=np.zeros(3), p=p())
    assert got.tolist() == pytest.approx([1092.44, 345.99, 1401.50], abs=0.001)


def test_verhoging_jongeren_is_capped_at_the_21_norm():
    # Art. 20 lid 4: together never above the art. 21 a norm: 1.000 + 746,45 = 1.746,45 -> 1.401,50.
    got = bijstand.verhoging_jongeren(np.array([1000.0]), client_age=np.array([20]), has_partner=np.array([False]),
                                      parents_cannot_contribute=np.array([True]), n_children=np.zeros(1), p=p())
    assert float(got[0]) == pytest.approx(1401.50, abs=0.001)


def test_verhoging_jongeren_not_before_2026():
    # Until 2025 this was bijzondere bijstand (art. 12); the 2025 norm stays as it is (art. 20 lid 1 a 332,17).
    got = bijstand.verhoging_jongeren(np.array([332.17]), client_age=np.array([19]), has_partner=np.array([False]),
                                      parents_cannot_contribute=np.array([True]), n_children=np.zeros(1),
                                      p=p(date(2025, 1, 1)))
    assert float(got[0]) == pytest.approx(332.17, abs=0.001)


def test_verhoging_24a_adds_a_twelfth_of_the_alleenstaande_ouderkop():
    # Art. 24a: + 1/12 of Wet op het kindgebonden budget art. 2 lid 6 (2026: 3.416): 284,667 -> 284,67;
    # 1.001,07 + 284,67 = 1.285,74 for a parent whose partner has no right; nothing without a child.
    got = bijstand.verhoging_24a(np.array([1001.07, 1001.07, 2002.13]), has_partner=np.array([True, True, True]),
                                 partner_entitled=np.array([False, False, True]), n_children=np.array([1, 0, 1]),
                                 alleenstaande_ouderkop=3416.0)
    assert got.tolist() == pytest.approx([1285.74, 1001.07, 2002.13], abs=0.001)


# --- vrijlating (art. 31 lid 2 n and r, lid 5; art. 34a from 2027) ----------------------------------------------

def vrijlating(income, age, month, *, single_parent=False, on=JAN_2026) -> float:
    """The version of the inkomstenvrijlating in force on `on` (art. 31 lid 2 n/r until 2026, art. 34a from 2027)."""
    r = versions.vrijlating(on).amount(np.array([income]), client_age=np.array([age]),
                                       single_parent_young_child=np.array([single_parent]), month=np.array([month]),
                                       p=p(on))
    return float(r["vrijlating"][0])


@pytest.mark.parametrize(("income", "age", "month", "single_parent", "expected", "arithmetic"), [
    (800.00, 35, 1, False, 200.00, "n: 25 % x 800 = 200,00"),
    (801.03, 35, 1, False, 200.26, "n: 25 % x 801,03 = 200,2575 -> 200,26"),
    (1500.00, 35, 3, False, 285.00, "n: 25 % x 1.500 = 375 -> at most 285,00"),
    (800.00, 35, 6, False, 200.00, "n: the sixth month is the last"),
    (800.00, 35, 7, False, 0.00, "n is over after six months; r only for a single parent"),
    (800.00, 27, 1, False, 200.00, "lid 5: from 27 on"),
    (800.00, 26, 1, False, 0.00, "lid 5: n does not apply below 27"),
    (1000.00, 30, 7, True, 125.00, "r: 12,5 % x 1.000 = 125,00 after the six months of n"),
    (2000.00, 30, 20, True, 177.66, "r: 12,5 % x 2.000 = 250 -> at most 177,66"),
    (1000.00, 30, 36, True, 125.00, "r: month 36 is the 30th month of r"),
    (1000.00, 30, 37, True, 0.00, "r is over after 30 months"),
    (1000.00, 26, 7, True, 0.00, "lid 5: r does not apply below 27 either"),
    (400.00, 67, 20, False, 100.00, "n at the pensioengerechtigde leeftijd: no six-month limit, 25 % x 400"),
    (0.00, 35, 1, False, 0.00, "no income from work, nothing left free"),
])
def test_vrijlating_2026(income, age, month, single_parent, expected, arithmetic):
    assert vrijlating(income, age, month, single_parent=single_parent) == pytest.approx(expected, abs=0.001), \
        arithmetic


@pytest.mark.parametrize(("income", "age", "month", "expected", "arithmetic"), [
    (1500.00, 35, 1, 225.00, "34a lid 1 a: 15 % x 1.500 = 225,00, no maximum"),
    (3000.00, 35, 12, 450.00, "34a lid 1 a: the twelfth month, 15 % x 3.000"),
    (1500.00, 35, 13, 0.00, "34a lid 1 a: at most twelve months"),
    (1000.00, 22, 1, 150.00, "34a has no minimum age (art. 31 lid 5 no longer applies)"),
    (1200.00, 67, 30, 226.00, "34a lid 1 c: 25 % x 1.200 = 300 -> at most 226,00, without a time limit"),
    (600.00, 67, 1, 150.00, "34a lid 1 c: 25 % x 600 = 150,00"),
])
def test_vrijlating_34a_from_2027(income, age, month, expected, arithmetic):
    got = vrijlating(income, age, month, on=JAN_2027)
    assert got == pytest.approx(expected, abs=0.001), arithmetic


# --- aanvullende bijstand (art. 19, 31, 32) ----------------------------------------------------------------------

def test_aanvullende_bijstand_is_the_norm_minus_counted_income():
    # Art. 19 lid 2: the difference between income and norm; nothing above the norm or without a right.
    got = bijstand.aanvullende_bijstand(np.array([1401.50, 1401.50, 1401.50, 2002.13]),
                                        np.array([600.00, 1500.00, 0.00, 2002.13]),
                                        np.array([True, True, False, True]))
    assert got.tolist() == pytest.approx([801.50, 0.00, 0.00, 0.00], abs=0.001)


def test_aanvullende_bijstand_with_the_vrijlating():
    # Single 35, 2026, first month of work, net wage 1.000: n leaves 25 % = 250,00 free, 750,00 counts;
    # bijstand 1.401,50 - 750,00 = 651,50.
    free = vrijlating(1000.00, 35, 1)
    got = bijstand.aanvullende_bijstand(np.array([norm(35)]), np.array([1000.00 - free]), np.array([True]))
    assert float(got[0]) == pytest.approx(651.50, abs=0.001)


def test_gifts_count_only_above_the_yearly_free_amount():
    # Art. 31 lid 2 m (2026): 1.500 a year - 1.200 free = 300 a year -> 25,00 a month; 1.000 a year: nothing.
    got = bijstand.giften_meegeteld(np.array([1500.0, 1000.0, 1200.0]), p())
    assert got.tolist() == pytest.approx([25.00, 0.00, 0.00], abs=0.001)
    # 2025: no fixed amount in the law (the college's policy), so nothing is counted here.
    assert bijstand.giften_meegeteld(np.array([1500.0]), p(date(2025, 1, 1))).tolist() == [0.0]


# --- art. 32 lid 3: the income of a spouse without a right ------------------------------------------------------

@pytest.mark.parametrize(("partner_income", "own_counted", "counted", "arithmetic"), [
    (800.00, 0.00, 0.00, "0 + bijstand 1.001,07 + 800 = 1.801,07 <= 2.002,13: nothing counts"),
    (1500.00, 0.00, 498.94, "1.001,07 + 1.500 - 2.002,13 = 498,94"),
    (3000.00, 0.00, 1998.94, "1.001,07 + 3.000 - 2.002,13 = 1.998,94"),
    (1000.00, 400.00, 0.00, "400 + bijstand 601,07 + 1.000 = 2.001,07 <= 2.002,13: nothing counts"),
    (1000.00, 1200.00, 197.87, "1.200 (above the norm, no bijstand) + 1.000 - 2.002,13 = 197,87"),
    (100.00, 3000.00, 100.00, "3.000 + 100 - 2.002,13 = 1.097,87, but never more than his income, 100"),
])
def test_income_of_a_spouse_without_right(partner_income, own_counted, counted, arithmetic):
    # Art. 32 lid 3 (2026): his income counts only for the part by which the income of the gehuwden together,
    # with the bijstand granted without his income (norm art. 24: 1.001,07), exceeds the gehuwdennorm 2.002,13.
    got = bijstand.inkomen_niet_rechthebbende_partner(np.array([partner_income]), np.array([own_counted]),
                                                      1001.07, 2002.13)
    assert float(got[0]) == pytest.approx(counted, abs=0.001), arithmetic


def test_bijstand_of_a_couple_with_a_spouse_without_right():
    # The whole chain for entitled 35 + partner 35 without a right, partner earns 1.500 net, 2026:
    # norm 1.001,07 (art. 24); 498,94 of his income counts (art. 32 lid 3); bijstand 1.001,07 - 498,94 = 502,13.
    n = norm(35, 35, entitled=False)
    counted = bijstand.inkomen_niet_rechthebbende_partner(np.array([1500.0]), np.array([0.0]), n, norm(35, 35))
    got = bijstand.aanvullende_bijstand(np.array([n]), counted, np.array([True]))
    assert float(got[0]) == pytest.approx(502.13, abs=0.001)
