"""Words for municipal schemes: kinds, and the cliff reason naming the scheme ("met 22 uur verliest u de stadspas")."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts.components import in_lang, lang_of, pick

KIND = {
    "stadspas": ("stadspas", "city pass"),
    "meedoenregeling": ("meedoenregeling", "participation scheme"),
    "minimaregeling": ("minimaregeling", "low-income scheme"),
    "individuele_inkomenstoeslag": ("individuele inkomenstoeslag", "individual income supplement"),
    "kwijtschelding": ("kwijtschelding gemeentelijke belastingen", "municipal tax remission"),
    "collectieve_zorgverzekering": ("collectieve zorgverzekering", "collective health insurance"),
    "other": ("gemeentelijke regeling", "municipal scheme"),
}


def kind(code: str, lang: str = "nl") -> str:
    return pick(KIND.get(code, KIND["other"]), lang)


def _label(label, en: bool) -> str:
    return in_lang(label, "en" if en else "nl")


def _hours(hours: float, en: bool) -> str:
    return f"{hours:g}" if en else fmt.number_nl(hours, 0 if float(hours).is_integer() else 1)


def loss_sentence(label, per_month: float, pct: float, hours: float | None = None, lang: str = "nl",
                  basis: str = "norm") -> str:
    """'Met 22 uur verliest u de Stadspas Rotterdam (€ 25,00 per maand): uw inkomen komt boven 120 % van de
    bijstandsnorm.' With `basis` norm_gehuwden the limit is of the norm for gehuwden, for every household."""
    en = lang_of(lang) == "en"
    name = _label(label, en)
    pct_text = f"{pct:g}" if en else fmt.number_nl(pct, 0 if float(pct).is_integer() else 1)
    couple = basis == "norm_gehuwden"
    if en:
        lead = f"With {_hours(hours, en)} hours a week you lose" if hours else "With this job you lose"
        norm = "the norm for married couples" if couple else "the bijstand norm"
        return f"{lead} the {name} ({fmt.eur(per_month)} a month): your income goes above {pct_text} % of {norm}."
    lead = f"Met {_hours(hours, en)} uur per week verliest u de" if hours else "Met deze baan verliest u de"
    norm = "de norm voor gehuwden" if couple else "de bijstandsnorm"
    return f"{lead} {name} ({fmt.eur(per_month)} per maand): uw inkomen komt boven {pct_text} % van {norm}."


def scheme_losses(result: dict, lang: str = "nl", hours: float | None = None) -> list[dict]:
    """The schemes that apply without the job and are lost with it because the income passes their limit."""
    by_situation: dict[str, dict] = {}
    for e in result.get("explanations", ()):
        if e.get("component") == "municipal":
            by_situation[e.get("situation", "")] = {s["id"]: s for s in e.get("schemes") or ()}
    before, after = by_situation.get("without_job", {}), by_situation.get("with_job", {})
    out = []
    for sid, s in after.items():
        if s.get("code") == "income_above_limit" and before.get(sid, {}).get("applies"):
            per_month = before[sid].get("amount") or s.get("values", {}).get("per_month", 0.0)
            out.append({"id": sid, "text": loss_sentence(s["label"], per_month, s["income_limit_pct"], hours, lang,
                                                         s.get("income_limit_basis", "norm"))})
    return out


def source_lines(result: dict, lang: str = "nl") -> list[str]:
    """For the report: the municipal schemes that were tested, each with its publication (title and address)."""
    en = lang_of(lang) == "en"
    for e in result.get("explanations", ()):
        if e.get("component") != "municipal" or e.get("situation") != "without_job" or not e.get("schemes"):
            continue
        names = ", ".join(_label(s["label"], en) for s in e["schemes"])
        seen, sources = set(), []
        for s in e.get("sources") or ():
            text = s["title"] + (f" ({s['publication']})" if s.get("publication") else "") + \
                (f", {s['url']}" if s.get("url") else "")
            if text not in seen:
                seen.add(text)
                sources.append(text)
        head = f"Municipal schemes included: {names}." if en else f"Meegerekende gemeentelijke regelingen: {names}."
        return [head] + [("Source: " if en else "Bron: ") + s for s in sources]
    return []


def unknown_lines(unknown: list[tuple[dict, str]], lang: str = "nl") -> list[str]:
    """For the report: schemes of the municipality not counted because their amount is unknown, with the reason."""
    en = lang_of(lang) == "en"
    head = "Not counted, amount unknown: " if en else "Niet meegerekend, bedrag onbekend: "
    return [head + f"{_label(label, en)} ({' '.join(why.split())})" for label, why in unknown]
