"""Schema of parameter packs: structure (pydantic) plus the legal-data checks pydantic cannot express.

pydantic checks shape and types; `check_*` functions then check dates, coverage, units and
sources, each problem with the exact field path, so a reviewer can find it in the file.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic import Strict as StrictType

from werktloont.errors import Problem
from werktloont.validation import parse_date  # noqa: F401 - used here and named by older callers

Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Unit = Literal["EUR", "percent", "signed_percent", "factor", "count", "years", "months", "weeks", "days", "hours"]
Period = Literal["month", "year", "week", "day", "hour", "none"]
ParamType = Literal["scalar", "brackets", "piecewise_linear", "table"]
Confidence = Literal["high", "medium", "low", "derived"]

PARAMETERS_FORMAT = "werktloont-parameters/1"
PACK_FORMAT = "werktloont-pack/1"
OVERLAY_FORMAT = "werktloont-gemeente/1"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Label(Strict):
    nl: NonEmpty
    en: NonEmpty


class Source(Strict):
    title: NonEmpty
    article: str | None = None
    bwb_id: str | None = None
    publication: str | None = None
    url: str | None = None

    def short(self) -> str:
        extra = f" ({self.publication})" if self.publication and self.publication not in self.title else ""
        return self.title + extra


class ValueEntry(Strict):
    value: Any = None
    unknown: NonEmpty | None = None
    sources: list[Source] = []
    confidence: Confidence | None = None
    status: Literal["definitief", "voorlopig"] = "definitief"
    note: str | None = None
    until: str | None = None


class Column(Strict):
    name: Ident
    unit: Unit


class Parameter(Strict):
    label: Label
    unit: Unit
    period: Period = "none"
    type: ParamType = "scalar"
    columns: list[Column] | None = None
    note: str | None = None
    # Documented for reviewers (and explanations) but not read by any calculation: e.g. the parts a derived table
    # is built from, or a rule werktloont does not model. A test checks that calculations never read one.
    reference_only: bool = False
    values: Annotated[dict[str, ValueEntry], Field(min_length=1)]


class Law(Strict):
    title: NonEmpty
    bwb_id: str | None = None
    url: str | None = None


class RegulationFile(Strict):
    format: Literal["werktloont-parameters/1"]
    regulation: Ident
    label: Label
    law: Law
    note: str | None = None
    parameters: Annotated[dict[Ident, Parameter], Field(min_length=1)]


class Coverage(Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    start: str = Field(alias="from")
    end: str = Field(alias="to")


class Manifest(Strict):
    format: Literal["werktloont-pack/1"]
    pack_version: Annotated[str, StringConstraints(min_length=1, max_length=80, strip_whitespace=True)]
    label: Label
    coverage: Coverage
    periods: Annotated[list[str], Field(min_length=1)]
    last_verified: str
    regulations: Annotated[list[Ident], Field(min_length=1)]
    note: str | None = None
    # File name (gemeenten/x.yaml for an overlay) -> sha256 of its bytes; written by `werktloont params seal`.
    checksums: dict[str, Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]] | None = None


HouseholdType = Literal["alleenstaande", "alleenstaande_ouder", "paar", "paar_met_kinderen"]
SchemeKind = Literal["stadspas", "minimaregeling", "individuele_inkomenstoeslag", "kwijtschelding",
                     "collectieve_zorgverzekering", "meedoenregeling", "other"]
# A number in the YAML (not `true` or the text "1e300", which pydantic would convert), finite; upper bounds: bounds.py
Euro = Annotated[float, StrictType(), Field(ge=0, allow_inf_nan=False)]
Pct = Annotated[float, StrictType(), Field(ge=0, allow_inf_nan=False)]


# What `amounts_child_12_17` of a municipal overlay means (docs/gemeenten.md): other amounts for a household with at
# least one child aged 12 up to and including 17. The ages belong to this file format, not to a law: the same in
# every overlay, whatever the municipality's own words.
CHILD_12_17_AGES = (12, 17)


class Tier(Strict):
    """A sliding scale step: above the scheme's own limit and up to this one, these amounts apply."""
    income_limit_pct: Annotated[Pct, Field(le=1000)]
    amount: Euro | None = None
    amounts: dict[HouseholdType, Euro] | None = None
    amounts_child_12_17: dict[HouseholdType, Euro] | None = None


