"""Participatiewet art. 34: vermogen (what counts, the car, the eigen woning) and the vermogensgrens; art. 50 loan."""

from __future__ import annotations

import numpy as np

REG = "vermogen"


def auto_meegeteld(car_value, car_exempt=0.0) -> np.ndarray:
    """Art. 34 lid 2 a: the car counts at its value minus the part left free as "algemeen gebruikelijk" (a
    municipal amount) or "noodzakelijk" (a sober car; the gemeente decides). Being needed never frees a whole
    expensive car, so `car_needed` alone frees nothing: the exempt part has to be given."""
    return np.maximum(np.asarray(car_value, dtype=float) - np.asarray(car_exempt, dtype=float), 0.0)


def woning_boven_vrijlating(home_equity, p) -> np.ndarray:
    """Art. 34 lid 2 d: home equity counts only above the eigen-woning vrijlating."""
    return np.maximum(np.asarray(home_equity, dtype=float) - p["eigen_woning_vrijlating"], 0.0)


def vermogen_naast_spaargeld(*, car_value, car_needed, other, debts, home_equity, p, car_exempt=0.0) -> np.ndarray:
    """Everything that blocks bijstand besides the savings: the counted car (lid 2 a), other assets, minus debts
    (lid 1 a). Not clipped at 0: savings are added to it. Home equity above the vrijlating is left out here: it
    does not stop the bijstand but turns it into a loan (art. 50), see `vermogenstoets`."""
    del car_needed, home_equity, p  # kept in the signature for callers; see auto_meegeteld and art. 50
    return auto_meegeteld(car_value, car_exempt) + other - debts


def vermogensgrens(*, has_partner, has_children, p) -> np.ndarray:
    """Art. 34 lid 3: the limit for a single person, a single parent, or partners."""
    # p.select reads (and so the explanation names) only the limit that applies to this household
    return p.select([has_partner, has_children], ["vermogensgrens_gehuwden", "vermogensgrens_alleenstaande_ouder"],
                    "vermogensgrens_alleenstaande")


def vermogenstoets(*, savings, car_value, car_needed, other, debts, home_equity, has_partner, has_children,
                   norm_amount, p, car_exempt=0.0) -> dict:
    """Counted assets against the limit for the household type.

    The car counts minus its exempt part (lid 2 a); home equity only above the vrijlating (lid 2 d); debts are
    subtracted (lid 1 a). Home equity above the vrijlating does not take the right away: the bijstand is then a
    loan secured on the house (art. 50 lid 1), so `eligible` tests the rest and `lening` marks the loan.
    """
    car = auto_meegeteld(car_value, car_exempt)
    home = woning_boven_vrijlating(home_equity, p)
    besides = vermogen_naast_spaargeld(car_value=car_value, car_needed=car_needed, other=other, debts=debts,
                                       home_equity=home_equity, p=p, car_exempt=car_exempt)
    without_home = np.maximum(np.asarray(savings, dtype=float) + besides, 0.0)
    counted = np.maximum(np.asarray(savings, dtype=float) + besides + home, 0.0)
    limit = vermogensgrens(has_partner=has_partner, has_children=has_children, p=p)
    eligible = without_home <= limit
    excess = np.maximum(counted - limit, 0.0)
    months = np.where(np.asarray(norm_amount) > 0, excess / np.maximum(norm_amount, 1e-9), 0.0)
    return {"counted": counted, "limit": limit, "eligible": eligible, "excess": excess,
            "lening": eligible & (counted > limit + 1e-9) & (home > 0),
            "months_of_norm": months, "car_counted": car}
