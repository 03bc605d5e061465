"""An asset that leaves the household, the reclaim that stays, and how it is paid back: the seed story with the car
given back. Hand calculations written out; figures from the law texts (wetten.overheid.nl, BWBR0015703)."""

import pytest

from werktloont import api
from werktloont.engine.calculate import calculate, projection
from werktloont.engine.prepared import prepare
from werktloont.engine.timeline.money import STAY

NORM_2026_01 = 1401.50  # Participatiewet art. 21 onder a (21+, alleenstaande), geldend 2026-01-01
NORM_2026_07 = 1419.46  # idem, geldend 2026-07-01
# Art. 58 lid 1: March-June at the January norm, July-September at the July norm (found out in October).
SEED_RECLAIM = 4 * NORM_2026_01 + 3 * NORM_2026_07  # 5.606,00 + 4.258,38 = 9.864,38


def seed(back: str | None = "2026-11", date: str = "2026-02-15", value: float = 0.0, job: bool = True):
    """22, single; a EUR 46.000 car put in his name in 2026-03, not reported, found in 2026-10; an offer of 24 h for
    12 months from 2026-03; the car back to the father in `back` (a later 'auto' change of `value`)."""
    changes = [{"month": "2026-03", "kind": "auto", "value": 46000.0, "discovered": "2026-10"}]
    if back:
        changes.append({"month": back, "kind": "auto", "value": value, "reported": True})
    case = {"format": "werktloont-case/1", "date": date, "household": {"adults": [{"age": 22}]},
            "assets": {"savings": 300.0, "changes": changes}}
    if job:
        case["job"] = {"hours_per_week": 24, "start": "2026-03-01", "contract_months": 12}
    return case


def _month(proj, label):
    return [proj.label(i) for i in range(len(proj.months))].index(label)


def test_car_given_back_right_again_with_the_zoektermijn_and_the_reclaim_stays():
    r = calculate(seed(), timeline=False)
    came, left = r["asset_events"]
    # Art. 34 lid 1: from November the car no longer counts; March to October it did: 8 months without a right.
    assert came["months_without_right"] == 8 and came["counted_until"] == "2026-10"
    # Art. 41 lid 4: the bijstand had stopped, so a new application; under 27 it waits four weeks after the melding.
    # November has 30 days: 28 waited, bijstand over 2 days (art. 45 lid 3); the whole month from December.
    assert came["right_again"] == "2026-11" and came["right_again_zoektermijn"]
    assert came["right_again_full"] == "2026-12"
    # Art. 58 lid 1: the months paid without a right before it was found stay reclaimed.
    assert came["months_overpaid"] == 7 and came["reclaim_net"] == pytest.approx(SEED_RECLAIM, abs=0.01)
    assert left["leaves"] and left["months_overpaid"] == 0 and left["reclaim_net"] == 0
    assert "Participatiewet art. 41 lid 4" in left["articles"] and "Participatiewet art. 58 lid 1" in left["articles"]


def test_the_stay_months_after_giving_back():
    pr = prepare(seed())
    proj = projection(pr)
    nov, dec = _month(proj, "2026-11"), _month(proj, "2026-12")
    # 2 / 30 x 1.419,46 = 94,631 -> 94,63 in November; the whole norm in December.
    assert proj.res["bijstand"][STAY, nov] == pytest.approx(2 / 30 * NORM_2026_07, abs=0.01)
    assert proj.walks[STAY]["zoektermijn"][nov] and not proj.walks[STAY]["blocked"][nov]
    assert proj.res["bijstand"][STAY, dec] == pytest.approx(NORM_2026_07, abs=0.01)
    assert proj.walks[STAY]["blocked"][_month(proj, "2026-10")]


def test_the_reclaim_is_paid_back_above_the_beslagvrije_voet():
    rep = calculate(seed(), timeline=False)["asset_events"][0]["repayment"]
    # From December 2026 (the month after it was found; November is a part month): bijstand 1.419,46. Rv art.
    # 475dc lid 1: the voet is at most 95 % of the income: 0,95 x 1.419,46 = 1.348,487 -> 1.348,49. Verrekening
    # with the bijstand (PW art. 60 lid 4): 1.419,46 - 1.348,49 = 70,97 a month; 9.864,38 / 70,97 = 138,99 -> 139.
    assert rep["month"] == "2026-12" and rep["rule"] == "verrekening"
    assert rep["beslagvrije_voet"] == pytest.approx(1348.49, abs=0.01)
    assert (rep["per_month"], rep["months"]) == (70.97, 139)
    # With the job no bijstand was paid in March-September: the net wage is above the norm of 1.401,50 and under 27
    # nothing of it is left free (art. 31 lid 2 n), so 1.401,50 - net wage < 0. Art. 58 lid 1 reclaims only
    # bijstand that was paid: with the job there is nothing to pay back.
    r = calculate(seed())
    wages = {e["month"]: e["net_wage"] for e in r["timeline"]}
    assert all(wages[m] > NORM_2026_01 for m in ("2026-03", "2026-06", "2026-09"))
    assert rep["with_job"] is None
    came = r["asset_events"][0]["with_job"]
    assert came["months_overpaid"] == 0 and came["reclaim_net"] == 0.0 and came["boete"] is None


