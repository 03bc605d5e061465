"""The things the client must arrange when taking the job: codes from the timeline, sentences here (B1 / English).

Two forms of each: `action` with the rule it follows (the window, calc, the klantmanager's page of the report) and
`client_action`, short B1 sentences with the dates in words and no article numbers (the client's own pages).
Deadlines and ages come with the code (from the parameter pack), never from here.
"""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts.components import is_en, lang_of
from werktloont.texts.dates import date_words, month_words, n_weeks


def _report_job(c: dict, en: bool) -> str:
    if en:
        when = "straight away" if c.get("started") else "before you begin"
        return (f"Tell the municipality about the job and its start date {when}, and hand in your payslip every "
                "month (duty to inform, Participatiewet art. 17).")
    head = ("Meld de baan en de startdatum meteen bij de gemeente" if c.get("started") else
            "Meld de baan en de startdatum bij de gemeente vóór u begint")
    return f"{head}, en lever elke maand uw loonstrook in (inlichtingenplicht, Participatiewet art. 17)."


def _report_income(c: dict, en: bool) -> str:
    text = ("Report your new income to Dienst Toeslagen (Mijn toeslagen) as soon as you start work" if en else
            "Geef uw nieuwe inkomen door aan Dienst Toeslagen (Mijn toeslagen) zodra u begint met werken")
    if c.get("repay"):
        amount, month = fmt.eur(abs(c["repay"]), 0), month_words(str(c.get("repay_month")), "en" if en else "nl")
        text += (f"; if you do not, you will pay back about {amount} around {month}" if en else
                 f"; doet u dat niet, dan betaalt u naar schatting {amount} terug rond {month}")
    return text + "."


def _apply_ww(c: dict, en: bool) -> str:
    weeks, end = int(c["weeks"]), month_words(str(c["contract_end"]), "en" if en else "nl")
    supplement = c.get("supplement", True)
    if en:
        within = "one week" if weeks == 1 else f"{weeks} weeks"
        return (f"Apply for WW (unemployment benefit) at UWV no later than {within} after your last working day "
                f"({end}); register as a job seeker by your second day without work"
                + (", and apply to the municipality for supplementary bijstand if the WW is below your bijstand "
                   "norm." if supplement else ".") + _tw(c, en) + _after_ww(c, en) + _blocked(c, en))
    within = "een week" if weeks == 1 else f"{weeks} weken"
    text = (f"Vraag WW aan bij UWV uiterlijk {within} na uw laatste werkdag ({end}); schrijf u uiterlijk op uw "
            "tweede werkloze dag in als werkzoekende" + (", en vraag aanvullende bijstand aan bij de gemeente als de "
                                                         "WW lager is dan uw bijstandsnorm." if supplement else "."))
    return text + _tw(c, en) + _after_ww(c, en) + _blocked(c, en)


def _what_counts(c: dict, en: bool) -> tuple[str, str]:
    """What keeps the bijstand out (a car, or the assets at large) and the sentence's subject for it."""
    if c.get("assets_block") == "auto":
        return ("the car counts", "the car") if en else ("de auto meetelt", "de auto")
    return (("your assets are above the limit", "your assets") if en else
            ("het vermogen boven de grens is", "het vermogen"))


def _blocked(c: dict, en: bool) -> str:
    """Participatiewet art. 34: the projection pays no bijstand after the contract (or its WW) while the assets are
    above the limit; apply once they are under it."""
    if not c.get("assets_block"):
        return ""
    limit = fmt.eur(c["assets_limit"]) if c.get("assets_limit") is not None else None
    when, _ = _what_counts(c, en)
    ww = c["code"] == "apply_ww"
    car = c.get("assets_block") == "auto"
    if en:
        span = ("next to or after the WW" if not c.get("supplement", True) else "after the WW") if ww else (
            "after the contract")
        under = f" of {limit}" if limit else ""
        how = " (the car no longer counts, or is worth less)" if car else ""
        return (f" As long as {when}, there is no bijstand {span} (Participatiewet art. 34): apply for bijstand once "
                f"the assets are under the limit{under}{how}, and report it.")
    span = ("naast of na de WW" if not c.get("supplement", True) else "na de WW") if ww else "na het contract"
    under = f" van {limit}" if limit else ""
    how = " (de auto telt niet meer mee, of is minder waard)" if car else ""
    return (f" Zolang {when}, is er {span} geen bijstand (Participatiewet art. 34): vraag bijstand aan zodra het "
            f"vermogen onder de grens{under} is{how}, en meld dat.")


