"""Sentences about a whole result: the verdict, the wage used, the asset test (CLI, report)."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts import dates
from werktloont.texts.components import lang_of, word
from werktloont.texts.dates import n_months


def verdict(gain: float, lang: str = "nl") -> str:
    amount = fmt.eur(abs(gain), 0)
    if lang_of(lang) == "en":
        return f"With this job you have {amount} a month {'more' if gain >= 0 else 'less'} to spend."
    return f"Met deze baan heeft u {amount} per maand {'meer' if gain >= 0 else 'minder'} te besteden."


def _months(phase: dict) -> int | None:
    if phase.get("to") is None:
        return None
    (y1, m1), (y2, m2) = ((int(x) for x in phase[k].split("-")) for k in ("from", "to"))
    return (y2 - y1) * 12 + m2 - m1 + 1


def lasting_verdict(result: dict, lang: str = "nl") -> str:
    """The headline sentence (kept under its older name: CLI, report and window call it)."""
    return headline(result, lang)


def whose_job(text: str, result: dict, lang: str = "nl") -> str:
    """A verdict about the partner's job says so ("Met deze baan voor de partner ...")."""
    if ((result.get("job") or {}).get("person") or 0) != 1:
        return text
    if lang_of(lang) == "en":
        return text.replace("With this job", "With this job for the partner", 1)
    return text.replace("Met deze baan", "Met deze baan voor de partner", 1)


# What follows a temporary contract, as the headline says it (phase reason codes).
THEN = {
    "ww": ("WW", "unemployment benefit (WW)"),
    "ww_tw": ("WW met toeslag", "unemployment benefit (WW) with a supplement"),
    "zoektermijn": ("eerst vier weken zoeken voordat de bijstand begint", "first four weeks of searching before "
                    "bijstand starts"),
    "no_job": ("weer bijstand", "bijstand again"),
    "assets_above_limit": ("geen bijstand zolang {what} meetelt", "no bijstand while {what_en} counts"),
    "lasting": ("werk zonder tijdelijke vrijlating", "work without a temporary disregard"),
}


def _assets_word(result: dict, en: bool) -> str:
    return ("the car" if en else "de auto") if result.get("headline", {}).get("assets_reason") == "auto" else (
        "your wealth" if en else "uw vermogen")


def _then_words(result: dict, codes: list[str], en: bool) -> str:
    what = _assets_word(result, en)
    return (", then " if en else ", daarna ").join(
        word(THEN, c, "en" if en else "nl").format(what=what, what_en=what) for c in codes)


def headline(result: dict, lang: str = "nl") -> str:
    """The answer's headline as one sentence: a permanent job's lasting gain (with the extra of the first months),
    a temporary contract's gain while it lasts, how long, and what follows. "Blijvend" only for a lasting gain."""
    head = result.get("headline")
    if head is None:  # an older result file without the headline
        return whose_job(verdict(result["gain_per_month"], lang), result, lang)
    en = lang_of(lang) == "en"
    if head["kind"] == "no_job_in_window":
        return ("The job starts later than werktloont looks ahead (at most 60 months): there is no answer for it yet."
                if en else "De baan begint later dan werktloont vooruit kijkt (hoogstens 60 maanden): daar is nog geen "
                           "uitkomst voor.")
    if head["kind"] not in ("permanent", "temporary"):
        return no_job(lang)
    amount = head["amount"]
    euros = fmt.eur(abs(amount), 0)
    more = ("more" if amount >= 0 else "less") if en else ("meer" if amount >= 0 else "minder")
    if head["kind"] == "permanent":
        text = _permanent(result, head, euros, more, en)
    else:
        months = head.get("months")
        span = (f", for {n_months(months, 'en')}" if en else f", {n_months(months)} lang") if months else ""
        same = round(amount) == 0
        text = (("With this job you have about the same to spend" if same else
                 f"With this job you have {euros} a month {more} to spend") if en else
                ("Met deze baan heeft u ongeveer evenveel te besteden" if same else
                 f"Met deze baan heeft u {euros} per maand {more} te besteden")) + span
        if head.get("then"):
            text += ("; then " if en else "; daarna ") + _then_words(result, head["then"], en)
        text += "."
    if head.get("stay_without_bijstand"):
        what = _assets_word(result, en)
        text += (f" Without this job you get no bijstand either while {what} counts." if en else
                 f" Zonder deze baan krijgt u ook geen bijstand zolang {what} meetelt.")
    return whose_job(text, result, lang)


