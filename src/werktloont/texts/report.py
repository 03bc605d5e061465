"""Words of the client report (Dutch B1 or English): headings, the asset lines, the fallback steps, the footer."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts.components import lang_of

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Wat levert deze baan u op?", "What does this job bring you?"),
    "for": ("Voor {who}, ", "For {who}, "),
    "calculation_of": ("berekening van {date}", "calculation for {date}"),
    "made_on": (" (gemaakt op {date})", " (made on {date})"),
    "scenario_gain": ("Verschil met zonder baan", "Difference with no job"),
    "assets_warning": ("Let op: uw vermogen ({counted}) is hoger dan de grens ({limit}). Daarom krijgt u nu geen "
                       "bijstand.",
                       "Note: your assets ({counted}) are above the limit ({limit}), so you get no bijstand now."),
    "per_month": ("Per maand", "Per month"),
    "without": ("Zonder baan", "Without job"),
    "with": ("Met baan", "With job"),
    "difference": ("Verschil", "Difference"),
    "months": ("Maanden", "Months"),
    "situation": ("Situatie", "Situation"),
    "disposable_month": ("Te besteden per maand", "Per month"),
    "total_gain": ("Totaal erbij", "Total gain"),
    "through": ("t/m", "to"),
    "assets": ("Uw vermogen volgens de bijstandsregels: {counted}. De grens is {limit}. ",
               "Your assets under the bijstand rules: {counted}. The limit is {limit}. "),
    "assets_below": ("U blijft onder de grens.", "You are below the limit."),
    "assets_above": ("U zit {excess} boven de grens (ongeveer {months} maanden bijstand).",
                     "You are {excess} above it (about {months} months of bijstand)."),
    "computed_with": ("Berekend met werktloont {version}, normen van {period} (parameterpakket {pack}).",
                      "Computed with werktloont {version}, rules of {period} (parameter pack {pack})."),
    "no_rights": ("Dit is een indicatie, geen beschikking. Aan deze berekening kunt u geen rechten ontlenen.",
                  "This is an indication, not a decision. No rights can be derived from it."),
    "example_municipality": ("De gemeentelijke regelingen zijn een verzonnen voorbeeld, geen echte regeling.",
                             "The municipal schemes are a made-up example, not a real scheme."),
    "step_report_job": ("Meld de baan bij de gemeente, vóór de eerste werkdag.",
                        "Tell the municipality about the job before the first working day."),
    "step_report_income": ("Geef uw nieuwe inkomen door aan Dienst Toeslagen (toeslagen.nl), dan krijgt u later "
                           "niets terug te betalen.",
                           "Report your new income to Dienst Toeslagen (toeslagen.nl), so you will not have to pay "
                           "back later."),
    "step_contract_end": ("Vraag WW aan bij UWV zodra u weet dat uw contract stopt; vraag anders meteen opnieuw "
                          "bijstand aan bij de gemeente.",
                          "Apply for WW at UWV as soon as you know the contract ends; otherwise apply for bijstand "
                          "again at once."),
    # section headings and chart words (report.texts)
    "h_table": ("Uw geld per maand", "Your money per month"),
    "h_chart": ("Te besteden bij meer of minder uren werk", "Disposable income by hours worked"),
    "h_timeline": ("Maand voor maand", "Month by month"),
    "h_assets": ("Uw vermogen", "Your assets"),
    "h_steps": ("Dit moet u regelen", "What to arrange"),
    "h_note": ("Notitie", "Note"),
    "h_scenarios": ("Varianten naast elkaar (per maand)", "Variants side by side (per month)"),
    "x": ("uren per week", "hours per week"),
    "y": ("te besteden per maand (€)", "disposable per month (€)"),
    "baseline": ("zonder baan", "without job"),
    "line": ("met baan", "with job"),
    "chosen": ("uw keuze", "your choice"),
    "band": ("meer uren, minder over", "more hours, less left"),
}
HEADINGS = {"table": "h_table", "chart": "h_chart", "timeline": "h_timeline", "assets": "h_assets",
            "steps": "h_steps", "note": "h_note", "scenarios": "h_scenarios",
            "x": "x", "y": "y", "baseline": "baseline", "line": "line",
            "chosen": "chosen", "band": "band"}
MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december")


def word(key: str, lang: str = "nl", **values) -> str:
    nl, en = WORDS[key]
    text = en if lang_of(lang) == "en" else nl
    return text.format(**values) if values else text


def headings(lang: str = "nl") -> dict[str, str]:
    """The report's section headings and chart words, by the keys the renderer uses."""
    return {k: word(v, lang) for k, v in HEADINGS.items()}


def assets_line(at: dict, lang: str = "nl") -> str:
    en = lang_of(lang) == "en"
    text = word("assets", lang, counted=fmt.eur(at["counted"]), limit=fmt.eur(at["limit"]))
    if at["eligible"]:
        return text + word("assets_below", lang)
    months = f"{at['months_of_norm']:.1f}" if en else fmt.number_nl(at["months_of_norm"], 1)
    return text + word("assets_above", lang, excess=fmt.eur(at["excess"]), months=months)


def month_text(month: str, lang: str = "nl") -> str:
    """'februari 2026' for "2026-02" in Dutch; the month as given in English or when it is not a month."""
    parts = month.split("-")
    if lang_of(lang) == "en" or len(parts) < 2 or not (parts[0].isdigit() and parts[1].isdigit()):
        return month
    m = int(parts[1])
    return f"{MONTHS_NL[m - 1]} {parts[0]}" if 1 <= m <= 12 else month


def date_text(iso: str, lang: str = "nl") -> str:
    """'1 maart 2026' in Dutch; the ISO date in English."""
    if lang_of(lang) == "en":
        return iso
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {MONTHS_NL[m - 1]} {y}"
