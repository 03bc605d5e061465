"""Properties of the toeslagen rules: never negative, never above the maximum, non-increasing in income,
nothing above the vermogensgrens, and a vectorised call equals the scalar calls point by point."""

from __future__ import annotations

from datetime import date

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from werktloont.params import load_pack
from werktloont.rules.wet_kinderopvang.kinderopvangtoeslag import childcare_cost, kinderopvangtoeslag
from werktloont.rules.wet_op_de_huurtoeslag.huurtoeslag import huurtoeslag
from werktloont.rules.wet_op_de_zorgtoeslag.zorgtoeslag import zorgtoeslag
from werktloont.rules.wet_op_het_kindgebonden_budget.kindgebonden_budget import kindgebonden_budget

DATES = st.sampled_from([date(2025, 1, 1), date(2025, 7, 1), date(2026, 1, 1), date(2026, 12, 31)])
INCOME = st.floats(min_value=0, max_value=250_000, allow_nan=False)
ASSETS = st.floats(min_value=0, max_value=100_000, allow_nan=False)
RENT = st.floats(min_value=0, max_value=1_500, allow_nan=False)
SERVICE = st.floats(min_value=0, max_value=200, allow_nan=False)


def snap(on):
    return load_pack().at(on)


# --- callers with all inputs as keywords ----------------------------------------------------------------------------

def zt(on, ti, partner, vermogen=0.0):
    s = snap(on)
    return zorgtoeslag(toetsingsinkomen=ti, has_partner=partner, toeslag_vermogen=vermogen, p=s.reg("zorgtoeslag"),
                       p_awir=s.reg("awir"))


@st.composite
def households(draw):
    """A huurtoeslag household: adults (1-2), children (0-3), whether all adults are young."""
    partner = draw(st.booleans())
    children = draw(st.integers(0, 3))
    young = draw(st.booleans())
    return {"has_partner": partner, "n_persons": 1 + partner + children, "meerpersoons": partner or children > 0,
            "has_children": children > 0, "all_adults_young": young}


def ht(on, ti, rent, service, hh, vermogen=0.0):
    s = snap(on)
    return huurtoeslag(on=on, toetsingsinkomen=ti, base_rent=rent, service_costs=service, has_rent=True,
                       toeslag_vermogen=vermogen, p=s.reg("huurtoeslag"), p_awir=s.reg("awir"), **hh)


@st.composite
def families(draw):
    ages = draw(st.lists(st.integers(0, 17), min_size=1, max_size=5))
    return {"has_partner": draw(st.booleans()), "n_children": len(ages), "children_ages": ages}


def kgb(on, ti, fam, vermogen=0.0):
    s = snap(on)
    return kindgebonden_budget(toetsingsinkomen=ti, toeslag_vermogen=vermogen, p=s.reg("kindgebonden_budget"),
                               p_awir=s.reg("awir"), **fam)


def kot(on, ti, first, others, works=True):
    return kinderopvangtoeslag(toetsingsinkomen=ti, cost_first=first, cost_others=others, work_condition=works,
                               p=snap(on).reg("kinderopvangtoeslag"))


def kot_income(on):
    # 2025: only incomes up to the 96 % limit can be answered (the table is unknown above it).
    limit = snap(on).reg("kinderopvangtoeslag")["inkomensgrens_maximaal_percentage"] if on.year == 2025 else 250_000
    return st.floats(min_value=0, max_value=limit, allow_nan=False)


# --- zorgtoeslag ----------------------------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(on=DATES, partner=st.booleans(), a=INCOME, b=INCOME)
def test_zorgtoeslag_bounds_and_monotone(on, partner, a, b):
    lo, hi = sorted((a, b))
    p = snap(on).reg("zorgtoeslag")
    r_lo, r_hi = zt(on, lo, partner), zt(on, hi, partner)
    maximum = (2 if partner else 1) * p["standaardpremie"] / 12
    assert 0 <= float(r_hi["per_month"]) <= float(r_lo["per_month"]) <= maximum
    assert 0 <= float(r_hi["per_year"]) <= float(r_lo["per_year"])


