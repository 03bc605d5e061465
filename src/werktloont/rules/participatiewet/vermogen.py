"""Participatiewet art. 34: vermogen (what counts, the car, the eigen woning) and the vermogensgrens."""

from __future__ import annotations

import numpy as np

REG = "vermogen"


def vermogen_naast_spaargeld(*, car_value, car_needed, other, debts, home_equity, p) -> np.ndarray:
    """Everything that counts besides the savings: the car (lid 2 a), other assets, home equity above the
    eigen-woning vrijlating (lid 2 d), minus debts (lid 1 a). Not clipped at 0: savings are added to it."""
    car = np.where(car_needed, 0.0, car_value)
    home = np.maximum(np.asarray(home_equity, dtype=float) - p["eigen_woning_vrijlating"], 0.0)
    return car + other + home - debts


def vermogensgrens(*, has_partner, has_children, p) -> np.ndarray:
    """Art. 34 lid 3: the limit for a single person, a single parent, or partners."""
    return np.select([has_partner, has_children],
                     [p["vermogensgrens_gehuwden"], p["vermogensgrens_alleenstaande_ouder"]],
                     p["vermogensgrens_alleenstaande"])


def vermogenstoets(*, savings, car_value, car_needed, other, debts, home_equity, has_partner, has_children,
                   norm_amount, p) -> dict:
    """Counted assets against the limit for the household type.

    A car counts at its market value unless it is needed for work or a handicap (lid 2 a: "noodzakelijk");
    home equity counts only above the eigen-woning vrijlating (lid 2 d); debts are subtracted (lid 1 a).
    """
    car = np.where(car_needed, 0.0, car_value)
    besides = vermogen_naast_spaargeld(car_value=car_value, car_needed=car_needed, other=other, debts=debts,
                                       home_equity=home_equity, p=p)
    counted = np.maximum(np.asarray(savings, dtype=float) + besides, 0.0)
    limit = vermogensgrens(has_partner=has_partner, has_children=has_children, p=p)
    excess = np.maximum(counted - limit, 0.0)
    months = np.where(np.asarray(norm_amount) > 0, excess / np.maximum(norm_amount, 1e-9), 0.0)
    return {"counted": counted, "limit": limit, "eligible": counted <= limit, "excess": excess,
            "months_of_norm": months, "car_counted": car,
            "used": tuple(f"{REG}.{u}" for u in ("vermogensgrens_alleenstaande", "vermogensgrens_alleenstaande_ouder",
                                                 "vermogensgrens_gehuwden", "eigen_woning_vrijlating"))}
