"""each adult's own income, who takes the offer, and the zorgtoeslag for a partner who is not insured.

Every expected value is a hand calculation written out below, from the parameter values and their sources:
2026: minimumuurloon € 14,71 (WML art. 8, Stcrt. indexation 1-1-2026), jeugdloon 19 jaar 60 % (WML art. 9
tabel), weken per maand 52/12, vakantiebijslag 8 % (WML art. 15), box 1 first rate 35,75 % (Wet IB art. 2.10
plus Wfsv art. 11), AHK € 3.115 below € 29.736 (art. 8.10), arbeidskorting 8,324 % up to € 11.965 (art. 8.11),
norm gehuwden € 2.002,13 and one partner under 21 without children € 1.347,06 (Participatiewet art. 21-22,
Stcrt. normenbrief 1-1-2026), vrijlating 25 % max € 285 from 27 jaar for 6 months (art. 31 lid 2 n).
"""

from __future__ import annotations

import pytest

from werktloont.engine.calculate import calculate
from werktloont.engine.plausibility import checks
from werktloont.engine.prepared import prepare
from werktloont.errors import InputError
from werktloont.model.case import parse_case


def couple(partner: dict, job: dict | None = None, date: str = "2026-01-01") -> dict:
    return {"date": date, "household": {"adults": [{"age": 35}, partner]}, **({"job": job} if job else {})}


def test_partner_earns_12_hours_at_15_euro():
    # Partner's wage: 12 h x € 15 x 52/12 = € 780,00 a month, vakantiegeld 8 % = € 62,40: € 842,40 a month,
    # € 10.108,80 a year. Tax 35,75 % x 10.108,80 = € 3.613,90; kortingen AHK € 3.115 + arbeidskorting
    # 8,324 % x 10.108,80 = € 841,46, together € 3.956,46 > 3.613,90: no tax, net = € 842,40 a month.
    # Bijstand: vrijlating 25 % x 842,40 = € 210,60 (below € 285; partner 33, first month);
    # counted 842,40 - 210,60 = € 631,80; bijstand 2.002,13 - 631,80 = € 1.370,33.
    r = calculate(couple({"age": 33, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}}),
                  timeline=False)
    w = r["without_job"]
    assert w["other_income"] == pytest.approx(842.40, abs=0.01)
    assert w["bijstand"] == pytest.approx(1370.33, abs=0.01)
    assert w["disposable"] == pytest.approx(
        sum(w[k] for k in ("net_wage", "bijstand", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget",
                           "kinderopvangtoeslag", "municipal", "other_income")), abs=0.02)
    # Toetsingsinkomen (art. 19 lid 4 Participatiewet, bruteren per partner): the bijstand is split in halves,
    # 1.370,33 / 2 x 12 = € 8.221,98 net a year each.
    # Client: 8.221,98 x 35,75 % = 2.939,36 < AHK 3.115: gross = net = € 8.221,98.
    # Partner: net 10.108,80 + 8.221,98 = € 18.330,78; with tax due, net = Z - (35,75 % Z - 3.956,46), so
    # Z = (18.330,78 - 3.956,46) / 0,6425 = € 22.372,48 (below the AHK afbouwpunt € 29.736).
    # Toetsingsinkomen 8.221,98 + 22.372,48 = € 30.594,46.
    ti = calculate(couple({"age": 33, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}}),
                   timeline=False)["details"]["without_job"]["toetsingsinkomen"]
    assert ti == pytest.approx(30_594.46, abs=1.0)


def test_offer_for_a_19_year_old_partner_gets_the_youth_minimum():
    # job.person = 1: the partner (19) takes the offer. WML art. 9: 60 % x € 14,71 = € 8,826, € 8,83.
    # 20 h: 8,83 x 20 x 52/12 = € 765,27; vakantiegeld 8 % € 61,22; € 826,49 a month, € 9.917,86 a year.
    # Tax 35,75 % = € 3.545,63 < AHK 3.115 + AK 8,324 % x 9.917,86 (€ 825,56): net = gross = € 826,49.
    # Vrijlating: none below 27 (art. 31 lid 2 n). Norm, one partner under 21, no children: € 1.347,06.
    # Bijstand with the job: 1.347,06 - 826,49 = € 520,57.
    case = couple({"age": 19}, job={"hours_per_week": 20, "person": 1})
    prepared = prepare(case)
    assert prepared.case.job.hourly_wage == pytest.approx(8.83)
    r = calculate(case, timeline=False)
    assert r["with_job"]["net_wage"] == pytest.approx(826.49, abs=0.01)
    assert r["with_job"]["bijstand"] == pytest.approx(520.57, abs=0.01)
    # The same offer for the client (35) gets the adult minimum wage € 14,71.
    assert prepare(couple({"age": 19}, job={"hours_per_week": 20})).case.job.hourly_wage == pytest.approx(14.71)


