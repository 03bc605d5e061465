"""The IACK in a household with a partner: the partner with the lower arbeidsinkomen has it.

Wet IB 2001 art. 8.14a (https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.14a), lid 1: "De
inkomensafhankelijke combinatiekorting geldt voor de belastingplichtige indien: a. hij een arbeidsinkomen heeft dat
meer bedraagt dan € 6.239; b. in het kalenderjaar gedurende ten minste zes maanden een kind dat bij de aanvang van het
kalenderjaar de leeftijd van 12 jaar niet heeft bereikt tot hetzelfde huishouden als de belastingplichtige behoort; en
c. hij in het kalenderjaar geen partner heeft, dan wel indien hij wel een partner heeft, hij in het kalenderjaar een
lager arbeidsinkomen heeft dan zijn partner." Lid 2: "11,45% van het arbeidsinkomen, voor zover dat [...] meer beloopt
dan € 6.239, doch niet meer dan € 3.032." Lid 3: equal arbeidsinkomen: "alleen voor de oudste belastingplichtige".
Art. 8.8: the kortingen never exceed the tax due, so the IACK adds to a person's net income only what is left of
their own tax.

The 2026 figures used below (parameters/inkomstenbelasting.yaml, Wet IB 2001 text of 2026-01-01): box 1 first bracket
35,75 % (up to € 38.883); algemene heffingskorting € 3.115 (reduced above € 29.736); arbeidskorting 8,324 % of the
arbeidsinkomen up to € 996, plus 31,009 % above € 11.965 (together at most € 5.300). Wage: hours x wage x 13/3 weeks a
month (weken_per_maand), plus 8 % vakantiegeld (Wet minimumloon art. 15), times 12 for the year.

Arbeidsinkomen per year used in the cases:
  12 h x € 15: 180 x 13/3 = 780,00 a month; x 1,08 = 842,40; x 12 = 10.108,80
  24 h x € 15: 360 x 13/3 = 1.560,00; x 1,08 = 1.684,80; x 12 = 20.217,60
  24 h x € 16: 384 x 13/3 = 1.664,00; x 1,08 = 1.797,12; x 12 = 21.565,44
  32 h x € 16: 512 x 13/3 = 2.218,67; x 1,08 = 2.396,16; x 12 = 28.753,92
Tax left for the IACK at 20.217,60 (no other income): 20.217,60 x 35,75 % = 7.227,792; minus AHK 3.115 = 4.112,792;
arbeidskorting 996 + 31,009 % x (20.217,60 - 11.965 = 8.252,60) = 996 + 2.559,0587 = 3.555,0587; left 557,7333. The
IACK there is 11,45 % x (20.217,60 - 6.239 = 13.978,60) = 1.600,5497, so it adds 557,7333 a year: 46,4778 a month.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from werktloont import api
from werktloont.engine.compose import compute_month
from werktloont.engine.household import household_arrays
from werktloont.engine.prepared import prepare
from werktloont.params import load_pack
from werktloont.rules.wet_inkomstenbelasting_2001 import inkomstenbelasting as ib

IACK_20_217 = 557.7333 / 12  # the IACK's effect at an arbeidsinkomen of 20.217,60 (module note): 46,4778 a month


def _job(wage: float, hours: float) -> dict:
    return {"hourly_wage": wage, "hours_per_week": hours}


def _case(partner_job=None, offer=(16.0, 24.0), *, children=({"age": 5},), taker=0, ages=(35, 34),
          client_job=None, partner_income=()) -> dict:
    client: dict = {"age": ages[0]}
    partner: dict = {"age": ages[1], "other_income": list(partner_income)}
    if client_job:
        client["current_job"] = _job(*client_job)
    if partner_job:
        partner["current_job"] = _job(*partner_job)
    return {"date": "2026-01-01", "household": {"adults": [client, partner], "children": list(children)},
            "job": dict(_job(*offer), person=taker)}


def _month(case: dict) -> list[dict[str, float]]:
    """The case month without (point 0) and with (point 1) the offer, as the month pipeline computes it."""
    pack = load_pack()
    prepared = prepare(case, pack)
    hh = household_arrays([prepared.case])
    job = case["job"]
    month = compute_month(pack.at(date(2026, 1, 1)), hh, hourly_wage=np.array([job["hourly_wage"]] * 2),
                          hours_per_week=np.array([0.0, job["hours_per_week"]]), months_into_job=np.array([0, 1]),
                          childcare_scale=np.array([0.0, 1.0]))
    return [month.point(0), month.point(1)]


def test_partner_12_hours_taker_24_hours_the_partner_has_it_but_pays_no_tax():
    # The taker 24 h x € 16: 21.565,44; the partner 12 h x € 15: 10.108,80, the lower: the partner has the IACK,
    # 11,45 % x (10.108,80 - 6.239 = 3.869,80) = 443,0921 a year (below the maximum 3.032).
    q = load_pack().at(date(2026, 1, 1)).reg("inkomstenbelasting")
    partner_ok = ib.iack_eligible(np.array([10_108.80]), young_child=np.array([True]), has_partner=np.array([True]),
                                  partner_arbeidsinkomen=np.array([21_565.44]), older=np.array([False]))
    assert partner_ok.tolist() == [True]
    assert float(ib.iack(np.array([10_108.80]), partner_ok, q)[0]) == pytest.approx(443.0921, abs=0.001)
    # But the partner's own tax is gone before it: 10.108,80 x 35,75 % = 3.613,896 - AHK 3.115 = 498,896, and the
    # arbeidskorting 8,324 % x 10.108,80 = 841,4565 is more than that. Nothing is left: net effect 0 (art. 8.8), and
    # the partner's net stays the gross 10.108,80 / 12 = 842,40 a month.
    _, job = _month(_case((15.0, 12.0), (16.0, 24.0)))
    assert job.get("iack_other", 0.0) == pytest.approx(0.0, abs=0.005)
    assert job["iack"] == 0.0  # the taker earns more
    assert job["other_income"] == pytest.approx(842.40, abs=0.005)


def test_partner_24_hours_taker_32_hours_the_partners_iack_counts():
    # The taker 32 h x € 16: 28.753,92; the partner 24 h x € 15: 20.217,60, the lower: the partner's IACK adds
    # 557,7333 a year (module note), 46,48 a month; the partner's net is then the gross, 20.217,60 / 12 = 1.684,80.
    without, job = _month(_case((15.0, 24.0), (16.0, 32.0)))
    assert job["iack"] == 0.0
    assert job.get("iack_other", 0.0) == pytest.approx(IACK_20_217, abs=0.005)
    assert job["other_income"] == pytest.approx(1684.80, abs=0.005)
    # Without the offer the partner is the only one with arbeidsinkomen, so the higher one (the taker's is 0, not
    # above the threshold either): nobody has it. Net (20.217,60 - 557,7333) / 12 = 1.638,32.
    assert without["iack"] == without.get("iack_other", 0.0) == 0.0
    assert without["other_income"] == pytest.approx(1638.32, abs=0.005)
    # The net effect with the offer: no bijstand (the income is far above the norm) and the toetsingsinkomen is the
    # gross income, 28.753,92 + 20.217,60 = 48.971,52, the same with or without the IACK; so the household has the
    # 46,48 a month more to spend.
    assert job["bijstand"] == 0.0
    assert job["toetsingsinkomen"] == pytest.approx(48_971.52, abs=0.01)


def test_the_same_couple_without_children_has_no_iack():
    # Lid 1 b: no child under 12. The partner's net stays 1.638,32 (module note: 557,73 of tax left).
    _, job = _month(_case((15.0, 24.0), (16.0, 32.0), children=()))
    assert job["iack"] == job.get("iack_other", 0.0) == 0.0
    assert job["other_income"] == pytest.approx(1638.32, abs=0.005)


def test_a_child_of_12_on_1_january_gives_none():
    _, job = _month(_case((15.0, 24.0), (16.0, 32.0), children=({"age": 12},)))
    assert job["iack"] == job.get("iack_other", 0.0) == 0.0


@pytest.mark.parametrize("taker", [0, 1])
def test_the_taker_earning_less_than_the_other_adult_has_it(taker):
    # The other adult's current job 32 h x € 16: 28.753,92; the taker's offer 24 h x € 15: 20.217,60, the lower: the
    # taker has the IACK, 46,48 a month (module note), and the offer's net is the gross 1.684,80 (no tax left).
    # taker 1: the partner takes the offer and the client has the job.
    case = (_case((16.0, 32.0), (15.0, 24.0)) if taker == 0 else
            _case(None, (15.0, 24.0), taker=1, client_job=(16.0, 32.0)))
    without, job = _month(case)
    assert job["iack"] == pytest.approx(IACK_20_217, abs=0.005)
    assert job.get("iack_other", 0.0) == 0.0
    assert job["net_wage"] == pytest.approx(1684.80, abs=0.005)
    assert without["iack"] == without.get("iack_other", 0.0) == 0.0


def test_equal_arbeidsinkomen_the_older_one_has_it():
    # Lid 3. Both 24 h x € 15: 20.217,60 each. The client (taker) 35, the partner 34: the client has it.
    _, job = _month(_case((15.0, 24.0), (15.0, 24.0), ages=(35, 34)))
    assert job["iack"] == pytest.approx(IACK_20_217, abs=0.005) and job.get("iack_other", 0.0) == 0.0
    # The client 30, the partner 34: the partner has it.
    _, job = _month(_case((15.0, 24.0), (15.0, 24.0), ages=(30, 34)))
    assert job["iack"] == 0.0 and job.get("iack_other", 0.0) == pytest.approx(IACK_20_217, abs=0.005)


def test_the_other_adult_without_arbeidsinkomen_nobody_has_it():
    # The partner has a WW benefit (not arbeidsinkomen, art. 8.1 lid 1 e): their arbeidsinkomen 0 is lower than the
    # taker's 28.753,92, but not above € 6.239 (lid 1 a); the taker earns more (lid 1 c). Nobody has the IACK.
    ww = {"kind": "ww", "gross_per_month": 900.0}
    without, job = _month(_case(None, (16.0, 32.0), partner_income=(ww,)))
    assert job["iack"] == job.get("iack_other", 0.0) == 0.0
    assert without["iack"] == without.get("iack_other", 0.0) == 0.0


def test_the_single_parent_keeps_the_iack():
    # No partner: lid 1 c "geen partner". 24 h x € 16: 21.565,44. IACK 11,45 % x (21.565,44 - 6.239 = 15.326,44)
    # = 1.754,8774. Tax left: 21.565,44 x 35,75 % = 7.709,6448 - AHK 3.115 = 4.594,6448; arbeidskorting 996 +
    # 31,009 % x (21.565,44 - 11.965 = 9.600,44) = 996 + 2.977,0004 = 3.973,0004; left 621,6444. So the IACK adds
    # 621,6444 a year: 51,8037 a month.
    case = {"date": "2026-01-01", "household": {"adults": [{"age": 30}], "children": [{"age": 5}]},
            "job": _job(16.0, 24.0)}
    _, job = _month(case)
    assert job["iack"] == pytest.approx(621.6444 / 12, abs=0.005)
    assert job.get("iack_other", 0.0) == 0.0


def test_the_explanation_names_the_partners_iack():
    # The partner with the lower arbeidsinkomen: the household's own income says whose IACK is in it.
    result = api.calculate(_case((15.0, 24.0), (16.0, 32.0)))
    entry = next(e for e in result["explanations"]
                 if e["component"] == "other_income" and e["situation"] == "with_job")
    assert entry["values"]["iack_other"] == pytest.approx(IACK_20_217, abs=0.005)
    assert "combinatiekorting voor uw partner" in entry["text"]
    assert "8.14a" in entry["article"]  # the source of the euro named in the sentence
    en = api.calculate(_case((15.0, 24.0), (16.0, 32.0)), lang="en")
    entry = next(e for e in en["explanations"] if e["component"] == "other_income" and e["situation"] == "with_job")
    assert "combination tax credit for your partner" in entry["text"]


def test_the_sentence_says_who_gets_the_iack_single_parent_or_couple():
    # The couple of the test above (the taker earns less and has the IACK) and a single parent with the same offer.
    couple = api.calculate(_case((16.0, 32.0), (15.0, 24.0)))
    single = api.calculate({"date": "2026-01-01", "household": {"adults": [{"age": 35}], "children": [{"age": 5}]},
                            "job": _job(15.0, 24.0)})
    for result, nl in ((couple, "Van twee partners krijgt wie het minst verdient de korting."),
                       (single, "Die korting is voor een werkende alleenstaande ouder met een kind onder de 12 jaar.")):
        entry = next(e for e in result["explanations"] if e["component"] == "net_wage" and e["situation"] == "with_job")
        assert entry["values"]["iack"] > 0 and nl in entry["text"]
    single_en = api.calculate({"date": "2026-01-01", "household": {"adults": [{"age": 35}], "children": [{"age": 5}]},
                               "job": _job(15.0, 24.0)}, lang="en")
    entry = next(e for e in single_en["explanations"] if e["component"] == "net_wage" and e["situation"] == "with_job")
    assert "It is for a working single parent with a child under 12." in entry["text"]
