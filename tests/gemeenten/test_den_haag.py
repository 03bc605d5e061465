"""Den Haag: what the municipality's own publications say for 2025-2026, and that nothing else is filled in.

Read on 2026-11-29 in the stored copies of the municipality's pages. No 2025 or 2026 amount of a Den Haag scheme
was found, so every scheme is `unknown` on those dates with the figures that were found written in its reason;
these tests pin those figures to their sources and check that no amount is invented or carried forward.
"""

from datetime import date

import pytest

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
