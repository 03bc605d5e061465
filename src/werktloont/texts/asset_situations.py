"""Words for an asset event per situation (B1 Dutch and English): the reclaim, boete and repayment staying on
bijstand and taking the job (Participatiewet art. 58 lid 1: only bijstand that was paid comes back), and a change
after the months of the calculation. The engine gives codes and numbers (werktloont.engine.assets)."""

from __future__ import annotations

from werktloont.fmt import eur
from werktloont.texts.boete import month_name
from werktloont.texts.components import is_en, pick
from werktloont.texts.dates import n_months

THING = {"gift": ("een gift", "a gift"), "erfenis": ("een erfenis", "an inheritance"),
         "spaargeld": ("spaargeld", "savings"), "overig": ("iets van waarde", "something of value")}


def cite_ref(ref: str, cite: bool) -> str:
    """" (art. 17)" after a sentence, or nothing on the client's own pages of the report."""
    return f" ({ref})" if cite else ""


def beyond_line(e: dict, en: bool) -> str:
    """A change after the projection's last month: named, not in the months."""
    m, last = month_name(e["month"], "en" if en else "nl"), month_name(e.get("projection_end"), "en" if en else "nl")
    return (f"From {m}: after the last month of this calculation ({last}), so not in the months shown. Choose a "
            "longer period (up to 60 months) to include it." if en else
            f"Vanaf {m}: na de laatste maand van deze berekening ({last}), dus niet meegerekend in de maanden. Kies "
            "een langere periode (tot 60 maanden) om het mee te rekenen.")


def beyond_client(events: list[dict], lang: str, cite: bool) -> list[str]:
    """B1: what comes after the months of the calculation; report it then."""
    en = is_en(lang)
    out = []
    for e in events:
        car = ("een auto", "a car") if e["value"] > 0 else ("de auto", "the car")
        thing = pick(car, lang) if e["kind"] == "auto" else pick(THING.get(e["kind"], THING["overig"]), lang)
        m, last = month_name(e["month"], lang), month_name(e.get("projection_end"), lang)
        if e["value"] > 0:
            what = f"In {m} you get {thing}." if en else f"In {m} krijgt u {thing}."
        else:
            what = f"In {m} {thing} leaves your household." if en else f"In {m} gaat {thing} weg uit uw huishouden."
        out.append(f"{what} That is after this calculation (up to {last}). Tell the gemeente at once when it "
                   f"happens{cite_ref('art. 17', cite)}." if en else
                   f"{what} Dat is na deze berekening (tot en met {last}). Meld het meteen bij de gemeente als het "
                   f"zover is{cite_ref('art. 17', cite)}.")
    return out


def job_clause(job: dict | None, en: bool) -> str:
    """Taking the job: only the bijstand paid in those months comes back (art. 58 lid 1), with its boete range."""
    if job is None:
        return ""
    if job["months_overpaid"] == 0:
        return (". With the job: no bijstand in those months, nothing to pay back, no fine" if en else
                ". Met de baan: in die maanden geen bijstand, niets terugbetalen, geen boete")
    boete = job.get("boete") or {}
    fine_en = f", a fine of at most {eur(boete['max'])}" if boete.get("max") else ""
    fine_nl = f", een boete van ten hoogste {eur(boete['max'])}" if boete.get("max") else ""
    n = job["months_overpaid"]
    return (f". With the job: {n_months(n, 'en')} with bijstand, pay back {eur(job['reclaim_net'])} "
            f"(only the bijstand paid with the job, art. 58(1)){fine_en}" if en else
            f". Met de baan: {n_months(n)} met bijstand, terugbetalen {eur(job['reclaim_net'])} "
            f"(alleen de bijstand die met de baan betaald is, art. 58 lid 1){fine_nl}")


def job_claim_client(ev: dict, lang: str, cite: bool) -> list[str]:
    """B1: taking the job, what comes back (only the bijstand the client gets with the job) and the boete."""
    job = ev.get("with_job")
    if job is None:
        return []
    en = is_en(lang)
    if job["months_overpaid"] == 0:
        return ["Do you take the job? Then you get no bijstand in those months. You pay nothing back and get no "
                "fine." if en else
                "Neemt u de baan? Dan krijgt u in die maanden geen bijstand. U betaalt dan niets terug en krijgt "
                "geen boete."]
    n = job["months_overpaid"]
    return [f"Do you take the job? Then you pay back {eur(job['reclaim_net'])} over {n_months(n, 'en')}: "
            f"only the bijstand you get with the job{cite_ref('art. 58', cite)}." if en else
            f"Neemt u de baan? Dan betaalt u {eur(job['reclaim_net'])} terug over {n_months(n)}: "
            f"alleen de bijstand die u met de baan krijgt{cite_ref('art. 58', cite)}."]


def job_boete(ev: dict, lang: str) -> list[str]:
    """The boete taking the job: on its own, smaller benadelingsbedrag (Boetebesluit art. 2)."""
    boete = (ev.get("with_job") or {}).get("boete") or {}
    if not boete.get("max"):
        return []
    return [f"With the job the fine is at most {eur(boete['max'])}, likely {eur(boete['waarschijnlijk_bedrag'])}."
            if is_en(lang) else
            f"Met de baan is de boete ten hoogste {eur(boete['max'])}, waarschijnlijk "
            f"{eur(boete['waarschijnlijk_bedrag'])}."]