def test_the_other_partners_job_stays_when_the_partner_takes_the_offer():
    # The first adult (35) keeps 12 h x € 15 (€ 842,40 net, see above) when the partner takes the offer.
    case = {"date": "2026-01-01", "job": {"hours_per_week": 20, "person": 1},
            "household": {"adults": [{"age": 35, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}},
                                     {"age": 19}]}}
    r = calculate(case, timeline=False)
    assert r["with_job"]["other_income"] == pytest.approx(842.40, abs=0.01)
    assert r["without_job"]["other_income"] == pytest.approx(842.40, abs=0.01)


def test_offer_for_a_partner_who_is_not_there_is_refused_in_dutch():
    with pytest.raises(InputError) as exc:
        parse_case({"date": "2026-01-01", "household": {"adults": [{"age": 35}]},
                    "job": {"hours_per_week": 20, "person": 1}})
    assert "partner" in str(exc.value)


def test_other_income_needs_exactly_one_amount():
    assert parse_case(couple({"age": 33, "other_income": [{"kind": "ww", "net_per_month": 500}]}))
    with pytest.raises(InputError) as exc:
        parse_case(couple({"age": 33, "other_income": [{"kind": "ww"}]}))
    assert "netto" in str(exc.value)


def test_kinderalimentatie_does_not_count_but_partneralimentatie_does():
    # Partneralimentatie € 300 gross a month: € 3.600 a year, 35,75 % = 1.287 < AHK: net € 300, counted in full
    # (no vrijlating for income that is not from work): bijstand 2.002,13 - 300 = € 1.702,13.
    with_partner = calculate(couple({"age": 33, "other_income": [{"kind": "alimentatie", "gross_per_month": 300}]}),
                             timeline=False)["without_job"]
    assert with_partner["bijstand"] == pytest.approx(1702.13, abs=0.01)
    # Kinderalimentatie € 300: not counted, so the full norm € 2.002,13, and the € 300 is in what is left.
    child = calculate(couple({"age": 33, "other_income": [{"kind": "kinderalimentatie", "net_per_month": 300}]}),
                      timeline=False)["without_job"]
    assert child["bijstand"] == pytest.approx(2002.13, abs=0.01)
    assert child["other_income"] == pytest.approx(300.0, abs=0.01)


def test_works_without_income_asks_for_the_income_and_does_not_crash():
    # An older case file: "works": true and nothing else. It opens; a warning asks for the partner's income.
    prepared = prepare(couple({"age": 33, "works": True}, job={"hours_per_week": 24}))
    found = [w for w in checks(prepared) if w["code"] == "works_without_income"]
    assert found and found[0]["field"] == "household.adults[1].current_job"
    from werktloont.texts.plausibility import sentence

    assert "inkomen" in sentence(found[0])


def test_zorgtoeslag_half_for_a_partner_who_is_not_insured():
    # Wet op de zorgtoeslag art. 2 lid 4, 2025 values (Dienst Toeslagen, Berekening zorgtoeslag 2025):
    # standaardpremie € 2.112, drempelinkomen € 28.406, normpremie partners 4,273 %, boven de drempel 13,7 %.
    # Toetsingsinkomen € 20.000 (below the drempel). Lid 1: 2 x 2.112 - 4,273 % x 28.406 = 4.224 - 1.213,79
    # = € 3.010,21 a year; lid 4: 50 % of it = € 1.505,10 a year.
    import datetime

    from werktloont.params import load_pack
    from werktloont.rules.wet_op_de_zorgtoeslag import zorgtoeslag as zt

    snap = load_pack().at(datetime.date(2025, 1, 1))
    args = dict(toetsingsinkomen=20_000.0, has_partner=True, toeslag_vermogen=0.0, p=snap.reg("zorgtoeslag"),
                p_awir=snap.reg("awir"))
    both = zt.zorgtoeslag(**args, n_insured=2)
    one = zt.zorgtoeslag(**args, n_insured=1)
    assert float(both["year_raw"]) == pytest.approx(3010.21, abs=0.01)
    assert float(one["year_raw"]) == pytest.approx(1505.10, abs=0.01)
    assert float(zt.zorgtoeslag(**args, n_insured=0)["year_raw"]) == 0.0
    # In the engine: the couple on bijstand with a partner who is not insured gets half the monthly amount
    # (the Awir rounds each to whole euros, hence € 1).
    insured = calculate(couple({"age": 33}, date="2025-03-01"), timeline=False)["without_job"]["zorgtoeslag"]
    half = calculate(couple({"age": 33, "zorgverzekerd": False}, date="2025-03-01"),
                     timeline=False)["without_job"]["zorgtoeslag"]
    assert insured > 0 and half == pytest.approx(insured / 2, abs=1.0)


