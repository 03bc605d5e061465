"""Words for the cash calendar, the first-month gap and the follow-up plan: the client's steps in plain Dutch (B1),
the klantmanager's conversations with what to check, in Dutch or English. Dates and amounts come with the codes.

`render(result, lang)` adds them in place; `step_words(step, lang, amounts)` gives one step's title and text
(the agenda file leaves the amounts out unless asked).
"""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts import components
from werktloont.texts.components import label as component_label
from werktloont.texts.components import lang_of
from werktloont.texts.dates import n_days, n_weeks
from werktloont.texts.report import date_text, month_text

PAYERS = {"gemeente": ("Gemeente", "Municipality"), "werkgever": ("Werkgever", "Employer"),
          "dienst_toeslagen": ("Dienst Toeslagen", "Dienst Toeslagen (allowances)"), "uwv": ("UWV", "UWV"),
          "eigen_inkomen": ("Eigen inkomen", "Own income"), "kosten": ("Kosten", "Costs")}
KINDS = {"loon": ("Loon", "Wage"), "loon_eind": ("Laatste loon", "Final wage"),
         "vakantiegeld": ("Vakantiegeld", "Holiday pay"), "bijstand": ("Bijstand", "Bijstand"),
         "vakantietoeslag": ("Vakantiegeld bijstand", "Bijstand holiday allowance"),
         "gemeentelijke_regelingen": ("Regelingen gemeente (deel per maand)", "Municipal schemes (monthly part)"),
         "toeslagen_afrekening": ("Afrekening toeslagen (definitief, na het jaar)",
                                  "Allowances settlement (final, after the year)"),
         "toeslagen_correctie": ("Correctie voorschot toeslagen", "Allowances advance corrected"),
         "other_income": ("Eigen inkomen", "Own income")}


def payer(code: str, lang: str = "nl") -> str:
    return components.word(PAYERS, code, lang)


def kind(code: str, lang: str = "nl") -> str:
    return components.word(KINDS, code, lang) if code in KINDS else component_label(code, lang)


def _d(iso: str | None, lang: str) -> str:
    return date_text(iso, lang) if iso else "?"


def _eur(x, amounts: bool) -> str:
    return fmt.eur(abs(x)) if amounts and x is not None else ""


def _client(code: str, v: dict, en: bool, lang: str, amounts: bool) -> tuple[str, str]:
    """Title and text of one client step."""
    if code == "report_job":
        start = _d(v["start"], lang)
        if v.get("started"):  # no working day is left before the start: at once
            return (("Report the job to the municipality", f"Tell the municipality straight away that you work: "
                     f"your job starts on {start}. Give them your start date and your contract.") if en else
                    ("Baan melden bij de gemeente", "Vertel de gemeente meteen dat u werkt: uw baan begint op "
                     f"{start}. Geef ook uw startdatum en uw contract."))
        return (("Report the job to the municipality", "Tell the municipality that you will start work, before your "
                 f"first working day ({start}). Give them your start date and your contract.") if en else
                ("Baan melden bij de gemeente", "Vertel de gemeente dat u gaat werken, vóór uw eerste werkdag "
                 f"({start}). Geef ook uw startdatum en uw contract."))
    if code == "change_toeslagen":
        return (("Change your income in Mijn toeslagen", f"Your income changes. Change it in Mijn toeslagen or the "
                 f"Toeslagen app within {n_weeks(v['weeks'], 'en')}. Then you pay back less later.") if en else
                ("Inkomen aanpassen in Mijn toeslagen", f"Uw inkomen verandert. Pas het aan in Mijn toeslagen of in "
                 f"de app Toeslagen, binnen {n_weeks(v['weeks'])}. Dan betaalt u later minder terug."))
    if code == "hand_in_payslip":
        paid = _d(v.get("payday"), lang)
        return (("Hand in your payslip", f"Your wage comes on {paid} (payslip {v['number']}). Hand in the payslip at "
                 "the municipality, so it can work out your bijstand.") if en else
                ("Loonstrook inleveren", f"Uw loon komt op {paid} (loonstrook {v['number']}). Lever de loonstrook in "
                 "bij de gemeente. Dan rekent de gemeente uw bijstand goed uit."))
    if code == "two_pay_slips":
        month = month_text(v["month"], lang)
        money = ""
        if amounts and v.get("usual") is not None:
            money = (f" Bijstand that month: {_eur(v['bijstand'], True)} instead of {_eur(v['usual'], True)}." if en
                     else f" Bijstand die maand: {_eur(v['bijstand'], True)} in plaats van {_eur(v['usual'], True)}.")
        return (("Two payslips this month", f"In {month} you are paid twice. The municipality counts both, so you "
                 f"get less bijstand that month.{money} Keep money aside for it.") if en else
                ("Twee keer loon deze maand", f"In {month} krijgt u twee keer loon. De gemeente telt allebei mee. U "
                 f"krijgt die maand minder bijstand.{money} Houd er geld voor apart."))
    return _client_later(code, v, en, lang, amounts)


