"""The one list of result components: key, kind, legal article, chart colour, order.

Everything that names, orders or colours a component derives from this list: compose and the timeline (which
keys exist and how `disposable` adds up), the CLI table and CSV columns, the window's labels and chart colours,
the case file's saved amounts and the report. Words for a key live in `werktloont.texts` (Dutch and English).
Adding a toeslag: a parameter file, a rule, one line here and its texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["income", "cost", "total"]


@dataclass(frozen=True)
class Component:
    key: str
    kind: Kind
    article: str
    colour: str           # Okabe-Ito and friends: distinguishable with the common colour-vision deficiencies
    toeslag: bool = False  # paid by Dienst Toeslagen as a voorschot, settled after the year (Awir)


REGISTRY: tuple[Component, ...] = (
    Component("net_wage", "income", "Wet IB 2001 art. 2.10, 8.10, 8.11, 8.14a; Wet minimumloon art. 15", "#0072B2"),
    Component("bijstand", "income", "Participatiewet art. 19-22a, 31 lid 2 n en r, 31 lid 5, 34", "#E69F00"),
    Component("zorgtoeslag", "income", "Wet op de zorgtoeslag art. 2; Awir art. 14", "#009E73", toeslag=True),
    Component("huurtoeslag", "income", "Wet op de huurtoeslag art. 13-21; Awir art. 14", "#56B4E9", toeslag=True),
    Component("kindgebonden_budget", "income", "Wet op het kindgebonden budget art. 2; Awir art. 14", "#CC79A7",
              toeslag=True),
    # Wet kinderopvang art. 1.5 (aanspraak), 1.6 (arbeid van ouder en partner), 1.8 (hoogte, maximum uurprijs).
    Component("kinderopvangtoeslag", "income",
              "Wet kinderopvang art. 1.5, 1.6 en 1.8; Besluit kinderopvangtoeslag art. 3, 4 en bijlage I", "#F0E442",
              toeslag=True),
    Component("municipal", "income", "Participatiewet art. 35-36; gemeentelijke verordening", "#8C6D31"),
    # what the household has of its own without the offer, net (current jobs, benefits, alimentatie).
    # 8.14a: the other adult's IACK (lid 1 c) is part of their own net income.
    Component("other_income", "income",
              "Wet IB 2001 art. 3.80-3.82, 3.101, 8.10, 8.11, 8.14a; Participatiewet art. 31-32", "#7F3C8D"),
    Component("childcare_costs", "cost", "Wet kinderopvang art. 1.8 (kosten van de kinderopvang: prijs x uren)",
              "#999999"),
    Component("travel_costs", "cost", "reiskosten volgens de invoer", "#555555"),
    Component("disposable", "total", "som van de inkomsten min de kosten", "#000000"),
)

BY_KEY: dict[str, Component] = {c.key: c for c in REGISTRY}
COMPONENTS: tuple[str, ...] = tuple(c.key for c in REGISTRY)             # every key, in display order
INCOME: tuple[str, ...] = tuple(c.key for c in REGISTRY if c.kind == "income")
COSTS: tuple[str, ...] = tuple(c.key for c in REGISTRY if c.kind == "cost")
PARTS: tuple[str, ...] = INCOME + COSTS                                 # what adds up to `disposable`
TOESLAGEN: tuple[str, ...] = tuple(c.key for c in REGISTRY if c.toeslag)
COLOURS: dict[str, str] = {c.key: c.colour for c in REGISTRY}
ARTICLES: dict[str, str] = {c.key: c.article for c in REGISTRY}


def disposable(values: dict) -> object:
    """Income minus costs, in the registry's terms (works on floats and on numpy arrays)."""
    return sum(values[k] for k in INCOME) - sum(values[k] for k in COSTS)
