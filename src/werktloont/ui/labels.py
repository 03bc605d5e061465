"""Visible names of the result components: keys and order from the registry (engine/components.py), words from
werktloont.texts in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from werktloont import texts
from werktloont.api import COMPONENTS, COSTS, INCOME

__all__ = ["COSTS", "INCOME", "ROWS", "component_label", "component_short", "ui_lang"]

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
