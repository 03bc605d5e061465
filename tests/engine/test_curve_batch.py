"""Curves, cliffs, solver and batch: consistency with calculate, properties, bad input."""

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.conftest import run_cli
from werktloont.api import batch, calculate, curve
from werktloont.engine.compose import COMPONENTS
from werktloont.engine.curve import solve
from werktloont.errors import InputError, MissingParameterError
from werktloont.params import load_pack

DATES = ["2025-07-01", "2026-01-01", "2026-07-01"]


def make_case(date="2026-01-01", age=35, partner=None, kids=(), childcare=False, sharers=0, rent=750.0,
              savings=0.0, car=0.0, wage=14.71, hours=24.0, municipality=None, travel=20.0):
    adults = [{"age": age}] + ([{"age": partner, "works": True}] if partner else [])
    children = []
    for i, k in enumerate(kids):
        c = {"age": k}
        if childcare and k < 12 and i == 0:
            c["childcare"] = {"type": "dagopvang" if k < 4 else "bso", "hours_per_month": 60, "hourly_price": 10.0}
        children.append(c)
    return {"format": "werktloont-case/1", "date": date,
            "household": {"adults": adults, "children": children, "cost_sharers": sharers,
                          "rent": {"base_rent": rent, "service_costs": 0} if rent else None},
            "assets": {"savings": savings, "car_value": car},
            "job": {"hourly_wage": wage, "hours_per_week": hours, "travel_costs": travel},
            "municipality": municipality}


