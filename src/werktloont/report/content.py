"""What the client takes home: the report's content as plain data (no Qt), in Dutch at B1 level or in English."""

from __future__ import annotations

from dataclasses import dataclass, field

from werktloont import __version__, fmt
from werktloont.cli.engine_cmd import LABELS, job_lines, verdict
from werktloont.engine.calculate import calculate
from werktloont.engine.curve import curve
from werktloont.model.case import Case, parse_case
from werktloont.params import load_pack

NOT_MODELLED = {
    "nl": ["werken als zelfstandige (zzp)", "een eigen inkomen van de partner (alleen of de partner werkt)",
           "WIA of een andere uitkering naast de baan", "bijzondere bijstand en schulden",
           "afspraken die alleen uw gemeente kan maken"],
    "en": ["self-employment", "a partner's own income (only whether the partner works)",
           "WIA or another benefit next to the job", "special assistance and debts",
           "arrangements only your municipality can make"],
}


@dataclass
class Report:
    lang: str
    title: str
    subtitle: str
    warnings: list[str]
    verdict: str
    reason: str | None
    table_head: tuple[str, str, str, str]
    table: list[tuple[str, str, str, str]]
    job: list[str]
    assets: list[str]
    timeline_head: tuple[str, ...] = ()
    timeline: list[tuple[str, ...]] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    note: str | None = None
    footer: list[str] = field(default_factory=list)
    chart: dict | None = None  # hours, disposable, baseline, chosen hours/disposable (for the picture)
    texts: dict[str, str] = field(default_factory=dict)

    def all_text(self) -> str:
        """Every sentence of the report (for tests and for a plain-text fallback)."""
        rows = [" ".join(r) for r in self.table] + [" ".join(r) for r in self.timeline]
        parts = [self.title, self.subtitle, *self.warnings, self.verdict, self.reason or "", *rows, *self.job,
                 *self.assets, *self.steps, self.note or "", *self.footer]
        return "\n".join(p for p in parts if p)


def _signed(x: float) -> str:
    return ("+" if x > 0.004 else "") + fmt.eur(x) if abs(x) > 0.004 else "–"


def default_steps(case: Case, result: dict, lang: str) -> list[str]:
    """The things to arrange when the client takes the job (from the timeline when it gives them)."""
    for key in ("actions", "steps", "to_arrange"):
        if result.get(key):
            return [a if isinstance(a, str) else a.get("text", "") for a in result[key]]
    nl = lang != "en"
    steps = [("Meld de baan bij de gemeente, vóór de eerste werkdag." if nl else
              "Tell the municipality about the job before the first working day."),
             ("Geef uw nieuwe inkomen door aan Dienst Toeslagen (toeslagen.nl), dan krijgt u later niets terug "
              "te betalen." if nl else
              "Report your new income to Dienst Toeslagen (toeslagen.nl), so you will not have to pay back later.")]
    if case.job is not None and case.job.contract_months:
        steps.append("Vraag WW aan bij UWV zodra u weet dat uw contract stopt; vraag anders meteen opnieuw "
                     "bijstand aan bij de gemeente." if nl else
                     "Apply for WW at UWV as soon as you know the contract ends; otherwise apply for bijstand "
                     "again at once.")
    return steps


