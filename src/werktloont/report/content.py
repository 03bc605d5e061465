"""What the client takes home: the report's content as plain data (no Qt); the words come from werktloont.texts."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from werktloont import __version__, fmt, texts
from werktloont.api import calculate, curve
from werktloont.engine.components import COSTS
from werktloont.jsonio import clean
from werktloont.model.case import Case, parse_case
from werktloont.params import load_pack
from werktloont.texts import coverage, plausibility
from werktloont.texts import gemeente as gemeente_words
from werktloont.texts.assets import asset_lines
from werktloont.texts.debts import report_parts as debt_report_parts
from werktloont.texts.refused import lines as refused_lines
from werktloont.texts.report import assets_line, date_text, headings, month_text, word
from werktloont.texts.timeline import situation as situation_text
from werktloont.texts.verdict import job_lines, lasting_verdict, no_job, notice_lines


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
    scenarios_head: tuple[str, ...] = ()
    scenarios: list[tuple[str, ...]] = field(default_factory=list)
    plan: list[str] = field(default_factory=list)  # the client's dated steps (plan_lines)

    def all_text(self) -> str:
        """Every sentence of the report (for tests and for a plain-text fallback)."""
        rows = [" ".join(r) for r in self.table] + [" ".join(r) for r in self.timeline]
        rows += [" ".join(self.scenarios_head)] + [" ".join(r) for r in self.scenarios]
        parts = [self.title, self.subtitle, *self.warnings, self.verdict, self.reason or "", *rows, *self.job,
                 *self.assets, *self.steps, *self.plan, self.note or "", *self.footer]
        return "\n".join(p for p in parts if p)


def _signed(x: float) -> str:
    return ("+" if x > 0.004 else "") + fmt.eur(x) if abs(x) > 0.004 else "–"


def default_steps(case: Case, result: dict, lang: str) -> list[str]:
    """The things to arrange when the client takes the job (from the timeline when it gives them)."""
    if result.get("actions"):
        return [a if isinstance(a, str) else a.get("text", "") for a in result["actions"]]
    steps = [word("step_report_job", lang), word("step_report_income", lang)]
    if case.job is not None and case.job.contract_months:
        steps.append(word("step_contract_end", lang))
    return steps


def not_included(case: Case) -> list[str]:
    """The coverage codes for a report (one list with the window and the CLI: werktloont.texts.coverage)."""
    return coverage.codes(partner=len(case.household.adults) > 1, municipality=case.municipality is not None)


def _hours_chart(case, result: dict, lang: str, pack) -> tuple[str | None, dict | None]:
    """The reason for a cliff at the offered hours and the chart's data (the curve's first month)."""
    if case.job is None or case.job.hours_per_week <= 0:
        return None, None
    c = curve(case, over="hours", start=0.0, stop=40.0, step=0.5, lang=lang, pack=pack)
    hours = case.job.hours_per_week
    reason = None
    for r in c["ranges"]:
        if r["kind"] == "cliff" and r["from"] < hours <= r["to"] + 1e-9:
            reason = r["text"]
    return reason, {"hours": c["x"], "disposable": c["disposable"], "baseline": c["baseline"]["disposable"],
                    "chosen_hours": hours, "chosen": result["with_job"]["disposable"],
                    "cliffs": [(r["from"], r["to"]) for r in c["ranges"] if r["kind"] == "cliff"]}


def build_report(data, lang: str = "nl", anonymous: bool = False, pack=None) -> Report:
    """The report for one case. `anonymous`: no name and no note; the amounts stay the same."""
    case = data if isinstance(data, Case) else parse_case(data)
    pack = pack or load_pack()
    lang = texts.lang_of(lang)
    result = calculate(case, lang=lang, pack=pack)
    at = result["asset_test"]

    warnings = []
    if not at["eligible"]:
        warnings.append(word("assets_warning", lang, counted=fmt.eur(at["counted"]), limit=fmt.eur(at["limit"])))
    warnings += plausibility.sentences(result.get("plausibility", []), lang)
    warnings += notice_lines(result, lang)  # e.g. 2027 amounts not yet set (issue 13)
    warnings += refused_lines(result, lang, details=False)  # a file of the user's folders that was not used

    reason, chart = _hours_chart(case, result, lang, pack)

    head = (word("per_month", lang), word("without", lang), word("with", lang), word("difference", lang))
    table = []
    for key, label in texts.labels(lang).items():
        a, b = result["without_job"][key], result["with_job"][key]
        # A cost that rises lowers what is left: a minus, so the Verschil column adds up to the total.
        table.append((label, fmt.eur(a), fmt.eur(b), _signed(a - b if key in COSTS else b - a)))

    # Issue 19: beslag or schuldhulp: rows "naar schuldeisers" and "houdt over", one B1 paragraph next to the
    # verdict, and how the beslagvrije voet is made (with what is not computed) in the fine print.
    debt_rows, debt_paragraph, debt_notes = debt_report_parts(result, lang)
    table += [(label, fmt.eur(a), fmt.eur(b), _signed(b - a)) for label, a, b in debt_rows]
    warnings += debt_paragraph

    assets = [assets_line(at, lang)]
    # Issue 14: the loan (art. 50), asset events, car scenarios and the client text (calc says the same).
    assets += [line.strip() for line in asset_lines(result, lang) if line.strip()]

    timeline_head: tuple[str, ...] = ()
    timeline_rows: list[tuple[str, ...]] = []
    if result.get("timeline") and case.job is not None and case.job.contract_months:
        timeline_head = (word("months", lang), word("situation", lang), word("disposable_month", lang),
                         word("total_gain", lang))
        timeline_rows = timeline_summary(result["timeline"], lang)

    params = result["parameters"]
    footer = [word("computed_with", lang, version=__version__, period=params["period"], pack=params["pack"]),
              word("no_rights", lang), coverage.sentence(not_included(case), lang)]
    if case.municipality and pack.overlays.get(case.municipality) is not None \
            and getattr(pack.overlays[case.municipality], "example", False):
        footer.append(word("example_municipality", lang))
    footer += [m["text"] for m in result.get("missing", ()) if "text" in m]  # issue 17: a part left out
    footer += debt_notes
    footer += gemeente_words.source_lines(result, lang)  # issue 18: the municipality's schemes and publications
    footer += gemeente_words.unknown_lines(_unknown_schemes(case, pack), lang)
    losses = gemeente_words.scheme_losses(result, lang, hours=case.job.hours_per_week if case.job else None)
    if losses:  # the cliff reason naming the scheme: "met 22 uur per week verliest u de stadspas ..."
        reason = " ".join([reason or ""] + [x["text"] for x in losses]).strip()

    # Free text from the case file: no bidi override or control character may reverse or hide the report's text.
    who = None if anonymous or case.client is None else clean(case.client)
    subtitle = (word("for", lang, who=who) if who else "") + word("calculation_of", lang,
                                                                  date=date_text(case.date, lang))
    subtitle += word("made_on", lang, date=date_text(datetime.date.today().isoformat(), lang))
    scenarios_head, scenario_rows = scenarios_table(case, lang, pack)
    return Report(
        lang=lang, title=word("title", lang), subtitle=subtitle, warnings=warnings,
        verdict=result.get("headline_text") or lasting_verdict(result, lang) if case.job else no_job(lang),
        reason=reason, table_head=head, table=table, job=job_lines(result.get("job"), lang),
        assets=assets, timeline_head=timeline_head, timeline=timeline_rows,
        steps=default_steps(case, result, lang) if case.job else [],
        note=None if anonymous or case.note is None else clean(case.note), footer=footer, chart=chart,
        texts=headings(lang),
        scenarios_head=scenarios_head, scenarios=scenario_rows, plan=plan_lines(result, lang),
    )


def plan_lines(result: dict, lang: str = "nl", limit: int = 12) -> list[str]:
    """The follow-up plan for the client, short and dated: the gap before the first wage, then each step once (the
    payslip only the first time: its text says it comes with every pay)."""
    plan = result.get("followup")
    if not plan:
        return []
    gap = result.get("first_month_gap") or {}
    out = [gap["client_text"]] if gap.get("amount") and gap.get("client_text") else []
    seen: set[str] = set()
    for step in plan["steps"]:
        if step["who"] != "client" or (step["code"] == "hand_in_payslip" and step["code"] in seen):
            continue
        seen.add(step["code"])
        out.append(f"{date_text(step['date'], lang)}: {step['title']}")
    return out[:limit]


def scenarios_table(case: Case, lang: str, pack) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The window's saved scenarios, each computed at the case's date: "zonder baan" first, then each variant
    with the job, and the difference with no job as the last row."""
    if not case.scenarios:
        return (), []
    base = case.model_copy(update={"scenarios": [], "computed": None})
    results = [calculate(base.model_copy(update={"household": s.household, "assets": s.assets, "job": s.job}),
                         lang=lang, pack=pack, timeline=False) for s in case.scenarios]
    head = (word("per_month", lang), word("baseline", lang), *(s.name for s in case.scenarios))
    # A component that is zero in every column is left out (as in the window): the table stays narrow.
    rows = [(label, fmt.eur(results[0]["without_job"][key]), *(fmt.eur(r["with_job"][key]) for r in results))
            for key, label in texts.labels(lang).items()
            if key == "disposable" or any(r["with_job"][key] or r["without_job"][key] for r in results)]
    rows.append((word("scenario_gain", lang), "–", *(_signed(r["gain_per_month"]) for r in results)))
    return head, rows


