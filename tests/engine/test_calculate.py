"""calculate(): official bijstand figures, hand calculations written out, and bad input in Dutch."""

import json

import pytest

from tests.conftest import REFERENCE_CASES, run_cli, run_cli_subprocess
from werktloont.api import calculate
from werktloont.errors import InputError
from werktloont.params import load_pack
from werktloont.rules.wet_inkomstenbelasting_2001 import inkomstenbelasting as ib

REFERENCE = json.loads((REFERENCE_CASES / "bijstand.json").read_text(encoding="utf-8"))


def dig(result, dotted):
    for part in dotted.split("."):
        result = result[part]
    return result


@pytest.mark.parametrize("case", REFERENCE["cases"], ids=[c["id"] for c in REFERENCE["cases"]])
def test_reference_bijstand(case):
    result = calculate(case["input"])
    for key, expected in case["expect"].items():
        got = dig(result, key)
        if isinstance(expected, bool):
            assert got is expected, (key, got)
        else:
            assert got == pytest.approx(expected, abs=0.005), (key, got, case["source"])


def single(age=35, cost_sharers=0, job=None, date="2026-01-01", **extra):
    case = {"format": "werktloont-case/1", "date": date,
            "household": {"adults": [{"age": age}], "children": [], "cost_sharers": cost_sharers, "rent": None},
            "assets": {"savings": 0}, "job": job}
    case.update(extra)
    return case


# Participatiewet art. 22a lid 1: ((40 % + A x 30 %) / A) x B, B = art. 21 b = 2.002,13 (geldend 2026-01-01),
# rounded half up to cents. With A = 1 (no cost sharer) art. 21 a applies: 1.401,50.
KOSTENDELERS_2026 = {
    0: 1401.50,   # art. 21 a
    1: 1001.07,   # (0,40 + 0,60) / 2 = 50 %      x 2.002,13 = 1.001,065 -> 1.001,07
    2: 867.59,    # (0,40 + 0,90) / 3 = 43,333 %  x 2.002,13 =   867,589 ->   867,59
    3: 800.85,    # (0,40 + 1,20) / 4 = 40 %      x 2.002,13 =   800,852 ->   800,85
    4: 760.81,    # (0,40 + 1,50) / 5 = 38 %      x 2.002,13 =   760,809 ->   760,81
}


@pytest.mark.parametrize("sharers,expected", KOSTENDELERS_2026.items())
def test_kostendelersnorm_a1_to_a5(sharers, expected):
    assert calculate(single(cost_sharers=sharers))["without_job"]["bijstand"] == pytest.approx(expected, abs=0.005)


def test_young_client_has_youth_norm():
    # Participatiewet art. 20 lid 1 a (geldend 2026-01-01): alleenstaande 18-20 zonder kinderen: 345,99.
    assert calculate(single(age=19))["without_job"]["bijstand"] == pytest.approx(345.99, abs=0.005)


def test_tax_at_first_bracket_edge_2026():
    # Wet IB 2001 (geldend 2026-01-01), income exactly at the end of schijf 1, 38.883:
    #   box 1 incl. premies: 35,75 % x 38.883                       = 13.900,67
    #   AHK art. 8.10: 3.115 - 6,398 % x (38.883 - 29.736)           =  2.529,77
    #   arbeidskorting art. 8.11: 5.300 + 1,950 % x (38.883 - 25.845) =  5.554,24
    #   tax = 13.900,67 - 2.529,77 - 5.554,24 = 5.816,66; net = 38.883 - 5.816,66 = 33.066,34
    p = load_pack().at("2026-01-01").reg("inkomstenbelasting")
    y = 38883.0
    ak = ib.arbeidskorting(y, p)
    assert float(ak) == pytest.approx(5554.24, abs=0.01)
    assert float(ib.algemene_heffingskorting(y, p)) == pytest.approx(2529.77, abs=0.01)
    assert float(ib.netto_jaar(y, ak, p)) == pytest.approx(33066.34, abs=0.02)


def test_arbeidskorting_at_row_edges_2026():
    # Art. 8.11 table rows run from "meer dan" their start to "niet meer dan" the next start, and the rows
    # join with small jumps because the law rounds the amounts:
    #   exactly 11.965 is still row 1: 8,324 % x 11.965 = 995,9666
    #   11.966 is row 2: 996 + 31,009 % x 1 = 996,31009
    #   45.592 is still row 3: 5.300 + 1,950 % x (45.592 - 25.845) = 5.685,0665
    #   and the korting ends at 45.592 + 5.685 / 6,51 % = 132.919,19 (row 4 reaches 0)
    p = load_pack().at("2026-01-01").reg("inkomstenbelasting")
    got = ib.arbeidskorting([11965.0, 11966.0, 45592.0, 132919.19, 200000.0], p)
    assert got.tolist() == pytest.approx([995.9666, 996.31009, 5685.0665, 0.0, 0.0], abs=0.001)