def build_report(data, lang: str = "nl", anonymous: bool = False, pack=None) -> Report:
    """The report for one case. `anonymous`: no name and no note; the amounts stay the same."""
    case = data if isinstance(data, Case) else parse_case(data)
    pack = pack or load_pack()
    nl = lang != "en"
    result = calculate(case, lang=lang, pack=pack)
    labels = LABELS["nl" if nl else "en"]
    at = result["asset_test"]

    warnings = []
    if not at["eligible"]:
        warnings.append(
            f"Let op: uw vermogen ({fmt.eur(at['counted'])}) is hoger dan de grens ({fmt.eur(at['limit'])}). "
            "Daarom krijgt u nu geen bijstand." if nl else
            f"Note: your assets ({fmt.eur(at['counted'])}) are above the limit ({fmt.eur(at['limit'])}), so you "
            "get no bijstand now.")

    reason = None
    chart = None
    if case.job is not None and case.job.hours_per_week > 0:
        c = curve(case, over="hours", start=0.0, stop=40.0, step=0.5, pack=pack)
        hours = case.job.hours_per_week
        for r in c["ranges"]:
            if r["kind"] == "cliff" and r["from"] < hours <= r["to"] + 1e-9:
                reason = r["text"] if nl else "Earning more here leaves you worse off."
        chart = {"hours": c["x"], "disposable": c["disposable"], "baseline": c["baseline"]["disposable"],
                 "chosen_hours": hours, "chosen": result["with_job"]["disposable"],
                 "cliffs": [(r["from"], r["to"]) for r in c["ranges"] if r["kind"] == "cliff"]}

    head = ("Per maand", "Zonder baan", "Met baan", "Verschil") if nl else \
        ("Per month", "Without job", "With job", "Difference")
    table = []
    for key, label in labels.items():
        a, b = result["without_job"][key], result["with_job"][key]
        table.append((label, fmt.eur(a), fmt.eur(b), _signed(b - a)))

    assets = [
        (f"Uw vermogen volgens de bijstandsregels: {fmt.eur(at['counted'])}. De grens is {fmt.eur(at['limit'])}. "
         + ("U blijft onder de grens." if at["eligible"] else
            f"U zit {fmt.eur(at['excess'])} boven de grens (ongeveer {fmt.number_nl(at['months_of_norm'], 1)} "
            "maanden bijstand).")) if nl else
        (f"Your assets under the bijstand rules: {fmt.eur(at['counted'])}. The limit is {fmt.eur(at['limit'])}. "
         + ("You are below the limit." if at["eligible"] else
            f"You are {fmt.eur(at['excess'])} above it (about {at['months_of_norm']:.1f} months of bijstand)."))]
    if case.assets.car_value > 0:
        assets.append(
            ("Uw auto telt mee voor het vermogen." if not case.assets.car_needed else
             "Uw auto telt niet mee, omdat u hem nodig heeft voor werk of door een handicap.") if nl else
            ("Your car counts as an asset." if not case.assets.car_needed else
             "Your car does not count: you need it for work or because of a disability."))

    timeline_head: tuple[str, ...] = ()
    timeline_rows: list[tuple[str, ...]] = []
    if result.get("timeline") and case.job is not None and case.job.contract_months:
        timeline_head = ("Maanden", "Situatie", "Te besteden per maand", "Totaal erbij") if nl else \
            ("Months", "Situation", "Per month", "Total gain")
        timeline_rows = timeline_summary(result["timeline"], nl)

    params = result["parameters"]
    footer = [
        (f"Berekend met werktloont {__version__}, normen van {params['period']} (parameterpakket {params['pack']})."
         if nl else
         f"Computed with werktloont {__version__}, rules of {params['period']} (parameter pack {params['pack']})."),
        ("Dit is een indicatie, geen beschikking. Aan deze berekening kunt u geen rechten ontlenen." if nl else
         "This is an indication, not a decision. No rights can be derived from it."),
        ("Niet meegerekend: " if nl else "Not included: ") + ", ".join(NOT_MODELLED["nl" if nl else "en"]) + ".",
    ]
    if case.municipality and pack.overlays.get(case.municipality) is not None \
            and getattr(pack.overlays[case.municipality], "example", False):
        footer.append("De gemeentelijke regelingen zijn een verzonnen voorbeeld, geen echte regeling." if nl else
                      "The municipal schemes are a made-up example, not a real scheme.")

    title = "Wat levert deze baan u op?" if nl else "What does this job bring you?"
    who = None if anonymous else case.client
    subtitle = ((f"Voor {who}, " if who else "") + f"berekening van {fmt_date(case.date, nl)}") if nl else \
        ((f"For {who}, " if who else "") + f"calculation for {case.date}")
    return Report(
        lang="nl" if nl else "en", title=title, subtitle=subtitle, warnings=warnings,
        verdict=verdict(result["gain_per_month"], "nl" if nl else "en") if case.job else
        ("Er is geen baan ingevuld." if nl else "No job was entered."),
        reason=reason, table_head=head, table=table, job=job_lines(result.get("job"), "nl" if nl else "en"),
        assets=assets, timeline_head=timeline_head, timeline=timeline_rows,
        steps=default_steps(case, result, lang) if case.job else [],
        note=None if anonymous else case.note, footer=footer, chart=chart,
        texts={"table": "Uw geld per maand" if nl else "Your money per month",
               "chart": "Te besteden bij meer of minder uren werk" if nl else "Disposable income by hours worked",
               "timeline": "Maand voor maand" if nl else "Month by month",
               "assets": "Uw vermogen" if nl else "Your assets",
               "steps": "Dit moet u regelen" if nl else "What to arrange",
               "note": "Notitie" if nl else "Note",
               "x": "uren per week" if nl else "hours per week",
               "y": "te besteden per maand (€)" if nl else "disposable per month (€)",
               "baseline": "zonder baan" if nl else "without job",
               "line": "met baan" if nl else "with job",
               "chosen": "uw keuze" if nl else "your choice"},
    )


# The timeline's situations are Dutch codes (engine/timeline.py _situation); the English report names them.
SITUATIONS_EN = {
    "werk": "work",
    "werk + aanvullende bijstand": "work + supplementary bijstand",
    "vermogen boven grens": "assets above the limit",
    "zoektermijn": "search period (no bijstand yet)",
    "WW": "WW (unemployment benefit)",
    "WW + aanvullende bijstand": "WW + supplementary bijstand",
    "bijstand": "bijstand",
    "geen bijstand": "no bijstand",
}


def timeline_summary(timeline: list[dict], nl: bool = True) -> list[tuple[str, ...]]:
    """Months in a row with the same situation become one line: shorter, and easier to read."""
    rows: list[tuple[str, ...]] = []
    i = 0
    while i < len(timeline):
        j = i
        while j + 1 < len(timeline) and timeline[j + 1].get("situation") == timeline[i].get("situation"):
            j += 1
        first, last = timeline[i], timeline[j]
        months = first["month"] if i == j else f"{first['month']} {'t/m' if nl else 'to'} {last['month']}"
        low = min(e["disposable"] for e in timeline[i:j + 1])
        high = max(e["disposable"] for e in timeline[i:j + 1])
        amount = fmt.eur(low) if abs(high - low) < 0.005 else f"{fmt.eur(low)} – {fmt.eur(high)}"
        situation = str(first.get("situation", ""))
        rows.append((months, situation if nl else SITUATIONS_EN.get(situation, situation), amount,
                     _signed(last.get("cumulative_gain", 0.0))))
        i = j + 1
    return rows


MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december")


def fmt_date(iso: str, nl: bool = True) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {MONTHS_NL[m - 1]} {y}" if nl else iso
