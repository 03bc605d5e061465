"""Wet IB 2001 art. 2.10 (box 1 tarief), 8.10 (algemene heffingskorting), 8.11 (arbeidskorting), 8.14a (IACK)."""

from __future__ import annotations

import numpy as np

REG = "inkomstenbelasting"


def _brackets(p) -> tuple[np.ndarray, np.ndarray]:
    rows = p["box1_tarief"]
    return (np.array([r["threshold"] for r in rows], dtype=float),
            np.array([r["rate"] for r in rows], dtype=float) / 100.0)


def box1_heffing(income, p) -> np.ndarray:
    """Tax plus premies volksverzekeringen on box-1 income (art. 2.10 with the premie rates), per year."""
    t = _tables(p)
    return _interp(income, t["knots"], t["box1"])


def algemene_heffingskorting(income, p) -> np.ndarray:
    """Art. 8.10: the maximum, reduced by the afbouw percentage above the afbouwpunt, not below 0."""
    over = np.maximum(np.asarray(income, dtype=float) - p["ahk_afbouwpunt"], 0.0)
    return np.maximum(p["ahk_max"] - p.rate("ahk_afbouw_percent") * over, 0.0)


def arbeidskorting(arbeidsinkomen, p) -> np.ndarray:
    """Art. 8.11: per row of the table a base amount plus a rate on the income above "meer dan" that row's start.

    The rows join with jumps of a few cents (the amounts are rounded in the law), so the table is kept as
    line pieces with a knot on each side of every jump; np.interp then gives each row's own line exactly.
    """
    xp, fp = _arbeidskorting_knots(p)
    return np.interp(np.maximum(np.asarray(arbeidsinkomen, dtype=float), 0.0), xp, fp)


def _arbeidskorting_knots(p) -> tuple[np.ndarray, np.ndarray]:
    """The arbeidskorting table as interpolation knots, built once per snapshot (p.derived)."""
    return p.derived("arbeidskorting_knots", lambda: _build_arbeidskorting_knots(p))


def _build_arbeidskorting_knots(p) -> tuple[np.ndarray, np.ndarray]:
    segs = p["arbeidskorting"]
    xp, fp = [], []
    for i, seg in enumerate(segs):
        start, base, rate = float(seg["from"]), float(seg["base"]), float(seg["rate"]) / 100.0
        # A row applies to income of "meer dan" its start: the start itself still belongs to the row before.
        xp.append(start if i == 0 else float(np.nextafter(start, np.inf)))
        fp.append(base)
        end = float(segs[i + 1]["from"]) if i + 1 < len(segs) else _TOP
        if rate < 0 and base + rate * (end - start) < 0:
            end = start + base / -rate  # the korting reaches 0 here and stays 0
            xp += [end, _TOP]
            fp += [0.0, 0.0]
            break
        xp.append(end)
        fp.append(base + rate * (end - start))
    return np.array(xp), np.array(fp)


def iack(arbeidsinkomen, eligible, p) -> np.ndarray:
    """Art. 8.14a: a percentage of the arbeidsinkomen above the threshold, up to the maximum.

    `eligible`: lid 1 b and c, lid 3 (`iack_eligible`); lid 1 a, the threshold, is tested here.
    """
    ai = np.asarray(arbeidsinkomen, dtype=float)
    amount = np.minimum(p.rate("iack_opbouw_percent") * np.maximum(ai - p["iack_drempel"], 0.0), p["iack_max"])
    return np.where(eligible & (ai > p["iack_drempel"]), amount, 0.0)


_CENT = 0.005


def iack_eligible(arbeidsinkomen, *, young_child, has_partner, partner_arbeidsinkomen, older) -> np.ndarray:
    """Art. 8.14a lid 1 b, c and lid 3: who of a household may have the IACK (the threshold of lid 1 a aside).

    Lid 1 b: a child that had not reached 12 at the start of the year (`young_child`). Lid 1 c: "geen partner [...],
    dan wel indien hij wel een partner heeft, hij in het kalenderjaar een lager arbeidsinkomen heeft dan zijn
    partner"; lid 3: equal arbeidsinkomen, "alleen voor de oudste belastingplichtige" (`older`: this adult is the
    older one; the caller breaks a tie of ages, so exactly one of two partners is older). Elementwise.
    """
    # Equal to the cent: the two incomes come from different sums of the same wage, so float equality would be luck.
    diff = np.asarray(arbeidsinkomen, dtype=float) - np.asarray(partner_arbeidsinkomen, dtype=float)
    lower = (diff < -_CENT) | ((np.abs(diff) <= _CENT) & np.asarray(older, dtype=bool))
    return np.asarray(young_child, dtype=bool) & (~np.asarray(has_partner, dtype=bool) | lower)


def netto_jaar(income, kortingen_extra, p, *, heffing=None) -> np.ndarray:
    """Net yearly income after box-1 tax and premies: kortingen cannot make the tax negative.

    `heffing`: heffing_na_ahk(income) when the caller already has it (it nets the same income twice).
    """
    income = np.asarray(income, dtype=float)
    tax = (heffing_na_ahk(income, p) if heffing is None else heffing) - kortingen_extra
    return income - np.maximum(tax, 0.0)


def heffing_na_ahk(income, p) -> np.ndarray:
    """Box-1 tax and premies minus the algemene heffingskorting, not yet floored at 0 (art. 2.10, 8.10)."""
    t = _tables(p)
    return _interp(income, t["knots"], t["tax_after_ahk"])


def bruto_uit_netto_jaar(netto, kortingen_extra, p) -> np.ndarray:
    """Inverse of netto_jaar: the gross yearly income that leaves `netto` (the gemeente's bruteren).

    Tax after the AHK, T(Z), is piecewise linear and increasing, so the inverse is exact on its knots:
    below Z* (where T(Z*) equals the other kortingen K) nothing is due and gross = net; above it,
    net = Z - T(Z) + K, whose inverse is an interpolation on the same knots.
    """
    netto = np.asarray(netto, dtype=float)
    t = _tables(p)
    k = np.asarray(kortingen_extra, dtype=float)
    z_star = np.interp(k, t["tax_after_ahk"], t["knots"])
    taxed = np.interp(netto - k, t["knots"] - t["tax_after_ahk"], t["knots"])
    return np.where(netto <= z_star, netto, taxed)


_TOP = 1e9  # last knot: far beyond any income this tool meets, so interpolation never extrapolates


def _interp(x, knots, values) -> np.ndarray:
    return np.interp(np.asarray(x, dtype=float), knots, values)


def _tables(p) -> dict:
    """Knots of the tariff and the AHK (all kinks of tax minus AHK), computed once per snapshot (p.derived)."""
    return p.derived("tables", lambda: _build_tables(p))


def _build_tables(p) -> dict:
    thresholds, rates = _brackets(p)
    zero_ahk = p["ahk_afbouwpunt"] + p["ahk_max"] / max(p.rate("ahk_afbouw_percent"), 1e-12)
    knots = np.unique(np.concatenate([thresholds, [0.0, p["ahk_afbouwpunt"], zero_ahk, _TOP]]))
    upper = np.append(thresholds[1:], np.inf)
    box1 = np.sum(rates * np.clip(knots[:, None] - thresholds, 0.0, upper - thresholds), axis=-1)
    return {"knots": knots, "box1": box1, "tax_after_ahk": box1 - algemene_heffingskorting(knots, p)}
