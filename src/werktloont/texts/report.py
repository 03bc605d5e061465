"""Words of the report (Dutch B1 or English). The client's pages first: the answer in short sentences, the things to
do with their dates in words, who to call; no article numbers, no case law, no ISO months. Then the page for the
klantmanager, with the rules, articles, sources and notices. Every sentence is made from the answer's codes."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts import components
from werktloont.texts.components import is_en, pick
from werktloont.texts.dates import MONTHS_NL, date_words, month_words, n_months, n_weeks
from werktloont.texts.verdict import after_debts_sentences, first_months, first_months_sentences, negative_total

__all__ = ["MONTHS_NL", "assets_line", "client_verdict", "contacts", "date_text", "headings", "month_text", "word"]

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Wat levert deze baan u op?", "What does this job bring you?"),
    "for": ("Voor {who}, ", "For {who}, "),
    "calculation_of": ("berekening van {date}", "calculation for {date}"),
    "made_on": (" (gemaakt op {date})", " (made on {date})"),
    "assets_warning": ("Let op: u heeft te veel vermogen voor bijstand. Uw vermogen is {counted}. De grens is "
                       "{limit}.",
                       "Note: your assets are too high for bijstand. Your assets are {counted}. The limit is "
                       "{limit}."),
    "per_month": ("Per maand", "Per month"),
    "without": ("Zonder baan", "Without job"),
    "with": ("Met baan", "With job"),
    "difference": ("Verschil", "Difference"),
    "months": ("Maanden", "Months"),
    "situation": ("Situatie", "Situation"),
    "disposable_month": ("Te besteden per maand", "Per month"),
    # The running total of what the job brings in cash, from the first month of the table: not a month's amount.
    "total_gain": ("Samen erbij sinds {month}", "Gained in total since {month}"),
    "through": ("t/m", "to"),
    "from_month": ("vanaf {month}", "from {month}"),
    "a_month": ("per maand", "a month"),
    "assets": ("Uw vermogen volgens de bijstandsregels: {counted}. De grens is {limit}. ",
               "Your assets under the bijstand rules: {counted}. The limit is {limit}. "),
    "assets_below": ("U blijft onder de grens.", "You are below the limit."),
    "assets_above": ("U zit {excess} boven de grens (ongeveer {months} maanden bijstand).",
                     "You are {excess} above it (about {months} months of bijstand)."),
    "assets_above_counted": ("U zit {excess} boven de grens: geen recht op bijstand zolang dat zo is.",
                             "You are {excess} above it: no right to bijstand as long as that lasts."),
    "computed_with": ("Berekend met werktloont {version}, normen van {period} (parameterpakket {pack}, controlegetal "
                      "{checksum}).",
                      "Computed with werktloont {version}, rules of {period} (parameter pack {pack}, checksum "
                      "{checksum})."),
    "no_rights": ("Dit is een indicatie, geen beschikking. Aan deze berekening kunt u geen rechten ontlenen.",
                  "This is an indication, not a decision. No rights can be derived from it."),
    "example_municipality": ("De gemeentelijke regelingen zijn een verzonnen voorbeeld, geen echte regeling.",
                             "The municipal schemes are a made-up example, not a real scheme."),
    "table_month": ("Bedragen van {month}.", "Amounts of {month}."),
    "table_zero_left_out": ("Wat nul is, staat er niet in.", "What is zero is left out."),
    "answer": ("De uitkomst (zoals in het venster en in calc):", "The answer (as in the window and in calc):"),
    "first_month": ("Eerste maand", "First month"),
    "rule_line": ("{label}: {article}", "{label}: {article}"),
    "sources": ("Bronnen van de bedragen hierboven: {sources}.", "Sources of the amounts above: {sources}."),
    "source_more": ("Alle bronnen per waarde: werktloont params list en werktloont calc --json (sleutel "
                    "explanations).",
                    "Every source per value: werktloont params list and werktloont calc --json (key explanations)."),
    # section headings and chart words (report.texts)
    "h_answer": ("Wat betekent dit voor u?", "What does this mean for you?"),
    "h_table": ("Uw geld per maand", "Your money per month"),
    "h_chart": ("Te besteden bij meer of minder uren werk", "Disposable income by hours worked"),
    "h_timeline": ("Maand voor maand", "Month by month"),
    "h_assets": ("Uw vermogen", "Your assets"),
    "h_steps": ("Wat moet u doen?", "What do you need to do?"),
    "h_contacts": ("Wie kunt u bellen?", "Who can you call?"),
    "h_debts": ("Uw schulden", "Your debts"),
    "h_note": ("Notitie", "Note"),
    "h_scenarios": ("Varianten naast elkaar (per maand)", "Variants side by side (per month)"),
    "h_manager": ("Voor de klantmanager", "For the klantmanager"),
    "h_m_answer": ("Uitkomst en fasen", "Answer and phases"),
    "h_m_steps": ("Te regelen, met de regels", "To arrange, with the rules"),
    "h_m_rules": ("Regels en artikelen per bedrag", "Rules and articles per amount"),
    "h_m_assets": ("Vermogen, terugvordering en boete", "Assets, reclaim and fine"),
    "h_m_debts": ("Beslagvrije voet", "Protected amount"),
    "h_m_notices": ("Meldingen", "Notices"),
    "h_m_sources": ("Bronnen en parameterpakket", "Sources and parameter pack"),
    "x": ("uren per week", "hours per week"),
    "y": ("te besteden per maand (€)", "disposable per month (€)"),
    "baseline": ("zonder baan", "without job"),
    "line": ("met baan", "with job"),
    "chosen": ("uw keuze", "your choice"),
    "band": ("meer uren, minder over", "more hours, less left"),
}
HEADINGS = {"answer": "h_answer", "table": "h_table", "chart": "h_chart", "timeline": "h_timeline",
            "assets": "h_assets", "steps": "h_steps", "contacts": "h_contacts", "debts": "h_debts", "note": "h_note",
            "scenarios": "h_scenarios", "manager": "h_manager", "m_answer": "h_m_answer", "m_steps": "h_m_steps",
            "m_rules": "h_m_rules", "m_assets": "h_m_assets", "m_debts": "h_m_debts", "m_notices": "h_m_notices",
            "m_sources": "h_m_sources", "x": "x", "y": "y", "baseline": "baseline", "line": "line",
            "chosen": "chosen", "band": "band"}

# Who the client can call, per organisation (texts.actions.CONTACT_OF names them per thing to do). Numbers only where
# the organisation publishes them: BelastingTelefoon 0800-0543, free (Belastingdienst; De Telegraaf 2021-04, "het
# gratis nummer 0800-0543"); Het Juridisch Loket 0900-8020 (juridischloket.nl, "Onze werkwijze"). The gemeente's and
# UWV's own numbers differ per office or are not verified here: the report names the website.
CONTACTS: dict[str, tuple[str, str]] = {
    "gemeente": ("De gemeente, uw klantmanager: over de bijstand, de baan en wat u moet melden.",
                 "The municipality, your klantmanager: about bijstand, the job and what you must report."),
    "toeslagen": ("Dienst Toeslagen: BelastingTelefoon 0800-0543 (gratis), of toeslagen.nl.",
                  "Dienst Toeslagen: BelastingTelefoon 0800-0543 (free), or toeslagen.nl."),
    "uwv": ("UWV: over de WW, op uwv.nl.", "UWV: about WW, at uwv.nl."),
    "werkgever": ("Uw werkgever: over uw loon en de loonheffingskorting.",
                  "Your employer: about your wage and the tax credit."),
    "juridisch_loket": ("Het Juridisch Loket: 0900-8020, of juridischloket.nl. Voor gratis advies over een boete "
                        "of terugbetalen.",
                        "Het Juridisch Loket: 0900-8020, or juridischloket.nl. For free advice about a fine or "
                        "paying back."),
    "schuldhulp": ("De schuldhulp van de gemeente: voor hulp bij uw schulden.",
                   "The municipality's debt help (schuldhulp): for help with your debts."),
}


def word(key: str, lang: str = "nl", **values) -> str:
    return components.word(WORDS, key, lang, **values)


def headings(lang: str = "nl") -> dict[str, str]:
    """The report's section headings and chart words, by the keys the renderer uses."""
    return {k: word(v, lang) for k, v in HEADINGS.items()}


