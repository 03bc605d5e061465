"""Toeslagenwet before bijstand: hand calculations written out, with the sources of the amounts.

Amounts: Toeslagenwet art. 2 lid 1 and 2, geldend 2025-07-01 (https://wetten.overheid.nl/BWBR0004043/2025-07-01;
the same on UWV, "Sociaal minimum", bedragen vanaf 1 juli 2025): gehuwd € 103,26 per dag, ongehuwde 21+ € 73,79
per dag; geldend 2026-07-01: ongehuwde 21+ € 76,75. Toeslagenwet art. 8 (toeslag = sociaal minimum - inkomen per
dag), art. 8a (at most dagloon - uitkering when the dagloon, without vakantiebijslag, is below the minimumloon for a
gehuwde), art. 10 (8 % vakantie-uitkering), art. 3 (partner born after 1971: only with a child under 12), art. 7
(vrijlating: 5 % of the minimumloon + 30 % of the rest, at most 15 %). Minimumloon 1 juli 2025: € 2.245,80 per maand
(Stcrt. 2025, 12264), per dag / 21,75 (art. 1 lid 1 f).

The case: a 35-year-old works 32 h x € 14,71 from 1 January to 30 June 2025 (contract of 6 months) and gets WW from
July 2025 (3 months: 75 %, 75 %, 70 %). Dagloon (Dagloonbesluit art. 2 and 5): the refertejaar ends on 31 May 2025;
the job began inside it, so D = the weekdays 1 January - 31 May 2025 = 23 + 20 + 21 + 22 + 22 = 108, and
A - B = 5 months x 14,71 x 32 x 13/3. Dagloon = 5 x 2.039,787 x 1,08 / 108 = 101,989.
"""

import pytest

from werktloont.api import project
from werktloont.params import load_pack
from werktloont.rules.toeslagenwet import toeslag as tw

DAGLOON = 5 * 14.71 * 32 * 13 / 3 * 1.08 / 108        # 101,989 (incl. vakantiebijslag)
DAGLOON_EXCL = DAGLOON / 1.08                          # art. 8a lid 2: without vakantiebijslag, 94,435
MINIMUM_SINGLE, MINIMUM_COUPLE = 73.79, 103.26         # UWV, per dag, vanaf 1 juli 2025
MINIMUMLOON_DAG = 2245.80 / 21.75                      # 103,255
NORM_SINGLE, NORM_COUPLE = 1369.06, 1955.80            # Participatiewet art. 21 a en c, geldend 2025-07-01
MONTH = 21.75 * 1.08                                   # days per month (art. 1 lid 1 f) x vakantie-uitkering (art. 10)
JOB = {"hourly_wage": 14.71, "hours_per_week": 32, "start": "2025-01-01", "contract_months": 6}


def case(adults, *, children=(), car=0.0, date="2025-01-01", job=None, sharers=0):
    return {"format": "werktloont-case/1", "date": date,
            "household": {"adults": adults, "children": list(children), "cost_sharers": sharers,
                          "rent": {"base_rent": 650.0, "service_costs": 40.0}},
            "assets": {"savings": 0.0, "car_value": car}, "job": job or JOB}


def months(r):
    return {e["month"]: e for e in r["entries"]}


def tw_gross(entry):
    """The gross TW of a month, from its note (the entry itself holds the net amount)."""
    notes = [n for n in entry["note_codes"] if n["code"] == "toeslagenwet"]
    return notes[0]["gross"] if notes else 0.0


