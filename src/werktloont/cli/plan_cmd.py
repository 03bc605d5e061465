"""`werktloont plan CASE.json [--ics plan.ics] [--json] [--met-naam] [--lang en]`: the follow-up plan by date."""

from __future__ import annotations

import json
import sys

from werktloont import fmt
from werktloont.jsonio import clean
from werktloont.texts.followup import plan_word as word
from werktloont.texts.report import date_text, month_text

KEYS = ("first_month_gap", "followup", "cash_calendar")
FIRST_MONTHS = 3  # the payments table: the job's first months


def register(sub) -> None:
    p = sub.add_parser("plan", help="vervolgplan met data: wat de klant doet, gesprekken, betalingen (en .ics)")
    p.add_argument("case", help="casusbestand (JSON, werktloont-case/1)")
    p.add_argument("--ics", metavar="BESTAND", help="schrijf het plan als agenda (.ics) voor Outlook of telefoon")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON: first_month_gap, followup, cash_calendar")
    p.add_argument("--met-naam", dest="with_name", action="store_true",
                   help="de naam van de klant en bedragen in de agenda en de uitvoer (standaard niet)")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.set_defaults(func=cmd_plan)


def _payments(result: dict, lang: str) -> list[str]:
    """The payments of the job's first months, with each month's total (equal to its cash)."""
    plan = result["followup"]
    first = plan["start"][:7]
    months = sorted({p["month"] for p in result["cash_calendar"]["payments"] if p["month"] >= first})[:FIRST_MONTHS]
    lines = [word("payments", lang), f"  {word('col_date', lang):<18}{word('col_payer', lang):<20}"
             f"{word('col_what', lang):<34}{word('col_amount', lang):>12}"]
    for m in months:
        for p in (p for p in result["cash_calendar"]["payments"] if p["month"] == m):
            lines.append(f"  {date_text(p['date'], lang):<18}{p['payer_text'][:19]:<20}{p['kind_text'][:33]:<34}"
                         f"{fmt.eur(p['amount']):>12}")
        lines.append(f"  {word('month_total', lang, month=month_text(m, lang)):<72}"
                     f"{fmt.eur(result['cash_calendar']['month_cash'][m]):>12}")
    return lines


def format_plan(result: dict, lang: str = "nl", who: str | None = None) -> str:
    plan = result.get("followup")
    if not plan:
        return word("no_job", lang)
    lines = [word("plan_title", lang, start=date_text(plan["start"], lang))]
    if who:
        lines.append(word("for", lang, who=who))
    gap = result.get("first_month_gap")
    if gap:
        lines += ["", word("gap", lang), f"  {gap['client_text']}", f"  {gap['klantmanager_text']}"]
    lines += ["", word("client_steps", lang)]
    lines += [f"  {date_text(s['date'], lang)}: {s['title']}. {s['text']}" for s in plan["steps"]
              if s["who"] == "client"]
    lines += ["", word("conversations", lang)]
    for s in (s for s in plan["steps"] if s["who"] == "klantmanager"):
        lines.append(f"  {date_text(s['date'], lang)}: {s['title']}")
        lines += [f"    - {c}" for c in s["checks"]]
    lines += ["", *_payments(result, lang), "", word("rules", lang)]
    lines += [f"  {t}" for t in result["cash_calendar"]["rules_text"]]
    return "\n".join(lines)


def _agenda(lang: str):
    """The agenda writer, imported only to write an .ics: the plan itself never needs `icalendar`. None (with a
    Dutch message on stderr) when this installation lacks it."""
    try:
        from werktloont.report import agenda
    except ImportError as exc:
        print(word("ics_missing", lang, name=exc.name or "icalendar"), file=sys.stderr)
        return None
    return agenda


def cmd_plan(args) -> int:
    from werktloont.api import calculate
    from werktloont.cli.engine_cmd import naming_file
    from werktloont.jsonio import read_case_data

    agenda = _agenda(args.lang) if args.ics else None
    if args.ics and agenda is None:
        return 3
    case = read_case_data(args.case)
    with naming_file(args.case):
        result = calculate(case, lang=args.lang)
    client = clean(case.get("client") or "") or None if args.with_name else None
    if agenda is not None:
        n = agenda.write(args.ics, result, args.lang, with_name=args.with_name, client=client)
        extra = "" if args.with_name else word("ics_private", args.lang)
        print(word("ics_written", args.lang, path=clean(args.ics), n=n, extra=extra), file=sys.stderr)
    if args.json:
        json.dump({k: result.get(k) for k in KEYS}, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(format_plan(result, args.lang, client))
    return 0
