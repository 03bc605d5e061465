"""Wetboek van Burgerlijke Rechtsvordering art. 475da, 475db en 475dc: de beslagvrije voet (Wet vereenvoudiging bvv)."""

from __future__ import annotations

from datetime import date

from werktloont.rules import versions

REG = "beslagvrije_voet"
LEEFSITUATIES = ("alleenstaande", "alleenstaande_ouder", "gehuwden", "gehuwden_kinderen")


def leefsituatie(*, partner: bool, children: bool) -> str:
    """Art. 475da lid 1-2: the four situations; a household with cost sharers only is an alleenstaande."""
    if partner:
        return "gehuwden_kinderen" if children else "gehuwden"
    return "alleenstaande_ouder" if children else "alleenstaande"


def _cents(x: float) -> float:
    return float(round(x + 1e-9, 2))


def beslagvrije_voet(*, snap, on: date, situatie: str, belastbaar_inkomen_jaar: float, garnished_income: float,
                     partner_free_income: float = 0.0, own_free_income: float = 0.0) -> dict:
    """The beslagvrije voet per month with its steps (all euros per month unless said otherwise).

    `belastbaar_inkomen_jaar` is C: the belastbaar inkomen of the debtor and the spouse, herleid to a year
    (art. 475d lid 1). `garnished_income`: the debtor's periodic payments of art. 475c lid 1 a-i (wage, uitkering,
    bijstand) incl. vakantiebijslag. `partner_free_income` / `own_free_income`: such income not under beslag
    (art. 475db lid 1 a and b). Toeslagen (art. 475c lid 1 j) are neither garnished nor deducted here.
    Not modelled: lid 4 (no address), lid 5-7 (raises on request), art. 475e (inrichting), art. 475dc lid 2.
    """
    p = snap.reg(REG)
    b, z, k = snap.reg("bijstand"), snap.reg("zorgtoeslag"), snap.reg("kindgebonden_budget")
    single = situatie in ("alleenstaande", "alleenstaande_ouder")
    c = max(float(belastbaar_inkomen_jaar), 0.0)
    norm = b["norm_alleenstaande_21"] if single else b["norm_gehuwden_21"]      # A or B
    base = p.rate("percentage_bijstandsnorm") * norm
    d = min(z["drempelinkomen"], c)                                             # D: the drempel, or C if lower
    zorg = (c - d) / 12.0 * z.rate("normpremie_percent_boven_drempel")          # E
    if zorg > 0:  # lid 3: at most the standaardpremie per month (twice for gehuwden) less art. 23 lid 2 PW
        premie = z["standaardpremie"] * (1 if single else 2) / 12.0
        zorg = min(zorg, premie - p["zorg_aftrek_alleenstaande" if single else "zorg_aftrek_gehuwden"])
    housing, woonterm = _housing(snap, on, situatie, c)
    kind = 0.0
    if situatie == "alleenstaande_ouder":
        kind = (c - d) / 12.0 * k.rate("afbouw_percent")                          # K
    elif situatie == "gehuwden_kinderen":
        kind = max(c - (d + k["drempel_verhoging_partners"]), 0.0) / 12.0 * k.rate("afbouw_percent")  # L
    formula = base + zorg + housing + kind
    maximum = p[f"maximum_{situatie}"]
    voet = min(formula, maximum)
    # Art. 475db lid 1, in this order: a) the spouse's income not under beslag, at most half; b) the debtor's own.
    partner_reduction = min(max(partner_free_income, 0.0), voet * p.rate("partner_inkomen_max_percent"))
    own_reduction = min(max(own_free_income, 0.0), voet - partner_reduction)
    after_own = voet - partner_reduction - own_reduction
    # Art. 475dc lid 1: never more than 95 % of the monthly income from art. 475c lid 1 a-i.
    income_cap = p.rate("percentage_inkomen") * max(garnished_income + own_free_income, 0.0)
    final = min(after_own, income_cap)
    return {
        "norm": _cents(norm), "base": _cents(base), "zorg": _cents(zorg), "housing": _cents(housing),
        "housing_modelled": True, "woonterm_version": woonterm, "kind": _cents(kind), "formula": _cents(formula),
        "maximum": _cents(maximum), "voet": _cents(voet), "partner_free_income": _cents(max(partner_free_income, 0.0)),
        "partner_reduction": _cents(partner_reduction), "own_reduction": _cents(own_reduction),
        "after_reductions": _cents(after_own), "income_cap": _cents(income_cap),
        "income_cap_applies": after_own > income_cap + 1e-9, "beslagvrije_voet": _cents(final),
    }


def _housing(snap, on: date, situatie: str, c: float) -> tuple[float, str]:
    """Art. 475da lid 2: the housing term of the rule version in force ("beslagvrije_voet.woonterm") and its name."""
    h = snap.reg("huurtoeslag")
    one = situatie == "alleenstaande"  # F/G (eenpersoons) only for an alleenstaande; the others H/I (meerpersoons)
    version = versions.select("beslagvrije_voet.woonterm", on).version
    if version == "2025":
        # (F x C2 + G x C) - J: the 2025 quadratic normhuur (Wht art. 19) above the normhuur at the ijkpunt (J).
        a = h["normhuur_factor_a_eenpersoons" if one else "normhuur_factor_a_meerpersoons"]
        b = h["normhuur_factor_b_eenpersoons" if one else "normhuur_factor_b_meerpersoons"]
        return max(a * c * c + b * c - h["normhuur_minimum_inkomensijkpunt"], 0.0), version
    ijkpunt = h["minimum_inkomensijkpunt_eenpersoons" if one else "minimum_inkomensijkpunt_meerpersoons"]
    rate = h.rate("afbouw_percent_eenpersoons" if one else "afbouw_percent_meerpersoons")
    i = max(c - ijkpunt, 0.0)  # I below zero would lower the voet below 95 %: read as no housing term
    correctie = h["normhuur_correctie_eenpersoons" if one else "normhuur_correctie_meerpersoons"]
    basishuur = h["normhuur_minimum_inkomensijkpunt"] - correctie - h["verlaging_eigen_bijdrage"]  # J (art. 16)
    return min(i * rate / 12.0, h["maximale_huurgrens"] - basishuur), version  # H - J when that is less


def to_creditors(*, garnished_income: float, protected: float, monthly_claim: float | None) -> float:
    """What the creditor receives per month: the garnished income above the protected amount, at most the claim."""
    above = max(garnished_income - protected, 0.0)
    return _cents(above if monthly_claim is None else min(above, max(monthly_claim, 0.0)))
