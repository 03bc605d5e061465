"""Seeded fuzz of extreme-but-valid cases: ages 18-120, contracts up to 120 months, starts up to 30
months out, amounts at the schema's edges and sub-cent inputs. No crash, no NaN, the parts add up to the total to
the cent (result and every timeline month), and batch gives what calculate(timeline=False) gives."""

import math
import random
from datetime import date, timedelta

import pytest

from werktloont.api import batch, calculate
from werktloont.engine.calculate import calculate as engine_calculate
from werktloont.engine.components import COSTS, INCOME
from werktloont.errors import MissingParameterError, WerktloontError
from werktloont.params import load_pack

SEED = 20261129
N_TIMELINE = 50  # with the 24 months (the slow part); the batch check covers N_BATCH more
N_BATCH = 60
EDGES = (0.0, 0.001, 0.004, 0.005, 0.015, 0.994999)


def _money(rng, top):
    pick = rng.random()
    if pick < 0.3:
        return rng.choice(EDGES)
    if pick < 0.4:
        return float(top)
    amount = rng.uniform(0, top) if rng.random() < 0.2 else rng.uniform(0, min(top, 60_000))
    return round(amount, rng.choice((0, 2, 3, 5)))  # 3 and 5 decimals: sub-cent inputs


def _case(rng, start: date, end: date) -> dict:
    on = start + timedelta(days=rng.randrange((end - start).days + 1))
    adults = [{"age": rng.randint(18, 120), "works": rng.random() < 0.2}]
    if rng.random() < 0.4:
        adults.append({"age": rng.randint(18, 120), "works": rng.random() < 0.2})
    children = []
    for _ in range(rng.choice((0, 0, 1, 2, 4))):
        child: dict = {"age": rng.randint(0, 17)}
        if rng.random() < 0.4:
            child["childcare"] = {"type": rng.choice(("dagopvang", "bso", "gastouder")),
                                  "hours_per_month": rng.choice((0.0, 0.004, 230.0, 744.0, rng.uniform(0, 744))),
                                  "hourly_price": rng.choice((0.0, 0.005, 1000.0, rng.uniform(0, 15)))}
        if rng.random() < 0.5:
            child["birthday_month"] = rng.randint(1, 12)
        children.append(child)
    household: dict = {"adults": adults, "children": children, "cost_sharers": rng.choice((0, 0, 1, 3, 20)),
                       "cost_sharer_income": _money(rng, 10_000_000)}
    if rng.random() < 0.6:
        household["rent"] = {"base_rent": _money(rng, 20_000), "service_costs": _money(rng, 5_000)}
    case: dict = {"format": "werktloont-case/1", "date": on.isoformat(), "household": household,
                  "assets": {"savings": _money(rng, 10_000_000), "car_value": _money(rng, 10_000_000),
                             "other": _money(rng, 10_000_000), "debts": _money(rng, 10_000_000),
                             "savings_per_month": _money(rng, 100_000)}}
    if rng.random() < 0.85:
        job: dict = {"hours_per_week": rng.choice((0.0, 0.004, 0.5, 24.0, 80.0, round(rng.uniform(0, 80), 3))),
                     "travel_costs": rng.choice((0.0, 0.004, 10_000.0, round(rng.uniform(0, 300), 2)))}
        if rng.random() < 0.7:
            job["hourly_wage"] = rng.choice((0.0, 0.005, 1000.0, round(rng.uniform(5, 60), rng.choice((2, 4)))))
        if rng.random() < 0.7:
            first = date(on.year, on.month, 1)
            months = rng.randint(0, 30)
            y, m = divmod(first.month - 1 + months, 12)
            job["start"] = date(first.year + y, m + 1, 1).isoformat()
        if rng.random() < 0.6:
            job["contract_months"] = rng.choice((1, 6, 24, 25, 120, rng.randint(1, 120)))
        case["job"] = job
    return case


def _no_nan(value, where="result"):
    if isinstance(value, float):
        assert math.isfinite(value), where
    elif isinstance(value, dict):
        for k, v in value.items():
            _no_nan(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _no_nan(v, f"{where}[{i}]")


def _adds_up(amounts: dict, where: str, extra=("ww",)):
    parts = sum(amounts[k] for k in INCOME) + sum(amounts.get(k, 0.0) for k in extra) - sum(amounts[k] for k in COSTS)
    assert abs(parts - amounts["disposable"]) <= 0.0051, (where, parts, amounts["disposable"])


@pytest.fixture(scope="module")
def cases():
    pack = load_pack()
    start, end = pack.coverage
    rng = random.Random(SEED)
    return [_case(rng, start, end) for _ in range(N_TIMELINE + N_BATCH)]


def test_extreme_cases_with_the_timeline(cases):
    computed = refused = 0
    for i, case in enumerate(cases[:N_TIMELINE]):
        try:
            result = calculate(case)
        except MissingParameterError:
            refused += 1  # a value marked unknown in the pack: a clear refusal, not a crash
            continue
        computed += 1
        _no_nan(result, f"case {i}")
        for situation in ("without_job", "with_job"):
            _adds_up(result[situation], f"case {i} {situation}", extra=())
        assert abs(result["gain_per_month"] - (result["with_job"]["disposable"]
                                               - result["without_job"]["disposable"])) <= 0.0051
        for entry in result["timeline"]:
            _adds_up(entry, f"case {i} {entry['month']}")
    assert computed >= N_TIMELINE * 0.8, (computed, refused)


def test_batch_equals_calculate_without_timeline(cases):
    sample = cases[N_TIMELINE:]
    results = batch(sample)
    assert len(results) == len(sample)
    for i, (case, got) in enumerate(zip(sample, results)):
        try:
            want = engine_calculate(case, timeline=False)  # codes and numbers, as batch: no words
        except WerktloontError:
            assert "error" in got, i
            continue
        assert "error" not in got, (i, got)
        _no_nan(got, f"batch {i}")
        # The words a batch line carries (tests/engine/test_one_answer.py checks them against calc's).
        for key in set(got) & set(want) - {"explanations", "actions"}:
            assert got[key] == want[key], (i, key)
        assert len(got["actions"]) == len(want.get("action_codes") or []), i
        assert got["headline_text"], i