def test_tax_just_above_second_bracket_edge_2026():
    # 40.000: 35,75 % x 38.883 + 37,56 % x 1.117 = 13.900,67 + 419,55 = 14.320,22 (art. 2.10).
    p = load_pack().at("2026-01-01").reg("inkomstenbelasting")
    assert float(ib.box1_heffing(40000.0, p)) == pytest.approx(14320.22, abs=0.01)


def test_gross_up_inverts_net():
    p = load_pack().at("2026-01-01").reg("inkomstenbelasting")
    for gross in (5000.0, 21000.0, 29736.0, 38883.0, 60000.0):
        net = ib.netto_jaar(gross, 0.0, p)
        assert float(ib.bruto_uit_netto_jaar(net, 0.0, p)) == pytest.approx(gross, abs=0.01)


JOB_24H = {"hourly_wage": 14.71, "hours_per_week": 24, "start": "2026-01-01", "contract_months": None,
           "travel_costs": 0.0}
JOB_16H = dict(JOB_24H, hours_per_week=16)


def test_vrijlating_at_cap():
    # 2026-01, single 30, 24 h at 14,71 (WML 21+):
    #   gross 14,71 x 24 x 52 / 12 = 1.529,84; year incl. 8 % vakantiegeld: 12 x 1.529,84 x 1,08 = 19.826,77
    #   box 1: 35,75 % x 19.826,77 = 7.088,07; AHK 3.115; AK 996 + 31,009 % x (19.826,77 - 11.965) = 3.433,88
    #   tax 7.088,07 - 3.115 - 3.433,88 = 539,19 -> net 19.287,58 / 12 = 1.607,30 a month
    #   vrijlating art. 31 lid 2 n: min(25 % x 1.607,30 = 401,82; 285) = 285
    #   bijstand = 1.401,50 - (1.607,30 - 285) = 79,20
    r = calculate(single(age=30, job=JOB_24H))
    assert r["with_job"]["net_wage"] == pytest.approx(1607.30, abs=0.02)
    assert r["details"]["with_job"]["vrijlating"] == pytest.approx(285.0, abs=0.005)
    assert r["with_job"]["bijstand"] == pytest.approx(79.20, abs=0.02)


def test_vrijlating_below_cap_and_none_under_27():
    # 16 h: gross 14,71 x 16 x 52 / 12 = 1.019,89; year 12 x 1.019,89 x 1,08 = 13.217,85
    #   box 1: 4.725,38; AK 996 + 31,009 % x 1.252,85 = 1.384,50; tax 4.725,38 - 3.115 - 1.384,50 = 225,88
    #   net (13.217,85 - 225,88) / 12 = 1.082,66
    # age 30: vrijlating 25 % x 1.082,66 = 270,67 (< 285) -> bijstand 1.401,50 - 811,99 = 589,51
    # age 25: art. 31 lid 5, no vrijlating -> bijstand 1.401,50 - 1.082,66 = 318,84
    r30 = calculate(single(age=30, job=JOB_16H))
    assert r30["with_job"]["net_wage"] == pytest.approx(1082.66, abs=0.02)
    assert r30["with_job"]["bijstand"] == pytest.approx(589.51, abs=0.03)
    r25 = calculate(single(age=25, job=JOB_16H))
    assert r25["details"]["with_job"]["vrijlating"] == 0
    assert r25["with_job"]["bijstand"] == pytest.approx(318.84, abs=0.02)


def test_car_counts_unless_needed():
    # Participatiewet art. 34 lid 3 (2026): vermogensgrens alleenstaande 8.000; a car of 9.000 counts
    # unless the gemeente leaves it free (lid 2 a, "noodzakelijk"): needed alone frees nothing, the
    # exempt part (car_exempt) does.
    car = {"savings": 0, "car_value": 9000}
    assert calculate(single(assets=car))["asset_test"]["eligible"] is False
    assert calculate(single(assets=dict(car, car_needed=True)))["asset_test"]["eligible"] is False
    assert calculate(single(assets=dict(car, car_needed=True, car_exempt=9000)))["asset_test"]["eligible"] is True


def test_result_shape_and_disposable_is_sum():
    r = calculate(single(job=JOB_24H, household={"adults": [{"age": 35}], "children": [{"age": 4}],
                                                 "cost_sharers": 0, "rent": {"base_rent": 750, "service_costs": 0}}))
    assert r["format"] == "werktloont-result/1"
    for c in (r["without_job"], r["with_job"]):
        assert set(c) == {"net_wage", "bijstand", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget",
                          "kinderopvangtoeslag", "municipal", "other_income", "childcare_costs", "travel_costs",
                          "disposable"}
        parts = sum(c[k] for k in ("net_wage", "bijstand", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget",
                                   "kinderopvangtoeslag", "municipal", "other_income")) - c["childcare_costs"] - \
            c["travel_costs"]
        assert c["disposable"] == pytest.approx(parts, abs=0.02)
    assert r["gain_per_month"] == pytest.approx(r["with_job"]["disposable"] - r["without_job"]["disposable"], abs=0.01)
    assert r["explanations"] and all(e["text"] for e in r["explanations"])
    assert any(e["sources"] for e in r["explanations"] if e["component"] == "bijstand")


