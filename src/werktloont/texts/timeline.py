"""Words of the month-by-month timeline: situations, month notes, summary notes, warnings, asset scenarios.

The engine gives codes with numbers (`note_codes`, `warnings[].code`, `asset_scenarios[].scenario`); these
functions give the sentence in Dutch (B1) or English. The `situation` value itself stays the Dutch code that the
README documents; `situation_text` is its wording in the asked language.
"""

from __future__ import annotations

from werktloont.fmt import eur
from werktloont.texts.components import lang_of, word
from werktloont.texts.dates import date_words, month_words
from werktloont.texts.plausibility import job_before_case_date

SITUATIONS = {
    "werk": ("werk", "work"),
    "werk + aanvullende bijstand": ("werk + aanvullende bijstand", "work + supplementary bijstand"),
    "WW + aanvullende bijstand": ("WW + aanvullende bijstand", "WW + supplementary bijstand"),
    "WW": ("WW", "WW (unemployment benefit)"),
    "WW + TW": ("WW + TW", "WW + TW supplement"),
    "WW + TW + aanvullende bijstand": ("WW + TW + aanvullende bijstand", "WW + TW supplement + supplementary bijstand"),
    "zoektermijn": ("zoektermijn", "search period (no bijstand yet)"),
    "vermogen boven grens": ("vermogen boven grens", "assets above the limit"),
    "bijstand": ("bijstand", "bijstand"),
    "geen bijstand": ("geen bijstand", "no bijstand"),
}


def situation(code: str, lang: str = "nl") -> str:
    return word(SITUATIONS, code, lang)


ARTICLE_OF_PART = {"34a": "art. 34a", "34a_mu": "art. 34a lid 1 b"}


def _vrijlating(c: dict, en: bool) -> str:
    k, letter = c["month"], c["letter"]
    base = letter.removesuffix("_aow")
    article = ARTICLE_OF_PART.get(base, f"art. 31 lid 2 {base}")
    return (f"earnings disregard month {k} ({article})" if en else f"inkomstenvrijlating maand {k} ({article})")


def _settlement(c: dict, en: bool) -> str:
    if c.get("amount", 0) > 0:
        return "allowances paid out afterwards" if en else "nabetaling toeslagen"
    return "allowances paid back" if en else "terugbetaling toeslagen"


def _assets_above_limit(c: dict, en: bool) -> str:
    """No bijstand while the assets are above the limit (art. 34): with savings the client lives on them; without
    (a car, other goods) the gemeente can give bijstand as a loan until they are sold (art. 48 lid 2 a)."""
    if not c.get("goods") and c.get("savings", 1.0) > 0.005:
        return ("assets above the limit: no bijstand, you live on your savings (art. 34)" if en else
                "vermogen boven de grens: geen bijstand, u leeft van uw spaargeld (art. 34)")
    return ("assets above the limit (a car or other things you own): no bijstand; sell it, or ask for bijstand as a "
            "loan until it is sold (art. 34, 48)" if en else
            "vermogen boven de grens (een auto of ander bezit): geen bijstand; verkopen, of bijstand als lening "
            "vragen tot het verkocht is (art. 34, 48)")


MONTH_NOTES = {
    "vrijlating_month": _vrijlating,
    "contract_last_month": lambda c, en: (
        "last month of the contract; the holiday pay built up is paid out (WML art. 17 lid 3)" if en else
        "laatste maand van het contract; opgebouwd vakantiegeld wordt uitbetaald (WML art. 17 lid 3)"),
    "ww_percent": lambda c, en: (f"WW {c['percent']:.0f} % of the daily wage (WW art. 47)" if en else
                                 f"WW {c['percent']:.0f} % van het dagloon (WW art. 47)"),
    "toeslagenwet": lambda c, en: (
        "TW supplement from UWV up to the social minimum (Toeslagenwet art. 8; goes before bijstand, Participatiewet "
        "art. 15)" if en else
        "toeslag van UWV tot het sociaal minimum (Toeslagenwet art. 8; gaat vóór de bijstand, Participatiewet "
        "art. 15)"),
    "zoektermijn": lambda c, en: (
        "four-week search period: bijstand only after four weeks, part of the month (art. 41 lid 4, 45 lid 3)" if en
        else "vierwekenzoektermijn: bijstand pas na vier weken, deel van de maand (art. 41 lid 4, 45 lid 3)"),
    "assets_above_limit": lambda c, en: _assets_above_limit(c, en),
    "toeslagen_settlement": _settlement,
}


def _beyond_pack(c: dict, en: bool) -> str:
    # Said to a person in the window ("Goed om te weten"): months and dates in words, no field names.
    lang = "en" if en else "nl"
    start, params = month_words(c["from_month"], lang), date_words(c["params_from"], lang)
    if en:
        return (f"From {start} the norms and amounts are not known yet: those months are calculated with the ones "
                f"of {params}.")
    return (f"Vanaf {start} zijn de normen en bedragen nog niet bekend: die maanden zijn berekend met de normen en "
            f"bedragen van {params}.")


