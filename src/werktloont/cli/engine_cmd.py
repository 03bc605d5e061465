"""`werktloont calc | toeslagen | curve | batch`: the engine from the command line."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

from werktloont import fmt, jsonio, texts
from werktloont.api import COMPONENTS, TOESLAGEN
from werktloont.cli import batch_cmd
from werktloont.errors import InputError
from werktloont.jsonio import read_case_data, read_json  # read_json: kept importable from here
from werktloont.texts import coverage, plausibility, refused
from werktloont.texts.assets import asset_lines
from werktloont.texts.cli import word
from werktloont.texts.dates import month_words
from werktloont.texts.debts import debt_lines
from werktloont.texts.notices import notice_lines
from werktloont.texts.verdict import (
    assets_above_limit,
    job_lines,
    lasting_verdict,
    phase_lines,
)


def _cli_label(key: str, lang: str) -> str:
    """The table label; a plain hyphen for the minus sign, which not every console can print."""
    return texts.label(key, lang).replace("\u2212", "-")


def register(sub) -> None:
    p = sub.add_parser("calc", help="bereken een casus: zonder en met baan")
    p.add_argument("case", help="casusbestand (JSON, werktloont-case/1)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON (werktloont-result/1)")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.set_defaults(func=cmd_calc)
    p = sub.add_parser("toeslagen", help="proefberekening toeslagen bij een toetsingsinkomen")
    p.add_argument("input", help="JSON met year, toetsingsinkomen, household, assets")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.set_defaults(func=cmd_toeslagen)
    p = sub.add_parser("curve", help="besteedbaar inkomen over uren of uurloon")
    p.add_argument("case", help="casusbestand (JSON)")
    p.add_argument("--over", choices=["hours", "wage"], default="hours")
    p.add_argument("--view", choices=["lasting", "first_month"], default="lasting",
                   help="blijvend (na de tijdelijke vrijlating, standaard) of de eerste maand")
    p.add_argument("--from", dest="start", type=float, default=None)
    p.add_argument("--to", dest="stop", type=float, default=None)
    p.add_argument("--step", type=float, default=None)
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    fmt_group = p.add_mutually_exclusive_group()
    fmt_group.add_argument("--json", action="store_true")
    fmt_group.add_argument("--csv", action="store_true")
    p.set_defaults(func=cmd_curve)
    batch_cmd.register(sub)


def not_included(result: dict, case: dict | None) -> list[str]:
    """The coverage codes for this case (every code when the case is not known)."""
    if case is None:
        return coverage.codes()
    adults = (case.get("household") or {}).get("adults") or []
    return coverage.codes(partner=len(adults) > 1, timeline=bool(result.get("timeline")),
                          municipality=bool(case.get("municipality")))


def format_result(result: dict, lang: str = "nl", case: dict | None = None) -> str:
    head = (word("col_without", lang), word("col_with", lang), word("col_diff", lang))
    width = max(30, *(len(_cli_label(k, lang)) + 2 for k in COMPONENTS))  # a long label never shifts its row
    lines = [f"{'':<{width}}{head[0]:>16}{head[1]:>16}{head[2]:>16}"]
    for key in COMPONENTS:
        a, b, diff = result["without_job"][key], result["with_job"][key], result["difference"][key]
        sign = "+" if diff > 0 else ""
        change = sign + fmt.eur(diff) if diff else ""
        lines.append(f"{_cli_label(key, lang):<{width}}{fmt.eur(a):>16}{fmt.eur(b):>16}{change:>16}")
    at = result["asset_test"]
    params = result["parameters"]
    # The table's month named, so it is never read as the month the headline speaks of.
    job = (result.get("headline") or {}).get("kind") in ("permanent", "temporary")
    month = month_words(result.get("first_month") or params["period"][:7], lang)
    out = [word("calc_head_job" if job else "calc_head", lang, month=month, period=params["period"],
                pack=params["pack"]), "", *lines, ""]
    out += refused.lines(result, lang)  # a file of the user's folders that was not used, and why
    # "look again at this input" (the window and the report show them too); the result stands
    out += [word("check_input", lang, text=t) for t in plausibility.sentences(result.get("plausibility", []), lang)]
    out.append(result.get("headline_text") or lasting_verdict(result, lang))
    out += [f"  {line}" for line in phase_lines(result.get("gain_phases", []), lang)]
    out += notice_lines(result, lang)
    out += job_lines(result.get("job"), lang)
    out += asset_lines(result, lang)  # events, car scenarios, client text
    out += debt_lines(result, lang)  # beslag, beslagvrije voet, naar schuldeisers
    if not at["eligible"]:
        out.append(assets_above_limit(at, lang))
    out.append("")
    out.append(word("why", lang))
    shown = "with_job" if any(e["situation"] == "with_job" for e in result["explanations"]) else "without_job"
    out += [f"- {_cli_label(e['component'], lang)}: {e['text']}" for e in result["explanations"]
            if e["situation"] == shown]
    if result.get("actions"):  # what the client must arrange (from the timeline)
        out += ["", word("to_arrange", lang)]
        out += [f"{i}. {a}" for i, a in enumerate(result["actions"], start=1)]
    out += [m["text"] for m in result.get("missing", ()) if "text" in m]  # a part left out: say so
    out.append("")
    out.append(coverage.indication(lang))
    out.append(coverage.sentence(not_included(result, case), lang))
    return "\n".join(out)


def cmd_calc(args) -> int:
    from werktloont.api import calculate

    case = read_case_data(args.case)
    with naming_file(args.case):
        result = calculate(case, lang=args.lang)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(jsonio.clean(format_result(result, args.lang, case if isinstance(case, dict) else None)))
    return 0


def cmd_toeslagen(args) -> int:
    from werktloont.api import toeslagen

    data = read_json(args.input)
    with naming_file(args.input):
        result = toeslagen(data)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    lang = args.lang
    print(word("toeslagen_head", lang, year=result["year"], income=fmt.eur(result["toetsingsinkomen"], 0)))
    for key in TOESLAGEN:
        r = result[key]
        print(f"  {_cli_label(key, lang):<24}{fmt.eur(r['per_month'], 0):>10} {word('per_month', lang)}"
              f"{fmt.eur(r['per_year'], 0):>12} {word('per_year', lang)}")
    return 0


def cmd_curve(args) -> int:
    from werktloont.api import curve

    lang = args.lang
    case = read_case_data(args.case)
    with naming_file(args.case):
        result = curve(case, over=args.over, start=args.start, stop=args.stop, step=args.step, lang=lang,
                       view=args.view)
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
    unit = word("unit_hours" if args.over == "hours" else "unit_wage", lang)
    print(f"{unit:>10}{word('disposable', lang):>16}{word('gain', lang):>14}")
    n = len(result["x"])
    stride = max(1, n // 20)
    for i in list(range(0, n, stride)) + ([n - 1] if (n - 1) % stride else []):
        print(f"{fmt.plain(result['x'][i]):>10}{fmt.eur(result['disposable'][i]):>16}{fmt.eur(result['gain'][i]):>14}")
    for r in result["ranges"]:
        print(word("range", lang, word=word("cliff" if r["kind"] == "cliff" else "plateau", lang),
                   start=fmt.plain(r["from"]), stop=fmt.plain(r["to"]), text=r["text"]))
    return 0




@contextmanager
def naming_file(path: str):
    """An invalid field in a case file: the message names the file too (the engine only knows the field)."""
    try:
        yield
    except jsonio.CaseFileError:
        raise
    except InputError as exc:
        name = jsonio.clean(Path(path).name)
        raise jsonio.CaseFileError(f"{name}: {jsonio.clean(str(exc))}{_refused_overlay(exc)}", field=exc.field,
                                   file=name) from None


def _refused_overlay(exc: InputError) -> str:
    """An unknown municipality whose own file in the user's folder was refused: say that file is why."""
    if exc.field != "municipality":
        return ""
    from werktloont.params.refusals import refusals

    items = [r.as_dict() for r in refusals() if r.kind == "overlay" and r.name and f"'{r.name}'" in str(exc)]
    return "".join("\n" + line for line in refused.lines({"refused": refused.render(items)}))
