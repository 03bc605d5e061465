from datetime import date

import pytest

from werktloont.params import load_pack
from werktloont.params.schema import Overlay
from werktloont.rules.gemeente import regelingen
from werktloont.rules.gemeente.regelingen import HOUSEHOLD_CODES


@pytest.fixture(scope="session")
def overlays() -> dict[str, Overlay]:
    return load_pack().overlays


def scheme_at(overlay: Overlay, scheme_id: str, on: str) -> regelingen.ActiveScheme:
    """The scheme's value in force on `on` (fails when unknown or absent)."""
    hits = [a for a in regelingen.active_schemes(overlay, date.fromisoformat(on)) if a.scheme.id == scheme_id]
    assert hits, f"{scheme_id} has no known value on {on}"
    return hits[0]


def yearly(active, household: str, *, income: float, norm: float, child_12_17=False, **kw) -> float:
    """The scheme's amount per year for one household at a monthly income and norm (assets within the limit)."""
    monthly = regelingen.regeling(active, household_code=HOUSEHOLD_CODES[household], client_age=35, income=income,
                                  norm_amount=norm, assets_ok_bijstand=True, counted_assets=0.0,
                                  child_12_17=child_12_17, **kw)
    return round(float(monthly) * (12 if active.value.amount_period == "year" else 1), 2)