def first_extra(result: dict) -> tuple[int | None, float] | None:
    """A permanent job's first months with a temporary vrijlating: (how many months, the extra a month above the
    lasting gain), when the headline names them; None otherwise."""
    head = result.get("headline") or {}
    phases = result.get("gain_phases") or []
    if head.get("kind") != "permanent" or head.get("phase") is None or not phases:
        return None
    job_phases = [p for p in phases if p["reason"] != "before_job"]
    first = job_phases[0] if job_phases else None
    if first is None or first["reason"] not in TEMPORARY_REASONS or first is phases[head["phase"]]:
        return None
    extra = first["gain_per_month"] - head["amount"]
    return (first.get("months") or _months(first), extra) if extra >= 0.5 else None


def _permanent(result: dict, head: dict, euros: str, more: str, en: bool) -> str:
    lasting = head["amount"]
    base = (("With this job you have about the same to spend, lastingly" if round(lasting) == 0 else
             f"With this job you have {euros} a month {more} to spend, lastingly") if en else
            ("Met deze baan heeft u blijvend ongeveer evenveel te besteden" if round(lasting) == 0 else
             f"Met deze baan heeft u blijvend {euros} per maand {more} te besteden"))
    first = first_extra(result)
    if first is None:
        return base + "."
    n, extra = first
    extra_text = fmt.eur(extra, 0)
    if en:
        span = ("the first month" if n == 1 else f"the first {n} months") if n else "for now"
        return f"{base}; {span} {extra_text} extra (earnings disregard)."
    span = ("de eerste maand" if n == 1 else f"de eerste {n} maanden") if n else "voorlopig"
    return f"{base}; {span} {extra_text} extra (inkomstenvrijlating)."


TEMPORARY_REASONS = ("vrijlating_n", "vrijlating_r", "vrijlating_34a", "existing_vrijlating")


def detail(result: dict, lang: str = "nl") -> str:
    """The line under the headline: the first month's amounts, said to be the first month when the headline names
    another month (so the two amounts on screen are never confused)."""
    en = lang_of(lang) == "en"
    wo, wi = fmt.eur(result["without_job"]["disposable"], 0), fmt.eur(result["with_job"]["disposable"], 0)
    month = month_words(result.get("first_month") or result["parameters"]["period"][:7], en)
    head = result.get("headline") or {}
    named = head.get("phase") is not None and result["gain_phases"][head["phase"]]["from"] != result.get(
        "first_month")
    if en:
        text = (f"In the first month of the job ({month}): without the job {wo}, with the job {wi} a month." if named
                else f"Without the job {wo}, with the job {wi} a month ({month}).")
    else:
        text = (f"In de eerste maand van de baan ({month}): zonder baan {wo}, met baan {wi} per maand." if named
                else f"Zonder baan {wo}, met baan {wi} per maand ({month}).")
    return text


def month_words(label: str, en: bool = False) -> str:
    """"2026-03" -> "maart 2026" (plain words instead of an ISO month; texts.dates)."""
    return dates.month_words(label, "en" if en else "nl")