class SchemeValue(Strict):
    """One dated value of a municipal scheme. `unknown` (with a reason) instead of an amount when the municipality's
    publication for this date was not found: the scheme then counts as nothing and the explanation says why."""
    income_limit_pct: Annotated[Pct, Field(le=1000)] | None = None
    # Whether the municipality states its limit as a % of the norm including vakantiegeld (most do) or without.
    income_limit_incl_vakantiegeld: bool = True
    # The norm the percentage is of: the household's own, or the norm for gehuwden (21+) for every household
    # ("130 % van het minimumloon", one grensbedrag for all: Rotterdam's individuele inkomenstoeslag until 2025).
    income_limit_basis: Literal["norm", "norm_gehuwden"] = "norm"
    amount: Euro | None = None
    # Per household type; with `amounts_child_12_17` for households with at least one child of 12 to 17.
    amounts: dict[HouseholdType, Euro] | None = None
    amounts_child_12_17: dict[HouseholdType, Euro] | None = None
    amount_period: Literal["month", "year"] = "year"
    tiers: list[Tier] = []
    asset_limit: Literal["bijstand", "none"] | Euro = "bijstand"
    # Individuele inkomenstoeslag (PW art. 36): the langdurig-laag-inkomen period and how income is tested in it.
    reference_months: Annotated[int, Field(ge=1, le=120)] | None = None
    reference_test: Literal["every_month", "average"] = "every_month"
    # Kwijtschelding (Uitvoeringsregeling Invorderingswet 1990): kosten van bestaan as % of the bijstandsnorm and
    # the part of the payment capacity the municipality takes.
    norm_pct: Annotated[Pct, Field(le=200)] | None = None
    capacity_share_pct: Annotated[Pct, Field(le=100)] | None = None
    # A bill per number of persons on the address ({1: .., 2: .., 3: ..}; the highest key not above the count
    # applies, so the last means "that many or more") and the most of it remitted (Rotterdam: 76,5 %).
    amounts_by_persons: dict[Annotated[int, Field(ge=1, le=20)], Euro] | None = None
    remission_cap_pct: Annotated[Pct, Field(gt=0, le=100)] | None = None
    unknown: NonEmpty | None = None
    sources: Annotated[list[Source], Field(min_length=1)]
    confidence: Confidence
    note: str | None = None
    until: str | None = None


class Scheme(Strict):
    id: Ident
    kind: SchemeKind
    label: Label
    household_types: Annotated[list[HouseholdType], Field(min_length=1)]
    min_age: Annotated[int, Field(ge=0, le=130)] | None = None
    note: str | None = None
    values: Annotated[dict[str, SchemeValue], Field(min_length=1)]


class CarValue(Strict):
    """The value up to which the municipality treats a car as algemeen gebruikelijk (PW art. 34 lid 2 onder a)."""
    value: Euro | None = None
    unknown: NonEmpty | None = None
    sources: Annotated[list[Source], Field(min_length=1)]
    confidence: Confidence
    note: str | None = None


class BijstandPayment(Strict):
    """Bijstand payment day and month, the month a wage counts in (PW art. 45 lid 1; 31 lid 1; 32 lid 1 b)."""
    day: Annotated[int, Field(ge=1, le=31)] | None = None
    month: Literal["same", "next"] | None = None  # paid in the month itself, or in the month after
    income_month: Literal["received", "earned"] | None = None  # a wage counts when received, or when earned
    sources: Annotated[list[Source], Field(min_length=1)]
    confidence: Confidence
    note: str | None = None


class Overlay(Strict):
    format: Literal["werktloont-gemeente/1"]
    gemeente: Ident
    label: Label
    example: bool
    version: NonEmpty
    last_verified: str
    note: str | None = None
    auto_algemeen_gebruikelijk: dict[str, CarValue] = {}
    bijstand_betaling: dict[str, BijstandPayment] = {}  # by date, as auto_algemeen_gebruikelijk
    schemes: list[Scheme] = []  # at least a scheme or a car amount (gemeente_check)


# --- checks pydantic cannot express -------------------------------------------------------------

