"""More municipalities and schemes: the amount of each municipality's own publication (source in each test).

Incomes are per month; `norm` is the applicable bijstandsnorm per month incl. vakantietoeslag.
"""

from datetime import date

import pytest

from tests.gemeenten.conftest import scheme_at, yearly
from werktloont.rules.gemeente import regelingen

NORM = 1000.0  # a round norm: the limits below are then plain percentages


# --- Tilburg: werkeninkomentilburg.nl (Werk en Inkomen, gemeente Tilburg), English page "Income Allowance": "You
# will receive in 2025: 990 euros if you are married or cohabiting and have children aged 12 to 17; 750 euros if you
# are married or live together without children or with children under 12 years old; 675 euros if you are a single
# parent; 525 euros if you are single"; "living on an income at social assistance level for 60 months (5 years)".
@pytest.mark.parametrize("household,child,expected", [
    ("alleenstaande", False, 525.0), ("alleenstaande_ouder", False, 675.0), ("alleenstaande_ouder", True, 675.0),
    ("paar", False, 750.0), ("paar_met_kinderen", False, 750.0), ("paar_met_kinderen", True, 990.0)])
def test_tilburg_iit_2025(overlays, household, child, expected):
    a = scheme_at(overlays["tilburg"], "individuele_inkomenstoeslag", "2025-07-01")
    assert yearly(a, household, income=NORM, norm=NORM, child_12_17=child) == expected
    # "Op bijstandsniveau": not above 100 % of the norm, in each of the 60 months.
    assert yearly(a, household, income=1.01 * NORM, norm=NORM, child_12_17=child) == 0.0
    assert a.value.reference_months == 60 and a.value.reference_test == "every_month"


# Dutch page of the same site, "U krijgt in 2024": 955 euro getrouwd/samenwonend met kinderen van 12 t/m 17 jaar;
# 715 euro zonder kinderen of met kinderen jonger dan 12; 644 euro alleenstaande ouder; 501 euro alleenstaand.
@pytest.mark.parametrize("household,child,expected", [
    ("alleenstaande", False, 501.0), ("alleenstaande_ouder", False, 644.0), ("paar", False, 715.0),
    ("paar_met_kinderen", False, 715.0), ("paar_met_kinderen", True, 955.0)])
def test_tilburg_iit_2024(overlays, household, child, expected):
    a = scheme_at(overlays["tilburg"], "individuele_inkomenstoeslag", "2024-07-01")
    assert yearly(a, household, income=NORM, norm=NORM, child_12_17=child) == expected


def test_tilburg_iit_2026_is_unknown_not_carried_forward(overlays):
    on = date(2026, 7, 1)
    assert all(a.scheme.id != "individuele_inkomenstoeslag"
               for a in regelingen.active_schemes(overlays["tilburg"], on))
    unknown = dict((s.id, why) for s, why in regelingen.unknown_schemes(overlays["tilburg"], on))
    assert "2025" in unknown["individuele_inkomenstoeslag"]


# --- Amersfoort: geldcheck51.nl, "Individuele inkomenstoeslag" (gemeente Amersfoort, afdeling Sociale Zekerheid):
# "Vanaf 1 januari 2025 gelden de volgende bedragen. Alleenstaande: EUR 500; Alleenstaande ouders: EUR 643;
# Echtparen zonder kinderen: EUR 716; Echtparen met kinderen jonger dan 12 jaar: EUR 716; Echtparen met kind(eren) van
# 12 jaar en ouder: EUR 760"; "minimaal 5 jaar aangewezen op een inkomen van maximaal 110% van de bijstandnorm".
@pytest.mark.parametrize("household,child,expected", [
    ("alleenstaande", False, 500.0), ("alleenstaande_ouder", False, 643.0), ("paar", False, 716.0),
    ("paar_met_kinderen", False, 716.0), ("paar_met_kinderen", True, 760.0)])
def test_amersfoort_iit_2025(overlays, household, child, expected):
    a = scheme_at(overlays["amersfoort"], "individuele_inkomenstoeslag", "2025-07-01")
    assert yearly(a, household, income=NORM, norm=NORM, child_12_17=child, excl_factor=0.95) == expected
    assert a.value.reference_months == 60


