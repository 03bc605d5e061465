"""Case files on disk: open with clear Dutch messages, save atomically, and say what a newer pack changed."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from werktloont import fmt
from werktloont.engine.components import COMPONENTS
from werktloont.errors import InputError, WerktloontError
from werktloont.model.case import CASE_FORMAT, Case, Computed, parse_case
from werktloont.texts.components import name as component_name

MAX_BYTES = 1_000_000  # a case is a few kB; anything this large is not a case file


class CaseFileError(WerktloontError):
    """A case file cannot be opened or saved; the message names the file and, where known, the field."""


@dataclass
class OpenedCase:
    case: Case
    path: Path
    notices: list[str] = field(default_factory=list)


def read_case(path: str | os.PathLike) -> Case:
    """Read and validate a case file. Never returns a half-valid case: any problem raises CaseFileError."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise CaseFileError(f"{name} is te groot voor een casusbestand ({size:,} bytes).".replace(",", "."))
        raw = p.read_bytes()
    except OSError as exc:
        raise CaseFileError(f"{name} kan niet worden geopend ({exc.strerror or exc}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileError(f"{name} is geen tekstbestand in UTF-8; is het wel een werktloont-casus?") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"{name} is beschadigd of geen JSON (regel {exc.lineno}, kolom {exc.colno}).") from None
    except RecursionError:
        raise CaseFileError(f"{name} is beschadigd (te diep genest).") from None
    if not isinstance(data, dict):
        raise CaseFileError(f"{name} is geen werktloont-casus (verwacht een JSON-object).")
    fmt_field = data.get("format")
    if fmt_field is None:
        raise CaseFileError(f"{name} is geen werktloont-casus: het veld 'format' ontbreekt.")
    if fmt_field != CASE_FORMAT:
        raise CaseFileError(f"{name} heeft formaat '{fmt_field}'; deze versie van werktloont leest {CASE_FORMAT}.")
    try:
        return parse_case(data)
    except InputError as exc:
        raise CaseFileError(f"{name}: {exc}") from None


def case_to_json(case: Case) -> str:
    data = case.model_dump(mode="json", exclude_defaults=False)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    """Write via a temporary file in the same folder, flush and fsync, then rename over the target.

    A crash or a full disk leaves either the old file or the new one, never half of one.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        try:  # an existing file keeps its mode; a new one stays owner-only (it holds client data)
            os.chmod(tmp, target.stat().st_mode & 0o777)
        except OSError:
            pass
        _replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable; not every platform can open a folder
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _replace(tmp: str, target: Path) -> None:
    os.replace(tmp, target)


def save_case(path: str | os.PathLike, case: Case, result: dict | None = None) -> None:
    """Save a case (with the pack version and amounts of `result`, when given) atomically."""
    if result is not None:
        computed = Computed(period=result["parameters"]["period"], without_job=result["without_job"],
                            with_job=result["with_job"], gain_per_month=result["gain_per_month"])
        case = case.model_copy(update={"pack_version": result["parameters"]["pack"], "computed": computed})
    try:
        atomic_write_text(path, case_to_json(case))
    except OSError as exc:
        raise CaseFileError(f"Opslaan van {Path(path).name} is mislukt ({exc.strerror or exc}); "
                            "het vorige bestand is niet veranderd.") from None


def changes_since_saved(case: Case, result: dict, lang: str = "nl") -> list[str]:
    """'Berekend met de normen van …, nu herberekend met …' and the amounts that changed for this case."""
    saved = case.pack_version
    now = result["parameters"]["pack"]
    if not saved or saved == now:
        return []
    nl = lang != "en"
    lines = [f"Berekend met de normen van pakket {saved}, nu herberekend met pakket {now}." if nl else
             f"Computed with the rules of pack {saved}, now recomputed with pack {now}."]
    old = case.computed
    if old is None:
        return lines
    for situation, title_nl, title_en in (("without_job", "zonder baan", "without job"),
                                          ("with_job", "met baan", "with job")):
        before = getattr(old, situation)
        for key in COMPONENTS:
            label = component_name(key, lang)
            if key in before and abs(result[situation][key] - before[key]) >= 0.005:
                lines.append(f"{label} {title_nl if nl else title_en}: {fmt.eur(before[key])} → "
                             f"{fmt.eur(result[situation][key])}")
    if len(lines) == 1:
        lines.append("Voor deze casus is geen bedrag veranderd." if nl else "No amount changed for this case.")
    return lines
