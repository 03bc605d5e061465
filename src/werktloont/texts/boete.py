"""Words for the boete and the repayment of an asset event (Participatiewet art. 18a, 58, 60; Boetebesluit
socialezekerheidswetten art. 2, 2a, 2aa): possible, not automatic; what it depends on; the client's own route. B1
Dutch and English; the engine gives codes and amounts (rules/participatiewet/boete.py, terugvordering.py)."""

from __future__ import annotations

from werktloont.fmt import eur
from werktloont.texts.components import is_en, pick
from werktloont.texts.dates import month_words, n_months


def _t(pair: tuple[str, str], lang: str) -> str:
    return pick(pair, lang)


def month_name(label: str | None, lang: str = "nl") -> str:
    return month_words(label, lang) if label else "-"


GRADE = {"opzet": ("met opzet: het hele bedrag", "intent: the whole amount"),
         "grove_schuld": ("grove schuld: driekwart", "gross negligence: three quarters"),
         "normaal": ("geen opzet of grove schuld: de helft", "no intent or gross negligence: half"),
         "verminderd": ("minder verwijtbaar: een kwart", "reduced blame: a quarter")}
REDEN = {"licht_verstandelijke_beperking": ("uw licht verstandelijke beperking", "your mild intellectual disability"),
         "psychische_problemen": ("uw psychische problemen", "your mental health problems"),
         "ontwrichtende_omstandigheden": ("zware gebeurtenissen in uw leven", "very hard events in your life"),
         "mede_gemeente": ("een fout van de gemeente", "a mistake of the gemeente"),
         "samenloop": ("meerdere dingen samen", "several things together"),
         "zelf_gemeld": ("dat u het zelf meldde", "that you reported it yourself")}


def boete_summary(b: dict, lang: str = "nl") -> str:
    """One clause for an event line: the boete is possible, not automatic; the likely grade and the range."""
    en = is_en(lang)
    likely = _t(GRADE.get(b["waarschijnlijk"], ("", "")), lang) if b["waarschijnlijk"] != "geen" else ""
    if en:
        text = (f"the gemeente can give a fine (art. 18a), likely {eur(b['waarschijnlijk_bedrag'])}"
                f"{f' ({likely})' if likely else ''}")
        if b["max"] > b["waarschijnlijk_bedrag"] + 0.005:
            text += f", at most {eur(b['max'])}"
        if b["geen_boete_mogelijk"]:
            text += "; no fine without blame"
        if b["waarschuwing"]["mogelijk"]:
            text += "; a written warning instead is possible (art. 18a(4))"
        return text
    text = (f"de gemeente kan een boete geven (art. 18a), waarschijnlijk {eur(b['waarschijnlijk_bedrag'])}"
            f"{f' ({likely})' if likely else ''}")
    if b["max"] > b["waarschijnlijk_bedrag"] + 0.005:
        text += f", ten hoogste {eur(b['max'])}"
    if b["geen_boete_mogelijk"]:
        text += "; zonder verwijt geen boete"
    if b["waarschuwing"]["mogelijk"]:
        text += "; een schriftelijke waarschuwing in plaats van een boete kan (art. 18a lid 4)"
    return text