def _client_later(code: str, v: dict, en: bool, lang: str, amounts: bool) -> tuple[str, str]:
    amount = _eur(v.get("amount"), amounts)
    if code == "vakantiegeld":
        return (("Holiday pay", "Your employer pays your holiday pay" + (f" ({amount})" if amount else "") + ".")
                if en else ("Vakantiegeld", "Uw werkgever betaalt uw vakantiegeld" + (f" ({amount})" if amount else "")
                            + "."))
    if code == "prepare_contract_end":
        return _prepare_end(v, en, lang)
    if code == "apply_ww":
        deadline = _d(v["deadline"], lang)
        return (("Apply for WW at UWV", f"Apply for WW at UWV no later than {deadline}, within a week after your last "
                 "working day.") if en else
                ("WW aanvragen bij UWV", f"Vraag WW aan bij UWV, uiterlijk op {deadline}. Dat is binnen een week na "
                 "uw laatste werkdag."))
    if code == "apply_bijstand_before_ww_end":
        end = _d(v["ww_end"], lang)
        return (("Apply for bijstand: the WW ends", f"Your WW ends on {end}. Report to the municipality for bijstand "
                 f"now, {n_weeks(v['weeks'], 'en')} before the WW ends.") if en else
                ("Bijstand aanvragen: de WW stopt", f"Uw WW stopt op {end}. Meld u nu bij de gemeente voor bijstand, "
                 f"{n_weeks(v['weeks'])} voordat de WW stopt."))
    if code == "apply_bijstand":
        end = _d(v["contract_end"], lang)
        return (("Apply for bijstand again", f"Your contract ends on {end}. Report to the municipality for bijstand "
                 "by today: bijstand starts on the day you report.") if en else
                ("Bijstand weer aanvragen", f"Uw contract stopt op {end}. Meld u uiterlijk vandaag bij de gemeente om "
                 "weer bijstand aan te vragen: de bijstand begint op de dag dat u zich meldt."))
    if code in ("toeslagen_settlement", "toeslagen_correction"):
        return _toeslagen(code, v, en, amount)
    return code, ""


def _prepare_end(v: dict, en: bool, lang: str) -> tuple[str, str]:
    """Six weeks before the contract ends: stay, or prepare what comes after it (WW, or bijstand again; no bijstand
    while the assets keep it out)."""
    end, ww, block = _d(v["contract_end"], lang), v.get("ww", True), v.get("assets_block")
    if en:
        then = ("Get ready to apply for WW." if ww else "You get no WW after it." + (
            "" if block else " Get ready to apply for bijstand again."))
        if block:
            then += (" As long as the car counts, you get no bijstand after it." if block == "auto" else
                     " As long as your assets are above the limit, you get no bijstand after it.")
        return "Contract ends soon: talk to your employer", (f"Your contract ends on {end}. Ask your employer if you "
                                                             f"can stay. {then}")
    then = ("Bereid de aanvraag voor de WW voor." if ww else "U krijgt daarna geen WW." + (
        "" if block else " Bereid de nieuwe aanvraag voor de bijstand voor."))
    if block:
        then += (" Zolang de auto meetelt, krijgt u daarna geen bijstand." if block == "auto" else
                 " Zolang uw vermogen boven de grens is, krijgt u daarna geen bijstand.")
    return "Contract stopt bijna: praat met uw werkgever", (f"Uw contract stopt op {end}. Vraag uw werkgever of u "
                                                            f"kunt blijven. {then}")


