"""Fixed words of the command line output (headings, column names), Dutch and English."""

from __future__ import annotations

from werktloont.texts import components

WORDS: dict[str, tuple[str, str]] = {
    # calc
    "col_without": ("zonder baan", "without job"),
    "col_with": ("met baan", "with job"),
    "col_diff": ("verschil", "difference"),
    "calc_head": ("Berekening per maand voor {month} (normen van {period}, pakket {pack})",
                  "Monthly figures for {month} (rules of {period}, pack {pack})"),
    "calc_head_job": ("Berekening per maand voor {month}, de eerste maand met de baan (normen van {period}, pakket "
                      "{pack})", "Monthly figures for {month}, the job's first month (rules of {period}, pack {pack})"),
    "why": ("Waarom?", "Why?"),
    "check_input": ("Let op: {text}", "Note: {text}"),
    "to_arrange": ("Wat u moet regelen:", "What to arrange:"),
    # toeslagen
    "toeslagen_head": ("Proefberekening toeslagen {year}, toetsingsinkomen {income}",
                       "Trial calculation of the allowances {year}, yearly income {income}"),
    "per_month": ("per maand", "a month"),
    "per_year": ("per jaar", "a year"),
    # curve
    "unit_hours": ("uur/week", "hours/week"),
    "unit_wage": ("uurloon", "hourly wage"),
    "disposable": ("te besteden", "disposable"),
    "gain": ("erbij", "gain"),
    "cliff": ("Armoedeval", "Poverty trap"),
    "plateau": ("Plateau", "Plateau"),
    "range": ("{word} van {start} tot {stop}: {text}", "{word} from {start} to {stop}: {text}"),
    # timeline
    "timeline_head": ("Tijdlijn {start} t/m {end}: met de baan tegenover in de bijstand blijven (geld op de rekening)",
                      "Timeline {start} to {end}: taking the job against staying on bijstand (money in the account)"),
    "col_month": ("maand", "month"),
    "col_situation": ("situatie", "situation"),
    "col_stay": ("bijstand", "bijstand"),
    "col_total": ("opgeteld", "running total"),
    "beyond_pack": ("* vanaf {month}: parameters van de laatste bekende periode.",
                    "* from {month}: parameters of the last known period."),
    "ww_entitled": ("WW: {worked} van {window} weken gewerkt (nodig {required}); {months} maanden, dagloon {dagloon}.",
                    "WW: worked {worked} of {window} weeks (needed {required}); {months} months, daily wage "
                    "{dagloon}."),
    "ww_none": ("Geen WW: {worked} van {window} weken gewerkt, nodig {required} (WW art. 17).",
                "No WW: worked {worked} of {window} weeks, needed {required} (WW art. 17)."),
    "reported": ("inkomen doorgegeven", "income reported"),
    "not_reported": ("inkomen niet doorgegeven", "income not reported"),
    "settlement": ("Toeslagen {year}, {label}: {amount} ({word}) rond {month}.",
                   "Allowances {year}, {label}: {amount} ({word}) around {month}."),
    "assets_cross": ("Vermogen boven de grens vanaf {month}.", "Assets above the limit from {month}."),
    "note": ("Let op: {text}", "Note: {text}"),
    # report command
    "report_written": ("Rapport geschreven: {path} ({pages} {unit}).", "Report written: {path} ({pages} {unit})."),
    "page": ("pagina", "page"),
    "pages": ("pagina’s", "pages"),
    "report_missing": ("werktloont: het rapport kan niet worden gemaakt ({name} ontbreekt).",
                       "werktloont: the report cannot be made ({name} is missing)."),
}


def word(key: str, lang: str = "nl", **values) -> str:
    return components.word(WORDS, key, lang, **values)
