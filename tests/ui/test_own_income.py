"""In the window: the client's own income (household.adults[0].current_job and other_income) next to the
partner's, folded in the household group; the bijstand on screen equals `werktloont calc` and a hand calculation;
open -> save keeps the file as it was."""

import copy
import json
import re

from tests.ui.conftest import settle
from werktloont import api, fmt
from werktloont.cli import main as cli_main
from werktloont.model.case import parse_case
from werktloont.ui import inputs_income
from werktloont.ui.breakdown import ValueRole

CHARTS = False  # no test here reads a chart (tests/ui/conftest.py: window)

SINGLE = {"format": "werktloont-case/1", "date": "2026-01-01",
          "household": {"adults": [{"age": 30}], "children": [], "cost_sharers": 0},
          "assets": {"savings": 0.0}, "job": {"hourly_wage": 14.71, "hours_per_week": 24, "start": "2026-02-01"}}

# Hand calculation: single client of 30 on 1 January 2026, current job 12 h a week at € 15,00 gross an hour.
#   gross per month  15,00 x 12 x 13/3 weeks (Wet minimumloon art. 12: 13/3 weeks a month)   = € 780,00
#   vakantiegeld     8 % (WML art. 15 lid 1)                                                    = €  62,40
#   tax: 12 x 842,40 = € 10.108,80 a year; box 1 35,75 % = € 3.613,90, less than the algemene heffingskorting
#        (€ 3.115, Wet IB art. 8.10) plus the arbeidskorting (8,324 % x 10.108,80 = € 841,46, art. 8.11): no tax,
#   net per month                                                                                = € 842,40
#   vrijlating art. 31 lid 2 n Participatiewet: 25 % x 842,40 = € 210,60 (maximum € 285,00 in 2026)
#   counted for bijstand: 842,40 - 210,60                                                        = € 631,80
#   bijstand without the offer: norm art. 21 a (alleenstaande 21+, 2026-01-01) € 1.401,50 - 631,80 = € 769,70
NORM = 1401.50
NET_JOB = 15.00 * 12 * 13 / 3 * 1.08
COUNTED = NET_JOB - 0.25 * NET_JOB


def _row(window, key):
    model = window.breakdown.model_
    i = model.rows.index(key)
    return [model.data(model.index(i, c), ValueRole) for c in range(3)], [
        model.data(model.index(i, c)) for c in range(3)]


def _client_rows_visible(inp) -> bool:
    return all(inp._rows[inputs_income.CLIENT + key][1].isVisibleTo(inp)
               for key in ("current_job.hours_per_week", "current_job.hourly_wage", "other_income.kind",
                           "other_income"))


def test_client_fields_for_a_single_client_and_a_couple(window):
    inp = window.inputs
    inp.set_case(SINGLE)
    assert inp.client_income_toggle.isVisibleTo(inp) and not _client_rows_visible(inp)  # folded by default
    assert inp.client_income_toggle.text() == "Eigen inkomen klant (baan, uitkering): geen"
    assert "adults" in inp.case()["household"] and inp.case()["household"]["adults"] == [{"age": 30}]
    inp.client_income_toggle.click()
    assert _client_rows_visible(inp)
    label, hours, _field = inp._rows[inputs_income.CLIENT + "current_job.hours_per_week"]
    assert label.text() == "Klant: uren huidige baan" and not label.wordWrap()
    assert hours.accessibleName() == "Klant: uren per week in huidige baan"
    assert not inp.client_other_amount.isEnabled()  # no amount without a kind
    inp.household.set_partner(True)  # a couple: the client's rows stay, the partner's appear next to them
    assert _client_rows_visible(inp) and inp.partner.isVisibleTo(inp)
    inp.partner_works.setChecked(True)
    inp.client_hours.setValue(12.0)
    inp.client_wage.setValue(15.0)
    inp.client_other_kind.setCurrentIndex(inp.client_other_kind.findData("alimentatie"))
    assert inp.client_other_amount.isEnabled()
    inp.client_other_amount.setValue(250.0)
    inp.partner_hours.setValue(20.0)
    inp.partner_wage.setValue(16.0)
    adults = inp.case()["household"]["adults"]
    assert adults[0]["current_job"] == {"hourly_wage": 15.0, "hours_per_week": 12.0}
    assert adults[0]["other_income"] == [{"kind": "alimentatie", "net_per_month": 250.0}]
    assert adults[1]["current_job"] == {"hourly_wage": 16.0, "hours_per_week": 20.0}
    assert inp.client_income_toggle.text() == (
        "Eigen inkomen klant (baan, uitkering): baan 12 uur, partneralimentatie " + fmt.eur(250.0))



