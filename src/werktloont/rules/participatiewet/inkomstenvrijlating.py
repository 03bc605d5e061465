"""Participatiewet art. 31 lid 2 onder n, r en y, lid 5 (until 2026) and art. 34a lid 1 (from 2027): the
inkomstenvrijlating as rule versions, each with its formula and its facts (the parts it has, how long each runs,
when months count). Medisch urenbeperkt (art. 31 lid 2 y; art. 34a lid 1 b): 15 % without a time limit.

The engine never asks which label is in force; it asks the version: `v.amount(...)` for the free part of a month,
`v.part(k, p)` for the letter of month k of the period (with "_aow" at AOW age: no time limit),
`v.unlimited(letter)` for whether a part runs without a time limit (AOW age, medisch urenbeperkt),
`v.period_end(letter, p)` for the last month of a time-limited part,
`v.counts_only_with_bijstand(count, p)` for whether a month without bijstand uses up a month of the period.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from werktloont.rules.afronding import cents_half_up
from werktloont.rules.rule_version import RuleVersion


@dataclass(frozen=True)
class Vrijlating(RuleVersion):
    """A version of the inkomstenvrijlating; subclasses give the formula and the facts."""

    parts: tuple[str, ...] = ()  # the letters of its time-limited parts, in order ("n", "r"; "34a")
    uses_single_parent: bool = False  # whether the formula needs "a single parent with a young child"
    medisch: str = ""  # the letter of the part for someone medisch urenbeperkt (no time limit)

    def amount(self, net_work_income, *, client_age, single_parent_young_child, month, p,
               medisch_urenbeperkt=False) -> dict:
        raise NotImplementedError

    def part(self, month: int, p, age: float = 0.0, medisch_urenbeperkt: bool = False) -> str:
        """The letter of month `month` (1 = the first) of the vrijlating period; from the AOW age, where the
        vrijlating has no time limit (art. 31 lid 2 n; art. 34a lid 1 c), the letter with "_aow" ("n_aow"); for
        someone medisch urenbeperkt the version's `medisch` letter where that part applies."""
        raise NotImplementedError

    def unlimited(self, letter: str) -> bool:
        """Whether the part runs on without a time limit (then it is no temporary phase)."""
        return letter.endswith("_aow") or (bool(self.medisch) and letter == self.medisch)

    def period_end(self, letter: str, p) -> int:
        """The last month of the period in which part `letter` applies (counted from the period's first month)."""
        raise NotImplementedError

    def counts_only_with_bijstand(self, count: int, p) -> bool:
        """Whether, after `count` months of the period, a month with work but without bijstand leaves the count as
        it is (art. 31 lid 2 n: "voor zover hij algemene bijstand ontvangt") instead of running on."""
        raise NotImplementedError

    def free_percent(self, letter: str, p) -> float:
        """The percentage of the net income that part `letter` leaves free (15 for art. 34a lid 1 a)."""
        raise NotImplementedError


