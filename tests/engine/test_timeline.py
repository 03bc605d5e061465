"""The month-by-month timeline: hand calculations written out, and the convergence checks."""

import json

import pytest

from tests.conftest import run_cli
from werktloont.api import calculate, project
from werktloont.errors import InputError

NORM_2026_01 = 1401.50  # Participatiewet art. 21 a, geldend 2026-01-01
NORM_2026_07 = 1419.46  # idem, geldend 2026-07-01
LIMIT_2026 = 8000.0     # art. 34 lid 3 a, alleenstaande, 2026


def case(age=35, *, date="2026-03-01", job=None, children=None, savings=0.0, per_month=0.0, car=0.0,
         car_needed=False, toeslagen=None):
    c = {"format": "werktloont-case/1", "date": date,
         "household": {"adults": [{"age": age}], "children": children or [], "cost_sharers": 0,
                       "rent": {"base_rent": 650.0, "service_costs": 40.0}},
         "assets": {"savings": savings, "savings_per_month": per_month, "car_value": car, "car_needed": car_needed},
         "job": job}
    if toeslagen is not None:
        c["toeslagen_advance"] = toeslagen
    return c


def by_month(result):
    return {e["month"]: e for e in result["entries"]}


def test_six_month_contract_35_year_old_gets_ww_then_bijstand():
    r = project(case(job={"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01", "contract_months": 6}))
    m = by_month(r)
    assert len(r["entries"]) == 24 and r["entries"][0]["month"] == "2026-03" and r["entries"][-1]["month"] == "2028-02"
    assert [m[k]["situation"] for k in ("2026-03", "2026-08")] == ["werk", "werk"]
    # Wekeneis: 27 of 36 weeks (see test_ww). Dagloon: 2.039,79 x 5 x 1,08 / 110 = 100,135.
    ww = r["summary"]["ww"]
    assert ww["entitled"] and ww["weeks_worked"] == 27 and ww["duration_months"] == 3
    assert ww["dagloon"] == pytest.approx(100.13, abs=0.01)
    # 75 % x 100,135 x 21,75 = 1.633,45 (Sep, Oct), 70 % = 1.524,56 (Nov), gross.
    assert ww["gross_per_month"] == pytest.approx([1633.45, 1633.45, 1524.56], abs=0.01)
    for k in ("2026-09", "2026-10", "2026-11"):
        # The WW is below the sociaal minimum: UWV adds a Toeslagenwet toeslag first (tests/test_toeslagenwet.py).
        assert m[k]["situation"] == "WW + TW + aanvullende bijstand" and m[k]["toeslagenwet"] > 0
        # Aanvullende bijstand tops the net WW + TW up to the norm (art. 19 lid 2; they count as income, art. 32).
        assert m[k]["ww"] + m[k]["toeslagenwet"] + m[k]["bijstand"] == pytest.approx(NORM_2026_07, abs=0.011)
    assert m["2026-10"]["ww"] > m["2026-11"]["ww"]  # 75 % -> 70 %
    assert m["2026-12"]["situation"] == "bijstand" and m["2026-12"]["bijstand"] == NORM_2026_07
    assert r["summary"]["zoektermijn_months"] == []  # 35: no zoektermijn
    # Vakantiegeld: withheld monthly, paid in June (WML art. 17 lid 1) and at the end of the contract (lid 3).
    assert m["2026-06"]["cash_timing"]["vakantiegeld"] > 0 and m["2026-08"]["cash_timing"]["vakantiegeld"] > 0
    withheld = -m["2026-03"]["cash_timing"]["vakantiegeld"]
    assert m["2026-06"]["cash_timing"]["vakantiegeld"] == pytest.approx(3 * withheld - withheld, abs=0.02)
    # August: June, July and August accrued (June's share was withheld after the June payment), August withheld.
    assert m["2026-08"]["cash_timing"]["vakantiegeld"] == pytest.approx(3 * withheld - withheld, abs=0.02)
    # Months after the pack's coverage are flagged (the month after its end, not a fixed year).
    from werktloont.params import load_pack
    end = load_pack().coverage[1]
    last_in, first_out = f"{end:%Y-%m}", f"{end.year + end.month // 12}-{end.month % 12 + 1:02d}"
    assert not m[last_in]["beyond_pack"] and (first_out not in m or m[first_out]["beyond_pack"])
    assert r["summary"].get("beyond_pack_from") == (first_out if first_out in m else None)