def test_the_give_back_scenario_starts_with_the_car_and_keeps_the_reclaim():
    back = {s["scenario"]: s for s in calculate(seed(), timeline=False)["asset_scenarios"]}["give_back"]
    assert back["from"] == "2026-03" and back["given_back"] == "2026-11" and back["months_without_right"] == 8
    assert back["reclaim_net"] == pytest.approx(SEED_RECLAIM, abs=0.01) and len(back["reclaim_months"]) == 7
    # Without a date in the case: given back now, at the earliest the month after it came (April): March only.
    now = {s["scenario"]: s for s in calculate(seed(back=None), timeline=False)["asset_scenarios"]}["give_back"]
    assert now["given_back"] == "2026-04" and now["months_without_right"] == 1
    assert now["reclaim_net"] == pytest.approx(NORM_2026_01, abs=0.01)


def test_kept_car_nothing_to_take_now():
    # The car stays: no bijstand, no income without the job; nothing above the voet (art. 58 lid 7 c after ten years).
    rep = calculate(seed(back=None, job=False), timeline=False)["asset_events"][0]["repayment"]
    assert rep["per_month"] == 0.0 and rep["months"] is None


def test_entered_after_it_was_found_the_months_before_the_case_month_are_walked_the_same():
    # The klantmanager enters the case in November 2026, after the discovery: the months March-October lie before
    # the projection and give the same reclaim and the same zoektermijn month.
    r = calculate(seed(date="2026-11-15", job=False), timeline=False)
    came = r["asset_events"][0]
    assert came["reclaim_net"] == pytest.approx(SEED_RECLAIM, abs=0.01) and came["months_without_right"] == 8
    assert came["right_again"] == "2026-11" and came["right_again_full"] == "2026-12"
    assert came["repayment"]["month"] == "2026-12" and came["repayment"]["per_month"] == 70.97


def test_a_cheaper_car_lowers_what_counts():
    # From June a car of 5.000 instead (same kind, lower value): the savings (300) were lived on in March
    # (300 - 1.401,50 < 0 -> 0), so 0 + 5.000 = 5.000 <= 8.000 (art. 34 lid 3 a): a right again in June, after the
    # zoektermijn (June 30 days: 2 days paid), after 3 months without (March-May).
    came = calculate(seed(back="2026-06", value=5000.0, job=False), timeline=False)["asset_events"][0]
    assert came["months_without_right"] == 3 and came["right_again"] == "2026-06"
    assert came["right_again_full"] == "2026-07"


def test_debts_view_shows_the_debt_to_the_gemeente():
    r = api.calculate(seed(), timeline=False)
    claim = r["gemeente_debts"][0]
    assert claim["amount"] == pytest.approx(SEED_RECLAIM, abs=0.01) and claim["from"] == "2026-03"
    text = " ".join(r["gemeente_debts_text"])
    assert "Schuld aan de gemeente zonder de baan: € 9.864,38 te veel betaalde bijstand (maart 2026 t/m september " \
           "2026" in text
    assert "Met de baan: geen schuld aan de gemeente" in text and r["gemeente_debts"][0]["with_job"]["amount"] == 0
    assert "€ 70,97 per maand (art. 60). Dat duurt 139 maanden" in text and "boete" in text
    client = " ".join(r["asset_client_text"])
    assert "Het is in november 2026 weg uit uw huishouden" in client
    assert "de hele maand vanaf december 2026" in client and "Eerst moet zij kijken hoeveel het u te verwijten" \
        in client


def test_a_car_above_the_limit_is_not_lived_on():
    # The excess is the car (46.000 > 8.000) and there is nothing saved: not "u leeft van uw spaargeld" but selling
    # it, or bijstand as a loan until it is sold (art. 48 lid 2).
    case = seed(back=None, job=False)
    case["assets"]["savings"] = 0.0
    notes = {e["month"]: e["notes"] for e in api.calculate(case)["timeline"]}["2026-04"]
    assert any("een auto of ander bezit" in n for n in notes)
    assert not any("spaargeld" in n for n in notes)
    # A gift of money above the limit is lived on (tests/engine/test_assets.py: 10.300 in March).
    gift = {"format": "werktloont-case/1", "date": "2026-02-15", "household": {"adults": [{"age": 22}]},
            "assets": {"savings": 300.0, "changes": [{"month": "2026-03", "kind": "gift", "value": 10000.0,
                                                       "reported": True}]}}
    notes = {e["month"]: e["notes"] for e in api.calculate(gift)["timeline"]}["2026-03"]
    assert any("u leeft van uw spaargeld" in n for n in notes)


def test_phases_named_after_the_vrijlating_only_with_bijstand():
    # Art. 31 lid 2 n applies "voor zover hij algemene bijstand ontvangt": the seed's 24 h leave no bijstand (the car
    # blocks it), so no phase is named after the vrijlating.
    r = calculate(seed(back=None))
    assert not [p for p in r["gain_phases"] if p["reason"].startswith("vrijlating_")]


def test_a_change_in_an_earlier_year_than_the_case_year():
    # Entered in June 2027 for a car of 2025-03, found 2025-10: the months lie before the projection's January and are
    # computed with their own parameters. Art. 21 a: 1.345,45 (geldend 2025-01-01), 1.369,06 (2025-07-01):
    # 4 x 1.345,45 + 3 x 1.369,06 = 5.381,80 + 4.107,18 = 9.488,98 (art. 58 lid 1).
    case = {"format": "werktloont-case/1", "date": "2027-06-01", "household": {"adults": [{"age": 30}]},
            "assets": {"changes": [{"month": "2025-03", "kind": "auto", "value": 46000.0, "discovered": "2025-10"}]}}
    ev = calculate(case, timeline=False)["asset_events"][0]
    assert ev["months_overpaid"] == 7 and ev["overpaid_months"][0] == "2025-03"
    assert ev["reclaim_net"] == pytest.approx(4 * 1345.45 + 3 * 1369.06, abs=0.01)
    assert ev["right_again"] is None  # the car still counts
