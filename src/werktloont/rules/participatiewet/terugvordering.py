"""Participatiewet art. 58 and 60: terugvordering of bijstand paid without a right, and paying it back.

Art. 58 lid 1 (the reclaim; gross after the calendar year, lid 5) and art. 60 lid 2 and 4 (collected above the
beslagvrije voet).
"""

from __future__ import annotations

import math
from datetime import date


def terugvordering(paid: list[tuple[date, float, float]]) -> dict:
    """`paid`: (month, net bijstand, gross bijstand) for each month paid without a right.

    Lid 1: the college reclaims the bijstand paid in those months (net). Lid 5: a reclaim decided after the calendar
    year in which it was paid may be the gross amount (with the loonheffing the gemeente paid), so both are given;
    `gross_from` is the first day on which the gross amount can apply to the last of those months."""
    net = sum(n for _, n, _ in paid)
    gross = sum(g for _, _, g in paid)
    last_year = max((d.year for d, _, _ in paid), default=None)
    return {"net": net, "gross": gross, "gross_from": date(last_year + 1, 1, 1) if last_year else None}


def aflossing(*, vordering: float, inkomen_per_maand: float, beslagvrije_voet_per_maand: float, bijstand: bool,
              p, afspraak_per_maand: float | None = None) -> dict:
    """How a reclaim (art. 58 lid 1) or boete is paid back from the income, per month and for how long.

    While the client has algemene bijstand the college must verrekenen (art. 60 lid 4); otherwise it can collect by
    dwangbevel (art. 60 lid 2), that is beslag on the wage or benefit. Both stop at the beslagvrije voet (Awb art.
    4:93 lid 4 and 4:116 with Rv art. 475c-475e; not when the client withholds information, art. 60 lid 6), so at most
    the income above the voet goes to the gemeente. `afspraak_per_maand`: a payment plan agreed with the gemeente
    instead (any amount the client agrees to). `p`: the bijstand parameters (art. 58 lid 7).

    The college can stop reclaiming (art. 58 lid 7) after ten years of full payment (a) or of no payment that will
    not come (c), or when at least half the rest is paid at once (d); and at any time for urgent reasons (lid 8)."""
    claim = max(float(vordering), 0.0)
    room = max(float(inkomen_per_maand) - float(beslagvrije_voet_per_maand), 0.0)
    rule = "afspraak" if afspraak_per_maand is not None else "verrekening" if bijstand else "beslag"
    per_month = room if afspraak_per_maand is None else max(float(afspraak_per_maand), 0.0)
    per_month = float(round(min(per_month, claim) + 1e-9, 2))
    months = math.ceil(claim / per_month - 1e-9) if per_month > 0 else None
    limit = int(p["terugvordering_afzien_na_jaren"]) * 12
    paid_in_limit = min(per_month * limit, claim)
    return {
        "per_month": per_month, "months": months, "rule": rule, "room_above_voet": float(round(room + 1e-9, 2)),
        "above_room": afspraak_per_maand is not None and per_month > room + 0.005,
        # Art. 58 lid 7 a and c: after ten years the college can waive the rest.
        "afzien_na_jaren": int(p["terugvordering_afzien_na_jaren"]),
        "longer_than_limit": months is None or months > limit,
        "rest_after_limit": float(round(claim - paid_in_limit + 1e-9, 2)) if claim > 0 else 0.0,
        # Art. 58 lid 7 d: paying at least half of the rest at once; here of the whole claim, at the start.
        "afkoop_bedrag": float(round(claim * p.rate("terugvordering_afkoop_percentage") + 1e-9, 2)),
        "articles": ["Participatiewet art. 58 lid 1, 7 en 8", "Participatiewet art. 60 lid 2, 4 en 6",
                     "Algemene wet bestuursrecht art. 4:93 en 4:116",
                     "Wetboek van Burgerlijke Rechtsvordering art. 475c-475e"],
    }
