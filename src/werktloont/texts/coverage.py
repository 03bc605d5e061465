"""What werktloont does not calculate: one list of codes, with the words for the window, the CLI and the report.

`ALWAYS` holds for every case; `PARTNER_INCOME` matters only with a partner, `NO_TIMELINE` only when the month by
month course was not computed, `NO_MUNICIPALITY` only when no municipality was chosen.
"""

from __future__ import annotations

from werktloont.texts.components import lang_of, pick

ITEMS: dict[str, tuple[str, str]] = {
    # the partner's job and other income are calculated; what is left is said here.
    "partner_income": ("sinds wanneer een baan die u of de partner al heeft loopt, als dat niet is ingevuld "
                       "(gerekend: vanaf deze maand, dus de eerste maanden met vrijlating), en de "
                       "alleenverdienerstegemoetkoming (art. 78gg)",
                       "since when a job you or the partner already have has run, if not filled in (taken: from this "
                       "month, so the first months with the earnings disregard), and the sole-earner allowance "
                       "(art. 78gg)"),
    "self_employment": ("werken als zelfstandige (zzp)", "self-employment (zzp)"),
    # The TW-toeslag on the WW after a contract is calculated in the timeline (engine/timeline/toeslagenwet.py).
    "other_benefits": ("de toeslag van de Toeslagenwet (TW) op een andere uitkering dan de WW na het contract (een "
                       "uitkering zelf wel, als u die invult bij ander inkomen)",
                       "the Toeslagenwet (TW) supplement to a benefit other than the WW after the contract (the "
                       "benefit itself is, if entered as other income)"),
    "bijzondere_bijstand": ("bijzondere bijstand; bij schulden de volgorde van meerdere schuldeisers, verrekening en "
                            "de boedelachterstand (beslag en schuldregeling wel, als u ze invult)",
                            "special assistance (bijzondere bijstand); with debts the order of several creditors, "
                            "set-off and arrears in the estate (garnishment and debt arrangements are, if entered)"),
    "municipal_arrangements": ("afspraken die alleen uw gemeente kan maken",
                               "arrangements only your municipality can make"),
    "timeline": ("het verloop per maand en de eindafrekening van de toeslagen",
                 "the month-by-month course and the year-end settlement of the allowances"),
    "municipality": ("regelingen van de gemeente (geen gemeente gekozen)",
                     "municipal schemes (no municipality chosen)"),
}
ALWAYS = ("self_employment", "other_benefits", "bijzondere_bijstand", "municipal_arrangements")


def codes(*, partner: bool = True, timeline: bool = True, municipality: bool = True) -> list[str]:
    """The codes that apply: `partner` (the household has a partner), `timeline` (the course per month was
    computed), `municipality` (a municipality was chosen)."""
    out = (["partner_income"] if partner else []) + list(ALWAYS)
    if not timeline:
        out.append("timeline")
    if not municipality:
        out.append("municipality")
    return out


def item(code: str, lang: str = "nl") -> str:
    return pick(ITEMS[code], lang)


def items(codes_: list[str], lang: str = "nl") -> list[str]:
    return [item(c, lang) for c in codes_]


def sentence(codes_: list[str], lang: str = "nl") -> str:
    """'Niet meegerekend: …, … .'"""
    head = "Not included: " if lang_of(lang) == "en" else "Niet meegerekend: "
    return head + ", ".join(items(codes_, lang)) + "."


def indication(lang: str = "nl") -> str:
    return ("This is an indication, not a legal decision." if lang_of(lang) == "en" else
            "Dit is een indicatie, geen beschikking.")
