"""The amounts a view may show for a case: every number of its answer as `fmt.eur` writes it (with cents and in
whole euros, either sign). A view that works out an amount of its own shows one that is not among them."""

from __future__ import annotations

import re

from werktloont import fmt

AMOUNT = re.compile(r"[-+−]?€\s?[-−]?\d[\d.]*(?:,\d{2})?")


def _unsigned(amount: str) -> str:
    return amount.replace("−", "").replace("-", "").replace("+", "").replace("\u00a0", " ").replace("€ ", "€")


def _numbers(value, out: set[str]) -> None:
    if isinstance(value, bool):
        return
    if isinstance(value, (int, float)):
        out.update((_unsigned(fmt.eur(value)), _unsigned(fmt.eur(value, 0))))
    elif isinstance(value, dict):
        for v in value.values():
            _numbers(v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _numbers(v, out)


def answer_amounts(*answers) -> set[str]:
    """Every number in these answers (or cases), as an amount without its sign."""
    out: set[str] = set()
    for answer in answers:
        _numbers(answer, out)
    return out


def foreign_amounts(texts: list[str], *answers) -> list[str]:
    """The amounts in `texts` that are no number of `answers`."""
    allowed = answer_amounts(*answers)
    return [m for t in texts for m in AMOUNT.findall(t) if _unsigned(m) not in allowed]