def test_client_part_time_job_lowers_bijstand_as_calc_and_the_hand_calculation(window, tmp_path, capsys):
    inp = window.inputs
    inp.set_case(SINGLE)
    settle(window)
    before, _ = _row(window, "bijstand")
    assert abs(before[0] - NORM) < 0.005
    inp.client_income_toggle.click()
    inp.client_hours.setValue(12.0)
    inp.client_wage.setValue(15.0)
    settle(window)
    after, shown = _row(window, "bijstand")
    own, own_shown = _row(window, "other_income")
    assert abs(own[0] - 842.40) < 0.005 and abs(NET_JOB - 842.40) < 1e-9
    assert abs((before[0] - after[0]) - COUNTED) < 0.005  # lowered by € 631,80
    assert shown[0] == "€ 769,70" and own_shown[0] == "€ 842,40"
    case = inp.case()
    assert case["household"]["adults"][0]["current_job"] == {"hourly_wage": 15.0, "hours_per_week": 12.0}
    # The same numbers as the API and `werktloont calc` on the same case file.
    result = api.calculate(case, timeline=False)
    for key in ("bijstand", "other_income", "disposable"):
        values, _ = _row(window, key)
        assert values[:2] == [result["without_job"][key], result["with_job"][key]]
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    capsys.readouterr()
    assert cli_main(["calc", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    for label, key in (("Bijstand ", "bijstand"), ("Eigen inkomen huishouden", "other_income"),
                       ("Te besteden", "disposable")):
        line = next(x for x in out if x.startswith(label))
        _, texts = _row(window, key)
        assert re.findall(r"€ [0-9.,]+", line)[:2] == texts[:2]
    # The explanation names the client's job and its rule.
    model = window.breakdown.model_
    window.breakdown.select_row(model.rows.index("other_income"))
    text = window.explanation.toPlainText()
    assert "aanvrager: huidige baan 12 uur per week à € 15,00 bruto per uur (telt mee, met vrijlating)" in text


def test_offer_for_the_client_next_to_a_current_job_is_a_second_job(window):
    inp = window.inputs
    inp.set_case({**SINGLE, "household": {"adults": [{"age": 30, "current_job": {"hourly_wage": 15.0,
                                                                                 "hours_per_week": 12}}]}})
    assert not inp.client_income.folded()  # a client with a job of their own sees it at once
    outcome = settle(window)
    assert outcome.result["job"].get("person", 0) == 0
    headline = window.verdict.headline.text()
    assert "voor de partner" not in headline and "Met deze baan" in headline
    assert not window.inputs.general_error.isVisible()
    # Both jobs count: with the offer the whole net work income goes against the norm.
    values, _ = _row(window, "other_income")
    assert abs(values[0] - 842.40) < 0.005 and abs(values[1] - 842.40) < 0.005
    # The offer is taxed together with the current job (Wet IB 2001, 2026): year wage 12 x (1.652,23 + 842,40)
    # = 29.935,56; box 1 35,75 % = 10.701,96; AHK 3.115 - 6,398 % x (29.935,56 - 29.736) = 3.102,23 (art. 8.10);
    # arbeidskorting 5.300 + 1,95 % x (29.935,56 - 25.845) = 5.379,77 (art. 8.11); tax 2.219,96; net a year
    # 27.715,60, less the current job's 12 x 842,40 = 10.108,80: the offer adds 17.606,80 / 12 = € 1.467,23 net
    # (on its own it would be € 1.607,29).
    net, shown = _row(window, "net_wage")
    assert abs(net[1] - 1467.23) < 0.005 and shown[1] == "€ 1.467,23"
    window.breakdown.select_row(window.breakdown.model_.rows.index("net_wage"))
    assert "Dit komt bovenop uw eigen inkomen" in window.explanation.toPlainText()


def test_error_under_the_client_field_opens_the_fold(window):
    inp = window.inputs
    inp.set_case(SINGLE)
    assert inp.client_income.folded()
    inp.client_hours.setValue(90.0)  # the engine allows at most 80 hours a week
    inp.client_wage.setValue(15.0)
    inp.client_income_toggle.click()
    inp.client_income_toggle.click()  # folded again before the message comes
    settle(window)
    field = inp._rows[inputs_income.CLIENT + "current_job.hours_per_week"][2]
    assert not inp.client_income.folded()
    assert field.error.isVisibleTo(window) and "80" in field.error.text()


def test_open_then_save_keeps_the_file(window, tmp_path):
    inp = window.inputs
    inp.set_case(copy.deepcopy(SINGLE))
    assert inp.case()["household"]["adults"] == [{"age": 30}]  # a file without the fields gets none
    couple = {**SINGLE, "household": {"adults": [
        {"age": 30, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12.0},
         "other_income": [{"kind": "ww", "gross_per_month": 600.0},
                          {"kind": "kinderalimentatie", "net_per_month": 150.0}]},
        {"age": 31, "works": True, "current_job": None, "other_income": [{"kind": "wia", "gross_per_month": 900.0}],
         "zorgverzekerd": True}], "children": [{"age": 6}], "cost_sharers": 0},
        "job": {**SINGLE["job"], "person": 0}}
    inp.set_case(copy.deepcopy(couple))
    assert inp.client_hours.value() == 12.0 and inp.client_other_kind.currentData() == "ww"
    assert inp.client_other_amount.value() == 600.0 and inp.client_other_amount.suffix() == " bruto"
    assert inp.partner_other_net.value() == 900.0 and inp.partner_other_net.suffix() == " bruto"
    assert inp.client_income_toggle.text().endswith("baan 12 uur, WW € 600,00, nog 1 uit het bestand")
    case = inp.case()  # gross stays gross, the second entry and the defaults stay
    assert case["household"]["adults"] == couple["household"]["adults"] and case["job"]["person"] == 0
    path = tmp_path / "paar.json"
    path.write_text(json.dumps(couple), encoding="utf-8")
    assert window.casefiles.open(path) and not window.casefiles.is_dirty()
    saved = tmp_path / "opgeslagen.json"
    assert window.casefiles._write(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    # The saved file holds the case as the engine reads it (defaults written out): the same adults and job.
    assert parse_case(data).household == parse_case(couple).household
    assert parse_case(data).job == parse_case(couple).job
    # Emptied in the form: the job goes (null, as the file had a key) and only the kept entry stays.
    inp.client_hours.setValue(0.0)
    inp.client_wage.setValue(0.0)
    inp.client_other_kind.setCurrentIndex(0)
    client = inp.case()["household"]["adults"][0]
    assert client["current_job"] is None
    kept = [{k: v for k, v in x.items() if v is not None} for x in client["other_income"]]
    assert kept == [{"kind": "kinderalimentatie", "net_per_month": 150.0}]
