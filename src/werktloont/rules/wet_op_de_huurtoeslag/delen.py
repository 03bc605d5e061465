"""Wet op de huurtoeslag art. 13 lid 1 (maximale huurgrens) and art. 20-21 with Besluit art. 7 (100/65/40 %)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from werktloont.rules.elementwise import ARRAYS


def maximale_huurgrens(*, all_adults_young, has_children, p) -> np.ndarray:
    """The lower limit only when every adult is young and no child lives in the home (art. 13 lid 1)."""
    young_limit = np.asarray(all_adults_young, dtype=bool) & ~np.asarray(has_children, dtype=bool)
    return np.where(young_limit, p["maximale_huurgrens_jongeren"], p["maximale_huurgrens"])


def grenzen(*, rekenhuur, n_persons, p) -> dict:
    """The household part of `delen`: the kwaliteitskortingsgrens, the aftoppingsgrens and the three percentages."""
    kkg = p["kwaliteitskortingsgrens"]
    ag = np.where(np.asarray(n_persons) >= 3, p["aftoppingsgrens_3_plus_personen"], p["aftoppingsgrens_1_2_personen"])
    return {"kwaliteitskortingsgrens": np.broadcast_to(kkg, np.shape(rekenhuur)), "aftoppingsgrens": ag, "kkg": kkg,
            "a": p.rate("deel_a_percent"), "b": p.rate("deel_b_percent"), "c": p.rate("deel_c_percent")}


def delen(*, rekenhuur, basishuur, g: dict, xp=ARRAYS) -> dict:
    """100 % up to the kwaliteitskortingsgrens, 65 % up to the aftoppingsgrens, 40 % above it (`g`: grenzen).

    Each part starts where the basishuur lies if that is higher (the same in 2025 and 2026).
    """
    kkg, ag = g["kkg"], g["aftoppingsgrens"]
    deel_a = g["a"] * xp.maximum(xp.minimum(rekenhuur, kkg) - basishuur, 0.0)
    deel_b = g["b"] * xp.maximum(xp.minimum(rekenhuur, ag) - xp.maximum(basishuur, kkg), 0.0)
    deel_c = g["c"] * xp.maximum(rekenhuur - xp.maximum(ag, basishuur), 0.0)
    return {"kwaliteitskortingsgrens": g["kwaliteitskortingsgrens"], "aftoppingsgrens": ag,
            "deel_a": deel_a, "deel_b": deel_b, "deel_c": deel_c}


@dataclass(frozen=True)
class Formula:
    """A version's formula in two stages: `household` (all that does not depend on the income, reading the
    parameters in the order the whole formula reads them) and `income` (rekeninkomen, household stage, xp)."""

    household: Callable[..., dict]
    income: Callable[..., dict]

    def __call__(self, *, rekeninkomen, base_rent, service_costs, n_persons, meerpersoons, has_children,
                 all_adults_young, p) -> dict:
        """The raw monthly huurtoeslag (before Awir rounding) with its steps, both stages on arrays."""
        h = self.household(base_rent=base_rent, service_costs=service_costs, n_persons=n_persons,
                           meerpersoons=meerpersoons, has_children=has_children, all_adults_young=all_adults_young, p=p)
        return self.income(rekeninkomen, h)
