"""The boete (Participatiewet art. 17 lid 1, 18a; Boetebesluit socialezekerheidswetten art. 2, 2a, 2aa): hand
calculations from the texts geldend 2025-2026 (PW: wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel18a; Boetebesluit:
wetten.overheid.nl/BWBR0011708/2018-11-14, the version in force in 2025 and 2026)."""

from datetime import date

import pytest

from tests.engine.test_assets import NORM_2026_01, NORM_2026_07, seed
from werktloont.engine.calculate import calculate
from werktloont.engine.reclaim import _within_days
from werktloont.errors import InputError
from werktloont.params import load_pack
from werktloont.rules.participatiewet import boete

P = load_pack().at(date(2026, 7, 1)).reg("boete")
SEED_RECLAIM = 4 * NORM_2026_01 + 3 * NORM_2026_07  # 9.864,38: March-September 2026 (tests/engine/test_assets.py)


def judge(netto, **kw):
    return boete.beoordeling(benadeling_netto=netto, p=P, **kw)


def test_grades_of_art_2_on_net_and_gross():
    # Art. 2 lid 2-5: 100 / 75 / 50 / 25 % of the benadelingsbedrag. Net 1.000, gross 1.250 (art. 18a lid 2 does not
    # say which; both are shown): 1.000 / 750 / 500 / 250 and 1.250 / 937,50 / 625 / 312,50.
    r = judge(1000.0, benadeling_bruto=1250.0)
    rows = {g["grade"]: (g["percentage"], g["netto"], g["bruto"]) for g in r["grades"]}
    assert rows == {"opzet": (100, 1000.0, 1250.0), "grove_schuld": (75, 750.0, 937.5),
                    "normaal": (50, 500.0, 625.0), "verminderd": (25, 250.0, 312.5)}
    # Not judged yet: every grade open, no boete possible too (Awb 5:41), normal blame the likely grade (the college
    # must prove opzet and grove schuld, art. 2 lid 9).
    assert (r["min"], r["max"], r["waarschijnlijk"], r["waarschijnlijk_bedrag"]) == (250.0, 1000.0, "normaal", 500.0)
    assert r["geen_boete_mogelijk"] and "boete_niet_automatisch" in r["codes"]


def test_no_blame_no_boete():
    r = judge(1000.0, verwijtbaarheid="geen")
    assert (r["min"], r["max"], r["waarschijnlijk_bedrag"]) == (0.0, 0.0, 0.0) and r["draagkracht"] is None


def test_recidive_150_percent():
    # Art. 2 lid 6: the percentages apply to 150 % of the benadelingsbedrag: 50 % x 1,5 x 1.000 = 750.
    r = judge(1000.0, verwijtbaarheid="normaal", recidive=True)
    assert r["recidive_factor"] == 1.5 and r["waarschijnlijk_bedrag"] == 750.0 and r["min"] == r["max"] == 750.0


def test_no_benadeling_150_euro_or_a_warning():
    # Art. 2 lid 11: no benadelingsbedrag and no warning: € 150 as the starting point; art. 2aa lid 1 a: a warning
    # is possible (no benadeling, or at most € 150).
    r = judge(0.0, verwijtbaarheid="normaal")
    assert r["geen_benadeling"] and r["waarschijnlijk_bedrag"] == 150.0
    assert r["waarschuwing"]["mogelijk"] and r["waarschuwing"]["gronden"] == ["benadeling_klein"]
    assert judge(150.0)["waarschuwing"]["mogelijk"] and not judge(150.01)["waarschuwing"]["mogelijk"]


def test_warning_not_within_two_years_of_an_earlier_one():
    # PW art. 18a lid 4: "tenzij ... binnen een periode van twee jaar ... eerder ... een zodanige waarschuwing".
    r = judge(100.0, eerdere_waarschuwing_binnen_2_jaar=True)
    assert not r["waarschuwing"]["mogelijk"]
    assert r["waarschuwing"]["uitgesloten_door"] == ["eerdere_waarschuwing_binnen_2_jaar"]


def test_reporting_oneself_reduced_blame_and_a_warning_possible():
    # Art. 2a lid 2 c: reporting oneself before it is found gives verminderde verwijtbaarheid (25 %); art. 2aa lid 1 b
    # and lid 2: within 60 days a warning instead of a boete is possible.
    r = judge(2000.0, zelf_gemeld=True, zelf_gemeld_binnen_termijn=True)
    assert r["waarschijnlijk"] == "verminderd" and r["redenen_artikelen"] == ["2a lid 2 c"]
    assert r["waarschijnlijk_bedrag"] == 500.0
    assert r["waarschuwing"]["mogelijk"] and r["waarschuwing"]["gronden"] == ["zelf_gemeld"]
    late = judge(2000.0, zelf_gemeld=True, zelf_gemeld_binnen_termijn=False)
    assert late["waarschijnlijk"] == "verminderd" and not late["waarschuwing"]["mogelijk"]
    unknown = judge(2000.0, zelf_gemeld=True)  # days not known: possible, on the condition of 60 days
    assert unknown["waarschuwing"]["mogelijk"] and unknown["waarschuwing"]["voorwaarden"] == ["binnen_60_dagen"]


