"""`werktloont report CASE.json --pdf OUT.pdf`: the client report as an A4 PDF."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("report", help="maak het rapport voor de klant (PDF, A4)")
    p.add_argument("case", help="casusbestand (JSON, werktloont-case/1)")
    p.add_argument("--pdf", required=True, metavar="OUT.pdf", help="het PDF-bestand om te schrijven")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.add_argument("--anonymous", "--anoniem", action="store_true",
                   help="zonder naam en notitie (de bedragen blijven gelijk)")
    p.set_defaults(func=cmd_report)


def cmd_report(args) -> int:
    from werktloont.casefile import read_case
    from werktloont.report.content import build_report

    case = read_case(args.case)
    report = build_report(case, lang=args.lang, anonymous=args.anonymous)
    from werktloont.texts.cli import word

    try:
        from werktloont.report.render import write_pdf
    except ImportError as exc:  # PySide6 missing: say so instead of a traceback
        print(word("report_missing", args.lang, name=exc.name), file=sys.stderr)
        return 3
    pages = write_pdf(report, args.pdf)
    print(word("report_written", args.lang, path=args.pdf, pages=pages,
               unit=word("page" if pages == 1 else "pages", args.lang)))
    return 0