SUMMARY_NOTES = {
    "job_before_case_date": lambda c, en: (
        job_before_case_date(c, "en" if en else "nl") if "months_before" in c else
        "The job starts before the calculation date; it is calculated as if it started in the month of that date."
        if en else
        "De baan begint vóór de rekendatum; er is gerekend alsof de baan begint in de maand van de rekendatum."),
    "beyond_pack": _beyond_pack,
    "terugvordering_drempel_unknown": lambda c, en: (
        "The limit below which a small amount after the final calculation need not be paid back was not found for "
        "2025 and 2026; here a small amount counts too." if en else
        "De grens waaronder u een klein bedrag na de definitieve berekening niet hoeft terug te betalen, is voor 2025 "
        "en 2026 niet gevonden; hier telt ook een klein bedrag mee."),
    "toeslagen_settlement_timing": lambda c, en: (
        "Allowances: the final calculation comes between June and December of the next year (Belastingdienst); "
        "the timeline puts the repayment or back payment in June. A correction after reporting a new income is in "
        "the month after and must always be paid back." if en else
        "Toeslagen: de definitieve berekening komt tussen juni en december van het jaar erna (Belastingdienst); de "
        "tijdlijn zet de terugbetaling of nabetaling in juni. Een correctie na het doorgeven van een nieuw inkomen "
        "staat in de maand erna en moet altijd worden terugbetaald."),
    "amounts_convention": lambda c, en: (
        "The amounts per month hold a monthly share of the holiday pay and the holiday allowance. The money itself "
        "comes later: the holiday pay in the month of the collective agreement or the law (WML art. 17) and at the "
        "end of the contract, the holiday allowance of the bijstand in June and when the bijstand ends (art. 45 "
        "lid 1; reserved as municipalities usually do)." if en else
        "De bedragen per maand tellen een deel van het vakantiegeld en de vakantietoeslag in elke maand mee. Het geld "
        "zelf komt later: het vakantiegeld in de maand van de cao of de wet (WML art. 17) en aan het einde van het "
        "contract, de vakantietoeslag van de bijstand in juni en als de bijstand stopt (art. 45 lid 1; gereserveerd "
        "zoals gemeenten dat meestal doen)."),
    "job_starts_first_of_month": lambda c, en: (
        "The job starts on the first of the month; the municipality counts the wage in the month it is paid." if en
        else "De baan begint op de eerste van de maand; de gemeente telt het loon in de maand waarin het wordt "
             "betaald."),
    "ww_assumptions": lambda c, en: (
        "WW: the weeks requirement is counted over the weeks of this contract (earlier work is not known); daily "
        "wage under the Dagloonbesluit art. 2 and 5. Below the social minimum UWV adds a Toeslagenwet supplement "
        "first (Participatiewet art. 15), then bijstand tops up to the norm." if en else
        "WW: wekeneis geteld over de weken van dit contract (eerder werk is niet bekend); dagloon volgens het "
        "Dagloonbesluit art. 2 en 5. Onder het sociaal minimum vult UWV eerst aan met een toeslag van de "
        "Toeslagenwet (Participatiewet art. 15), daarna vult de bijstand aan tot de norm."),
    "tw_paid": lambda c, en: _tw_paid(c, en),
    "tw_partner_condition": lambda c, en: (
        "No Toeslagenwet supplement: your partner was born after 1971 and there is no child under 12 at home "
        "(Toeslagenwet art. 3). Bijstand tops up the WW." if en else
        "Geen toeslag van de Toeslagenwet: uw partner is geboren na 1971 en er woont geen kind jonger dan 12 bij u "
        "(Toeslagenwet art. 3). De bijstand vult de WW aan."),
    "tw_above_minimum": lambda c, en: (
        "No Toeslagenwet supplement: the household's income is not below the social minimum (Toeslagenwet art. 2)."
        if en else
        "Geen toeslag van de Toeslagenwet: het inkomen van het huishouden is niet lager dan het sociaal minimum "
        "(Toeslagenwet art. 2)."),
    "tw_age": lambda c, en: (
        "No Toeslagenwet supplement under 18 or from the state pension age (Toeslagenwet art. 2 lid 5 and 6)." if en
        else "Geen toeslag van de Toeslagenwet onder 18 jaar of vanaf de AOW-leeftijd (Toeslagenwet art. 2 lid 5 "
             "en 6)."),
    "tw_unknown": lambda c, en: (
        f"The Toeslagenwet amounts for {', '.join(c['months'])} are not in the parameters yet, so no supplement is "
        "calculated there; bijstand tops up the WW instead (UWV may pay part of it as a TW supplement)." if en else
        f"De bedragen van de Toeslagenwet voor {', '.join(c['months'])} staan nog niet in de parameters; daar is "
        "geen toeslag berekend en vult de bijstand de WW aan (UWV betaalt een deel mogelijk als TW-toeslag)."),
}