def _boete_amount_lines(b: dict, lang: str) -> list[str]:
    en = is_en(lang)
    grades = {g["grade"]: g for g in b["grades"]}
    out = []
    reasons = [r for r in b["redenen"] if r != "zelf_gemeld"] + [r for r in b["redenen"] if r == "zelf_gemeld"]
    if b["waarschijnlijk"] == "verminderd" and reasons:
        why = " en ".join(_t(REDEN[r], lang) for r in reasons) if not en else \
            " and ".join(_t(REDEN[r], lang) for r in reasons)
        out.append(f"Because of {why}, you are less to blame (Boetebesluit art. 2a(2)). Then the fine is usually a "
                   f"quarter: {eur(grades['verminderd']['netto'])}." if en else
                   f"Door {why} valt het u minder te verwijten (Boetebesluit art. 2a lid 2). Dan is de boete meestal "
                   f"een kwart: {eur(grades['verminderd']['netto'])}.")
    elif b["waarschijnlijk"] == "normaal":
        out.append(f"Without intent the fine is half: {eur(grades['normaal']['netto'])}. Are you less to blame, for "
                   f"example because of a disability or very hard events? Then a quarter: "
                   f"{eur(grades['verminderd']['netto'])}." if en else
                   f"Zonder opzet is de boete de helft: {eur(grades['normaal']['netto'])}. Valt het u minder te "
                   f"verwijten, bijvoorbeeld door een beperking of zware gebeurtenissen? Dan een kwart: "
                   f"{eur(grades['verminderd']['netto'])}.")
    if b["verwijtbaarheid"] is None and b["max"] > 0:
        out.append(f"Only if the gemeente proves that you did it on purpose, it is the whole amount: {eur(b['max'])}."
                   if en else f"Alleen als de gemeente bewijst dat u het expres deed, is het het hele bedrag: "
                   f"{eur(b['max'])}.")
    return out


def _boete_route_lines(e: dict, b: dict, lang: str) -> list[str]:
    en = is_en(lang)
    out = []
    if not e.get("reported_self") and not e.get("already_found"):
        out.append("Report it now yourself, before the gemeente finds it. Then you are less to blame, and within 60 "
                   "days a warning can be enough (Boetebesluit art. 2a and 2aa)." if en else
                   "Meld het nu zelf, voordat de gemeente het ontdekt. Dan valt het u minder te verwijten, en binnen "
                   "60 dagen kan een waarschuwing genoeg zijn (Boetebesluit art. 2a en 2aa).")
    out.append("Ask for a lower fine or no fine. Tell what was going on and show it with papers. For urgent reasons "
               "the gemeente can drop the fine and the reclaim (art. 18a(7), art. 58(8))." if en else
               "Vraag om een lagere boete of geen boete. Vertel wat er speelde en laat het zien met papieren. Bij "
               "dringende redenen kan de gemeente afzien van de boete en van terugbetalen (art. 18a lid 7, art. 58 "
               "lid 8).")
    out.append("Ask for help: the gemeente's debt help (schuldhulp), a legal advice desk (juridisch loket, sociaal "
               "raadslieden), or someone you trust." if en else
               "Vraag hulp: bij de schuldhulp van de gemeente, bij het juridisch loket of de sociaal raadslieden, of "
               "bij iemand die u vertrouwt.")
    return out


