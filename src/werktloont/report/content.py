"""What the client takes home: the report's content as plain data (no Qt); the words come from werktloont.texts.

The client's pages come first (at most two): the answer in short sentences, the money per month in the month the
answer names (only the rows that are not zero), the things to do with their dates in words, the dated plan, who to
call, and the assets in plain words. No article numbers, no case law, no ISO months there.
Then one part "Voor de klantmanager": the answer's own sentence, the phases, the rules and articles, the asset and
debt details, the notices, the sources and the parameter pack. Every amount is read from the one answer."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from werktloont import __version__, fmt, texts
from werktloont.api import ARTICLES, calculate, curve
from werktloont.jsonio import clean
from werktloont.model.case import Case, parse_case
from werktloont.params import load_pack
from werktloont.texts import coverage, plausibility
from werktloont.texts import gemeente as gemeente_words
from werktloont.texts.actions import client_action
from werktloont.texts.assets import client_text, event_line, repayment_text, scenario_line
from werktloont.texts.dates import month_span
from werktloont.texts.debts import TABLE_ROWS as DEBT_TABLE_ROWS
from werktloont.texts.debts import client_paragraph
from werktloont.texts.debts import report_parts as debt_report_parts
from werktloont.texts.debts import rows as debt_rows
from werktloont.texts.gains import first_month_label, headline_gain, headline_gain_label, signed
from werktloont.texts.notices import notice_lines
from werktloont.texts.refused import lines as refused_lines
from werktloont.texts.report import assets_line, client_verdict, contacts, date_text, headings, month_text, word
from werktloont.texts.timeline import situation as situation_text
from werktloont.texts.verdict import detail, job_lines, no_job, phase_reason

Row = tuple[str, ...]


@dataclass
class Report:
    lang: str
    title: str
    subtitle: str
    verdict: str                      # the answer's one sentence (headline_text), as the window and calc show it
    client_verdict: list[str]         # the same answer in short sentences: first on the client's page
    warnings: list[str]               # for the client: assets above the limit when no asset text says it
    reason: str | None                # why more hours leave less here (the curve's words), for the client
    table_head: tuple[str, str, str, str]
    table: list[Row]                  # the month the answer names; only rows that are not zero
    table_note: str = ""
    table_total: int = -1             # the row of what is left to spend (bold)
    steps: list[str] = field(default_factory=list)       # one per action of the answer, in its order
    contacts: list[str] = field(default_factory=list)
    timeline_head: tuple[str, ...] = ()
    timeline: list[Row] = field(default_factory=list)  # the months ahead (the klantmanager's part)
    assets: list[str] = field(default_factory=list)      # the client's words about a car or other assets
    debts: list[str] = field(default_factory=list)
    client_footer: list[str] = field(default_factory=list)
    manager: list[tuple[str, list[str]]] = field(default_factory=list)  # (heading key, lines)
    note: str | None = None
    chart: dict | None = None  # hours, disposable, baseline, chosen hours/disposable (for the picture)
    texts: dict[str, str] = field(default_factory=dict)
    scenarios_head: Row = ()
    scenarios: list[Row] = field(default_factory=list)
    plan: list[str] = field(default_factory=list)  # the client's dated steps (plan_lines)

    def client_text(self) -> str:
        """Every sentence of the client's pages."""
        rows = [" ".join(r) for r in self.table]
        parts = [self.title, self.subtitle, *self.client_verdict, *self.warnings, self.reason or "",
                 " ".join(self.table_head), *rows, self.table_note, *self.steps, *self.plan, *self.contacts,
                 *self.assets, *self.debts, *self.client_footer]
        return "\n".join(p for p in parts if p)

    def manager_text(self) -> str:
        """Every sentence of the klantmanager's part."""
        parts = [line for _key, lines in self.manager for line in lines]
        parts += [" ".join(self.timeline_head)] + [" ".join(r) for r in self.timeline]
        parts += [" ".join(self.scenarios_head)] + [" ".join(r) for r in self.scenarios]
        parts += [self.note or ""]
        return "\n".join(p for p in parts if p)

    def all_text(self) -> str:
        """Every sentence of the report (for tests and for a plain-text fallback)."""
        return self.client_text() + "\n" + self.manager_text()


