"""Words for the plausibility warnings (werktloont.engine.plausibility): look again, not refused (B1 / English)."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts.components import is_en, lang_of
from werktloont.texts.dates import month_words

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
    if code == "no_right_to_bijstand":
        who = ("Nobody in this household has" if w.get("adults", 1) > 1 else "The client has") if en else (
            "Niemand in dit huishouden heeft" if w.get("adults", 1) > 1 else "De aanvrager heeft")
        return (f"{who} a right to bijstand (Participatiewet art. 11: Dutch nationals and those treated as such; "
                "art. 13: who is excluded). Computed without bijstand, with and without the job. Check this." if en
                else f"{who} geen recht op bijstand (Participatiewet art. 11: Nederlanders en wie met hen "
                "gelijkgesteld is; art. 13: wie is uitgesloten). Gerekend zonder bijstand, met en zonder de baan. "
                "Klopt dit?")
    if code == "job_before_case_date":
        return job_before_case_date(w, lang)
    return (f"Check the input at {w.get('field', '?')}." if en else f"Controleer de invoer bij {w.get('field', '?')}.")


def job_before_case_date(w: dict, lang: str = "nl") -> str:
    """The offer began before the case date: what was computed (the contract from its own start, its months before
    the case month counted for the vrijlating of art. 31 lid 2 n as months with work and bijstand) and the check."""
    en = is_en(lang)
    m = {k: month_words(w[k], lang) for k in ("start", "case_month") if w.get(k)}
    end = month_words(w["contract_end"], lang) if w.get("contract_end") else None
    n, counted, rest = w["months_before"], w["counted"], w["not_counted"]
    if en:
        text = (f"The job began in {m['start']}, before the case date ({m['case_month']}). Computed: the contract "
                + (f"runs from {m['start']} to {end}" if end else f"has run since {m['start']}") + "; ")
        if counted:
            text += (f"{counted} of its {n} months before {m['case_month']} count as months with work and bijstand "
                     "for the earnings disregard (art. 31(2)(n)), so it ends sooner")
        else:
            text += f"its months before {m['case_month']} do not count for the earnings disregard"
        if rest and w.get("bijstand_before", True):
            text += f"; the {rest} months before January could not be counted: it may end up to {rest} months sooner"
        elif not w.get("bijstand_before", True):
            text += " (the case says there was no bijstand then)"
        return text + ". Check the start date."
    text = (f"De baan begon in {m['start']}, vóór de rekendatum ({m['case_month']}). Gerekend: het contract "
            + (f"loopt van {m['start']} tot en met {end}" if end else f"loopt al sinds {m['start']}") + "; ")
    if counted:
        text += (f"{counted} van de {n} maanden vóór {m['case_month']} tellen als maanden met werk en bijstand voor "
                 "de vrijlating (art. 31 lid 2 n), dus die stopt eerder")
    else:
        text += f"de maanden vóór {m['case_month']} tellen niet mee voor de vrijlating"
    if rest and w.get("bijstand_before", True):
        text += (f"; de {rest} maanden vóór januari konden niet worden meegeteld: de vrijlating kan tot {rest} "
                 "maanden eerder stoppen")
    elif not w.get("bijstand_before", True):
        text += " (volgens de casus was er toen geen bijstand)"
    return text + ". Klopt de begindatum? Kreeg de klant toen geen bijstand, dan tellen die maanden niet mee."


def sentences(warnings: list[dict], lang: str = "nl") -> list[str]:
    return [sentence(w, lang) for w in warnings]
