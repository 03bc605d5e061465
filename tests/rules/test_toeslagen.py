"""Toeslagen rules against published figures and hand calculations.

Every expected value is either an official figure (source named at the case) or a hand calculation
written out next to it. Parameter values are read from the real pack (parameters/*.yaml).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from werktloont.errors import InputError, MissingParameterError
from werktloont.params import load_pack
from werktloont.rules.wet_kinderopvang.kinderopvangtoeslag import childcare_cost, kinderopvangtoeslag
from werktloont.rules.wet_op_de_huurtoeslag.huurtoeslag import formula_for, huurtoeslag
from werktloont.rules.wet_op_de_zorgtoeslag.zorgtoeslag import zorgtoeslag
from werktloont.rules.wet_op_het_kindgebonden_budget.kindgebonden_budget import kindgebonden_budget

REFERENCE_FILE = Path(__file__).resolve().parents[1] / "data" / "reference-cases" / "toeslagen-2025.json"
D2025, D2026 = date(2025, 1, 1), date(2026, 1, 1)


def snap(on: date):
    return load_pack().at(on)


def zt(on, ti, partner=False, vermogen=0.0):
    s = snap(on)
    return zorgtoeslag(toetsingsinkomen=ti, has_partner=partner, toeslag_vermogen=vermogen, p=s.reg("zorgtoeslag"),
                       p_awir=s.reg("awir"))


def ht(on, ti, rent, service=0.0, *, n_persons=1, partner=False, children=False, young=False, vermogen=0.0,
       has_rent=True, meerpersoons=None):
    s = snap(on)
    if meerpersoons is None:
        meerpersoons = np.asarray(n_persons) > 1
    return huurtoeslag(on=on, toetsingsinkomen=ti, base_rent=rent, service_costs=service, has_rent=has_rent,
                       n_persons=n_persons, meerpersoons=meerpersoons, has_partner=partner, has_children=children,
                       all_adults_young=young, toeslag_vermogen=vermogen, p=s.reg("huurtoeslag"), p_awir=s.reg("awir"))


def kgb(on, ti, partner, n, ages=None, vermogen=0.0):
    """`n` children aged `ages` (default: all of them 5, below every age supplement)."""
    s = snap(on)
    ages = [5] * n if ages is None else ages
    return kindgebonden_budget(toetsingsinkomen=ti, has_partner=partner, n_children=n, children_ages=ages,
                               toeslag_vermogen=vermogen, p=s.reg("kindgebonden_budget"), p_awir=s.reg("awir"))


def kot(on, ti, cost_first, cost_others=0.0, works=True):
    return kinderopvangtoeslag(toetsingsinkomen=ti, cost_first=cost_first, cost_others=cost_others,
                               work_condition=works, p=snap(on).reg("kinderopvangtoeslag"))


def cost(on, hours, price, kind):
    return childcare_cost(hours_per_month=hours, hourly_price=price, kind=kind, p=snap(on).reg("kinderopvangtoeslag"))


# --- reference cases (tests/data/reference-cases/toeslagen-2025.json) ------------------------------------------------

def _reference_cases():
    return json.loads(REFERENCE_FILE.read_text(encoding="utf-8"))["cases"]


def _run_reference(inp: dict) -> dict:
    on = date(inp["year"], 1, 1)
    hh = inp["household"]
    adults, children = hh["adults"], hh["children"]
    partner = len(adults) == 2
    vermogen = inp["assets"]["savings"]
    out = {"zorgtoeslag.per_month": zt(on, inp["toetsingsinkomen"], partner, vermogen)["per_month"]}
    rent = hh["rent"]
    if rent is not None:
        young_age = snap(on).reg("huurtoeslag")["jongeren_leeftijd"]
        n = len(adults) + len(children)
        out["huurtoeslag.per_month"] = ht(on, inp["toetsingsinkomen"], rent["base_rent"], rent["service_costs"],
                                          n_persons=n, partner=partner, children=bool(children),
                                          young=all(a["age"] < young_age for a in adults),
                                          vermogen=vermogen)["per_month"]
    return out


@pytest.mark.parametrize("case", _reference_cases(), ids=lambda c: c["id"])
def test_reference_case(case):
    got = _run_reference(case["input"])
    for key, expected in case["expect"].items():
        assert key in got, f"{case['id']}: no rule for {key}"
        assert float(got[key]) == expected, f"{case['id']}: {key} = {got[key]}, expected {expected}"


def test_reference_file_has_both_toeslagen():
    keys = {k for c in _reference_cases() for k in c["expect"]}
    assert keys == {"zorgtoeslag.per_month", "huurtoeslag.per_month"}


# --- zorgtoeslag ------------------------------------------------------------------------------------------------------

def test_zorgtoeslag_2025_rekenvoorbeeld():
    # Dienst Toeslagen, Berekening zorgtoeslag 2025 (TG 082-1Z51FD), rekenvoorbeeld 1: single, TI 19.000:
    # normpremie 1,896 % x 28.406 = 538,58; 2.112 - 538,58 = 1.573,42 a year; 131,12 a month -> 131.
    r = zt(D2025, 19_000)
    assert float(r["normpremie"]) == pytest.approx(538.58, abs=0.005)
    assert float(r["year_raw"]) == pytest.approx(1573.42, abs=0.005)
    assert float(r["per_year"]) == 1573  # Awir art. 14 lid 4: 1.573,42 -> 1.573
    assert float(r["per_month"]) == 131


def test_zorgtoeslag_2026_rekenvoorbeeld():
    # Dienst Toeslagen, Berekening zorgtoeslag 2026 (TG 082-1Z61FD), rekenvoorbeeld 1 (toeslagen-formulas.md §D1):
    # single, TI 19.000 (below the drempelinkomen 29.736): normpremie 1,912 % x 29.736 = 568,55;
    # 2.119 - 568,55 = 1.550,45 a year -> 1.550 (Awir rounding) -> 1.550 / 12 = 129,17 -> 129 a month.
    r = zt(D2026, 19_000)
    assert float(r["normpremie"]) == pytest.approx(568.55, abs=0.005)
    assert float(r["year_raw"]) == pytest.approx(1550.45, abs=0.005)
    assert float(r["per_year"]) == 1550
    assert float(r["per_month"]) == 129


def test_zorgtoeslag_2026_partners_maximum():
    # Dienst 2026: maximum with a partner 2.962,62 a year (= 2 x 2.119 - 4,289 % x 29.736) -> 2.963 / 12 = 246,9 -> 246.
    r = zt(D2026, 20_000, partner=True)
    assert float(r["year_raw"]) == pytest.approx(2962.62, abs=0.005)
    assert float(r["per_month"]) == 246


@pytest.mark.parametrize("partner, ti, expected", [
    # Belastingdienst "Hoeveel zorgtoeslag krijg ik?" 2026 monthly table (row "tot X" at income X), as
    # transcribed in a public code file (ALLOWANCE_CALCULATION_RULES_2026.monthlyTableSingle / WithPartner).
    (False, 29_500, 129), (False, 30_000, 126), (False, 35_000, 69), (False, 40_500, 6), (False, 41_000, 0),
    (True, 30_000, 243), (True, 40_000, 129), (True, 44_500, 78), (True, 51_000, 3), (True, 51_500, 0),
])
def test_zorgtoeslag_2026_table(partner, ti, expected):
    assert float(zt(D2026, ti, partner)["per_month"]) == expected


def test_zorgtoeslag_2026_income_ceilings():
    # Published 2026 ceilings 40.857 (single) and 51.142 (partners): the last incomes that still get € 24 a year.
    # Single 40.857: 2.119 - (568,55 + 13,73 % x 11.121 = 1.526,91) = 23,54 -> 24 -> 2 a month; 40.858 -> 23,40 -> 0.
    assert float(zt(D2026, 40_857)["per_year"]) == 24
    assert float(zt(D2026, 40_858)["per_year"]) == 0
    assert float(zt(D2026, 51_142, True)["per_year"]) == 24


def test_zorgtoeslag_assets():
    # Wzt art. 3: 2026 limits 146.011 single, 184.633 with partner (at the limit still entitled).
    assert float(zt(D2026, 19_000, vermogen=146_011)["per_month"]) == 129
    assert float(zt(D2026, 19_000, vermogen=146_012)["per_month"]) == 0
    assert float(zt(D2026, 19_000, True, vermogen=184_633)["per_month"]) == 246
    assert float(zt(D2026, 19_000, True, vermogen=184_634)["per_month"]) == 0


# --- huurtoeslag 2026 -------------------------------------------------------------------------------------------------
# Rounding in the hand calculations: the monthly amount is rounded down to whole euros (Dienst Toeslagen
# examples; the published 2025 table: 414,99 -> 414); the year amount is 12 x the monthly amount, rounded
# to whole euros (Awir art. 14 lid 4).

def test_huurtoeslag_2026_official_young_single():
    # Dienst Toeslagen, Berekening huurtoeslag 2026 (tg0831z62fd), example as transcribed in
    # ALLOWANCE_CALCULATION_RULES_2026.officialTestVectors: age 20, alone, kale huur 600, income 22.000.
    # Rent capped at 498,20 (all < 21); A = 498,20 - 202,52 = 295,68; no B, C; income below 23.425 -> 295.
    r = ht(D2026, 22_000, 600, young=True)
    assert float(r["rekenhuur"]) == pytest.approx(498.20)
    assert float(r["per_month"]) == 295


def test_huurtoeslag_2026_official_partners_high_rent():
    # Same source: partners, 3 persons, kale huur 1.200, income 34.000 -> capped 932,93, correction 45,83, 492.
    # A = 498,20 - 200,71 = 297,49; B = 65 % x (764,14 - 498,20) = 172,861; C = 40 % x (932,93 - 764,14) = 67,516;
    # D = (34.000 - 31.500) x 22 % / 12 = 45,833; 297,49 + 172,861 + 67,516 - 45,833 = 492,03 -> 492.
    r = ht(D2026, 34_000, 1_200, n_persons=3, partner=True, children=True)
    assert float(r["rekenhuur"]) == pytest.approx(932.93)
    assert float(r["inkomenscorrectie"]) == pytest.approx(45.83, abs=0.005)
    assert float(r["per_month"]) == 492


def test_huurtoeslag_2026_official_aow_single():
    # Same source: single (69), kale huur 710, income 29.000 -> correction 125,44, 307.
    # A = 295,68; B = 65 % x (710 - 498,20) = 137,67; D = (29.000 - 23.425) x 27 % / 12 = 125,4375;
    # 295,68 + 137,67 - 125,4375 = 307,91 -> 307.
    r = ht(D2026, 29_000, 710)
    assert float(r["inkomenscorrectie"]) == pytest.approx(125.44, abs=0.005)
    assert float(r["per_month"]) == 307


def test_huurtoeslag_2026_single_700_hand():
    # Single, kale huur 700 (servicekosten 30 do not count in 2026). Basishuur 252,49 - 1,82 - 48,15 = 202,52.
    # A = 498,20 - 202,52 = 295,68; B = 65 % x (700 - 498,20) = 131,17; C = 0 (700 < 713,02): 426,85 a month.
    # TI 20.000 < ijkpunt 23.425: no correction; month 426,85 -> 426 (rounded down); year 12 x = 5.122,20 -> 5.122.
    # TI 30.000: D = (30.000 - 23.425) x 27 % / 12 = 147,9375; month 278,9125 -> 278; year 3.346,95 -> 3.347.
    r = ht(D2026, np.array([20_000, 30_000]), 700, service=30)
    assert float(r["basishuur"]) == pytest.approx(202.52)  # household-only: one value
    assert float(r["deel_a"]) == pytest.approx(295.68)
    assert float(r["deel_b"]) == pytest.approx(131.17)
    assert float(r["deel_c"]) == 0
    assert r["per_month"].tolist() == [426, 278]
    assert r["per_year"].tolist() == [5122, 3347]


def test_huurtoeslag_2026_three_persons_hand():
    # Partners with one child (3 persons, meerpersoons), kale huur 800, TI 35.000.
    # Basishuur 252,49 - 3,63 - 48,15 = 200,71. A = 498,20 - 200,71 = 297,49; B = 65 % x (764,14 - 498,20) = 172,861;
    # C = 40 % x (800 - 764,14) = 14,344; D = (35.000 - 31.500) x 22 % / 12 = 64,1667.
    # 297,49 + 172,861 + 14,344 - 64,1667 = 420,528 -> 420.
    r = ht(D2026, 35_000, 800, n_persons=3, partner=True, children=True)
    assert float(r["basishuur"]) == pytest.approx(200.71)
    assert float(r["per_month"]) == 420


def test_huurtoeslag_2026_two_persons_uses_lower_aftoppingsgrens():
    # Partners without children (2 persons, meerpersoons), kale huur 800, TI 30.000 (< MP ijkpunt 31.500).
    # A = 297,49; B = 65 % x (713,02 - 498,20) = 139,633; C = 40 % x (800 - 713,02) = 34,792: 471,915
    # -> 471.
    r = ht(D2026, 30_000, 800, n_persons=2, partner=True)
    assert float(r["per_month"]) == 471


def test_huurtoeslag_2026_rent_above_limit_is_capped():
    # Single, kale huur 1.000 > 932,93: in 2026 no longer excluded, the rent counts up to 932,93.
    # A = 295,68; B = 65 % x (713,02 - 498,20) = 139,633; C = 40 % x (932,93 - 713,02) = 87,964: 523,277
    # -> 523.
    r = ht(D2026, 20_000, 1_000)
    assert float(r["rekenhuur"]) == pytest.approx(932.93)
    assert float(r["per_month"]) == 523


def test_huurtoeslag_2026_assets_and_no_rent():
    # Awir art. 7 lid 3, 2026: 38.479 single, 76.958 with partner (official vector: single 38.480 -> excluded).
    assert float(ht(D2026, 20_000, 700, vermogen=38_479)["per_month"]) == 426
    assert float(ht(D2026, 20_000, 700, vermogen=38_480)["per_month"]) == 0
    assert float(ht(D2026, 20_000, 700, n_persons=2, partner=True, vermogen=76_958)["per_month"]) > 0
    assert float(ht(D2026, 20_000, 700, n_persons=2, partner=True, vermogen=76_959)["per_month"]) == 0
    assert float(ht(D2026, 20_000, 700, has_rent=False)["per_month"]) == 0


def test_huurtoeslag_2026_young_with_child_uses_normal_limit():
    # All adults < 21 but a child in the home: the 932,93 limit applies (art. 13 lid 1 a). Single parent,
    # 2 persons (meerpersoons), kale huur 600, TI 20.000: A = 498,20 - 200,71 = 297,49; B = 65 % x (600 - 498,20)
    # = 66,17: 363,66 -> 363.
    r = ht(D2026, 20_000, 600, n_persons=2, children=True, young=True)
    assert float(r["maximale_huurgrens"]) == pytest.approx(932.93)
    assert float(r["per_month"]) == 363


# --- huurtoeslag 2025 -------------------------------------------------------------------------------------------------

def test_huurtoeslag_2025_servicekosten_capped():
    # Single, kale huur 850 + servicekosten 60 (at most 4 x 12 = 48 count): rekenhuur 898 <= 900,07.
    # TI 22.000 <= ijkpunt 22.700: basishuur 238,01 - 1,82 - 37,14 = 199,05.
    # A = 477,20 - 199,05 = 278,15; B = 65 % x (682,96 - 477,20) = 133,744; C = 40 % x (898 - 682,96) = 86,016:
    # 497,91 -> 497.
    r = ht(D2025, 22_000, 850, service=60)
    assert float(r["rekenhuur"]) == pytest.approx(898)
    assert float(r["basishuur"]) == pytest.approx(199.05)
    assert float(r["per_month"]) == 497


def test_huurtoeslag_2025_hard_rent_limit():
    # 2025: rekenhuur 860 + 48 = 908 > 900,07 -> no huurtoeslag at all; 900 + 0 = 900 -> 498 (reference row).
    assert float(ht(D2025, 22_000, 860, service=48)["per_month"]) == 0
    assert float(ht(D2025, 22_000, 900)["per_month"]) == 498
    # The same rent in 2026 is capped instead of excluded.
    assert float(ht(D2026, 22_000, 1_000)["per_month"]) > 0


def test_huurtoeslag_2025_young_limit():
    # Everyone < 23 and no child: limit 477,20. Rent 500 -> 0. Rent 450, TI 20.000: A = 450 - 199,05 = 250,95
    # -> 250.
    assert float(ht(D2025, 20_000, 500, young=True)["per_month"]) == 0
    assert float(ht(D2025, 20_000, 450, young=True)["per_month"]) == 250


def test_huurtoeslag_2025_multi_person_hand():
    # Partners + 1 child (3 persons, meerpersoons), kale huur 800, TI 30.000 <= MP ijkpunt 30.450.
    # Basishuur 238,01 - 3,63 - 37,14 = 197,24. A = 477,20 - 197,24 = 279,96; B = 65 % x (731,93 - 477,20)
    # = 165,5745; C = 40 % x (800 - 731,93) = 27,228: 472,7625 -> 472.
    r = ht(D2025, 30_000, 800, n_persons=3, partner=True, children=True)
    assert float(r["basishuur"]) == pytest.approx(197.24)
    assert float(r["per_month"]) == 472


def test_huurtoeslag_2025_assets():
    # Awir art. 7 lid 3, 2025: 37.395 single.
    assert float(ht(D2025, 22_000, 900, vermogen=37_395)["per_month"]) == 498
    assert float(ht(D2025, 22_000, 900, vermogen=37_396)["per_month"]) == 0


def test_huurtoeslag_formula_by_date():
    assert formula_for(date(2025, 12, 31))[0] == "2025"
    assert formula_for(date(2026, 1, 1))[0] == "2026"
    assert ht(date(2025, 12, 31), 22_000, 900)["formula"] == "2025"
    with pytest.raises(MissingParameterError):
        formula_for(date(2024, 12, 31))


# --- kindgebonden budget ----------------------------------------------------------------------------------------------

def test_kgb_2026_official_partners_two_young_children():
    # Dienst Toeslagen, Berekening kindgebonden budget 2026 (TG 081-1Z61FD), rekenvoorbeeld (review note §1):
    # partners, children 4 and 8, TI 45.000: 2 x 2.580 = 5.160 - 7,6 % x (45.000 - 39.141) = 445,284
    # = 4.714,72 a year; 392 a month.
    r = kgb(D2026, 45_000, True, 2, ages=[4, 8])
    assert float(r["year_raw"]) == pytest.approx(4714.72, abs=0.005)
    assert float(r["per_month"]) == 392


def test_kgb_2026_official_partners_age_supplements():
    # Same PDF: children 13 and 16, TI 45.000: supplements 724 + 964 = 1.688; 6.848 - 445,284 = 6.402,72; 533.
    r = kgb(D2026, 45_000, True, 2, ages=[13, 16])
    assert float(r["leeftijdsverhoging"]) == 1688
    assert float(r["year_raw"]) == pytest.approx(6402.72, abs=0.005)
    assert float(r["per_month"]) == 533


def test_kgb_2026_official_single_parent():
    # Same PDF: single parent, child 8, TI 30.000: 2.580 + 3.416 = 5.996 - 7,6 % x (30.000 - 29.736) = 20,064
    # = 5.975,94 a year; 497 a month (5.975,94 / 12 = 497,99 rounded down).
    r = kgb(D2026, 30_000, False, 1, ages=[8])
    assert float(r["year_raw"]) == pytest.approx(5975.94, abs=0.005)
    assert float(r["per_month"]) == 497
    assert float(r["per_year"]) == 5976  # Awir art. 14 lid 4


def test_kgb_2025_hand():
    # 2025, partners, 2 children < 12, TI 45.000: 2 x 2.511 = 5.022 - 7,10 % x (45.000 - (28.406 + 9.139 = 37.545))
    # = 5.022 - 529,305 = 4.492,695 -> 4.492,695 / 12 = 374,39 -> 374.
    assert float(kgb(D2025, 45_000, True, 2)["per_month"]) == 374


def test_kgb_no_children_assets_and_minimum():
    assert float(kgb(D2026, 20_000, False, 0)["per_month"]) == 0
    # Art. 1 lid 4: 146.011 single (at the limit still entitled).
    assert float(kgb(D2026, 20_000, False, 1, vermogen=146_011)["per_month"]) == 499  # 5.996 / 12 = 499,67
    assert float(kgb(D2026, 20_000, False, 1, vermogen=146_012)["per_month"]) == 0
    # Awir minimum: single parent, 1 child: 5.996 - 7,6 % x (TI - 29.736) = 23,4 at TI = 29.736 + 5.972,6 / 0,076
    # = 108.323,89; TI 108.320 -> 23,70 -> 24 -> granted (1 a month); TI 108.330 -> 22,94 -> 23 -> 0.
    assert float(kgb(D2026, 108_320, False, 1)["per_year"]) == 24
    assert float(kgb(D2026, 108_320, False, 1)["per_month"]) == 1
    assert float(kgb(D2026, 108_330, False, 1)["per_month"]) == 0


# --- kinderopvangtoeslag ----------------------------------------------------------------------------------------------

def test_kot_2026_official_one_child_daycare():
    # Dienst Toeslagen, Berekening kinderopvangtoeslag 2026 (tg0801z61fd), via the review note §2:
    # TI 60.000, dagopvang 122 h x 10,50 (below 11,23) = 1.281 x 93,9 % = 1.202,86 -> 1.202.
    c = cost(D2026, 122, 10.50, 0)
    assert float(c["capped_cost"]) == pytest.approx(1281.0)
    r = kot(D2026, 60_000, c["capped_cost"])
    assert float(r["percentage_first"]) == pytest.approx(0.939)
    assert float(r["per_month"]) == 1202


def test_kot_2026_official_two_children():
    # Same PDF: TI 120.000; youngest (first child, most hours) 87 h dagopvang at 12,45 capped 11,23 = 977,01
    # x 60,6 % = 592,07; oldest 65 h bso at 10,10 capped 9,98 = 648,70 x 87,9 % = 570,21; 1.162,28 -> 1.162.
    c = cost(D2026, np.array([87, 65]), np.array([12.45, 10.10]), np.array([0, 1]))
    assert c["capped_cost"].tolist() == pytest.approx([977.01, 648.70])
    assert float(kot(D2026, 120_000, c["capped_cost"][0], c["capped_cost"][1])["per_month"]) == 1162


def test_kot_2026_official_hour_cap_and_price_cap():
    # Same PDF: TI 40.000, gastouder 240 h (capped 230) x 8,25 = 1.897,50 x 96 % = 1.821,60 -> 1.821;
    # TI 50.000, gastouder 108 h x 9,52 (capped 8,49) = 916,92 x 96 % = 880,24 -> 880.
    c = cost(D2026, np.array([240, 108]), np.array([8.25, 9.52]), 2)
    assert c["capped_hours"].tolist() == [230, 108]
    assert c["capped_price"].tolist() == pytest.approx([8.25, 8.49])
    assert c["actual_cost"].tolist() == pytest.approx([1980.0, 1028.16])
    assert kot(D2026, np.array([40_000, 50_000]), c["capped_cost"])["per_month"].tolist() == [1821, 880]


def test_kot_2026_table_edges():
    # Bijlage I 2026: up to and including 56.412 -> 96,0 / 96,0; from 56.413 -> 95,5 / 95,6; top class 36,5 / 68,2.
    r = kot(D2026, np.array([56_412, 56_413, 300_000]), 1000.0, 1000.0)
    assert r["percentage_first"].tolist() == pytest.approx([0.96, 0.955, 0.365])
    assert r["percentage_others"].tolist() == pytest.approx([0.96, 0.956, 0.682])


def test_kot_2025_low_income_uses_top_percentage():
    # 2025 table unknown, but up to TI 47.403 every class is 96 %. Dagopvang 100 h x 10,00 = 1.000 (below 10,71):
    # 96 % x 1.000 = 960 for the first child; a second child with 500: 96 % x 500 = 480; total 1.440.
    c = cost(D2025, 100, 10.00, 0)
    assert float(c["capped_cost"]) == 1000
    assert float(kot(D2025, 30_000, c["capped_cost"])["per_month"]) == 960
    assert float(kot(D2025, 47_403, 1000.0, 500.0)["per_month"]) == 1440


def test_kot_2025_above_limit_stops():
    with pytest.raises(MissingParameterError) as err:
        kot(D2025, 47_404, 1000.0)
    assert err.value.param_id == "kinderopvangtoeslag.percentages"
    # One point above the limit stops the whole vectorised call.
    with pytest.raises(MissingParameterError):
        kot(D2025, np.array([30_000, 60_000]), 1000.0)
    # A point without the work condition needs no percentage.
    assert float(kot(D2025, 60_000, 1000.0, works=False)["per_month"]) == 0


def test_kot_work_condition_and_kind_codes():
    assert float(kot(D2026, 30_000, 1000.0, works=False)["per_month"]) == 0
    # Max uurprijzen 2026: dagopvang 11,23, bso 9,98, gastouderopvang 8,49.
    assert cost(D2026, 1, 20.0, np.array([0, 1, 2]))["capped_price"].tolist() == pytest.approx([11.23, 9.98, 8.49])
    with pytest.raises(InputError):
        cost(D2026, 1, 20.0, 3)


# --- which parameters each rule reads (traced by the snapshot, not listed by hand) ------------------------------------

def _reads(on, fn):
    s = snap(on)
    with s.recording() as used:
        fn()
    return list(used)


def test_rules_read_only_pack_ids_and_the_ones_their_article_names():
    pack = load_pack()
    calls = {
        "zt": (D2026, lambda: zt(D2026, 30_000)),
        "ht2025": (D2025, lambda: ht(D2025, 30_000, 800)),
        "ht2026": (D2026, lambda: ht(D2026, 30_000, 800)),
        "kgb": (D2026, lambda: kgb(D2026, 30_000, False, 1)),
        "kot": (D2026, lambda: kot(D2026, 30_000, 1000.0)),
        "kot2025": (D2025, lambda: kot(D2025, 30_000, 1000.0)),
        "cost": (D2026, lambda: cost(D2026, 10, 10.0, 0)),
    }
    reads = {name: _reads(on, fn) for name, (on, fn) in calls.items()}
    for name, ids in reads.items():
        assert ids, name
        assert all(pid in pack.index for pid in ids), (name, ids)
    # Awir art. 14 lid 5 (minimum) for the yearly toeslagen; Wet op de zorgtoeslag art. 2 (standaardpremie).
    assert {"zorgtoeslag.standaardpremie", "awir.minimum_toeslag_jaar"} <= set(reads["zt"])
    # The 2025 formula has the quadratic normhuur (art. 17-19), the 2026 one a linear afbouw (art. 21 lid 2).
    assert "huurtoeslag.normhuur_factor_a_eenpersoons" in reads["ht2025"]
    assert "huurtoeslag.normhuur_factor_a_eenpersoons" not in reads["ht2026"]
    assert "huurtoeslag.afbouw_percent_eenpersoons" in reads["ht2026"]
    assert "kinderopvangtoeslag.percentages" in reads["kot"]
    assert not any(pid.startswith("zorgtoeslag.") for pid in reads["kgb"])


def test_cached_tables_replay_their_reads():
    # The derived bijlage-I columns are built on the first call; a second call reads them from the cache and must
    # still report the table it came from.
    first = _reads(D2026, lambda: kot(D2026, 30_000, 1000.0))
    second = _reads(D2026, lambda: kot(D2026, 30_000, 1000.0))
    assert "kinderopvangtoeslag.percentages" in first and sorted(first) == sorted(second)