PHASE_REASONS = {
    "before_job": ("voordat de baan begint", "before the job starts"),
    "vrijlating_n_aow": ("met inkomstenvrijlating vanaf de AOW-leeftijd (art. 31 lid 2 n, zonder einde)",
                         "with the earnings disregard from state pension age (art. 31(2)(n), without an end)"),
    "vrijlating_34a_aow": ("met inkomstenvrijlating vanaf de AOW-leeftijd (art. 34a, zonder einde)",
                           "with the earnings disregard from state pension age (art. 34a, without an end)"),
    "ww_tw": ("WW met toeslag (Toeslagenwet) na het contract", "unemployment benefit with a supplement after the "
              "contract"),
    "zoektermijn": ("zoektermijn: vier weken geen bijstand (art. 41 lid 4)", "search period: four weeks without "
                    "bijstand (art. 41(4))"),
    "assets_above_limit": ("geen bijstand: het vermogen is boven de grens (art. 34)", "no bijstand: assets above "
                           "the limit (art. 34)"),
    "assets_without_job": ("zonder de baan geen bijstand: het vermogen is boven de grens (art. 34)",
                           "without the job no bijstand: assets above the limit (art. 34)"),
    "vrijlating_n": ("met inkomstenvrijlating (art. 31 lid 2 n, tijdelijk)",
                     "with earnings disregard (art. 31(2)(n), temporary)"),
    "vrijlating_r": ("met vrijlating alleenstaande ouder (art. 31 lid 2 r, tijdelijk)",
                     "with the single-parent disregard (art. 31(2)(r), temporary)"),
    "vrijlating_34a": ("met inkomstenvrijlating (art. 34a, tijdelijk; als de gemeente vindt dat het helpt om aan "
                       "het werk te komen)", "with earnings disregard (art. 34a, temporary; if the municipality "
                       "finds that it helps you into work)"),
    "vrijlating_y": ("met vrijlating medisch urenbeperkt (art. 31 lid 2 y, zonder einde)",
                     "with the disregard for medically limited hours (art. 31(2)(y), without an end)"),
    "vrijlating_34a_mu": ("met vrijlating medisch urenbeperkt (art. 34a lid 1 b, zonder einde)",
                          "with the disregard for medically limited hours (art. 34a(1)(b), without an end)"),
    "lasting": ("zonder tijdelijke vrijlating", "without a temporary disregard"),
    "existing_vrijlating": ("zolang de vrijlating op de baan die u of uw partner al heeft nog loopt (ook zonder "
                            "deze baan, art. 31 lid 2 n / 34a)",
                            "while the earnings disregard on the job you or your partner already have still runs "
                            "(also without this job, art. 31(2)(n) / 34a)"),
    "ww": ("WW na het contract", "unemployment benefit after the contract"),
    "no_job": ("na het contract weer bijstand", "back on bijstand after the contract"),
}


def phase_reason(code: str, lang: str = "nl") -> str:
    return word(PHASE_REASONS, code, lang)


def phase_lines(phases: list[dict], lang: str = "nl") -> list[str]:
    """One line per phase: "2026-02 t/m 2026-07: € 285 per maand (met inkomstenvrijlating ...)"."""
    en = lang_of(lang) == "en"
    out = []
    for ph in phases:
        to = ph["to"] or ("onwards" if en else "verder")
        # One month is named once: "2026-03", not "2026-03 t/m 2026-03".
        span = (ph["from"] if to == ph["from"] else f"{ph['from']} {'to' if en else 't/m'} {to}") if ph["to"] else (
            f"{ph['from']} {to}")
        per = "a month" if en else "per maand"
        out.append(f"{span}: {fmt.eur(ph['gain_per_month'], 0)} {per}, {phase_reason(ph['reason'], lang)}")
    return out


def _date_words(iso: str, en: bool) -> str:
    return dates.date_words(iso, "en" if en else "nl")


def notice(item: dict, lang: str = "nl") -> str:
    """The words for one notice code of a result (werktloont.engine.phases.notices)."""
    en = lang_of(lang) == "en"
    code = item["code"]
    if code == "amounts_provisional":
        when = _date_words(item["carried_from"], en)
        year = item["from"][:4]  # the year whose amounts are provisional
        return (f"{year} amounts not yet set; calculated with those of {when}." if en else
                f"Bedragen {year} nog niet vastgesteld; gerekend met die van {when}.")
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
                "without this job (Participatiewet art. 31 lid 2 n / 34a); the table shows the first month." if en
                else f"Blijvend: de vrijlating op {whose[1]} (nu {amount} per maand) is tijdelijk en stopt ook zonder "
                     "deze baan (Participatiewet art. 31 lid 2 n / 34a); de tabel toont de eerste maand.")
    return code


