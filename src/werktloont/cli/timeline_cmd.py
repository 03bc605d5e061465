"""`werktloont timeline CASE.json [--json|--csv] [--lang en]`: 24 months, taking the job against staying on bijstand."""

from __future__ import annotations

import json
import sys

from werktloont import fmt
from werktloont.api import COMPONENTS
from werktloont.texts.cli import word
from werktloont.texts.components import is_en
from werktloont.texts.coverage import indication
from werktloont.texts.timeline import asset_scenario_line, settlement_word, summary_note


def _money_columns() -> tuple[str, ...]:
    """The registry's components in its order, with the net WW and its TW-toeslag right after the bijstand."""
    out: list[str] = []
    for key in COMPONENTS:
        out.append(key)
        if key == "bijstand":
            out += ["ww", "toeslagenwet"]
    return tuple(out)


MONEY_COLUMNS = _money_columns()
# The CSV is read by position too: columns added later go at the end (the TW-toeslag came after "beyond_pack").
_CSV_MONEY = tuple(k for k in MONEY_COLUMNS if k != "toeslagenwet")
CSV_COLUMNS = ("month", "situation", *_CSV_MONEY, "toeslagen_settlement", "vakantiegeld", "vakantietoeslag",
               "cash", "stay_situation", "stay_cash", "cumulative_gain", "savings", "assets_eligible", "beyond_pack",
               "toeslagenwet")


def register(sub) -> None:
    p = sub.add_parser("timeline", help="24 maanden: baan aannemen tegenover in de bijstand blijven")
    p.add_argument("case", help="casusbestand (JSON, werktloont-case/1)")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="uitvoer als JSON: entries en summary")
    group.add_argument("--csv", action="store_true", help="één regel per maand")
    p.set_defaults(func=cmd_timeline)


def _row(e: dict) -> list:
    return [e["month"], e["situation"], *(e[k] for k in _CSV_MONEY), e["toeslagen_settlement"],
            e["cash_timing"]["vakantiegeld"], e["cash_timing"]["vakantietoeslag"], e["cash"], e["stay"]["situation"],
            e["stay"]["cash"], e["cumulative_gain"], e["assets"]["savings"], e["assets"]["eligible"], e["beyond_pack"],
            e["toeslagenwet"]]


def _summary_lines(s: dict, lang: str) -> list[str]:
    lines = []
    if s.get("beyond_pack_from"):
        lines.append(word("beyond_pack", lang, month=s["beyond_pack_from"]))
    ww = s.get("ww")
    if ww:
        values = {"worked": ww["weeks_worked"], "window": ww["weeks_window"], "required": ww["weeks_required"]}
        if ww["entitled"]:
            months = fmt.number_nl(ww["duration_months"], 1) if not is_en(lang) else f"{ww['duration_months']:.1f}"
            lines.append(word("ww_entitled", lang, months=months, dagloon=fmt.eur(ww["dagloon"]), **values))
        else:
            lines.append(word("ww_none", lang, **values))
    # The Toeslagenwet after the WW (paid, or why not): the same sentences as the summary's notes.
    lines += [summary_note(n, lang) for n in s.get("note_codes", []) if str(n.get("code", "")).startswith("tw_")]
    for name, label in (("doorgegeven", "reported"), ("niet_doorgegeven", "not_reported")):
        for year, row in s["toeslagen"][name].items():
            if "settlement" in row:
                lines.append(word("settlement", lang, year=year, label=word(label, lang),
                                  amount=fmt.eur(row["settlement"]), word=settlement_word(row["settlement"], lang),
                                  month=row["settlement_month"]))
    if s.get("assets_cross_month"):
        lines.append(word("assets_cross", lang, month=s["assets_cross_month"]))
    for sc in s.get("asset_scenarios", []):
        lines.append(asset_scenario_line(sc, lang))
    for w in s["warnings"]:
        lines.append(word("note", lang, text=w["text"]))
    return lines


def format_timeline(result: dict, lang: str = "nl") -> str:
    s = result["summary"]
    head = (word("col_month", lang), word("col_situation", lang), word("col_with", lang), word("col_stay", lang),
            word("col_diff", lang), word("col_total", lang))
    lines = [word("timeline_head", lang, start=s["start"], end=s["end"]), "",
             f"{head[0]:<9}{head[1]:<32}{head[2]:>12}{head[3]:>12}{head[4]:>12}{head[5]:>14}"]
    for e in result["entries"]:
        mark = "*" if e["beyond_pack"] else ""
        situation = e.get("situation_text", e["situation"])
        lines.append(f"{e['month'] + mark:<9}{situation[:31]:<32}{fmt.eur(e['cash']):>12}"
                     f"{fmt.eur(e['stay']['cash']):>12}{fmt.eur(e['cash_gain']):>12}"
                     f"{fmt.eur(e['cumulative_gain']):>14}")
        for n in e.get("notes", []):
            lines.append(f"{'':<9}  - {n}")
    lines.append("")
    lines += _summary_lines(s, lang)
    lines.append("")
    lines.append(word("to_arrange", lang))
    lines += [f"{i}. {a}" for i, a in enumerate(s.get("actions", []), start=1)]
    lines.append("")
    lines.append(indication(lang))
    return "\n".join(lines)


def cmd_timeline(args) -> int:
    from werktloont.api import project
    from werktloont.cli.engine_cmd import naming_file
    from werktloont.jsonio import read_case_data

    case = read_case_data(args.case)
    with naming_file(args.case):
        result = project(case, lang=args.lang)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.csv:
        print(",".join(CSV_COLUMNS))
        for e in result["entries"]:
            print(",".join(f'"{v}"' if isinstance(v, str) and "," in v else str(v) for v in _row(e)))
    else:
        print(format_timeline(result, args.lang))
    return 0