def _tw(c: dict, en: bool) -> str:
    """Toeslagenwet: the toeslag is asked at UWV, before the bijstand (Participatiewet art. 15)."""
    if not c.get("tw"):
        return ""
    return (" Also apply at UWV for the supplement under the Toeslagenwet (TW): it tops the WW up to the social "
            "minimum and comes before bijstand." if en else
            " Vraag bij UWV ook de toeslag van de Toeslagenwet (TW) aan: die vult de WW aan tot het sociaal minimum "
            "en gaat vóór de bijstand.")


def _after_ww(c: dict, en: bool) -> str:
    """Art. 41 lid 6: no zoektermijn after WW for a young client, who reports before the WW ends."""
    weeks = c.get("report_before_ww_end_weeks")
    if weeks is None:
        return ""
    if en:
        return (" After the WW there is no search period for you: report to the municipality "
                f"{n_weeks(int(weeks), 'en')} before your WW ends (Participatiewet art. 41(6)).")
    return (f" Na de WW geldt voor u geen zoektermijn: meld u {n_weeks(int(weeks))} vóór het einde van uw WW bij de "
            "gemeente (Participatiewet art. 41 lid 6).")


def _reapply(c: dict, en: bool) -> str:
    end = month_words(str(c["contract_end"]), "en" if en else "nl")
    if c.get("assets_block"):
        return ((f"Your contract ends {end}." if en else f"Uw contract eindigt {end}.") + _blocked(c, en)).strip()
    by = date_words(c["apply_by"], "en" if en else "nl") if c.get("apply_by") else None
    if by:  # the first day after the contract, or the working day before it (the follow-up plan's date)
        text = (f"Report to the municipality no later than {by} to apply for bijstand again: bijstand starts on the "
                f"day you report (the contract ends {end}; Participatiewet art. 44(1))" if en else
                f"Meld u uiterlijk op {by} bij de gemeente om weer bijstand aan te vragen: de bijstand begint op de "
                f"dag van de melding (contract eindigt {end}; Participatiewet art. 44 lid 1)")
    else:
        text = (f"On the first day after your contract ends, apply to the municipality for bijstand again (the "
                f"contract ends {end})" if en else
                "Meld u op de eerste dag na het einde van uw contract bij de gemeente om weer bijstand aan te vragen "
                f"(contract eindigt {end})")
    if c.get("zoektermijn_age") is not None and c.get("zoektermijn_weeks") is not None:
        age, weeks = int(c["zoektermijn_age"]), int(c["zoektermijn_weeks"])
        text += (f"; you are under {age}, so there is no bijstand for the first {n_weeks(weeks, 'en')} (search "
                 "period)" if en else
                 f"; u bent jonger dan {age}, dus de eerste {n_weeks(weeks)} krijgt u geen bijstand (zoektermijn)")
    return text + "."


def _one_lhk(c: dict, en: bool) -> str:
    ahk = fmt.eur(c["ahk_max"], 0)
    if en:
        return ("Have the payroll tax credit (loonheffingskorting) applied by one employer or benefit agency only. "
                f"If two apply it, you get an income-tax bill afterwards of up to {ahk} (the general tax credit). "
                "An income-tax refund counts as income while you are on bijstand (Participatiewet art. 31(1), "
                "32(1)(a)).")
    return ("Laat de loonheffingskorting door één werkgever of uitkeringsinstantie toepassen. Passen er twee hem "
            f"toe, dan krijgt u achteraf een aanslag inkomstenbelasting van hoogstens {ahk} (de algemene "
            "heffingskorting). Een teruggave van inkomstenbelasting telt als inkomen zolang u bijstand krijgt "
            "(Participatiewet art. 31 lid 1, 32 lid 1 a).")


ACTIONS = {
    "one_loonheffingskorting": _one_lhk,
    "report_job": _report_job,
    "report_income_toeslagen": _report_income,
    "apply_ww": _apply_ww,
    "reapply_bijstand": _reapply,
    "apply_kot": lambda c, en: (
        "Apply for childcare allowance at Dienst Toeslagen, no later than three months after the first month of "
        "childcare." if en else
        "Vraag kinderopvangtoeslag aan bij Dienst Toeslagen, uiterlijk drie maanden na de eerste opvangmaand."),
    "watch_savings": lambda c, en: (
        "Keep an eye on your savings: if they go above the asset limit and you need bijstand again later, they "
        "count." if en else
        "Houd uw spaargeld in de gaten: als het boven de vermogensgrens komt en u later weer bijstand nodig hebt, "
        "telt het mee."),
}


