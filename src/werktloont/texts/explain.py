"""The "waarom?" sentences: one per component and situation, from the engine's code and numbers (B1 / English)."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts.components import in_lang, lang_of, name


def _e(x) -> str:
    return fmt.eur(float(x))


def _on_top(v: dict, en: bool) -> str:
    """the offer's taker already has income of their own, taxed together with the offer."""
    if not v.get("on_top"):
        return ""
    partner = v.get("taker", 0) == 1
    if en:
        whose = "your partner's own income" if partner else "your own income"
        return (f" This comes on top of {whose} (see the household's own income): tax and tax credits are computed "
                "over all of it together, so this is what the job adds net.")
    whose = "het eigen inkomen van uw partner" if partner else "uw eigen inkomen"
    return (f" Dit komt bovenop {whose} (zie eigen inkomen huishouden): belasting en heffingskortingen zijn over "
            "alles samen berekend, dus dit is wat de baan netto toevoegt.")


def _net_wage(v: dict, en: bool) -> str:
    if en:
        text = (f"Gross wage {_e(v['gross_wage'])} a month plus {_e(v['vakantiegeld'])} holiday pay. After tax and "
                f"contributions, with tax credits, you keep {_e(v['net_wage'])} a month.")
        if v.get("iack", 0) > 0:
            text += (f" This includes {_e(v['iack'])} combination tax credit (inkomensafhankelijke "
                     "combinatiekorting). " + ("It is for a working parent with a child under 12: of two partners, "
                                               "the one who earns less gets it." if v.get("partner") else
                                               "It is for a working single parent with a child under 12."))
        return text + _on_top(v, en)
    text = (f"Brutoloon {_e(v['gross_wage'])} per maand plus {_e(v['vakantiegeld'])} vakantiegeld. Na belasting en "
            f"premies, met heffingskortingen, houdt u {_e(v['net_wage'])} per maand over.")
    if v.get("iack", 0) > 0:
        text += (f" Daarin zit {_e(v['iack'])} inkomensafhankelijke combinatiekorting. " + (
            "Die korting is voor een werkende ouder met een kind onder de 12 jaar. Van twee partners krijgt wie het "
            "minst verdient de korting." if v.get("partner") else
            "Die korting is voor een werkende alleenstaande ouder met een kind onder de 12 jaar."))
    return text + _on_top(v, en)


def _iack_other(v: dict, en: bool) -> str:
    """The other adult's IACK (Wet IB 2001 art. 8.14a lid 1 c): they earn less than the adult taking the job."""
    if v.get("iack_other", 0) <= 0:
        return ""
    if v.get("taker", 0) == 1:  # the partner takes the job: the other adult is the client
        return (f" This includes {_e(v['iack_other'])} combination tax credit for you: you earn less than your "
                "partner." if en else
                f" Daarin zit {_e(v['iack_other'])} inkomensafhankelijke combinatiekorting voor u. U verdient "
                "minder dan uw partner.")
    return (f" This includes {_e(v['iack_other'])} combination tax credit for your partner: they earn less than "
            "you." if en else
            f" Daarin zit {_e(v['iack_other'])} inkomensafhankelijke combinatiekorting voor uw partner. Uw partner "
            "verdient minder dan u.")


def _assets(v: dict, en: bool) -> str:
    if en:
        return (f"Your assets ({_e(v['assets_counted'])}) are above the limit ({_e(v['assets_limit'])}), so there is "
                f"no bijstand. The excess ({_e(v['assets_excess'])}) equals about {v['assets_months']:.1f} months of "
                "bijstand.")
    return (f"Uw vermogen ({_e(v['assets_counted'])}) is hoger dan de vermogensgrens ({_e(v['assets_limit'])}). "
            f"Daarom krijgt u geen bijstand. Het bedrag boven de grens ({_e(v['assets_excess'])}) is ongeveer "
            f"{fmt.number_nl(v['assets_months'], 1)} maanden bijstand.")


def _keep_partner(amount: float, en: bool) -> str:
    return (f"Your partner may keep {_e(amount)} of their net wage. " if en else
            f"Uw partner mag {_e(amount)} van het eigen nettoloon houden. ")