def valid_date(text: Any) -> date:
    """parse_date for a date the checks already accepted; a ValueError otherwise."""
    parsed = parse_date(text)
    if parsed is None:
        raise ValueError(f"geen geldige datum: {text!r}")
    return parsed


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _check_number(x: Any, unit: str, path: str) -> list[Problem]:
    if not _is_number(x):
        return [Problem(path, f"moet een getal zijn, niet {x!r}")]
    if unit == "percent" and not 0 <= x <= 100:
        return [Problem(path, f"een percentage moet tussen 0 en 100 liggen, niet {x}")]
    if unit == "signed_percent" and not -100 <= x <= 100:
        return [Problem(path, f"een percentage moet tussen -100 en 100 liggen, niet {x}")]
    if unit in ("EUR", "count", "years", "months", "weeks", "days", "hours") and x < 0:
        return [Problem(path, f"een bedrag of aantal mag niet negatief zijn ({x})")]
    return []


def check_dated_entries(entries: dict[str, Any], path: str, coverage: tuple[date, date]) -> list[Problem]:
    """Start dates valid, inside coverage, ascending; `until` after start and before the next start."""
    problems: list[Problem] = []
    starts: list[tuple[date, Any, str]] = []
    for key, entry in entries.items():
        here = f"{path}.{key}"
        start = parse_date(key)
        if start is None:
            problems.append(Problem(here, f"'{key}' is geen geldige datum (JJJJ-MM-DD)"))
            continue
        if not coverage[0] <= start <= coverage[1]:
            problems.append(Problem(here, f"datum {key} valt buiten de dekking van het pakket "
                                          f"({coverage[0].isoformat()} t/m {coverage[1].isoformat()})"))
        starts.append((start, entry, here))
    for i, (start, entry, here) in enumerate(starts):
        if i and start <= starts[i - 1][0]:
            problems.append(Problem(here, "datums moeten oplopen en mogen niet dubbel voorkomen"))
        until_text = getattr(entry, "until", None)
        if until_text is None:
            continue
        until = parse_date(until_text)
        if until is None:
            problems.append(Problem(f"{here}.until", f"'{until_text}' is geen geldige datum (JJJJ-MM-DD)"))
        elif until < start:
            problems.append(Problem(f"{here}.until", "einddatum ligt vóór de begindatum"))
        elif i + 1 < len(starts) and until >= starts[i + 1][0]:
            problems.append(Problem(f"{here}.until",
                                    f"overlapt met de waarde vanaf {starts[i + 1][0].isoformat()}"))
    return problems


def _check_value_shape(p: Parameter, value: Any, path: str) -> list[Problem]:
    if p.type == "scalar":
        return _check_number(value, p.unit, path)
    if not isinstance(value, list) or not value:
        return [Problem(path, "moet een niet-lege lijst zijn")]
    problems: list[Problem] = []
    keys: set[str] | None = None
    x_key = rate_unit = ""
    if p.type == "brackets":
        keys, x_key, rate_unit = {"threshold", "rate"}, "threshold", "percent"
    elif p.type == "piecewise_linear":
        keys, x_key, rate_unit = {"from", "base", "rate"}, "from", "signed_percent"
    previous = None
    for i, row in enumerate(value):
        here = f"{path}[{i}]"
        if keys is not None:
            if not isinstance(row, dict) or set(row) != keys:
                problems.append(Problem(here, f"moet precies de velden {', '.join(sorted(keys))} hebben"))
                continue
            x = row[x_key]
            problems += _check_number(x, "EUR", f"{here}.{x_key}")
            problems += _check_number(row["rate"], rate_unit, f"{here}.rate")
            if "base" in row:
                problems += _check_number(row["base"], p.unit, f"{here}.base")
        else:
            cols = p.columns or []
            if not isinstance(row, list) or len(row) != len(cols):
                problems.append(Problem(here, f"moet een rij met {len(cols)} getallen zijn"))
                continue
            for c, (cell, col) in enumerate(zip(row, cols)):
                problems += _check_number(cell, col.unit, f"{here}[{c}]")
            x = row[0]
        if _is_number(x):
            if previous is None and x != 0 and keys is not None:
                problems.append(Problem(here, "de eerste rij moet bij 0 beginnen"))
            if previous is not None and x <= previous:
                problems.append(Problem(here, "de eerste kolom moet oplopen"))
            previous = x
    return problems


