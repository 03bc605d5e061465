"""Utrecht: 2025-2026 as the municipality's publications leave it (the 2023-2024 amounts are in test_amounts.py).

Read on 2026-11-29. The inkomenstoeslag page still names the amounts "vanaf 1 januari 2024"; the U-pas, the
kwijtschelding (BghU) and the car value have no 2025-2026 figure in a publication of the municipality. Each is
`unknown` with its reason, and nothing from 2024 is carried into 2025 or 2026.
"""

from datetime import date

import pytest

from tests.gemeenten.conftest import scheme_at, yearly
from werktloont.rules.gemeente import regelingen


@pytest.fixture(scope="module")
def utrecht(overlays):
    return overlays["utrecht"]


def _unknown(overlay, on: date) -> dict[str, str]:
    return {s.id: why for s, why in regelingen.unknown_schemes(overlay, on)}


@pytest.mark.parametrize("on", [date(2025, 7, 1), date(2026, 7, 1)])
def test_no_utrecht_amount_is_invented_for_2025_2026(utrecht, on):
    assert regelingen.active_schemes(utrecht, on) == []
    assert set(_unknown(utrecht, on)) == {"individuele_inkomenstoeslag", "u_pas", "kwijtschelding"}
    assert regelingen.auto_algemeen_gebruikelijk(utrecht, on) is None


def test_iit_2026_has_its_own_unknown_entry(utrecht):
    # loket.digitaal.utrecht.nl: "De bedragen vanaf 1 januari 2024 zijn: alleenstaande: € 276 ..." - no later table.
    assert "De bedragen 2026" in _unknown(utrecht, date(2026, 3, 1))["individuele_inkomenstoeslag"]
    assert "2026-01-01" in next(s for s in utrecht.schemes if s.id == "individuele_inkomenstoeslag").values
    # The 2024 amount still holds in 2024 and stops at the 2025 entry.
    assert yearly(scheme_at(utrecht, "individuele_inkomenstoeslag", "2024-12-31"), "alleenstaande",
                  income=1000.0, norm=1000.0) == 276.0


def test_u_pas_is_unknown_with_the_reason_the_format_cannot_hold_it(utrecht):
    # u-pas.nl: "Vraag je een U-pas aan voor het pasjaar 2024-2025, dan stuur je ons de jaaropgave(n) van 2023" (a
    # test on last year's gross income) and a tegoed per person by municipality and age (Kindpakket).
    why = _unknown(utrecht, date(2025, 7, 1))["u_pas"]
    assert "per persoon" in why and "jaar ervoor" in why and "CVDR616398" in why
    scheme = next(s for s in utrecht.schemes if s.id == "u_pas")
    assert scheme.kind == "stadspas"
    assert "CVDR616398" in [s.publication for s in scheme.values["2025-01-01"].sources]


def test_kwijtschelding_norm_not_read(utrecht):
    # bghu.nl, Kwijtschelding: vermogen, "geen voertuig dat meer waard is dan € 3.350"; no kosten-van-bestaan %.
    why = _unknown(utrecht, date(2025, 7, 1))["kwijtschelding"]
    assert "90 of 100 %" in why
    scheme = next(s for s in utrecht.schemes if s.id == "kwijtschelding")
    assert scheme.values["2025-01-01"].norm_pct is None
