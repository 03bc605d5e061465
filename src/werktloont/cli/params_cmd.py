"""`werktloont params list|check|diff|seal`: what the pack holds, whether a file is valid, what changed; seal writes
the checksums of a pack's files into its manifest (for a pack maintainer)."""

from __future__ import annotations

from pathlib import Path

from werktloont import fmt
from werktloont.errors import InputError
from werktloont.jsonio import clean
from werktloont.params import ParamValue, check_file, load_pack
from werktloont.params.schema import parse_date

PERIOD_NL = {"month": "per maand", "year": "per jaar", "week": "per week", "day": "per dag", "hour": "per uur"}
UNIT_NL = {"count": "", "years": "jaar", "months": "maanden", "weeks": "weken", "days": "dagen", "hours": "uur"}


def _say(text: str = "") -> None:
    """Print text from a pack (labels, notes, reasons) without terminal escapes or direction overrides."""
    print(clean(text))


def register(sub) -> None:
    p = sub.add_parser("params", help="parameterpakket bekijken en controleren")
    psub = p.add_subparsers(dest="params_command", required=True)
    p_list = psub.add_parser("list", help="periodes en regelingen in het pakket")
    p_list.set_defaults(func=cmd_list)
    p_check = psub.add_parser("check", help="controleer één parameter- of gemeentebestand")
    p_check.add_argument("file", help="pad naar het YAML-bestand")
    p_check.set_defaults(func=cmd_check)
    p_diff = psub.add_parser("diff", help="wat veranderde er tussen twee datums")
    p_diff.add_argument("a", help="eerste datum, bijvoorbeeld 2026-01-01")
    p_diff.add_argument("b", help="tweede datum, bijvoorbeeld 2026-07-01")
    p_diff.set_defaults(func=cmd_diff)
    p_seal = psub.add_parser("seal", help="schrijf de controlesommen van de pakketbestanden in manifest.yaml")
    p_seal.add_argument("packdir", help="de map van het pakket, bijvoorbeeld parameters")
    p_seal.set_defaults(func=cmd_seal)


def cmd_seal(args) -> int:
    """Write the sha256 of every file of the pack into manifest.yaml, then check the whole pack.

    Every file is validated first (the same checks as loading, bounds included): a pack with an absurd value is
    not sealed. The manifest keeps its line endings (CRLF from a Windows editor stays CRLF)."""
    from werktloont import atomic
    from werktloont.errors import FileProblemsError, Problem
    from werktloont.params import integrity, pack

    folder = Path(args.packdir)
    manifest = pack.load_manifest(folder)
    files = integrity.pack_files(folder, manifest.regulations)
    problems: list[Problem] = []
    sums: dict[str, str] = {}
    for name, path in files.items():
        try:
            raw = pack.read_file(path)
            sums[name] = integrity.digest(raw)
            if name.startswith(f"{pack.OVERLAY_DIR}/"):
                pack.validate_overlay(path, manifest, raw)
            else:
                pack.validate_regulation(path, manifest, raw)
        except FileProblemsError as exc:
            problems.append(Problem("", str(exc)))
    if problems:
        raise FileProblemsError(f"{folder} (niet verzegeld)", problems)
    path = folder / pack.MANIFEST
    text = pack.read_file(path).decode("utf-8-sig")
    newline = "\r\n" if "\r\n" in text else "\n"
    text = text.replace("\r\n", "\n")
    atomic.write_text(path, integrity.seal_text(text, sums), private=False, newline=newline)
    loaded = pack.load_dir(folder)  # the sealed pack must load; any other problem is reported as usual
    _say(f"Verzegeld: {len(sums)} bestanden in {path} (pakket {loaded.version}).")
    return 0


def format_value(pv: ParamValue) -> str:
    """A parameter value as a reviewer reads it in the publication."""
    v = pv.value
    if pv.type == "scalar":
        if pv.unit == "EUR":
            return f"{fmt.eur(v)} {PERIOD_NL.get(pv.period, '')}".rstrip()
        if pv.unit in ("percent", "signed_percent"):
            return fmt.percent(v)
        if pv.unit == "factor":
            return fmt.plain(v)
        return f"{fmt.plain(v)} {UNIT_NL.get(pv.unit, '')}".rstrip()
    if pv.type == "brackets":
        return "; ".join(f"vanaf {fmt.eur(r['threshold'], 0)}: {fmt.percent(r['rate'])}" for r in v)
    if pv.type == "piecewise_linear":
        return "; ".join(f"vanaf {fmt.eur(r['from'], 0)}: {fmt.eur(r['base'], 0)} + {fmt.percent(r['rate'])}"
                         for r in v)
    names = ", ".join(c.name for c in pv.columns)
    return f"tabel ({names}), {len(v)} rijen"


def _state(pv: ParamValue | None) -> str:
    if pv is None or pv.ended:
        return "geen waarde"
    if pv.unknown is not None:
        return "ONBEKEND"
    if pv.status == "voorlopig":  # not yet published: the last known value carried forward
        return f"{format_value(pv)} (VOORLOPIG)"
    return format_value(pv)


def _sources(pv: ParamValue) -> str:
    text = "; ".join(s.short() for s in pv.sources)
    return f"{text} [{pv.confidence}]"