def assets_line(at: dict, lang: str = "nl", months: bool = True) -> str:
    """The asset test in one line. `months`: the excess as months of the norm (what living on it would last);
    False where the months without a right are counted from the projection (an asset event or a car scenario next
    to it): then one number says how long, not two."""
    text = word("assets", lang, counted=fmt.eur(at["counted"]), limit=fmt.eur(at["limit"]))
    if at["eligible"]:
        return text + word("assets_below", lang)
    if not months:
        return text + word("assets_above_counted", lang, excess=fmt.eur(at["excess"]))
    norm = f"{at['months_of_norm']:.1f}" if is_en(lang) else fmt.number_nl(at["months_of_norm"], 1)
    return text + word("assets_above", lang, excess=fmt.eur(at["excess"]), months=norm)


def month_text(month: str, lang: str = "nl") -> str:
    """'februari 2026' for "2026-02" (the month as given when it is not a month)."""
    return month_words(month, lang)


def date_text(iso: str, lang: str = "nl") -> str:
    """'1 maart 2026' / '1 March 2026'."""
    return date_words(iso, lang)


# --- the answer in the client's words ------------------------------------------------------------------------------

def _euros(amount: float) -> str:
    return fmt.eur(abs(amount), 0)


def _gain_sentence(amount: float, partner: bool, en: bool, average: bool = False) -> str:
    """The amount a month; "gemiddeld" when it is the average of a contract's months that differ."""
    job = ("With this job for your partner" if partner else "With this job") if en else (
        "Met deze baan voor uw partner" if partner else "Met deze baan")
    if round(amount) == 0:
        return f"{job} you have about the same to spend as now." if en else \
            f"{job} heeft u ongeveer evenveel te besteden als nu."
    avg = (" on average" if en else " gemiddeld") if average else ""
    if en:
        return f"{job} you have{avg} {_euros(amount)} a month {'more' if amount > 0 else 'less'} to spend."
    return f"{job} heeft u{avg} {_euros(amount)} per maand {'meer' if amount > 0 else 'minder'} te besteden."


