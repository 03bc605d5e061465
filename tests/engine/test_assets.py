"""the car in the client's name. Hand calculations written out; figures from the law texts."""

import json

import pytest

from tests.conftest import run_cli
from werktloont.engine.calculate import calculate
from werktloont.engine.timeline import project
from werktloont.errors import InputError

NORM_2026_01 = 1401.50  # Participatiewet art. 21 onder a (21+, alleenstaande), geldend 2026-01-01 (wetten.overheid.nl)
NORM_2026_07 = 1419.46  # idem, geldend 2026-07-01
LIMIT_2026 = 8000.0     # art. 34 lid 3 onder a, alleenstaande, 2026


def seed(reported=False, discovered="2026-10", **assets):
    """22, single, no job yet; the father puts his EUR 46.000 car in the son's name in March 2026."""
    a = {"savings": 300.0, "car_needed": True,
         "changes": [{"month": "2026-03", "kind": "auto", "value": 46000.0, "reported": reported,
                      "discovered": discovered}]}
    a.update(assets)
    return {"format": "werktloont-case/1", "date": "2026-02-15", "household": {"adults": [{"age": 22}]},
            "assets": a, "job": {"hours_per_week": 24, "start": "2026-04-01"}}


def test_seed_not_reported_seven_months_reclaimed():
    # March..September 2026 = 7 months without a right, paid anyway (found out in October).
    # Reclaim (art. 58 lid 1): March-June at the January norm, July-September at the July norm:
    # 4 x 1.401,50 + 3 x 1.419,46 = 5.606,00 + 4.258,38 = 9.864,38.
    ev = calculate(seed(), timeline=False)["asset_events"][0]
    assert ev["months_overpaid"] == 7
    assert ev["overpaid_months"][0] == "2026-03" and ev["overpaid_months"][-1] == "2026-09"
    assert ev["reclaim_net"] == pytest.approx(4 * NORM_2026_01 + 3 * NORM_2026_07, abs=0.01)
    assert ev["reclaim_gross"] > ev["reclaim_net"]  # lid 5: after the calendar year the gross amount
    # Boetebesluit art. 2 lid 5 and lid 2: 25 % (verminderde verwijtbaarheid) to 100 % (opzet) of 9.864,38.
    assert ev["boete_min"] == pytest.approx(0.25 * 9864.38, abs=0.01)
    assert ev["boete_max"] == pytest.approx(9864.38, abs=0.01)
    assert ev["waarschuwing_possible"] is False  # art. 2aa lid 1 a: only up to EUR 150
    # The whole car counts: 300 + 46.000 = 46.300 > 8.000; a car does not get used up, so no right in the window.
    assert ev["counted"] == pytest.approx(46300.0) and ev["limit"] == LIMIT_2026
    assert ev["months_without_right"] == 24 and ev["right_again"] is None


def test_seed_reported_at_once_no_reclaim_no_boete():
    ev = calculate(seed(reported=True, discovered=None), timeline=False)["asset_events"][0]
    assert ev["months_overpaid"] == 0 and ev["reclaim_net"] == 0 and ev["reclaim_gross"] == 0
    assert ev["boete_min"] == 0 and ev["boete_max"] == 0
    assert ev["months_without_right"] == 24  # the right still stops: the car counts


def test_needed_car_with_40000_exempt_leaves_6000_counted():
    # Art. 34 lid 2 a: a needed car is free only for the part the gemeente leaves free: 46.000 - 40.000 = 6.000.
    c = seed()
    c["assets"] = {"savings": 0.0, "car_value": 46000.0, "car_needed": True, "car_exempt": 40000.0}
    r = calculate(c, timeline=False)
    assert r["asset_test"]["counted"] == pytest.approx(6000.0) and r["asset_test"]["eligible"] is True
    needed = {s["scenario"]: s for s in r["asset_scenarios"]}["needed"]
    assert needed["counted"] == pytest.approx(6000.0) and needed["months_without_right"] == 0


def test_needed_car_without_exempt_part_counts_whole():
    c = seed()
    c["assets"] = {"savings": 0.0, "car_value": 46000.0, "car_needed": True}
    r = calculate(c, timeline=False)
    assert r["asset_test"]["counted"] == pytest.approx(46000.0) and r["asset_test"]["eligible"] is False
    needed = {s["scenario"]: s for s in r["asset_scenarios"]}["needed"]
    assert needed["exempt_source"] == "gemeente_beslist"


