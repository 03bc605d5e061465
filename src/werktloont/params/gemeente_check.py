"""Checks of a municipal overlay (werktloont-gemeente/1) that pydantic cannot express, each naming scheme, field, date.

A functional administrator at a gemeente reads these messages (`werktloont gemeente check FILE`), so every
problem says which scheme (by its id), which field and which date, in Dutch.
"""

from __future__ import annotations

from datetime import date

from werktloont.errors import Problem
from werktloont.params import bounds
from werktloont.params.schema import Overlay, Scheme, SchemeValue
from werktloont.validation import parse_date

# A municipality's value may start before the pack's coverage (the value then holds from that date on), but not
# absurdly early: that is almost always a typo.
EARLIEST = date(2015, 1, 1)


def _dates(keys, path: str, latest: date) -> list[Problem]:
    problems: list[Problem] = []
    last: date | None = None
    for key in keys:
        start = parse_date(key)
        if start is None:
            problems.append(Problem(f"{path}.{key}", f"'{key}' is geen geldige datum (JJJJ-MM-DD)"))
            continue
        if not EARLIEST <= start <= latest:
            problems.append(Problem(f"{path}.{key}", f"datum {key} ligt niet tussen {EARLIEST.isoformat()} en "
                                                     f"{latest.isoformat()}"))
        if last is not None and start <= last:
            problems.append(Problem(f"{path}.{key}", "datums moeten oplopen en mogen niet dubbel voorkomen"))
        last = start
    return problems


def _where(scheme: Scheme, base: str, key: str) -> str:
    return f"{base}.values.{key}"


def _check_persons_and_cap(scheme: Scheme, v: SchemeValue, here: str, name: str) -> list[Problem]:
    """A bill per number of persons on the address (`amounts_by_persons`) and a cap on the remitted share."""
    problems: list[Problem] = []
    if v.income_limit_basis != "norm" and scheme.kind == "kwijtschelding":
        problems.append(Problem(f"{here}.income_limit_basis", f"{name}: kwijtschelding rekent met de eigen "
                                                              f"bijstandsnorm; income_limit_basis moet 'norm' zijn"))
    if v.remission_cap_pct is not None and scheme.kind != "kwijtschelding":
        problems.append(Problem(f"{here}.remission_cap_pct", f"{name}: een maximum kwijtscheldingspercentage hoort "
                                                             f"alleen bij kwijtschelding"))
    table = v.amounts_by_persons
    if table is None:
        return problems
    if v.amount is not None or v.amounts or v.amounts_child_12_17:
        problems.append(Problem(f"{here}.amounts_by_persons", f"{name}: bedragen per aantal personen én per "
                                                              f"huishouden (amount/amounts); kies één"))
    if v.tiers:
        problems.append(Problem(f"{here}.amounts_by_persons", f"{name}: bedragen per aantal personen gaan niet samen "
                                                              f"met treden (tiers)"))
    keys = sorted(table)
    if keys and keys[0] != 1:
        problems.append(Problem(f"{here}.amounts_by_persons", f"{name}: het bedrag voor 1 persoon ontbreekt (de "
                                                              f"laagste sleutel is {keys[0]})"))
    gaps = [k for k in range(1, keys[-1]) if k not in table] if keys else []
    if gaps:
        problems.append(Problem(f"{here}.amounts_by_persons", f"{name}: geen bedrag voor "
                                                              f"{', '.join(map(str, gaps))} personen; de laatste "
                                                              f"sleutel geldt voor dat aantal of meer"))
    return problems