def test_four_month_contract_24_year_old_no_ww_zoektermijn():
    r = project(case(age=24, job={"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01",
                                  "contract_months": 4}))
    m = by_month(r)
    assert not r["summary"]["ww"]["entitled"] and r["summary"]["ww"]["weeks_worked"] == 18
    assert m["2026-06"]["situation"] == "werk" and m["2026-06"]["bijstand"] == 0.0
    # Melding 1 July; four weeks (art. 41 lid 4) = 28 days without bijstand; bijstand for 29-31 July only:
    # 3/31 x 1.419,46 = 137,37 (partial month, art. 45 lid 3).
    assert m["2026-07"]["situation"] == "zoektermijn"
    assert m["2026-07"]["bijstand"] == pytest.approx(NORM_2026_07 * 3 / 31, abs=0.01)
    assert m["2026-08"]["situation"] == "bijstand" and m["2026-08"]["bijstand"] == NORM_2026_07
    assert r["summary"]["zoektermijn_months"] == ["2026-07"]
    assert any("zoektermijn" in a for a in r["summary"]["actions"])


def test_same_contract_at_35_has_no_zoektermijn():
    m = by_month(project(case(age=35, job={"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01",
                                           "contract_months": 4})))
    assert m["2026-07"]["situation"] == "bijstand" and m["2026-07"]["bijstand"] == NORM_2026_07


def test_single_parent_child_5_vrijlating_r_after_n():
    # Alleenstaande ouder, child of 5, permanent job from January 2026. Bijstand = norm - (net wage - vrijlating):
    # months 1-6 art. 31 lid 2 n: 25 %, at most 285,00; months 7-30 lid 2 r: 12,5 %, at most 177,66. At 22 h the
    # net wage is above 285 / 25 % = 1.140 and above 177,66 / 12,5 % = 1.421,28, so both caps apply:
    # bijstand + net wage = norm + 285,00 (Jan-Jun) and norm(July) + 177,66 (from July).
    c = case(age=32, date="2026-01-01", children=[{"age": 5}],
             job={"hourly_wage": 14.71, "hours_per_week": 22, "start": "2026-01-01"})
    m = by_month(project(c))
    for k in ("2026-01", "2026-06"):
        assert m[k]["bijstand"] > 0
        assert m[k]["bijstand"] + m[k]["net_wage"] == pytest.approx(NORM_2026_01 + 285.00, abs=0.011)
    for k in ("2026-07", "2026-12"):
        assert m[k]["bijstand"] > 0
        assert m[k]["bijstand"] + m[k]["net_wage"] == pytest.approx(NORM_2026_07 + 177.66, abs=0.011)
    assert any("art. 31 lid 2 r" in n for n in m["2026-07"]["notes"])
    # art. 31 lid 2 r ends on 1 January 2027 (Participatiewet in balans) and art. 34a lid 1 a leaves 15 %
    # free without a maximum for 12 months: 15 % x about 1.514 = about 227 > 177,66, so more bijstand than under r.
    # (No transitional rule for a running r-period was found; the 34a period starts in January 2027.)
    for k in ("2027-01", "2027-06"):
        assert m[k]["bijstand"] > m["2026-12"]["bijstand"]
    assert any("art. 34a" in n for n in m["2027-01"]["notes"])


def test_under_27_no_vrijlating():
    m = by_month(project(case(age=25, date="2026-01-01", job={"hourly_wage": 14.71, "hours_per_week": 16,
                                                             "start": "2026-01-01"})))
    assert m["2026-01"]["bijstand"] + m["2026-01"]["net_wage"] == pytest.approx(NORM_2026_01, abs=0.011)


