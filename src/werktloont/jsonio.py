"""The one reader of JSON and case files (CLI, window, report, batch): refuses cleanly, in Dutch, naming the file.

Before reading: a regular file (a FIFO would hang, /dev/zero would fill memory; `st_size` is 0 for both) of at
most MAX_BYTES. While parsing: a UTF-8 BOM is fine; duplicate keys, NaN/Infinity, integers of more than
MAX_DIGITS digits and nesting deeper than MAX_DEPTH are refused. Messages never carry terminal escape or
bidirectional control characters from the file.
"""

from __future__ import annotations

import json
import os
import re
import stat
from typing import Any, Final

from werktloont.errors import InputError, WerktloontError
from werktloont.userdirs import base_name

MAX_BYTES = 1_000_000  # a case is a few kB; anything this large is not a case file
MAX_LINE_BYTES = 100_000  # one case in a batch file
MAX_BATCH_BYTES = 200_000_000
MAX_DEPTH = 32  # a case nests 4 levels deep
MAX_DIGITS = 30  # no amount in a case needs more digits

# C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides/isolates (a right-to-left
# override in a note or a file name would reverse the text after it on screen and in the report).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# OS errors in Dutch; {verb} is "lezen" or "schrijven" (a message about a save never says "lezen").
_OS_ERRORS = {
    "ENOENT": "het bestand bestaat niet",
    "EACCES": "geen toestemming om het bestand te {verb}",
    "EPERM": "geen toestemming om het bestand te {verb}",
    "EISDIR": "dit is een map, geen bestand",
    "ENOTDIR": "een deel van het pad is geen map",
    "ELOOP": "het pad verwijst in een kring naar zichzelf (symbolische koppeling)",
    "ENAMETOOLONG": "de bestandsnaam is te lang",
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "uw ruimte op de schijf is op (quotum)",
    "EFBIG": "het bestand is te groot voor deze schijf",
    "EROFS": "de schijf is alleen-lezen",
    "EIO": "{noun} van de schijf",
    "EBUSY": "het bestand is in gebruik door een ander programma",
    "ETXTBSY": "het bestand is in gebruik door een ander programma",
    "EINVAL": "de bestandsnaam is ongeldig",
    "EXDEV": "het bestand kan niet naar een andere schijf worden verplaatst",
    "ENODEV": "het apparaat bestaat niet",
    "ENXIO": "het apparaat bestaat niet",
    "EMFILE": "te veel bestanden tegelijk open",
    "ENFILE": "te veel bestanden tegelijk open",
    "ETIMEDOUT": "de netwerkschijf antwoordt niet",
    "EHOSTDOWN": "de netwerkschijf antwoordt niet",
    "ESTALE": "de netwerkschijf is niet meer bereikbaar",
}
# Windows: ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION, another program holds the file open.
_WINERROR_IN_USE = (32, 33)


_TOO_DEEP = f"is geen geldige JSON voor werktloont: te diep genest (meer dan {MAX_DEPTH} niveaus)."


def clean(text: str) -> str:
    """Text from a file, fit for a message: terminal escapes and direction overrides removed."""
    return _CONTROL.sub("", str(text))


def os_reason(exc: OSError, verb: str = "lezen") -> str:
    """An OS error in Dutch (the system's own words are often English, or in the system's language); `verb`
    "lezen" or "schrijven" for what failed."""
    import errno

    if getattr(exc, "winerror", None) in _WINERROR_IN_USE:
        return "het bestand is geopend in een ander programma"
    name = errno.errorcode.get(exc.errno or 0, "")
    if name == "ENOENT" and verb == "schrijven":
        return "de map bestaat niet"
    noun = "schrijffout" if verb == "schrijven" else "leesfout"
    text = _OS_ERRORS.get(name, f"een fout van het besturingssysteem ({name or exc.errno or type(exc).__name__})")
    return text.format(verb=verb, noun=noun)


class CaseFileError(InputError):
    """A JSON or case file cannot be read or is not valid; the message names the file and, where known, the field."""

    def __init__(self, message: str, field: str = "", file: str = ""):
        self.field = field
        self.message = clean(message)
        self.file = file
        WerktloontError.__init__(self, self.message)


