"""Case files on disk: open with clear Dutch messages, save atomically, and say what a newer pack changed."""

from __future__ import annotations

import glob
import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from werktloont import fmt, jsonio
from werktloont.engine.components import COMPONENTS
from werktloont.model.case import Case, Computed
from werktloont.texts.components import is_en
from werktloont.texts.components import name as component_name

MAX_BYTES = jsonio.MAX_BYTES
CaseFileError = jsonio.CaseFileError  # a case file cannot be opened or saved; the message names the file


@dataclass
class OpenedCase:
    case: Case
    path: Path
    notices: list[str] = field(default_factory=list)


def read_case(path: str | os.PathLike) -> Case:
    """Read and validate a case file (jsonio.read_case, the one reader). Any problem raises CaseFileError."""
    return jsonio.read_case(path)


def case_to_json(case: Case) -> str:
    data = case.model_dump(mode="json", exclude_defaults=False)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


STALE_TEMP_SECONDS = 60  # a temp file this old is left by a crash, not by a save still running


class ReadOnlyTarget(CaseFileError):
    """The file to save over is read-only: ask the user, then save again with overwrite_readonly=True."""


class ChangedSinceOpened(CaseFileError):
    """The file changed on disk since it was opened (the same case open twice, or another program): ask the user,
    then save again without `expected_stamp`."""


def _resolve_target(path: str | os.PathLike) -> Path:
    """A symlinked target is written through the link (the link stays a link); a link loop is an error."""
    target = Path(path)
    if target.is_symlink():
        try:
            return Path(os.path.realpath(target, strict=True))
        except OSError:
            return Path(os.path.realpath(target))  # a dangling link: create what it points to
    return target


def file_stamp(path: str | os.PathLike) -> tuple[int, int] | None:
    """(mtime_ns, size) of a file, None if absent: keep it at open, compare before saving (the case is open
    twice, or another program changed the file, when they differ)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def clean_stale_temps(path: str | os.PathLike, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Remove `.NAME.*.tmp` files that a crash during an earlier save left next to `path`. Returns how many."""
    import time

    target = _resolve_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    removed, now = 0, time.time()
    try:
        candidates = list(folder.glob(f".{glob.escape(target.name)}.*.tmp"))
    except OSError:
        return 0
    for tmp in candidates:
        try:
            if tmp.is_file() and not tmp.is_symlink() and now - tmp.stat().st_mtime >= older_than:
                tmp.unlink()
                removed += 1
        except OSError:
            pass
    return removed


@contextmanager
def atomic_target(path: str | os.PathLike, *, private: bool = True, overwrite_readonly: bool = False):
    """Yield a temporary path in the target's folder; on success it replaces the target atomically (fsync first).

    A crash or a full disk leaves either the old file or the new one, never half of one; the temp file is removed
    on any error, and stale ones from an earlier crash at the next save. An existing file keeps its mode; a new
    one is owner-only when `private` (case files and reports hold the client's name). A read-only target raises
    ReadOnlyTarget unless `overwrite_readonly`. The one helper for case files, batch output and reports.
    """
    target = _resolve_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = None
    if mode is not None and not os.access(target, os.W_OK) and not overwrite_readonly:
        raise ReadOnlyTarget(f"{target.name} is alleen-lezen. Wilt u het toch overschrijven?", file=target.name)
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o600 if private else 0o666 & ~umask
    clean_stale_temps(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        _replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            try:
                os.unlink(tmp)
            except OSError:
                pass
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


def atomic_write_text(path: str | os.PathLike, text: str, *, private: bool = True,
                      overwrite_readonly: bool = False) -> None:
    """Write text atomically through atomic_target (see there)."""
    with atomic_target(path, private=private, overwrite_readonly=overwrite_readonly) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)


def _replace(tmp: str, target: Path) -> None:
    os.replace(tmp, target)


def save_case(path: str | os.PathLike, case: Case, result: dict | None = None, *,
              overwrite_readonly: bool = False, expected_stamp: tuple[int, int] | None = None) -> None:
    """Save a case (with the pack version and amounts of `result`, when given) atomically.

    A read-only file raises ReadOnlyTarget (ask, then save again with overwrite_readonly=True). `expected_stamp`:
    file_stamp() when the case was opened or last saved; a file changed since raises ChangedSinceOpened."""
    if expected_stamp is not None and file_stamp(path) not in (expected_stamp, None):
        raise ChangedSinceOpened(f"{Path(path).name} is intussen opnieuw opgeslagen, in een ander venster of door "
                                 "een ander programma. Wilt u het toch overschrijven?", file=Path(path).name)
    if result is not None:
        computed = Computed(period=result["parameters"]["period"], without_job=result["without_job"],
                            with_job=result["with_job"], gain_per_month=result["gain_per_month"])
        case = case.model_copy(update={"pack_version": result["parameters"]["pack"], "computed": computed})
    try:
        atomic_write_text(path, case_to_json(case), overwrite_readonly=overwrite_readonly)
    except OSError as exc:
        raise CaseFileError(f"Opslaan van {Path(path).name} is mislukt ({jsonio.os_reason(exc)}); "
                            "het vorige bestand is niet veranderd.") from None


def changes_since_saved(case: Case, result: dict, lang: str = "nl") -> list[str]:
    """'Berekend met de normen van …, nu herberekend met …' and the amounts that changed for this case."""
    saved = case.pack_version
    now = result["parameters"]["pack"]
    if not saved or saved == now:
        return []
    nl = not is_en(lang)
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
