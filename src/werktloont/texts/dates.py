"""Months and dates in words, Dutch and English: "maart 2026", "1 maart 2026" (never "2026-03" for a person)."""

from __future__ import annotations

from werktloont.texts.components import lang_of

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def _names(lang: str) -> tuple[str, ...]:
    return MONTHS_EN if lang_of(lang) == "en" else MONTHS_NL


def month_words(label: str, lang: str = "nl") -> str:
    """"2026-03" (or "2026-03-15") -> "maart 2026" / "March 2026"; text that is not a month stays as it is."""
    parts = str(label).split("-")
    if len(parts) < 2 or not (parts[0].isdigit() and parts[1].isdigit()) or not 1 <= int(parts[1]) <= 12:
        return str(label)
    return f"{_names(lang)[int(parts[1]) - 1]} {int(parts[0])}"


def date_words(iso: str, lang: str = "nl") -> str:
    """"2026-03-01" -> "1 maart 2026" / "1 March 2026"; a month alone gives the month in words."""
    parts = str(iso).split("-")
    if len(parts) < 3 or not all(p.isdigit() for p in parts[:3]):
        return month_words(iso, lang)
    y, m, d = (int(p) for p in parts[:3])
    if not 1 <= m <= 12:
        return str(iso)
    return f"{d} {_names(lang)[m - 1]} {y}"


# A number with its unit, singular for one: "1 maand", "3 maanden", "1 month", "3 months".
UNITS = {"month": (("maand", "maanden"), ("month", "months")), "week": (("week", "weken"), ("week", "weeks")),
         "day": (("dag", "dagen"), ("day", "days"))}


def count_words(n, unit: str, lang: str = "nl") -> str:
    """`n` (a whole number, or one written as a float) with `unit` ("month", "week", "day") in the right number."""
    nl, en = UNITS[unit]
    one, many = en if lang_of(lang) == "en" else nl
    k = int(n) if float(n).is_integer() else n
    return f"{k} {one if k == 1 else many}"


def n_months(n, lang: str = "nl") -> str:
    return count_words(n, "month", lang)


def n_weeks(n, lang: str = "nl") -> str:
    return count_words(n, "week", lang)


def n_days(n, lang: str = "nl") -> str:
    return count_words(n, "day", lang)


def month_span(first: str, last: str | None, lang: str = "nl") -> str:
    """"maart 2026 t/m mei 2026"; one month alone when the span is one month ("november 2026")."""
    a = month_words(first, lang)
    if last is None or str(last)[:7] == str(first)[:7]:
        return a
    return f"{a} {'to' if lang_of(lang) == 'en' else 't/m'} {month_words(last, lang)}"
