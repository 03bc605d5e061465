"""Plausible bounds for every parameter value: a newer pack with a norm of 9.999, weeks per month 0 or a negative
factor is refused, not used.

Every number gets the bounds of its unit (and period, for amounts); the parameters whose wrong value would do the
most harm, or that the engine divides by, get tighter bounds of their own. The bounds are wide on purpose (about
half to double the 2025-2026 values): they catch typing errors and hostile packs, not a real change of the law.
A real change beyond them means a reviewer widens them here, in the same commit as the new value.
"""

from __future__ import annotations

import fnmatch
import math
from typing import Any

from werktloont.errors import Problem

# (unit, period) -> (low, high); period None: any period.
UNIT_BOUNDS: dict[tuple[str, str | None], tuple[float, float]] = {
    ("EUR", "hour"): (0, 200),
    ("EUR", "day"): (0, 2_000),
    ("EUR", "week"): (0, 10_000),
    ("EUR", "month"): (0, 50_000),
    ("EUR", "year"): (0, 2_000_000),
    ("EUR", None): (0, 2_000_000),
    ("percent", None): (0, 100),
    ("signed_percent", None): (-100, 100),
    ("factor", None): (0, 10),
    ("count", None): (0, 100),
    ("years", None): (0, 100),
    ("months", None): (0, 120),
    ("weeks", None): (0, 104),
    ("days", None): (0, 366),
    ("hours", "month"): (0, 744),
    ("hours", None): (0, 8_784),
}

# Parameter id (fnmatch pattern) -> (low, high) for a scalar. First match wins.
PARAM_BOUNDS: list[tuple[str, tuple[float, float]]] = [
    # Participatiewet art. 20-22: the norms are about € 350 to € 2.200 per month (2025-2026).
    ("bijstand.norm_*", (150, 4_500)),
    # WML art. 8 and 14: minimum wage per month about € 2.200-2.350, per hour about € 14-15.
    ("minimumloon.minimummaandloon", (1_000, 5_000)),
    ("minimumloon.minimumuurloon", (5, 30)),
    # WML art. 14 lid 10: 4 1/3 weeks; the engine multiplies and divides by it.
    ("minimumloon.weken_per_maand", (4, 5)),
    ("minimumloon.uren_per_week_basis", (30, 40)),
    # WW: 21,75 days per month, 261 dagloondagen per year (Dagloonbesluit); used as divisors.
    ("ww.dagen_per_maand", (20, 23)),
    ("ww.dagloondagen_per_jaar", (250, 262)),
    ("ww.minimum_uitkering_fractie_minimumloon", (0, 1)),
    ("ww.maximumdagloon", (100, 1_000)),
    # Month numbers.
    ("*_uitbetaalmaand", (1, 12)),
    ("awir.definitieve_berekening_*_maand", (1, 12)),
    # Huurtoeslag normhuur: a quadratic in the income whose b-factor is negative for a multi-person household.
    ("huurtoeslag.normhuur_factor_*", (-0.01, 0.01)),
    ("huurtoeslag.maximale_huurgrens_is_voorwaarde", (0, 1)),
    ("bijstand.aow_leeftijd", (60, 75)),
    ("*minimum_leeftijd", (15, 30)),
    # Toeslagenwet art. 3: a birth year (partner born after 31 December 1971).
    ("toeslagenwet.partner_geboortejaar_grens", (1900, 2100)),
]


def bounds_for(param_id: str, unit: str, period: str) -> tuple[float, float]:
    for pattern, bounds in PARAM_BOUNDS:
        if fnmatch.fnmatchcase(param_id, pattern):
            return bounds
    return UNIT_BOUNDS.get((unit, period)) or UNIT_BOUNDS.get((unit, None)) or (-math.inf, math.inf)


def _nl(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:,.6f}".rstrip("0").replace(",", "_").replace(".", ",").replace("_", ".")


def _check(x: Any, low: float, high: float, path: str, what: str) -> list[Problem]:
    if isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x):
        return []  # the schema reports what is not a number
    if low <= x <= high:
        return []
    return [Problem(path, f"{what}: {_nl(x)} is niet aannemelijk; verwacht tussen {_nl(low)} en {_nl(high)}")]


def check_regulation_bounds(model, regulation: str) -> list[Problem]:
    """Every scalar, bracket threshold and table cell of a regulation file inside its plausible bounds."""
    problems: list[Problem] = []
    for pid, p in model.parameters.items():
        full = f"{regulation}.{pid}"
        for key, entry in p.values.items():
            here = f"parameters.{pid}.values.{key}.value"
            value = entry.value
            if value is None:
                continue
            if p.type == "scalar":
                problems += _check(value, *bounds_for(full, p.unit, p.period), here, f"parameter {full}")
                continue
            if not isinstance(value, list):
                continue
            for i, row in enumerate(value):
                if isinstance(row, dict):
                    for col, unit in (("threshold", "EUR"), ("from", "EUR"), ("base", p.unit)):
                        if col in row:
                            problems += _check(row[col], *UNIT_BOUNDS[("EUR", "year")] if unit == "EUR"
                                               else bounds_for(full, unit, p.period), f"{here}[{i}].{col}",
                                               f"parameter {full}")
                elif isinstance(row, list) and p.columns:
                    for c, (cell, column) in enumerate(zip(row, p.columns)):
                        low, high = UNIT_BOUNDS.get((column.unit, None), UNIT_BOUNDS[("EUR", None)])
                        problems += _check(cell, low, high, f"{here}[{i}][{c}]", f"parameter {full}")
    return problems
