"""Sentences about a whole result: the verdict, the wage used, the asset test (CLI, report)."""

from __future__ import annotations

from werktloont import fmt
from werktloont.months import month_of, months_between
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
    return months_between(month_of(phase["from"]), month_of(phase["to"])) + 1


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
    """The answer's headline as one sentence: a permanent job's lasting gain (with what the first months bring),
    a temporary contract's gain while it lasts (its average when its months differ), how long, and what follows.
    "Blijvend" only for a lasting gain; a total over the projection that is negative is said too."""
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
        text = _temporary(result, head, euros, more, en)
    if head.get("stay_without_bijstand"):
        what = _assets_word(result, en)
        text += (f" Without this job you get no bijstand either while {what} counts." if en else
                 f" Zonder deze baan krijgt u ook geen bijstand zolang {what} meetelt.")
    text += _negative_total(head, en) + _after_debts(result, en)
    return whose_job(text, result, lang)


def after_debts_sentences(result: dict, lang: str = "nl") -> list[str]:
    """The report's short B1 sentences for the same fact as _after_debts."""
    d = result.get("debts")
    if not d or d.get("faster_repayment", 0.0) < 0.5:
        return []
    en = lang_of(lang) == "en"
    keeps, faster = fmt.eur(d["gain_household"], 0), fmt.eur(d["faster_repayment"], 0)
    by = ("the garnishment" if d["kind"] == "beslag" else "the debt arrangement") if en else (
        "het beslag" if d["kind"] == "beslag" else "de schuldregeling")
    if en:
        return [f"Because of {by}, {faster} a month of it goes to your creditors.",
                f"You keep {keeps} a month more yourself. Your debt is paid off faster."]
    return [f"Door {by} gaat daarvan {faster} per maand naar uw schuldeisers.",
            f"U houdt zelf {keeps} per maand meer over. Uw schuld is wel sneller afgelost."]


def _after_debts(result: dict, en: bool) -> str:
    """With beslag or a debt arrangement, the gain above is before it: say what the household itself keeps of it in
    the month the headline names, and that the rest pays the debt off faster."""
    d = result.get("debts")
    if not d or d.get("faster_repayment", 0.0) < 0.5:
        return ""
    keeps, faster = d["gain_household"], d["faster_repayment"]
    by = ("the garnishment" if d["kind"] == "beslag" else "the debt arrangement") if en else (
        "het beslag" if d["kind"] == "beslag" else "de schuldregeling")
    if en:
        return (f" Because of {by}, {fmt.eur(faster, 0)} a month of it goes to your creditors: you keep "
                f"{fmt.eur(keeps, 0)} a month more yourself, and your debt is paid off faster.")
    return (f" Door {by} gaat daarvan {fmt.eur(faster, 0)} per maand naar uw schuldeisers: u houdt zelf "
            f"{fmt.eur(keeps, 0)} per maand meer over, en uw schuld is sneller afgelost.")


def _temporary(result: dict, head: dict, euros: str, more: str, en: bool) -> str:
    months = head.get("months")
    still = (" more" if en else "nog ") if head.get("already_running") else ""
    span = (f", for {n_months(months, 'en')}{still}" if en else f", {still}{n_months(months)} lang") \
        if months else ""
    avg = (" on average" if en else " gemiddeld") if head.get("average") else ""
    if round(head["amount"]) == 0:
        text = "With this job you have about the same to spend" if en else \
            "Met deze baan heeft u ongeveer evenveel te besteden"
    else:
        text = (f"With this job you have{avg} {euros} a month {more} to spend" if en else
                f"Met deze baan heeft u{avg} {euros} per maand {more} te besteden")
    text += span
    if head.get("then"):
        text += ("; then " if en else "; daarna ") + _then_words(result, head["then"], en)
    return text + "."


def _negative_total(head: dict, en: bool) -> str:
    """The months from the job's start to the end of the projection added up, when that is a loss the headline's
    monthly amount does not show (a good contract followed by months without any income, say)."""
    total = head.get("total")
    if total is None or total > -0.5 or head["amount"] < 0:
        return ""
    lang = "en" if en else "nl"
    n, to = n_months(head["total_months"], lang), dates.month_words(head["total_to"], lang)
    if en:
        return f" Over all {n} up to {to} together you have {fmt.eur(-total, 0)} less than without the job."
    return f" Over alle {n} tot en met {to} samen heeft u {fmt.eur(-total, 0)} minder dan zonder de baan."


# What the first months of a permanent job are, said in brackets after their amount.
FIRST_MONTHS_TAG = {
    "vrijlating": ("inkomstenvrijlating", "earnings disregard"),
    "assets_without_job": ("zonder de baan leeft u dan van uw spaargeld", "without the job you would live on your "
                           "savings then"),
    "assets_above_limit": ("geen bijstand naast het loon: vermogen boven de grens", "no bijstand next to the wage: "
                           "assets above the limit"),
}


FIRST_MONTHS_MIN = 10.0  # euros a month: a smaller difference in the first months is not worth a headline clause