def _toeslagen(code: str, v: dict, en: bool, amount: str) -> tuple[str, str]:
    """In the year: the voorschot of the earlier months corrected to the new income (Awir art. 16). After the year:
    the definitive berekening (art. 19), settled against all that was paid."""
    back = (v.get("amount") or 0) < 0
    what = (("you may have to pay back" if back else "you may get money back") if en else
            ("moet u misschien geld terugbetalen" if back else "krijgt u misschien geld terug"))
    money = f" ({amount})" if amount else ""
    year = v.get("year")
    if code == "toeslagen_correction":
        return (("Allowances: advance corrected", f"Dienst Toeslagen adjusts your advance to your new income, also "
                 f"for the earlier months of {year}: {what}{money}. This is not yet the final calculation; that "
                 "comes after the year.") if en else
                ("Toeslagen: voorschot aangepast", f"Dienst Toeslagen past uw voorschot aan uw nieuwe inkomen aan, "
                 f"ook over de eerdere maanden van {year}: {what}{money}. Dit is nog niet de definitieve berekening; "
                 "die komt na het jaar."))
    return (("Allowances settlement", f"Around this month you get the final calculation of your allowances over "
             f"{year}: {what}{money}.") if en else
            ("Afrekening toeslagen", f"Rond deze maand krijgt u de definitieve berekening van uw toeslagen over "
             f"{year}: {what}{money}."))


def _klantmanager(code: str, v: dict, en: bool, lang: str, amounts: bool) -> tuple[str, str, list[str]]:
    """Title, one line and the checks of a klantmanager conversation."""
    if code == "after_first_pay":
        gap = _eur(v.get("gap"), amounts) if v.get("gap") else ""
        wait = v.get("wait_days")
        note_en = (f" (the wage came {n_days(wait, 'en')} after the bijstand)" if wait else
                   f" (shortfall {gap})" if gap else "")
        note_nl = (f" (het loon kwam {n_days(wait)} na de bijstand)" if wait else f" (tekort {gap})" if gap else "")
        return (("Conversation after the first pay", "Look back at the start of the job.", [
            "Is the first payslip in, and is the bijstand set off correctly?",
            "Did the client report the new income to Dienst Toeslagen?",
            "Did the client manage until the first pay?" + note_en,
            "Is the work going well: hours, travel, childcare?"]) if en else
            ("Gesprek na het eerste loon", "Terugkijken op de start van de baan.", [
                "Is de eerste loonstrook binnen, en klopt de verrekening met de bijstand?",
                "Heeft de klant het nieuwe inkomen doorgegeven aan Dienst Toeslagen?",
                "Kwam de klant rond tot het eerste loon?" + note_nl,
                "Gaat het werk goed: uren, reistijd, kinderopvang?"]))
    if code in ("month_3", "month_6"):
        k = v["month_of_job"]
        checks_nl = ["Komen de loonstroken op tijd binnen, en klopt de bijstand?"]
        checks_en = ["Do the payslips come in on time, and is the bijstand right?"]
        if v.get("two_pay_slips"):
            m = month_text(v["two_pay_slips"][0], lang)
            checks_nl.append(f"In {m} komt twee keer loon: is er geld apart gezet?")
            checks_en.append(f"In {m} the client is paid twice: is money set aside?")
        # Only what fits the case: a vrijlating in force that month (bijstand next to the wage), a temporary contract.
        if k >= 6 and v.get("vrijlating", True):
            checks_nl.append("Stopt de inkomstenvrijlating (bijna)? Bespreek wat er daarna te besteden is.")
            checks_en.append("Does the earnings disregard end (soon)? Discuss what is left to spend after it.")
        if k >= 6 and v.get("temporary", True):
            checks_nl.append("Is er zicht op verlenging of een vast contract?")
            checks_en.append("Is an extension or a permanent contract in sight?")
        checks_nl.append("Gaat het werk goed? Zijn er schulden of nieuwe kosten?")
        checks_en.append("Is the work going well? Any debts or new costs?")
        return ((f"Follow-up conversation, month {k} of the job", "How is the job going?", checks_en) if en else
                (f"Vervolggesprek, maand {k} van de baan", "Hoe gaat het met de baan?", checks_nl))
    end = _d(v.get("contract_end"), lang)
    if code == "after_contract":
        return _after_contract(v, en, end)
    ww = v.get("ww")
    return ((f"Conversation: the contract ends on {end}", "Six weeks before the contract ends.", [
        "Will the contract be extended?",
        "If not: prepare the WW application together (within a week after the last day)." if ww else
        "If not: prepare the new bijstand application together.",
        "When do the final pay and the holiday pay come?",
        "What is left to spend after the contract?"]) if en else
        (f"Gesprek: het contract stopt op {end}", "Zes weken voordat het contract stopt.", [
            "Wordt het contract verlengd?",
            "Zo niet: de WW-aanvraag samen voorbereiden (binnen een week na de laatste werkdag)." if ww else
            "Zo niet: de nieuwe bijstandsaanvraag samen voorbereiden.",
            "Wanneer komen het laatste loon en het vakantiegeld?",
            "Wat is er na het contract te besteden?"]))