def _keep_own(amount: float, en: bool) -> str:
    return (f"You may keep {_e(amount)} of your net wage (earnings disregard). " if en else
            f"Van uw nettoloon mag u {_e(amount)} houden (vrijlating). ")


def _keeps(v: dict, en: bool) -> tuple[str, str]:
    """(sentence for `vrijlating`, sentence for `vrijlating_other`). with the offer for the partner
    (`taker` 1) the first is the partner's and the other the client's."""
    first, other = v.get("vrijlating", 0), v.get("vrijlating_other", 0)
    if v.get("taker", 0) == 1:
        return ((_keep_partner(first, en) if first > 0 else ""), (_keep_own(other, en) if other > 0 else ""))
    return ((_keep_own(first, en) if first > 0 else ""), (_keep_partner(other, en) if other > 0 else ""))


def _supplement(v: dict, en: bool) -> str:
    keep, keep_other = _keeps(v, en)
    if not keep and v["client_age"] < v["vrijlating_age"]:
        age = v["vrijlating_age"]
        who = ("Your partner is" if v.get("taker", 0) == 1 else "You are") if en else (
            "Uw partner is" if v.get("taker", 0) == 1 else "U bent")
        keep = (f"{who} under {age}: no part of the wage is disregarded. " if en else
                f"{who} jonger dan {age}: van het loon blijft niets vrij naast de bijstand. ")
    keep += keep_other
    return keep + (
        f"The municipality deducts {_e(v['counted_income'])} from your norm of {_e(v['norm'])}. "
        f"You still get {_e(v['bijstand'])} bijstand a month." if en else
        f"De gemeente trekt {_e(v['counted_income'])} af van uw norm van {_e(v['norm'])}. "
        f"U krijgt nog {_e(v['bijstand'])} bijstand per maand.")


def _toeslag(v: dict, en: bool, component: str) -> str:
    ti = _e(v["toetsingsinkomen"])
    own = v.get("other_income", 0) > 0
    if en:
        what = ("wage, your own other income and bijstand of you and your partner together, before tax" if own else
                "wage plus bijstand before tax")
        return f"Your {name(component, 'en')} is {_e(v['amount'])} a month, based on a yearly income of {ti} ({what})."
    what = ("loon, eigen inkomen en bijstand van u en uw partner samen, vóór belasting" if own else
            "loon plus bijstand vóór belasting")
    return (f"Uw {name(component, 'nl')} is {_e(v['amount'])} per maand, berekend op een toetsingsinkomen van {ti} "
            f"per jaar ({what}).")


_KIND = {"nl": {"ww": "WW", "wia": "WIA", "wajong": "Wajong", "anw": "Anw", "alimentatie": "partneralimentatie",
                "kinderalimentatie": "kinderalimentatie", "overig": "ander inkomen"},
         "en": {"ww": "WW", "wia": "WIA", "wajong": "Wajong", "anw": "Anw", "alimentatie": "partner alimony",
                "kinderalimentatie": "child maintenance", "overig": "other income"}}


def _item(x: dict, en: bool) -> str:
    who = ("the partner" if x["person"] else "the client") if en else ("partner" if x["person"] else "aanvrager")
    if x["kind"] == "job":
        wage = _e(x["hourly_wage"])
        hours = f"{x['hours_per_week']:g}" if en else fmt.number_nl(x["hours_per_week"], 1).rstrip("0").rstrip(",")
        return (f"{who}: current job {hours} h a week at {wage} gross an hour (counts, with the earnings disregard)"
                if en else f"{who}: huidige baan {hours} uur per week à {wage} bruto per uur (telt mee, met "
                "vrijlating)")
    kind = _KIND["en" if en else "nl"][x["kind"]]
    basis = ("net" if x["given"] == "net" else "gross") if en else ("netto" if x["given"] == "net" else "bruto")
    counts = (("counts in full for bijstand and in the toetsingsinkomen" if x["counts"] else
               "does not count for bijstand nor for the toeslagen") if en else
              ("telt helemaal mee voor de bijstand en in het toetsingsinkomen" if x["counts"] else
               "telt niet mee voor de bijstand en niet voor de toeslagen"))
    return f"{who}: {kind} {_e(x['amount'])} {basis} {'a month' if en else 'per maand'} ({counts})"


