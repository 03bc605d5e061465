"""Den Haag: what the municipality's own publications say for 2025-2026, and that nothing else is filled in.

Read on 2026-11-29 in the stored copies of the municipality's pages. No 2025 or 2026 amount of a Den Haag scheme
was found, so every scheme is `unknown` on those dates with the figures that were found written in its reason;
these tests pin those figures to their sources and check that no amount is invented or carried forward. The
kwijtschelding of 2024 is the one value whose bill and norm are both published; it is computed below by hand.
"""

from datetime import date

import pytest

from tests.gemeenten.conftest import scheme_at, yearly
from werktloont.rules.gemeente import regelingen

DATES = [date(2025, 7, 1), date(2026, 7, 1)]


@pytest.fixture(scope="module")
def den_haag(overlays):
    return overlays["den_haag"]


def _unknown(overlay, on: date) -> dict[str, str]:
    return {s.id: why for s, why in regelingen.unknown_schemes(overlay, on)}


@pytest.mark.parametrize("on", DATES)
def test_no_den_haag_amount_is_invented_for_2025_2026(den_haag, on):
    # None of the four schemes has a 2025 or 2026 amount in a publication of the municipality.
    assert regelingen.active_schemes(den_haag, on) == []
    assert set(_unknown(den_haag, on)) == {"individuele_inkomenstoeslag", "ooievaarspas", "haagse_zorgverzekering",
                                           "kwijtschelding"}
    assert regelingen.auto_algemeen_gebruikelijk(den_haag, on) is None


def test_iit_conditions_from_denhaag_nl(den_haag):
    # denhaag.nl, "Individuele inkomenstoeslag aanvragen": "U had een aaneengesloten periode van 36 maanden gemiddeld
    # een inkomen van 110% van het bijstandsniveau"; "U kunt 1 keer per 12 maanden de inkomenstoeslag ontvangen".
    scheme = next(s for s in den_haag.schemes if s.id == "individuele_inkomenstoeslag")
    assert scheme.min_age == 21
    assert "36 maanden gemiddeld tot 110 %" in scheme.values["2025-01-01"].unknown
    # A 2026 entry of its own: the (unknown) 2025 value is not read as the 2026 one.
    assert "2026" in _unknown(den_haag, date(2026, 3, 1))["individuele_inkomenstoeslag"]


def test_ooievaarspas_limit_130_percent(den_haag):
    # denhaag.nl (Ooievaarspas): "Your income is not higher than 130% of the benefit norm (bijstandsnorm). Your tax
    # credits will also be taken into account." A discount pass: no money value to enter.
    why = _unknown(den_haag, date(2025, 7, 1))["ooievaarspas"]
    assert "130 %" in why and "heffingskortingen" in why
    urls = [s.url for s in next(s for s in den_haag.schemes if s.id == "ooievaarspas").values["2025-01-01"].sources]
    assert "https://www.denhaag.nl/en/care-and-support/ooievaarspas-reduction-card.htm" in urls


def test_haagse_zorgverzekering_limit_150_percent(den_haag):
    # denhaag.nl, "Haagse zorgverzekering bij VGZ": "De Haagse zorgverzekering bij VGZ gaat in op 1 januari 2025";
    # "Uw inkomen mag niet hoger zijn dan 150% van de bijstandsnorm". The municipal contribution ('Kosten') not read.
    scheme = next(s for s in den_haag.schemes if s.id == "haagse_zorgverzekering")
    assert scheme.kind == "collectieve_zorgverzekering"
    why = _unknown(den_haag, date(2025, 7, 1))["haagse_zorgverzekering"]
    assert "150 %" in why and "Kosten" in why


def test_kwijtschelding_norm_and_2024_tariffs(den_haag):
    # Begroting 2025 Den Haag, Lokale heffingen: "Den Haag hanteert bij de kwijtschelding de maximaal door het Rijk
    # toegestane kwijtscheldingsnorm (is 100% van de bijstandsnorm)". denhaag.nl, Afvalstoffenheffing, Bedrag 2024:
    # 1 persoon € 390,12; 2 personen € 438,48; 3 personen of meer € 479,76. The 2025 tariffs were not found.
    why = _unknown(den_haag, date(2025, 7, 1))["kwijtschelding"]
    for figure in ("100 %", "€ 390,12", "€ 438,48", "€ 479,76"):
        assert figure in why
    scheme = next(s for s in den_haag.schemes if s.id == "kwijtschelding")
    assert scheme.kind == "kwijtschelding"
    assert "https://denhaag.begroting-2025.nl/p24370/kwijtschelding" in [
        s.url for s in scheme.values["2025-01-01"].sources]


# --- Kwijtschelding 2024, the one Den Haag value with all its parts published: denhaag.nl, Afvalstoffenheffing,
# "Bedrag 2024": 1 persoon € 390,12; 2 personen € 438,48; 3 personen of meer € 479,76. Begroting 2025: kostennorm
# 100 % van de bijstandsnorm. Uitvoeringsregeling Invorderingswet 1990 art. 11: at least 80 % of the capacity.
# Hand calculation with a round norm of € 1.000 a month: capacity = 0,80 x (income - 1,00 x 1.000) a month;
# remitted a year = bill - 12 x capacity, not below zero.
@pytest.mark.parametrize("household,persons,income,expected", [
    ("alleenstaande", 1, 1000.0, 390.12),           # at the norm: no capacity, the whole bill
    ("paar", 2, 1000.0, 438.48),
    ("paar_met_kinderen", 4, 1000.0, 479.76),       # "3 personen of meer"
    ("paar", 2, 1020.0, 246.48),                    # 0,80 x 20 = 16 a month; 438,48 - 12 x 16 = 246,48
    ("alleenstaande", 1, 1040.0, 6.12),             # 0,80 x 40 = 32; 390,12 - 384 = 6,12
    ("paar", 2, 1060.0, 0.0)])                      # 0,80 x 60 = 48; 12 x 48 = 576 > 438,48
def test_kwijtschelding_2024_by_persons_and_capacity(den_haag, household, persons, income, expected):
    a = scheme_at(den_haag, "kwijtschelding", "2024-07-01")
    assert a.value.norm_pct == 100 and a.value.capacity_share_pct == 80
    assert yearly(a, household, income=income, norm=1000.0, persons=persons) == pytest.approx(expected, abs=0.005)


def test_kwijtschelding_2024_is_not_carried_into_2025(den_haag):
    assert all(a.scheme.id != "kwijtschelding" for a in regelingen.active_schemes(den_haag, date(2025, 1, 1)))
