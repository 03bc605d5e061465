"""Wet op het kindgebonden budget art. 1 lid 4 (vermogensgrens) and art. 2 (hoogte, afbouw); Awir art. 14."""

from __future__ import annotations

import numpy as np

from werktloont.rules.afronding import floor_euros
from werktloont.rules.awir.awir import binnen_vermogensgrens, jaarbedrag
from werktloont.rules.elementwise import ARRAYS

REG = "kindgebonden_budget"


def kindgebonden_budget(*, toetsingsinkomen, has_partner, n_children, children_ages, toeslag_vermogen, p,
                        p_awir) -> dict:
    """Kindgebonden budget per month and per year.

    `n_children`: children younger than 18 for whom kinderbijslag is paid; `children_ages`: their ages in whole
    years, children on the last axis, padded with -1 where a household has fewer, as the law counts them in the
    month (the projection gives them by kinderen_van_de_maand).
    `toetsingsinkomen`: joint yearly toetsingsinkomen; `toeslag_vermogen`: joint rendementsgrondslag at 1 January.
    """
    h = huishouden(has_partner=has_partner, n_children=n_children, children_ages=children_ages,
                   toeslag_vermogen=toeslag_vermogen, p=p)
    return naar_inkomen(toetsingsinkomen, h, p_awir)


def kinderen_van_de_maand(ages_before, p) -> tuple[np.ndarray, np.ndarray]:
    """Art. 2 lid 1, 3 and 5 in one calendar month (lid 11): the children the right counts and the ages their
    supplements go by, from each child's age in the month before (`ages_before`, -1: no child).

    Lid 1: the right runs "tot en met de kalendermaand waarin het kind de leeftijd van 18 jaar bereikt", so a child
    counts while its age in the month before is below maximum_leeftijd_kind (it still counts in its 18th-birthday
    month). Lid 3 and 5: a supplement starts "met ingang van de kalendermaand na de maand waarin" the child reached
    12 or 16, so the age bands read the age of the month before too. Returns (number, ages padded with -1).
    """
    ages = np.asarray(ages_before)
    counted = (ages >= 0) & (ages < p["maximum_leeftijd_kind"])
    return counted.sum(axis=-1), np.where(counted, ages, -1)


def leeftijdsgroepen(children_ages, p) -> tuple[np.ndarray, np.ndarray]:
    """Art. 2 lid 3-5: per household the children of the age supplements, (12 to 15, 16 or 17) with the limits of
    the law on the parameters' date; -1 (no child) is in neither band."""
    ages = np.asarray(children_ages)
    van_12 = p["verhoging_12_15_vanaf_leeftijd"]  # lid 3 and 4: "12 jaar of ouder, maar jonger ... dan 16 jaar"
    van_16 = p["verhoging_16_17_vanaf_leeftijd"]  # lid 5: "16 of 17 jaar"
    tot_en_met_17 = p["verhoging_16_17_tot_en_met_leeftijd"]
    n_12 = ((ages >= van_12) & (ages < van_16)).sum(axis=-1)
    n_16 = ((ages >= van_16) & (ages <= tot_en_met_17)).sum(axis=-1)
    return n_12, n_16


def huishouden(*, has_partner, n_children, children_ages, toeslag_vermogen, p) -> dict:
    """The household stage: the maximum amount, the drempel and the asset test (one element per household).

    Reads the parameters in the order the whole rule reads them, so a traced call names them in that order.
    """
    partner = np.asarray(has_partner, dtype=bool)
    n = np.asarray(n_children, dtype=float)
    vermogen = np.asarray(toeslag_vermogen, dtype=float)
    has_child = n > 0

    # Art. 2 lid 2, 4, 5: one amount per child plus the age supplements; lid 6: the alleenstaande-ouderkop
    # once per household for a parent without a partner.
    kinderbedragen = n * p["bedrag_per_kind"]
    n_12, n_16 = (a.astype(float) for a in leeftijdsgroepen(children_ages, p))
    leeftijdsverhoging = n_12 * p["verhoging_12_15"] + n_16 * p["verhoging_16_17"]
    ouderkop = np.where(~partner & has_child, p["alleenstaande_ouderkop"], 0.0)
    maximum = kinderbedragen + leeftijdsverhoging + ouderkop

    # Art. 2 lid 7 (no partner) and lid 8 (partner: the drempelinkomen raised by a fixed amount). The
    # afbouw (naar_inkomen) reduces the whole sum, the ouderkop included.
    drempel = p["drempelinkomen"] + np.where(partner, p["drempel_verhoging_partners"], 0.0)
    afbouw_rate = p.rate("afbouw_percent")

    # Art. 1 lid 4: above the vermogensgrens there is no kindgebonden budget at all.
    eligible_assets = binnen_vermogensgrens(vermogen, partner, p["vermogensgrens_alleenstaande"],
                                            p["vermogensgrens_partners"])
    return {"maximum": maximum, "leeftijdsverhoging": leeftijdsverhoging, "alleenstaande_ouderkop": ouderkop,
            "drempel": drempel, "afbouw_rate": afbouw_rate, "eligible_assets": eligible_assets,
            "eligible": has_child & eligible_assets}


def naar_inkomen(toetsingsinkomen, h: dict, p_awir, xp=ARRAYS) -> dict:
    """The income stage on a household stage `h` (`xp`: rules.elementwise, arrays or one plain float)."""
    ti = xp.asfloat(toetsingsinkomen)
    afbouw = h["afbouw_rate"] * xp.maximum(ti - h["drempel"], 0.0)
    year_raw = xp.where(h["eligible"], xp.maximum(h["maximum"] - afbouw, 0.0), 0.0)

    # Awir art. 14: the year amount is rounded to whole euros and not granted below the minimum.
    per_year = jaarbedrag(year_raw, p_awir, xp)
    # The month is the unrounded year amount / 12, rounded down: the official 2026 example (single parent,
    # TI 30.000: 5.975,94 a year) pays € 497, where floor(5.976 / 12) would give 498.
    per_month = xp.where(per_year > 0, floor_euros(year_raw / 12.0, xp), 0.0)

    return {
        "per_month": per_month,
        "per_year": per_year,
        "maximum": h["maximum"],
        "leeftijdsverhoging": h["leeftijdsverhoging"],
        "alleenstaande_ouderkop": h["alleenstaande_ouderkop"],
        "drempel": h["drempel"],
        "afbouw": afbouw,
        "year_raw": year_raw,
        "eligible_assets": h["eligible_assets"],
    }
