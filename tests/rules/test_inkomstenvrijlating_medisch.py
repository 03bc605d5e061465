"""Medisch urenbeperkt: Participatiewet art. 31 lid 2 y (until 2026) and art. 34a lid 1 b (from 2027), and the
exemption from the zoektermijn (art. 41 lid 4 b). Texts: wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31
(lid 2 n: 25 %, max EUR 285,00; lid 2 y: 15 %, max EUR 180,19, "tenzij onderdeel n van toepassing is"; lid 5: n and
r not below 27, y not named) and #Artikel34a (lid 1 b: 15 %, no term, no maximum, no "oordeel van het college")."""

from datetime import date

import pytest

from werktloont.engine.calculate import calculate
from werktloont.params import load_pack
from werktloont.rules.participatiewet.inkomstenvrijlating import Art31Vrijlating, Art34aVrijlating

P26 = load_pack().at(date(2026, 1, 1)).reg("bijstand")
P27 = load_pack().at(date(2027, 1, 1)).reg("bijstand")
ART31, ART34A = Art31Vrijlating("t", "t", date(2025, 1, 1), None, (), ""), Art34aVrijlating(
    "t", "t", date(2027, 1, 1), None, (), "")


def art31(income, age, month, mu):
    return float(ART31.amount(income, client_age=age, single_parent_young_child=False, month=month, p=P26,
                              medisch_urenbeperkt=mu)["vrijlating"])


def test_art31_lid2_y_also_below_27_and_without_an_end():
    # 22 years old: n is not for under-27s (lid 5), y is: 15 % x 1.000 = 150,00 (below the maximum 180,19).
    assert art31(1000.0, 22, 1, True) == pytest.approx(150.00)
    assert art31(1000.0, 22, 1, False) == 0.0
    # No time limit: month 40 still 150,00.
    assert art31(1000.0, 22, 40, True) == pytest.approx(150.00)
    # 15 % x 2.000 = 300 > 180,19: the maximum.
    assert art31(2000.0, 35, 7, True) == pytest.approx(180.19)


def test_art31_n_goes_first_then_y():
    # 35 years old, month 3: n applies ("tenzij onderdeel n van toepassing is"): 25 % x 1.000 = 250,00 (< 285,00).
    assert art31(1000.0, 35, 3, True) == pytest.approx(250.00)
    # Month 7: n is over (6 months), y: 150,00.
    assert art31(1000.0, 35, 7, True) == pytest.approx(150.00)
    assert ART31.part(3, P26, 35, medisch_urenbeperkt=True) == "n"
    assert ART31.part(7, P26, 35, medisch_urenbeperkt=True) == "y"
    assert ART31.part(1, P26, 22, medisch_urenbeperkt=True) == "y"
    assert ART31.unlimited("y") and not ART31.unlimited("n")


def test_art34a_lid1_b_fifteen_percent_without_term_or_maximum():
    # 15 % x 2.000 = 300,00 in month 20 (lid 1 a would have ended after 12 months; lid 1 b has no maximum).
    kw = dict(client_age=35, single_parent_young_child=False, month=20, p=P27)
    assert float(ART34A.amount(2000.0, medisch_urenbeperkt=True, **kw)["vrijlating"]) == pytest.approx(300.00)
    assert float(ART34A.amount(2000.0, **kw)["vrijlating"]) == 0.0
    assert ART34A.part(20, P27, 35, medisch_urenbeperkt=True) == "34a_mu" and ART34A.unlimited("34a_mu")


def _young_case(mu: bool, hours: float = 16):
    # 22, single, `hours` x 14,71 for 3 months from 2026-03: too short for WW (26 weeks, WW art. 17).
    return {"format": "werktloont-case/1", "date": "2026-03-01",
            "household": {"adults": [{"age": 22, "medisch_urenbeperkt": mu}], "rent": {"base_rent": 650.0}},
            "job": {"hours_per_week": hours, "hourly_wage": 14.71, "start": "2026-03-01", "contract_months": 3}}


def test_medisch_urenbeperkt_in_the_projection():
    r = calculate(_young_case(True))
    first = r["timeline"][0]
    # The y part from the first month, 15 % of the net income from work (art. 31 lid 2 y).
    assert [n for n in first["note_codes"] if n["code"] == "vrijlating_month"] == [
        {"code": "vrijlating_month", "month": 1, "letter": "y"}]
    assert r["gain_phases"][0]["reason"] == "vrijlating_y"
    plain = calculate(_young_case(False))
    assert plain["details"]["with_job"]["vrijlating"] == 0.0  # under 27: no n (lid 5)
    assert r["details"]["with_job"]["vrijlating"] > 0.0


def test_no_zoektermijn_for_medisch_urenbeperkt():
    # Art. 41 lid 4 b: the four weeks do not apply when a person is medisch urenbeperkt. 36 h x 14,71 is above the
    # norm: no bijstand while working, so June is a new application.
    june = {e["month"]: e for e in calculate(_young_case(False, 36))["timeline"]}["2026-06"]
    assert june["situation"] == "zoektermijn"
    june_mu = {e["month"]: e for e in calculate(_young_case(True, 36))["timeline"]}["2026-06"]
    assert june_mu["situation"] == "bijstand"


def test_y_instead_of_r_for_a_single_parent():
    # Art. 31 lid 2 r (2026-01-01): 12,5 % max 177,66 "en onderdeel y, z of aa niet van toepassing is". A single
    # parent (35) in month 8 with 1.000: r would be 125,00; medisch urenbeperkt: y, 15 % = 150,00.
    kw = dict(client_age=35, single_parent_young_child=True, month=8, p=P26)
    assert float(ART31.amount(1000.0, **kw)["vrijlating"]) == pytest.approx(125.00)
    assert float(ART31.amount(1000.0, medisch_urenbeperkt=True, **kw)["vrijlating"]) == pytest.approx(150.00)
