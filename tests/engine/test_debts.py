"""Result key `debts`: beslag without and with the job; hand calculations written out."""

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


# Rv art. 475db lid 1 a (tekst geldend 2026-01-01): the voet "wordt ... verminderd met ... de niet onder beslag
# liggende vorderingen tot periodieke betaling inclusief vakantiebijslag van de echtgenoot ..., tot ten hoogste de
# helft van de beslagvrije voet". Both partners work, no children, 2026-01-01.
# Partner 1: 40 x 38 h; 40 x 38 x 52 / 12 = 6.586,67 a month; with 8 % vakantiegeld 85.363,20 a year. Box 1 2026:
# 38.883 x 35,75 % = 13.900,67; 39.543 x 37,56 % = 14.852,35; 6.937,20 x 49,5 % = 3.433,91; together 32.186,94.
# AHK 3.115 - 6,398 % x (85.363,20 - 29.736) < 0 -> 0; arbeidskorting 5.685 - 6,51 % x (85.363,20 - 45.592) =
# 3.095,90. Net (85.363,20 - 32.186,94 + 3.095,90) / 12 = 4.689,35 a month.
# Partner 2: 16 x 30 h; 2.080 a month, 26.956,80 a year; tax 35,75 % = 9.637,06; AHK 3.115 (below 29.736);
# arbeidskorting 5.300 + 1,95 % x (26.956,80 - 25.845) = 5.321,68; net (26.956,80 - 1.200,38) / 12 = 2.146,37.
# C = 85.363,20 + 26.956,80 = 112.320 (debtor and spouse, art. 475d lid 1): the formula is above the maximum for
# gehuwden zonder kinderen, 2.881,41 (art. 475da lid 1 c). Lid 1 a: min(2.146,37, 2.881,41 / 2 = 1.440,705):
# 2.881,41 - 1.440,705 = 1.440,705 -> 1.440,71. Art. 475dc: 95 % x 4.689,35 = 4.454,88 is higher, no cap.
NET_1, NET_2, VOET_GEHUWDEN = 4689.35, 2146.37, 2881.41


def both_work(debtor="absent"):
    case = {"format": "werktloont-case/1", "date": "2026-01-01",
            "household": {"adults": [{"age": 40, "current_job": {"hourly_wage": 40.0, "hours_per_week": 38}},
                                     {"age": 38, "current_job": {"hourly_wage": 16.0, "hours_per_week": 30}}]},
            "debts_arrangement": {"kind": "beslag", "monthly_claim": None}}
    if debtor != "absent":
        case["debts_arrangement"]["debtor"] = debtor
    return case


def test_couple_beslag_for_the_first_partners_debt_art_475db():
    d = calculate(both_work(0), timeline=False)["debts"]
    wo = d["without_job"]
    assert d["debtor"] == 0 and d["debtor_given"] is True
    assert wo["income_per_adult"] == [pytest.approx(NET_1), pytest.approx(NET_2)]
    assert wo["garnished_income"] == pytest.approx(NET_1)  # only the debtor's own wage
    assert wo["steps"]["voet"] == VOET_GEHUWDEN
    assert wo["steps"]["partner_reduction"] == pytest.approx(1440.71)
    assert wo["beslagvrije_voet"] == pytest.approx(1440.71)
    # What the creditors really get: 4.689,35 - 1.440,71 = 3.248,64 a month.
    assert wo["to_creditors"] == pytest.approx(NET_1 - 1440.71)
    assert "partner_income_lowers_voet" in d["codes"] and "debtor_is_household" not in d["codes"]


def test_couple_without_a_debtor_keeps_the_household_reading_and_says_so():
    # Not given: both wages under beslag, one voet for the household (no partner income outside the beslag):
    # 4.689,35 + 2.146,37 = 6.835,72 garnished, 6.835,72 - 2.881,41 = 3.954,31 to the creditors; that is
    # 3.954,31 - 3.248,64 = 705,67 a month more than when the debt is the first partner's alone.
    for debtor in ("absent", "beide"):
        d = calculate(both_work(debtor), timeline=False)["debts"]
        wo = d["without_job"]
        assert d["debtor"] == "beide"
        assert wo["garnished_income"] == pytest.approx(NET_1 + NET_2)
        assert wo["beslagvrije_voet"] == VOET_GEHUWDEN
        assert wo["to_creditors"] == pytest.approx(NET_1 + NET_2 - VOET_GEHUWDEN)
        assert "debtor_is_household" in d["codes"]
        assert ("debtor_not_given" in d["codes"]) == (debtor == "absent")
    own = calculate(both_work(0), timeline=False)["debts"]["without_job"]["to_creditors"]
    assert (NET_1 + NET_2 - VOET_GEHUWDEN) - own == pytest.approx(705.67, abs=0.01)


def test_partners_debt_garnishes_only_the_partners_wage():
    # Debtor 1: 2.146,37 garnished; the voet is lowered by min(4.689,35, 1.440,705) to 1.440,71;
    # 2.146,37 - 1.440,71 = 705,66 to the creditors.
    wo = calculate(both_work(1), timeline=False)["debts"]["without_job"]
    assert wo["garnished_income"] == pytest.approx(NET_2)
    assert wo["to_creditors"] == pytest.approx(NET_2 - 1440.71)


def test_partner_takes_the_job_and_it_is_not_garnished_for_the_clients_debt():
    # Both 35 on bijstand, the partner takes 24 h x € 15 (job.person 1); the debt is the client's (debtor 0).
    # Art. 45 lid 4 PW: the bijstand is paid to each spouse for half, so the client's garnishable income is half
    # the bijstand, with and without the job; the partner's wage and half stay outside the beslag and lower the
    # voet by at most half (art. 475db lid 1 a).
    case = single({"kind": "beslag", "monthly_claim": None, "debtor": 0})
    case["household"]["adults"] = [{"age": 35}, {"age": 35}]
    case["job"]["person"] = 1
    r = calculate(case, timeline=False)
    d = dict(r["debts"]["first_month"], codes=r["debts"]["codes"])  # the first month, as r[key]
    for key in ("without_job", "with_job"):
        assert d[key]["garnished_income"] == pytest.approx(r[key]["bijstand"] / 2, abs=0.01)
        garnishable = r[key]["net_wage"] + r[key]["bijstand"] + r[key]["other_income"]
        assert d[key]["partner_free_income"] == pytest.approx(garnishable - r[key]["bijstand"] / 2, abs=0.01)
    assert "offer_of_partner_not_garnished" in d["codes"]
    # Without the job: 2.002,13 / 2 = 1.001,07 each; voet 95 % x 2.002,13 = 1.902,02 less min(1.001,07, 951,01) =
    # 951,01, also 95 % of the client's 1.001,07 (art. 475dc); 1.001,07 - 951,01 = 50,06 to the creditors (with
    # rounding to the cent: 50,05 or 50,06).
    assert d["without_job"]["beslagvrije_voet"] == pytest.approx(951.01, abs=0.01)
    assert d["without_job"]["to_creditors"] == pytest.approx(50.06, abs=0.015)


def test_debtor_of_the_partner_needs_a_partner():
    for debtor in (1, "beide"):
        with pytest.raises(InputError) as exc:
            calculate(single({"kind": "beslag", "monthly_claim": None, "debtor": debtor}), timeline=False)
        assert "debts_arrangement.debtor" in str(exc.value)
    with pytest.raises(InputError) as exc:
        calculate(single({"kind": "beslag", "monthly_claim": None, "debtor": True}), timeline=False)
    assert "debts_arrangement.debtor" in str(exc.value)
