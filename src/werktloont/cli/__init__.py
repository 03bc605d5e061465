"""Command line: `werktloont` opens the app; subcommands compute and inspect parameters."""

from __future__ import annotations

import argparse
import os
import sys

from werktloont import __version__
from werktloont.cli.pack import pack_status
from werktloont.errors import WerktloontError


def _pack_version() -> str:
    ok, text = pack_status()
    return text if ok else f"fout bij laden: {text}"


class _Parser(argparse.ArgumentParser):
    """argparse with Dutch usage errors (exit 2, no traceback)."""

    def error(self, message: str):  # noqa: D401 - argparse hook
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from werktloont.cli import diagnose_cmd, engine_cmd, gemeente_cmd, params_cmd, plan_cmd, report_cmd, timeline_cmd

    parser = _Parser(prog="werktloont", description="Werk loont: rekenhulp bijstand of werk (offline).")
    parser.add_argument("--version", action="store_true", help="toon versie en parameterpakket")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    engine_cmd.register(sub)
    timeline_cmd.register(sub)
    plan_cmd.register(sub)
    params_cmd.register(sub)
    gemeente_cmd.register(sub)
    report_cmd.register(sub)
    diagnose_cmd.register(sub)
    return parser


NO_DISPLAY_HELP = """\
werktloont: er is geen beeldscherm gevonden, dus het venster kan niet openen.
Gebruik de opdrachtregel:
  werktloont params list                      normen en periodes in het parameterpakket
  werktloont params diff 2026-01-01 2026-07-01  wat veranderde er per 1 juli
  werktloont params check BESTAND.yaml        controleer een parameter- of gemeentebestand
  werktloont gemeente list                    gemeenten en hun regelingen
  werktloont --help                           alle opdrachten
"""


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))


def _open_app(argv: list[str]) -> int:
    try:
        from werktloont.ui import app  # noqa: F401 - the window: its Qt must import
    except ImportError:
        print("werktloont: het venster is in deze versie nog niet beschikbaar.\n" + NO_DISPLAY_HELP.split("\n", 2)[2])
        return 0
    if not _has_display():
        print(NO_DISPLAY_HELP, end="")
        return 0
    return app.run(argv)


def _screenshot(argv: list[str]) -> int:
    """`werktloont --screenshot PATH [CASE.json] [--lang en] [--tab hours|wage|metr|timeline|assets]`."""
    parser = _Parser(prog="werktloont --screenshot",
                     description="Maak een schermafbeelding (PNG) van het venster, zonder beeldscherm.")
    parser.add_argument("path", help="PNG-bestand om te schrijven")
    parser.add_argument("case", nargs="?", help="casusbestand (JSON); anders de voorbeeldcasus")
    parser.add_argument("--lang", choices=["nl", "en"], default="nl")
    parser.add_argument("--tab", choices=["hours", "wage", "metr", "timeline", "assets"], default="hours")
    args = parser.parse_args(argv)
    try:
        from werktloont.ui import app
    except ImportError as exc:
        print(f"werktloont: het venster kan niet worden gemaakt ({exc.name} ontbreekt).", file=sys.stderr)
        return 3
    return app.screenshot(args.path, args.case, lang=args.lang, tab=args.tab)


def utf8_when_redirected() -> None:
    """Windows: output sent to a file or a pipe would be written in the ANSI code page (cp1252), which has no
    arrow or 'at least' sign, and `calc > uit.txt` would stop with an encoding error; write UTF-8 there. The
    console itself (a TTY) already takes any character."""
    if sys.platform != "win32":
        return
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        try:
            if reconfigure is not None and not stream.isatty():
                reconfigure(encoding="utf-8", errors="replace")
        except (OSError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    utf8_when_redirected()
    if not argv or (len(argv) == 1 and argv[0].endswith(".json")):
        return _open_app(argv)
    if argv[0] == "--screenshot":
        return _screenshot(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from werktloont.jsonio import clean

        print(clean(f"werktloont {__version__} (parameterpakket {_pack_version()})"))
        return 0
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except WerktloontError as exc:
        from werktloont.jsonio import clean

        print(clean(str(exc)), file=sys.stderr)  # no terminal escapes from a file reach the console
        return 2
    except BrokenPipeError:  # output piped into `head` and closed: not an error for the user
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - last resort: a calm message, never a traceback
        print(f"werktloont: er ging onverwacht iets mis ({type(exc).__name__}). "
              "Controleer de invoer of meld dit aan de beheerder.", file=sys.stderr)
        return 3