def action(item: dict, lang: str = "nl") -> str:
    return ACTIONS[item["code"]](item, lang_of(lang) == "en")


# --- the client's own words: B1, one thing per sentence, dates in words, no article numbers ----------------------

def _day(c: dict, key: str, lang: str) -> str | None:
    return date_words(c[key], lang) if c.get(key) else None


def _c_report_job(c: dict, lang: str) -> list[str]:
    start = _day(c, "start", lang)
    if c.get("started") and start:  # no working day is left before the first day: at once
        return ([f"Tell the municipality about the job straight away: it starts on {start}.",
                 "After that, hand in your payslip every month."] if is_en(lang) else
                [f"Meld de baan meteen bij de gemeente: uw baan begint op {start}.",
                 "Lever daarna elke maand uw loonstrook in."])
    if is_en(lang):
        return [f"Tell the municipality about the job before {start}." if start else
                "Tell the municipality about the job before your first working day.",
                "After that, hand in your payslip every month."]
    return [f"Meld de baan bij de gemeente, vóór {start}." if start else
            "Meld de baan bij de gemeente, vóór uw eerste werkdag.", "Lever daarna elke maand uw loonstrook in."]


def _c_report_income(c: dict, lang: str) -> list[str]:
    out = (["Tell Dienst Toeslagen your new income as soon as you start work."] if is_en(lang) else
           ["Geef uw nieuwe inkomen door aan Dienst Toeslagen, zodra u begint met werken."])
    if c.get("repay"):
        amount, month = fmt.eur(abs(c["repay"]), 0), month_words(str(c.get("repay_month")), lang)
        out.append(f"If you do not, you pay back about {amount} around {month}." if is_en(lang) else
                   f"Doet u dat niet? Dan betaalt u rond {month} ongeveer {amount} terug.")
    return out


def _c_apply_ww(c: dict, lang: str) -> list[str]:
    weeks, last = int(c["weeks"]), _day(c, "last_day", lang) or month_words(str(c["contract_end"]), lang)
    supplement = c.get("supplement", True)
    if is_en(lang):
        within = "one week" if weeks == 1 else f"{weeks} weeks"
        out = [f"Your contract ends on {last}.", f"Apply for WW at UWV, no later than {within} after your last "
               "working day.", "Register as a job seeker by your second day without work."]
        if c.get("tw"):
            out.append("Ask UWV for the supplement (TW) as well.")
        if supplement and not c.get("assets_block"):
            out.append("Is the WW lower than your bijstand? Then also ask the municipality for bijstand.")
        if c.get("report_before_ww_end_weeks") is not None:
            out.append(f"Go to the municipality {n_weeks(int(c['report_before_ww_end_weeks']), 'en')} before your WW "
                       "ends. Then you get bijstand again without waiting.")
        return out + _c_blocked(c, lang)
    within = "een week" if weeks == 1 else f"{weeks} weken"
    out = [f"Uw contract stopt op {last}.", f"Vraag WW aan bij UWV, uiterlijk {within} na uw laatste werkdag.",
           "Schrijf u uiterlijk op uw tweede werkloze dag in als werkzoekende."]
    if c.get("tw"):
        out.append("Vraag bij UWV ook de toeslag aan (TW).")
    if supplement and not c.get("assets_block"):
        out.append("Is de WW lager dan uw bijstand? Vraag dan ook bijstand aan bij de gemeente.")
    if c.get("report_before_ww_end_weeks") is not None:
        out.append(f"Meld u {n_weeks(int(c['report_before_ww_end_weeks']))} voordat uw WW stopt bij de gemeente. Dan "
                   "krijgt u zonder wachten weer bijstand.")
    return out + _c_blocked(c, lang)


