"""`werktloont diagnose`: does this installation work on this laptop? For support, and the release smoke test.

It checks what a slimmed or broken bundle would lose without a crash: the parameter pack, Qt's ICU data
(Dutch sorting, a Western single-byte codec; build/trim_icu.py keeps only those parts), and the fonts the
window and the report draw with. Nothing personal is read or printed.
"""

from __future__ import annotations

import functools
import json
import platform
import sys

from werktloont import __version__
from werktloont.cli.pack import pack_status


def register(sub) -> None:
    p = sub.add_parser("diagnose", help="controleer of deze installatie werkt (pakket, Qt, ICU, lettertypen)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(func=cmd_diagnose)


def _check_collation() -> tuple[bool, str]:
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    words = sorted(["zee", "Eva", "ijs", "Één", "appel"], key=functools.cmp_to_key(collator.compare))
    # Dutch (ICU, CLDR root order): accents and case count only in a tie, so Één (e-e-n) sorts before
    # Eva (e-v-a); a plain code-point sort puts the capitals first and É (U+00C9) after z.
    ok = words == ["appel", "Één", "Eva", "ijs", "zee"]
    return ok, ", ".join(words)


def _check_codec() -> tuple[bool, str]:
    from PySide6.QtCore import QStringDecoder

    # Qt knows UTF-8/16/32 and Latin-1 itself; every other codec comes from ICU's converter tables.
    # (PySide6 offers no decode call on QStringDecoder, so validity is what can be checked here.)
    names = ("windows-1252", "ISO-8859-15")
    missing = [n for n in names if not QStringDecoder(n).isValid()]
    return not missing, (f"{', '.join(missing)} onbekend" if missing else f"{', '.join(names)} beschikbaar")


def _check_fonts() -> tuple[bool, str]:
    from PySide6.QtGui import QFontDatabase

    from werktloont.report.render import ensure_gui_app

    ensure_gui_app()
    families = set(QFontDatabase.families())
    found = "DejaVu Sans" in families
    return found, f"{len(families)} families, DejaVu Sans {'aanwezig' if found else 'ontbreekt'}"


CHECKS = (
    ("parameterpakket", pack_status),
    ("sorteren (ICU, nl)", _check_collation),
    ("tekencoderingen (ICU)", _check_codec),
    ("lettertypen", _check_fonts),
)


def cmd_diagnose(args) -> int:
    results = []
    for label, check in CHECKS:
        try:
            ok, detail = check()
        except ImportError as exc:
            ok, detail = False, f"{exc.name} ontbreekt"
        except Exception as exc:  # noqa: BLE001 - a diagnosis reports, it does not crash
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        results.append({"check": label, "ok": bool(ok), "detail": detail})
    try:
        from PySide6 import __version__ as pyside
    except ImportError:
        pyside = "ontbreekt"
    info = {
        "werktloont": __version__,
        "python": platform.python_version(),
        "pyside6": pyside,
        "bevroren": bool(getattr(sys, "frozen", False)),
        "systeem": f"{platform.system()} {platform.machine()}",
    }
    if args.json:
        print(json.dumps({"info": info, "checks": results}, ensure_ascii=False, indent=2))
    else:
        print("  ".join(f"{k}: {v}" for k, v in info.items()))
        for r in results:
            print(f"{'goed' if r['ok'] else 'FOUT'}  {r['check']}: {r['detail']}")
    return 0 if all(r["ok"] for r in results) else 1