def _settlement(end_month_count):
    c = case(date="2026-01-01", job={"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-01-01",
                                    "contract_months": end_month_count},
             toeslagen={"change_reported": False})
    return project(c)


def test_job_ending_december_vs_march_settlement_differs():
    march, december = _settlement(3), _settlement(12)
    s_mar = march["summary"]["toeslagen"]["niet_doorgegeven"]["2026"]
    s_dec = december["summary"]["toeslagen"]["niet_doorgegeven"]["2026"]
    # Voorschot on the estimate (bijstand all year), definitive on the real 2026 income: more months of wage,
    # a higher toetsingsinkomen, a larger repayment.
    assert s_dec["toetsingsinkomen"] > s_mar["toetsingsinkomen"]
    assert s_dec["settlement"] < s_mar["settlement"] and s_dec["settlement"] < -100
    for s in (s_mar, s_dec):
        assert s["settlement_month"] == "2027-06" and s["in_window"]
        for v in s["per_toeslag"].values():
            assert v["settlement"] == pytest.approx(v["definitive"] - v["paid"], abs=0.005)
    # The repayment lands as cash in June 2027 (negative = repay), because the case did not pass the change on.
    assert by_month(december)["2027-06"]["toeslagen_settlement"] == pytest.approx(s_dec["settlement"], abs=0.005)
    # Passed on at the start: the voorschot follows, only the rounding of the monthly payments is left
    # (Dienst Toeslagen pays floor(year / 12): less than 12 euros a year per toeslag).
    rep = december["summary"]["toeslagen"]["doorgegeven"]["2026"]
    assert all(abs(v["settlement"]) < 12 for v in rep["per_toeslag"].values())


def test_savings_push_assets_over_the_limit():
    # 6.500 saved, 500 a month while working March-June 2026 (4-month contract, 35 years): 6.500 -> 7.000 -> 7.500
    # -> 8.000 -> 8.500 at the start of July, above the 8.000 limit. In July the bijstand must be applied for
    # again and the asset test applies (art. 34; continuous from 2026): no bijstand in July, the household lives
    # on its savings: 8.500 - 1.419,46 = 7.080,54 in August, below the limit, bijstand again.
    r = project(case(savings=6500.0, per_month=500.0,
                     job={"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01", "contract_months": 4}))
    m = by_month(r)
    assert m["2026-06"]["assets"]["savings"] == 8000.0 and m["2026-06"]["assets"]["eligible"]
    assert m["2026-07"]["assets"]["savings"] == 8500.0 and not m["2026-07"]["assets"]["eligible"]
    assert r["summary"]["assets_cross_month"] == "2026-07"
    assert m["2026-07"]["situation"] == "vermogen boven grens" and m["2026-07"]["bijstand"] == 0.0
    assert m["2026-08"]["assets"]["savings"] == pytest.approx(8500.0 - NORM_2026_07, abs=0.01)
    assert m["2026-08"]["bijstand"] == NORM_2026_07
    assert r["summary"]["bijstand_months_lost_for_assets"] == {"job": 1, "stay": 0}
    assert r["summary"]["warnings"] and "art. 18 lid 2" in r["summary"]["warnings"][0]["rule"]


