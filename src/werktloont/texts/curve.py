"""Words for the cliffs (armoedeval) and plateaus of a curve: from the range's kind and component keys."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts.components import in_lang, is_en, lang_of, name, short, word
from werktloont.texts.dates import date_words

COSTS = ("childcare_costs", "travel_costs")


def _clause(key: str, en: bool, schemes: list | None = None) -> str:
    if key == "municipal" and schemes:  # name them: "u de Stadspas Rotterdam verliest"
        names = (" and " if en else " en ").join(in_lang(s["label"], "en" if en else "nl") for s in schemes)
        return f"you lose the {names}" if en else f"u de {names} verliest"
    if key == "municipal":
        return "the municipal schemes stop" if en else "de gemeentelijke regelingen stoppen"
    if key in COSTS:
        return f"the {name(key, 'en')} go up" if en else f"de {name(key, 'nl')} stijgen"
    return f"the {name(key, 'en')} goes down" if en else f"de {name(key, 'nl')} daalt"


def cliff_text(components: list[str], lang: str = "nl", schemes: list | None = None) -> str:
    """'Meer verdienen levert hier minder op, vooral omdat de huurtoeslag daalt en de reiskosten stijgen.'"""
    en = lang_of(lang) == "en"
    head = "Earning more here leaves you worse off" if en else "Meer verdienen levert hier minder op"
    if not components:
        return head + "."
    parts = [_clause(k, en, schemes) for k in components[:2]]
    return head + (", mainly because " if en else ", vooral omdat ") + (" and " if en else " en ").join(parts) + "."


def plateau_text(while_bijstand: bool, lang: str = "nl") -> str:
    if lang_of(lang) == "en":
        return ("Earning more here brings (almost) nothing: what you earn extra mostly comes off the bijstand."
                if while_bijstand else "Earning more here brings (almost) nothing.")
    return ("Meer verdienen levert hier (bijna) niets op: wat u meer verdient, gaat vooral van de bijstand af."
            if while_bijstand else "Meer verdienen levert hier (bijna) niets op.")


def range_text(r: dict, lang: str = "nl") -> str | None:
    """The sentence for one range, or None when the range lacks the codes (an engine that still gives text)."""
    if r.get("kind") == "cliff" and "components" in r:
        return cliff_text(list(r["components"]), lang, r.get("schemes"))
    if r.get("kind") == "plateau" and "while_bijstand" in r:
        return plateau_text(bool(r["while_bijstand"]), lang)
    return None


# --- the window's reason line under the verdict: why the chosen hours leave less (or nothing) -----------------

def _hours(x: float, lang: str) -> str:
    return f"{round(x, 1):g}" if is_en(lang) else fmt.plain(round(x, 1))


def stopped_schemes(before: dict, situation: str, now: dict, lang: str = "nl") -> list[str]:
    """The municipal schemes paid in `before` (its `situation`) and not with the job now: "de stadspas"."""
    def schemes(result: dict, sit: str) -> dict[str, dict]:
        entry: dict = next((e for e in result.get("explanations") or []
                            if e["component"] == "municipal" and e["situation"] == sit), {})
        return {s["id"]: s for s in entry.get("schemes", [])}

    old, new = schemes(before, situation), schemes(now, "with_job")
    names = []
    for sid, s in old.items():
        if s["amount"] > 0 and new.get(sid, {}).get("amount", 0) <= 0:
            label = in_lang(s.get("label"), lang) or sid
            names.append(("the " if is_en(lang) else "de ") + label[:1].lower() + label[1:])
    return names


def _change(key: str, old: float, new: float, lang: str) -> str:
    en, what = is_en(lang), short(key, lang)
    if key in COSTS:
        return f"{what} go up" if en else f"{what} stijgen"
    if new <= 0 < old:
        return f"{what} stops" if en else f"{what} stopt"
    return f"{what} goes down" if en else f"{what} omlaag gaat"


def cliff_clauses(components: list[str], before: dict, before_situation: str, now: dict, lang: str = "nl") -> str:
    """'uw huurtoeslag omlaag gaat en de stadspas stopt': the first two components of a cliff, each compared with
    the better point before it (`before` in its `before_situation`) against the job now."""
    en = is_en(lang)
    parts: list[str] = []
    for key in components[:2]:
        if key == "municipal":
            stopped = stopped_schemes(before, before_situation, now, lang)
            parts += [f"{name} stops" if en else f"{name} stopt" for name in stopped[:2]] or [
                f"{short(key, lang)} go down" if en else f"{short(key, lang)} omlaag gaan"]
        else:
            parts.append(_change(key, before[before_situation][key], now["with_job"][key], lang))
    return (" and " if en else " en ").join(parts)


def hours_reason(result: dict, hours_curve: dict, hours: float, reference: dict | None, lang: str = "nl") -> str:
    """The line under the window's verdict: at the chosen hours, a cliff ("Let op: met 20 uur per week houdt u meer
    over dan met 24 uur, vooral doordat ...") or a plateau ("Tussen 12 en 20 uur per week levert meer werken (bijna)
    niets op ..."); empty otherwise. `reference`: the answer at the cliff's start (None: compare without the job)."""
    if hours <= 0:
        return ""
    en = is_en(lang)
    ranges = hours_curve.get("ranges", [])
    cliff = next((r for r in ranges if r["kind"] == "cliff" and r["from"] < hours <= r["to"]), None)
    if cliff:
        before, situation = (reference, "with_job") if reference else (result, "without_job")
        clauses = cliff_clauses(list(cliff.get("components", [])), before, situation, result, lang)
        if cliff["from"] <= 0:
            return ((f"Mainly because {clauses}." if en else f"Dat komt vooral doordat {clauses}.") if clauses
                    else "")
        low, now = _hours(cliff["from"], lang), _hours(hours, lang)
        return (f"Note: with {low} hours a week you keep more than with {now} hours, mainly because {clauses}."
                if en else f"Let op: met {low} uur per week houdt u meer over dan met {now} uur, vooral doordat "
                           f"{clauses}.")
    plateau = next((r for r in ranges if r["kind"] == "plateau" and r["from"] < hours <= r["to"]), None)
    if plateau:
        low, high = _hours(plateau["from"], lang), _hours(plateau["to"], lang)
        return (f"Between {low} and {high} hours a week, working more pays (almost) nothing: what you earn extra "
                "comes off bijstand or the allowances." if en else
                f"Tussen {low} en {high} uur per week levert meer werken (bijna) niets op: wat u meer verdient, gaat "
                "van de bijstand of de toeslagen af.")
    return ""


