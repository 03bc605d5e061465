"""Notices under an answer (codes from werktloont.engine.phases and calculate): provisional amounts, transitional
rules, verlaging, inrichting, the car amount, the alleenverdieners, an age reached within the calculation."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts import dates
from werktloont.texts.components import lang_of, word
from werktloont.texts.dates import n_months


def _date_words(iso: str, en: bool) -> str:
    return dates.date_words(iso, "en" if en else "nl")


def notice(item: dict, lang: str = "nl") -> str:
    """The words for one notice code of a result (werktloont.engine.phases.notices)."""
    en = lang_of(lang) == "en"
    code = item["code"]
    if code == "amounts_provisional":
        when = _date_words(item["carried_from"], en)
        year = item["from"][:4]  # the year whose amounts are provisional
        # Some values of the year are set (by law or published), others are carried forward: say only the latter.
        return (f"{year} amounts partly not yet set; where one is missing, the amount of {when} is used." if en else
                f"Bedragen {year} deels nog niet vastgesteld; waar een bedrag ontbreekt, is gerekend met dat van "
                f"{when}.")
    if code == "vrijlating_34a_max_unknown":
        return ("The maximum of the 2027 earnings disregard (art. 34a) is not known; calculated without a maximum."
                if en else "Het maximum van de inkomstenvrijlating 2027 (art. 34a) is niet bekend; gerekend zonder "
                           "maximum.")
    if code in ("overgangsrecht_unknown", "overgangsrecht_r_unknown"):
        return _overgangsrecht(item, en)
    if code == "verhoging_bijzondere_bijstand":
        return ("Before 2026 there was no fixed supplement for an 18-20-year-old whose parents cannot contribute; "
                "ask the municipality for bijzondere bijstand (Participatiewet art. 12 as it was then)." if en else
                "Vóór 2026 bestond er geen vaste verhoging voor een 18-20-jarige van wie de ouders niet kunnen "
                "bijdragen; vraag de gemeente om bijzondere bijstand (Participatiewet art. 12 zoals het toen gold).")
    if code == "tegemoetkoming_alleenverdieners":
        return _alleenverdieners(item, en)
    if code == "age_boundary":
        return _age_boundary(item, en)
    if code == "car_exempt_unknown":
        return _car_exempt_unknown(item, en)
    if code == "bijstand_verlaging":
        return _verlaging(item, en)
    if code == "inrichting":
        return _inrichting(item, en)
    if code == "municipal_value_unknown":
        label = (item.get("label") or {}).get("en" if en else "nl") or item.get("scheme", "")
        return (f"{label}: the amount of the municipality is not known, so it counts as € 0 here. Ask the "
                "municipality for the amount." if en else
                f"{label}: het bedrag van de gemeente is niet bekend; hier telt het als € 0. Vraag het bedrag na bij "
                "de gemeente.")
    if code == "existing_vrijlating_ends":
        amount = fmt.eur(item["amount"])
        whose = {"client": ("your current job", "uw huidige baan"), "partner": ("your partner's job",
                 "de baan van uw partner"), "both": ("your and your partner's jobs", "uw baan en die van uw partner")}[
            item["who"]]
        return (f"Lasting: the earnings disregard on {whose[0]} ({amount} a month now) is temporary and also ends "
                "without this job (Participatiewet art. 31 lid 2 n / 34a)." if en
                else f"Blijvend: de vrijlating op {whose[1]} (nu {amount} per maand) is tijdelijk en stopt ook zonder "
                     "deze baan (Participatiewet art. 31 lid 2 n / 34a).")
    return code


AGE_CHANGES = {
    "jongerennorm": ("dan gaat de lagere jongerennorm over in de gewone norm (Participatiewet art. 20, 21) en is het "
                     "minimumloon hoger", "then the lower youth norm becomes the normal norm (Participatiewet art. 20, "
                     "21) and the minimum wage is higher"),
    "zoektermijn": ("dan is er bij een nieuwe aanvraag geen zoektermijn van vier weken meer (art. 41 lid 4), en tot "
                    "2027 wel de inkomstenvrijlating (art. 31 lid 5)", "then a new application has no four-week "
                    "search period any more (art. 41(4)), and until 2027 the earnings disregard applies (art. 31(5))"),
    "aow": ("dan komt er AOW en geldt een andere bijstandsnorm (art. 22)", "then the state pension starts and another "
            "bijstand norm applies (art. 22)"),
}


def _age_boundary(item: dict, en: bool) -> str:
    """An adult who turns 21, 27 or the AOW age within the calculation, which keeps today's age."""
    change = word(AGE_CHANGES, item["what"], "en" if en else "nl")
    if en:
        who = "You" if item["who"] == 0 else "Your partner"
        may = "will" if item.get("certain") else "may"
        return (f"{who} {may} turn {item['boundary']} within this calculation: {change}. werktloont keeps today's age "
                f"({item['age']}); check the months after the birthday with the municipality.")
    who = "U" if item["who"] == 0 else "Uw partner"
    may = "" if item.get("certain") else " misschien"
    return (f"{who} wordt{may} {item['boundary']} binnen deze berekening: {change}. werktloont rekent met de "
            f"leeftijd van nu ({item['age']}); vraag de gemeente naar de maanden na de verjaardag.")


