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
    if abs(x) >= 1e15:  # 1e300 as 1e+300, not as 301 digits
        return f"{x:.3g}".replace(".", ",")
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


# --- municipal overlays (werktloont-gemeente/1) -------------------------------------------------------------
# A municipality's schemes pay tens to a few hundred euros a year (2026: at most € 997 a year in the bundled
# overlays, a kwijtschelding bill at most € 480); the bounds are about ten times that, so a typing error (an extra
# 0 is still let through; 1e12 or .inf is not) or a hostile file cannot make a scheme worth more than a salary.
OVERLAY_AMOUNT_BOUNDS: dict[str, tuple[float, float]] = {"year": (0, 10_000), "month": (0, 1_000)}
OVERLAY_ASSET_LIMIT = (0, 100_000)  # a scheme's own asset limit; the bijstand limits are about € 8.000-16.000
OVERLAY_CAR_VALUE = (0, 50_000)  # art. 34 lid 2 a: the algemeen-gebruikelijk car (bundled: € 4.500)
OVERLAY_INCOME_LIMIT_PCT = (0, 300)  # % of the bijstandsnorm; schemes use 100 to 150 %
MAX_SCHEMES = 30  # the bundled overlays have at most 4; more is a copy-paste error (or 3.500 copies of one)
MAX_VALUES_PER_SCHEME = 50  # dated values of one scheme
MAX_TIERS = 10
MAX_LABEL_CHARS = 200
VERSION_PATTERN = r"^\d{1,9}(\.\d{1,9}){0,7}$"  # 2026.11.2; also bounds its length (at most 80 characters)


def _amount(x: Any, low: float, high: float, path: str, what: str) -> list[Problem]:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return []  # the schema reports what is not a number
    if not math.isfinite(x):
        return [Problem(path, f"{what}: moet een eindig getal zijn")]
    if low <= x <= high:
        return []
    return [Problem(path, f"{what}: {_nl(x)} is niet aannemelijk; verwacht tussen {_nl(low)} en {_nl(high)}")]


def _scheme_value_bounds(v, here: str, name: str) -> list[Problem]:
    low, high = OVERLAY_AMOUNT_BOUNDS[v.amount_period]
    per = "per jaar" if v.amount_period == "year" else "per maand"
    problems = _amount(v.amount, low, high, f"{here}.amount", f"{name}: bedrag {per}")
    for field in ("amounts", "amounts_child_12_17", "amounts_by_persons"):
        for key, amount in (getattr(v, field) or {}).items():
            problems += _amount(amount, low, high, f"{here}.{field}.{key}", f"{name}: bedrag {per}")
    problems += _amount(v.income_limit_pct, *OVERLAY_INCOME_LIMIT_PCT, f"{here}.income_limit_pct",
                        f"{name}: inkomensgrens in % van de norm")
    if not isinstance(v.asset_limit, str):
        problems += _amount(v.asset_limit, *OVERLAY_ASSET_LIMIT, f"{here}.asset_limit", f"{name}: vermogensgrens")
    if len(v.tiers) > MAX_TIERS:
        problems.append(Problem(f"{here}.tiers", f"{name}: {len(v.tiers)} treden; hoogstens {MAX_TIERS}"))
    for k, tier in enumerate(v.tiers[:MAX_TIERS]):
        at = f"{here}.tiers[{k}]"
        problems += _amount(tier.income_limit_pct, *OVERLAY_INCOME_LIMIT_PCT, f"{at}.income_limit_pct",
                            f"{name}: inkomensgrens van een trede")
        problems += _amount(tier.amount, low, high, f"{at}.amount", f"{name}: bedrag van een trede {per}")
        for field in ("amounts", "amounts_child_12_17"):
            for key, amount in (getattr(tier, field) or {}).items():
                problems += _amount(amount, low, high, f"{at}.{field}.{key}", f"{name}: bedrag van een trede {per}")
    return problems


def check_overlay_bounds(model) -> list[Problem]:
    """Every amount, percentage and count of a municipal overlay inside plausible bounds, and its version a version
    number of sensible length: `gemeente check`, `params seal` and the loader all refuse the same files."""
    import re

    problems: list[Problem] = []
    version = str(model.version)
    if len(version) > 80 or not re.fullmatch(VERSION_PATTERN, version):
        shown = version if len(version) <= 40 else f"{version[:20]}… ({_nl(len(version))} tekens)"
        problems.append(Problem("version", f"'{shown}' is geen versienummer zoals 2026.11.1 (hoogstens acht "
                                           "getallen van elk hoogstens negen cijfers, met punten ertussen)"))
    for lang in ("nl", "en"):
        if len(getattr(model.label, lang)) > MAX_LABEL_CHARS:
            problems.append(Problem(f"label.{lang}", f"de naam is te lang (hoogstens {MAX_LABEL_CHARS} tekens)"))
    for key, car in model.auto_algemeen_gebruikelijk.items():
        problems += _amount(car.value, *OVERLAY_CAR_VALUE, f"auto_algemeen_gebruikelijk.{key}.value",
                            f"autobedrag op {key}")
    if len(model.schemes) > MAX_SCHEMES:
        problems.append(Problem("schemes", f"{_nl(len(model.schemes))} regelingen; een gemeente heeft er hoogstens "
                                           f"{MAX_SCHEMES} (staat er een regeling meer dan eens in?)"))
    for i, scheme in enumerate(model.schemes[:MAX_SCHEMES]):
        base = f"schemes[{i}]"
        if len(scheme.values) > MAX_VALUES_PER_SCHEME:
            problems.append(Problem(f"{base}.values", f"regeling '{scheme.id}': {len(scheme.values)} datums; "
                                                      f"hoogstens {MAX_VALUES_PER_SCHEME}"))
        for lang in ("nl", "en"):
            if len(getattr(scheme.label, lang)) > MAX_LABEL_CHARS:
                problems.append(Problem(f"{base}.label.{lang}", f"regeling '{scheme.id}': de naam is te lang "
                                                                f"(hoogstens {MAX_LABEL_CHARS} tekens)"))
        for key, v in list(scheme.values.items())[:MAX_VALUES_PER_SCHEME]:
            problems += _scheme_value_bounds(v, f"{base}.values.{key}", f"regeling '{scheme.id}' op {key}")
    return problems