_signed = signed  # "+€ 1.607,29", or "–" for nothing (texts.gains: the window's scenario table says it so too)


def not_included(case: Case) -> list[str]:
    """The coverage codes for a report (one list with the window and the CLI: werktloont.texts.coverage)."""
    return coverage.codes(partner=len(case.household.adults) > 1, municipality=case.municipality is not None)


def money_month(result: dict) -> tuple[str, dict, dict]:
    """The month the answer names (its headline), both situations: what the client's table shows."""
    month, without, with_job, _ = _named_month(result)
    return month, without, with_job


def _named_month(result: dict) -> tuple[str, dict, dict, dict]:
    """money_month and that month's Verschil column."""
    hm = result.get("headline_month") or {}
    if hm.get("without_job") and hm.get("with_job"):
        return hm["month"], hm["without_job"], hm["with_job"], hm["difference"]
    return (result.get("first_month") or result["parameters"]["period"][:7], result["without_job"], result["with_job"],
            result["difference"])


def client_table(result: dict, lang: str) -> tuple[str, list[Row]]:
    """The month and its rows: every component that is not zero in either situation, the debts' rows, the total."""
    month, without, with_job, difference = _named_month(result)
    rows: list[Row] = []
    for key, label in texts.labels(lang).items():
        a, b = without[key], with_job[key]
        if key != "disposable" and abs(a) < 0.005 and abs(b) < 0.005:
            continue
        rows.append((label, fmt.eur(a), fmt.eur(b), _signed(difference[key])))
    d = result.get("debts")
    if d:
        extra = zip(debt_rows(d, lang, first=False)[-len(DEBT_TABLE_ROWS):], DEBT_TABLE_ROWS, strict=True)
        rows += [(label, fmt.eur(a), fmt.eur(b), _signed(d["difference"][key])) for (label, a, b), key in extra
                 if abs(a) >= 0.005 or abs(b) >= 0.005]
    return month, rows


def _chart_and_reason(case: Case, result: dict, lang: str, pack) -> tuple[dict | None, str | None, list[str]]:
    """The hours curve in the month the answer names ("lasting" view), the words for a cliff at the chosen hours
    (for the client) and the municipal schemes lost there, with their limits (for the klantmanager)."""
    if case.job is None or case.job.hours_per_week <= 0 or (result.get("headline") or {}).get("phase") is None:
        return None, None, []
    c = curve(case, over="hours", start=0.0, stop=40.0, step=0.5, lang=lang, pack=pack, view="lasting")
    hours = case.job.hours_per_week
    reason = next((r["text"] for r in c["ranges"] if r["kind"] == "cliff" and r["from"] < hours <= r["to"] + 1e-9),
                  None)
    chart = {"hours": c["x"], "disposable": c["disposable"], "baseline": c["baseline"]["disposable"],
             "chosen_hours": hours, "chosen": money_month(result)[2]["disposable"],
             "cliffs": [(r["from"], r["to"]) for r in c["ranges"] if r["kind"] == "cliff"]}
    # "met 22 uur per week verliest u de stadspas ...: uw inkomen komt boven 120 % van de bijstandsnorm"
    losses = [x["text"] for x in gemeente_words.scheme_losses(result, lang, hours=hours)]
    return chart, reason, losses


def _client_assets(result: dict, lang: str) -> tuple[list[str], list[str]]:
    """The client's words about assets (no articles) and, when none say it, the warning that they are too high."""
    at = result["asset_test"]
    lines = client_text(result, lang, cite=False)
    warn = [] if at["eligible"] or lines else [word("assets_warning", lang, counted=fmt.eur(at["counted"]),
                                                    limit=fmt.eur(at["limit"]))]
    return lines, warn


def phase_lines(result: dict, lang: str) -> list[str]:
    """One line per phase for the klantmanager: the months in words, the gain, the reason with its article."""
    out = []
    for ph in result.get("gain_phases") or []:
        start = month_text(ph["from"], lang)
        span = month_span(ph["from"], ph["to"], lang) if ph["to"] else word("from_month", lang, month=start)
        gain = ph["gain_per_month"]
        out.append(f"{span}: {_signed(gain) if round(gain, 2) else fmt.eur(0.0)} {word('a_month', lang)}, "
                   f"{phase_reason(ph['reason'], lang)}")
    return out