def test_sixteen_hour_saver_never_over_the_limit():
    # Art. 34 lid 2 c: savings put aside in months with (aanvullende) bijstand never count. 35, single, 16 h at the
    # minimum wage (about 16 x 14,71 x 4,33 = 1.019 gross a month, below the norm: aanvullende bijstand every
    # month), EUR 7.000 savings and EUR 200 saved a month: 7.000 + 200 x 6 > 8.000, but the 200s never count.
    c = {"format": "werktloont-case/1", "date": "2026-01-01",
         "household": {"adults": [{"age": 35}], "rent": {"base_rent": 650.0, "service_costs": 40.0}},
         "assets": {"savings": 7000.0, "savings_per_month": 200.0},
         "job": {"hours_per_week": 16, "start": "2026-01-01"}}
    s = project(c)["summary"]
    assert s["bijstand_months_lost_for_assets"]["job"] == 0


def test_eigen_woning_above_vrijlating_is_bijstand_as_loan():
    # Art. 50: home equity above the art. 34 lid 2 d vrijlating (EUR 67.500 in 2026) gives bijstand as a loan.
    c = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 40}]},
         "assets": {"home_equity": 90000.0}}
    r = calculate(c, timeline=False)
    assert r["asset_test"]["kind"] == "lening"
    assert r["without_job"]["bijstand"] == pytest.approx(NORM_2026_01, abs=0.01)


def test_discovered_before_change_is_refused_in_dutch():
    with pytest.raises(InputError) as exc:
        calculate(seed(discovered="2026-01"), timeline=False)
    assert exc.value.field.startswith("assets.changes")


def test_timeline_json_with_a_car(tmp_path):
    p = tmp_path / "car.json"
    p.write_text(json.dumps(seed()), encoding="utf-8")
    out = run_cli("timeline", str(p), "--json")
    assert out.returncode == 0, out.stderr
    json.loads(out.stdout)


def test_client_text_b1_with_the_case_amounts_and_dates():
    from werktloont import api

    r = api.calculate(seed())
    text = " ".join(r["asset_client_text"])
    # 300 + 46.000 - 8.000 = 38.300 above the limit, from March 2026; reclaim 9.864,38 over 7 months.
    assert "Meld dat meteen bij de gemeente" in text and "€ 38.300,00 boven de grens van € 8.000,00" in text
    assert "maart 2026" in text and "€ 9.864,38 terug over 7 maanden" in text and "kenteken" in text
    en = " ".join(api.calculate(seed(), lang="en")["asset_client_text"])
    assert "Tell the gemeente at once" in en and "Meld" not in en


def test_report_and_calc_say_the_same_as_the_engine():
    from werktloont import api
    from werktloont.cli.engine_cmd import format_result
    from werktloont.report.content import build_report

    text = build_report(seed()).all_text()
    assert "€ 9.864,38" in text and "Meld dat meteen bij de gemeente" in text and "Auto terug naar" in text
    calc = format_result(api.calculate(seed()), "nl", seed())
    assert "€ 9.864,38" in calc and "Auto verkopen" in calc


def test_timeline_counts_the_car_from_its_month():
    # The car comes in March 2026: February is still bijstand (1.401,50), from March the assets are above the limit.
    m = {e["month"]: e for e in project(seed())["entries"]}
    assert m["2026-02"]["stay"]["situation"] == "bijstand"
    assert m["2026-03"]["asset_changes"][0]["kind"] == "auto"
    assert m["2026-03"]["stay"]["situation"] == m["2026-09"]["stay"]["situation"] == "vermogen boven grens"


def test_timeline_gift_is_lived_on_until_under_the_limit():
    # A gift of 10.000 in March 2026 (not a car): 300 + 10.000 = 10.300 > 8.000. March: no bijstand, lives on
    # 1.401,50 -> 8.898,50, still above; April: again -> 7.497,00, under the limit: a right again from May. The
    # bijstand stopped, so the client (22) applies again and waits four weeks (art. 41 lid 4: every aanvraag under
    # 27): May is 31 days, 28 of them waited, bijstand over 3 days (art. 45 lid 3): 3 / 31 x 1.401,50 = 135,63.
    # June: the whole month.
    c = seed()
    c["assets"] = {"savings": 300.0, "changes": [{"month": "2026-03", "kind": "gift", "value": 10000.0,
                                                   "reported": True}]}
    c["job"] = None
    m = {e["month"]: e for e in project(c)["entries"]}
    assert m["2026-03"]["bijstand"] == 0 and m["2026-04"]["bijstand"] == 0
    assert m["2026-05"]["situation"] == "zoektermijn"
    assert m["2026-05"]["bijstand"] == pytest.approx(3 / 31 * NORM_2026_01, abs=0.01)
    assert m["2026-06"]["bijstand"] == pytest.approx(NORM_2026_01, abs=0.01)
    ev = calculate(c, timeline=False)["asset_events"][0]
    assert ev["months_without_right"] == 2 and ev["right_again"] == "2026-05"
    assert ev["right_again_zoektermijn"] and ev["right_again_full"] == "2026-06"