def test_single_person_gets_ww_plus_tw_then_bijstand_tops_up():
    r = project(case([{"age": 35}]))
    m = months(r)
    assert r["summary"]["ww"]["dagloon"] == pytest.approx(DAGLOON, abs=0.01)
    # Art. 8a does not apply: 94,44 is not below 70 % x 103,255 = 72,28.
    # July, August (75 %): WW per dag without vakantiebijslag 0,75 x 94,435 = 70,826; toeslag 73,79 - 70,826 = 2,964
    # per dag; per maand 2,964 x 21,75 x 1,08 = 69,63. September (70 %): 73,79 - 66,104 = 7,686 -> 180,54.
    july = (MINIMUM_SINGLE - 0.75 * DAGLOON_EXCL) * MONTH
    sept = (MINIMUM_SINGLE - 0.70 * DAGLOON_EXCL) * MONTH
    assert tw_gross(m["2025-07"]) == pytest.approx(july, abs=0.01) and july == pytest.approx(69.63, abs=0.01)
    assert tw_gross(m["2025-09"]) == pytest.approx(sept, abs=0.01) and sept == pytest.approx(180.54, abs=0.01)
    for k in ("2025-07", "2025-08", "2025-09"):
        e = m[k]
        assert e["toeslagenwet"] > 0 and e["situation"] == "WW + TW + aanvullende bijstand"
        # Bijstand tops WW + TW (net, taxed together) up to the norm (Participatiewet art. 15, 19 lid 2, 31-32).
        assert e["ww"] + e["toeslagenwet"] + e["bijstand"] == pytest.approx(NORM_SINGLE, abs=0.011)
    assert m["2025-10"]["toeslagenwet"] == 0.0 and m["2025-10"]["situation"] == "bijstand"
    s = r["summary"]["toeslagenwet"]
    assert s["status"] == "paid" and s["months"] == ["2025-07", "2025-08", "2025-09"] and not s["capped_by_dagloon"]
    assert s["sociaal_minimum_per_day"] == MINIMUM_SINGLE and s["leefsituatie"] == "alleenstaande"
    assert s["sources"][0]["url"] == "https://wetten.overheid.nl/BWBR0004043/2025-07-01#Artikel2"
    assert any(a["code"] == "apply_ww" and a["tw"] for a in r["summary"]["action_codes"])


def test_couple_partner_born_before_1972_gets_tw_limited_by_the_dagloon():
    # Partner 60 in 2025: born 1964 or 1965, before 1972 (art. 3 does not exclude). Gehuwd: the dagloon without
    # vakantiebijslag (94,44) is below the minimumloon per dag (103,255), so art. 8a: toeslag at most
    # dagloon - uitkering = 94,435 - 70,826 = 23,609 per dag (the gap to 103,26 is 32,43). Per maand
    # 23,609 x 21,75 x 1,08 = 0,25 x 101,989 x 21,75 = 554,57; September 0,30 x 101,989 x 21,75 = 665,48.
    r = project(case([{"age": 35}, {"age": 60}]))
    m = months(r)
    assert tw_gross(m["2025-07"]) == pytest.approx(0.25 * DAGLOON * 21.75, abs=0.01)
    assert tw_gross(m["2025-07"]) == pytest.approx(554.57, abs=0.01)
    assert tw_gross(m["2025-09"]) == pytest.approx(0.30 * DAGLOON * 21.75, abs=0.01)
    assert r["summary"]["toeslagenwet"]["capped_by_dagloon"]
    for k in ("2025-07", "2025-08", "2025-09"):
        assert m[k]["situation"] == "WW + TW + aanvullende bijstand"
        assert m[k]["ww"] + m[k]["toeslagenwet"] + m[k]["bijstand"] == pytest.approx(NORM_COUPLE, abs=0.011)


def test_couple_partner_born_after_1971_with_child_under_12_gets_tw():
    r = project(case([{"age": 35}, {"age": 40}], children=[{"age": 5}]))
    assert tw_gross(months(r)["2025-07"]) == pytest.approx(0.25 * DAGLOON * 21.75, abs=0.01)


def test_couple_partner_born_after_1971_without_young_child_gets_no_tw():
    # Partner 40 in 2025: born 1984 or 1985, after 31 December 1971, and no child under 12: no right (art. 3).
    r = project(case([{"age": 35}, {"age": 40}]))
    m = months(r)
    for k in ("2025-07", "2025-08", "2025-09"):
        assert m[k]["toeslagenwet"] == 0.0 and tw_gross(m[k]) == 0.0
        assert m[k]["situation"] == "WW + aanvullende bijstand"
        assert m[k]["ww"] + m[k]["bijstand"] == pytest.approx(NORM_COUPLE, abs=0.011)
    assert r["summary"]["toeslagenwet"]["status"] == "partner_condition"
    assert {"code": "tw_partner_condition", "capped": False, "per_day": None} in r["summary"]["note_codes"]