def _after_contract(v: dict, en: bool, end: str) -> tuple[str, str, list[str]]:
    """Two weeks after a contract without WW: is the client back on bijstand, and is the last pay in."""
    zoek = v.get("zoektermijn_weeks")
    if en:
        return (f"Conversation after the contract (ended {end}): bijstand again", "Two weeks after the contract ended.",
                ["Has the client reported and applied for bijstand again? Is the application complete?",
                 *([f"Search period: what does the client do to find work in the {n_weeks(zoek, 'en')}?"]
                   if zoek else []),
                 "Are the last payslip and the holiday pay handed in?",
                 "Did the client report the new income to Dienst Toeslagen?",
                 "Is new work in sight?"])
    return (f"Gesprek na het contract (gestopt op {end}): weer bijstand", "Twee weken nadat het contract stopte.",
            ["Heeft de klant zich gemeld en weer bijstand aangevraagd? Is de aanvraag compleet?",
             *([f"Zoektermijn: wat doet de klant in de {n_weeks(zoek)} om werk te vinden?"] if zoek else []),
             "Zijn de laatste loonstrook en het vakantiegeld ingeleverd?",
             "Heeft de klant het nieuwe inkomen doorgegeven aan Dienst Toeslagen?",
             "Is er nieuw werk in zicht?"])


def step_words(step: dict, lang: str = "nl", amounts: bool = True) -> dict:
    """{"title", "text", "checks"} of one step of the plan."""
    en = lang_of(lang) == "en"
    if step["who"] == "klantmanager":
        title, text, checks = _klantmanager(step["code"], step["values"], en, lang, amounts)
        return {"title": title, "text": text, "checks": checks}
    title, text = _client(step["code"], step["values"], en, lang, amounts)
    return {"title": title, "text": text, "checks": []}