def test_amersfoort_limit_without_vakantiegeld_matches_the_page(overlays):
    # "Per 1-1-2025 is dit netto (exclusief vakantiegeld) p.m.: EUR 1.406 voor een alleenstaande (ouder) en
    # EUR 2.008,56 voor een (echt)paar." Norms 2025-01-01 incl. vakantietoeslag (PW art. 21): single EUR 1.345,45,
    # couple EUR 1.922,07. Without the 5 % vakantietoeslag and times 110 %:
    # 1.345,45 x 0,95 x 1,10 = 1.406,00 and 1.922,07 x 0,95 x 1,10 = 2.008,56.
    a = scheme_at(overlays["amersfoort"], "individuele_inkomenstoeslag", "2025-07-01")
    _, single, _ = regelingen.tested_income_and_limit(a.value, 0.0, 1345.45, 0.0, 0.95)
    _, couple, _ = regelingen.tested_income_and_limit(a.value, 0.0, 1922.07, 0.0, 0.95)
    assert float(single) == pytest.approx(1406.00, abs=0.01)
    assert float(couple) == pytest.approx(2008.56, abs=0.01)
    # A couple's net income of 2.100 with 100 vakantiegeld: tested 2.000 <= 2.008,56 -> due; 2.120 -> 2.020 -> not.
    assert yearly(a, "paar", income=2100.0, norm=1922.07, vakantiegeld_share=100.0, excl_factor=0.95) == 716.0
    assert yearly(a, "paar", income=2120.0, norm=1922.07, vakantiegeld_share=100.0, excl_factor=0.95) == 0.0


def test_amersfoort_2026_is_unknown(overlays):
    on = date(2026, 3, 1)
    assert not regelingen.active_schemes(overlays["amersfoort"], on)
    assert "2025" in regelingen.unknown_schemes(overlays["amersfoort"], on)[0][1]


# --- Midden-Drenthe: middendrenthe.nl, "Collectieve zorgverzekering": "Uw netto-inkomen mag op de dag van de aanvraag
# niet hoger zijn dan 130% van de bijstandsnorm"; "U krijgt dan korting op uw maandelijkse premie" (no amount given).
def test_midden_drenthe_collectieve_zorgverzekering_is_unknown_with_its_limit(overlays):
    for on in (date(2025, 7, 1), date(2026, 7, 1)):
        unknown = dict((s.id, why) for s, why in regelingen.unknown_schemes(overlays["midden_drenthe"], on))
        assert "130 %" in unknown["collectieve_zorgverzekering"]


# --- IASZ: iasz.nl, "Individuele inkomenstoeslag": "Maximale bijdrage: alleenstaand EUR 465, alleenstaande ouder
# EUR 596, of getrouwd/samenwonend EUR 664"; "U verdient netto per maand niet meer dan 110% van de bijstandsnorm. Dit
# is zonder vakantiegeld ... Alleenstaand/alleenstaande ouder: EUR 1.406; Getrouwd of samenwonend: EUR 2.009"
# (vermogen EUR 7.770 / 15.540: the 2025 figures).
@pytest.mark.parametrize("household,expected", [("alleenstaande", 465.0), ("alleenstaande_ouder", 596.0),
                                                ("paar", 664.0), ("paar_met_kinderen", 664.0)])
def test_iasz_iit_2025(overlays, household, expected):
    a = scheme_at(overlays["iasz"], "individuele_inkomenstoeslag", "2025-07-01")
    assert yearly(a, household, income=NORM, norm=NORM, excl_factor=0.95) == expected
    assert a.value.reference_months == 36


# iasz.nl, "Bijstandsnormen, overige bedragen": "Individuele inkomenstoeslag (art. 36 Participatiewet en art. 4
# verordening): Alleenstaande EUR 478; Alleenstaande ouder EUR 613; Gehuwden EUR 683" (next to vermogen EUR 8.000 /
# 16.000 and the vrijlating onderdeel n EUR 285 of 2026).
@pytest.mark.parametrize("household,expected", [("alleenstaande", 478.0), ("alleenstaande_ouder", 613.0),
                                                ("paar", 683.0), ("paar_met_kinderen", 683.0)])
def test_iasz_iit_2026(overlays, household, expected):
    a = scheme_at(overlays["iasz"], "individuele_inkomenstoeslag", "2026-07-01")
    assert yearly(a, household, income=NORM, norm=NORM, excl_factor=0.95) == expected


def test_iasz_limit_matches_the_page(overlays):
    # 110 % of the 2025-01-01 norms without the 5 % vakantietoeslag: 1.345,45 x 0,95 x 1,10 = 1.406,00 (page: 1.406)
    # and 1.922,07 x 0,95 x 1,10 = 2.008,56 (page, rounded: 2.009).
    a = scheme_at(overlays["iasz"], "individuele_inkomenstoeslag", "2025-07-01")
    _, single, _ = regelingen.tested_income_and_limit(a.value, 0.0, 1345.45, 0.0, 0.95)
    _, couple, _ = regelingen.tested_income_and_limit(a.value, 0.0, 1922.07, 0.0, 0.95)
    assert round(float(single)) == 1406 and round(float(couple)) == 2009


