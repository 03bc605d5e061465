"""The gain as a table cell and the rows' names: the window's scenario table and the report's variants say what the
job brings as each answer leads with it (lasting, or while a contract runs with its months) and in the first month."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts.components import lang_of
from werktloont.texts.dates import month_words, n_months


def signed(x: float) -> str:
    """"+€ 232,77", "-€ 12,00", or "–" for nothing."""
    if round(x, 2) == 0:
        return "–"
    return ("+" if x > 0 else "") + fmt.eur(x)


def headline_difference(result: dict, first: dict) -> str:
    """What one answer leads with against another's (a scenario against the case), signed."""
    def amount(r: dict) -> float:
        return (r.get("headline") or {}).get("amount", 0.0)
    return signed(amount(result) - amount(first))


def _kinds(results: list[dict]) -> set[str]:
    return {(r.get("headline") or {}).get("kind", "") for r in results} & {"permanent", "temporary"}


def headline_gain(result: dict, lang: str = "nl", results: list[dict] | None = None) -> str:
    """The gain the answer leads with: lasting for a permanent job, while the contract runs with its months for a
    temporary one ("+€ 285,00, 6 maanden"). Next to other kinds (`results`), a lasting gain says so."""
    head = result.get("headline") or {}
    if head.get("kind") not in ("permanent", "temporary"):
        return "–"
    text = signed(head["amount"])
    if head["kind"] == "temporary":
        months = head.get("months")
        return text + (f", {n_months(months, lang)}" if months else "")
    if results is not None and len(_kinds(results)) > 1:
        return text + (" lasting" if lang_of(lang) == "en" else " blijvend")
    return text


def headline_gain_label(results: list[dict], lang: str = "nl") -> str:
    """The row's name for headline_gain: "blijvend" only when every column is a lasting gain."""
    kinds = _kinds(results)
    en = lang_of(lang) == "en"
    if kinds == {"permanent"}:
        return "Gain, lasting" if en else "Erbij, blijvend"
    if kinds == {"temporary"}:
        return "Gain, during the contract" if en else "Erbij, tijdens het contract"
    return "Gain, as the answer says" if en else "Erbij, volgens de uitkomst"


def first_month_label(results: list[dict], lang: str = "nl", short: bool = False) -> str:
    """The row's name for gain_per_month, with the month when every column has the same first month; `short`: the
    name alone (a narrow table, the month in its tooltip)."""
    months = {r.get("first_month") for r in results}
    en = lang_of(lang) == "en"
    if short:
        return "Gain, first month" if en else "Erbij, eerste maand"
    label = "Gain in the job's first month" if en else "Erbij in de eerste maand van de baan"
    if len(months) == 1 and None not in months:
        label += f" ({month_words(str(next(iter(months))), 'en' if en else 'nl')})"
    return label
