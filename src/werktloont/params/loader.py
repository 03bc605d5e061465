"""Which parameter pack to use, loaded and cached: $WERKTLOONT_PARAMETERS, else a newer valid pack next to the
executable or in the user's data folder (override.py), else the bundled pack. Reading and validating a pack folder
is pack.py's business; this module re-exports its names for older callers."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from typing import Any

from werktloont.errors import FileProblemsError, Problem
from werktloont.jsonio import os_reason
from werktloont.params import override
from werktloont.params.pack import (  # noqa: F401 - re-exported: the loader's public names before the split
    _CACHE,
    _DEFAULT,
    _DEFAULT_RECHECK_S,
    MANIFEST,
    OVERLAY_DIR,
    ParameterPack,
    ParamValue,
    RegulationParams,
    Snapshot,
    _coverage,
    _display,
    _load,
    _signature,
    bundled_pack_dir,
    forget_default,
    load_dir,
    load_manifest,
    read_yaml,
    schema,
    validate_overlay,
    validate_regulation,
)


def default_pack_dir() -> Path:
    """The pack to use: $WERKTLOONT_PARAMETERS, else a newer valid pack next to the executable or in the
    user's data folder (see override.py), else the bundled pack."""
    env = os.environ.get("WERKTLOONT_PARAMETERS")
    if env:
        return Path(env)
    return override.choose(bundled_pack_dir())


def _check_complete(pack: ParameterPack) -> None:
    """A pack under development ($WERKTLOONT_PARAMETERS) must hold every regulation the bundled pack holds: one
    that lists only some would load and then fail every calculation."""
    try:
        wanted = load_manifest(bundled_pack_dir()).regulations
    except FileProblemsError:
        return  # the bundled pack is not there (a pack maintainer's checkout): nothing to compare with
    missing = [r for r in wanted if r not in pack.manifest.regulations]
    if missing:
        raise FileProblemsError(_display(pack.root / MANIFEST), [Problem(
            "regulations", f"de regelingen {', '.join(missing)} ontbreken; het pakket moet alle regelingen bevatten")])


ENV = "WERKTLOONT_PARAMETERS"


def _environment_problem(env: str) -> str | None:
    """Why the folder $WERKTLOONT_PARAMETERS names cannot be a pack before reading it (None: try to load it)."""
    path = Path(env)
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if path.is_symlink():
            return f"{env} verwijst in een kring naar zichzelf, of naar iets dat niet bestaat"
        if isinstance(exc, FileNotFoundError):
            return f"de map {env} bestaat niet"
        return f"{env} kan niet worden gelezen: {os_reason(exc)}"
    except (ValueError, RuntimeError):
        return f"{env} is geen bruikbaar pad"
    if not stat.S_ISDIR(mode):
        kind = "een bestand" if stat.S_ISREG(mode) else "een apparaat of pijp"
        return f"{env} is geen map maar {kind}"
    if not (path / MANIFEST).exists() and not (path / MANIFEST).is_symlink():
        return f"in {env} staat geen manifest.yaml, dus het is geen parameterpakket"
    return None


def _load_environment_pack(env: str) -> ParameterPack:
    """The pack $WERKTLOONT_PARAMETERS names, complete; any problem is said with the variable's name first."""
    hint = f"{ENV} moet wijzen naar de map van een parameterpakket (met manifest.yaml), of leeg zijn"
    problem = _environment_problem(env)
    if problem is not None:
        raise FileProblemsError(ENV, [Problem("", f"{problem}; {hint}")])
    try:
        pack = load_dir(env)
        _check_complete(pack)
    except FileProblemsError as exc:
        lines = [line.strip(" -") for line in str(exc).splitlines() if line.strip(" -")]
        first = f"het parameterpakket in {env} kan niet worden gebruikt: {' '.join(lines[:2])}"
        raise FileProblemsError(ENV, [Problem("", first)] + [Problem("", line) for line in lines[2:40]]) from None
    return pack


def load_pack(pack_dir: Path | str | None = None) -> ParameterPack:
    """The validated pack in `pack_dir` (default: see default_pack_dir), cached until a file changes."""
    if pack_dir is None:
        env = os.environ.get("WERKTLOONT_PARAMETERS")
        hit = _DEFAULT.get(env)
        now = time.monotonic()
        if hit is not None and now - hit[0] < _DEFAULT_RECHECK_S:
            return hit[1]
        if env:
            pack = _load_environment_pack(env)
        else:
            pack = load_dir(default_pack_dir())
        _DEFAULT[env] = (now, pack)
        return pack
    return load_dir(pack_dir)


def check_file(path: Path, pack_dir: Path | None = None) -> tuple[str, Any]:
    """Validate one file of any kind (manifest, regulation, overlay). Returns (kind, model)."""
    data = read_yaml(path)
    kind = data.get("format")
    if kind == schema.PACK_FORMAT:
        return "manifest", load_manifest(path.parent)
    # Coverage and known regulations come from the pack the file belongs to, else the default pack.
    home = pack_dir or (path.parent.parent if path.parent.name == OVERLAY_DIR else path.parent)
    if not (home / MANIFEST).exists():
        home = default_pack_dir()
    manifest = load_manifest(home)
    if kind == schema.OVERLAY_FORMAT:
        return "overlay", validate_overlay(path, manifest)
    if kind == schema.PARAMETERS_FORMAT:
        return "regulation", validate_regulation(path, manifest)
    raise FileProblemsError(_display(path), [Problem(
        "format", f"onbekend formaat {kind!r}; verwacht {schema.PARAMETERS_FORMAT}, "
                  f"{schema.OVERLAY_FORMAT} of {schema.PACK_FORMAT}")])