# --- De Fryske Marren: Programmabegroting 2025, "Een beschrijving van het kwijtscheldingsbeleid": "We hanteren als
# kwijtscheldingsnorm (de kosten van bestaan) de netto AOW-normbedragen in plaats van de bijstandsnorm uitkeringen".
# Programmabegroting 2026, tarieven 2025 / 2026: rioolheffing een persoon EUR 131 / 139.
def test_de_fryske_marren_kwijtschelding_with_aow_norm_is_unknown(overlays):
    for on, bill in ((date(2025, 7, 1), "€ 131"), (date(2026, 7, 1), "€ 139")):
        unknown = dict((s.id, why) for s, why in regelingen.unknown_schemes(overlays["de_fryske_marren"], on))
        assert "AOW" in unknown["kwijtschelding"] and bill in unknown["kwijtschelding"]
        assert not regelingen.active_schemes(overlays["de_fryske_marren"], on)


# --- Zuidplas: Regeling kwijtschelding gemeentelijke belastingen 2026 (gmb-2025-562613), art. 2: kosten van bestaan
# "gesteld op 100 procent"; zuidplas.nl: "De afvalstoffenheffing is EUR 315,97 per jaar" (the tarief before 2026).
def test_zuidplas_kwijtschelding_names_its_norm_and_bill(overlays):
    why_2026 = dict((s.id, w) for s, w in regelingen.unknown_schemes(overlays["zuidplas"], date(2026, 7, 1)))
    why_2025 = dict((s.id, w) for s, w in regelingen.unknown_schemes(overlays["zuidplas"], date(2025, 7, 1)))
    assert "100 %" in why_2026["kwijtschelding"] and "gmb-2025-562613" in why_2026["kwijtschelding"]
    assert "€ 315,97" in why_2025["kwijtschelding"]
    # The bill stays recorded for when the 2025 norm is found (allowed for kwijtschelding only).
    assert overlays["zuidplas"].schemes[0].values["2025-01-01"].amount == 315.97


# --- Zoetermeer: zoetermeer.nl, "Bijstandsnormen per 1 januari 2024": "Individuele inkomenstoeslag (artikel 4 eerste
# lid Verordening Individuele inkomenstoeslag gemeente Zoetermeer): Alleenstaande EUR 517,00; Alleenstaande ouder
# EUR 618,00; Gehuwd/samenwonend EUR 771,00"; "Individuele inkomenstoeslag": "3 jaar of langer een inkomen op 100% van
# de bijstandsnorm".
@pytest.mark.parametrize("household,expected", [("alleenstaande", 517.0), ("alleenstaande_ouder", 618.0),
                                                ("paar", 771.0), ("paar_met_kinderen", 771.0)])
def test_zoetermeer_iit_2024(overlays, household, expected):
    a = scheme_at(overlays["zoetermeer"], "individuele_inkomenstoeslag", "2024-07-01")
    # The norm without vakantiegeld is 0,95 x 1.000 = 950: an income of 940 (no vakantiegeld in it) is under it,
    # 960 is over it.
    assert yearly(a, household, income=940.0, norm=NORM, excl_factor=0.95) == expected
    assert yearly(a, household, income=960.0, norm=NORM, excl_factor=0.95) == 0.0
    assert a.value.reference_months == 36


def test_zoetermeer_2026_partial_page_is_unknown(overlays):
    # en.zoetermeer.nl, "as of January 1, 2026": "Single EUR 552,00; Single parent EUR 659,00" - the couple's amount
    # is cut off in the stored copy, so the year stays unknown rather than half filled.
    why = regelingen.unknown_schemes(overlays["zoetermeer"], date(2026, 7, 1))[0][1]
    assert "€ 552" in why and "€ 659" in why and "gehuwden" in why
    assert not regelingen.active_schemes(overlays["zoetermeer"], date(2025, 7, 1))


# --- Midden-Drenthe: middendrenthe.nl, "Individuele inkomenstoeslag", version with "Bijstandsnormen 2024 (exclusief
# vakantiegeld)": "Alleenstaand EUR 498,06; Alleenstaande ouder EUR 638,19; Echtpaar/samenwonend EUR 711,73".
@pytest.mark.parametrize("household,expected", [("alleenstaande", 498.06), ("alleenstaande_ouder", 638.19),
                                                ("paar", 711.73), ("paar_met_kinderen", 711.73)])
def test_midden_drenthe_iit_2024(overlays, household, expected):
    a = scheme_at(overlays["midden_drenthe"], "individuele_inkomenstoeslag", "2024-07-01")
    assert yearly(a, household, income=NORM, norm=NORM, excl_factor=0.95) == expected
