"""Result key `debts` (issue 19): beslag without and with the job; hand calculations written out."""

import pytest

from werktloont.api import calculate
from werktloont.errors import InputError


def single(debts=None, job=True):
    case = {"format": "werktloont-case/1", "date": "2026-01-01",
            "household": {"adults": [{"age": 35}], "children": [], "cost_sharers": 0, "rent": None},
            "assets": {"savings": 0}, "job": {"hourly_wage": 15.0, "hours_per_week": 24} if job else None}
    if debts is not None:
        case["debts_arrangement"] = debts
    return case


def test_unlimited_beslag_job_adds_nothing_but_repays_faster():
    r = calculate(single({"kind": "beslag", "monthly_claim": None}), timeline=False)
    d = r["debts"]["first_month"]  # January 2026, the first month of the job (the table's month)
    # Without the job: bijstand 1.401,50 is garnished above 95 % x 1.401,50 = 1.331,43 -> 70,07 to the creditor.
    assert d["without_job"]["beslagvrije_voet"] == pytest.approx(1331.43)
    assert d["without_job"]["to_creditors"] == pytest.approx(70.07)
    # With the job the voet is the same (the toetsingsinkomen stays below the zorg drempel and the ijkpunt), so
    # every extra euro of wage and bijstand goes to the creditor: the household gains nothing ...
    assert d["with_job"]["beslagvrije_voet"] == pytest.approx(1331.43)
    assert d["gain_household"] == pytest.approx(0.0, abs=0.005)
    # ... and the debt goes down by what the job would have added: the gain without beslag.
    assert d["faster_repayment"] == pytest.approx(r["gain_per_month"], abs=0.01)
    assert d["faster_repayment"] > 0
    # The debts box speaks of the month the headline names (the lasting gain): there too the household gains
    # nothing and the debt goes down by the lasting gain.
    lasting = r["debts"]
    assert lasting["month"] == r["gain_phases"][r["headline"]["phase"]]["from"]
    assert lasting["gain_household"] == pytest.approx(0.0, abs=0.005)
    assert lasting["faster_repayment"] == pytest.approx(r["gain_lasting"], abs=0.01)


def test_household_keeps_is_disposable_minus_creditors():
    r = calculate(single({"kind": "beslag", "monthly_claim": None}), timeline=False)
    for key in ("without_job", "with_job"):
        d = r["debts"]["first_month"][key]
        assert d["household_keeps"] == pytest.approx(r[key]["disposable"] - d["to_creditors"], abs=0.005)


def test_limited_claim():
    r = calculate(single({"kind": "beslag", "monthly_claim": 50.0}), timeline=False)
    # 50 a month with and without the job (both have more than 50 above the voet): the job's gain stays, in the
    # first month and in the month the headline names.
    for d, gain in ((r["debts"]["first_month"], r["gain_per_month"]), (r["debts"], r["gain_lasting"])):
        assert d["without_job"]["to_creditors"] == d["with_job"]["to_creditors"] == 50.0
        assert d["gain_household"] == pytest.approx(gain, abs=0.01)
        assert d["faster_repayment"] == 0.0


def test_without_beslag_nothing_changes():
    plain = calculate(single(), timeline=False)
    none = calculate(single({"kind": "none", "monthly_claim": None}), timeline=False)
    assert plain["debts"] is None and none["debts"] is None
    for key in ("without_job", "with_job", "gain_per_month"):
        assert plain[key] == none[key]


def test_wsnp_assumes_vtlb_equal_to_the_voet():
    d = calculate(single({"kind": "wsnp", "monthly_claim": None}), timeline=False)["debts"]
    assert d["kind"] == "wsnp" and "vtlb_is_beslagvrije_voet" in d["codes"]
    assert d["gain_household"] == pytest.approx(0.0, abs=0.005)


def test_bad_kind_is_a_dutch_message_naming_the_field():
    with pytest.raises(InputError) as exc:
        calculate(single({"kind": "loonbeslag", "monthly_claim": None}), timeline=False)
    assert "debts_arrangement" in str(exc.value)


def test_couple_on_bijstand():
    case = single({"kind": "beslag", "monthly_claim": None}, job=False)
    case["household"]["adults"] = [{"age": 35}, {"age": 33}]
    d = calculate(case, timeline=False)["debts"]
    # Gehuwden: bijstand 2.002,13 (art. 21 b PW, 2026-01-01); voet 95 % x 2.002,13 = 1.902,0235 -> 1.902,02;
    # the creditor gets 2.002,13 - 1.902,02 = 100,11. The household's income counts as the debtor's: said in a code.
    assert d["leefsituatie"] == "gehuwden"
    assert d["without_job"]["beslagvrije_voet"] == pytest.approx(1902.02)
    assert d["without_job"]["to_creditors"] == pytest.approx(100.11)
    assert "debtor_is_household" in d["codes"]
