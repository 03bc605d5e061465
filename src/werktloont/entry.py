"""Amounts, numbers and dates as people in the Netherlands type them. Pure functions (no Qt): the window's fields
use them, and what they accept is tested on its own.

Amounts: "46.000", "46000", "€ 46.000,00", "46.000,-", "1.250,5", "16,50", "16.50", "1.250,00". A dot followed by
exactly three digits (and then the end, a comma or another dot-group) is a thousands separator; any other dot is a
decimal point. An entry that reads two ways is returned with both readings so the field can ask, never guess:
"1,250" (€ 1,25 or € 1.250?) and "1.250" where € 1.250 is implausible for the field (an hourly wage).

Dates: "1-1-2026", "01-01-2026", "1/1/2026", "1.1.2026", "01012026", "1 maart 2026", "2026-01-01"; months:
"03-2026", "3/2026", "032026", "0326", "3-26", "maart 2026", "mrt 26", "2026-03". A month typed in a date field is
its first day; a date typed in a month field is its month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

OK, EMPTY, AMBIGUOUS, INVALID = "ok", "empty", "ambiguous", "invalid"

# Reasons an entry is refused (the field words them in the window's language).
NOT_A_NUMBER, NEGATIVE, TOO_MANY_DECIMALS, NOT_A_DATE, NO_YEAR, DATE_TWO_WAYS = (
    "not_a_number", "negative", "too_many_decimals", "not_a_date", "no_year", "date_two_ways")

_THOUSANDS_DOTS = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+")
_THOUSANDS_COMMAS = re.compile(r"[0-9]{1,3}(,[0-9]{3})+")
_THOUSANDS_SPACES = re.compile(r"[0-9]{1,3}( [0-9]{3})+")
_CURRENCY = re.compile(r"^(€|eur\b|euro\b)\s*|\s*(€|eur|euro)$", re.IGNORECASE)
_ROUND_END = re.compile(r"[.,]-{1,2}$")  # "46.000,-": whole euros


@dataclass(frozen=True)
class Amount:
    """What a typed amount or number means. `choices` (status AMBIGUOUS): the readings, the likelier first."""

    status: str
    value: float | None = None
    choices: tuple[float, ...] = ()
    reason: str = ""


def _fits(value: float, decimals: int) -> bool:
    return abs(round(value, decimals) - value) < 1e-9


def _readings(s: str) -> tuple[float, float | None] | str:
    """(the reading by the rule, another possible reading or None), or a reason the text is not a number."""
    dots, commas = s.count("."), s.count(",")
    if not re.fullmatch(r"[0-9.,]+", s) or not re.search(r"[0-9]", s):
        return NOT_A_NUMBER
    if dots and commas:
        if s.rfind(",") > s.rfind("."):  # Dutch: 1.250,50
            whole, _, frac = s.partition(",")
            if commas > 1 or not _THOUSANDS_DOTS.fullmatch(whole) or not frac.isdigit():
                return NOT_A_NUMBER
            return float(whole.replace(".", "") + "." + frac), None
        whole, _, frac = s.partition(".")  # English: 1,250.50 (one reading only)
        if dots > 1 or not _THOUSANDS_COMMAS.fullmatch(whole) or not frac.isdigit():
            return NOT_A_NUMBER
        return float(whole.replace(",", "") + "." + frac), None
    if commas:
        if commas > 1:
            return (float(s.replace(",", "")), None) if _THOUSANDS_COMMAS.fullmatch(s) else NOT_A_NUMBER
        whole, _, frac = s.partition(",")
        if not whole:
            whole = "0"
        if not whole.isdigit() or (frac and not frac.isdigit()):
            return NOT_A_NUMBER
        decimal = float(whole + "." + (frac or "0"))
        if len(frac) == 3 and _THOUSANDS_COMMAS.fullmatch(s) and not whole.startswith("0"):
            return decimal, float(whole + frac)  # "1,250": a decimal comma, or an English thousands comma
        return decimal, None
    if dots:
        if _THOUSANDS_DOTS.fullmatch(s):
            thousands = float(s.replace(".", ""))
            return thousands, (float(s) if dots == 1 else None)
        whole, _, frac = s.partition(".")
        if dots > 1 or not frac.isdigit() or (whole and not whole.isdigit()):
            return NOT_A_NUMBER
        return float((whole or "0") + "." + frac), None
    return float(s), None


def parse_amount(text: str, decimals: int = 2, plausible_max: float | None = None, unit: str = "") -> Amount:
    """Read a typed amount or number. `decimals`: how many the field keeps (0: whole numbers); `plausible_max`:
    above it a thousands reading is doubted when the decimal reading is plausible; `unit`: a word the field shows
    after its number ("uur", "mnd"), taken off before reading."""
    s = " ".join(text.split())
    if unit and s.lower().endswith(unit.strip().lower()):
        s = s[: len(s) - len(unit.strip())].strip()
    s = _CURRENCY.sub("", s).strip()
    s = _ROUND_END.sub("", s)
    if not s:
        return Amount(EMPTY)
    if s.startswith("-"):
        return Amount(INVALID, reason=NEGATIVE)
    if " " in s:
        if not _THOUSANDS_SPACES.fullmatch(s.split(",")[0]):
            return Amount(INVALID, reason=NOT_A_NUMBER)
        s = s.replace(" ", ".")
    if len(s) > 20:
        return Amount(INVALID, reason=NOT_A_NUMBER)
    read = _readings(s)
    if isinstance(read, str):
        return Amount(INVALID, reason=read)
    rule, other = read
    comma_three = "," in s and "." not in s and other is not None
    candidates = [rule]
    if other is not None and (comma_three or (plausible_max is not None and rule > plausible_max)):
        candidates.append(other)  # a dot-thousands reading is doubted only when it is implausible
    fitting = [v for v in candidates if _fits(v, decimals)]
    if not fitting:
        return Amount(INVALID, reason=TOO_MANY_DECIMALS)
    if len(fitting) == 1:
        if comma_three and fitting[0] != rule:
            # "16,505" with two decimals: the decimal reading does not fit, the thousands one is a guess.
            return Amount(INVALID, reason=TOO_MANY_DECIMALS)
        return Amount(OK, round(fitting[0], decimals))
    if plausible_max is not None:
        fitting.sort(key=lambda v: v > plausible_max)  # the plausible reading first
    return Amount(AMBIGUOUS, choices=tuple(round(v, decimals) for v in fitting))


# --- dates ---

MONTHS = {
    1: ("januari", "jan", "january"), 2: ("februari", "feb", "february"), 3: ("maart", "mrt", "mar", "march"),
    4: ("april", "apr"), 5: ("mei", "may"), 6: ("juni", "jun", "june"), 7: ("juli", "jul", "july"),
    8: ("augustus", "aug", "august"), 9: ("september", "sep", "sept"), 10: ("oktober", "okt", "oct", "october"),
    11: ("november", "nov"), 12: ("december", "dec"),
}
_MONTH_BY_NAME = {name: n for n, names in MONTHS.items() for name in names}


@dataclass(frozen=True)
class DateEntry:
    """What a typed date or month means; `value` is a date (the 1st for a month)."""

    status: str
    value: date | None = None
    reason: str = ""


def _year(text: str) -> int | None:
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        return 2000 + int(text)  # "mrt 26": this century (the app covers 2025 and later)
    return None


def _make(year: int | None, month: int, day: int = 1) -> date | None | str:
    if year is None:
        return NO_YEAR  # "1-3": a day and a month, or a month and a day, but no year
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_digits(s: str, month: bool) -> list[date | None | str] | str:
    """Digits only: 01012026 (ddmmyyyy), 20260101, 032026 (mmyyyy), 010126 (ddmmyy), 0326 (mmyy, months)."""
    if len(s) == 8:
        found = [_make(int(s[4:]), int(s[2:4]), int(s[:2]))]
        if s[:2] in ("19", "20"):
            found.append(_make(int(s[:4]), int(s[4:6]), int(s[6:])))
        return found
    if len(s) == 6:
        found = [_make(int(s[2:]), int(s[:2]))] if s[2:4] in ("19", "20") else []
        if not month:
            found.append(_make(2000 + int(s[4:]), int(s[2:4]), int(s[:2])))
        return found
    if len(s) == 4 and month:
        return [_make(2000 + int(s[2:]), int(s[:2]))]
    return NO_YEAR if len(s) <= 4 else NOT_A_DATE


def _from_parts(parts: list[str]) -> date | str | None:
    """Parts split at -, /, ., spaces: d m y, m y, y-m-d, y-m, with a month as a number or a name."""
    if any(not p.isdigit() and p not in _MONTH_BY_NAME for p in parts):
        return NOT_A_DATE
    names = [i for i, p in enumerate(parts) if not p.isdigit()]
    if len(names) > 1:
        return NOT_A_DATE
    if names:
        month_no = _MONTH_BY_NAME[parts[names[0]]]
        rest = [p for i, p in enumerate(parts) if i != names[0]]
        if len(rest) == 2:
            return _make(_year(rest[1]), month_no, int(rest[0]))
        if len(rest) == 1:
            return _make(_year(rest[0]), month_no)
        return NO_YEAR
    if len(parts) == 3:
        if len(parts[0]) == 4:
            return _make(int(parts[0]), int(parts[1]), int(parts[2]))
        return _make(_year(parts[2]), int(parts[1]), int(parts[0]))
    if len(parts) == 2:
        if len(parts[0]) == 4:
            return _make(int(parts[0]), int(parts[1]))
        return _make(_year(parts[1]), int(parts[0]))
    return NO_YEAR


def parse_date_text(text: str, month: bool = False) -> DateEntry:
    """Read a typed date (`month` False) or month (`month` True); a month field keeps the 1st of the month."""
    s = text.strip().lower()
    if not s:
        return DateEntry(EMPTY)
    if s.isdigit():
        found = _from_digits(s, month)
        if isinstance(found, str):
            return DateEntry(INVALID, reason=found)
        valid = {d for d in found if isinstance(d, date) and 1900 <= d.year <= 2099}
        if len(valid) > 1:
            return DateEntry(INVALID, reason=DATE_TWO_WAYS)
        if not valid:
            return DateEntry(INVALID, reason=NOT_A_DATE)
        day = valid.pop()
    else:
        parts = [p.strip(".'") for p in re.split(r"[-/\s]+|(?<=\d)\.(?=\d)", s)]
        parts = [p for p in parts if p]
        day_or_reason = _from_parts(parts)
        if isinstance(day_or_reason, str):
            return DateEntry(INVALID, reason=day_or_reason)
        if day_or_reason is None or not 1900 <= day_or_reason.year <= 2099:
            return DateEntry(INVALID, reason=NOT_A_DATE)
        day = day_or_reason
    return DateEntry(OK, day.replace(day=1) if month else day)