BAD = [
    ("negative hours", lambda c: c["job"].update(hours_per_week=-4), "job.hours_per_week"),
    ("200 hours a week", lambda c: c["job"].update(hours_per_week=200), "job.hours_per_week"),
    ("age 150", lambda c: c["household"]["adults"][0].update(age=150), "household.adults[0].age"),
    ("rent as text", lambda c: c["household"].update(rent={"base_rent": "veel"}), "household.rent.base_rent"),
    ("date outside packs", lambda c: c.update(date="2024-06-01"), "date"),
    ("not a date", lambda c: c.update(date="1 januari"), "date"),
    ("unknown field", lambda c: c.update(inkomen=3), "inkomen"),
    ("negative wage", lambda c: c["job"].update(hourly_wage=-1), "job.hourly_wage"),
    ("no adults", lambda c: c["household"].update(adults=[]), "household.adults"),
    ("client 16", lambda c: c["household"]["adults"][0].update(age=16), "household.adults[0].age"),
    ("unknown municipality", lambda c: c.update(municipality="atlantis"), "municipality"),
    ("wrong format", lambda c: c.update(format="werktloont-case/9"), "format"),
]


@pytest.mark.parametrize("name,mutate,field", BAD, ids=[b[0] for b in BAD])
def test_bad_input_names_field_in_dutch(name, mutate, field):
    case = single(job=dict(JOB_24H))
    mutate(case)
    with pytest.raises(InputError) as info:
        calculate(case)
    assert info.value.field == field
    assert "Ongeldige invoer" in str(info.value)


def test_cli_calc_bad_file_exit_2(tmp_path):
    bad = tmp_path / "casus.json"
    bad.write_text('{"format": "werktloont-case/1", "date": "2026-01-01"', encoding="utf-8")
    proc = run_cli("calc", bad)
    assert proc.returncode == 2 and "geen geldige JSON" in proc.stderr and "Traceback" not in proc.stderr
    case = single(job=dict(JOB_24H, hours_per_week=-3))
    bad.write_text(json.dumps(case), encoding="utf-8")
    proc = run_cli("calc", bad, "--json")
    assert proc.returncode == 2 and "job.hours_per_week" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_calc_readable_and_json(tmp_path):
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(single(age=30, job=JOB_24H)), encoding="utf-8")
    proc = run_cli_subprocess("calc", path)  # `python -m werktloont` as installed, in a new process
    assert proc.returncode == 0, proc.stderr
    assert "Bijstand" in proc.stdout and "€ 1.401,50" in proc.stdout and "per maand" in proc.stdout
    proc = run_cli("calc", path, "--json")
    data = json.loads(proc.stdout)
    assert data["with_job"]["bijstand"] == pytest.approx(79.20, abs=0.02)


def test_missing_wage_defaults_to_youth_minimum():
    # WML art. 8 and Besluit minimumjeugdloonregeling art. 2 (geldend 2026-01-01): minimumuurloon 21+ € 14,71;
    # at 19 the youth wage is 60 % of it: 0,60 x 14,71 = 8,826 -> € 8,83 (rounded to the cent, half up).
    r = calculate(single(age=19, job={"hours_per_week": 20}))
    assert r["job"] == {"hourly_wage": 8.83, "hourly_wage_source": "minimumloon", "minimum_hourly_wage": 8.83,
                        "below_minimum": False}
    explicit = calculate(single(age=19, job={"hourly_wage": 8.83, "hours_per_week": 20}))
    assert r["with_job"] == explicit["with_job"]
    # 30 years old: the full minimumuurloon € 14,71.
    assert calculate(single(age=30, job={"hours_per_week": 20}))["job"]["hourly_wage"] == 14.71


def test_wage_below_minimum_is_flagged():
    r = calculate(single(age=30, job={"hourly_wage": 12.0, "hours_per_week": 20}))
    assert r["job"]["below_minimum"] is True and r["job"]["minimum_hourly_wage"] == 14.71
    assert calculate(single(age=30))["job"] is None


def test_missing_wage_in_curve_and_batch():
    from werktloont.api import batch, curve

    case = single(age=19, job={"hours_per_week": 20})
    c = curve(case, over="hours", start=20, stop=20, step=1)
    assert c["disposable"][0] == calculate(case)["with_job"]["disposable"]
    assert batch([case])[0]["with_job"] == calculate(case)["with_job"]


def test_municipal_explanation_names_limit_per_scheme():
    # Voorbeeldgemeente (fictitious overlay): stadspas up to 120 % of the norm. Single parent, 2026-01-01:
    # norm 1.401,50 (Participatiewet art. 21 a), so the limit is 1,20 x 1.401,50 = 1.681,80 a month.
    case = single(job=None, municipality="voorbeeldgemeente")
    case["household"]["children"] = [{"age": 4}]
    r = calculate(case)
    muni = next(e for e in r["explanations"] if e["component"] == "municipal")
    stadspas = next(s for s in muni["schemes"] if s["id"] == "stadspas")
    assert stadspas["income_limit"] == pytest.approx(1681.80, abs=0.005)
    assert stadspas["applies"] is True and "120 %" in stadspas["text"] and "€ 1.681,80" in stadspas["text"]
