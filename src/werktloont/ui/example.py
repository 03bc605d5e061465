"""The example case of the screenshots and the first window: a single parent with two children, rent € 750,
offered 24 hours a week at the legal minimum wage. The wage is left out here and filled in by AppState
from the minimumloon rule, so no legal amount is written in the UI."""

from __future__ import annotations

EXAMPLE_DATE = "2026-01-01"


def example_case() -> dict:
    return {
        "format": "werktloont-case/1",
        "date": EXAMPLE_DATE,
        "household": {"adults": [{"age": 35}], "children": [{"age": 4}, {"age": 8}], "cost_sharers": 0,
                      "rent": {"base_rent": 750.0, "service_costs": 0.0}},
        "assets": {"savings": 1500.0},
        "job": {"hours_per_week": 24, "start": "2026-02-01", "travel_costs": 0.0},
    }


def blank_case(on: str) -> dict:
    """A new conversation on date `on`: nothing filled in and nothing made up. The empty objects say "still to fill
    in" to the form (no adult yet, the rent not given, an offer without hours), unlike a case file's null rent (no
    rent) or null job (no offer)."""
    return {"format": "werktloont-case/1", "date": on, "household": {"adults": [], "rent": {}}, "job": {}}
