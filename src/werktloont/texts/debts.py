"""Words for debts: beslag, the beslagvrije voet and schuldhulp, in B1 Dutch and English.

The engine gives codes and numbers (`werktloont.engine.debts`); here they become the headline ("de baan levert u
€ 0 per maand meer op, maar uw schuld is € 285,00 per maand sneller afgelost"), the table rows, the notes on what the
calculation assumes, and the report's paragraph.
"""

from __future__ import annotations

from werktloont.fmt import eur
from werktloont.texts.boete import month_name, repayment_text
from werktloont.texts.components import is_en, pick
from werktloont.texts.dates import month_words, n_months

KIND = {
    "beslag": ("Beslag op het inkomen", "Garnishment of income"),
    "msnp": ("Minnelijke schuldregeling (MSNP)", "Voluntary debt arrangement (MSNP)"),
    "wsnp": ("Wettelijke schuldsanering (WSNP)", "Statutory debt restructuring (WSNP)"),
    "none": ("Geen beslag of schuldregeling", "No garnishment or debt arrangement"),
}
PROTECTED = {
    "beslag": ("Beslagvrije voet", "Protected amount (beslagvrije voet)"),
    "msnp": ("Vrij te laten bedrag", "Amount left free (VTLB)"),
    "wsnp": ("Vrij te laten bedrag", "Amount left free (VTLB)"),
}
ROWS = {
    "garnished_income": ("Inkomen onder beslag (loon, uitkering, bijstand)",
                         "Garnished income (wage, benefit, bijstand)"),
    "to_creditors": ("Naar schuldeisers", "To creditors"),
    "household_keeps": ("Houdt het huishouden over", "The household keeps"),
}
# The debt rows every table shows after its total (window, report), in this order: the last two of `rows`.
TABLE_ROWS = ("to_creditors", "household_keeps")
NOTES = {
    "debtor_is_household": (
        "Gerekend alsof de schuld van u allebei is: het inkomen van u beiden (loon, uitkering, bijstand) valt onder "
        "het beslag, met één beslagvrije voet voor het huishouden.",
        "Computed as if the debt is yours together: the income of both of you (wage, benefit, bijstand) is "
        "garnished, with one protected amount for the household."),
    "debtor_not_given": (
        "Niet ingevuld van wie de schuld is. Is de schuld van één van u? Kies dat bij 'Schuld van'. Dan valt alleen "
        "diens eigen inkomen onder het beslag, en telt het inkomen van de ander voor ten hoogste de helft van de "
        "beslagvrije voet (art. 475db Rv). De bijstand is voor ieder de helft (art. 45 lid 4 Participatiewet).",
        "Not filled in whose debt it is. Is the debt of one of you? Choose that at 'Debt of'. Then only that person's "
        "own income is garnished, and the other's income counts for at most half of the protected amount "
        "(art. 475db Rv). The bijstand is half for each (art. 45(4) Participatiewet)."),
    "partner_income_lowers_voet": (
        "Alleen het eigen inkomen van wie de schuld heeft valt onder het beslag. Het inkomen van de partner valt er "
        "niet onder, maar maakt de beslagvrije voet lager: met ten hoogste de helft (art. 475db lid 1 a Rv). De "
        "bijstand is voor ieder de helft (art. 45 lid 4 Participatiewet).",
        "Only the own income of the person with the debt is garnished. The partner's income is not, but it lowers "
        "the protected amount by at most half (art. 475db(1)(a) Rv). The bijstand is half for each "
        "(art. 45(4) Participatiewet)."),
    "offer_of_partner_not_garnished": (
        "Het loon van de baan is voor de partner. Het valt niet onder het beslag voor deze schuld, maar het maakt de "
        "beslagvrije voet wel lager (art. 475db Rv).",
        "The job's wage is the partner's. It is not garnished for this debt, but it does lower the protected amount "
        "(art. 475db Rv)."),
    "vtlb_is_beslagvrije_voet": (
        "Voor de schuldregeling is het vrij te laten bedrag gelijk genomen aan de beslagvrije voet. De Recofa-"
        "methode kan daar iets bij tellen (bijvoorbeeld voor kosten van werk); vraag de bewindvoerder het echte "
        "bedrag.",
        "For the debt arrangement the amount left free is taken equal to the protected amount. The Recofa method may "
        "add to it (e.g. for work costs); ask the administrator for the real amount."),
    "raises_on_request_not_modelled": (
        "Niet gerekend: verhogingen op verzoek (hoge woonkosten of een koopwoning, art. 475da lid 5-7 Rv) en een "
        "hogere voet van de kantonrechter (art. 475fa).",
        "Not computed: raises on request (high housing costs or an owner-occupied home, art. 475da(5)-(7) Rv) and a "
        "higher amount set by the court (art. 475fa)."),
    "order_of_creditors_not_modelled": (
        "Niet gerekend: de volgorde van meerdere schuldeisers, verrekening door instanties en de boedelachterstand.",
        "Not computed: the order of several creditors, set-off by agencies and arrears in the estate."),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pick(pair, lang)


def _first(d: dict) -> dict:
    """The first month's block (the table's month); an older result has only the one block."""
    return d.get("first_month") or d


def headline(d: dict, lang: str = "nl") -> str:
    """The gain for the household and the faster repayment side by side: first in the month the table shows (the
    first month), then, when they change, from the month the verdict names."""
    first = _first(d)
    text = _gain_and_repayment(first["gain_household"], first["faster_repayment"], lang)
    later = d.get("month") and d["month"] != first.get("month")
    if later and (abs(d["gain_household"] - first["gain_household"]) >= 0.5
                  or abs(d["faster_repayment"] - first["faster_repayment"]) >= 0.5):
        text += " " + _gain_and_repayment(d["gain_household"], d["faster_repayment"], lang, since=d["month"])
    return text


def _gain_and_repayment(gain: float, faster: float, lang: str, since: str | None = None) -> str:
    if is_en(lang):
        lead = f"From {month_words(since, 'en')} the job" if since else "The job"
        if faster > 0.005:
            return f"{lead} gives you {eur(gain)} a month more, but your debt is paid off {eur(faster)} a month faster."
        return f"{lead} gives you {eur(gain)} a month more; your creditors get the same as now."
    lead = f"Vanaf {month_words(since)} levert de baan u" if since else "De baan levert u"
    if faster > 0.005:
        return f"{lead} {eur(gain)} per maand meer op, maar uw schuld is {eur(faster)} per maand sneller afgelost."
    return f"{lead} {eur(gain)} per maand meer op; uw schuldeisers krijgen evenveel als nu."


def rows(d: dict, lang: str = "nl", first: bool = True) -> list[tuple[str, float, float]]:
    """(label, without the job, with the job) per row, euros per month, of the first month (next to its table) or,
    with `first` False, of the month the headline names (the report's table shows that month)."""
    d = dict(_first(d) if first else d, kind=d["kind"])
    out = [(_pick(ROWS["garnished_income"], lang), d["without_job"]["garnished_income"],
            d["with_job"]["garnished_income"]),
           (_pick(PROTECTED.get(d["kind"], PROTECTED["beslag"]), lang), d["without_job"]["beslagvrije_voet"],
            d["with_job"]["beslagvrije_voet"])]
    out += [(_pick(ROWS[k], lang), d["without_job"][k], d["with_job"][k]) for k in TABLE_ROWS]
    return out


def voet_explained(steps: dict, lang: str = "nl") -> str:
    """How the protected amount is made (Rv art. 475da-475dc), with the amounts."""
    parts = [f"95 % × {eur(steps['norm'])} = {eur(steps['base'])}"]
    names = {"zorg": ("zorg", "health care"), "housing": ("wonen", "housing"), "kind": ("kinderen", "children")}
    parts += [f"{_pick(names[k], lang)} {eur(steps[k])}" for k in ("zorg", "housing", "kind") if steps[k] > 0.005]
    text = " + ".join(parts)
    partner = steps.get("partner_reduction", 0.0)
    if is_en(lang):
        text = f"Protected amount: {text}; at most {eur(steps['maximum'])} (Rv art. 475da)"
        if partner > 0.005:
            text += f"; less the partner's income, at most half: {eur(partner)} (art. 475db)"
        if steps["income_cap_applies"]:
            text += f"; at most 95 % of the income: {eur(steps['income_cap'])} (art. 475dc)"
        return text + f" = {eur(steps['beslagvrije_voet'])}."
    text = f"Beslagvrije voet: {text}; ten hoogste {eur(steps['maximum'])} (Rv art. 475da)"
    if partner > 0.005:
        text += f"; min het inkomen van de partner, ten hoogste de helft: {eur(partner)} (art. 475db)"
    if steps["income_cap_applies"]:
        text += f"; ten hoogste 95 % van het inkomen: {eur(steps['income_cap'])} (art. 475dc)"
    return text + f" = {eur(steps['beslagvrije_voet'])}."


def paragraph(d: dict, lang: str = "nl") -> str:
    """One B1 paragraph for the report: what the job means for the debts (the first month, then the headline)."""
    wo, wi = _first(d)["without_job"], _first(d)["with_job"]
    kind = _pick(KIND.get(d["kind"], KIND["beslag"]), lang).lower()
    if is_en(lang):
        return (f"{_pick(KIND[d['kind']], lang)}. Without the job {eur(wo['to_creditors'])} a month goes to your "
                f"creditors, with the job {eur(wi['to_creditors'])}. You keep {eur(wo['household_keeps'])} without "
                f"and {eur(wi['household_keeps'])} with the job. {headline(d, lang)}")
    return (f"U heeft {kind}. Zonder de baan gaat er {eur(wo['to_creditors'])} per maand naar uw schuldeisers, met "
            f"de baan {eur(wi['to_creditors'])}. U houdt zonder de baan {eur(wo['household_keeps'])} over en met de "
            f"baan {eur(wi['household_keeps'])}. {headline(d, lang)}")


def client_paragraph(d: dict, lang: str = "nl") -> str:
    """The debts in the month the headline names, in short sentences (the client's page of the report)."""
    wo, wi = d["without_job"], d["with_job"]
    kind = _pick(KIND.get(d["kind"], KIND["beslag"]), lang).lower()
    faster = d["faster_repayment"]
    if is_en(lang):
        text = (f"You have {kind}. In {month_words(d['month'], 'en')}, without the job {eur(wo['to_creditors'])} a "
                f"month goes to your creditors. With the "
                f"job {eur(wi['to_creditors'])}. You keep {eur(wo['household_keeps'])} without the job and "
                f"{eur(wi['household_keeps'])} with the job.")
        return text + (f" Your debt is paid off {eur(faster)} a month faster." if faster > 0.005 else "")
    text = (f"U heeft {kind}. In {month_words(d['month'])} gaat er zonder de baan {eur(wo['to_creditors'])} per maand "
            "naar uw schuldeisers. Met "
            f"de baan is dat {eur(wi['to_creditors'])}. U houdt zonder de baan {eur(wo['household_keeps'])} over. Met "
            f"de baan {eur(wi['household_keeps'])}.")
    return text + (f" Uw schuld is dan {eur(faster)} per maand sneller afgelost." if faster > 0.005 else "")


def render(result: dict, lang: str = "nl") -> None:
    """Adds `label`, `headline`, `rows`, `explained`, `notes` and `paragraph` to result["debts"] (if any), and
    `gemeente_debts_text` (the debts to the gemeente, if any)."""
    if result.get("gemeente_debts"):
        result["gemeente_debts_text"] = gemeente_lines(result, lang)
    d = result.get("debts")
    if not d:
        return
    d["label"] = _pick(KIND.get(d["kind"], KIND["beslag"]), lang)
    d["headline"] = headline(d, lang)
    d["rows"] = [{"label": label, "without_job": a, "with_job": b} for label, a, b in rows(d, lang)]
    d["explained"] = {k: voet_explained(_first(d)[k]["steps"], lang) for k in ("without_job", "with_job")}
    d["notes"] = [_pick(NOTES[c], lang) for c in d.get("codes", ()) if c in NOTES]
    d["paragraph"] = paragraph(d, lang)


def gemeente_lines(result: dict, lang: str = "nl") -> list[str]:
    """B1 lines for the debts to the gemeente the case makes (a reclaim of bijstand, art. 58), with the repayment."""
    en = is_en(lang)
    out: list[str] = []
    for c in result.get("gemeente_debts") or []:
        job = c.get("with_job")
        span = f"{month_name(c['from'], lang)} {'to' if en else 't/m'} {month_name(c['to'], lang)}"
        out.append(f"Debt to the gemeente{' without the job' if job else ''}: {eur(c['amount'])} bijstand paid too "
                   f"much ({span}, {n_months(c['months'], 'en')}; art. 58)." if en else
                   f"Schuld aan de gemeente{' zonder de baan' if job else ''}: {eur(c['amount'])} te veel betaalde "
                   f"bijstand ({span}, {n_months(c['months'])}; art. 58).")
        if job:
            out.append(_with_job_claim(job, en))
        if c.get("repayment"):
            out += repayment_text(c["repayment"], lang, routes=False)
        if c.get("boete_possible") and job and not job.get("boete_possible"):
            out.append("Without the job a fine can come on top of it; that is not automatic (art. 18a)." if en else
                       "Zonder de baan kan er een boete bij komen; dat gaat niet vanzelf (art. 18a).")
        elif c.get("boete_possible") or (job and job.get("boete_possible")):
            out.append("A fine can come on top of it; that is not automatic (art. 18a)." if en else
                       "Er kan een boete bij komen; dat gaat niet vanzelf (art. 18a).")
    return out


def _with_job_claim(job: dict, en: bool) -> str:
    """The same debt taking the job: only the bijstand paid with the job comes back (art. 58 lid 1)."""
    if job["months"] == 0:
        return ("With the job: no debt to the gemeente; with the job no bijstand is paid in those months." if en else
                "Met de baan: geen schuld aan de gemeente; met de baan is er in die maanden geen bijstand betaald.")
    span = f"{month_name(job['from'], 'en' if en else 'nl')} {'to' if en else 't/m'} " \
           f"{month_name(job['to'], 'en' if en else 'nl')}"
    return (f"With the job: {eur(job['amount'])} bijstand paid too much ({span}, {job['months']} months): only the "
            "bijstand paid with the job (art. 58(1))." if en else
            f"Met de baan: {eur(job['amount'])} te veel betaalde bijstand ({span}, {job['months']} maanden): alleen "
            "de bijstand die met de baan betaald is (art. 58 lid 1).")


def debt_lines(result: dict, lang: str = "nl") -> list[str]:
    """Plain-text block for `werktloont calc` (empty without beslag, arrangement or a debt to the gemeente)."""
    d = result.get("debts")
    gemeente = gemeente_lines(result, lang)
    if not d:
        return ["", title(lang), *(f"- {line}" for line in gemeente)] if gemeente else []
    if "rows" not in d:
        render(result, lang)
    head = ("Without job", "With job") if is_en(lang) else ("Zonder baan", "Met baan")
    month = month_words(_first(d).get("month") or d["month"], lang)
    out = ["", f"{title(lang)}: {d['label']} ({month})", f"{'':<52}{head[0]:>14}{head[1]:>14}"]
    out += [f"{r['label'][:51]:<52}{eur(r['without_job']):>14}{eur(r['with_job']):>14}" for r in d["rows"]]
    out += [d["headline"], d["explained"]["with_job"]]
    out += [f"- {n}" for n in d["notes"]]
    return out + [f"- {line}" for line in gemeente]


def report_parts(result: dict, lang: str = "nl") -> tuple[list[tuple[str, float, float]], list[str], list[str]]:
    """For the report: table rows (to creditors, household keeps), the paragraph, and the fine print."""
    d = result.get("debts")
    if not d:
        return [], [], []
    if "rows" not in d:
        render(result, lang)
    table = [(r["label"], r["without_job"], r["with_job"]) for r in d["rows"][2:]]
    fine = [d["explained"]["without_job"], d["explained"]["with_job"], *d["notes"]]
    return table, [d["paragraph"]], list(dict.fromkeys(fine))


def table_head(lang: str = "nl") -> tuple[str, str]:
    """The window's columns: the first month of the job, as the breakdown table (with any temporary vrijlating)."""
    return ("Without job", "With job, month 1") if is_en(lang) else ("Zonder baan", "Met baan, 1e maand")


def title(lang: str = "nl") -> str:
    """The heading of the window's region and the CLI block."""
    return "Debts" if is_en(lang) else "Schulden"
