"""Visible names of the result components, through Qt's translation mechanism (context "Components")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Order of the breakdown table and the chart stack: income first, then costs, then the total.
INCOME = ("net_wage", "bijstand", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag",
          "municipal")
COSTS = ("childcare_costs", "travel_costs")
ROWS = (*INCOME, *COSTS, "disposable")


def component_label(key: str) -> str:
    return {
        "net_wage": QCoreApplication.translate("Components", "Nettoloon (met vakantiegeld)"),
        "bijstand": QCoreApplication.translate("Components", "Bijstand"),
        "zorgtoeslag": QCoreApplication.translate("Components", "Zorgtoeslag"),
        "huurtoeslag": QCoreApplication.translate("Components", "Huurtoeslag"),
        "kindgebonden_budget": QCoreApplication.translate("Components", "Kindgebonden budget"),
        "kinderopvangtoeslag": QCoreApplication.translate("Components", "Kinderopvangtoeslag"),
        "municipal": QCoreApplication.translate("Components", "Gemeentelijke regelingen"),
        "childcare_costs": QCoreApplication.translate("Components", "Kosten kinderopvang (−)"),
        "travel_costs": QCoreApplication.translate("Components", "Reiskosten (−)"),
        "disposable": QCoreApplication.translate("Components", "Te besteden"),
    }[key]


def component_short(key: str) -> str:
    """The name inside a sentence: 'uw huurtoeslag', 'de bijstand'."""
    return {
        "net_wage": QCoreApplication.translate("Components", "uw nettoloon"),
        "bijstand": QCoreApplication.translate("Components", "de bijstand"),
        "zorgtoeslag": QCoreApplication.translate("Components", "uw zorgtoeslag"),
        "huurtoeslag": QCoreApplication.translate("Components", "uw huurtoeslag"),
        "kindgebonden_budget": QCoreApplication.translate("Components", "uw kindgebonden budget"),
        "kinderopvangtoeslag": QCoreApplication.translate("Components", "uw kinderopvangtoeslag"),
        "municipal": QCoreApplication.translate("Components", "de gemeentelijke regelingen"),
        "childcare_costs": QCoreApplication.translate("Components", "de kosten van de kinderopvang"),
        "travel_costs": QCoreApplication.translate("Components", "de reiskosten"),
        "disposable": QCoreApplication.translate("Components", "wat u te besteden heeft"),
    }[key]
