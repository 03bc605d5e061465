"""Sentences about a whole result: the verdict, the wage used, the asset test (CLI, report)."""

from __future__ import annotations

from werktloont import fmt
from werktloont.texts.components import lang_of


def verdict(gain: float, lang: str = "nl") -> str:
    amount = fmt.eur(abs(gain), 0)
    if lang_of(lang) == "en":
        return f"With this job you have {amount} a month {'more' if gain >= 0 else 'less'} to spend."
    return f"Met deze baan heeft u {amount} per maand {'meer' if gain >= 0 else 'minder'} te besteden."


def no_job(lang: str = "nl") -> str:
    return "No job was entered." if lang_of(lang) == "en" else "Er is geen baan ingevuld."


def job_lines(job: dict | None, lang: str = "nl") -> list[str]:
    """Which hourly wage was used, and a warning when it is below the legal minimum."""
    if not job:
        return []
    en = lang_of(lang) == "en"
    wage, minimum = fmt.eur(job["hourly_wage"]), fmt.eur(job["minimum_hourly_wage"])
    lines = []
    if job["hourly_wage_source"] == "minimumloon":
        lines.append(f"Hourly wage: {wage}, the legal minimum wage for this age (no wage given)." if en else
                     f"Uurloon: {wage}, het wettelijk minimumloon voor deze leeftijd (geen uurloon opgegeven).")
    if job["below_minimum"]:
        lines.append(f"Note: {wage} an hour is below the legal minimum wage ({minimum} an hour)." if en else
                     f"Let op: {wage} per uur is lager dan het wettelijk minimumloon ({minimum} per uur).")
    return lines


def assets_above_limit(at: dict, lang: str = "nl") -> str:
    """One line when the asset test fails (CLI)."""
    counted, limit = fmt.eur(at["counted"]), fmt.eur(at["limit"])
    if lang_of(lang) == "en":
        return f"Note: assets ({counted}) exceed the limit ({limit}); no bijstand."
    return f"Let op: uw vermogen ({counted}) is hoger dan de grens ({limit}); daarom is er geen bijstand."
