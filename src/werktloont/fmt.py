"""Dutch number formatting: € 1.234,56 and 35,75 %."""

from __future__ import annotations


def number_nl(x: float, decimals: int = 2) -> str:
    text = f"{abs(x):,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if x < 0 and round(abs(x), decimals) != 0 else "") + text


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