def _other_income(v: dict, en: bool) -> str:
    items = "; ".join(_item(x, en) for x in v.get("items", []))
    head = (f"The household's own income without this job: {_e(v['amount'])} net a month" if en else
            f"Het eigen inkomen van het huishouden zonder deze baan: {_e(v['amount'])} netto per maand")
    text = head + (f" ({items})." if items else ".") + _iack_other(v, en)
    if v.get("vrijlating_other", 0) > 0 and v.get("taker", 0) == 1:  # the offer is the partner's: this is yours
        text += (f" Of your own wage, {_e(v['vrijlating_other'])} is disregarded for bijstand." if en else
                 f" Van uw eigen loon telt {_e(v['vrijlating_other'])} niet mee voor de bijstand.")
    elif v.get("vrijlating_other", 0) > 0:
        text += (f" Of the partner's wage, {_e(v['vrijlating_other'])} is disregarded for bijstand." if en else
                 f" Van het loon van de partner telt {_e(v['vrijlating_other'])} niet mee voor de bijstand.")
    text += (" Tax is computed per person over the year with one loonheffingskorting per person: the toetsingsinkomen "
             "assumes one employer or benefit agency per person applies it (as after the income-tax return)." if en
             else " De belasting is per persoon over het jaar berekend met één loonheffingskorting per persoon: het "
             "toetsingsinkomen gaat ervan uit dat één werkgever of uitkeringsinstantie per persoon hem toepast (zoals "
             "na de aangifte inkomstenbelasting).")
    return text


def _own_income_bijstand(v: dict, en: bool) -> str:
    # the vrijlating on a job the household already has explains the gap between the net income and what
    # is deducted (older results lack `vrijlating`: then only the other's, as before).
    keep, keep_other = _keeps(v, en)
    keep = (" " + keep + keep_other).rstrip()
    return (f"The household's own income counts.{keep} The municipality deducts {_e(v['counted_income'])} from the "
            f"norm of {_e(v['norm'])}. You get {_e(v['bijstand'])} bijstand a month." if en else
            f"Het eigen inkomen van het huishouden telt mee.{keep} De gemeente trekt {_e(v['counted_income'])} af van "
            f"de norm van {_e(v['norm'])}. U krijgt {_e(v['bijstand'])} bijstand per maand.")


TEXTS = {
    "net_wage": lambda v, en, c: _net_wage(v, en),
    "no_wage": lambda v, en, c: "Without the job there is no wage." if en else "Zonder baan heeft u geen loon.",
    "assets_above_limit": lambda v, en, c: _assets(v, en),
    "no_right_to_bijstand": lambda v, en, c: (
        "You have no right to bijstand (Participatiewet art. 11: Dutch nationals and those treated as such; art. 13 "
        "names who is excluded), so there is no bijstand in either situation." if en else
        "U heeft geen recht op bijstand (Participatiewet art. 11: alleen Nederlanders en wie met hen gelijkgesteld "
        "is; art. 13 noemt wie is uitgesloten). Daarom is er zonder en met de baan geen bijstand."),
    "bijstand_full": lambda v, en, c: (
        f"Your bijstand norm is {_e(v['norm'])} a month; without other income you get all of it." if en else
        f"Uw bijstandsnorm is {_e(v['norm'])} per maand. Zonder ander inkomen krijgt u die helemaal."),
    "bijstand_supplement": lambda v, en, c: _supplement(v, en),
    "bijstand_own_income": lambda v, en, c: _own_income_bijstand(v, en),
    "other_income": lambda v, en, c: _other_income(v, en),
    "no_other_income": lambda v, en, c: ("The household has no income of its own next to this job." if en else
                                         "Het huishouden heeft geen eigen inkomen naast deze baan."),
    "toeslag": lambda v, en, c: _toeslag(v, en, c),
    "municipal": lambda v, en, c: (f"Municipal schemes: {_e(v['amount'])} a month." if en else
                                   f"Gemeentelijke regelingen: {_e(v['amount'])} per maand."),
    "childcare_costs": lambda v, en, c: (
        f"Childcare costs {_e(v['amount'])} a month; your own share is that minus the childcare allowance." if en
        else f"Kinderopvang kost {_e(v['amount'])} per maand; uw eigen deel is dat bedrag min de "
             "kinderopvangtoeslag."),
    "travel_costs": lambda v, en, c: (f"Travel costs for work: {_e(v['amount'])} a month." if en else
                                      f"Reiskosten voor het werk: {_e(v['amount'])} per maand."),
}


