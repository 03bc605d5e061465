"""Wet op de huurtoeslag arts. 5, 13, 16, 17, 20, 21 and Besluit op de huurtoeslag art. 7, as in force from 2026."""

from __future__ import annotations

import numpy as np

from werktloont.rules.wet_op_de_huurtoeslag.delen import delen, maximale_huurgrens

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

    # Art. 21 lid 1 onder d: rent above the limit is not subsidised, it no longer excludes.
    grens = maximale_huurgrens(all_adults_young=all_adults_young, has_children=has_children, p=p)
    rekenhuur = np.minimum(kale_huur, grens)

    # Art. 16-17: the basishuur no longer depends on income (arts. 18-19 were repealed):
    # normhuur at the ijkpunt, less the correction per household type, less the Wet-verlaging amount.
    correctie = np.where(mp, p["normhuur_correctie_meerpersoons"], p["normhuur_correctie_eenpersoons"])
    basishuur = p["normhuur_minimum_inkomensijkpunt"] - correctie - p["verlaging_eigen_bijdrage"]

    # Art. 21 lid 1 and Besluit art. 7: 100 % / 65 % / 40 % parts, as in 2025.
    parts = delen(rekenhuur=rekenhuur, basishuur=basishuur, n_persons=n_persons, p=p)

    # Art. 21 lid 2: the income effect is a linear afbouw of a yearly percentage of the
    # rekeninkomen above the minimum-inkomensijkpunt, taken per month.
    ijkpunt = np.where(mp, p["minimum_inkomensijkpunt_meerpersoons"], p["minimum_inkomensijkpunt_eenpersoons"])
    afbouw_rate = np.where(mp, p.rate("afbouw_percent_meerpersoons"), p.rate("afbouw_percent_eenpersoons"))
    inkomenscorrectie = np.maximum(y - ijkpunt, 0.0) * afbouw_rate / 12.0
    raw = np.maximum(parts["deel_a"] + parts["deel_b"] + parts["deel_c"] - inkomenscorrectie, 0.0)

    return {
        "raw_month": raw,
        "rekenhuur": rekenhuur,
        "maximale_huurgrens": grens,
        "eligible_rent": np.ones(np.shape(rekenhuur), dtype=bool),
        "basishuur": basishuur,
        **parts,
        "inkomenscorrectie": inkomenscorrectie,
    }