def _manager_rules(result: dict, lang: str) -> list[str]:
    """Per amount that is not zero: its label and the articles it follows."""
    _, without, with_job = money_month(result)
    return [word("rule_line", lang, label=label, article=ARTICLES[key])
            for key, label in texts.labels(lang).items()
            if key in ARTICLES and key != "disposable" and (abs(without[key]) >= 0.005 or abs(with_job[key]) >= 0.005)]


def _manager_assets(result: dict, lang: str) -> list[str]:
    counted = bool(result.get("asset_events") or result.get("asset_scenarios"))  # their lines count the months
    out = [assets_line(result["asset_test"], lang, months=not counted)]
    if result["asset_test"].get("kind") == "lening":
        out.append(result.get("asset_test_text", ""))
    for e in result.get("asset_events") or []:
        out.append(event_line(e, lang))  # with the boete's likely grade, its maximum and a warning instead
        if e.get("repayment"):
            out += repayment_text(e["repayment"], lang)
    out += [scenario_line(s, lang) for s in result.get("asset_scenarios") or []]
    return [line for line in out if line]


def publication(title: str) -> str:
    """The publication a source title names, without the article or the step ("Wet IB 2001 art. 8.11 lid 2 (geldend
    2026-01-01)" -> "Wet IB 2001"): the articles are listed per amount above, the rest is in calc --json."""
    if " art." in title:
        return title.split(" art.")[0].rstrip(", ")
    return title.split(" (")[0].rstrip(", ")


def _sources(result: dict) -> list[str]:
    """The publications behind the amounts that are not zero, each once."""
    _, without, with_job = money_month(result)
    seen: dict[str, None] = {}
    for e in result.get("explanations") or []:
        key = e.get("component")
        if key in without and (abs(without[key]) >= 0.005 or abs(with_job[key]) >= 0.005):
            for s in e.get("sources") or []:
                if s.get("title"):
                    seen.setdefault(publication(s["title"]), None)
    return list(seen)


def _manager(case: Case, result: dict, lang: str, pack, reason: list[str]) -> list[tuple[str, list[str]]]:
    """The klantmanager's part: (heading key, lines) per section."""
    answer = [word("answer", lang) + " " + (result.get("headline_text") or no_job(lang))]
    if case.job is not None:
        answer += [detail(result, lang), *phase_lines(result, lang)]
    answer += job_lines(result.get("job"), lang) + reason
    sections = [("m_answer", answer)]
    if result.get("actions"):
        sections.append(("m_steps", list(result["actions"])))
    sections.append(("m_rules", _manager_rules(result, lang)))
    sections.append(("m_assets", _manager_assets(result, lang)))
    _rows, _paragraph, debt_notes = debt_report_parts(result, lang)
    if debt_notes:  # the gain and the faster repayment in the headline's month, then how the voet is made
        sections.append(("m_debts", [result["debts"]["headline"], *debt_notes]))
    notices = plausibility.sentences(result.get("plausibility", []), lang) + notice_lines(result, lang)
    notices += [m["text"] for m in result.get("missing", ()) if "text" in m]
    notices += refused_lines(result, lang, details=False)  # a file of the user's folders that was not used
    notices += gemeente_words.unknown_lines(_unknown_schemes(case, pack), lang)
    if case.municipality and getattr(pack.overlays.get(case.municipality), "example", False):
        notices.append(word("example_municipality", lang))
    if notices:
        sections.append(("m_notices", notices))
    params = result["parameters"]
    sources = [word("computed_with", lang, version=__version__, period=date_text(params["period"], lang),
                    pack=params["pack"], checksum=params.get("checksum", "-")),
               coverage.sentence(not_included(case), lang), *gemeente_words.source_lines(result, lang),
               word("sources", lang, sources="; ".join(_sources(result))), word("source_more", lang),
               word("no_rights", lang)]
    sections.append(("m_sources", sources))
    return [(k, lines) for k, lines in sections if lines]


