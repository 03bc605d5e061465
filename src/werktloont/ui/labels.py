"""Visible names of the result components: keys and order from the registry (engine/components.py), words from
werktloont.texts in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from werktloont import texts
from werktloont.api import COMPONENTS, COSTS, INCOME

__all__ = ["COSTS", "INCOME", "ROWS", "component_label", "component_short", "month_names", "ui_lang"]

# Order of the breakdown table and the chart stack: income first, then costs, then the total (the registry's order).
ROWS = COMPONENTS
ALWAYS_SHOWN = ("net_wage", "bijstand", "disposable")  # rows of the tables shown even when they are zero


def ui_lang() -> str:
    """The language of the installed catalogue: the English one translates the marker "nl" to "en"."""
    return texts.lang_of(QCoreApplication.translate("Language", "nl"))


def component_label(key: str) -> str:
    return texts.label(key, ui_lang())


def component_short(key: str) -> str:
    """The name inside a sentence: 'uw huurtoeslag', 'de bijstand'."""
    return texts.short(key, ui_lang())


def month_names(months: list[str]) -> list[str]:
    """"2026-11" -> "nov" ("Nov" in English), with the year on a second line under the first month and under each
    month of a new year: short enough for a narrow chart, and no ISO month for a person."""
    locale = QLocale(QLocale.Language.English) if ui_lang() == "en" else QLocale(QLocale.Language.Dutch)
    out, year = [], ""
    for month in months:
        name = locale.monthName(int(month[5:7]), QLocale.FormatType.ShortFormat)
        out.append(f"{name}\n{month[:4]}" if month[:4] != year else name)
        year = month[:4]
    return out