def cmd_list(args) -> int:
    pack = load_pack()
    m = pack.manifest
    _say(f"Parameterpakket {m.pack_version}: {m.label.nl}")
    _say(f"Dekking: {m.coverage.start} t/m {m.coverage.end}; laatst gecontroleerd: {m.last_verified}")
    _say("Wijzigingsdata: " + ", ".join(m.periods))
    _say()
    _say(f"{'regeling':<22}{'wet':<48}{'parameters':>11}{'onbekend':>10}  datums")
    unknowns: list[ParamValue] = []
    for name, reg in pack.regulations.items():
        entries = [e for pid in reg.parameters for e in pack.index[f"{name}.{pid}"]]
        dates = sorted({e.start.isoformat() for e in entries})
        unknown = [e for e in entries if e.unknown is not None]
        unknowns += unknown
        _say(f"{name:<22}{reg.law.title[:46]:<48}{len(reg.parameters):>11}{len(unknown):>10}  {' '.join(dates)}")
    _say()
    if pack.overlays:
        _say("Gemeentelijke regelingen:")
        for name, ov in pack.overlays.items():
            tag = " (VOORBEELD, fictief)" if ov.example else ""
            ids = ", ".join(s.id for s in ov.schemes)
            _say(f"  {name}{tag}: {ids}")
        _say()
    if unknowns:
        _say("Onbekende waarden (een berekening die ze nodig heeft, stopt met een melding):")
        for e in unknowns:
            _say(f"  {e.id} vanaf {e.start.isoformat()}: {e.unknown}")
    return 0


def cmd_check(args) -> int:
    path = Path(args.file)
    kind, model = check_file(path)
    if kind == "regulation":
        n = len(model.parameters)
        unknown = sum(1 for p in model.parameters.values() for e in p.values.values() if e.unknown is not None)
        _say(f"In orde: {path} (regeling {model.regulation}, {n} parameters, {unknown} onbekende waarden)")
    elif kind == "overlay":
        tag = ", VOORBEELD" if model.example else ""
        _say(f"In orde: {path} (gemeente {model.gemeente}{tag}, {len(model.schemes)} regelingen)")
    else:
        _say(f"In orde: {path} (manifest, pakket {model.pack_version})")
    return 0


def _date_arg(text: str, field: str):
    d = parse_date(text)
    if d is None:
        raise InputError(field, f"'{text}' is geen geldige datum (JJJJ-MM-DD)")
    return d


def cmd_diff(args) -> int:
    pack = load_pack()
    a, b = _date_arg(args.a, "a"), _date_arg(args.b, "b")
    for field_name, d in (("a", a), ("b", b)):
        try:
            pack.at(d)
        except InputError as exc:  # name the argument the user typed, not the internal field
            raise InputError(field_name, exc.message) from None
    _say(f"Wijzigingen tussen {a.isoformat()} en {b.isoformat()} (parameterpakket {pack.version})")
    changed = same = 0
    for name, reg in pack.regulations.items():
        lines: list[str] = []
        for pid, p in reg.parameters.items():
            full = f"{name}.{pid}"
            va, vb = pack.lookup(full, a), pack.lookup(full, b)
            if _key(va) == _key(vb):
                same += 1
                continue
            changed += 1
            lines.append(f"  {p.label.nl} ({full})")
            lines.append(f"    {a.isoformat()}: {_state(va)}")
            lines.append(f"    {b.isoformat()}: {_state(vb)}{_change(va, vb)}")
            if vb is not None and vb.unknown is None and vb.sources:
                lines.append(f"    bron: {_sources(vb)}")
            elif vb is not None and vb.unknown is not None:
                lines.append(f"    reden: {vb.unknown}")
        if lines:
            _say()
            _say(f"{name}: {reg.law.title}")
            _say("\n".join(lines))
    still_unknown = [(pid, pv) for pid in pack.index if (pv := pack.lookup(pid, b)) is not None and pv.unknown]
    if still_unknown:
        _say()
        _say(f"Onbekend op {b.isoformat()} (een berekening die dit nodig heeft, stopt met een melding):")
        for pid, pv in still_unknown:
            _say(f"  {pid}")
            _say(f"    reden: {' '.join((pv.unknown or '').split())}")
    _say()
    _say(f"{changed} gewijzigd, {same} ongewijzigd.")
    return 0


def _key(pv: ParamValue | None):
    """What a reviewer compares: no value, unknown, or the value itself."""
    if pv is None or pv.ended:
        return ("none",)
    if pv.unknown is not None:
        return ("unknown",)
    return ("value", repr(pv.value), pv.status)


def _change(va: ParamValue | None, vb: ParamValue | None) -> str:
    if va is None or vb is None or va.type != "scalar" or vb.type != "scalar":
        return ""
    if not isinstance(va.value, (int, float)) or not isinstance(vb.value, (int, float)):
        return ""
    delta = vb.value - va.value
    if va.unit == "EUR":
        pct = f"; {'+' if delta >= 0 else ''}{fmt.number_nl(100 * delta / va.value)} %" if va.value else ""
        return f"   ({'+' if delta >= 0 else ''}{fmt.eur(delta)}{pct})"
    return ""