def _overgangsrecht(item: dict, en: bool) -> str:
    """A running art. 31 lid 2 n or r period when art. 34a takes over: its transitional rule was not found. Said
    with what was computed (art. 34a from that month, a period of its own) and that 34a lid 1 a is the college's
    judgement."""
    letter = item.get("letter", "r")
    when = month_words(item["month"], en) if item.get("month") else ("January 2027" if en else "januari 2027")
    part = {"r": ("The single-parent disregard (art. 31(2)(r))", "De vrijlating voor alleenstaande ouders (art. 31 "
                  "lid 2 r)"),
            "n": ("The earnings disregard (art. 31(2)(n))", "De inkomstenvrijlating (art. 31 lid 2 n)")}.get(
        letter or "", ("The earnings disregard on the job you or your partner already have",
                       "De inkomstenvrijlating op de baan die u of uw partner al heeft"))
    if en:
        return (f"{part[0]} is still running when art. 34a replaces it in {when}. The transitional rule for a "
                f"running period was not found. Computed: art. 34a from {when} (15 % for 12 months, if the "
                "municipality finds that it helps you into work). Ask the municipality how it does this.")
    return (f"{part[1]} loopt nog als art. 34a haar in {when} vervangt. Het overgangsrecht voor een "
            f"lopende periode is niet gevonden. Gerekend: art. 34a vanaf {when} (15 % voor 12 maanden, als de "
            "gemeente vindt dat het helpt om aan het werk te komen). Vraag de gemeente hoe zij het doet.")


def _verlaging(item: dict, en: bool) -> str:
    """Art. 18 lid 2: the verlaging the gemeente gave, with its limits (lid 9 and 10)."""
    pct = fmt.number_nl(item["percentage"], 0) if not en else f"{item['percentage']:g}"
    of = ("of the norm" if item["basis"] == "norm" else "of the bijstand") if en else (
        "van de norm" if item["basis"] == "norm" else "van de bijstand")
    when = month_words(item["from"], en)
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


def no_job(lang: str = "nl") -> str:
    return "No job was entered." if lang_of(lang) == "en" else "Er is geen baan ingevuld."


def job_lines(job: dict | None, lang: str = "nl") -> list[str]:
    """Which hourly wage was used, and a warning when it is below the legal minimum."""
    if not job:
        return []
    en = lang_of(lang) == "en"
    wage, minimum = fmt.eur(job["hourly_wage"]), fmt.eur(job["minimum_hourly_wage"])
    lines = []
    if job["hourly_wage_source"] == "minimumloon":
        lines.append(f"Hourly wage: {wage}, the legal minimum wage for this age (no wage given)." if en else
                     f"Uurloon: {wage}, het wettelijk minimumloon voor deze leeftijd (geen uurloon opgegeven).")
    if job["below_minimum"]:
        lines.append(f"Note: {wage} an hour is below the legal minimum wage ({minimum} an hour)." if en else
                     f"Let op: {wage} per uur is lager dan het wettelijk minimumloon ({minimum} per uur).")
    return lines


def assets_above_limit(at: dict, lang: str = "nl") -> str:
    """One line when the asset test fails (CLI)."""
    counted, limit = fmt.eur(at["counted"]), fmt.eur(at["limit"])
    if lang_of(lang) == "en":
        return f"Note: assets ({counted}) exceed the limit ({limit}); no bijstand."
    return f"Let op: uw vermogen ({counted}) is hoger dan de grens ({limit}); daarom is er geen bijstand."


def assets_note(at: dict, lang: str = "nl") -> str:
    """Above the verdict when the asset test fails: no bijstand now, also without the job."""
    counted, limit = fmt.eur(at["counted"], 0), fmt.eur(at["limit"], 0)
    if lang_of(lang) == "en":
        return (f"Note: the assets ({counted}) are above the limit ({limit}). That is why there is no bijstand now, "
                "even without the job.")
    return (f"Let op: het vermogen ({counted}) is hoger dan de grens ({limit}). Daarom is er nu geen bijstand, ook "
            "zonder baan.")


def before_debts(lang: str = "nl") -> str:
    """After the amounts, with beslag or a debt arrangement: they are before it; the debts region says what is kept."""
    if lang_of(lang) == "en":
        return "This is before garnishment or a debt arrangement: what you keep of it is shown below under Debts."
    return "Dit is vóór beslag of schuldregeling: wat u daarvan overhoudt, staat hieronder bij Schulden."