def _tw_paid(c: dict, en: bool) -> str:
    per_day = c.get("per_day")
    amount = ("" if per_day is None else
              f" ({eur(per_day)} gross per day)" if en else f" ({eur(per_day)} bruto per dag)")
    text = (f"Toeslagenwet: UWV tops the WW up to the social minimum{amount}, with 8 % holiday payment "
            "(Toeslagenwet art. 2, 8 and 10); there is no asset test, so the supplement stays when bijstand is refused "
            "for assets." if en else
            f"Toeslagenwet: UWV vult de WW aan tot het sociaal minimum{amount}, met 8 % vakantie-uitkering "
            "(Toeslagenwet art. 2, 8 en 10); er is geen vermogenstoets, dus de toeslag blijft als de bijstand wordt "
            "geweigerd om het vermogen.")
    if c.get("capped"):
        text += (" Because your earlier daily wage was low, the WW and the supplement together are at most that daily "
                 "wage (art. 8a); bijstand tops up the rest." if en else
                 " Omdat uw dagloon laag was, zijn WW en toeslag samen niet meer dan dat dagloon (art. 8a); de "
                 "bijstand vult de rest aan.")
    return text

WARNINGS = {
    "asset_transfer": lambda c, en: (
        "Transferring assets to family or giving them away to get below the asset limit: the municipality may see "
        "that as culpable. Then the assets may still count as something you can reasonably dispose of "
        "(art. 34 lid 1), the bijstand may be lowered for a lack of sense of responsibility (art. 18 lid 2), or be "
        "given only as a loan (art. 48 lid 2 onder b). This is not advice to do it." if en else
        "Vermogen overdragen aan familie of weggeven om onder de vermogensgrens te komen: de gemeente kan dat zien "
        "als verwijtbaar. Dan kan het vermogen blijven meetellen als iets waarover u redelijkerwijs kunt beschikken "
        "(art. 34 lid 1), kan de bijstand worden verlaagd wegens tekortschietend besef van verantwoordelijkheid "
        "(art. 18 lid 2), of alleen als lening worden gegeven (art. 48 lid 2 onder b). Dit is geen advies om het "
        "te doen."),
}

ASSET_SCENARIOS = {
    "keep": ("auto houden", "keep the car"),
    "sell": ("auto verkopen (opbrengst wordt spaargeld)", "sell the car (the money becomes savings)"),
    # Art. 34 lid 2 a: only the part the gemeente leaves free does not count (the whole car when it names none).
    "needed": ("auto nodig voor werk (telt mee boven wat de gemeente vrijlaat)",
               "car needed for work (counts above what the municipality leaves free)"),
}


def _render(table: dict, item: dict, lang: str) -> str:
    return table[item["code"]](item, lang_of(lang) == "en")


def month_note(item: dict, lang: str = "nl") -> str:
    return _render(MONTH_NOTES, item, lang)


def summary_note(item: dict, lang: str = "nl") -> str:
    return _render(SUMMARY_NOTES, item, lang)


def warning(item: dict, lang: str = "nl") -> str:
    return _render(WARNINGS, item, lang)


def asset_scenario(code: str, lang: str = "nl") -> str:
    words = ASSET_SCENARIOS[code]
    return words[1] if lang_of(lang) == "en" else words[0]


def settlement_word(amount: float, lang: str = "nl") -> str:
    """For the CLI summary: 'nabetaling' or 'terugbetalen'."""
    if lang_of(lang) == "en":
        return "back payment" if amount >= 0 else "to pay back"
    return "nabetaling" if amount >= 0 else "terugbetalen"


# The window's to-do tab: one line per asset scenario (the car kept, sold, needed for work) and a month's settlement.
TODO = {
    "asset_scenario": ("{label}: vermogen nu {counted} (grens {limit}); maanden zonder bijstand: {job} met baan, "
                       "{stay} zonder baan; bijstand die vervalt: {lost}.",
                       "{label}: assets now {counted} (limit {limit}); months without bijstand: {job} with the job, "
                       "{stay} without; bijstand lost: {lost}."),
    "settlement_in": ("toeslagen: {amount} erbij", "allowances: {amount} paid to you"),
    "settlement_back": ("toeslagen: {amount} terugbetalen", "allowances: {amount} to pay back"),
}


def asset_scenario_line(row: dict, lang: str = "nl") -> str:
    """A row of the summary's `asset_scenarios`: the assets now and the months without bijstand, both scenarios (the
    window's to-do tab and `werktloont timeline`)."""
    label = str(row.get("label", row.get("scenario", "")))
    return word(TODO, "asset_scenario", lang, label=label[:1].upper() + label[1:],
                counted=eur(row["counted_now"]), limit=eur(row["limit"]), job=row["job"]["months_without_bijstand"],
                stay=row["stay"]["months_without_bijstand"], lost=eur(row["job"]["bijstand_lost"]))


def settlement_note(amount: float, lang: str = "nl") -> str:
    """A month's toeslagen settlement in whole euros: paid to the household (positive) or paid back."""
    return word(TODO, "settlement_in" if amount > 0 else "settlement_back", lang, amount=eur(abs(amount), 0))