def _what_counts(head: dict, en: bool) -> str:
    car = head.get("assets_reason") == "auto"
    return ("the car" if car else "your assets") if en else ("de auto" if car else "uw vermogen")


def _then(code: str, head: dict, zoek_weeks: int | None, en: bool) -> str | None:
    """One sentence for what follows a contract (the headline's `then` codes)."""
    what = _what_counts(head, en)
    if en:
        return {"ww": "you get WW (unemployment benefit) from UWV",
                "ww_tw": "you get WW (unemployment benefit) from UWV, with a supplement",
                "zoektermijn": (f"you first get no bijstand for {n_weeks(zoek_weeks, 'en')}, while you look for work"
                                if zoek_weeks else "you first get no bijstand for a while, while you look for work"),
                "no_job": "you get bijstand again",
                "assets_above_limit": f"you get no bijstand as long as {what} counts"}.get(code)
    return {"ww": "krijgt u WW van UWV",
            "ww_tw": "krijgt u WW van UWV, met een toeslag",
            "zoektermijn": (f"krijgt u eerst {n_weeks(zoek_weeks)} geen bijstand: dan zoekt u werk" if zoek_weeks else
                            "krijgt u eerst een tijd geen bijstand: dan zoekt u werk"),
            "no_job": "krijgt u weer bijstand",
            "assets_above_limit": f"krijgt u geen bijstand zolang {what} meetelt"}.get(code)


def _zoektermijn_weeks(result: dict) -> int | None:
    for c in result.get("action_codes") or []:
        weeks = c.get("zoektermijn_weeks") or c.get("report_before_ww_end_weeks")
        if weeks:
            return int(weeks)
    return None


def client_verdict(result: dict, lang: str = "nl") -> list[str]:
    """The answer as short sentences: the amount, how long it lasts, what follows. From the same `headline` codes as
    the one sentence of the window and calc (texts.verdict.headline); "blijft zo" only for a lasting gain."""
    en = is_en(lang)
    head = result.get("headline") or {}
    if head.get("kind") not in ("permanent", "temporary"):
        return ["No job was entered." if en else "Er is geen baan ingevuld."]
    partner = ((result.get("job") or {}).get("person") or 0) == 1
    out = [_gain_sentence(head["amount"], partner, en, average=bool(head.get("average")))]
    if head["kind"] == "permanent":
        out.append("That stays so." if en else "Dat blijft zo.")
        first = first_months(result)
        if first is not None:
            since = month_words(result["gain_phases"][head["phase"]]["from"], lang)
            out[-1] = f"That stays so from {since}." if en else f"Dat blijft zo vanaf {since}."
            out += first_months_sentences(first, en)
    else:
        start, end = month_words(head["from"], lang), month_words(head["contract_end"], lang)
        months = head.get("months")
        still = ("still ", "nog ") if head.get("already_running") else ("", "")
        out.append((f"That {still[0]}lasts {n_months(months, 'en')}: from {start} to {end}." if en else
                    f"Dat duurt {still[1]}{n_months(months)}: van {start} tot en met {end}.") if months else
                   (f"That lasts until {end}." if en else f"Dat duurt tot en met {end}."))
        zoek = _zoektermijn_weeks(result)
        for n, code in enumerate(head.get("then") or []):
            clause = _then(code, head, zoek, en)
            if clause is None:
                continue
            lead = ("After the contract" if n == 0 else "After that") if en else ("Na het contract" if n == 0 else
                                                                                  "Daarna")
            out.append(f"{lead} {clause}.")
    if head.get("stay_without_bijstand"):
        what = _what_counts(head, en)
        out.append(f"Without this job you get no bijstand either, as long as {what} counts." if en else
                   f"Zonder deze baan krijgt u ook geen bijstand, zolang {what} meetelt.")
    loss = negative_total(head, lang)
    return out + ([loss] if loss else []) + after_debts_sentences(result, lang)


def contacts(result: dict, lang: str = "nl") -> list[str]:
    """Who to call, in the order the things to do name them; the Juridisch Loket with a reclaim or fine, the
    municipality's debt help with beslag or a debt arrangement."""
    from werktloont.texts.actions import CONTACT_OF

    keys = ["gemeente"]
    keys += [CONTACT_OF[c["code"]] for c in result.get("action_codes") or [] if c.get("code") in CONTACT_OF]
    if any(e.get("months_overpaid") for e in result.get("asset_events") or []):
        keys.append("juridisch_loket")
    if result.get("debts"):
        keys.append("schuldhulp")
    return [pick(CONTACTS[k], lang) for k in dict.fromkeys(keys)]
