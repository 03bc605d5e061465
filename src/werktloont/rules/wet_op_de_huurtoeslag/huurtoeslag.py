"""Wet op de huurtoeslag (2025 or 2026 formula by date); Awir art. 7 lid 3 (vermogensgrens), art. 14 (afronding)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np

from werktloont.rules import versions
from werktloont.rules.afronding import floor_euros
from werktloont.rules.awir.awir import binnen_vermogensgrens, jaarbedrag
from werktloont.rules.elementwise import ARRAYS
from werktloont.rules.wet_op_de_huurtoeslag.delen import Formula

# The logic changed on 2026-01-01 by the Wet vereenvoudiging huurtoeslag (kst 36311): income-independent basishuur
# with a linear afbouw, no servicekosten, rent capped instead of excluded. Which version holds on a day, and its
# sources, is registered in rules/versions.py ("huurtoeslag.formule"); amounts stay in parameters/huurtoeslag.yaml.
RULE = "huurtoeslag.formule"


def formula_for(on: date) -> tuple[str, Callable[..., dict]]:
    """The formula version in force on `on` (MissingParameterError in Dutch when none is registered)."""
    v = versions.select(RULE, on)
    assert v.formula is not None
    return v.version, v.formula


def huurtoeslag(*, on: date, toetsingsinkomen, base_rent, service_costs, has_rent, n_persons, meerpersoons,
                has_partner, has_children, all_adults_young, toeslag_vermogen, p, p_awir) -> dict:
    """Huurtoeslag per month as paid and per year.

    `toetsingsinkomen` is the rekeninkomen of the household (huurder, partner and medebewoners; the caller
    applies the Awir art. 7 lid 6 vrijstelling for children). `meerpersoons`: the household has more than
    one person (eenpersoons/meerpersoons type); `n_persons` picks the aftoppingsgrens (1-2 or 3+).
    `all_adults_young`: every adult is younger than huurtoeslag.jongeren_leeftijd on `on`.
    `toeslag_vermogen`: joint rendementsgrondslag of aanvrager and partner; the separate limit per
    medebewoner (Awir art. 7 lid 4) is not tested here.
    Awir art. 14: the monthly amount × 12 is rounded to whole euros and dropped below the minimum;
    the month is paid as the raw monthly amount rounded down.
    """
    h = huishouden(on=on, base_rent=base_rent, service_costs=service_costs, has_rent=has_rent, n_persons=n_persons,
                   meerpersoons=meerpersoons, has_partner=has_partner, has_children=has_children,
                   all_adults_young=all_adults_young, toeslag_vermogen=toeslag_vermogen, p=p, p_awir=p_awir)
    return naar_inkomen(toetsingsinkomen, h, p_awir)


def huishouden(*, on: date, base_rent, service_costs, has_rent, n_persons, meerpersoons, has_partner, has_children,
               all_adults_young, toeslag_vermogen, p, p_awir) -> dict:
    """The household stage: the formula's household stage and the asset test (one element per household).

    Reads the parameters in the order the whole rule reads them, so a traced call names them in that order.
    """
    name, formula = formula_for(on)
    # Every registered huurtoeslag formula comes in two stages (delen.Formula).
    assert isinstance(formula, Formula)
    # No broadcasting up front: household-only steps stay one element per household (speed on curves).
    rent, service = (np.asarray(a, dtype=float) for a in (base_rent, service_costs))
    has_rent_b, mp, partner, kids, young = (np.asarray(a, dtype=bool) for a in (
        has_rent, meerpersoons, has_partner, has_children, all_adults_young))
    n_pers, vermogen = np.asarray(n_persons), np.asarray(toeslag_vermogen, dtype=float)

    steps = formula.household(base_rent=rent, service_costs=service, n_persons=n_pers, meerpersoons=mp,
                              has_children=kids, all_adults_young=young, p=p)

    # Awir art. 7 lid 3: huurtoeslag has no own vermogensgrens, the general (lower) Awir limit applies.
    eligible_assets = binnen_vermogensgrens(vermogen, partner, p_awir["vermogensgrens_huurtoeslag_alleenstaande"],
                                            p_awir["vermogensgrens_huurtoeslag_partners"])
    return {"formula": name, "income": formula.income, "steps": steps, "eligible_assets": eligible_assets,
            "eligible": has_rent_b & eligible_assets & steps["eligible_rent"]}


def naar_inkomen(toetsingsinkomen, h: dict, p_awir, xp=ARRAYS) -> dict:
    """The income stage on a household stage `h` (`xp`: rules.elementwise, arrays or one plain float)."""
    steps = h["income"](toetsingsinkomen, h["steps"], xp)
    raw_month = xp.where(h["eligible"], steps.pop("raw_month"), 0.0)
    # Awir art. 14: the year amount (12 months) is rounded to whole euros and not granted below the minimum.
    per_year = jaarbedrag(12.0 * raw_month, p_awir, xp)
    # The month is the unrounded monthly amount rounded down, as Dienst Toeslagen pays it: the published 2025
    # table gives € 414 for 414,99 (single, rent 900, TI 26.500), where floor(4.980 / 12) would give 415.
    per_month = xp.where(per_year > 0, floor_euros(raw_month, xp), 0.0)

    return {"per_month": per_month, "per_year": per_year, "formula": h["formula"], "raw_month": raw_month,
            "eligible_assets": h["eligible_assets"], "eligible": h["eligible"], **steps}


def alle_volwassenen_jong(*, client_age, partner_age, has_partner, cost_sharers, p) -> np.ndarray:
    """True where every adult is below the jongeren age (art. 13 lid 1: the lower maximale huurgrens).

    Cost sharers are 27 or older, so a household with one is never all young.
    """
    young = p["jongeren_leeftijd"]
    return (np.asarray(client_age) < young) & (~np.asarray(has_partner) | (np.asarray(partner_age) < young)) \
        & (np.asarray(cost_sharers) == 0)
