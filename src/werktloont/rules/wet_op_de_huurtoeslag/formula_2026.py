"""Wet op de huurtoeslag arts. 5, 13, 16, 17, 20, 21 and Besluit op de huurtoeslag art. 7, as in force from 2026."""

from __future__ import annotations

import numpy as np

from werktloont.rules.elementwise import ARRAYS
from werktloont.rules.wet_op_de_huurtoeslag.delen import Formula, delen, grenzen, maximale_huurgrens

REG = "huurtoeslag"


def huishouden(*, base_rent, service_costs, n_persons, meerpersoons, has_children, all_adults_young, p) -> dict:
    """The household stage under the 2026 rules: rekenhuur, basishuur, the parts and the afbouw's parameters.

    `service_costs` is accepted for a common signature and ignored: from 2026 the rekenhuur is the
    kale huur only (art. 5 lid 1, huurprijs "voor het enkele gebruik van een woning").
    """
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
    parts = delen(rekenhuur=rekenhuur, basishuur=basishuur, g=grenzen(rekenhuur=rekenhuur, n_persons=n_persons, p=p))

    # Art. 21 lid 2: the afbouw's ijkpunt and yearly percentage (naar_inkomen).
    ijkpunt = np.where(mp, p["minimum_inkomensijkpunt_meerpersoons"], p["minimum_inkomensijkpunt_eenpersoons"])
    afbouw_rate = np.where(mp, p.rate("afbouw_percent_meerpersoons"), p.rate("afbouw_percent_eenpersoons"))
    return {"rekenhuur": rekenhuur, "maximale_huurgrens": grens, "basishuur": basishuur, "parts": parts,
            "delen": parts["deel_a"] + parts["deel_b"] + parts["deel_c"], "ijkpunt": ijkpunt,
            "afbouw_rate": afbouw_rate, "eligible_rent": np.ones(np.shape(rekenhuur), dtype=bool)}


def naar_inkomen(rekeninkomen, h: dict, xp=ARRAYS) -> dict:
    """The income stage under the 2026 rules (art. 21 lid 2): a linear afbouw of a yearly percentage of the
    rekeninkomen above the minimum-inkomensijkpunt, taken per month, from the sum of the parts."""
    y = xp.asfloat(rekeninkomen)
    inkomenscorrectie = xp.maximum(y - h["ijkpunt"], 0.0) * h["afbouw_rate"] / 12.0
    raw = xp.maximum(h["delen"] - inkomenscorrectie, 0.0)

    return {
        "raw_month": raw,
        "rekenhuur": h["rekenhuur"],
        "maximale_huurgrens": h["maximale_huurgrens"],
        "eligible_rent": h["eligible_rent"],
        "basishuur": h["basishuur"],
        **h["parts"],
        "inkomenscorrectie": inkomenscorrectie,
    }


# The registered formula (rules/versions.py): called as one function, or by stage (engine/toeslagen.py).
huurtoeslag_per_maand = Formula(huishouden, naar_inkomen)
