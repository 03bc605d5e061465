"""`assets.changes` as months of the projection: what each change adds to the counted assets, from when, and until
when (Participatiewet art. 34 lid 1 and lid 2 a).

- Goods (`auto`, `overig`): an entry gives the value of that asset from its month on. A later entry of the same kind
  is the same asset at a new value: `value: 0` means it left the household (given back, sold, given away), a lower
  value that part of it left. From that month the old value stops counting (art. 34 lid 1 a: what the client
  "beschikt of redelijkerwijs kan beschikken"); the months before keep what they were (a reclaim stays, art. 58).
  The first entry of a kind comes on top of the case's own assets (`car_value`, `other`).
- Money (`gift`, `erfenis`, `spaargeld`): each entry is money that comes in its month; it is added to the savings
  and lived on like them.

A car counts minus the part left free (lid 2 a: `car_exempt`, the municipality's amount) when the case has no car
of its own; only one car is algemeen gebruikelijk.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np

from werktloont.engine.timeline.months import month_label, month_of, months_between
from werktloont.model.case import AssetChange
from werktloont.rules.participatiewet import vermogen

GOODS = ("auto", "overig")
MONEY = ("gift", "erfenis", "spaargeld")


@dataclasses.dataclass
class Span:
    """One change: its month index `k` (may lie before the projection's first month, even below 0), the index
    where a later entry of the same kind replaces it (`end`, None: never), and the value it counts."""

    change: AssetChange
    k: int
    end: int | None
    counted: float


@dataclasses.dataclass
class AssetChanges:
    """Per month of the projection: the counted goods, the money that comes in, and whether the counted assets
    rise by a change (that month the asset test applies, also before the continuous test of 2026)."""

    goods: np.ndarray
    money_in: np.ndarray
    rises: np.ndarray
    spans: list[Span]
    by_month: dict[str, list]


def counted_value(change, case) -> float:
    """What one entry counts: a car minus its exempt part (lid 2 a) when the case has no car of its own."""
    if change.kind != "auto":
        return float(change.value)
    exempt = (case.assets.car_exempt or 0.0) if case.assets.car_value <= 0 else 0.0
    return float(vermogen.auto_meegeteld(change.value, exempt))


def spans(case, months: list[date]) -> list[Span]:
    """Every change in month order, with its own month index and the index where it is replaced."""
    ordered = sorted(case.assets.changes, key=lambda c: c.month)
    out: list[Span] = []
    for j, ch in enumerate(ordered):
        k = months_between(months[0], month_of(ch.month))
        end = None
        if ch.kind in GOODS:
            later = [c for c in ordered[j + 1:] if c.kind == ch.kind]
            end = months_between(months[0], month_of(later[0].month)) if later else None
        out.append(Span(ch, k, end, counted_value(ch, case)))
    return out


def per_month(case, months: list[date], first: int) -> AssetChanges:
    """The changes laid over the months (index 0 = January of the case year). Money that came before the case
    month comes in the case month (the walk starts there); goods count from their own month."""
    t = len(months)
    goods, money_in, rises = np.zeros(t), np.zeros(t), np.zeros(t, dtype=bool)
    by_month: dict[str, list] = {}
    all_spans = spans(case, months)
    for s in all_spans:
        if s.k >= t:
            continue
        ch = s.change
        if ch.kind in MONEY:
            k = max(s.k, first)
            money_in[k] += s.counted
            rises[k] |= s.counted > 0
        else:
            a, b = max(s.k, 0), t if s.end is None else min(max(s.end, 0), t)
            goods[a:b] += s.counted
        label = month_label(months[max(s.k, first)])
        by_month.setdefault(label, []).append({"kind": ch.kind, "value": ch.value, "reported": ch.reported})
    for s in all_spans:  # a car or other goods that come (or grow): the asset test applies in that month
        if s.change.kind in GOODS and first <= s.k < t:
            rises[s.k] |= goods[s.k] > (goods[s.k - 1] if s.k > 0 else 0.0) + 0.005
    return AssetChanges(goods=goods, money_in=money_in, rises=rises, spans=all_spans, by_month=by_month)