def _c_blocked(c: dict, lang: str) -> list[str]:
    """No bijstand after the contract (or next to and after the WW) while the assets count: when to apply."""
    if not c.get("assets_block"):
        return []
    car = c["assets_block"] == "auto"
    limit = fmt.eur(c["assets_limit"], 0) if c.get("assets_limit") is not None else None
    ww = c["code"] == "apply_ww"
    if is_en(lang):
        when = "the car counts" if car else "your assets are above the limit"
        span = ("next to or after the WW" if not c.get("supplement", True) else "after the WW") if ww else (
            "after that")
        under = f"under the limit of {limit}" if limit else "under the limit"
        first = (f"Does the car no longer count, or are your assets {under}?" if car else
                 f"Are your assets {under}?")
        return [f"As long as {when}, you get no bijstand {span}.",
                f"{first} Then tell the municipality and ask for bijstand."]
    when = "de auto meetelt" if car else "uw vermogen boven de grens is"
    span = ("naast of na de WW" if not c.get("supplement", True) else "na de WW") if ww else "daarna"
    under = f"onder de grens van {limit}" if limit else "onder de grens"
    first = (f"Telt de auto niet meer mee, of is uw vermogen {under}?" if car else f"Is uw vermogen {under}?")
    return [f"Zolang {when}, krijgt u {span} geen bijstand.",
            f"{first} Meld dat dan bij de gemeente en vraag bijstand aan."]


def _c_reapply(c: dict, lang: str) -> list[str]:
    last = _day(c, "last_day", lang) or month_words(str(c["contract_end"]), lang)
    en = is_en(lang)
    if c.get("assets_block"):
        return [f"Your contract ends on {last}." if en else f"Uw contract stopt op {last}.", *_c_blocked(c, lang)]
    by = _day(c, "apply_by", lang)
    if by:
        out = ([f"Your contract ends on {last}.", f"Ask the municipality for bijstand again, no later than {by}."]
               if en else [f"Uw contract stopt op {last}.", f"Vraag uiterlijk op {by} weer bijstand aan bij de "
                                                             "gemeente."])
    else:
        out = ([f"Your contract ends on {last}.", "The next day, ask the municipality for bijstand again."] if en
               else [f"Uw contract stopt op {last}.", "Vraag de dag daarna weer bijstand aan bij de gemeente."])
    if c.get("zoektermijn_age") is not None and c.get("zoektermijn_weeks") is not None:
        age, weeks = int(c["zoektermijn_age"]), int(c["zoektermijn_weeks"])
        out.append(f"You are under {age}. So for the first {n_weeks(weeks, 'en')} you get no bijstand. Look for work "
                   "in that time." if en else
                   f"U bent jonger dan {age}. Daarom krijgt u de eerste {n_weeks(weeks)} geen bijstand. Zoek in die "
                   "tijd werk.")
    return out


def _c_one_lhk(c: dict, lang: str) -> list[str]:
    ahk = fmt.eur(c["ahk_max"], 0)
    if is_en(lang):
        return ["Only one payer may use the tax credit (loonheffingskorting): your employer or the benefit.",
                f"Ask them which one does. If both do, you pay up to {ahk} tax back later."]
    return ["Maar één betaler mag de loonheffingskorting gebruiken: uw werkgever of de uitkering.",
            f"Vraag wie dat doet. Doen ze het allebei? Dan betaalt u later tot {ahk} belasting terug."]


CLIENT_ACTIONS = {
    "report_job": _c_report_job,
    "report_income_toeslagen": _c_report_income,
    "apply_ww": _c_apply_ww,
    "reapply_bijstand": _c_reapply,
    "one_loonheffingskorting": _c_one_lhk,
    "apply_kot": lambda c, lang: (
        ["Ask Dienst Toeslagen for childcare allowance.", "Do it within three months after the first month of "
         "childcare."] if is_en(lang) else
        ["Vraag kinderopvangtoeslag aan bij Dienst Toeslagen.", "Doe dat binnen drie maanden na de eerste maand "
         "opvang."]),
    "watch_savings": lambda c, lang: (
        ["Keep an eye on your savings.", "Do you need bijstand again later? Then savings above the limit count."]
        if is_en(lang) else
        ["Let op uw spaargeld.", "Heeft u later weer bijstand nodig? Dan telt spaargeld boven de grens mee."]),
}
# Who the client calls for each thing to do (texts.report.CONTACTS has the names and numbers).
CONTACT_OF = {"report_job": "gemeente", "reapply_bijstand": "gemeente", "report_income_toeslagen": "toeslagen",
              "apply_kot": "toeslagen", "apply_ww": "uwv", "one_loonheffingskorting": "werkgever",
              "watch_savings": "gemeente"}


def client_action(item: dict, lang: str = "nl") -> str:
    """One thing to do in the client's words: short sentences, the dates in words, no articles."""
    make = CLIENT_ACTIONS.get(item["code"])
    return " ".join(make(item, lang)) if make else action(item, lang)