def display_name(path: str | os.PathLike) -> str:
    """The file's name as messages show it: no folders (they may hold a client's name), no control characters."""
    return clean(base_name(path))  # 'C:\\Users\\Jan\\casus.json' -> 'casus.json' on Windows



def read_bytes(path: str | os.PathLike, limit: int = MAX_BYTES, what: str = "een casusbestand") -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else raises CaseFileError (Dutch)."""
    name = display_name(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise CaseFileError(f"{name} kan niet worden geopend: {os_reason(exc)}.", file=name) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = "een map" if stat.S_ISDIR(st.st_mode) else "geen gewoon bestand (maar een apparaat of pijp)"
            raise CaseFileError(f"{name} kan niet worden gelezen: het is {kind}.", file=name)
        if st.st_size > limit:
            raise CaseFileError(f"{name} is te groot voor {what} ({_int_nl(st.st_size)} bytes; "
                                f"hoogstens {_int_nl(limit)}).", file=name)
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:  # the file grew while we read it
                raise CaseFileError(f"{name} is te groot voor {what} (meer dan {_int_nl(limit)} bytes).", file=name)
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise CaseFileError(f"{name} kan niet worden gelezen: {os_reason(exc)}.", file=name) from None
    finally:
        os.close(fd)


def _int_nl(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _pairs(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise _Refused(f"de sleutel '{clean(key)[:80]}' komt twee keer voor")
        out[key] = value
    return out


class _Refused(ValueError):
    pass


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Refused(f"een getal van {_int_nl(len(text))} cijfers is te lang")
    return int(text)


def _float(text: str) -> float:
    if len(text) > 2 * MAX_DIGITS + 10:
        raise _Refused(f"een getal van {_int_nl(len(text))} tekens is te lang")
    return float(text)


class _Constant:
    """NaN, Infinity or -Infinity in the file: kept as a marker while parsing, so the message can name its field."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


def _constant(text: str) -> _Constant:
    return _Constant(text)


def _field_of_constant(value: Any) -> tuple[str, str] | None:
    """(dotted field path, 'NaN') of the first NaN/Infinity in parsed JSON, or None."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        item, path = stack.pop()
        if isinstance(item, _Constant):
            return path, item.text
        if isinstance(item, dict):
            stack.extend((v, f"{path}.{k}" if path else str(k)) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((v, f"{path}[{i}]") for i, v in reversed(list(enumerate(item))))
    return None


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, d = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, d)
            if d > MAX_DEPTH:
                return d
            stack.extend((v, d + 1) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


def loads(raw: bytes | str, name: str, where: str = "") -> Any:
    """Parse JSON strictly; `where` (' (regel 3)') is added to the message. Raises CaseFileError."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CaseFileError(f"{name}{where} is geen tekst in UTF-8; is het wel een JSON-bestand?",
                                file=name) from None
    else:
        text = raw.removeprefix("\ufeff")
    # Brackets nest at most MAX_DEPTH deep; counting them first keeps the parser from recursing 100.000 deep.
    if text.count("[") + text.count("{") > MAX_DEPTH and _bracket_depth(text) > MAX_DEPTH:
        raise CaseFileError(f"{name}{where} {_TOO_DEEP}", file=name)
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_int=_int, parse_float=_float,
                          parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"{name}{where} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}).",
                            file=name) from None
    except _Refused as exc:
        raise CaseFileError(f"{name}{where} is geen geldige JSON voor werktloont: {exc}.", file=name) from None
    except (RecursionError, ValueError) as exc:
        raise CaseFileError(f"{name}{where} is geen geldige JSON voor werktloont ({type(exc).__name__}).",
                            file=name) from None
    if _depth(data) > MAX_DEPTH:
        raise CaseFileError(f"{name}{where} {_TOO_DEEP}", file=name)
    if "NaN" in text or "Infinity" in text:
        found = _field_of_constant(data)
        if found is not None:
            field, constant = found
            shown = clean(field)[:200] or "(het hele bestand)"
            raise CaseFileError(f"{name}{where} is geen geldige JSON voor werktloont: bij '{shown}' staat "
                                f"'{constant}', en dat is geen getal in JSON; vul een gewoon getal in.",
                                field=field, file=name)
    return data