def test_car_above_the_vermogensgrens_keeps_ww_and_tw():
    # A car of € 20.000 counts in full (not needed for work): above the vermogensgrens of € 7.770 (art. 34 lid 3 a,
    # 2025), so bijstand is refused; the TW has no asset test (art. 2 and 6 count income only), so WW + TW stay.
    r = project(case([{"age": 35}], car=20000.0))
    m = months(r)
    for k in ("2025-07", "2025-08", "2025-09"):
        # The month is a WW month (with the TW-toeslag); its note says the assets are above the limit.
        assert m[k]["situation"] == "WW + TW" and m[k]["bijstand"] == 0.0
        assert any(n["code"] == "assets_above_limit" for n in m[k]["note_codes"])
        assert m[k]["ww"] > 0 and m[k]["toeslagenwet"] > 0
    assert tw_gross(m["2025-07"]) == pytest.approx((MINIMUM_SINGLE - 0.75 * DAGLOON_EXCL) * MONTH, abs=0.01)
    assert tw_gross(m["2025-09"]) == pytest.approx((MINIMUM_SINGLE - 0.70 * DAGLOON_EXCL) * MONTH, abs=0.01)


def test_partner_wage_counts_minus_the_art_7_vrijlating():
    # Partner 60 works 12 h x € 15: per dag 12 x 15 x 13/3 / 21,75 = 35,862. Vrijlating (art. 7): 5 % x 103,255 =
    # 5,163 + 30 % x (35,862 - 5,163) = 9,210 -> 14,373, below the maximum 15 % x 103,255 = 15,488. Counted 21,489.
    # Income 70,826 + 21,489 = 92,315; gap to 103,26 = 10,945, below the art. 8a limit 23,609: 10,945 x 23,49 = 257,10.
    wage_day = 12 * 15 * 13 / 3 / 21.75
    free = min(0.05 * MINIMUMLOON_DAG + 0.30 * (wage_day - 0.05 * MINIMUMLOON_DAG), 0.15 * MINIMUMLOON_DAG)
    expected = (MINIMUM_COUPLE - 0.75 * DAGLOON_EXCL - (wage_day - free)) * MONTH
    assert expected == pytest.approx(257.10, abs=0.02)
    r = project(case([{"age": 35}, {"age": 60, "works": True,
                                    "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}}]))
    assert tw_gross(months(r)["2025-07"]) == pytest.approx(expected, abs=0.01)


def test_2026_amounts_single_person():
    # The case of tests/engine/test_timeline.py: 32 h x € 14,71 from 1 March 2026 for 6 months; WW from September
    # 2026. Dagloon 2.039,787 x 5 x 1,08 / 110 = 100,135 (D = 110 weekdays, 1 March - 31 July 2026).
    # Toeslagenwet art. 2 lid 2, geldend 2026-07-01: € 76,75. WW per dag without vakantiebijslag 0,75 x 100,135 / 1,08
    # = 69,538; toeslag 76,75 - 69,538 = 7,212 per dag -> x 21,75 x 1,08 = 169,41. Art. 8a does not apply: 92,72 is
    # not below 70 % of the minimumloon per dag (2.337,00 / 21,75 = 107,45 -> 75,21).
    dagloon = 5 * 14.71 * 32 * 13 / 3 * 1.08 / 110
    r = project(case([{"age": 35}], date="2026-03-01", job=dict(JOB, start="2026-03-01")))
    m = months(r)
    expected = (76.75 - 0.75 * dagloon / 1.08) * MONTH
    assert expected == pytest.approx(169.41, abs=0.01)
    assert tw_gross(m["2026-09"]) == pytest.approx(expected, abs=0.01)
    assert tw_gross(m["2026-11"]) == pytest.approx((76.75 - 0.70 * dagloon / 1.08) * MONTH, abs=0.01)


def test_woningdeler_whose_ww_is_above_the_minimum_gets_no_tw():
    # Art. 2 lid 7: an ongehuwde of 21+ who shares the home with another adult: € 47,87 per dag (geldend 2025-07-01).
    # The WW per dag (70,83) is above it: no toeslag.
    r = project(case([{"age": 35}], sharers=1))
    assert all(e["toeslagenwet"] == 0.0 for e in r["entries"])
    s = r["summary"]["toeslagenwet"]
    assert s["status"] == "above_minimum" and s["leefsituatie"] == "woningdeler"
    assert s["sociaal_minimum_per_day"] == 47.87


def test_months_without_known_amounts_get_no_tw_and_say_so(monkeypatch):
    # A pack without the TW amounts (e.g. a newer pack where they are unknown): no toeslag, a note, no crash.
    from werktloont.params.loader import Snapshot
    has = Snapshot.has
    monkeypatch.setattr(Snapshot, "has", lambda self, pid: False if pid.startswith("toeslagenwet.") else has(self, pid))
    r = project(case([{"age": 35}]))
    m = months(r)
    assert m["2025-07"]["toeslagenwet"] == 0.0 and m["2025-07"]["situation"] == "WW + aanvullende bijstand"
    notes = [n for n in r["summary"]["note_codes"] if n["code"] == "tw_unknown"]
    assert notes and notes[0]["months"] == ["2025-07", "2025-08", "2025-09"]


def test_rules_by_hand():
    p = load_pack().at("2025-07-01").reg("toeslagenwet")
    aow = 67.25

    def minimum(partner, age, sharers):
        situatie = tw.leefsituatie(has_partner=partner, age=age, cost_sharers=sharers, p=p)
        return tw.sociaal_minimum_dag(situatie=situatie, age=age, aow_leeftijd=aow, p=p)

    assert minimum(False, 35, 1) == 47.87   # art. 2 lid 7, woningdeler
    assert minimum(False, 20, 1) == 57.66   # lid 8: lid 7 not under 21
    assert minimum(False, 19, 0) == 42.17
    assert minimum(True, 30, 0) == 103.26
    assert minimum(False, 17, 0) == 0.0     # lid 5: under 18
    assert minimum(True, 68, 0) == 0.0      # lid 6: from the AOW age
    # Art. 1 lid 1 f 2°: an ongehuwde of 19 has the minimumloon for his age: 60 % of 2.245,80 / 21,75 = 61,95.
    p_ml = load_pack().at("2025-07-01").reg("minimumloon")
    assert tw.minimumloon_dag(situatie="alleenstaande", age=19, minimummaandloon=2245.80, dagen=21.75,
                              p_ml=p_ml) == pytest.approx(0.60 * 2245.80 / 21.75)
    assert tw.minimumloon_dag(situatie="gehuwd", age=19, minimummaandloon=2245.80, dagen=21.75,
                              p_ml=p_ml) == pytest.approx(MINIMUMLOON_DAG)
    # Art. 3 with ages: in 2025 a partner of 54 is born in 1970 or 1971 (before 1972); one of 53 may be born in 1972.
    assert tw.partner_voorwaarde(has_partner=True, partner_age=54, year=2025, youngest_child_age=99, p=p)
    assert not tw.partner_voorwaarde(has_partner=True, partner_age=53, year=2025, youngest_child_age=99, p=p)
    assert tw.partner_voorwaarde(has_partner=True, partner_age=53, year=2025, youngest_child_age=11, p=p)
    assert not tw.partner_voorwaarde(has_partner=True, partner_age=30, year=2025, youngest_child_age=12, p=p)
    # Art. 7 lid 2: at most 15 % of the minimumloon: 100 per dag -> 0,15 x 103,255 = 15,49.
    assert tw.vrijlating_arbeid_dag(100.0, MINIMUMLOON_DAG, p) == pytest.approx(0.15 * MINIMUMLOON_DAG)


def test_partner_benefit_counts_and_alimentatie_does_not():
    # Algemeen inkomensbesluit socialezekerheidswetten art. 2:4: a WIA counts as overig inkomen, alimentatie is not in
    # its list. Partner 60 with a WIA of € 500 gross per month: 500 / 21,75 = 22,989 per dag. Income 70,826 + 22,989
    # = 93,815; toeslag 103,26 - 93,815 = 9,4455 per dag (below the art. 8a limit 23,609) -> x 23,49 = 221,88.
    wia = {"age": 60, "other_income": [{"kind": "wia", "gross_per_month": 500.0}]}
    r = project(case([{"age": 35}, wia]))
    expected = (MINIMUM_COUPLE - 0.75 * DAGLOON_EXCL - 500.0 / 21.75) * MONTH
    assert expected == pytest.approx(221.88, abs=0.01)
    assert tw_gross(months(r)["2025-07"]) == pytest.approx(expected, abs=0.01)
    alimentatie = {"age": 60, "other_income": [{"kind": "alimentatie", "gross_per_month": 500.0}]}
    r = project(case([{"age": 35}, alimentatie]))
    assert tw_gross(months(r)["2025-07"]) == pytest.approx(0.25 * DAGLOON * 21.75, abs=0.01)  # as without income