def _overgangsrecht(item: dict, en: bool) -> str:
    """A running art. 31 lid 2 n or r period when art. 34a takes over: its transitional rule was not found. Said
    with what was computed (art. 34a from that month, a period of its own, its percentage and months from the
    pack) and that 34a lid 1 a is the college's judgement. An older notice without the month or the figures is
    said without them."""
    letter = item.get("letter", "r")
    lang = "en" if en else "nl"
    when = dates.month_words(item["month"], lang) if item.get("month") else None
    figures = ""
    if item.get("percent") is not None and item.get("months") is not None:
        pct = fmt.number_nl(item["percent"], 0) if not en else f"{item['percent']:g}"
        figures = f"{pct} % {'for' if en else 'voor'} {n_months(item['months'], lang)}, "
    part = {"r": ("The single-parent disregard (art. 31(2)(r))", "De vrijlating voor alleenstaande ouders (art. 31 "
                  "lid 2 r)"),
            "n": ("The earnings disregard (art. 31(2)(n))", "De inkomstenvrijlating (art. 31 lid 2 n)")}.get(
        letter or "", ("The earnings disregard on the job you or your partner already have",
                       "De inkomstenvrijlating op de baan die u of uw partner al heeft"))
    if en:
        return (f"{part[0]} is still running when art. 34a replaces it{f' in {when}' if when else ''}. The "
                f"transitional rule for a running period was not found. Computed: art. 34a from "
                f"{when or 'then'} ({figures}if the municipality finds that it helps you into work). Ask the "
                "municipality how it does this.")
    return (f"{part[1]} loopt nog als art. 34a haar{f' in {when}' if when else ''} vervangt. Het overgangsrecht "
            f"voor een lopende periode is niet gevonden. Gerekend: art. 34a vanaf {when or 'dan'} ({figures}als de "
            "gemeente vindt dat het helpt om aan het werk te komen). Vraag de gemeente hoe zij het doet.")


def _verlaging(item: dict, en: bool) -> str:
    """Art. 18 lid 2: the verlaging the gemeente gave, with its limits (lid 9 and 10)."""
    pct = fmt.number_nl(item["percentage"], 0) if not en else f"{item['percentage']:g}"
    of = ("of the norm" if item["basis"] == "norm" else "of the bijstand") if en else (
        "van de norm" if item["basis"] == "norm" else "van de bijstand")
    when = dates.month_words(item["from"], "en" if en else "nl")
    if en:
        return (f"The bijstand is lowered by {pct} % {of} for {n_months(item['months'], 'en')} from {when} (art. "
                "18(2), the municipality's rules). No lowering if you are not to blame at all (art. 18(9)); for "
                "urgent reasons the municipality can adjust it (art. 18(10)).")
    return (f"De bijstand is {n_months(item['months'])} vanaf {when} verlaagd met {pct} % {of} (art. 18 lid 2, volgens "
            "de regels van de gemeente). Valt het u helemaal niet te verwijten, dan hoort er geen verlaging bij "
            "(art. 18 lid 9); bij dringende redenen kan de gemeente het aanpassen (art. 18 lid 10).")


