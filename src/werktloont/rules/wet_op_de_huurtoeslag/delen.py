"""Wet op de huurtoeslag art. 13 lid 1 (maximale huurgrens) and art. 20-21 with Besluit art. 7 (100/65/40 %)."""

from __future__ import annotations

import numpy as np


def maximale_huurgrens(*, all_adults_young, has_children, p) -> np.ndarray:
    """The lower limit only when every adult is young and no child lives in the home (art. 13 lid 1)."""
    young_limit = np.asarray(all_adults_young, dtype=bool) & ~np.asarray(has_children, dtype=bool)
    return np.where(young_limit, p["maximale_huurgrens_jongeren"], p["maximale_huurgrens"])


def delen(*, rekenhuur, basishuur, n_persons, p) -> dict:
    """100 % up to the kwaliteitskortingsgrens, 65 % up to the aftoppingsgrens, 40 % above it.

    Each part starts where the basishuur lies if that is higher (the same in 2025 and 2026).
    """
    kkg = p["kwaliteitskortingsgrens"]
    ag = np.where(np.asarray(n_persons) >= 3, p["aftoppingsgrens_3_plus_personen"], p["aftoppingsgrens_1_2_personen"])
    deel_a = p.rate("deel_a_percent") * np.maximum(np.minimum(rekenhuur, kkg) - basishuur, 0.0)
    deel_b = p.rate("deel_b_percent") * np.maximum(np.minimum(rekenhuur, ag) - np.maximum(basishuur, kkg), 0.0)
    deel_c = p.rate("deel_c_percent") * np.maximum(rekenhuur - np.maximum(ag, basishuur), 0.0)
    return {"kwaliteitskortingsgrens": np.broadcast_to(kkg, np.shape(rekenhuur)), "aftoppingsgrens": ag,
            "deel_a": deel_a, "deel_b": deel_b, "deel_c": deel_c}

