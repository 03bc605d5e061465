"""Dutch number formatting: € 1.234,56 and 35,75 %."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def _half_up(x: float, decimals: int) -> Decimal:
    """|x| rounded half up at `decimals` places, as the amounts are (Python's own rounding is half to even, so
    € 2.990,50 would show as € 2.990 next to € 2.705,50 as € 2.706). The float's shortest repr is what people
    typed or what the engine rounded to cents, so it is the value to round."""
    return Decimal(repr(abs(float(x)))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def number_nl(x: float, decimals: int = 2) -> str:
    short = _no_rounding(x, decimals)
    if short is not None:
        return short
    rounded = _half_up(x, decimals)
    text = f"{rounded:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if x < 0 and rounded != 0 else "") + text


def _no_rounding(x: float, decimals: int) -> str | None:
    """number_nl for an amount whose shortest repr has at most `decimals` places (nearly every amount: the engine
    rounds to cents): the repr's own digits, padded, without Decimal. None: round it (number_nl)."""
    text = repr(abs(float(x)))
    whole, dot, frac = text.partition(".")
    if not dot or len(frac) > decimals or not whole.isdigit() or not frac.isdigit():
        return None  # 1e+16, nan, inf, or more places than asked: the Decimal path rounds them
    digits = f"{int(whole):,}".replace(",", ".") + ("," + frac.ljust(decimals, "0") if decimals else "")
    return ("-" if x < 0 and text != "0.0" else "") + digits


def eur(x: float, decimals: int = 2) -> str:
    """€ 1.234,56 (negative: -€ 35,00)."""
    text = number_nl(x, decimals)
    return f"-€ {text[1:]}" if text.startswith("-") else f"€ {text}"


def percent(x: float) -> str:
    """35.75 -> '35,75 %' (trailing zeros trimmed, at least the integer)."""
    text = f"{x:.4f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + " %"


def plain(x: float) -> str:
    """A number without unit, Dutch decimal comma, no needless decimals."""
    if float(x).is_integer():
        return number_nl(x, 0)
    text = f"{x:.10f}".rstrip("0")  # 15 places would show the float's binary tail: 22,300000000000001
    whole, frac = text.split(".")
    return number_nl(float(whole), 0) + "," + frac