@settings(max_examples=50, deadline=None)
@given(on=DATES, partner=st.booleans(), ti=INCOME, extra=st.floats(min_value=1, max_value=1e6))
def test_zorgtoeslag_zero_above_asset_limit(on, partner, ti, extra):
    p = snap(on).reg("zorgtoeslag")
    limit = p["vermogensgrens_partners"] if partner else p["vermogensgrens_alleenstaande"]
    r = zt(on, ti, partner, limit + extra)
    assert float(r["per_month"]) == 0 and float(r["per_year"]) == 0


@settings(max_examples=40, deadline=None)
@given(on=DATES, points=st.lists(st.tuples(INCOME, st.booleans(), ASSETS), min_size=1, max_size=8))
def test_zorgtoeslag_vector_equals_scalar(on, points):
    ti, partner, vermogen = (np.array(x) for x in zip(*points))
    vec = zt(on, ti, partner, vermogen)
    for i, (t, pa, v) in enumerate(points):
        one = zt(on, t, pa, v)
        assert vec["per_month"][i] == float(one["per_month"]) and vec["per_year"][i] == float(one["per_year"])


# --- huurtoeslag ----------------------------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(on=DATES, hh=households(), rent=RENT, service=SERVICE, a=INCOME, b=INCOME)
def test_huurtoeslag_bounds_and_monotone(on, hh, rent, service, a, b):
    lo, hi = sorted((a, b))
    r_lo, r_hi, r_0 = ht(on, lo, rent, service, hh), ht(on, hi, rent, service, hh), ht(on, 0.0, rent, service, hh)
    assert 0 <= float(r_hi["per_month"]) <= float(r_lo["per_month"]) <= float(r_0["per_month"])
    # Never more than the subsidised part of the rent above the basishuur, nor more than the rent limit allows.
    p = snap(on).reg("huurtoeslag")
    assert float(r_0["per_month"]) <= max(float(r_0["rekenhuur"]) - float(r_0["basishuur"]), 0.0) + 1e-6
    assert float(r_0["per_month"]) <= p["maximale_huurgrens"]


@settings(max_examples=100, deadline=None)
@given(on=DATES, hh=households(), a=RENT, b=RENT, ti=INCOME)
def test_huurtoeslag_monotone_in_rent_2026(on, hh, a, b, ti):
    # From 2026 a higher rent never lowers the toeslag (there is no exclusion above the limit any more).
    if on.year < 2026:
        return
    lo, hi = sorted((a, b))
    assert float(ht(on, ti, lo, 0.0, hh)["per_month"]) <= float(ht(on, ti, hi, 0.0, hh)["per_month"])


@settings(max_examples=50, deadline=None)
@given(on=DATES, hh=households(), rent=RENT, ti=INCOME, extra=st.floats(min_value=1, max_value=1e6))
def test_huurtoeslag_zero_above_asset_limit(on, hh, rent, ti, extra):
    p_awir = snap(on).reg("awir")
    limit = (p_awir["vermogensgrens_huurtoeslag_partners"] if hh["has_partner"]
             else p_awir["vermogensgrens_huurtoeslag_alleenstaande"])
    r = ht(on, ti, rent, 0.0, hh, limit + extra)
    assert float(r["per_month"]) == 0 and float(r["per_year"]) == 0


@settings(max_examples=40, deadline=None)
@given(on=DATES, points=st.lists(st.tuples(INCOME, RENT, SERVICE, households(), ASSETS), min_size=1, max_size=8))
def test_huurtoeslag_vector_equals_scalar(on, points):
    ti, rent, service, hhs, vermogen = zip(*points)
    hh = {k: np.array([h[k] for h in hhs]) for k in hhs[0]}
    vec = ht(on, np.array(ti), np.array(rent), np.array(service), hh, np.array(vermogen))
    for i, (t, r, sv, h, v) in enumerate(points):
        one = ht(on, t, r, sv, h, v)
        assert vec["per_month"][i] == float(one["per_month"]) and vec["per_year"][i] == float(one["per_year"])


