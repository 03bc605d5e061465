"""Words for the plausibility warnings (werktloont.engine.plausibility): look again, not refused (B1 / English)."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts.components import is_en, lang_of

_CARE = {"nl": {"dagopvang": "dagopvang", "bso": "buitenschoolse opvang", "gastouder": "gastouderopvang"},
         "en": {"dagopvang": "day care", "bso": "out-of-school care", "gastouder": "childminder care"}}


def sentence(warning: dict, lang: str = "nl") -> str:
    """One plain sentence for one warning code; an unknown code gets a neutral sentence naming the field."""
    lang = lang_of(lang)
    en = is_en(lang)
    w = warning
    code = w.get("code")
    if code == "childcare_child_too_old":
        care = _CARE[lang].get(w.get("type", ""), w.get("type", ""))
        return (f"Child {w['child']} is {w['age']}: {care} for a child at secondary school is unusual, and "
                "kinderopvangtoeslag stops when the child starts secondary school. Check this." if en else
                f"Kind {w['child']} is {w['age']} jaar: {care} voor een kind op de middelbare school is ongewoon, en "
                "de kinderopvangtoeslag stopt als het kind naar de middelbare school gaat. Klopt dit?")
    if code == "childcare_price_far_above_maximum":
        return (f"The childcare price per hour for child {w['child']} ({fmt.eur(w['price'])}) is far above the "
                f"maximum hourly price ({fmt.eur(w['maximum'])}). Is this a price per day or month? The toeslag "
                "counts at most the maximum." if en else
                f"De uurprijs van de opvang van kind {w['child']} ({fmt.eur(w['price'])}) is veel hoger dan de "
                f"maximum uurprijs ({fmt.eur(w['maximum'])}). Is dit een prijs per dag of per maand? De toeslag "
                "rekent met hoogstens de maximum uurprijs.")
    if code == "rent_above_huurtoeslag_limit":
        return (f"The rent ({fmt.eur(w['rent'])}) is above the huurtoeslag rent limit ({fmt.eur(w['limit'])}): "
                "the part above it gets no huurtoeslag. Check the amount (kale huur, without service costs)." if en
                else f"De huur ({fmt.eur(w['rent'])}) is hoger dan de huurgrens van de huurtoeslag "
                f"({fmt.eur(w['limit'])}): over het deel daarboven is er geen huurtoeslag. Klopt het bedrag (kale "
                "huur, zonder servicekosten)?")
    if code == "works_without_income":
        who = ("the partner" if w.get("adult") else "the client") if en else ("de partner" if w.get("adult") else
                                                                              "de aanvrager")
        return (f"'Works' is ticked for {who}, but no income is filled in. Fill in the current job (hours and "
                "hourly wage) or other income: only then it counts for bijstand and toeslagen." if en else
                f"Bij {who} staat 'werkt' aan, maar er is geen inkomen ingevuld. Vul de huidige baan (uren en "
                "uurloon) of ander inkomen in: pas dan telt het mee voor de bijstand en de toeslagen.")
    if code == "wage_zero":
        return ("The hourly wage is € 0,00: the job then earns nothing. Fill in the gross hourly wage." if en else
                "Het uurloon is € 0,00: dan levert de baan niets op. Vul het bruto uurloon in.")
    if code == "wage_below_minimum":
        return (f"The hourly wage ({fmt.eur(w['wage'])}) is below the legal minimum wage for this age "
                f"({fmt.eur(w['minimum'])}). An employer must pay at least the minimum." if en else
                f"Het uurloon ({fmt.eur(w['wage'])}) is lager dan het wettelijk minimumloon voor deze leeftijd "
                f"({fmt.eur(w['minimum'])}). Een werkgever moet minstens het minimumloon betalen.")
    return (f"Check the input at {w.get('field', '?')}." if en else f"Controleer de invoer bij {w.get('field', '?')}.")


def sentences(warnings: list[dict], lang: str = "nl") -> list[str]:
    return [sentence(w, lang) for w in warnings]