def timeline_summary(timeline: list[dict], lang: str = "nl") -> list[tuple[str, ...]]:
    """Months in a row with the same situation become one line: shorter, and easier to read."""
    rows: list[tuple[str, ...]] = []
    i = 0
    while i < len(timeline):
        j = i
        while j + 1 < len(timeline) and timeline[j + 1].get("situation") == timeline[i].get("situation"):
            j += 1
        first, last = timeline[i], timeline[j]
        start, end = month_text(first["month"], lang), month_text(last["month"], lang)
        months = start if i == j else f"{start} {word('through', lang)} {end}"
        low = min(e["disposable"] for e in timeline[i:j + 1])
        high = max(e["disposable"] for e in timeline[i:j + 1])
        amount = fmt.eur(low) if abs(high - low) < 0.005 else f"{fmt.eur(low)} – {fmt.eur(high)}"
        rows.append((months, situation_text(str(first.get("situation", "")), lang), amount,
                     _signed(last.get("cumulative_gain", 0.0))))
        i = j + 1
    return rows


def _unknown_schemes(case: Case, pack) -> list[tuple[dict, str]]:
    """The municipality's schemes whose amount on the case date is unknown (label, reason)."""
    from werktloont.params import gemeente_override
    from werktloont.rules.gemeente import regelingen

    overlay = gemeente_override.overlays(pack).get(case.municipality or "")
    if overlay is None:
        return []
    return [({"nl": s.label.nl, "en": s.label.en}, why) for s, why in regelingen.unknown_schemes(overlay, case.on)]