def gap_words(gap: dict | None, lang: str = "nl") -> dict:
    """The gap before the first wage: a sentence for the client (B1) and one for the klantmanager. A wait of a few
    days (`short_wait`) is named as a wait, without a loan; a longer gap names the employer's advance first."""
    if gap is None:
        return {}
    en = lang_of(lang) == "en"
    a, b, amount = _d(gap["from"], lang), _d(gap["to"], lang), fmt.eur(gap["amount"])
    if gap["amount"] <= 0:
        return {"client": (f"Your first wage comes on {b}. Until then the money comes in as it does now: no shortfall."
                           if en else f"Uw eerste loon komt op {b}. Tot dan komt het geld binnen zoals nu: u komt "
                                      "niets tekort."),
                "klantmanager": (f"No shortfall until the first pay on {b}." if en else
                                 f"Geen tekort tot het eerste loon op {b}.")}
    days = n_days(gap["days"], lang)
    if gap.get("short_wait"):
        if en:
            return {"client": f"Your first wage comes on {b}, {days} after your last bijstand ({a}). About {amount} "
                              "comes in a few days later than on bijstand. Keep that in mind for payments in those "
                              "days.",
                    "klantmanager": f"The first pay ({b}) comes {days} after the last bijstand payment ({a}): {amount} "
                                    "comes in later. No loan needed for a wait of a week or less; "
                                    "if it still pinches, an advance from the employer (set off against the wage only "
                                    "if agreed in writing beforehand, Wet minimumloon art. 13 lid 3)."}
        return {"client": f"Uw eerste loon komt op {b}, {days} na uw laatste bijstand ({a}). Ongeveer {amount} komt "
                          "dus een paar dagen later binnen dan met bijstand. Houd daar rekening mee bij betalingen in "
                          "die dagen.",
                "klantmanager": f"Het eerste loon ({b}) komt {days} na de laatste bijstandsbetaling ({a}): {amount} "
                                "komt later binnen. Bij een wachttijd van een week of korter is geen lening nodig; "
                                "knelt het toch, dan een voorschot van de werkgever (alleen te verrekenen met het "
                                "loon als dat vooraf schriftelijk is afgesproken, Wet minimumloon art. 13 lid 3)."}
    if en:
        return {"client": f"From {a} to {b} you have about {amount} less than on bijstand. Your first wage comes on "
                          f"{b}. Ask your employer for an advance on your wage; agree on it on paper first. Or ask "
                          "the municipality for an advance (a loan).",
                "klantmanager": f"Shortfall until the first pay: {amount} ({a} to {b}, {days}). Possible: an advance "
                                "from the employer first (set off against the wage only if agreed in writing "
                                "beforehand, Wet minimumloon art. 13 lid 3), then bijstand as a loan (Participatiewet "
                                "art. 48 lid 2 a) or bijzondere bijstand (art. 35)."}
    return {"client": f"Van {a} tot {b} heeft u ongeveer {amount} minder dan met bijstand. Uw eerste loon komt op "
                      f"{b}. Vraag uw werkgever om een voorschot op uw loon; spreek dat eerst op papier af. Of vraag "
                      "de gemeente om een voorschot (een lening).",
            "klantmanager": f"Tekort tot het eerste loon: {amount} ({a} tot {b}, {days}). Mogelijk: eerst een "
                            "voorschot van de werkgever (alleen te verrekenen met het loon als dat vooraf schriftelijk "
                            "is afgesproken, Wet minimumloon art. 13 lid 3), anders bijstand als lening "
                            "(Participatiewet art. 48 lid 2 a) of bijzondere bijstand (art. 35)."}


