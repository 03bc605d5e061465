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
    p = sub.add_parser("curve", help="besteedbaar inkomen over uren of uurloon")
    p.add_argument("case", help="casusbestand (JSON)")
    p.add_argument("--over", choices=["hours", "wage"], default="hours")
    p.add_argument("--from", dest="start", type=float, default=None)
    p.add_argument("--to", dest="stop", type=float, default=None)
    p.add_argument("--step", type=float, default=None)
    fmt_group = p.add_mutually_exclusive_group()
    fmt_group.add_argument("--json", action="store_true")
    fmt_group.add_argument("--csv", action="store_true")
    p.set_defaults(func=cmd_curve)
    p = sub.add_parser("batch", help="veel casussen: één JSON-regel per casus")
    p.add_argument("cases", help="JSONL-bestand, één casus per regel")
    p.add_argument("--out", help="schrijf de resultaten naar dit bestand (anders naar het scherm)")
    p.set_defaults(func=cmd_batch)


def verdict(gain: float, lang: str = "nl") -> str:
    amount = fmt.eur(abs(gain), 0)
    if lang == "en":
        return f"With this job you have {amount} a month {'more' if gain >= 0 else 'less'} to spend."
    return f"Met deze baan heeft u {amount} per maand {'meer' if gain >= 0 else 'minder'} te besteden."


def job_lines(job: dict | None, lang: str) -> list[str]:
    """Which hourly wage was used, and a warning when it is below the legal minimum."""
    if not job:
        return []
    nl = lang == "nl"
    wage, minimum = fmt.eur(job["hourly_wage"]), fmt.eur(job["minimum_hourly_wage"])
    lines = []
    if job["hourly_wage_source"] == "minimumloon":
        lines.append(f"Uurloon: {wage}, het wettelijk minimumloon voor deze leeftijd (geen uurloon opgegeven)." if nl
                     else f"Hourly wage: {wage}, the legal minimum wage for this age (no wage given).")
    if job["below_minimum"]:
        lines.append(f"Let op: {wage} per uur is lager dan het wettelijk minimumloon ({minimum} per uur)." if nl else
                     f"Note: {wage} an hour is below the legal minimum wage ({minimum} an hour).")
    return lines


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
    out += job_lines(result.get("job"), lang)
    if not at["eligible"]:
        out.append(f"Let op: uw vermogen ({fmt.eur(at['counted'])}) is hoger dan de grens ({fmt.eur(at['limit'])}); "
                   "daarom is er geen bijstand." if lang == "nl" else
                   f"Note: assets ({fmt.eur(at['counted'])}) exceed the limit ({fmt.eur(at['limit'])}); no bijstand.")
    out.append("")
    out.append("Waarom?" if lang == "nl" else "Why?")
    shown = "with_job" if any(e["situation"] == "with_job" for e in result["explanations"]) else "without_job"
    out += [f"- {labels[e['component']]}: {e['text']}" for e in result["explanations"] if e["situation"] == shown]
    if result.get("actions"):  # what the client must arrange (from the timeline; Dutch only for now)
        out += ["", "Wat u moet regelen:" if lang == "nl" else "What to arrange (in Dutch):"]
        out += [f"{i}. {a}" for i, a in enumerate(result["actions"], start=1)]
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


def cmd_curve(args) -> int:
    from werktloont.engine.compose import COMPONENTS
    from werktloont.engine.curve import curve

    result = curve(read_json(args.case), over=args.over, start=args.start, stop=args.stop, step=args.step)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False)
        print()
        return 0
    cols = ["x", *COMPONENTS, "gain"]
    if args.csv:
        print(",".join(cols))
        for i in range(len(result["x"])):
            print(",".join(f"{result[c][i]:.2f}" if c != "x" else f"{result['x'][i]:g}" for c in cols))
        return 0
    unit = "uur/week" if args.over == "hours" else "uurloon"
    print(f"{unit:>10}{'te besteden':>16}{'erbij':>14}")
    n = len(result["x"])
    stride = max(1, n // 20)
    for i in list(range(0, n, stride)) + ([n - 1] if (n - 1) % stride else []):
        print(f"{fmt.plain(result['x'][i]):>10}{fmt.eur(result['disposable'][i]):>16}{fmt.eur(result['gain'][i]):>14}")
    for r in result["ranges"]:
        word = "Armoedeval" if r["kind"] == "cliff" else "Plateau"
        print(f"{word} van {fmt.plain(r['from'])} tot {fmt.plain(r['to'])}: {r['text']}")
    return 0


def _atomic_write(path: Path, text: str) -> None:
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cmd_batch(args) -> int:
    from werktloont.engine.batch import batch

    path = Path(args.cases)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("", f"bestand {path} kan niet worden gelezen ({exc})") from None
    cases, errors = [], {}
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            cases.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            errors[n] = {"error": f"Regel {n} is geen geldige JSON (kolom {exc.colno}).", "line": n}
    results = batch([c for _, c in cases])
    by_line = {n: r for (n, _), r in zip(cases, results)}
    for n, r in by_line.items():
        if "error" in r:
            r["line"] = n
    by_line.update(errors)
    out_lines = [json.dumps(by_line[n], ensure_ascii=False) for n in sorted(by_line)]
    text = "\n".join(out_lines) + ("\n" if out_lines else "")
    if args.out:
        _atomic_write(Path(args.out), text)
    else:
        sys.stdout.write(text)
    failed = sum(1 for r in by_line.values() if "error" in r)
    if failed:
        print(f"{failed} van de {len(by_line)} casussen konden niet worden berekend.", file=sys.stderr)
    return 1 if failed else 0
