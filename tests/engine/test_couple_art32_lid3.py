"""Art. 32 lid 3 Participatiewet: the income of a partner without a right to bijstand (art. 24, e.g. a student)
counts only for the part by which the couple's income together, with the bijstand that would be granted without
that income, exceeds the norm for gehuwden (text as in force 2025-2026; explained e.g. by I. Lunenburg, "Niet-
rechthebbende partner en bijstand", and applied in the policy rules CVDR611619). Before, the partner's whole
income was taken off the 50 % norm.

Hand calculations, 2026-01-01: norm gehuwden 21+ € 2.002,13 (Participatiewet art. 21 b, normenbrief 1-1-2026);
art. 24: 50 % of it, € 1.001,065, rounded half up to € 1.001,07.
"""

from __future__ import annotations

import pytest

from werktloont.engine.calculate import calculate


def couple(partner: dict) -> dict:
    return {"date": "2026-01-01",
            "household": {"adults": [{"age": 35}, {"age": 33, "bijstand_entitled": False, **partner}]}}


def test_partner_income_below_the_gehuwdennorm_does_not_count():
    # Partner's wage 12 h x € 15 x 52/12 = € 780 + 8 % vakantiegeld = € 842,40 net (no tax: see test_couple.py).
    # Couple's income with the bijstand without it: 1.001,07 + 842,40 = € 1.843,47 <= 2.002,13: nothing counts.
    # Bijstand € 1.001,07 (before: 1.001,07 - 842,40 = € 158,67).
    w = calculate(couple({"current_job": {"hourly_wage": 15.0, "hours_per_week": 12}}), timeline=False)[
        "without_job"]
    assert w["other_income"] == pytest.approx(842.40, abs=0.01)
    assert w["bijstand"] == pytest.approx(1001.07, abs=0.01)


def test_partner_income_above_the_gehuwdennorm_counts_for_the_excess():
    # Partner's benefit € 1.200 net a month: 1.001,07 + 1.200 - 2.002,13 = € 198,94 counts.
    # Bijstand 1.001,07 - 198,94 = € 802,13; bijstand and the partner's income together: € 2.002,13, the norm.
    w = calculate(couple({"other_income": [{"kind": "overig", "net_per_month": 1200.0}]}), timeline=False)[
        "without_job"]
    assert w["bijstand"] == pytest.approx(802.13, abs=0.02)
    assert w["bijstand"] + w["other_income"] == pytest.approx(2002.13, abs=0.02)


def test_an_entitled_partner_still_counts_in_full_against_the_couple_norm():
    # Entitled partner with € 1.200 net benefit (no vrijlating on a benefit): 2.002,13 - 1.200 = € 802,13.
    case = couple({"other_income": [{"kind": "overig", "net_per_month": 1200.0}]})
    case["household"]["adults"][1]["bijstand_entitled"] = True
    w = calculate(case, timeline=False)["without_job"]
    assert w["bijstand"] == pytest.approx(802.13, abs=0.02)


def test_the_explanation_names_article_32_lid_3_and_the_free_amount():
    from werktloont import api

    r = api.calculate(couple({"current_job": {"hourly_wage": 15.0, "hours_per_week": 12}}), timeline=False)
    text = next(e["text"] for e in r["explanations"] if e["component"] == "bijstand" and
                e["situation"] == "without_job")
    assert "van het inkomen van uw partner telt € 842,40 niet mee" in text
    assert "artikel 32 lid 3 Participatiewet" in text


def test_the_partner_without_a_right_takes_the_offer():
    # Lid 3 applies to whichever adult has no right, also the one who takes the offer. Offer 12 h x € 15 for the
    # partner without a right (job.person 1): € 842,40 net, no vrijlating (it is for the belanghebbende);
    # 0 + 1.001,07 + 842,40 = 1.843,47 <= 2.002,13, so nothing counts: bijstand stays € 1.001,07.
    case = couple({})
    case["job"] = {"hourly_wage": 15.0, "hours_per_week": 12, "person": 1}
    r = calculate(case, timeline=False)
    assert r["with_job"]["net_wage"] == pytest.approx(842.40, abs=0.01)
    assert r["with_job"]["bijstand"] == pytest.approx(1001.07, abs=0.01)


def test_the_first_adult_without_a_right():
    # The case format allows the flag on adults[0] too: the couple norm is halved all the same (art. 24) and lid 3
    # applies to that adult's income. adults[0] earns € 842,40 net (12 h x € 15); the entitled partner takes an
    # offer of 12 h x € 15: € 842,40 - vrijlating 25 % € 210,60 = € 631,80 counts; max(631,80, 1.001,07) + 842,40
    # - 2.002,13 < 0, so adults[0]'s wage does not count: bijstand 1.001,07 - 631,80 = € 369,27; without the offer
    # € 1.001,07 (was the full couple norm, € 1.159,73).
    case = {"date": "2026-01-01", "household": {"adults": [
        {"age": 35, "bijstand_entitled": False, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}},
        {"age": 33}]}, "job": {"hourly_wage": 15.0, "hours_per_week": 12, "person": 1}}
    r = calculate(case, timeline=False)
    assert r["without_job"]["bijstand"] == pytest.approx(1001.07, abs=0.01)
    assert r["with_job"]["bijstand"] == pytest.approx(369.27, abs=0.01)
