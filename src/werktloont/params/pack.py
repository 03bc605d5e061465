"""Read and validate the files of one parameter pack folder; the loaded pack answers "which value applies on date D".

Which folder is the default pack (an override, $WERKTLOONT_PARAMETERS, the bundled one) is loader.py's business;
override.py uses this module to check candidates. The imports go one way: loader -> override -> pack.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from werktloont import jsonio
from werktloont.errors import FileProblemsError, InputError, Problem
from werktloont.params import bounds, gemeente_check, integrity, schema
from werktloont.params.snapshot import RegulationParams, Snapshot  # noqa: F401 - RegulationParams re-exported
from werktloont.params.yamlio import load_yaml_text
from werktloont.validation import problems_from

MANIFEST = "manifest.yaml"
OVERLAY_DIR = "gemeenten"


def bundled_pack_dir() -> Path:
    """The pack shipped with the program: the frozen app's bundle, or the source tree's parameters/."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "parameters"
    return Path(__file__).resolve().parents[3] / "parameters"


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop before Python 3.13
        return str(path)


MAX_FILE_BYTES = 2_000_000  # the largest file of the bundled pack is about 90 kB


def read_file(path: Path) -> bytes:
    """The bytes of one pack file: a regular file of at most MAX_FILE_BYTES (a FIFO, /dev/zero, a folder, a link
    loop or an unreadable file is refused before reading, in Dutch)."""
    try:
        return jsonio.read_bytes(path, MAX_FILE_BYTES, what="een parameterbestand")
    except jsonio.CaseFileError as exc:
        raise FileProblemsError(_display(path), [Problem("", exc.message.replace("kan niet worden geopend",
                                                                                 "kan niet worden gelezen"))]) from None