def test_every_euro_of_both_partners_is_explained_and_one_loonheffingskorting_is_asked():
    from werktloont import api

    case = couple({"age": 33, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12},
                   "other_income": [{"kind": "kinderalimentatie", "net_per_month": 100}]},
                  job={"hourly_wage": 14.71, "hours_per_week": 24, "start": "2026-02-01"})
    r = api.calculate(case)
    own = [e for e in r["explanations"] if e["component"] == "other_income" and e["situation"] == "without_job"][0]
    # € 842,40 net wage (see above) + € 100 kinderalimentatie = € 942,40.
    assert "€ 942,40" in own["text"] and "kinderalimentatie" in own["text"] and "loonheffingskorting" in own["text"]
    bijstand = [e for e in r["explanations"] if e["component"] == "bijstand" and e["situation"] == "without_job"][0]
    assert "€ 631,80" in bijstand["text"]  # 842,40 - 210,60 vrijlating, as above
    codes = [a["code"] for a in r["action_codes"]]
    assert "one_loonheffingskorting" in codes
    assert any("één werkgever of uitkeringsinstantie" in a for a in r["actions"])


def test_the_partners_vrijlating_stays_the_same_with_and_without_the_offer():
    # The partner's own vrijlating (€ 210,60, see above) does not end because the client works 7 months.
    from werktloont.engine.compose import compute_month

    prepared = prepare(couple({"age": 33, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}},
                              job={"hourly_wage": 14.71, "hours_per_week": 24}))
    import numpy as np

    m = compute_month(prepared.snap, prepared.hh, hourly_wage=np.array([0.0, 14.71]),
                      hours_per_week=np.array([0.0, 24.0]), months_into_job=np.array([0, 7]),
                      childcare_scale=np.array([0.0, 1.0]))
    assert m.point(0)["vrijlating_other"] == pytest.approx(210.60, abs=0.01)
    assert m.point(1)["vrijlating_other"] == pytest.approx(210.60, abs=0.01)


def test_dienst_toeslagen_worked_example_partner_not_insured():
    # Dienst Toeslagen, "Berekening zorgtoeslag 2025" (TG 082 - 1Z51FD, februari 2025), rekenvoorbeeld 2: an
    # aanvrager with a partner who as a militair is not a verzekerde; toetsingsinkomen 7.000 + 26.200 = € 33.200.
    # https://download.belastingdienst.nl/toeslagen/docs/berekening_zorgtoeslag_tg0821z51fd.pdf (figures as
    # transcribed in TheAndries/toeslagrecht cases/zt-2025-pub-002.yaml). By hand: normpremie 4,273 % x 28.406
    # + 13,7 % x (33.200 - 28.406) = 1.213,79 + 656,78 = € 1.870,57; lid 1: 2 x 2.112 - 1.870,57 = € 2.353,43;
    # lid 4: 50 % = € 1.176,72 a year, € 98,06 a month (€ 98 as paid).
    import datetime

    from werktloont.params import load_pack
    from werktloont.rules.wet_op_de_zorgtoeslag import zorgtoeslag as zt

    snap = load_pack().at(datetime.date(2025, 1, 1))
    r = zt.zorgtoeslag(toetsingsinkomen=33_200.0, has_partner=True, toeslag_vermogen=0.0, p=snap.reg("zorgtoeslag"),
                       p_awir=snap.reg("awir"), n_insured=1)
    assert float(r["normpremie"]) == pytest.approx(1870.57, abs=0.01)
    assert float(r["year_raw"]) == pytest.approx(1176.72, abs=0.01)
    assert float(r["per_month"]) in (pytest.approx(98.0), pytest.approx(98.06, abs=0.005))
