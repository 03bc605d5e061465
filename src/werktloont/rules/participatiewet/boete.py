"""Participatiewet art. 18a with the Boetebesluit socialezekerheidswetten art. 2 and 2aa: the bestuurlijke boete."""

from __future__ import annotations

REG = "boete"


def boete(benadelingsbedrag: float, p) -> dict:
    """The boete for not reporting (art. 17 lid 1) by grade of blame, as a share of the benadelingsbedrag.

    Opzet 100 %, grove schuld 75 %, neither 50 %, verminderde verwijtbaarheid 25 % (art. 2 lid 2-5); lower where
    needed for a proportionate boete (lid 8). A written warning instead is allowed up to a small amount (art. 2aa
    lid 1 a; PW art. 18a lid 4). Not modelled: recidive x 150 % (lid 6) and the cap of lid 7."""
    b = max(float(benadelingsbedrag), 0.0)
    grades = {g: b * p.rate(f"percentage_{g}") for g in ("opzet", "grove_schuld", "normaal", "verminderd")}
    return {"benadelingsbedrag": b, "grades": grades, "min": grades["verminderd"], "max": grades["opzet"],
            "waarschuwing_possible": b <= p["waarschuwing_max_benadelingsbedrag"] + 1e-9}