# --- kindgebonden budget --------------------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(on=DATES, fam=families(), a=INCOME, b=INCOME)
def test_kgb_bounds_and_monotone(on, fam, a, b):
    lo, hi = sorted((a, b))
    p = snap(on).reg("kindgebonden_budget")
    r_lo, r_hi = kgb(on, lo, fam), kgb(on, hi, fam)
    # The maximum per year from the law's amounts (art. 2 lid 2, 4, 5, 6), counted here independently: lid 4 "12 jaar
    # of ouder, maar jonger ... dan 16 jaar", lid 5 "16 of 17 jaar" (the same words in the 2025 and 2026 texts).
    n_12 = sum(12 <= a < 16 for a in fam["children_ages"])
    n_16 = sum(a in (16, 17) for a in fam["children_ages"])
    maximum = (fam["n_children"] * p["bedrag_per_kind"] + n_12 * p["verhoging_12_15"]
               + n_16 * p["verhoging_16_17"] + (0 if fam["has_partner"] else p["alleenstaande_ouderkop"]))
    assert 0 <= float(r_hi["per_month"]) <= float(r_lo["per_month"]) <= maximum / 12 + 1e-6
    assert 0 <= float(r_hi["per_year"]) <= float(r_lo["per_year"]) <= maximum


@settings(max_examples=50, deadline=None)
@given(on=DATES, fam=families(), ti=INCOME, extra=st.floats(min_value=1, max_value=1e6))
def test_kgb_zero_above_asset_limit(on, fam, ti, extra):
    p = snap(on).reg("kindgebonden_budget")
    limit = p["vermogensgrens_partners"] if fam["has_partner"] else p["vermogensgrens_alleenstaande"]
    r = kgb(on, ti, fam, limit + extra)
    assert float(r["per_month"]) == 0 and float(r["per_year"]) == 0


@settings(max_examples=40, deadline=None)
@given(on=DATES, points=st.lists(st.tuples(INCOME, families(), ASSETS), min_size=1, max_size=8))
def test_kgb_vector_equals_scalar(on, points):
    ti, fams, vermogen = zip(*points)
    fam = {k: np.array([f[k] for f in fams]) for k in ("has_partner", "n_children")}
    width = max(len(f["children_ages"]) for f in fams)  # the children on the last axis, -1 where there are fewer
    fam["children_ages"] = np.array([f["children_ages"] + [-1] * (width - len(f["children_ages"])) for f in fams])
    vec = kgb(on, np.array(ti), fam, np.array(vermogen))
    for i, (t, f, v) in enumerate(points):
        one = kgb(on, t, f, v)
        assert vec["per_month"][i] == float(one["per_month"]) and vec["per_year"][i] == float(one["per_year"])


# --- kinderopvangtoeslag --------------------------------------------------------------------------------------------

COST = st.floats(min_value=0, max_value=3_000, allow_nan=False)


@settings(max_examples=150, deadline=None)
@given(on=DATES, data=st.data(), first=COST, others=COST)
def test_kot_bounds_and_monotone(on, data, first, others):
    a, b = data.draw(kot_income(on)), data.draw(kot_income(on))
    lo, hi = sorted((a, b))
    top = snap(on).reg("kinderopvangtoeslag").rate("maximaal_percentage")
    r_lo, r_hi = kot(on, lo, first, others), kot(on, hi, first, others)
    # (floor_euros allows 1e-9 for binary float error: 0,96 x 374,99999999999955 pays 360)
    assert 0 <= float(r_hi["per_month"]) <= float(r_lo["per_month"]) <= top * (first + others) + 1e-6
    assert float(kot(on, lo, first, others, works=False)["per_month"]) == 0


@settings(max_examples=100, deadline=None)
@given(on=DATES, hours=st.floats(0, 400), price=st.floats(0, 30), kind=st.integers(0, 2))
def test_childcare_cost_capped_never_above_actual(on, hours, price, kind):
    p = snap(on).reg("kinderopvangtoeslag")
    c = childcare_cost(hours_per_month=hours, hourly_price=price, kind=kind, p=p)
    assert 0 <= float(c["capped_cost"]) <= float(c["actual_cost"]) + 1e-9
    assert float(c["capped_hours"]) <= p["max_uren_per_maand"]


@settings(max_examples=40, deadline=None)
@given(on=DATES, data=st.data())
def test_kot_vector_equals_scalar(on, data):
    points = data.draw(st.lists(st.tuples(kot_income(on), COST, COST, st.booleans()), min_size=1, max_size=8))
    ti, first, others, works = (np.array(x) for x in zip(*points))
    vec = kot(on, ti, first, others, works)
    for i, (t, f, o, w) in enumerate(points):
        assert vec["per_month"][i] == float(kot(on, t, f, o, w)["per_month"])
