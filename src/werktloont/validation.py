"""Checking what users give (case files, parameter and municipal files): pydantic validation errors as Dutch
problems that name the field, and the ISO dates those files use. Below both the case model and the parameters,
so neither needs the other."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from werktloont.errors import Problem

_TYPE_MESSAGES = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekend veld; dit veld hoort hier niet",
    "string_type": "moet tekst zijn",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een tabel (sleutel: waarde) zijn",
    "model_type": "moet een tabel (sleutel: waarde) zijn",
    "model_attributes_type": "moet een tabel (sleutel: waarde) zijn",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "moet een datum zijn (JJJJ-MM-DD)",
    "string_pattern_mismatch": "ongeldige naam: gebruik kleine letters, cijfers en _",
    "too_short": "mag niet leeg zijn",
    "string_too_short": "mag niet leeg zijn",
    "finite_number": "moet een eindig getal zijn",
}


def number_nl(x) -> str:
    """A bound as a Dutch reader writes it: 0 (not 0.0), 10.000.000, 24,5."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    whole, _, frac = f"{x:,.6f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + "," + frac


def format_loc(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _message(err: ErrorDetails) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "value_error" and "error" in ctx:
        return str(ctx["error"])
    if kind == "literal_error":
        allowed = str(ctx.get("expected", "")).replace(" or ", " of ")
        shown = repr(err.get("input"))
        shown = shown if len(shown) <= 60 else shown[:57] + "..."  # a hostile file may hold a huge value
        return f"ongeldige waarde {shown}; toegestaan: {allowed}"
    if kind == "greater_than_equal":
        return f"moet minstens {number_nl(ctx.get('ge'))} zijn"
    if kind == "greater_than":
        return f"moet meer dan {number_nl(ctx.get('gt'))} zijn"
    if kind == "less_than_equal":
        return f"mag hoogstens {number_nl(ctx.get('le'))} zijn"
    if kind == "less_than":
        return f"moet minder dan {number_nl(ctx.get('lt'))} zijn"
    if kind in ("too_long", "string_too_long"):
        return f"is te lang (hoogstens {number_nl(ctx.get('max_length'))})"
    return _TYPE_MESSAGES.get(kind, f"ongeldige waarde ({kind})")


# Union members and validators appear in pydantic locations; a reader only needs the field.
_INTERNAL = re.compile(r"^(literal\[|constrained-|function-|union\[|tagged-union|lax-|json-or-python)")


def problems_from(exc: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and _INTERNAL.match(p)))
        path = format_loc(loc)
        if path in seen:  # one message per field: the first alternative of a union says enough
            continue
        seen.add(path)
        problems.append(Problem(path, _message(err)))
    return problems


def parse_date(text: Any) -> date | None:
    """A date written as JJJJ-MM-DD, or None."""
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None