SOLVER = {
    "never": ("Met dit aanbod komt u niet aan {target} per maand erbij, ook niet met meer uren of een hoger uurloon "
              "binnen wat de rekenhulp bekijkt.",
              "With this offer you do not reach {target} a month more, not even with more hours or a higher hourly "
              "wage within the range the calculator looks at."),
    "hours": ("bij {wage} per uur: minstens {hours} uur per week", "at {wage} an hour: at least {hours} hours a week"),
    "no_hours": ("bij {wage} per uur lukt het met geen enkel aantal uren",
                 "at {wage} an hour no number of hours is enough"),
    "wage": ("bij {hours} uur per week: een bruto uurloon van minstens {wage}",
             "at {hours} hours a week: a gross hourly wage of at least {wage}"),
    "no_wage": ("bij {hours} uur per week lukt het met geen uurloon dat de rekenhulp bekijkt",
                "at {hours} hours a week no hourly wage in the calculator's range is enough"),
    "first_month": ("Voor minstens {target} per maand erbij in de eerste maand (met de tijdelijke vrijlating): "
                    "{parts}.",
                    "For at least {target} a month more in the first month (with the temporary disregard): {parts}."),
    "temporary": ("Voor minstens {target} per maand erbij zolang het contract loopt: {parts}.",
                  "For at least {target} a month more while the contract lasts: {parts}."),
    "lasting": ("Voor blijvend minstens {target} per maand erbij (ook na de tijdelijke vrijlating): {parts}.",
                "For at least {target} a month more for good (also after the temporary disregard): {parts}."),
}


def solver_answer(solved: dict, job: dict, temporary: bool, lang: str = "nl") -> str:
    """The hours or hourly wage needed for a gain (api's solver), for the offer's wage and hours; `temporary`: the
    answer leads with a contract's months."""
    target = fmt.eur(solved["target_gain"], 0)
    if solved["never"]:
        return word(SOLVER, "never", lang, target=target)
    wage, hours = fmt.eur(job.get("hourly_wage", 0)), fmt.plain(job.get("hours_per_week", 0))
    parts = [word(SOLVER, "hours", lang, wage=wage, hours=fmt.plain(round(solved["hours"], 1)))
             if solved["hours"] is not None else word(SOLVER, "no_hours", lang, wage=wage),
             word(SOLVER, "wage", lang, hours=hours, wage=fmt.eur(solved["hourly_wage"]))
             if solved["hourly_wage"] is not None else word(SOLVER, "no_wage", lang, hours=hours)]
    view = "first_month" if solved.get("view") == "first_month" else "temporary" if temporary else "lasting"
    return word(SOLVER, view, lang, target=target, parts="; ".join(parts))


def wage_curve_stops(top_wage: float, parameter: str, on: str, lang: str = "nl") -> str:
    """Why the wage chart ends below the top of its range: a value that higher wages need is not known yet."""
    day = date_words(on, lang)
    if is_en(lang):
        return (f"The Hourly wage chart stops at {fmt.eur(top_wage)} an hour: at a higher wage the value "
                f"'{parameter}' is not known on {day}. The amounts per month above are complete.")
    return (f"De grafiek Uurloon stopt bij {fmt.eur(top_wage)} per uur: bij een hoger loon is de waarde "
            f"'{parameter}' niet bekend op {day}. De bedragen per maand hierboven zijn compleet.")