def boete_client_text(e: dict, lang: str = "nl") -> list[str]:
    """B1 sentences about the boete of one event: possible, not automatic; what it depends on; the client's route."""
    b = e.get("boete")
    if not b:
        return []
    en = is_en(lang)
    gross = b["benadelingsbedrag"]["bruto"]
    gross_nl = f", bruto {eur(gross)}" if gross else ""
    gross_en = f", gross {eur(gross)}" if gross else ""
    out = [f"The gemeente can give a fine. It does not come automatically. How high depends on how much you got "
           f"too much ({eur(b['benadelingsbedrag']['netto'])}{gross_en}), how much you are to blame, whether you "
           f"reported it yourself, whether you had a warning or a fine before, and what you can pay (art. 18a)."
           if en else
           f"De gemeente kan een boete geven. Dat gaat niet vanzelf. Hoe hoog hangt af van hoeveel u te veel kreeg "
           f"({eur(b['benadelingsbedrag']['netto'])}{gross_nl}), hoeveel het u te verwijten valt, of u het zelf "
           f"meldde, of u eerder een waarschuwing of boete kreeg, en wat u kunt betalen (art. 18a)."]
    out += _boete_amount_lines(b, lang)
    if b["geen_boete_mogelijk"]:
        out.append("Did you really not know that you had to report this, and could you not have known? Then there is "
                   "no fine (art. 17(1): only what you can reasonably know)." if en else
                   "Wist u echt niet dat u dit moest melden, en kon u dat ook niet weten? Dan hoort er geen boete bij "
                   "(art. 17 lid 1: alleen wat u redelijkerwijs kunt weten).")
    warn = b["waarschuwing"]
    if warn["mogelijk"]:
        out.append("A written warning instead of a fine is possible (art. 18a(4))." if en else
                   "Een schriftelijke waarschuwing in plaats van een boete kan (art. 18a lid 4).")
    elif warn["uitgesloten_door"]:
        out.append("You had a warning in the last two years: a warning is not possible now (art. 18a(4))." if en else
                   "U kreeg in de afgelopen twee jaar al een waarschuwing: een waarschuwing kan nu niet "
                   "(art. 18a lid 4).")
    dk = b.get("draagkracht") or {}
    if dk.get("gematigd") is not None and dk["gematigd"] < b["waarschijnlijk_bedrag"] - 0.005:
        out.append(f"A fine must be payable. With bijstand, judges took about {n_months(dk['maanden'], 'en')} of "
                   f"{dk['percentage_norm']} % of the bijstand: about {eur(dk['gematigd'])} (CRvB 2016)." if en else
                   f"U moet een boete kunnen betalen. Bij bijstand ging de rechter uit van ongeveer "
                   f"{n_months(dk['maanden'])} van {dk['percentage_norm']} % van de bijstand: ongeveer "
                   f"{eur(dk['gematigd'])} (CRvB 2016).")
    out.append("What can you do yourself?" if en else "Wat kunt u zelf doen?")
    return out + _boete_route_lines(e, b, lang)


def boete_short(e: dict, lang: str = "nl") -> list[str]:
    """The boete in a few B1 sentences without articles (the client's pages of the report; the klantmanager's page
    has boete_client_text)."""
    if not e.get("boete"):
        return []
    if is_en(lang):
        out = ["The gemeente can also give a fine. That does not happen automatically."]
        if not e.get("reported_self") and not e.get("already_found"):
            out.append("Report it now yourself, before the gemeente finds it. Then you are less to blame.")
        return out + ["Ask for a lower fine or no fine. Tell what was going on and show it with papers.",
                      "Ask for help: the gemeente's debt help, the juridisch loket, or someone you trust."]
    out = ["De gemeente kan ook een boete geven. Dat gaat niet vanzelf."]
    if not e.get("reported_self") and not e.get("already_found"):
        out.append("Meld het nu zelf, voordat de gemeente het ontdekt. Dan valt het u minder te verwijten.")
    return out + ["Vraag om een lagere boete of geen boete. Vertel wat er speelde en laat het zien met papieren.",
                  "Vraag hulp: bij de schuldhulp van de gemeente, het juridisch loket, of iemand die u vertrouwt."]


def repayment_text(r: dict, lang: str = "nl", routes: bool = True) -> list[str]:
    """B1 sentences for paying back a reclaim (rules.participatiewet.terugvordering.aflossing); with the month it
    starts and, when the result has it, the same with the job (`with_job`); `routes`: the ways to pay less."""
    out = _repayment_core(r, lang, without_job="with_job" in r)
    job = r.get("with_job")
    if job:
        out += _repayment_with_job(r, job, lang)
    return out + (_repayment_routes(r, lang) if routes else [])