def first_months(result: dict) -> dict | None:
    """A permanent job whose first months differ from its lasting gain: {"months", "amount" (the first phase's gain
    a month), "tag" (a FIRST_MONTHS_TAG key or None), "varies_until" (the lasting phase's first month when more
    phases come between, else None)}; None when the lasting gain holds from the start."""
    head = result.get("headline") or {}
    phases = result.get("gain_phases") or []
    if head.get("kind") != "permanent" or head.get("phase") is None or not phases:
        return None
    earlier = [phases[j] for j in head.get("earlier") or []] or [
        p for p in phases[:head["phase"]] if p["reason"] != "before_job"]
    if not earlier:
        return None
    first = earlier[0]
    lasting = phases[head["phase"]]["gain_per_month"]
    if abs(first["gain_per_month"] - lasting) < max(FIRST_MONTHS_MIN, 0.05 * abs(lasting)) and len(earlier) == 1:
        return None  # a few euros (a norm indexed in July): the phase list shows it, the headline need not
    reason = first["reason"]
    tag = "vrijlating" if reason in TEMPORARY_REASONS else reason if reason in FIRST_MONTHS_TAG else None
    return {"months": first.get("months") or _months(first), "amount": first["gain_per_month"], "tag": tag,
            "varies_until": phases[head["phase"]]["from"] if len(earlier) > 1 else None}


def first_months_words(first: dict, en: bool) -> str:
    """"de eerste 6 maanden € 285 per maand meer (inkomstenvrijlating), daarna wisselend tot januari 2028"."""
    n, amount = first["months"], first["amount"]
    span = (("the first month" if n == 1 else f"the first {n} months") if n else "at first") if en else (
        ("de eerste maand" if n == 1 else f"de eerste {n} maanden") if n else "eerst")
    more = ("more" if amount >= 0 else "less") if en else ("meer" if amount >= 0 else "minder")
    text = (f"{span} {fmt.eur(abs(amount), 0)} a month {more}" if en else
            f"{span} {fmt.eur(abs(amount), 0)} per maand {more}")
    if first["tag"]:
        text += f" ({word(FIRST_MONTHS_TAG, first['tag'], 'en' if en else 'nl')})"
    if first["varies_until"]:
        until = dates.month_words(first["varies_until"], "en" if en else "nl")
        text += f", then varying until {until}" if en else f", daarna wisselend tot {until}"
    return text


def first_months_sentences(first: dict, en: bool) -> list[str]:
    """The report's full sentences: "De eerste 6 maanden heeft u € 285 per maand meer (inkomstenvrijlating)."."""
    n, amount = first["months"], first["amount"]
    more = ("more" if amount >= 0 else "less") if en else ("meer" if amount >= 0 else "minder")
    tag = f" ({word(FIRST_MONTHS_TAG, first['tag'], 'en' if en else 'nl')})" if first["tag"] else ""
    if en:
        span = ("In the first month" if n == 1 else f"In the first {n} months") if n else "At first"
        out = [f"{span} you have {fmt.eur(abs(amount), 0)} a month {more}{tag}."]
    else:
        span = ("De eerste maand" if n == 1 else f"De eerste {n} maanden") if n else "Eerst"
        out = [f"{span} heeft u {fmt.eur(abs(amount), 0)} per maand {more}{tag}."]
    if first["varies_until"]:
        until = dates.month_words(first["varies_until"], "en" if en else "nl")
        out.append(f"After that the amount varies until {until}." if en else
                   f"Daarna wisselt het bedrag tot {until}.")
    return out


def negative_total(head: dict, lang: str = "nl") -> str | None:
    """The sentence about a loss over the whole projection (see _negative_total), or None."""
    text = _negative_total(head, lang_of(lang) == "en").strip()
    return text or None


def _permanent(result: dict, head: dict, euros: str, more: str, en: bool) -> str:
    lasting = head["amount"]
    base = (("With this job you have about the same to spend, lastingly" if round(lasting) == 0 else
             f"With this job you have {euros} a month {more} to spend, lastingly") if en else
            ("Met deze baan heeft u blijvend ongeveer evenveel te besteden" if round(lasting) == 0 else
             f"Met deze baan heeft u blijvend {euros} per maand {more} te besteden"))
    first = first_months(result)
    if first is None:
        return base + "."
    return f"{base}; {first_months_words(first, en)}."


TEMPORARY_REASONS = ("vrijlating_n", "vrijlating_r", "vrijlating_34a", "existing_vrijlating")


def detail(result: dict, lang: str = "nl") -> str:
    """The line under the headline: the first month's amounts, said to be the first month when the headline names
    another month (so the two amounts on screen are never confused)."""
    en = lang_of(lang) == "en"
    wo, wi = fmt.eur(result["without_job"]["disposable"], 0), fmt.eur(result["with_job"]["disposable"], 0)
    month = dates.month_words(result.get("first_month") or result["parameters"]["period"][:7],
                              "en" if en else "nl")
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
