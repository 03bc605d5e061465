"""Wet op de huurtoeslag arts. 5, 13, 16-21 and Besluit op de huurtoeslag art. 7, as in force in 2025."""

from __future__ import annotations

import numpy as np

from werktloont.rules.elementwise import ARRAYS
from werktloont.rules.wet_op_de_huurtoeslag.delen import Formula, delen, grenzen, maximale_huurgrens

REG = "huurtoeslag"


def huishouden(*, base_rent, service_costs, n_persons, meerpersoons, has_children, all_adults_young, p) -> dict:
    """The household stage under the 2025 rules: the rekenhuur, its limit and the normhuur's parameters.

    Servicekosten count up to a maximum per category times the number of categories; only the total is
    known here, so the total is capped (an upper bound of the per-category test).
    """
    mp = np.asarray(meerpersoons, dtype=bool)

    # Art. 5 jo. Besluit: rekenhuur = kale huur + subsidiabele servicekosten.
    service = np.minimum(np.maximum(np.asarray(service_costs, dtype=float), 0.0),
                         p["servicekosten_max_per_categorie"] * p["servicekosten_categorieen"])
    rekenhuur = np.maximum(np.asarray(base_rent, dtype=float), 0.0) + service

    grens = maximale_huurgrens(all_adults_young=all_adults_young, has_children=has_children, p=p)
    # In 2025 the limit is a condition: a rekenhuur above it gives no huurtoeslag at all.
    # (The parameter also allows the 2026 reading, capping the rent, should a pack say so.)
    if p["maximale_huurgrens_is_voorwaarde"]:
        eligible_rent = rekenhuur <= grens
    else:
        eligible_rent = np.ones(np.shape(rekenhuur), dtype=bool)
        rekenhuur = np.minimum(rekenhuur, grens)

    # Arts. 17-19: normhuur is fixed up to the minimum-inkomensijkpunt, a·Y² + b·Y (per month) above it.
    ijkpunt = np.where(mp, p["minimum_inkomensijkpunt_meerpersoons"], p["minimum_inkomensijkpunt_eenpersoons"])
    correctie = np.where(mp, p["normhuur_correctie_meerpersoons"], p["normhuur_correctie_eenpersoons"])
    a = np.where(mp, p["normhuur_factor_a_meerpersoons"], p["normhuur_factor_a_eenpersoons"])
    b = np.where(mp, p["normhuur_factor_b_meerpersoons"], p["normhuur_factor_b_eenpersoons"])
    return {"rekenhuur": rekenhuur, "subsidiabele_servicekosten": service, "maximale_huurgrens": grens,
            "eligible_rent": eligible_rent, "ijkpunt": ijkpunt, "a": a, "b": b,
            "normhuur_ijkpunt": p["normhuur_minimum_inkomensijkpunt"] - correctie,
            "verlaging": p["verlaging_eigen_bijdrage"],
            "grenzen": grenzen(rekenhuur=rekenhuur, n_persons=n_persons, p=p)}


def naar_inkomen(rekeninkomen, h: dict, xp=ARRAYS) -> dict:
    """The income stage under the 2025 rules: normhuur, basishuur and the parts (raw monthly amount)."""
    y = xp.asfloat(rekeninkomen)
    normhuur = xp.where(y <= h["ijkpunt"], h["normhuur_ijkpunt"], h["a"] * y * y + h["b"] * y)
    # Art. 16 jo. Wet verlaging eigen bijdrage huurtoeslag art. 1: the basishuur is lowered by a fixed amount.
    # The "+ € 12" still printed in art. 16 is not added: the published minimum basishuren show it is 0.
    basishuur = normhuur - h["verlaging"]

    # Art. 20-21 and Besluit art. 7: 100 % up to the kwaliteitskortingsgrens, 65 % up to the
    # aftoppingsgrens, 40 % above it. Each part starts where the basishuur lies if that is higher.
    parts = delen(rekenhuur=h["rekenhuur"], basishuur=basishuur, g=h["grenzen"], xp=xp)
    raw = xp.where(h["eligible_rent"], parts["deel_a"] + parts["deel_b"] + parts["deel_c"], 0.0)

    return {
        "raw_month": raw,
        "rekenhuur": h["rekenhuur"],
        "subsidiabele_servicekosten": h["subsidiabele_servicekosten"],
        "maximale_huurgrens": h["maximale_huurgrens"],
        "eligible_rent": h["eligible_rent"],
        "normhuur": normhuur,
        "basishuur": basishuur,
        **parts,
    }


# The registered formula (rules/versions.py): called as one function, or by stage (engine/toeslagen.py).
huurtoeslag_per_maand = Formula(huishouden, naar_inkomen)
