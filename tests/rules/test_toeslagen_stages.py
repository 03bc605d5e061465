"""Each toeslag's income stage is written once (rules.elementwise) and runs on numpy arrays (month pipeline,
curves) or on plain floats (the proefberekening). Both must give every step the same value, to the last bit, at
every income: here a whole curve on arrays against the same incomes one float at a time."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from werktloont.errors import MissingParameterError
from werktloont.params import load_pack
from werktloont.rules.elementwise import ARRAYS, FLOATS
from werktloont.rules.wet_kinderopvang import kinderopvangtoeslag as kot
from werktloont.rules.wet_op_de_huurtoeslag import huurtoeslag as ht
from werktloont.rules.wet_op_de_zorgtoeslag import zorgtoeslag as zt
from werktloont.rules.wet_op_het_kindgebonden_budget import kindgebonden_budget as kgb


def one(value) -> np.ndarray:
    return np.array([value])


def plain(stage: dict) -> dict:
    """A household stage of one household as plain Python numbers (as the proefberekening keeps it)."""
    return {k: plain(v) if isinstance(v, dict) else v.item() if isinstance(v, np.ndarray | np.generic) else v
            for k, v in stage.items()}


def incomes(snap) -> np.ndarray:
    """A curve from 0 to 90.000 in steps of 7,13 plus the points where a rule changes course, on and next to them."""
    edges = [snap.reg("zorgtoeslag")["drempelinkomen"], snap.reg("kindgebonden_budget")["drempelinkomen"],
             snap.reg("huurtoeslag")["minimum_inkomensijkpunt_eenpersoons"],
             snap.reg("huurtoeslag")["minimum_inkomensijkpunt_meerpersoons"]]
    table = snap.reg("kinderopvangtoeslag").get("percentages", [])
    edges += [float(row[0]) for row in table]
    near = [x + d for x in edges for d in (-0.5, -0.01, 0.0, 0.01, 0.5) if x + d >= 0]
    return np.concatenate([np.arange(0.0, 90_000.0, 7.13), near])


def assert_same(on_arrays: dict, per_float: list[dict]) -> None:
    for key, value in on_arrays.items():
        if key in ("formula", "income"):
            continue
        column = np.broadcast_to(np.asarray(value), (len(per_float),))
        got = np.array([r[key] for r in per_float], dtype=column.dtype)
        # Bit for bit: the same doubles (array_equal would let -0.0 pass for 0.0, the bytes do not).
        assert got.tobytes() == np.ascontiguousarray(column).tobytes(), key


@pytest.mark.parametrize("year", [2025, 2026])
@pytest.mark.parametrize(("partner", "n_insured", "ages", "vermogen"), [
    (False, 1, [], 0.0), (True, 2, [3, 12, 16], 20_000.0), (True, 1, [13], 0.0), (False, 1, [17], 1_000_000.0)])
def test_zorgtoeslag_and_kindgebonden_budget(year, partner, n_insured, ages, vermogen):
    snap = load_pack().at(date(year, 1, 1))
    p_awir, ti = snap.reg("awir"), incomes(snap)
    hz = zt.huishouden(has_partner=one(partner), toeslag_vermogen=one(vermogen), p=snap.reg("zorgtoeslag"),
                       n_insured=one(n_insured))
    assert_same(zt.naar_inkomen(ti, hz, p_awir), [zt.naar_inkomen(float(x), plain(hz), p_awir, FLOATS) for x in ti])
    hk = kgb.huishouden(has_partner=one(partner), n_children=one(len(ages)), children_ages=np.array([ages or [-1]]),
                        toeslag_vermogen=one(vermogen), p=snap.reg("kindgebonden_budget"))
    assert_same(kgb.naar_inkomen(ti, hk, p_awir),
                [kgb.naar_inkomen(float(x), plain(hk), p_awir, FLOATS) for x in ti])


@pytest.mark.parametrize("year", [2025, 2026])
@pytest.mark.parametrize(("rent", "service", "n_persons", "young", "children"), [
    (650.0, 40.0, 1, False, False), (900.0, 0.0, 4, False, True), (450.0, 25.0, 1, True, False),
    (1_300.0, 80.0, 2, False, False), (0.0, 0.0, 3, False, True)])
def test_huurtoeslag(year, rent, service, n_persons, young, children):
    snap = load_pack().at(date(year, 1, 1))
    p_awir, ti = snap.reg("awir"), incomes(snap)
    h = ht.huishouden(on=snap.on, base_rent=one(rent), service_costs=one(service), has_rent=one(rent > 0),
                      n_persons=one(n_persons), meerpersoons=one(n_persons > 1), has_partner=one(n_persons == 2),
                      has_children=one(children), all_adults_young=one(young), toeslag_vermogen=one(0.0),
                      p=snap.reg("huurtoeslag"), p_awir=p_awir)
    assert_same(ht.naar_inkomen(ti, h, p_awir), [ht.naar_inkomen(float(x), plain(h), p_awir, FLOATS) for x in ti])


@pytest.mark.parametrize("year", [2025, 2026])
def test_kinderopvangtoeslag(year):
    snap = load_pack().at(date(year, 1, 1))
    p = snap.reg("kinderopvangtoeslag")
    hours, price = np.array([[120.0, 60.0]]), np.array([[11.0, 8.5]])
    cc = kot.childcare_cost(hours_per_month=hours, hourly_price=price, kind=np.array([[0, 1]]), p=p)
    first, others = (float(x[0]) for x in kot.eerste_kind_split(hours, cc["capped_cost"]))
    ti = incomes(snap)
    try:
        on_arrays = kot.kinderopvangtoeslag(toetsingsinkomen=ti, cost_first=first, cost_others=others,
                                            work_condition=np.ones(len(ti), dtype=bool), p=p, xp=ARRAYS)
    except MissingParameterError:
        # 2025: the table is unknown above the income limit; below it both ways answer, above it both stop.
        limit = p["inkomensgrens_maximaal_percentage"]
        low, high = ti[np.floor(ti) <= limit], ti[np.floor(ti) > limit]
        on_arrays = kot.kinderopvangtoeslag(toetsingsinkomen=low, cost_first=first, cost_others=others,
                                            work_condition=np.ones(len(low), dtype=bool), p=p)
        for x in high[:20]:
            with pytest.raises(MissingParameterError):
                kot.kinderopvangtoeslag(toetsingsinkomen=float(x), cost_first=first, cost_others=others,
                                        work_condition=True, p=p, xp=FLOATS)
        ti = low
    assert_same(on_arrays, [kot.kinderopvangtoeslag(toetsingsinkomen=float(x), cost_first=first, cost_others=others,
                                                    work_condition=True, p=p, xp=FLOATS) for x in ti])