def build_report(data, lang: str = "nl", anonymous: bool = False, pack=None) -> Report:
    """The report for one case. `anonymous`: no name and no note; the amounts stay the same."""
    case = data if isinstance(data, Case) else parse_case(data)
    pack = pack or load_pack()
    lang = texts.lang_of(lang)
    result = calculate(case, lang=lang, pack=pack)
    chart, reason, losses = _chart_and_reason(case, result, lang, pack)
    month, table = client_table(result, lang)
    assets, warnings = _client_assets(result, lang)

    timeline_head: Row = ()
    timeline_rows: list[Row] = []
    if result.get("timeline") and case.job is not None and case.job.contract_months:
        timeline_head = (word("months", lang), word("situation", lang), word("disposable_month", lang),
                         word("total_gain", lang, month=month_text(result["timeline"][0]["month"], lang)))
        timeline_rows = timeline_summary(result["timeline"], lang)

    # Free text from the case file: no bidi override or control character may reverse or hide the report's text.
    who = None if anonymous or case.client is None else clean(case.client)
    subtitle = (word("for", lang, who=who) if who else "") + word("calculation_of", lang,
                                                                  date=date_text(case.date, lang))
    subtitle += word("made_on", lang, date=date_text(datetime.date.today().isoformat(), lang))
    scenarios_head, scenario_rows = scenarios_table(case, lang, pack)
    has_job = case.job is not None
    return Report(
        lang=lang, title=word("title", lang), subtitle=subtitle,
        verdict=result.get("headline_text") or no_job(lang), client_verdict=client_verdict(result, lang),
        warnings=warnings, reason=reason,
        table_head=(word("per_month", lang), word("without", lang), word("with", lang), word("difference", lang)),
        table=table, table_total=[r[0] for r in table].index(texts.label("disposable", lang)),
        table_note=word("table_month", lang, month=month_text(month, lang)) + " " + word("table_zero_left_out", lang),
        steps=[client_action(c, lang) for c in result.get("action_codes") or []] if has_job else [],
        contacts=contacts(result, lang) if has_job else [],
        timeline_head=timeline_head, timeline=timeline_rows, assets=assets,
        debts=[client_paragraph(result["debts"], lang)] if result.get("debts") else [],
        client_footer=[word("no_rights", lang)],
        manager=_manager(case, result, lang, pack, [r for r in (reason, *losses) if r]),
        note=None if anonymous or case.note is None else clean(case.note),
        chart=chart, texts=headings(lang),
        scenarios_head=scenarios_head, scenarios=scenario_rows,
        plan=plan_lines(result, lang),
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


def scenarios_table(case: Case, lang: str, pack) -> tuple[Row, list[Row]]:
    """The window's saved scenarios, each computed at the case's date: "zonder baan" first, then each variant with
    the job in its first month, and below the gain as the answer leads with it (lasting, or while the contract runs
    with its months) and in the first month, each labelled as in the window."""
    if not case.scenarios:
        return (), []
    base = case.model_copy(update={"scenarios": [], "computed": None})
    results = [calculate(base.model_copy(update={"household": s.household, "assets": s.assets, "job": s.job}),
                         lang=lang, pack=pack, timeline=False) for s in case.scenarios]
    head = (word("per_month", lang), word("baseline", lang), *(s.name for s in case.scenarios))
    # A component that is zero in every column is left out (as in the window): the table stays narrow.
    rows: list[Row] = [
        (label, fmt.eur(results[0]["without_job"][key]), *(fmt.eur(r["with_job"][key]) for r in results))
        for key, label in texts.labels(lang).items()
        if key == "disposable" or any(r["with_job"][key] or r["without_job"][key] for r in results)]
    # What the job brings as each answer leads with it, and in the first month: the window's rows, the same words.
    rows.append((headline_gain_label(results, lang), "–", *(headline_gain(r, lang, results) for r in results)))
    rows.append((first_month_label(results, lang), "–", *(_signed(r["gain_per_month"]) for r in results)))
    return head, rows


def timeline_summary(timeline: list[dict], lang: str = "nl") -> list[Row]:
    """Months in a row with the same situation become one line: shorter, and easier to read."""
    rows: list[Row] = []
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
    from werktloont.api import unknown_schemes

    return unknown_schemes(case, pack)