def test_draagkracht_indication_from_case_law():
    # CRvB 11-01-2016 (ECLI:NL:CRVB:2016:10): normal blame, about 12 x 10 % of the norm: 12 x 0,10 x 1.419,46
    # = 1.703,35 against 50 % x 9.864,38 = 4.932,19. Opzet (2016:9): 24 x 0,10 x 1.419,46 = 3.406,70.
    r = judge(SEED_RECLAIM, verwijtbaarheid="normaal", bijstandsnorm=NORM_2026_07)
    assert r["draagkracht"]["indicatie"] == pytest.approx(1703.35) and r["draagkracht"]["gematigd"] == 1703.35
    r = judge(SEED_RECLAIM, verwijtbaarheid="opzet", bijstandsnorm=NORM_2026_07)
    assert r["draagkracht"]["indicatie"] == pytest.approx(3406.70)
    # No month count was found for reduced blame: no indication rather than a guess.
    assert judge(1000.0, verwijtbaarheid="verminderd", bijstandsnorm=NORM_2026_07)["draagkracht"]["indicatie"] is None


def test_kwijtschelding_only_without_opzet_or_grove_schuld():
    # PW art. 18a lid 13 (kwijtschelding bij een schuldregeling) and art. 60c (no cooperation with opzet/grove schuld).
    assert judge(1000.0, verwijtbaarheid="normaal")["kwijtschelding_bij_schuldregeling"]
    assert not judge(1000.0, verwijtbaarheid="grove_schuld")["kwijtschelding_bij_schuldregeling"]


def test_within_60_days_by_month():
    # A change in January reported in February: at most 31 + 28 - 1 = 58 days: within. July -> August: up to 61
    # days: the days decide. January -> May: at least 1 Feb .. 1 May = 89 days: too late.
    assert _within_days("2026-01", "2026-01", 60) is True
    assert _within_days("2026-01", "2026-02", 60) is True
    assert _within_days("2026-07", "2026-08", 60) is None
    assert _within_days("2026-01", "2026-05", 60) is False


def test_seed_client_with_a_mild_intellectual_disability():
    # The seed story (tests/engine/test_assets.py): not reported, found in October: 9.864,38 reclaimed. With a mild
    # intellectual disability art. 2a lid 2 b names reduced blame: 25 % x 9.864,38 = 2.466,095 -> 2.466,10 is the
    # likely boete; 100 % only if the gemeente proves opzet; no boete at all if he could not know (art. 17 lid 1).
    case = seed()
    case["household"]["adults"][0]["verminderd_verwijtbaar_reden"] = "licht_verstandelijke_beperking"
    ev = calculate(case, timeline=False)["asset_events"][0]
    b = ev["boete"]
    assert b["waarschijnlijk"] == "verminderd" and b["redenen"] == ["licht_verstandelijke_beperking"]
    assert b["redenen_artikelen"] == ["2a lid 2 b"]
    assert b["waarschijnlijk_bedrag"] == pytest.approx(0.25 * SEED_RECLAIM, abs=0.005)
    assert b["max"] == pytest.approx(SEED_RECLAIM) and b["geen_boete_mogelijk"]
    assert b["benadelingsbedrag"]["bruto"] == ev["reclaim_gross"] > b["benadelingsbedrag"]["netto"]
    assert not b["waarschuwing"]["mogelijk"]


def test_seed_client_who_reports_it_himself():
    # The car comes in March 2026, he tells the gemeente himself in April, before it is found: March is paid too
    # much, 1.401,50 reclaimed (art. 58). March -> April is at most 30 + 30 = 60 days: a warning instead of a boete
    # is possible (art. 2aa lid 1 b and lid 2), and the blame is reduced (art. 2a lid 2 c): 25 % x 1.401,50 = 350,38.
    case = seed(discovered="2026-04")
    case["assets"]["changes"][0]["reported_self"] = True
    ev = calculate(case, timeline=False)["asset_events"][0]
    assert ev["reclaim_net"] == pytest.approx(NORM_2026_01)
    b = ev["boete"]
    assert b["waarschuwing"]["mogelijk"] and b["waarschuwing"]["gronden"] == ["zelf_gemeld"]
    assert ev["waarschuwing_possible"] is True
    assert b["waarschijnlijk"] == "verminderd" and b["waarschijnlijk_bedrag"] == pytest.approx(350.38)
    # After an earlier warning within two years: no warning (art. 18a lid 4), the boete stays reduced.
    case["assets"]["changes"][0]["earlier_warning_within_2_years"] = True
    b = calculate(case, timeline=False)["asset_events"][0]["boete"]
    assert not b["waarschuwing"]["mogelijk"] and b["waarschijnlijk"] == "verminderd"


def test_reported_self_needs_the_month_and_not_reported_at_once():
    case = seed(discovered=None)
    case["assets"]["changes"][0]["reported_self"] = True
    with pytest.raises(InputError) as exc:
        calculate(case, timeline=False)
    assert "reported_self" in str(exc.value)


def test_reported_at_once_no_boete_judgement():
    ev = calculate(seed(reported=True, discovered=None), timeline=False)["asset_events"][0]
    assert ev["boete"] is None and ev["waarschuwing_possible"] is False