def _check_value(scheme: Scheme, v: SchemeValue, here: str, example: bool) -> list[Problem]:
    """One dated value: either `unknown` with a reason, or the fields its kind needs."""
    name = f"regeling '{scheme.id}' ({scheme.kind}) op {here.rsplit('.', 1)[-1]}"
    problems: list[Problem] = []
    if v.until is not None and parse_date(v.until) is None:
        problems.append(Problem(f"{here}.until", f"{name}: '{v.until}' is geen geldige datum (JJJJ-MM-DD)"))
    if not example:
        for j, s in enumerate(v.sources):
            if not (s.url or s.publication):
                problems.append(Problem(f"{here}.sources[{j}]", f"{name}: een echte gemeente heeft een bron met url "
                                                                f"of publicatie nodig"))
    problems += _check_persons_and_cap(scheme, v, here, name)
    if v.unknown is not None:
        # For kwijtschelding the bill (amount, amounts_by_persons) is a fact of the tax, not the scheme's value: it
        # may stay recorded while the test (norm_pct) is what is unknown; the value still counts as nothing.
        bill_only = scheme.kind == "kwijtschelding" and v.amounts is None
        if not bill_only and (v.amount is not None or v.amounts is not None or v.amounts_by_persons is not None):
            problems.append(Problem(f"{here}.unknown", f"{name}: 'unknown' en een bedrag tegelijk; kies één"))
        return problems
    if v.amount is None and not v.amounts and not v.amounts_by_persons:
        problems.append(Problem(f"{here}.amount", f"{name}: geen bedrag (amount, amounts of amounts_by_persons) en "
                                                  f"geen 'unknown' met de reden"))
    if v.amounts:
        missing = [t for t in scheme.household_types if t not in v.amounts and v.amount is None]
        if missing:
            problems.append(Problem(f"{here}.amounts", f"{name}: geen bedrag voor {', '.join(missing)}"))
    if v.income_limit_pct is None:
        problems.append(Problem(f"{here}.income_limit_pct", f"{name}: de inkomensgrens (% van de bijstandsnorm) "
                                                            f"ontbreekt"))
    previous = v.income_limit_pct or 0.0
    for k, tier in enumerate(v.tiers):
        if tier.income_limit_pct <= previous:
            problems.append(Problem(f"{here}.tiers[{k}].income_limit_pct",
                                    f"{name}: een trede moet een hogere grens hebben dan de vorige ({previous} %)"))
        if tier.amount is None and not tier.amounts:
            problems.append(Problem(f"{here}.tiers[{k}]", f"{name}: een trede zonder bedrag"))
        previous = tier.income_limit_pct
    if scheme.kind == "individuele_inkomenstoeslag" and v.reference_months is None:
        problems.append(Problem(f"{here}.reference_months",
                                f"{name}: de referteperiode (maanden langdurig laag inkomen, PW art. 36) ontbreekt"))
    if scheme.kind == "kwijtschelding" and not example:
        if v.norm_pct is None:
            problems.append(Problem(f"{here}.norm_pct", f"{name}: de kostennorm (% van de bijstandsnorm, 90 tot "
                                                        f"100) ontbreekt"))
        elif not 90 <= v.norm_pct <= 100:
            problems.append(Problem(f"{here}.norm_pct", f"{name}: de kostennorm moet tussen 90 en 100 % liggen "
                                                        f"(Uitvoeringsregeling Invorderingswet 1990), "
                                                        f"niet {v.norm_pct}"))
        if v.capacity_share_pct is None:
            problems.append(Problem(f"{here}.capacity_share_pct",
                                    f"{name}: het deel van de betalingscapaciteit dat de gemeente inzet ontbreekt"))
    return problems


def _check_payment(model: Overlay, latest: date) -> list[Problem]:
    """The bijstand payment day and income month: a value or `unknown` with the reason, a source for a real one."""
    problems = _dates(model.bijstand_betaling.keys(), "bijstand_betaling", latest)
    for key, v in model.bijstand_betaling.items():
        here = f"bijstand_betaling.{key}"
        if (v.day, v.month, v.income_month) == (None, None, None):
            problems.append(Problem(here, f"betaling van de bijstand op {key}: geef 'day' en 'month', of "
                                          f"'income_month' (laat het veld weg als de gemeente niets opgeeft)"))
        elif (v.day is None) != (v.month is None):
            problems.append(Problem(here, f"betaling van de bijstand op {key}: 'day' en 'month' horen samen"))
        if not model.example and not any(s.url or s.publication for s in v.sources):
            problems.append(Problem(f"{here}.sources", f"betaling van de bijstand op {key}: een bron met url of "
                                                       f"publicatie nodig"))
    return problems


def check_overlay(model: Overlay, stem: str, coverage: tuple[date, date]) -> list[Problem]:
    problems: list[Problem] = []
    if model.gemeente != stem:
        problems.append(Problem("gemeente", f"'{model.gemeente}' komt niet overeen met de bestandsnaam "
                                            f"'{stem}.yaml'"))
    if parse_date(model.last_verified) is None:
        problems.append(Problem("last_verified", "geen geldige datum (JJJJ-MM-DD)"))
    latest = coverage[1]
    if not model.schemes and not model.auto_algemeen_gebruikelijk and not model.bijstand_betaling:
        problems.append(Problem("schemes", "geen regelingen en geen autobedrag: het bestand voegt niets toe"))
    problems += _dates(model.auto_algemeen_gebruikelijk.keys(), "auto_algemeen_gebruikelijk", latest)
    for key, car in model.auto_algemeen_gebruikelijk.items():
        here = f"auto_algemeen_gebruikelijk.{key}"
        if (car.value is None) == (car.unknown is None):
            problems.append(Problem(here, f"autobedrag op {key}: geef óf 'value' óf 'unknown' met de reden"))
        if not model.example and not any(s.url or s.publication for s in car.sources):
            problems.append(Problem(f"{here}.sources", f"autobedrag op {key}: een bron met url of publicatie nodig"))
    problems += _check_payment(model, latest)
    seen: set[str] = set()
    iit = 0
    for i, scheme in enumerate(model.schemes):
        base = f"schemes[{i}]"
        if scheme.id in seen:
            problems.append(Problem(f"{base}.id", f"regeling '{scheme.id}' komt twee keer voor"))
        seen.add(scheme.id)
        iit += scheme.kind == "individuele_inkomenstoeslag"
        problems += [Problem(p.path, f"regeling '{scheme.id}': {p.message}")
                     for p in _dates(scheme.values.keys(), f"{base}.values", latest)]
        for key, v in scheme.values.items():
            problems += _check_value(scheme, v, _where(scheme, base, key), model.example)
    if iit > 1:
        problems.append(Problem("schemes", "een gemeente heeft één individuele inkomenstoeslag (PW art. 36); "
                                           f"dit bestand heeft er {iit}"))
    return problems + bounds.check_overlay_bounds(model)
