"""Wet op de zorgtoeslag art. 2 (normpremie, hoogte) and art. 3 (vermogensgrens); Awir art. 14 (afronding, minimum)."""

from __future__ import annotations

import numpy as np

from werktloont.rules.awir.awir import binnen_vermogensgrens, per_maand_uitbetaald
from werktloont.rules.elementwise import ARRAYS

REG = "zorgtoeslag"


def zorgtoeslag(*, toetsingsinkomen, has_partner, toeslag_vermogen, p, p_awir, n_insured=None) -> dict:
    """Zorgtoeslag per month as paid and per year, with the normpremie it is computed from.

    `toetsingsinkomen` is the joint yearly toetsingsinkomen of aanvrager and toeslagpartner;
    `toeslag_vermogen` their joint rendementsgrondslag box 3 (without the art. 5.13 exemption) at 1 January.
    `n_insured`: how many of aanvrager and partner are verzekerd (None: all). Art. 2 lid 4: with a toeslagpartner
    who is not verzekerd, the aanspraak is 50 % of the amount of lid 1 (two standaardpremies minus the normpremie);
    art. 2 lid 1: nobody verzekerd, no aanspraak.
    """
    h = huishouden(has_partner=has_partner, toeslag_vermogen=toeslag_vermogen, p=p, n_insured=n_insured)
    return naar_inkomen(toetsingsinkomen, h, p_awir)


def huishouden(*, has_partner, toeslag_vermogen, p, n_insured=None) -> dict:
    """The household stage: everything that does not depend on the income (one element per household).

    Reads the parameters in the order the whole rule reads them, so a traced call names them in that order.
    """
    partner = np.asarray(has_partner, dtype=bool)
    vermogen = np.asarray(toeslag_vermogen, dtype=float)
    drempel = p["drempelinkomen"]

    # Art. 2 lid 1: one standaardpremie per verzekerde, so twice with a toeslagpartner.
    standaardpremie = np.where(partner, 2.0, 1.0) * p["standaardpremie"]
    # Art. 2 lid 3: a percentage of the drempelinkomen (also below it, not of the lower income) plus a
    # percentage of the income above the drempelinkomen (naar_inkomen).
    drempel_rate = np.where(partner, p.rate("normpremie_percent_partners"), p.rate("normpremie_percent_alleenstaande"))
    boven_rate = p.rate("normpremie_percent_boven_drempel")

    # Art. 3: above the vermogensgrens there is no zorgtoeslag at all.
    eligible_assets = binnen_vermogensgrens(vermogen, partner, p["vermogensgrens_alleenstaande"],
                                            p["vermogensgrens_partners"])
    # The share of lid 1's amount the household gets: none above the vermogensgrens or with nobody verzekerd
    # (lid 1), the lid 4 percentage with one of two verzekerd, else all of it.
    share = np.where(eligible_assets, 1.0, 0.0)
    if n_insured is not None:
        insured = np.asarray(n_insured)
        one_of_two = partner & (insured == 1)
        if np.any(one_of_two):
            share = np.where(one_of_two, share * p.rate("partner_niet_verzekerd_percent"), share)
        share = np.where(insured == 0, 0.0, share)
    return {"standaardpremie": standaardpremie, "drempelinkomen": drempel, "normpremie_drempel": drempel_rate * drempel,
            "boven_rate": boven_rate, "eligible_assets": eligible_assets, "share": share}


def naar_inkomen(toetsingsinkomen, h: dict, p_awir, xp=ARRAYS) -> dict:
    """The income stage on a household stage `h` (`xp`: rules.elementwise, arrays or one plain float)."""
    ti = xp.asfloat(toetsingsinkomen)
    # Art. 2 lid 3: the part on the drempelinkomen plus a percentage of the income above it.
    normpremie = h["normpremie_drempel"] + h["boven_rate"] * xp.maximum(ti - h["drempelinkomen"], 0.0)
    year_raw = xp.maximum(h["standaardpremie"] - normpremie, 0.0) * h["share"]
    per_month, per_year = per_maand_uitbetaald(year_raw, p_awir, xp)

    return {
        "per_month": per_month,
        "per_year": per_year,
        "standaardpremie": h["standaardpremie"],
        "normpremie": normpremie,
        "year_raw": year_raw,
        "eligible_assets": h["eligible_assets"],
    }
