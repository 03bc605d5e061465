"""Words for the cliffs (armoedeval) and plateaus of a curve: from the range's kind and component keys."""

from __future__ import annotations

from werktloont.texts.components import lang_of, name

COSTS = ("childcare_costs", "travel_costs")


def _clause(key: str, en: bool, schemes: list | None = None) -> str:
    if key == "municipal" and schemes:  # name them: "u de Stadspas Rotterdam verliest"
        names = (" and " if en else " en ").join(s["label"]["en" if en else "nl"] for s in schemes)
        return f"you lose the {names}" if en else f"u de {names} verliest"
    if key == "municipal":
        return "the municipal schemes stop" if en else "de gemeentelijke regelingen stoppen"
    if key in COSTS:
        return f"the {name(key, 'en')} go up" if en else f"de {name(key, 'nl')} stijgen"
    return f"the {name(key, 'en')} goes down" if en else f"de {name(key, 'nl')} daalt"


def cliff_text(components: list[str], lang: str = "nl", schemes: list | None = None) -> str:
    """'Meer verdienen levert hier minder op, vooral omdat de huurtoeslag daalt en de reiskosten stijgen.'"""
    en = lang_of(lang) == "en"
    head = "Earning more here leaves you worse off" if en else "Meer verdienen levert hier minder op"
    if not components:
        return head + "."
    parts = [_clause(k, en, schemes) for k in components[:2]]
    return head + (", mainly because " if en else ", vooral omdat ") + (" and " if en else " en ").join(parts) + "."


def plateau_text(while_bijstand: bool, lang: str = "nl") -> str:
    if lang_of(lang) == "en":
        return ("Earning more here brings (almost) nothing: what you earn extra mostly comes off the bijstand."
                if while_bijstand else "Earning more here brings (almost) nothing.")
    return ("Meer verdienen levert hier (bijna) niets op: wat u meer verdient, gaat vooral van de bijstand af."
            if while_bijstand else "Meer verdienen levert hier (bijna) niets op.")


def range_text(r: dict, lang: str = "nl") -> str | None:
    """The sentence for one range, or None when the range lacks the codes (an engine that still gives text)."""
    if r.get("kind") == "cliff" and "components" in r:
        return cliff_text(list(r["components"]), lang, r.get("schemes"))
    if r.get("kind") == "plateau" and "while_bijstand" in r:
        return plateau_text(bool(r["while_bijstand"]), lang)
    return None