def read_yaml(path: Path, raw: bytes | None = None) -> Any:
    """Read one YAML file (or its bytes, already read); any failure becomes a Dutch FileProblemsError."""
    shown = _display(path)
    if raw is None:
        raw = read_file(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FileProblemsError(shown, [Problem("", "bestand is geen geldige UTF-8-tekst")]) from None
    try:
        data = load_yaml_text(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" (regel {mark.line + 1}, kolom {mark.column + 1})" if mark else ""
        what = exc.problem or "ongeldige YAML"
        raise FileProblemsError(shown, [Problem("", f"geen geldige YAML{where}: {what}")]) from None
    except yaml.YAMLError as exc:
        raise FileProblemsError(shown, [Problem("", f"geen geldige YAML: {jsonio.clean(str(exc))[:200]}")]) from None
    except (ValueError, RecursionError, MemoryError) as exc:  # e.g. a number Python will not convert
        raise FileProblemsError(shown, [Problem("", f"geen bruikbare YAML ({type(exc).__name__})")]) from None
    if not isinstance(data, dict):
        raise FileProblemsError(shown, [Problem("", "het bestand moet een tabel (sleutel: waarde) bevatten")])
    return data


def _validate(model_cls, data: dict, shown: str):
    try:
        return model_cls.model_validate(data)
    except ValidationError as exc:
        raise FileProblemsError(shown, problems_from(exc)) from None


def _coverage(manifest: schema.Manifest) -> tuple[date, date]:
    return schema.valid_date(manifest.coverage.start), schema.valid_date(manifest.coverage.end)


def load_manifest(pack_dir: Path) -> schema.Manifest:
    path = pack_dir / MANIFEST
    data = read_yaml(path)
    model = _validate(schema.Manifest, data, _display(path))
    problems = schema.check_manifest(model)
    if problems:
        raise FileProblemsError(_display(path), problems)
    return model


def validate_regulation(path: Path, manifest: schema.Manifest, raw: bytes | None = None) -> schema.RegulationFile:
    shown = _display(path)
    model = _validate(schema.RegulationFile, read_yaml(path, raw), shown)
    problems = schema.check_regulation(model, path.stem, _coverage(manifest), manifest.regulations, manifest.periods)
    problems += bounds.check_regulation_bounds(model, model.regulation)
    if problems:
        raise FileProblemsError(shown, problems)
    return model


def validate_overlay(path: Path, manifest: schema.Manifest, raw: bytes | None = None) -> schema.Overlay:
    shown = _display(path)
    model = _validate(schema.Overlay, read_yaml(path, raw), shown)
    problems = gemeente_check.check_overlay(model, path.stem, _coverage(manifest))
    if problems:
        raise FileProblemsError(shown, problems)
    return model


# --- the loaded pack ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ParamValue:
    """One dated value of one parameter, with everything needed to explain it."""

    id: str
    regulation: str
    label: schema.Label
    unit: str
    period: str
    type: str
    start: date
    until: date | None
    value: Any
    unknown: str | None
    sources: tuple[schema.Source, ...]
    confidence: str | None
    status: str
    note: str | None
    columns: tuple[schema.Column, ...] = ()
    reference_only: bool = False

    @property
    def ended(self) -> bool:
        return self.unknown is None and self.value is None


@dataclass
class ParameterPack:
    root: Path
    manifest: schema.Manifest
    regulations: dict[str, schema.RegulationFile]
    overlays: dict[str, schema.Overlay]
    checksum: str
    index: dict[str, list[ParamValue]] = field(default_factory=dict)
    _snapshots: dict[date, Snapshot] = field(default_factory=dict, repr=False)

    @property
    def version(self) -> str:
        return self.manifest.pack_version

    @property
    def coverage(self) -> tuple[date, date]:
        return _coverage(self.manifest)

    @property
    def periods(self) -> list[date]:
        return [schema.valid_date(p) for p in self.manifest.periods]

    def lookup(self, param_id: str, on: date) -> ParamValue | None:
        """The entry in force on `on`, or None when none applies (before the first date, after `until`)."""
        entries = self.index.get(param_id)
        if entries is None:
            raise KeyError(param_id)
        current = None
        for entry in entries:
            if entry.start <= on:
                current = entry
            else:
                break
        if current is not None and current.until is not None and on > current.until:
            return None
        return current

    def at(self, on: date | str) -> Snapshot:
        if isinstance(on, datetime):
            on = on.date()
        if isinstance(on, str):
            parsed = schema.parse_date(on)
            if parsed is None:
                raise InputError("date", f"'{on}' is geen geldige datum (JJJJ-MM-DD)")
            on = parsed
        start, end = self.coverage
        if not start <= on <= end:
            raise InputError("date", f"de datum {on.isoformat()} valt buiten het parameterpakket "
                                     f"{self.version} ({start.isoformat()} t/m {end.isoformat()})")
        snap = self._snapshots.get(on)
        if snap is None:
            snap = self._snapshots[on] = Snapshot(self, on)
        return snap


def _build_index(regulations: dict[str, schema.RegulationFile]) -> dict[str, list[ParamValue]]:
    index: dict[str, list[ParamValue]] = {}
    for reg_name, reg in regulations.items():
        for pid, p in reg.parameters.items():
            full = f"{reg_name}.{pid}"
            entries = []
            for key, e in p.values.items():
                entries.append(ParamValue(
                    id=full, regulation=reg_name, label=p.label, unit=p.unit, period=p.period, type=p.type,
                    start=schema.valid_date(key), until=schema.valid_date(e.until) if e.until else None,
                    value=e.value, unknown=e.unknown, sources=tuple(e.sources), confidence=e.confidence,
                    status=e.status, note=e.note, columns=tuple(p.columns or ()), reference_only=p.reference_only,
                ))
            index[full] = sorted(entries, key=lambda v: v.start)
    return index


def _load(pack_dir: Path) -> ParameterPack:
    manifest = load_manifest(pack_dir)
    digest = hashlib.sha256()
    regulations: dict[str, schema.RegulationFile] = {}
    problems: list[FileProblemsError] = []
    files: dict[str, bytes] = {}
    for name in manifest.regulations:
        path = pack_dir / f"{name}.yaml"
        if not path.exists() and not path.is_symlink():
            problems.append(FileProblemsError(_display(path), [Problem("", "bestand ontbreekt; het staat wel in "
                                                                              "manifest.yaml")]))
            continue
        try:
            raw = files[path.name] = read_file(path)
        except FileProblemsError as exc:
            problems.append(exc)
            continue
        digest.update(raw)
        try:
            regulations[name] = validate_regulation(path, manifest, raw)
        except FileProblemsError as exc:
            problems.append(exc)
    overlays: dict[str, schema.Overlay] = {}
    for path in sorted((pack_dir / OVERLAY_DIR).glob("*.yaml")):
        try:
            raw = files[f"{OVERLAY_DIR}/{path.name}"] = read_file(path)
        except FileProblemsError as exc:
            problems.append(exc)
            continue
        digest.update(raw)
        try:
            overlays[path.stem] = validate_overlay(path, manifest, raw)
        except FileProblemsError as exc:
            problems.append(exc)
    problems += integrity.check(manifest, files, _display(pack_dir / MANIFEST))
    if problems:
        if len(problems) == 1:
            raise problems[0]
        merged = [Problem("", str(p)) for p in problems]
        raise FileProblemsError(_display(pack_dir), merged)
    pack = ParameterPack(pack_dir, manifest, regulations, overlays, digest.hexdigest()[:16])
    pack.index = _build_index(regulations)
    return pack


_CACHE: dict[Path, tuple[tuple, ParameterPack]] = {}


def files_signature(files: list[Path]) -> tuple:
    """A cheap stat-based cache key: an edit to any of the files changes it (a missing file is left out)."""
    out = []
    for f in files:
        try:
            st = f.stat()
        except OSError:
            continue
        out.append((str(f), st.st_mtime_ns, st.st_size))
    return tuple(out)


def _signature(pack_dir: Path) -> tuple:
    return files_signature([pack_dir / MANIFEST, *sorted(pack_dir.glob("*.yaml")),
                            *sorted((pack_dir / OVERLAY_DIR).glob("*.yaml"))])


# The default pack is looked up (override folders, file stats) at most once a second: every engine call asks
# for it, and the look-up costs about 0,1 ms, as much as a whole calculation. Explicit folders are always checked.
_DEFAULT_RECHECK_S = 1.0
_DEFAULT: dict[str | None, tuple[float, ParameterPack]] = {}


def forget_default() -> None:
    """Look the default pack up again on the next call (after an override changed, and in tests)."""
    _DEFAULT.clear()


def load_dir(pack_dir: Path | str) -> ParameterPack:
    """The validated pack in `pack_dir`, cached until a file changes."""
    try:
        root = Path(pack_dir).resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        raise FileProblemsError(str(pack_dir), [Problem("", "de map verwijst in een kring naar zichzelf")]) from None
    sig = _signature(root)
    cached = _CACHE.get(root)
    if cached and cached[0] == sig:
        return cached[1]
    pack = _load(root)
    _CACHE[root] = (sig, pack)
    return pack
