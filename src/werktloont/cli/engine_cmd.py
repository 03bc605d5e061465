"""`werktloont calc | toeslagen | curve | batch`: the engine from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from werktloont import fmt
from werktloont.errors import InputError

LABELS = {
    "nl": {"net_wage": "Nettoloon", "bijstand": "Bijstand", "zorgtoeslag": "Zorgtoeslag", "huurtoeslag": "Huurtoeslag",
           "kindgebonden_budget": "Kindgebonden budget", "kinderopvangtoeslag": "Kinderopvangtoeslag",
           "municipal": "Gemeentelijke regelingen", "childcare_costs": "Kosten kinderopvang (-)",
           "travel_costs": "Reiskosten (-)", "disposable": "Te besteden"},
    "en": {"net_wage": "Net wage", "bijstand": "Social assistance", "zorgtoeslag": "Healthcare allowance",
           "huurtoeslag": "Rent allowance", "kindgebonden_budget": "Child budget",
           "kinderopvangtoeslag": "Childcare allowance", "municipal": "Municipal schemes",
           "childcare_costs": "Childcare costs (-)", "travel_costs": "Travel costs (-)", "disposable": "Disposable"},
}


def read_json(path: str):
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError("", f"bestand {path} kan niet worden gelezen ({exc.strerror})") from None
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("", f"bestand {path} is geen UTF-8-tekst") from None
    except json.JSONDecodeError as exc:
        raise InputError("", f"bestand {path} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})") from None


def register(sub) -> None:
    p = sub.add_parser("calc", help="bereken een casus: zonder en met baan")
    p.add_argument("case", help="casusbestand (JSON, werktloont-case/1)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON (werktloont-result/1)")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.set_defaults(func=cmd_calc)
    p = sub.add_parser("toeslagen", help="proefberekening toeslagen bij een toetsingsinkomen")
    p.add_argument("input", help="JSON met year, toetsingsinkomen, household, assets")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_toeslagen)


def verdict(gain: float, lang: str = "nl") -> str:
    amount = fmt.eur(abs(gain), 0)
    if lang == "en":
        return f"With this job you have {amount} a month {'more' if gain >= 0 else 'less'} to spend."
    return f"Met deze baan heeft u {amount} per maand {'meer' if gain >= 0 else 'minder'} te besteden."


def format_result(result: dict, lang: str = "nl") -> str:
    labels = LABELS[lang]
    head = ("zonder baan", "met baan", "verschil") if lang == "nl" else ("without job", "with job", "difference")
    lines = [f"{'':<28}{head[0]:>16}{head[1]:>16}{head[2]:>16}"]
    for key, label in labels.items():
        a, b = result["without_job"][key], result["with_job"][key]
        diff = b - a
        sign = "+" if diff > 0 else ""
        lines.append(f"{label:<28}{fmt.eur(a):>16}{fmt.eur(b):>16}{sign + fmt.eur(diff) if diff else '':>16}")
    at = result["asset_test"]
    params = result["parameters"]
    out = [("Berekening per maand, normen van " if lang == "nl" else "Monthly figures, rules of ")
           + f"{params['period']} (pakket {params['pack']})", "", *lines, "", verdict(result["gain_per_month"], lang)]
    if not at["eligible"]:
        out.append(f"Let op: uw vermogen ({fmt.eur(at['counted'])}) is hoger dan de grens ({fmt.eur(at['limit'])}); "
                   "daarom is er geen bijstand." if lang == "nl" else
                   f"Note: assets ({fmt.eur(at['counted'])}) exceed the limit ({fmt.eur(at['limit'])}); no bijstand.")
    out.append("")
    out.append("Waarom?" if lang == "nl" else "Why?")
    for e in result["explanations"]:
        if e["situation"] == "with_job" or not any(x["situation"] == "with_job" for x in result["explanations"]):
            out.append(f"- {labels[e['component']]}: {e['text']}")
    out.append("")
    out.append("Dit is een indicatie, geen beschikking." if lang == "nl" else "This is an indication, not a decision.")
    return "\n".join(out)


def cmd_calc(args) -> int:
    from werktloont.engine.calculate import calculate

    result = calculate(read_json(args.case), lang=args.lang)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(format_result(result, args.lang))
    return 0


def cmd_toeslagen(args) -> int:
    from werktloont.engine.toeslagen import toeslagen

    result = toeslagen(read_json(args.input))
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"Proefberekening toeslagen {result['year']}, toetsingsinkomen {fmt.eur(result['toetsingsinkomen'], 0)}")
    for key in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag"):
        r = result[key]
        print(f"  {LABELS['nl'][key]:<24}{fmt.eur(r['per_month'], 0):>10} per maand{fmt.eur(r['per_year'], 0):>12} per jaar")
    return 0
