"""Wet op de zorgtoeslag art. 2 (normpremie, hoogte) and art. 3 (vermogensgrens); Awir art. 14 (afronding, minimum)."""

from __future__ import annotations

import numpy as np

from werktloont.rules.awir.awir import binnen_vermogensgrens, per_maand_uitbetaald

REG = "zorgtoeslag"


def zorgtoeslag(*, toetsingsinkomen, has_partner, toeslag_vermogen, p, p_awir, n_insured=None) -> dict:
    """Zorgtoeslag per month as paid and per year, with the normpremie it is computed from.

    `toetsingsinkomen` is the joint yearly toetsingsinkomen of aanvrager and toeslagpartner;
    `toeslag_vermogen` their joint rendementsgrondslag box 3 (without the art. 5.13 exemption) at 1 January.
    `n_insured`: how many of aanvrager and partner are verzekerd (None: all). Art. 2 lid 4: with a toeslagpartner
    who is not verzekerd, the aanspraak is 50 % of the amount of lid 1 (two standaardpremies minus the normpremie);
    art. 2 lid 1: nobody verzekerd, no aanspraak.
    """
    # No broadcasting up front: household-only steps stay one element per household (speed on curves).
    ti, partner = np.asarray(toetsingsinkomen, dtype=float), np.asarray(has_partner, dtype=bool)
    vermogen = np.asarray(toeslag_vermogen, dtype=float)
    drempel = p["drempelinkomen"]

    # Art. 2 lid 1: one standaardpremie per verzekerde, so twice with a toeslagpartner.
    standaardpremie = np.where(partner, 2.0, 1.0) * p["standaardpremie"]
    # Art. 2 lid 3: a percentage of the drempelinkomen (also below it, not of the lower income)
    # plus a percentage of the income above the drempelinkomen.
    drempel_rate = np.where(partner, p.rate("normpremie_percent_partners"), p.rate("normpremie_percent_alleenstaande"))
    normpremie = drempel_rate * drempel + p.rate("normpremie_percent_boven_drempel") * np.maximum(ti - drempel, 0.0)

    # Art. 3: above the vermogensgrens there is no zorgtoeslag at all.
    eligible_assets = binnen_vermogensgrens(vermogen, partner, p["vermogensgrens_alleenstaande"],
                                            p["vermogensgrens_partners"])
    year_raw = np.where(eligible_assets, np.maximum(standaardpremie - normpremie, 0.0), 0.0)
    if n_insured is not None:
        insured = np.asarray(n_insured)
        one_of_two = partner & (insured == 1)
        if np.any(one_of_two):
            year_raw = np.where(one_of_two, year_raw * p.rate("partner_niet_verzekerd_percent"), year_raw)
        year_raw = np.where(insured == 0, 0.0, year_raw)
    per_month, per_year = per_maand_uitbetaald(year_raw, p_awir)

    return {
        "per_month": per_month,
        "per_year": per_year,
        "standaardpremie": standaardpremie,
        "normpremie": normpremie,
        "year_raw": year_raw,
        "eligible_assets": eligible_assets,
    }