def test_gift_without_zoektermijn_when_the_college_takes_the_application_at_once():
    # Art. 41 lid 11 (from 2026): the college can take the application in treatment earlier; zoektermijn_weeks 0
    # gives the whole of May: 1.401,50.
    c = seed()
    c["assets"] = {"savings": 300.0, "changes": [{"month": "2026-03", "kind": "gift", "value": 10000.0,
                                                   "reported": True}]}
    c["job"], c["application"] = None, {"zoektermijn_weeks": 0}
    m = {e["month"]: e for e in project(c)["entries"]}
    assert m["2026-05"]["bijstand"] == pytest.approx(NORM_2026_01, abs=0.01)


def test_2025_change_is_tested_under_lid_4_and_give_back_names_the_articles():
    # Until 2025 the asset test ran at the start; what came during bijstand was tested under art. 34 lid 4.
    c = seed()
    c["date"] = "2025-02-15"
    c["assets"]["changes"][0].update(month="2025-03", discovered="2025-05")
    r = calculate(c, timeline=False)
    ev = r["asset_events"][0]
    assert ev["articles"][0].startswith("Participatiewet art. 34 lid 4") and ev["months_overpaid"] == 2
    back = {s["scenario"]: s for s in r["asset_scenarios"]}["give_back"]
    assert "Participatiewet art. 18 lid 2" in back["articles"] and "Participatiewet art. 48 lid 2 b" in back["articles"]


def test_municipal_algemeen_gebruikelijk_amount_is_left_free():
    # Meerssen's overlay: a car is algemeen gebruikelijk up to EUR 4.500 (Uitvoeringsbesluit vermogensvaststelling
    # Participatiewet Maastricht-Heuvelland 2016, art. 1). No car_exempt given: 46.000 - 4.500 = 41.500 counts.
    c = {"format": "werktloont-case/1", "date": "2026-03-01", "municipality": "meerssen",
         "household": {"adults": [{"age": 22}]}, "assets": {"car_value": 46000.0, "car_needed": True}}
    r = calculate(c, timeline=False)
    assert r["asset_test"]["counted"] == pytest.approx(41500.0)
    needed = {s["scenario"]: s for s in r["asset_scenarios"]}["needed"]
    assert needed["exempt"] == 4500.0 and needed["exempt_source"] == "gemeente"


def test_savings_above_limit_without_the_job_are_lived_on_until_under_it():
    # Single, 30, EUR 20.000 savings, a full-time job from January 2026. Without the job: no bijstand while the
    # savings are above 8.000 (art. 34); the client lives on them at the norm. January-June 6 x 1.401,50 =
    # 8.409,00, July-August 2 x 1.419,46 = 2.838,92: in September 20.000 - 11.247,92 = 8.752,08 > 8.000, still
    # none; in October 8.752,08 - 1.419,46 = 7.332,62 <= 8.000: bijstand again. So nine months without, and the
    # gain that lasts is that against bijstand from October, not against a life on savings.
    case = {"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": [{"age": 30}]},
            "assets": {"savings": 20000.0}, "job": {"hours_per_week": 36, "start": "2026-01-01"}}
    r = calculate(case)
    first, lasting = r["gain_phases"][0], r["gain_phases"][-1]
    assert (first["reason"], first["from"], first["to"], first["months"]) == ("assets_without_job", "2026-01",
                                                                                "2026-09", 9)
    assert lasting["reason"] == "lasting" and lasting["from"] == "2026-10"
    assert r["headline"]["kind"] == "permanent" and r["headline"]["from"] == "2026-10"
    by_month = {e["month"]: e["stay"] for e in r["timeline"]}
    assert by_month["2026-09"]["situation"] == "vermogen boven grens"
    assert by_month["2026-10"]["situation"] == "bijstand"
    # Zorgtoeslag 2026, single, income under the drempel (Wzt art. 2): (standaardpremie 2.119 - normpremie
    # 1,912 % x 29.736 = 568,55) / 12 = 129,20, paid in whole euros.
    zorgtoeslag_max = 129.0
    assert by_month["2026-10"]["disposable"] == pytest.approx(NORM_2026_07 + zorgtoeslag_max, abs=0.01)


def test_projection_reaches_the_month_the_savings_are_under_the_limit():
    # Same client with EUR 40.000: (40.000 - 8.000) / ~1.420 a month is 23 months without bijstand; a projection
    # of 12 months asked for is lengthened until the stay scenario is back on bijstand.
    case = {"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": [{"age": 30}]},
            "assets": {"savings": 40000.0}, "job": {"hours_per_week": 36, "start": "2026-01-01"},
            "horizon_months": 12}
    r = calculate(case)
    assert r["gain_phases"][-1]["reason"] == "lasting"
    assert r["gain_phases"][0]["reason"] == "assets_without_job" and r["gain_phases"][0]["months"] >= 22