def _inrichting(item: dict, en: bool) -> str:
    """Art. 23: the norm in an inrichting; art. 13 lid 2 a: none for 18-20."""
    text = ("In an institution (inrichting) the norm of art. 23 applies: a small amount for personal costs, as the "
            "institution provides board and lodging." if en else
            "In een inrichting geldt de norm van art. 23: een klein bedrag voor persoonlijke uitgaven, omdat de "
            "inrichting zorgt voor wonen en eten.")
    if item.get("couple"):
        text += (" With one partner inside, the norm is the sum of both norms as a single person (art. 23(3))." if en
                 else " Is één partner in de inrichting, dan is de norm de som van de normen van ieder als "
                      "alleenstaande (art. 23 lid 3).")
    if item.get("young"):
        text += (" Someone of 18, 19 or 20 in an institution has no right to general bijstand (art. 13(2)(a)); ask "
                 "the municipality about bijzondere bijstand." if en else
                 " Wie 18, 19 of 20 jaar is en in een inrichting verblijft, heeft geen recht op algemene bijstand "
                 "(art. 13 lid 2 a); vraag de gemeente naar bijzondere bijstand.")
    return text


def _car_exempt_unknown(item: dict, en: bool) -> str:
    """Art. 34 lid 2 a: what is algemeen gebruikelijk does not count; for a car the gemeente sets up to which
    amount. Unknown here: the whole car counts, and the klantmanager is asked for the gemeente's amount."""
    if en:
        return ("A car counts only above the amount the municipality leaves free as usual (algemeen gebruikelijk, "
                "Participatiewet art. 34(2)(a)). That amount is not known here, so the whole car counts now. "
                "Which amount does your municipality leave free for a car? Fill it in under assets.")
    return ("Een auto telt pas mee boven het bedrag dat de gemeente als algemeen gebruikelijk vrijlaat "
            "(Participatiewet art. 34 lid 2 a). Dat bedrag is hier niet bekend: nu telt de hele auto mee. Welk "
            "bedrag laat uw gemeente vrij voor een auto? Vul het in bij het vermogen.")


def _alleenverdieners(item: dict, en: bool) -> str:
    """Art. 78gg Participatiewet: named next to the amounts, not counted in them."""
    year, amount = item["year"], item.get("amount")
    if en:
        text = (f"Your household may get the single-earner compensation (article 78gg Participatiewet): "
                f"{fmt.eur(amount)} for {year}, once a year. " if amount is not None else
                f"Your household may get the single-earner compensation (article 78gg Participatiewet); the amount "
                f"for {year} has not been set yet. ")
        text += ("The Tax Administration decides who gets it; it does not count as income for bijstand and is not in "
                 "the amounts above.")
        if item.get("job_adds_wage"):
            text += " With a wage from this job the household may no longer qualify."
        return text
    text = (f"Mogelijk krijgt uw huishouden de tegemoetkoming voor alleenverdieners (artikel 78gg Participatiewet): "
            f"{fmt.eur(amount)} over {year}, één keer per jaar. " if amount is not None else
            f"Mogelijk krijgt uw huishouden de tegemoetkoming voor alleenverdieners (artikel 78gg Participatiewet); "
            f"het bedrag over {year} is nog niet vastgesteld. ")
    text += ("De Belastingdienst bepaalt wie hem krijgt. Hij telt niet mee voor de bijstand en zit niet in de "
             "bedragen hierboven.")
    if item.get("job_adds_wage"):
        text += " Met loon uit deze baan valt uw huishouden er mogelijk buiten."
    return text


def notice_lines(result: dict, lang: str = "nl") -> list[str]:
    return [notice(n, lang) for n in result.get("notices", [])]