def check_periods(entries: dict[str, Any], path: str, param_id: str, periods: list[str],
                  coverage: tuple[date, date]) -> list[Problem]:
    """Every start date is one of the manifest's periods; the day after an `until` is one too (or the coverage ends).

    One calendar of change dates for the whole pack: a value that changes on a date nobody listed would make
    `params diff`, the timeline and the explanations resolve dates differently.
    """
    problems: list[Problem] = []
    allowed = set(periods)
    listed = ", ".join(periods)
    for key, entry in entries.items():
        start = parse_date(key)
        if start is None or not coverage[0] <= start <= coverage[1]:
            continue  # reported by check_dated_entries
        if key not in allowed:
            problems.append(Problem(f"{path}.{key}", f"parameter {param_id}: de datum {key} is geen periode uit "
                                                     f"manifest.yaml ({listed}); voeg hem daar toe als het een "
                                                     "echte wijzigingsdatum is"))
        until = parse_date(getattr(entry, "until", None))
        if until is not None and until != coverage[1] and (until + timedelta(days=1)).isoformat() not in allowed:
            problems.append(Problem(f"{path}.{key}.until", f"parameter {param_id}: de einddatum {until.isoformat()} "
                                                           f"sluit niet aan op een periode uit manifest.yaml "
                                                           f"({listed}): de dag erna moet een periode zijn"))
    return problems


def check_regulation(model: RegulationFile, stem: str, coverage: tuple[date, date],
                     known: list[str], periods: list[str] | None = None) -> list[Problem]:
    """The legal-data checks of one regulation file; `periods` (the manifest's) also checks every date against them."""
    problems: list[Problem] = []
    if model.regulation not in known:
        problems.append(Problem("regulation", f"onbekende regeling '{model.regulation}'; bekend zijn: "
                                              + ", ".join(known)))
    elif model.regulation != stem:
        problems.append(Problem("regulation", f"'{model.regulation}' komt niet overeen met de bestandsnaam "
                                              f"'{stem}.yaml'"))
    for pid, p in model.parameters.items():
        base = f"parameters.{pid}"
        if p.type == "table" and not p.columns:
            problems.append(Problem(f"{base}.columns", "een tabel moet kolommen hebben"))
        if p.type != "table" and p.columns:
            problems.append(Problem(f"{base}.columns", "kolommen horen alleen bij type 'table'"))
        if p.unit == "EUR" and p.period == "none":
            problems.append(Problem(f"{base}.period", "een bedrag in EUR moet een periode hebben "
                                                      "(month, year, week, day of hour)"))
        problems += check_dated_entries(p.values, f"{base}.values", coverage)
        if periods is not None:
            problems += check_periods(p.values, f"{base}.values", f"{model.regulation}.{pid}", periods, coverage)
        for key, entry in p.values.items():
            here = f"{base}.values.{key}"
            given = "value" in entry.model_fields_set
            if entry.unknown is not None:
                if given:
                    problems.append(Problem(here, "geef óf 'value' óf 'unknown', niet allebei"))
                if entry.confidence is not None:
                    problems.append(Problem(f"{here}.confidence", "hoort niet bij een onbekende waarde"))
                continue
            if not given:
                problems.append(Problem(f"{here}.value", "verplicht veld ontbreekt (of gebruik 'unknown' "
                                                         "met een reden)"))
                continue
            if not entry.sources:
                problems.append(Problem(f"{here}.sources", "bron ontbreekt: elke waarde heeft een bron nodig"))
            if entry.confidence is None:
                problems.append(Problem(f"{here}.confidence", "verplicht veld ontbreekt "
                                                              "(high, medium, low of derived)"))
            if entry.value is not None:
                problems += _check_value_shape(p, entry.value, f"{here}.value")
    return problems


def check_manifest(model: Manifest) -> list[Problem]:
    problems: list[Problem] = []
    start, end = parse_date(model.coverage.start), parse_date(model.coverage.end)
    if start is None:
        problems.append(Problem("coverage.from", "geen geldige datum (JJJJ-MM-DD)"))
    if end is None:
        problems.append(Problem("coverage.to", "geen geldige datum (JJJJ-MM-DD)"))
    if start and end and end < start:
        problems.append(Problem("coverage", "einddatum ligt vóór de begindatum"))
    if parse_date(model.last_verified) is None:
        problems.append(Problem("last_verified", "geen geldige datum (JJJJ-MM-DD)"))
    for i, text in enumerate(model.periods):
        d = parse_date(text)
        if d is None:
            problems.append(Problem(f"periods[{i}]", f"'{text}' is geen geldige datum"))
        elif start and end and not start <= d <= end:
            problems.append(Problem(f"periods[{i}]", f"{text} valt buiten de dekking"))
    return problems
