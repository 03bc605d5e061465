"""Paying back a reclaim (Participatiewet art. 58 lid 7, 60 lid 2 and 4; Rv art. 475c-475e): hand calculations.

Texts: wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel58 and #Artikel60; Rv art. 475dc lid 1 (tekst geldend
2026-01-01): for a client on bijstand only, the beslagvrije voet is 95 % of the monthly income."""

from datetime import date

import pytest

from werktloont.params import load_pack
from werktloont.rules.participatiewet.terugvordering import aflossing

P = load_pack().at(date(2026, 7, 1)).reg("bijstand")
SEED_RECLAIM = 4 * 1401.50 + 3 * 1419.46  # 9.864,38 (tests/engine/test_assets.py)


def test_seed_reclaim_from_bijstand_takes_more_than_ten_years():
    # Alleenstaande on bijstand, 2026-07-01: norm 1.419,46 (art. 21 a); voet 95 % = 1.348,487 -> 1.348,49;
    # verrekening (art. 60 lid 4) 1.419,46 - 1.348,49 = 70,97 a month; 9.864,38 / 70,97 = 138,99 -> 139 months
    # (11 years and 7 months). After ten years (120 x 70,97 = 8.516,40 paid) the college can waive the rest,
    # 9.864,38 - 8.516,40 = 1.347,98 (art. 58 lid 7 a). Paying half at once, 4.932,19, also allows it (lid 7 d).
    r = aflossing(vordering=SEED_RECLAIM, inkomen_per_maand=1419.46, beslagvrije_voet_per_maand=1348.49,
                  bijstand=True, p=P)
    assert (r["per_month"], r["months"], r["rule"]) == (70.97, 139, "verrekening")
    assert r["longer_than_limit"] and r["afzien_na_jaren"] == 10
    assert r["rest_after_limit"] == pytest.approx(1347.98)
    assert r["afkoop_bedrag"] == pytest.approx(4932.19)


def test_from_a_wage_by_beslag_above_the_voet():
    # A wage of 2.000 net with a voet of 1.500: 500 a month by beslag (art. 60 lid 2 dwangbevel, Awb 4:116);
    # 9.864,38 / 500 = 19,73 -> 20 months; within ten years, nothing left to waive.
    r = aflossing(vordering=SEED_RECLAIM, inkomen_per_maand=2000.0, beslagvrije_voet_per_maand=1500.0,
                  bijstand=False, p=P)
    assert (r["per_month"], r["months"], r["rule"]) == (500.0, 20, "beslag")
    assert not r["longer_than_limit"] and r["rest_after_limit"] == 0.0


def test_no_room_above_the_voet_no_repayment():
    # Income at or below the voet: nothing can be taken; after ten years without payment the college can waive
    # the claim (art. 58 lid 7 c).
    r = aflossing(vordering=1000.0, inkomen_per_maand=1300.0, beslagvrije_voet_per_maand=1300.0, bijstand=True, p=P)
    assert r["per_month"] == 0.0 and r["months"] is None and r["longer_than_limit"]
    assert r["rest_after_limit"] == 1000.0


def test_a_payment_plan_and_the_last_month():
    # An agreed 50 a month: 1.000 / 50 = 20 months; more than the room above the voet (35) is said.
    r = aflossing(vordering=1000.0, inkomen_per_maand=1435.0, beslagvrije_voet_per_maand=1400.0, bijstand=True, p=P,
                  afspraak_per_maand=50.0)
    assert (r["per_month"], r["months"], r["rule"], r["above_room"]) == (50.0, 20, "afspraak", True)
    # A claim smaller than the room is paid in one month.
    assert aflossing(vordering=30.0, inkomen_per_maand=1435.0, beslagvrije_voet_per_maand=1400.0, bijstand=True,
                     p=P)["months"] == 1