def test_car_scenarios():
    # Car worth 10.000, no savings, no job, 2026 (limit 8.000). Keep: the car counts (art. 34 lid 1) and cannot pay
    # the rent, so no bijstand for all 24 months. Sell: 10.000 in savings, lived on: 10.000 - 1.401,50 = 8.598,50
    # (still above) - 1.401,50 = 7.197,00: two months without bijstand (March and April 2026), 2 x 1.401,50 lost.
    # Needed for work: not counted (lid 2 a), eligible.
    r = project(case(car=10000.0))
    sc = {s["scenario"]: s for s in r["summary"]["asset_scenarios"]}
    assert sc["keep"]["stay"]["months_without_bijstand"] == 24 and not sc["keep"]["eligible_now"]
    assert sc["sell"]["counted_now"] == 10000.0 and not sc["sell"]["eligible_now"]
    assert sc["sell"]["stay"]["months_without_bijstand"] == 2
    assert sc["sell"]["stay"]["bijstand_lost"] == pytest.approx(2 * NORM_2026_01, abs=0.01)
    # Needed alone frees nothing (art. 34 lid 2 a): without an exempt part the car still counts.
    assert not sc["needed"]["eligible_now"]
    assert "geen advies" in r["summary"]["warnings"][0]["text"]


def test_permanent_job_converges_to_with_job():
    # Job from July 2025 (36 h), passed on to Toeslagen. From January 2026 the job is in its 7th month (no
    # vrijlating left) and the whole calendar year is worked, so every component equals `with_job` of the same
    # case on 2026-01-01 (there the toeslagen use a full year of wage, too).
    job = {"hourly_wage": 14.71, "hours_per_week": 36, "start": "2025-07-01"}
    m = by_month(project(case(date="2025-07-01", job=job)))
    ref = calculate(case(date="2026-01-01", job=dict(job, start="2026-01-01")))["with_job"]
    for k in ("2026-01", "2026-03", "2026-06"):
        for key, value in ref.items():
            assert m[k][key] == pytest.approx(value, abs=0.011), (k, key)


def test_no_job_equals_without_job_except_the_vakantietoeslag_month():
    c = case(date="2026-01-01")
    m = by_month(project(c))
    ref = calculate(c)["without_job"]
    for k in ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"):
        for key, value in ref.items():
            assert m[k][key] == pytest.approx(value, abs=0.011), (k, key)
        assert m[k]["situation"] == "bijstand" and m[k]["cumulative_gain"] == 0.0
    # Cash: 5 % of the bijstand is reserved every month (gemeentelijke praktijk, bijstand.yaml) and paid in June
    # over the past twelve months (art. 45 lid 1): 0,05 x 1.401,50 = 70,08 a month; June 12 x 70,075 = 840,90.
    reserve = round(0.05 * NORM_2026_01, 2)
    for k in ("2026-01", "2026-05"):
        assert m[k]["cash_timing"]["vakantietoeslag"] == pytest.approx(-reserve, abs=0.011)
    assert m["2026-06"]["cash_timing"]["vakantietoeslag"] == pytest.approx(12 * 0.05 * NORM_2026_01 - reserve,
                                                                           abs=0.02)


def test_calc_json_has_timeline():
    r = calculate(case(job={"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01", "contract_months": 6}))
    assert len(r["timeline"]) == 24
    e = r["timeline"][0]
    for key in ("month", "situation", *r["with_job"], "toeslagen_settlement", "assets", "cumulative_gain"):
        assert key in e
    # disposable = sum of parts (net WW and TW-toeslag included)
    for e in r["timeline"]:
        parts = (e["net_wage"] + e["bijstand"] + e["ww"] + e["toeslagenwet"] + e["zorgtoeslag"] + e["huurtoeslag"]
                 + e["kindgebonden_budget"] + e["kinderopvangtoeslag"] + e["municipal"] - e["childcare_costs"]
                 - e["travel_costs"])
        assert e["disposable"] == pytest.approx(parts, abs=0.05)


def test_household_change_cost_sharer_moves_in():
    c = case(date="2026-01-01")
    c["household"]["changes"] = [{"month": "2026-04", "cost_sharers": 1}]
    m = by_month(project(c))
    assert m["2026-03"]["bijstand"] == NORM_2026_01
    # Art. 22a: ((40 % + 2 x 30 %) / 2) x 2.002,13 = 1.001,07 (2026-01).
    assert m["2026-04"]["bijstand"] == pytest.approx(1001.07, abs=0.005)


