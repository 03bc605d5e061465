"""Rule versions (the law changes how, not only how much): the base every dated version of a calculation rule shares.

A version carries its own formula and its facts (which parts it has, how long they run), so the engine asks the
version in force instead of comparing version labels. The registry of versions by date is rules/versions.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Publication:
    """Where a rule version comes from: the official publication (title, optional url)."""

    title: str
    url: str | None = None


@dataclass(frozen=True)
class RuleVersion:
    name: str
    version: str
    geldig_vanaf: date
    geldig_tot: date | None
    sources: tuple[Publication, ...]
    description: str
    confidence: str = "high"  # high | medium | low | unknown, as for parameter values
    note: str | None = None
    # The version's own formula, when the rule has one per version (the huurtoeslag); None for a rule that only
    # exists from a date (a switch such as the continuous asset test) or whose methods are the formula.
    formula: Callable[..., Any] | None = None

    def applies(self, on: date) -> bool:
        return self.geldig_vanaf <= on and (self.geldig_tot is None or on <= self.geldig_tot)