def _repayment_with_job(r: dict, job: dict, lang: str) -> list[str]:
    """Taking the job: its own claim (only the bijstand the job scenario was paid, art. 58 lid 1) and how it is paid
    back from that situation's income (from the bijstand while there is some, else from the wage)."""
    en = is_en(lang)
    other_claim = job.get("claim") is not None and r.get("claim") is not None and abs(job["claim"] - r["claim"]) > 0.005
    if not other_claim and abs(job["per_month"] - r["per_month"]) <= 0.005:
        return []
    claim_en = f" ({eur(job['claim'])} to pay back)" if other_claim else ""
    claim_nl = f" ({eur(job['claim'])} terugbetalen)" if other_claim else ""
    if job["per_month"] <= 0:
        return [f"With the job{claim_en} nothing is left above the protected amount." if en else
                f"Met de baan{claim_nl} blijft er niets over boven de beslagvrije voet."]
    source = {"verrekening": ("uw bijstand", "your bijstand"), "beslag": ("uw loon", "your wage")}.get(
        job["rule"], ("uw inkomen", "your income"))
    return [f"With the job{claim_en}: {eur(job['per_month'])} a month from {source[1]}, "
            f"{n_months(job['months'], 'en')} (as long as you have this income)." if en else
            f"Met de baan{claim_nl}: {eur(job['per_month'])} per maand van {source[0]}, {n_months(job['months'])} "
            f"(zolang u dit inkomen heeft)."]


def _repayment_core(r: dict, lang: str, without_job: bool = False) -> list[str]:
    """Paying back staying on bijstand (`without_job`: said so, next to the line for taking the job)."""
    en = is_en(lang)
    out = []
    if r["per_month"] <= 0:
        lead_en = "Without the job, above" if without_job else "Above"
        lead_nl = "Zonder de baan blijft boven de beslagvrije voet niets over" if without_job else \
            "Boven de beslagvrije voet blijft niets over"
        out.append(f"{lead_en} the protected amount (beslagvrije voet) nothing is left: the gemeente cannot take "
                   "anything now. After ten years it can drop the claim (art. 58(7))." if en else
                   f"{lead_nl}: de gemeente kan nu niets halen. Na tien jaar kan zij de vordering laten vallen (art. "
                   "58 lid 7).")
    else:
        how = {"verrekening": ("van uw bijstand", "from your bijstand"),
               "beslag": ("van uw loon of uitkering", "from your wage or benefit"),
               "afspraak": ("zoals afgesproken met de gemeente", "as agreed with the gemeente")}[r["rule"]]
        start = f" (from {month_name(r['month'], 'en')})" if en and r.get("month") else \
            f" (vanaf {month_name(r['month'])})" if r.get("month") else ""
        start = ((" without the job" if en else " zonder de baan") if without_job else "") + start
        out.append(f"Paying back{start}: the gemeente takes it {_t(how, lang)}, only above the protected amount: "
                   f"{eur(r['per_month'])} a month (art. 60). That takes {n_months(r['months'], 'en')}." if en else
                   f"Terugbetalen{start}: de gemeente haalt het {_t(how, lang)}, alleen boven de beslagvrije voet: "
                   f"{eur(r['per_month'])} per maand (art. 60). Dat duurt {n_months(r['months'])}.")
        if r["longer_than_limit"]:
            out.append(f"After ten years of paying, the gemeente can drop the rest ({eur(r['rest_after_limit'])}, "
                       f"art. 58(7))." if en else
                       f"Na tien jaar betalen kan de gemeente de rest laten vallen ({eur(r['rest_after_limit'])}, "
                       f"art. 58 lid 7).")
    return out


def _repayment_routes(r: dict, lang: str) -> list[str]:
    en = is_en(lang)
    out = []
    out.append(f"If you pay half at once ({eur(r['afkoop_bedrag'])}), the gemeente can drop the rest (art. 58(7)(d))."
               if en else f"Betaalt u de helft in één keer ({eur(r['afkoop_bedrag'])}), dan kan de gemeente de rest "
               f"laten vallen (art. 58 lid 7 d).")
    out.append("For urgent reasons the gemeente can drop all or part of the reclaim (art. 58(8)). The gemeente's debt "
               "help can make a plan; after intent or gross negligence with a fine the claim is not written off "
               "(art. 60c)." if en else
               "Bij dringende redenen kan de gemeente (een deel) niet terugvorderen (art. 58 lid 8). De schuldhulp "
               "van de gemeente kan een regeling maken; na opzet of grove schuld met een boete wordt de vordering "
               "niet kwijtgescholden (art. 60c).")
    return out