@pytest.mark.parametrize("patch,field", [
    ({"household": {"adults": [{"age": 35}], "changes": [{"month": "2026-13", "cost_sharers": 1}]}},
     "household.changes[0].month"),
    ({"assets": {"savings_per_month": -5}}, "assets.savings_per_month"),
    ({"job": {"hours_per_week": 20, "vakantiegeld": "juli"}}, "job.vakantiegeld"),
    ({"toeslagen_advance": {"change_reported": True, "extra": 1}}, "toeslagen_advance.extra"),
])
def test_bad_input_names_the_field(patch, field):
    c = case()
    c.update(patch)
    with pytest.raises(InputError) as exc:
        project(c)
    assert exc.value.field == field


def test_cli_timeline(tmp_path):
    f = tmp_path / "c.json"
    f.write_text(json.dumps(case(job={"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01",
                                      "contract_months": 6})), encoding="utf-8")
    out = run_cli("timeline", f, "--csv")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert lines[0].startswith("month,situation,") and len(lines) == 25
    out = run_cli("timeline", f, "--json")
    assert out.returncode == 0 and len(json.loads(out.stdout)["entries"]) == 24
    out = run_cli("timeline", f)
    assert "Wat u moet regelen:" in out.stdout and "Vraag WW aan" in out.stdout
    out = run_cli("calc", f)
    assert "Wat u moet regelen:" in out.stdout


def test_actions_and_used_values_speak_english_when_asked():
    job = {"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01", "contract_months": 4}
    nl = project(case(age=24, job=job))["summary"]["actions"]
    en = project(case(age=24, job=job), lang="en")["summary"]["actions"]
    assert len(en) == len(nl) == 3
    assert en[0].startswith("Tell the municipality") and nl[0].startswith("Meld de baan")
    # The zoektermijn step: the age limit (27) and the four weeks come from the pack in both languages.
    assert "you are under 27, so there is no bijstand for the first 4 weeks" in en[2]
    assert "u bent jonger dan 27, dus de eerste 4 weken" in nl[2]
    # The "values used" of the explanations: the pack's English label, not its Dutch one.
    r = calculate(case(job=job), lang="en")
    used = {p["id"]: p["label"] for e in r["explanations"] for p in e["parameters"]}
    assert used["zorgtoeslag.standaardpremie"] == "Standard premium per insured person"
    assert r["actions"][0].startswith("Tell the municipality")
    r_nl = calculate(case(job=job))
    used_nl = {p["id"]: p["label"] for e in r_nl["explanations"] for p in e["parameters"]}
    assert used_nl["zorgtoeslag.standaardpremie"] == "Standaardpremie per verzekerde"


def test_zoektermijn_filling_february_is_not_repeated_in_march():
    # Age 24, 32 hours (wage above the norm, so no bijstand while working), contract March 2026 - January 2027:
    # WW from February 2027, below the norm, so the client applies for aanvullende bijstand on 1 February 2027.
    # Four weeks (art. 41 lid 4) = 28 days = all of February 2027: (28 - 28) / 28 = 0 bijstand. The application
    # stands, so March tops the WW up to the whole norm (art. 19 lid 2) instead of starting a second zoektermijn.
    r = project(case(age=24, job={"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01",
                                  "contract_months": 11}))
    m = by_month(r)
    assert r["summary"]["ww"]["entitled"] and r["summary"]["ww"]["first_month"] == "2027-02"
    assert m["2027-02"]["situation"] == "zoektermijn" and m["2027-02"]["bijstand"] == 0.0 and m["2027-02"]["ww"] > 0
    assert m["2027-03"]["situation"] == "WW + TW + aanvullende bijstand"  # Toeslagenwet before bijstand
    assert (m["2027-03"]["ww"] + m["2027-03"]["toeslagenwet"] + m["2027-03"]["bijstand"]
            == pytest.approx(NORM_2026_07, abs=0.011))
    assert r["summary"]["zoektermijn_months"] == ["2027-02"]