@dataclass(frozen=True)
class Art31Vrijlating(Vrijlating):
    """Art. 31 lid 2 n: 25 % capped, the first 6 months with work and bijstand (at AOW age without a time limit);
    then r for a single parent with a child under 12: 12,5 % capped, a continuous 30 months; none below 27 (lid 5).
    Lid 2 y: medisch urenbeperkt 15 % capped, without a time limit, "tenzij onderdeel n van toepassing is"; lid 5
    does not exclude y below 27. R applies only when "onderdeel y, z of aa niet van toepassing is": for someone
    medisch urenbeperkt, y instead of r."""

    parts: tuple[str, ...] = ("n", "r")
    uses_single_parent: bool = True
    medisch: str = "y"

    def amount(self, net_work_income, *, client_age, single_parent_young_child, month, p,
               medisch_urenbeperkt=False) -> dict:
        age = np.asarray(client_age, dtype=float)
        income = np.maximum(np.asarray(net_work_income, dtype=float), 0.0)
        month = np.asarray(month, dtype=float)
        aow = age >= p["aow_leeftijd"]
        working = (income > 0) & (month >= 1)
        allowed = (age >= p["vrijlating_minimum_leeftijd"]) & working
        n_months = p["vrijlating_algemeen_maanden"]
        in_n = allowed & ((month <= n_months) | aow)
        medisch = np.asarray(medisch_urenbeperkt, dtype=bool)
        in_r = (allowed & ~aow & ~medisch & np.asarray(single_parent_young_child) & (month > n_months)
                & (month <= n_months + p["vrijlating_alleenstaande_ouder_maanden"]))
        n_amount = np.minimum(p.rate("vrijlating_algemeen_percent") * income, p["vrijlating_algemeen_max"])
        r_amount = (np.minimum(p.rate("vrijlating_alleenstaande_ouder_percent") * income,
                               p["vrijlating_alleenstaande_ouder_max"]) if np.any(in_r) else 0.0)
        amount = np.where(in_n, n_amount, np.where(in_r, r_amount, 0.0))
        in_y = working & medisch & ~in_n
        if np.any(in_y):
            y_amount = np.minimum(p.rate("vrijlating_medisch_urenbeperkt_percent") * income,
                                  p["vrijlating_medisch_urenbeperkt_max"])
            amount = np.where(in_y, y_amount, amount)
        return {"vrijlating": cents_half_up(amount), "in_period": in_n | in_r | in_y}

    def part(self, month: int, p, age: float = 0.0, medisch_urenbeperkt: bool = False) -> str:
        if age >= p["aow_leeftijd"]:
            return "n_aow"
        n_applies = month <= int(p["vrijlating_algemeen_maanden"]) and age >= p["vrijlating_minimum_leeftijd"]
        if medisch_urenbeperkt and not n_applies:
            return self.medisch
        return "n" if month <= int(p["vrijlating_algemeen_maanden"]) else "r"

    def period_end(self, letter: str, p) -> int:
        n = int(p["vrijlating_algemeen_maanden"])
        return n if letter == "n" else n + int(p["vrijlating_alleenstaande_ouder_maanden"])

    def counts_only_with_bijstand(self, count: int, p) -> bool:
        # n counts months with bijstand only; once n is used up, r runs as an "aaneengesloten periode".
        return count < int(p["vrijlating_algemeen_maanden"])

    def free_percent(self, letter: str, p) -> float:
        return float(p["vrijlating_alleenstaande_ouder_percent" if letter == "r" else "vrijlating_algemeen_percent"])


@dataclass(frozen=True)
class Art34aVrijlating(Vrijlating):
    """Art. 34a lid 1 a and c: 15 % without a maximum for a continuous period of 12 months, at every age, "indien dit
    naar het oordeel van het college bijdraagt aan de arbeidsinschakeling"; at AOW age 25 % up to a maximum, without
    a time limit. Lid 1 b: medisch urenbeperkt 15 % without a time limit or maximum. The period starts in the first
    month with work and bijstand."""

    parts: tuple[str, ...] = ("34a",)
    medisch: str = "34a_mu"
    # The parameters of this version (one new version with new parameters needs no new code).
    percent: str = "vrijlating_34a_percent"
    months: str = "vrijlating_34a_maanden"
    aow_percent: str = "vrijlating_34a_aow_percent"
    aow_max: str = "vrijlating_34a_aow_max"
    medisch_percent: str = "vrijlating_34a_medisch_urenbeperkt_percent"

    def amount(self, net_work_income, *, client_age, single_parent_young_child, month, p,
               medisch_urenbeperkt=False) -> dict:
        del single_parent_young_child  # art. 34a has no separate part for single parents
        age = np.asarray(client_age, dtype=float)
        income = np.maximum(np.asarray(net_work_income, dtype=float), 0.0)
        month = np.asarray(month, dtype=float)
        aow = age >= p["aow_leeftijd"]
        working = (income > 0) & (month >= 1)
        in_mu = working & ~aow & np.asarray(medisch_urenbeperkt, dtype=bool)
        in_34a = working & ~aow & ~in_mu & (month <= p[self.months])
        in_aow = working & aow
        a34 = p.rate(self.percent) * income
        a_aow = np.minimum(p.rate(self.aow_percent) * income, p[self.aow_max]) if np.any(in_aow) else 0.0
        a_mu = p.rate(self.medisch_percent) * income if np.any(in_mu) else 0.0
        amount = np.where(in_34a, a34, np.where(in_aow, a_aow, np.where(in_mu, a_mu, 0.0)))
        return {"vrijlating": cents_half_up(amount), "in_period": in_34a | in_aow | in_mu}

    def part(self, month: int, p, age: float = 0.0, medisch_urenbeperkt: bool = False) -> str:
        if age >= p["aow_leeftijd"]:
            return f"{self.parts[0]}_aow"
        return self.medisch if medisch_urenbeperkt else self.parts[0]

    def period_end(self, letter: str, p) -> int:
        return int(p[self.months])

    def counts_only_with_bijstand(self, count: int, p) -> bool:
        return count < 1  # only the start needs a month with bijstand; then the period runs on

    def free_percent(self, letter: str, p) -> float:
        return float(p[self.percent])
