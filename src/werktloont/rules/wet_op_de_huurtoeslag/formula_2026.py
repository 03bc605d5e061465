"""Wet op de huurtoeslag arts. 5, 13, 16, 17, 20, 21 and Besluit op de huurtoeslag art. 7, as in force from 2026."""

from __future__ import annotations

import numpy as np

REG = "huurtoeslag"


def huurtoeslag_per_maand(*, rekeninkomen, base_rent, service_costs, n_persons, meerpersoons, has_children,
                          all_adults_young, p) -> dict:
    """The raw monthly huurtoeslag (before Awir rounding) under the 2026 rules, with its steps.

    `service_costs` is accepted for a common signature and ignored: from 2026 the rekenhuur is the
    kale huur only (art. 5 lid 1, huurprijs "voor het enkele gebruik van een woning").
    """
    y = np.asarray(rekeninkomen, dtype=float)
    mp = np.asarray(meerpersoons, dtype=bool)
    kale_huur = np.maximum(np.asarray(base_rent, dtype=float), 0.0)

    # Art. 13 lid 1: the lower limit only when every adult is young and no child lives in the home.
    # Art. 21 lid 1 onder d: rent above the limit is not subsidised, it no longer excludes.
    young_limit = np.asarray(all_adults_young, dtype=bool) & ~np.asarray(has_children, dtype=bool)
    maximale_huurgrens = np.where(young_limit, p["maximale_huurgrens_jongeren"], p["maximale_huurgrens"])
    rekenhuur = np.minimum(kale_huur, maximale_huurgrens)

    # Art. 16-17: the basishuur no longer depends on income (arts. 18-19 were repealed):
    # normhuur at the ijkpunt, less the correction per household type, less the Wet-verlaging amount.
    correctie = np.where(mp, p["normhuur_correctie_meerpersoons"], p["normhuur_correctie_eenpersoons"])
    basishuur = p["normhuur_minimum_inkomensijkpunt"] - correctie - p["verlaging_eigen_bijdrage"]

    # Art. 21 lid 1 and Besluit art. 7: 100 % / 65 % / 40 % parts, as in 2025.
    kkg = p["kwaliteitskortingsgrens"]
    ag = np.where(np.asarray(n_persons) >= 3, p["aftoppingsgrens_3_plus_personen"], p["aftoppingsgrens_1_2_personen"])
    deel_a = p.rate("deel_a_percent") * np.maximum(np.minimum(rekenhuur, kkg) - basishuur, 0.0)
    deel_b = p.rate("deel_b_percent") * np.maximum(np.minimum(rekenhuur, ag) - np.maximum(basishuur, kkg), 0.0)
    deel_c = p.rate("deel_c_percent") * np.maximum(rekenhuur - np.maximum(ag, basishuur), 0.0)

    # Art. 21 lid 2: the income effect is a linear afbouw of a yearly percentage of the
    # rekeninkomen above the minimum-inkomensijkpunt, taken per month.
    ijkpunt = np.where(mp, p["minimum_inkomensijkpunt_meerpersoons"], p["minimum_inkomensijkpunt_eenpersoons"])
    afbouw_rate = np.where(mp, p.rate("afbouw_percent_meerpersoons"), p.rate("afbouw_percent_eenpersoons"))
    inkomenscorrectie = np.maximum(y - ijkpunt, 0.0) * afbouw_rate / 12.0
    raw = np.maximum(deel_a + deel_b + deel_c - inkomenscorrectie, 0.0)

    used = ("maximale_huurgrens", "maximale_huurgrens_jongeren", "normhuur_minimum_inkomensijkpunt",
            "normhuur_correctie_eenpersoons", "normhuur_correctie_meerpersoons", "verlaging_eigen_bijdrage",
            "kwaliteitskortingsgrens", "aftoppingsgrens_1_2_personen", "aftoppingsgrens_3_plus_personen",
            "deel_a_percent", "deel_b_percent", "deel_c_percent", "minimum_inkomensijkpunt_eenpersoons",
            "minimum_inkomensijkpunt_meerpersoons", "afbouw_percent_eenpersoons", "afbouw_percent_meerpersoons")
    return {
        "raw_month": raw,
        "rekenhuur": rekenhuur,
        "maximale_huurgrens": maximale_huurgrens,
        "eligible_rent": np.ones(np.shape(rekenhuur), dtype=bool),
        "basishuur": basishuur,
        "kwaliteitskortingsgrens": np.broadcast_to(kkg, np.shape(rekenhuur)),
        "aftoppingsgrens": ag,
        "deel_a": deel_a,
        "deel_b": deel_b,
        "deel_c": deel_c,
        "inkomenscorrectie": inkomenscorrectie,
        "used": tuple(f"{REG}.{u}" for u in used),
    }
