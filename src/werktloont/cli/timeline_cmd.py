"""`werktloont timeline CASE.json [--json|--csv]`: 24 months, taking the job against staying on bijstand."""

from __future__ import annotations

import json
import sys

from werktloont import fmt

CSV_COLUMNS = ("month", "situation", "net_wage", "bijstand", "ww", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget",
               "kinderopvangtoeslag", "municipal", "childcare_costs", "travel_costs", "disposable",
               "toeslagen_settlement", "vakantiegeld", "vakantietoeslag", "cash", "stay_situation", "stay_cash",
               "cumulative_gain", "savings", "assets_eligible", "beyond_pack")


def register(sub) -> None:
    p = sub.add_parser("timeline", help="24 maanden: baan aannemen tegenover in de bijstand blijven")
    p.add_argument("case", help="casusbestand (JSON, werktloont-case/1)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="uitvoer als JSON: entries en summary")
    group.add_argument("--csv", action="store_true", help="één regel per maand")
    p.set_defaults(func=cmd_timeline)


def _row(e: dict) -> list:
    return [e["month"], e["situation"], *(e[k] for k in CSV_COLUMNS[2:14]), e["cash_timing"]["vakantiegeld"],
            e["cash_timing"]["vakantietoeslag"], e["cash"], e["stay"]["situation"], e["stay"]["cash"],
            e["cumulative_gain"], e["assets"]["savings"], e["assets"]["eligible"], e["beyond_pack"]]


def format_timeline(result: dict) -> str:
    s = result["summary"]
    lines = [f"Tijdlijn {s['start']} t/m {s['end']}: met de baan tegenover in de bijstand blijven (geld op de rekening)",
             "", f"{'maand':<9}{'situatie':<28}{'met baan':>12}{'bijstand':>12}{'verschil':>12}{'opgeteld':>12}"]
    for e in result["entries"]:
        mark = "*" if e["beyond_pack"] else ""
        lines.append(f"{e['month'] + mark:<9}{e['situation'][:27]:<28}{fmt.eur(e['cash']):>12}"
                     f"{fmt.eur(e['stay']['cash']):>12}{fmt.eur(e['cash'] - e['stay']['cash']):>12}"
                     f"{fmt.eur(e['cumulative_gain']):>12}")
        for n in e["notes"]:
            lines.append(f"{'':<9}  - {n}")
    lines.append("")
    if s.get("beyond_pack_from"):
        lines.append(f"* vanaf {s['beyond_pack_from']}: parameters van de laatste bekende periode.")
    ww = s.get("ww")
    if ww:
        if ww["entitled"]:
            lines.append(f"WW: {ww['weeks_worked']} van {ww['weeks_window']} weken gewerkt (nodig {ww['weeks_required']}); "
                         f"{fmt.number_nl(ww['duration_months'], 1)} maanden, dagloon {fmt.eur(ww['dagloon'])}.")
        else:
            lines.append(f"Geen WW: {ww['weeks_worked']} van {ww['weeks_window']} weken gewerkt, "
                         f"nodig {ww['weeks_required']} (WW art. 17).")
    for name, label in (("doorgegeven", "inkomen doorgegeven"), ("niet_doorgegeven", "inkomen niet doorgegeven")):
        for year, row in s["toeslagen"][name].items():
            if "settlement" in row:
                lines.append(f"Toeslagen {year}, {label}: {fmt.eur(row['settlement'])} "
                             f"({'nabetaling' if row['settlement'] >= 0 else 'terugbetalen'}) rond {row['settlement_month']}.")
    if s.get("assets_cross_month"):
        lines.append(f"Vermogen boven de grens vanaf {s['assets_cross_month']}.")
    for sc in s.get("asset_scenarios", []):
        lines.append(f"Auto, {sc['label']}: vermogen {fmt.eur(sc['counted_now'])} (grens {fmt.eur(sc['limit'])}); "
                     f"maanden zonder bijstand: {sc['stay']['months_without_bijstand']} zonder baan, "
                     f"{sc['job']['months_without_bijstand']} met baan.")
    for w in s["warnings"]:
        lines.append(f"Let op: {w['text']}")
    lines.append("")
    lines.append("Wat u moet regelen:")
    lines += [f"{i}. {a}" for i, a in enumerate(s["actions"], start=1)]
    lines.append("")
    lines.append("Dit is een indicatie, geen beschikking.")
    return "\n".join(lines)


def cmd_timeline(args) -> int:
    from werktloont.cli.engine_cmd import read_json
    from werktloont.engine.timeline import project

    result = project(read_json(args.case))
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.csv:
        print(",".join(CSV_COLUMNS))
        for e in result["entries"]:
            print(",".join(f'"{v}"' if isinstance(v, str) and "," in v else str(v) for v in _row(e)))
    else:
        print(format_timeline(result))
    return 0
