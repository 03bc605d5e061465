"""An offer whose start lies before the case date: the contract runs from its own start (it is not restarted in the
case month), and its months before the case month count for the vrijlating period of Participatiewet art. 31 lid 2
n ("voor zover hij algemene bijstand ontvangt": taken as months with work and bijstand unless the case says there
was none). The assumption is said (calc, the report, the window), and a contract that was over before the case
date is refused naming job.start.

Figures, with their source:
- bijstandsnorm alleenstaande 21+, Participatiewet art. 21 a, geldend 2026-01-01: € 1.401,50; 2026-07-01: € 1.419,46;
- art. 31 lid 2 n: 25 % of the net wage, at most € 285,00 a month, at most six months (2026-01-01,
  parameters/bijstand.yaml);
- WW art. 17 lid 1 (wekeneis: 26 of the 36 weeks before unemployment) and art. 42 lid 1 (at least three months).
"""

import json

import pytest

from tests.conftest import run_cli
from werktloont import api
from werktloont.engine.calculate import calculate
from werktloont.errors import InputError
from werktloont.report.content import build_report
from werktloont.texts import plausibility

NORM = 1401.50
NORM_07 = 1419.46  # from July 2026
VRIJ_MAX = 285.00

# 35, single; case date 1 June 2026; a 12-month contract that began on 1 January 2026.
CASE = {"format": "werktloont-case/1", "date": "2026-06-01",
        "household": {"adults": [{"age": 35}], "rent": {"base_rent": 600}},
        "job": {"hours_per_week": 24, "start": "2026-01-01", "contract_months": 12}}


def _months(case):
    return {e["month"]: e for e in calculate(case)["timeline"]}


def test_the_contract_runs_from_its_own_start():
    m = _months(CASE)
    # 12 months from January 2026: the last month is December 2026; WW from January 2027 (52 weeks worked, the
    # wekeneis met) for the minimum three months (no arbeidsverleden given): January to March 2027.
    assert m["2026-12"]["net_wage"] > 0 and m["2027-01"]["net_wage"] == 0.0
    assert [k for k, e in m.items() if e["ww"] > 0] == ["2027-01", "2027-02", "2027-03"]


def test_the_months_before_the_case_month_count_for_the_vrijlating():
    m = _months(CASE)
    net = m["2026-06"]["net_wage"]
    assert 0.25 * net > VRIJ_MAX  # the vrijlating is the maximum
    # January-May are months 1-5 of the period: June is month 6, the last with the vrijlating.
    # June: 1.401,50 - net + 285,00; July (month 7): 1.419,46 - net < 0, so no bijstand.
    assert m["2026-06"]["bijstand"] == pytest.approx(NORM - net + VRIJ_MAX, abs=0.01)
    assert net > NORM_07 and m["2026-07"]["bijstand"] == 0.0


def test_without_bijstand_before_the_case_date_the_period_starts_in_the_case_month():
    case = json.loads(json.dumps(CASE))
    case["job"]["bijstand_before_case_date"] = False
    m = _months(case)
    net = m["2026-06"]["net_wage"]
    # Six fresh months June-November: June 1.401,50 - net + 285,00, from July 1.419,46 - net + 285,00; December
    # without; the contract still ends in December 2026.
    assert m["2026-06"]["bijstand"] == pytest.approx(NORM - net + VRIJ_MAX, abs=0.01)
    for month in ("2026-07", "2026-09", "2026-11"):
        assert m[month]["bijstand"] == pytest.approx(NORM_07 - net + VRIJ_MAX, abs=0.01), month
    assert m["2026-12"]["bijstand"] == 0.0 and m["2027-01"]["net_wage"] == 0.0
    note = calculate(case, timeline=False)["plausibility"][0]
    assert note["counted"] == 0 and note["bijstand_before"] is False


def test_a_start_before_january_counts_the_months_the_projection_holds_and_says_so():
    case = json.loads(json.dumps(CASE))
    case["date"], case["job"]["start"] = "2026-03-01", "2025-11-01"
    r = api.calculate(case)
    note = next(w for w in r["plausibility"] if w["code"] == "job_before_case_date")
    # November 2025 to February 2026: 4 months before March; January and February are in the projection (counted),
    # November and December 2025 are not. 12 months from November 2025: the contract ends in October 2026.
    assert (note["months_before"], note["counted"], note["not_counted"]) == (4, 2, 2)
    assert note["contract_end"] == "2026-10"
    m = {e["month"]: e for e in r["timeline"]}
    assert m["2026-10"]["net_wage"] > 0 and m["2026-11"]["net_wage"] == 0.0
    assert "de 2 maanden vóór januari konden niet worden meegeteld" in plausibility.sentence(note)


def test_the_assumption_is_said_in_calc_the_report_and_the_result(tmp_path):
    r = calculate(CASE, timeline=False)
    note = next(w for w in r["plausibility"] if w["code"] == "job_before_case_date")
    assert note == {"code": "job_before_case_date", "field": "job.start", "start": "2026-01", "case_month": "2026-06",
                    "months_before": 5, "counted": 5, "not_counted": 0, "bijstand_before": True,
                    "contract_end": "2026-12"}
    said = ("De baan begon in januari 2026, vóór de rekendatum (juni 2026). Gerekend: het contract loopt van januari "
            "2026 tot en met december 2026; 5 van de 5 maanden vóór juni 2026 tellen als maanden met werk en bijstand "
            "voor de vrijlating (art. 31 lid 2 n)")
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    assert said in run_cli("calc", path).stdout
    report = build_report(CASE)
    assert any(said in line for _, lines in report.manager for line in lines)
    en = run_cli("calc", path, "--lang", "en").stdout
    assert "The job began in January 2026, before the case date (June 2026)" in en


def test_a_contract_over_before_the_case_date_is_refused():
    case = json.loads(json.dumps(CASE))
    case["job"]["contract_months"] = 5  # January-May 2026: over before June
    with pytest.raises(InputError) as err:
        calculate(case)
    assert err.value.field == "job.start" and "al afgelopen vóór de rekendatum" in str(err.value)


def test_the_headline_counts_the_months_left_of_the_contract():
    # Begun 1 January 2026, 12 months: it ends 31 December 2026. From the case month June: June-December = 7 months.
    r = api.calculate(CASE, timeline=False)
    assert r["headline"]["months"] == 7 and r["headline"]["already_running"]
    assert "nog 7 maanden lang" in r["headline_text"]
    assert "Dat duurt nog 7 maanden: van juni 2026 tot en met december 2026." in build_report(CASE).client_verdict