def rules_words(cal: dict, lang: str = "nl") -> list[str]:
    """Which payment day and income rule the calendar used, an assumption named as one."""
    en = lang_of(lang) == "en"
    b = cal["bijstand"]
    when = (("of the month itself" if b["months_later"] == 0 else "of the next month") if en else
             ("van de maand zelf" if b["months_later"] == 0 else "van de maand erna"))
    if b["assumption"]:
        day = (f"The municipality pays the bijstand around day {b['day']} {when}. This is an assumption: the payment "
               "day of your municipality is not known to this calculator." if en else
               f"De gemeente betaalt de bijstand rond de {b['day']}e {when}. Dit is een aanname: de betaaldag van uw "
               "gemeente is niet bekend in deze rekenhulp.")
    else:
        day = (f"The municipality pays the bijstand around day {b['day']} {when} (its own publication)." if en else
               f"De gemeente betaalt de bijstand rond de {b['day']}e {when} (volgens de gemeente zelf).")
    if b["income_month"] == "received":
        income = ("A wage counts for the bijstand in the month you receive it (Participatiewet art. 31 lid 1: the "
                  "money you have)." if en else "Loon telt voor de bijstand mee in de maand waarin u het krijgt "
                  "(Participatiewet art. 31 lid 1: het geld waarover u beschikt).")
    else:
        income = ("This municipality counts a wage in the month you earned it." if en else
                  "Deze gemeente telt loon mee in de maand waarin u het verdiende.")
    toeslagen = (f"Allowances come on day {cal['toeslagen_day']} of the month before (a weekend or public holiday: "
                 "the next working day)." if en else f"Toeslagen komen op de {cal['toeslagen_day']}e van de maand "
                 "ervoor (in het weekend of op een feestdag: de eerste werkdag daarna).")
    return [day, income, toeslagen]


def render(result: dict, lang: str = "nl") -> None:
    """Words for the cash calendar, the gap and the plan, in place."""
    cal = result.get("cash_calendar")
    if isinstance(cal, dict) and "bijstand" in cal:
        for p in cal.get("payments", ()):
            p["payer_text"], p["kind_text"] = payer(p["payer"], lang), kind(p["kind"], lang)
        cal["rules_text"] = rules_words(cal, lang)
    gap = result.get("first_month_gap")
    if isinstance(gap, dict):
        gap.update({f"{k}_text": v for k, v in gap_words(gap, lang).items()})
    plan = result.get("followup")
    if isinstance(plan, dict):
        for step in plan.get("steps", ()):
            step.update(step_words(step, lang))


PLAN_WORDS: dict[str, tuple[str, str]] = {
    "agenda_name": ("werktloont: vervolgplan", "werktloont: follow-up plan"),
    "agenda_klantmanager": ("Klantmanager: ", "Klantmanager: "),
    "plan_title": ("Vervolgplan vanaf de start van de baan ({start})",
                   "Follow-up plan from the start of the job ({start})"),
    "for": ("Voor {who}", "For {who}"),
    "client_steps": ("Wat de klant doet, en wanneer", "What the client does, and when"),
    "conversations": ("Vervolggesprekken van de klantmanager", "The klantmanager's follow-up conversations"),
    "gap": ("Tot het eerste loon", "Until the first wage"),
    "rules": ("Zo is gerekend", "How the dates were worked out"),
    "payments": ("Betalingen in de eerste maanden", "Payments in the first months"),
    "col_date": ("Datum", "Date"), "col_payer": ("Van", "From"), "col_what": ("Wat", "What"),
    "col_amount": ("Bedrag", "Amount"), "col_month": ("Voor maand", "For month"),
    "month_total": ("Totaal {month}", "Total {month}"),
    "no_job": ("Zonder baan in de berekening is er geen vervolgplan.", "Without a job in the calculation there is no "
               "follow-up plan."),
    "ics_written": ("Agenda geschreven: {path} ({n} afspraken, tijden in Europe/Amsterdam{extra}).",
                    "Agenda written: {path} ({n} events, times in Europe/Amsterdam{extra})."),
    "ics_private": (", zonder naam en bedragen", ", without name and amounts"),
    "ics_missing": ("De agenda (.ics) kan niet worden gemaakt: het onderdeel '{name}' ontbreekt in deze installatie. "
                    "Installeer werktloont opnieuw, of maak het plan zonder --ics.",
                    "The agenda (.ics) cannot be made: the component '{name}' is missing from this installation. "
                    "Install werktloont again, or make the plan without --ics."),
    "report_heading": ("Wanneer u wat doet", "What to do when"),
}


def plan_word(key: str, lang: str = "nl", **values) -> str:
    return components.word(PLAN_WORDS, key, lang, **values)
