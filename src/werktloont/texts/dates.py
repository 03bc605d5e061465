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
