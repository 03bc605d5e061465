"""art. 24a Participatiewet (norm plus 1/12 of the alleenstaande-ouderkop) and art. 78gg
(tegemoetkoming alleenverdienersproblematiek).

Sources of the figures used below (all in the parameter pack with their sources):
- norm gehuwden 21+: € 2.002,13 (Participatiewet art. 21 b, geldend 2026-01-01), € 1.955,80 (geldend 2025-07-01);
- art. 24: 50 % of that norm for the entitled partner when the other is not entitled;
- art. 24a (in the text geldend 2026-01-01, not in the text geldend 2025-07-01): the norm is raised by 1/12 of the
  amount of Wet op het kindgebonden budget art. 2 lid 6, € 3.416 a year in 2026 (BWBR0022751, geldend 2026-01-01;
  Dienst Toeslagen, Berekening kindgebonden budget 2026: 5.996 = 2.580 + 3.416);
- art. 78gg lid 7 / Regeling Participatiewet, IOAW en IOAZ art. 15ba (Stcrt. 2025, 44064): € 1.000 for a household
  that meets the conditions in 2025, € 1.100 in 2026.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from werktloont import api
from werktloont.engine.calculate import calculate
from werktloont.rules import versions
from werktloont.rules.participatiewet import bijstand
from werktloont.texts.notices import notice_lines


def _case(date: str, *, entitled: bool = False, children: int = 1, job: bool = False) -> dict:
    case = {"date": date, "household": {"adults": [{"age": 35}, {"age": 33, "bijstand_entitled": entitled}],
                                        "children": [{"age": 4}] * children}}
    if job:
        case["job"] = {"hours_per_week": 20}
    return case


def test_24a_raises_the_norm_in_2026():
    # 50 % x 2.002,13 = 1.001,065 -> € 1.001,07; 3.416 / 12 = 284,666... -> € 284,67;
    # norm 1.001,07 + 284,67 = € 1.285,74. Without other income the bijstand is the whole norm.
    w = calculate(_case("2026-01-01"), timeline=False)["without_job"]
    assert w["bijstand"] == pytest.approx(1285.74, abs=0.005)


def test_24a_not_before_2026():
    # 2025-07-01: art. 24a is not in the text; 50 % x 1.955,80 = € 977,90 only.
    assert not versions.in_force("norm_verhoging_24a", date(2025, 12, 31))
    w = calculate(_case("2025-07-01"), timeline=False)["without_job"]
    assert w["bijstand"] == pytest.approx(977.90, abs=0.005)


def test_24a_needs_a_child_and_a_non_entitled_partner():
    # No child: 24a a) is not met, only art. 24: € 1.001,07.
    assert calculate(_case("2026-01-01", children=0), timeline=False)["without_job"]["bijstand"] == pytest.approx(
        1001.07, abs=0.005)
    # Entitled partner: the couple norm € 2.002,13, no 24a.
    assert calculate(_case("2026-01-01", entitled=True), timeline=False)["without_job"]["bijstand"] == pytest.approx(
        2002.13, abs=0.005)


def test_24a_rule_alone():
    raised = bijstand.verhoging_24a(np.array([1001.07, 1001.07, 2002.13]), has_partner=np.array([True, True, True]),
                                    partner_entitled=np.array([False, False, True]), n_children=np.array([1, 0, 2]),
                                    alleenstaande_ouderkop=3416.0)
    assert raised.tolist() == pytest.approx([1285.74, 1001.07, 2002.13])


def test_24a_is_explained_with_its_source():
    r = api.calculate(_case("2026-01-01", job=True), timeline=False)
    found = []

    def walk(o):
        if isinstance(o, dict):
            if o.get("component") == "bijstand" and "text" in o:
                found.append(o)
            for x in o.values():
                walk(x)
        elif isinstance(o, list):
            for x in o:
                walk(x)

    walk(r)
    assert found
    assert all("24a" in e["text"] and "€ 284,67" in e["text"] for e in found)
    assert all("kindgebonden_budget.alleenstaande_ouderkop" in [p["id"] for p in e["parameters"]] for e in found)


def _ww_couple(date: str, job: bool = True) -> dict:
    # The partner lives on WW (a benefit other than bijstand), the household is topped up with bijstand.
    case: dict = {"date": date, "household": {"adults": [{"age": 40}, {"age": 42, "other_income": [
        {"kind": "ww", "net_per_month": 1200.0}]}]}}
    if job:
        case["job"] = {"hours_per_week": 16}
    return case


def _notice(result: dict) -> dict | None:
    return next((n for n in result["notices"] if n["code"] == "tegemoetkoming_alleenverdieners"), None)


def test_78gg_named_with_the_amount_of_the_year():
    # Stcrt. 2025, 44064, art. 15ba a-b: € 1.000 for 2025, € 1.100 for 2026.
    assert _notice(calculate(_ww_couple("2025-07-01"), timeline=False))["amount"] == 1000
    n = _notice(calculate(_ww_couple("2026-01-01"), timeline=False))
    assert n["amount"] == 1100 and n["year"] == 2026 and n["job_adds_wage"]
    # 2027: the scheme runs, the amount is not set yet: named without an amount, the calculation goes on.
    assert _notice(calculate(_ww_couple("2027-01-01"), timeline=False))["amount"] is None


def test_78gg_words_and_not_counted():
    r = api.calculate(_ww_couple("2026-01-01"), timeline=False)
    lines = [x for x in notice_lines(r) if "78gg" in x]
    assert lines and "€ 1.100,00" in lines[0] and "niet mee voor de bijstand" in lines[0]
    assert "buiten" in lines[0]  # the job adds a wage
    # Not counted: the same case without the benefit kind 'ww' but as 'overig' gives the same bijstand.
    other = _ww_couple("2026-01-01")
    other["household"]["adults"][1]["other_income"][0]["kind"] = "overig"
    a, b = calculate(_ww_couple("2026-01-01"), timeline=False), calculate(other, timeline=False)
    assert a["with_job"]["disposable"] == pytest.approx(b["with_job"]["disposable"], abs=0.01)


def test_78gg_not_for_a_single_person_or_a_couple_without_a_benefit():
    single = {"date": "2026-01-01", "household": {"adults": [{"age": 40, "other_income": [
        {"kind": "ww", "net_per_month": 900.0}]}]}}
    assert _notice(calculate(single, timeline=False)) is None
    assert _notice(calculate(_case("2026-01-01", entitled=True), timeline=False)) is None
