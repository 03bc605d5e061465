"""Wet op de zorgtoeslag art. 2 (normpremie, hoogte) and art. 3 (vermogensgrens); Awir art. 14 (afronding, minimum)."""

from __future__ import annotations

import numpy as np

from werktloont.rules.awir.awir import binnen_vermogensgrens, per_maand_uitbetaald

REG = "zorgtoeslag"


def zorgtoeslag(*, toetsingsinkomen, has_partner, toeslag_vermogen, p, p_awir) -> dict:
    """Zorgtoeslag per month as paid and per year, with the normpremie it is computed from.

    `toetsingsinkomen` is the joint yearly toetsingsinkomen of aanvrager and toeslagpartner;
    `toeslag_vermogen` their joint rendementsgrondslag box 3 (without the art. 5.13 exemption) at 1 January.
    The partner is taken to be a verzekerde too, so art. 2 lid 4 (50 % for an uninsured partner) never applies.
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
    per_month, per_year = per_maand_uitbetaald(year_raw, p_awir)

    return {
        "per_month": per_month,
        "per_year": per_year,
        "standaardpremie": standaardpremie,
        "normpremie": normpremie,
        "year_raw": year_raw,
        "eligible_assets": eligible_assets,
    }
