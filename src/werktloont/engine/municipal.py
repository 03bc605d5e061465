"""Stage 7 of the month: the municipal schemes of the chosen overlay (Participatiewet art. 35-36 and the municipal
verordeningen; the rules are in rules/gemeente/regelingen.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from werktloont.engine.household import HouseholdArrays
from werktloont.params.loader import Snapshot
from werktloont.rules.gemeente import regelingen

if TYPE_CHECKING:
    from werktloont.engine.compose import Bijstand, Income


def stage(snap: Snapshot, hh: HouseholdArrays, overlay, on: date, v: dict, inc: Income, bij: Bijstand,
               schemes: list) -> None:
    """Stage 7: the municipal schemes of the chosen overlay; per scheme `scheme:<id>` and the income and limit it
    tested (`scheme_income:<id>`, `scheme_limit:<id>`) for the explanation, the IIT for its reference period."""
    municipal = np.zeros_like(v["toetsingsinkomen"])
    active_schemes = regelingen.active_schemes(overlay, on) if overlay is not None else []
    if active_schemes:
        p_bs = snap.reg("bijstand")
        # Vakantiegeld in the tested income, for a municipality that states its limit without it; the same for
        # every scheme, so worked out once.
        reserve = p_bs.rate("vakantietoeslag_reservering_praktijk_percent")
        b = bij.bijstand
        vg_share = v["net_wage"] * inc.vakantiegeld / np.maximum(inc.gross + inc.vakantiegeld, 1e-9) + b * reserve
        household_income = v["net_wage"] + b + (0.0 if bij.benefit_net is None else bij.benefit_net) \
            + v["other_income"]
        # A limit stated as a percentage of the norm for gehuwden, whatever the household (Rotterdam's IIT).
        couple_norm = p_bs["norm_gehuwden_21"] if any(a.value.income_limit_basis == "norm_gehuwden"
                                                      for a in active_schemes) else None
        norm = bij.norm["norm"]
        child_12_17 = regelingen.has_child_12_17(hh.children_ages)
        household_code, persons = hh.household_code, hh.n_persons
        for active in active_schemes:
            tested_limit = regelingen.tested_income_and_limit(active.value, household_income, norm, vg_share,
                                                              1.0 - reserve, couple_norm)
            amount = regelingen.regeling(active, household_code=household_code, client_age=hh.client_age,
                                         income=household_income, norm_amount=norm,
                                         assets_ok_bijstand=bij.assets["eligible"],
                                         counted_assets=bij.assets["counted"],
                                         child_12_17=child_12_17, vakantiegeld_share=vg_share,
                                         excl_factor=1.0 - reserve, persons=persons, couple_norm=couple_norm,
                                         tested_limit=tested_limit)
            v[f"scheme:{active.scheme.id}"] = amount
            tested, limit, _ = tested_limit
            v[f"scheme_income:{active.scheme.id}"], v[f"scheme_limit:{active.scheme.id}"] = tested, limit
            if active.scheme.kind == "individuele_inkomenstoeslag":  # the timeline applies its reference period
                v["iit"], v["iit_ratio"] = amount, tested / np.maximum(limit, 1e-9)
            municipal = municipal + amount
            schemes.append(active)
    v["municipal"] = municipal