cases = st.builds(
    make_case,
    date=st.sampled_from(DATES),
    age=st.integers(18, 66),
    partner=st.one_of(st.none(), st.integers(18, 66)),
    kids=st.lists(st.integers(0, 17), max_size=3).map(tuple),
    childcare=st.booleans(),
    sharers=st.integers(0, 2),
    rent=st.one_of(st.just(0.0), st.floats(300, 1200)),
    savings=st.floats(0, 20000),
    car=st.sampled_from([0.0, 3000.0, 12000.0]),
    wage=st.floats(12, 40),
    hours=st.floats(0, 40).map(lambda h: round(h, 1)),
    municipality=st.sampled_from([None, "voorbeeldgemeente"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases)
def test_properties(case):
    try:
        r = calculate(case)
    except MissingParameterError as exc:
        # Only the unknown 2025 kinderopvangtoeslag table may stop a calculation, and it says so.
        assert "kinderopvangtoeslag.percentages" in str(exc)
        assume(False)
    snap = load_pack().at(case["date"])
    for situation in ("without_job", "with_job"):
        c = r[situation]
        for k in COMPONENTS[:-1]:
            assert c[k] >= 0, (situation, k, c[k])
        parts = sum(c[k] for k in COMPONENTS[:7]) - c["childcare_costs"] - c["travel_costs"]
        assert c["disposable"] == pytest.approx(parts, abs=0.05)
        assert c["bijstand"] <= r["details"][situation]["norm"] + 0.005
        # A toeslag never exceeds its value at toetsingsinkomen 0 with no assets (its maximum).
        zt = snap.reg("zorgtoeslag")
        max_zt = (2 if len(case["household"]["adults"]) > 1 else 1) * zt["standaardpremie"] / 12
        assert c["zorgtoeslag"] <= max_zt
    # The matching point of the curve and of the batch give the same result.
    cv = curve(case, over="hours", start=case["job"]["hours_per_week"], stop=case["job"]["hours_per_week"], step=1)
    for k in COMPONENTS:
        assert cv[k][0] == pytest.approx(r["with_job"][k], abs=0.01), k
    b = batch([case])[0]
    assert b["with_job"] == r["with_job"] and b["without_job"] == r["without_job"]


def test_batch_equals_calculate_for_mixed_cases_and_keeps_order():
    mixed = [make_case(), make_case(date="2025-07-01", kids=(3,), childcare=True), make_case(age=22, hours=0),
             {"date": "2026-01-01"}, make_case(partner=30, kids=(13, 16), sharers=1), "niet eens een object"]
    results = batch(mixed)
    assert len(results) == len(mixed)
    assert results[3]["line"] == 4 and "household" in results[3]["error"]
    assert results[5]["line"] == 6 and "error" in results[5]
    for i in (0, 1, 2, 4):
        single = calculate(mixed[i])
        assert results[i]["with_job"] == single["with_job"], i
        assert results[i]["asset_test"] == single["asset_test"]


def test_kot_unknown_2025_table_only_fails_that_case():
    # 2025: the kinderopvangtoeslag table is unknown above the 96 % income limit: that case fails in Dutch,
    # the others in the same batch still run.
    rich = make_case(date="2025-07-01", kids=(2,), childcare=True, wage=40.0, hours=40, partner=35)
    rich["household"]["adults"][1]["works"] = True
    low = make_case(date="2025-07-01", kids=(2,), childcare=True)
    results = batch([rich, low])
    assert "error" not in results[1]
    if "error" in results[0]:
        assert "kinderopvangtoeslag.percentages" in results[0]["error"]


def test_curve_marks_municipal_cliff():
    # The example municipality's schemes stop at an income limit: earning a little more loses them.
    cv = curve(make_case(rent=None, municipality="voorbeeldgemeente"), over="hours")
    cliffs = [r for r in cv["ranges"] if r["kind"] == "cliff"]
    assert cliffs and any("municipal" in r["components"] for r in cliffs)
    assert all(r["loss"] > 0 for r in cliffs)


def test_curve_plateau_on_bijstand_under_27():
    # Under 27 there is no vrijlating (art. 31 lid 5): while on aanvullende bijstand every net euro earned
    # is deducted, so disposable income stays flat: a plateau from a few hours on.
    cv = curve(make_case(age=24, rent=None, travel=0.0), over="hours", start=0, stop=20, step=0.5)
    assert any(r["kind"] == "plateau" and r["metr"] >= 0.95 for r in cv["ranges"])


def test_curve_shapes_and_metr():
    cv = curve(make_case(), over="wage", start=14.71, stop=20, step=0.01)
    n = len(cv["x"])
    assert n == 530 and all(len(cv[k]) == n for k in COMPONENTS)
    assert len(cv["metr"]) == n - 1
    assert cv["x"][0] == 14.71 and cv["x"][-1] == 20.0


@pytest.mark.parametrize("kw,field", [({"step": 0}, "step"), ({"start": 10, "stop": 5}, "from"),
                                      ({"start": 0, "stop": 200, "step": 1}, "to")])
def test_curve_bad_range(kw, field):
    with pytest.raises(InputError) as info:
        curve(make_case(), over="hours", **kw)
    assert info.value.field == field


def test_solver_never_and_minimum():
    assert solve(make_case(), target_gain=1_000_000)["never"] is True
    # Age 30, 2026-01, no rent, € 20 travel costs, wage 14,71. On aanvullende bijstand the gain is the
    # vrijlating (25 % of the net wage, art. 31 lid 2 n) minus the travel costs. At a few hours no tax is due,
    # so net = gross incl. 8 % vakantiegeld = 14,71 x h x 52 / 12 x 1,08 = 68,84 x h a month.
    # Gain >= 1: 0,25 x 68,84 x h >= 21 -> h >= 1,22 -> on the 0,1-hour grid: 1,3 hours.
    res = solve(make_case(age=30, rent=None), target_gain=1.0, view="first_month")
    assert res["hours"] == pytest.approx(1.3)
    # Without travel costs any work leaves more: 0,25 x 68,84 x 0,1 = 1,72 >= 1 -> 0,1 hour.
    assert solve(make_case(age=30, rent=None, travel=0.0), target_gain=1.0,
                 view="first_month")["hours"] == pytest.approx(0.1)


def test_solver_lasting_view_is_the_default_and_needs_more_hours():
    # after the 6 months of art. 31 lid 2 n nothing of the wage is left free while on aanvullende
    # bijstand, so the € 20 travel costs are never earned back by a few hours: the gain is the wage above the
    # norm. Net 68,84 x h (see above) minus the norm € 1.401,50 (2026-01, art. 21 a) must pay the € 20 travel
    # costs and the € 1 target: 68,84 x h >= 1.422,50 -> h >= 20,66 hours at the least (tax and toeslagen
    # changes make it more).
    lasting = solve(make_case(age=30, rent=None), target_gain=1.0)
    assert lasting["view"] == "lasting"
    assert lasting["hours"] >= 20.6
    assert solve(make_case(age=30, rent=None), target_gain=1.0, view="first_month")["hours"] < lasting["hours"]


def test_cli_batch_bad_line_exit_1_and_atomic_out(tmp_path):
    src = tmp_path / "cases.jsonl"
    src.write_text(json.dumps(make_case()) + "\n{kapot\n" + json.dumps(make_case(age=40)) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run_cli("batch", src, "--out", out)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3 and lines[1] == {"error": lines[1]["error"], "line": 2}
    assert lines[0]["format"] == "werktloont-result/1" and lines[2]["format"] == "werktloont-result/1"
    assert not list(tmp_path.glob(".out.jsonl.*"))  # no temporary file left behind


def test_cli_curve_csv(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps(make_case()), encoding="utf-8")
    proc = run_cli("curve", path, "--over", "hours", "--csv")
    assert proc.returncode == 0, proc.stderr
    rows = proc.stdout.strip().splitlines()
    assert rows[0].startswith("x,net_wage") and len(rows) == 82  # header + 0..40 in 0,5 steps


def test_cli_toeslagen(tmp_path):
    # Belastingdienst 2025 zorgtoeslag table: single, toetsingsinkomen 28.000 -> € 131 a month.
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"year": 2025, "toetsingsinkomen": 28000,
                                "household": {"adults": [{"age": 35}], "children": []}}), encoding="utf-8")
    proc = run_cli("toeslagen", path, "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["zorgtoeslag"]["per_month"] == 131