def _bracket_depth(text: str) -> int:
    """Deepest nesting of brackets outside strings (a cheap scan before parsing)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def read_json(path: str | os.PathLike, limit: int = MAX_BYTES) -> Any:
    """Any JSON file (a case, a toeslagen request), read with every check above."""
    return loads(read_bytes(path, limit, what="dit bestand"), display_name(path))


# The case file format (model/case.py reads it from here: the reader checks it before the model validates).
CASE_FORMAT: Final = "werktloont-case/1"


def case_data(data: Any, name: str, where: str = "") -> dict:
    """The checks every case gets before validation: a JSON object with `format` werktloont-case/1."""
    if not isinstance(data, dict):
        raise CaseFileError(f"{name}{where} is geen werktloont-casus (verwacht een JSON-object).", file=name)
    fmt_field = data.get("format")
    if fmt_field is None:
        raise CaseFileError(f"{name}{where} is geen werktloont-casus: het veld 'format' ontbreekt.",
                            field="format", file=name)
    if fmt_field != CASE_FORMAT:
        shown = clean(str(fmt_field))[:60]
        raise CaseFileError(f"{name}{where} heeft formaat '{shown}'; deze versie van werktloont leest {CASE_FORMAT}.",
                            field="format", file=name)
    return data


def read_case_data(path: str | os.PathLike) -> dict:
    """A case file as a dict, checked as far as JSON goes (the engine validates the fields)."""
    name = display_name(path)
    return case_data(loads(read_bytes(path), name), name)


class BatchLines:
    """The lines of a JSONL batch file, read one at a time (memory stays the same whatever the file's length).

    Opened (and checked: a regular file, not a FIFO or a device) when made; iterating yields (line number, case
    dict) or (line number, {"error": <Dutch message naming the file and line>, "line": n}). Blank lines are
    skipped, a UTF-8 BOM at the start is fine, a line longer than MAX_LINE_BYTES is refused without being kept
    in memory. `position` is how many bytes have been read (for a progress report against `size`)."""

    def __init__(self, path: str | os.PathLike):
        self.name = display_name(path)
        self.position = 0
        try:  # non-blocking: opening a FIFO would otherwise wait for a writer forever
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise CaseFileError(f"{self.name} kan niet worden geopend: {os_reason(exc)}.", file=self.name) from None
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                kind = "een map" if stat.S_ISDIR(st.st_mode) else "geen gewoon bestand (maar een apparaat of pijp)"
                raise CaseFileError(f"{self.name} kan niet worden gelezen: het is {kind}.", file=self.name)
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
        except OSError as exc:
            os.close(fd)
            raise CaseFileError(f"{self.name} kan niet worden gelezen: {os_reason(exc)}.", file=self.name) from None
        except CaseFileError:
            os.close(fd)
            raise
        self.size = st.st_size
        self._fh = os.fdopen(fd, "rb", buffering=1 << 20)  # closed by close() and at the end of the iteration

    def close(self) -> None:
        self._fh.close()

    def _lines(self):
        """(n, bytes without the newline, too long?) for every line, reading at most MAX_LINE_BYTES + 2 at once."""
        n = 0
        while True:
            try:
                raw = self._fh.readline(MAX_LINE_BYTES + 2)
            except OSError as exc:
                raise CaseFileError(f"{self.name} kan niet worden gelezen: {os_reason(exc)}.",
                                    file=self.name) from None
            if not raw:
                return
            n += 1
            self.position += len(raw)
            if n == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            too_long = False
            while not raw.endswith(b"\n") and len(raw) > MAX_LINE_BYTES:  # skip the rest of an endless line
                too_long = True
                raw = self._fh.readline(1 << 20)
                self.position += len(raw)
                if not raw:
                    break
            line = raw.removesuffix(b"\n")
            yield n, (b"x" if too_long else line), too_long or len(line) > MAX_LINE_BYTES

    def __iter__(self):
        try:
            for n, line, too_long in self._lines():
                if not line.strip():
                    continue
                where = f" (regel {n})"
                try:
                    if too_long:
                        raise CaseFileError(f"{self.name}{where} is te lang voor één casus (hoogstens "
                                            f"{_int_nl(MAX_LINE_BYTES)} bytes).", file=self.name)
                    yield n, case_data(loads(line, self.name, where), self.name, where)
                except InputError as exc:
                    yield n, {"error": str(exc), "line": n}
        finally:
            self.close()