def _norm_24a(v: dict, en: bool) -> str:
    """Art. 24a Participatiewet: the part of the norm for a parent whose partner has no right to bijstand."""
    if v.get("norm_24a", 0) <= 0:
        return ""
    return (f" The norm includes {_e(v['norm_24a'])} extra because your partner has no right to bijstand and you "
            "have a child (article 24a Participatiewet)." if en else
            f" In de norm zit {_e(v['norm_24a'])} extra, omdat uw partner geen recht op bijstand heeft en u een kind "
            "heeft (artikel 24a Participatiewet).")


def _partner_free_32_3(v: dict, en: bool) -> str:
    """Art. 32 lid 3 Participatiewet: a partner without a right to bijstand; only income above the gehuwdennorm."""
    if v.get("partner_free_32_3", 0) <= 0:
        return ""
    return (f" Your partner has no right to bijstand: of the partner's income, {_e(v['partner_free_32_3'])} does "
            "not count, because the two of you stay at or below the norm for a couple (article 32(3) "
            "Participatiewet)." if en else
            f" Uw partner heeft geen recht op bijstand: van het inkomen van uw partner telt "
            f"{_e(v['partner_free_32_3'])} niet mee, omdat u samen niet boven de norm voor gehuwden komt (artikel 32 "
            "lid 3 Participatiewet).")


def text(component: str, code: str, values: dict, lang: str = "nl") -> str:
    en = lang_of(lang) == "en"
    extra = _norm_24a(values, en) + _partner_free_32_3(values, en) if component == "bijstand" else ""
    return TEXTS[code](values, en, component) + extra


def scheme_text(label: str, code: str, v: dict, lang: str = "nl") -> str:
    """One municipal scheme: why it does or does not apply."""
    en = lang_of(lang) == "en"
    pct = f"{v['pct']:g}" if en else fmt.number_nl(v["pct"], 0)
    income, limit = _e(v["income"]), _e(v["limit"])
    # A municipality may state one limit for every household, as a percentage of the norm for gehuwden.
    couple = v.get("basis") == "norm_gehuwden"
    norm_en, norm_nl = ("the norm for married couples", "de norm voor gehuwden") if couple else \
        ("the bijstand norm", "de bijstandsnorm")
    if code == "applies":
        return (f"{label}: {_e(v['amount'])} a month. Your income ({income}) is not above the limit of {pct} % of "
                f"{norm_en} ({limit})." if en else
                f"{label}: {_e(v['amount'])} per maand. Uw inkomen ({income}) is niet hoger dan de grens van "
                f"{pct} % van {norm_nl} ({limit}).")
    if code == "income_above_limit":
        return (f"{label}: none ({_e(v['per_month'])} a month missed). Your income ({income}) is above the limit of "
                f"{pct} % of {norm_en} ({limit})." if en else
                f"{label}: geen ({_e(v['per_month'])} per maand gemist). Uw inkomen ({income}) is hoger dan de grens "
                f"van {pct} % van {norm_nl} ({limit}).")
    return (f"{label}: none. Your household, age or assets do not meet the conditions." if en else
            f"{label}: geen. Uw huishouden, leeftijd of vermogen past niet bij de voorwaarden.")


pick = in_lang  # a {"nl", "en"} label from the pack in the asked language (texts.components.in_lang)


def render(entry: dict, lang: str = "nl") -> dict:
    """Adds "text" (and the label strings of the parameters and schemes) to one explanation entry, in place.
    An entry that already has its text keeps it."""
    for p in entry.get("parameters", ()):
        p["label"] = pick(p.get("label"), lang)
    schemes = entry.get("schemes") or []
    for s in schemes:
        s["label"] = pick(s.get("label"), lang)
        if "code" in s and "text" not in s:
            s["text"] = scheme_text(s["label"], s["code"], s.get("values", {}), lang)
    if "code" in entry and "text" not in entry:
        base = text(entry["component"], entry["code"], entry.get("values", {}), lang)
        entry["text"] = " ".join([base] + [s["text"] for s in schemes if s.get("text")])
    return entry
