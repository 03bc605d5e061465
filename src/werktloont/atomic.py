"""The one way werktloont writes a file a person keeps: case files, PDF reports, batch output, plan files, seals.

Never replace a good file with a bad one: the bytes go to a temporary file in the target's folder (its name
carries no client data: `.werktloont-XXXXXXXX.tmp`), are flushed and fsynced, their size is checked (and, for a
PDF, that the file ends with `%%EOF`), and only then is the temporary file renamed over the target. On any error
the old file stays as it was, the temporary file is removed and a WriteError says so in Dutch, naming the file.

Windows: another program (a PDF reader, Word) may hold the target open; the rename is retried for a moment, then
the message says to close it there. A name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9) or a character
it forbids is refused before anything is written. Bytes are written with os.write, so a full disk can be tested by
replacing os.write.
"""

from __future__ import annotations

import errno
import glob
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from werktloont.jsonio import CaseFileError, clean, os_reason

TEMP_PREFIX = ".werktloont-"
TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 60  # a temp file this old is left by a crash, not by a save still running
# A rename over a file another program holds open (Windows): tried this many times, this many seconds apart.
RENAME_ATTEMPTS = 10
RENAME_PAUSE_S = 0.2
CHUNK = 1 << 20

_WINDOWS_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", re.IGNORECASE)
_WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


class WriteError(CaseFileError):
    """A file could not be written; the message names it and says the previous file is unchanged (or absent)."""


class ReadOnlyTarget(WriteError):
    """The file to save over is read-only: ask the user, then save again with overwrite_readonly=True."""


def _windows() -> bool:
    return sys.platform == "win32"


def name_problem(name: str) -> str | None:
    """Why Windows cannot have a file of this name (None when it can). Checked on every platform by the tests,
    applied on Windows: 'CON.pdf' there is the console, not a file."""
    if _WINDOWS_RESERVED.match(name) or _WINDOWS_RESERVED.match(name.split(".")[0].rstrip(" ")):
        return f"'{clean(name)}' is een naam die Windows gebruikt voor een apparaat; kies een andere bestandsnaam"
    bad = sorted({ch for ch in name if ch in _WINDOWS_FORBIDDEN})
    if bad:
        shown = " ".join(repr(ch)[1:-1] if ch.isprintable() else f"teken {ord(ch)}" for ch in bad)
        return f"de bestandsnaam '{clean(name)}' bevat een teken dat Windows niet toestaat ({shown})"
    if name.endswith((" ", ".")):
        return f"de bestandsnaam '{clean(name)}' eindigt op een spatie of punt; dat staat Windows niet toe"
    return None


def resolve_target(path: str | os.PathLike) -> Path:
    """A symlinked target is written through the link (the link stays a link); a link loop is an error."""
    target = Path(path)
    if target.is_symlink():
        try:
            return Path(os.path.realpath(target, strict=True))
        except OSError:
            return Path(os.path.realpath(target))  # a dangling link: create what it points to
    return target


