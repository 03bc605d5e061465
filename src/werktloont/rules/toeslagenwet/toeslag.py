"""Toeslagenwet art. 1, 2, 3, 6, 7, 8, 8a en 10: de toeslag op de WW tot het sociaal minimum.

Pure functions of amounts per day and the `toeslagenwet` parameters of one snapshot (`snap.reg("toeslagenwet")`).
Amounts are gross per day (art. 1 lid 1 f: the minimumloon per month / 21,75), without vakantiebijslag; the
vakantie-uitkering of art. 10 comes on top. There is no asset test: the law counts income only (art. 6).
The timeline (engine/timeline/toeslagenwet.py) decides when they apply.
"""

from __future__ import annotations

import numpy as np

REG = "toeslagenwet"


def leefsituatie(*, has_partner: bool, age: int, cost_sharers: int, p) -> str:
    """Art. 2: "gehuwd" (lid 1), "woningdeler" (lid 7: an ongehuwde of 21 or over who shares the home with another
    adult; lid 9 leaves out persons under 27, commercial tenants and students, as the case's cost sharers do) or
    "alleenstaande" (lid 2)."""
    if has_partner:
        return "gehuwd"
    return "woningdeler" if age >= p["volwassen_leeftijd"] and cost_sharers > 0 else "alleenstaande"


def sociaal_minimum_key(situatie: str, age: int, p) -> str:
    """The parameter that holds the amount of art. 2 for this leefsituatie and age (one per age from the minimum
    age up to `volwassen_leeftijd`)."""
    if situatie == "gehuwd":
        return "sociaal_minimum_gehuwd_dag"
    top = int(p["volwassen_leeftijd"])
    if situatie == "woningdeler":
        return f"sociaal_minimum_woningdeler_{top}_dag"
    return f"sociaal_minimum_alleenstaande_{min(max(int(age), int(p['minimum_leeftijd'])), top)}_dag"


def sociaal_minimum_dag(*, situatie: str, age: int, aow_leeftijd: float, p) -> float:
    """Art. 2 and 8: the amount per day of the leefsituatie; no right under 18 (lid 5) or from the AOW age (lid 6)."""
    if age < p["minimum_leeftijd"] or age >= aow_leeftijd:
        return 0.0
    return float(p[sociaal_minimum_key(situatie, age, p)])


def minimumloon_dag(*, situatie: str, age: int, minimummaandloon: float, dagen: float, p_ml) -> float:
    """Art. 1 lid 1 f: the minimumloon per month / 21,75; for an ongehuwde the one for his age (the youth
    percentages of the Wet minimumloon), for a gehuwde the full amount."""
    pct = 1.0
    if situatie != "gehuwd":
        table = np.asarray(p_ml["jeugdloon_percentages"], dtype=float)
        pct = float(table[table[:, 0] <= age][-1, 1]) / 100.0
    return minimummaandloon * pct / dagen


def partner_voorwaarde(*, has_partner: bool, partner_age: int | None, year: int, youngest_child_age: int,
                       p) -> bool:
    """Art. 3: a gehuwde whose echtgenoot is born after 31 December 1971 has a right only with an own, aangehuwd
    or pleegkind under 12 in the household. The case knows ages, not birth dates: the partner counts as born
    before 1972 only when certain (`year` - age at most 1971); in the one doubtful age the child must be there."""
    if not has_partner:
        return True
    born_before = partner_age is not None and year - partner_age <= p["partner_geboortejaar_grens"]
    return bool(born_before or youngest_child_age < p["kind_max_leeftijd"])


def vrijlating_arbeid_dag(arbeid_dag: float, minimumloon_dag: float, p) -> float:
    """Art. 7: of income from arbeid, 5 % of the minimumloon plus 30 % of the rest is not counted, at most 15 % of
    the minimumloon (for at most two years; the timeline's horizon is two years)."""
    if arbeid_dag <= 0:
        return 0.0
    base = p.rate("vrijlating_arbeid_basis_percent") * minimumloon_dag
    free = min(arbeid_dag, base) + p.rate("vrijlating_arbeid_percent") * max(arbeid_dag - base, 0.0)
    return min(free, p.rate("vrijlating_arbeid_max_percent") * minimumloon_dag)


def toeslag_dag(*, sociaal_minimum: float, inkomen_dag: float, dagloon_dag: float, uitkering_dag: float,
                situatie: str, minimumloon_dag: float, p) -> dict:
    """Art. 8: the sociaal minimum minus the income per day (art. 6-7); art. 8a: at most the dagloon minus the
    uitkering when the dagloon (without vakantiebijslag, lid 2) is below 100 % (gehuwd), 70 % (alleenstaande) or
    50 % (woningdeler) of the minimumloon. Returns the toeslag per day and whether art. 8a limited it."""
    gap = max(sociaal_minimum - inkomen_dag, 0.0)
    limit_pct = p.rate(f"dagloongrens_{situatie}_percent")
    capped = dagloon_dag < limit_pct * minimumloon_dag
    amount = min(gap, max(dagloon_dag - uitkering_dag, 0.0)) if capped else gap
    return {"toeslag": amount, "capped": bool(capped and amount < gap), "gap": gap}


def per_maand(toeslag_per_dag: float, dagen: float, p) -> float:
    """A full month of toeslag (21,75 days, art. 1 lid 1 f) with the vakantie-uitkering of art. 10 (8 %)."""
    return toeslag_per_dag * dagen * (1.0 + p.rate("vakantie_uitkering_percent"))