def _folder(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def clean_stale_temps(path: str | os.PathLike, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Remove temp files that a crash during an earlier save left in the folder of `path`: werktloont's own
    (`.werktloont-*.tmp`) and those of older versions, named after the target. Returns how many."""
    target = resolve_target(path)
    folder = _folder(target)
    removed, now = 0, time.time()
    try:
        candidates = [*folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"),
                      *folder.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}")]
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


class _Writer:
    """What `atomic_file` yields: write(bytes) through os.write, counting what reached the file. A failing write
    (a full disk) raises the WriteError at once, so the caller stops producing."""

    def __init__(self, fd: int, name: str, existed: bool):
        self.fd = fd
        self.written = 0
        self._name = name
        self._existed = existed

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        try:
            while view:
                n = os.write(self.fd, view[:CHUNK])
                if n <= 0:  # a write that makes no progress is a full disk in disguise
                    raise OSError(errno.ENOSPC, "no progress")
                view = view[n:]
                self.written += n
        except OSError as exc:
            raise _failed(self._name, os_reason(exc, "schrijven"), self._existed) from None
        return len(data)


def _kept(existed: bool) -> str:
    return "Het vorige bestand is niet veranderd." if existed else "Er is geen bestand gemaakt."


def _failed(name: str, reason: str, existed: bool) -> WriteError:
    return WriteError(f"{name} kon niet worden geschreven: {reason}. {_kept(existed)}", file=name)


def _mode(target: Path, private: bool) -> tuple[int, bool]:
    """(mode for the new file, whether the target exists): an existing file keeps its mode; a new one is
    owner-only when `private` (case files and reports hold the client's name)."""
    try:
        return target.stat().st_mode & 0o777, True
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return (0o600 if private else 0o666 & ~umask), False


def _replace(tmp: str, target: Path) -> None:
    os.replace(tmp, target)


def _rename(tmp: str, target: Path, existed: bool) -> None:
    """Rename over the target; on Windows a file another program holds open refuses for a while: retry."""
    name = clean(target.name)
    for attempt in range(RENAME_ATTEMPTS):
        try:
            _replace(tmp, target)
            return
        except PermissionError:
            if not _windows():
                raise
            if attempt + 1 == RENAME_ATTEMPTS:
                raise WriteError(f"{name} kon niet worden geschreven: het bestand is geopend in een ander programma "
                                 f"(bijvoorbeeld een PDF-lezer of tekstverwerker). Sluit het daar en probeer het "
                                 f"opnieuw. {_kept(existed)}", file=name) from None
            time.sleep(RENAME_PAUSE_S)


def _check_tail(tmp: str, tail: bytes, name: str, existed: bool) -> None:
    """The written file itself (read back from disk) ends with `tail`, trailing whitespace aside."""
    with open(tmp, "rb") as fh:
        fh.seek(max(0, os.fstat(fh.fileno()).st_size - len(tail) - 64))
        end = fh.read().rstrip()
    if not end.endswith(tail):
        raise _failed(name, "het bestand is onvolledig (het einde ontbreekt)", existed)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _prepare(target: Path, overwrite_readonly: bool) -> None:
    name = clean(target.name)
    if _windows():
        problem = name_problem(target.name)
        if problem:
            raise WriteError(f"{name} kan niet worden opgeslagen: {problem}.", file=name)
    if target.is_dir():
        raise WriteError(f"{name} kan niet worden opgeslagen: dit is een map, geen bestand.", file=name)
    if target.exists() and not os.access(target, os.W_OK):
        if not overwrite_readonly:
            raise ReadOnlyTarget(f"{name} is alleen-lezen. Wilt u het toch overschrijven?", file=name)
        if _windows():  # Windows does not rename over a read-only file; POSIX does (the folder decides)
            os.chmod(target, stat.S_IMODE(target.stat().st_mode) | stat.S_IWRITE)


@contextmanager
def atomic_file(path: str | os.PathLike, *, private: bool = True, overwrite_readonly: bool = False,
                tail: bytes | None = None) -> Iterator[_Writer]:
    """Yield a writer on a temporary file next to `path`; when the block ends without an error the file is
    fsynced, checked (size; `tail`: how it must end) and renamed over `path`.

    Any OSError becomes a WriteError (Dutch, naming the file, saying the old file is unchanged); any other error
    passes through. Either way the temporary file is gone and the target untouched. A read-only target raises
    ReadOnlyTarget unless `overwrite_readonly`."""
    target = resolve_target(path)
    name = clean(target.name)
    folder = _folder(target)
    existed = False
    try:
        _prepare(target, overwrite_readonly)
        mode, existed = _mode(target, private)
        clean_stale_temps(target)
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise _failed(name, os_reason(exc, "schrijven"), existed) from None
    fd_open, renamed = True, False
    try:
        writer = _Writer(fd, name, existed)
        yield writer
        try:
            os.fsync(fd)
            size = os.fstat(fd).st_size
            fd_open = False
            os.close(fd)
            if size != writer.written:
                raise _failed(name, "het bestand op schijf is niet zo groot als wat er geschreven is", existed)
            if tail is not None:
                _check_tail(tmp, tail, name, existed)
            os.chmod(tmp, mode)
            _rename(tmp, target, existed)
            renamed = True
        except OSError as exc:
            raise _failed(name, os_reason(exc, "schrijven"), existed) from None
    finally:
        if fd_open:
            try:
                os.close(fd)
            except OSError:
                pass
        if not renamed:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    _fsync_folder(folder)


def write_bytes(path: str | os.PathLike, data: bytes, *, private: bool = True, overwrite_readonly: bool = False,
                tail: bytes | None = None) -> None:
    """Write `data` atomically (see atomic_file)."""
    with atomic_file(path, private=private, overwrite_readonly=overwrite_readonly, tail=tail) as out:
        out.write(data)


def write_text(path: str | os.PathLike, text: str, *, private: bool = True, overwrite_readonly: bool = False,
               newline: str = "\n") -> None:
    """Write text as UTF-8 atomically; `newline` replaces every '\\n' (CRLF for a file that had it)."""
    if newline != "\n":
        text = text.replace("\n", newline)
    write_bytes(path, text.encode("utf-8"), private=private, overwrite_readonly=overwrite_readonly)


def write_lines(path: str | os.PathLike, chunks: Callable[[], Iterator[bytes]], *, private: bool = False) -> None:
    """Stream `chunks()` (bytes, e.g. a thousand result lines at a time) atomically into `path`."""
    with atomic_file(path, private=private) as out:
        for chunk in chunks():
            out.write(chunk)
