"""The reclaim of an unreported car per situation: art. 58 lid 1 Participatiewet reclaims only bijstand that was
paid, so taking the job the reclaim is the bijstand the job scenario was paid in the months the car was not
reported, not the bijstand of staying. The boete's base (Boetebesluit art. 2: a share of the benadelingsbedrag) and
the repayment follow each situation's own claim; the words and the debts view say which is which.

Figures, with their source:
- bijstandsnorm alleenstaande 21+, Participatiewet art. 21 a, geldend 2026-01-01: € 1.401,50;
- inkomstenvrijlating art. 31 lid 2 n (from 27): 25 % of the net wage, at most € 285,00 a month (2026-01-01,
  parameters/bijstand.yaml);
- Boetebesluit socialezekerheidswetten art. 2 lid 2 and 4: opzet 100 %, neither opzet nor grove schuld 50 % of the
  benadelingsbedrag.
"""

import math

import pytest

from werktloont import api
from werktloont.engine.calculate import calculate

NORM = 1401.50
VRIJ_PCT, VRIJ_MAX = 0.25, 285.00

# 35, single; a car of 46.000 in his name from March 2026, not reported, found in October; given back in June (so it
# counted March-May). The offer: 16 hours from 1 April 2026 at the minimum wage.
CASE = {"format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 35}], "rent": {"base_rent": 600}},
        "assets": {"savings": 300, "changes": [
            {"month": "2026-03", "kind": "auto", "value": 46000, "reported": False, "discovered": "2026-10"},
            {"month": "2026-06", "kind": "auto", "value": 0, "reported": True}]},
        "job": {"hours_per_week": 16, "start": "2026-04-01"}}
# 22, single, the same car kept; the offer of 24 hours from March pays above the norm (the window's example).
ABOVE_NORM = {"format": "werktloont-case/1", "date": "2026-03-01",
              "household": {"adults": [{"age": 22}], "rent": {"base_rent": 600.0}},
              "assets": {"savings": 300.0, "changes": [{"month": "2026-03", "kind": "auto", "value": 46000.0,
                                                        "reported": False, "discovered": "2026-10"}]},
              "job": {"hours_per_week": 24, "start": "2026-03-01", "contract_months": 12}}


def _bijstand_with_job(net: float) -> float:
    """Art. 31 lid 2 n: the norm less the net wage, of which 25 % (at most 285) stays free; in cents."""
    return round(NORM - net + min(VRIJ_PCT * net, VRIJ_MAX) + 1e-9, 2)


def test_the_job_scenario_reclaims_only_the_bijstand_it_was_paid():
    r = calculate(CASE)
    ev = r["asset_events"][0]
    # Staying: March, April and May at the norm: 3 x 1.401,50 = 4.204,50.
    assert ev["overpaid_months"] == ["2026-03", "2026-04", "2026-05"]
    assert ev["reclaim_net"] == pytest.approx(3 * NORM, abs=0.01)
    # Taking the job: March before the job (1.401,50), April and May with the wage. Net wage (with the vakantiegeld
    # share, as the bijstand counts it) 1.082,66: 1.401,50 - 1.082,66 + min(0,25 x 1.082,66 = 270,665, 285) =
    # 589,505 -> 589,51 a month. 1.401,50 + 2 x 589,51 = 2.580,52.
    net = {e["month"]: e["net_wage"] for e in r["timeline"]}
    assert net["2026-04"] == net["2026-05"] == pytest.approx(1082.66, abs=0.01)
    expected = NORM + _bijstand_with_job(net["2026-04"]) + _bijstand_with_job(net["2026-05"])
    assert expected == pytest.approx(2580.52, abs=0.01)
    job = ev["with_job"]
    assert job["overpaid_months"] == ["2026-03", "2026-04", "2026-05"] and job["months_overpaid"] == 3
    assert job["reclaim_net"] == pytest.approx(expected, abs=0.01)
    assert job["reclaim_gross"] > job["reclaim_net"]  # lid 5: gross after the calendar year
    # The boete's base is the job's own benadelingsbedrag: at most 100 % (opzet), likely 50 % = 1.290,26.
    assert job["boete_max"] == pytest.approx(2580.52, abs=0.01)
    assert job["boete"]["waarschijnlijk_bedrag"] == pytest.approx(1290.26, abs=0.01)
    assert ev["boete"]["waarschijnlijk_bedrag"] == pytest.approx(0.5 * 3 * NORM, abs=0.01)  # staying: 2.102,25


def test_the_repayment_with_the_job_is_of_the_jobs_own_claim():
    ev = calculate(CASE, timeline=False)["asset_events"][0]
    stay, job = ev["repayment"], ev["repayment"]["with_job"]
    assert stay["claim"] == pytest.approx(3 * NORM, abs=0.01) and job["claim"] == pytest.approx(2580.52, abs=0.01)
    assert ev["with_job"]["repayment"] == job
    # From November (the month after it was found), above the beslagvrije voet of the job scenario's income.
    assert job["month"] == "2026-11" and job["per_month"] > 0
    assert job["months"] == math.ceil(2580.52 / job["per_month"] - 1e-9)


def test_a_job_above_the_norm_reclaims_nothing():
    r = calculate(ABOVE_NORM, timeline=False)
    ev = r["asset_events"][0]
    assert ev["months_overpaid"] == 7  # staying: March-September
    assert ev["with_job"]["months_overpaid"] == 0 and ev["with_job"]["reclaim_net"] == 0.0
    assert ev["with_job"]["boete"] is None and ev["repayment"]["with_job"] is None
    assert r["gemeente_debts"][0]["with_job"]["amount"] == 0.0


def test_the_words_say_which_situation():
    r = api.calculate(CASE, timeline=False)
    client = " ".join(r["asset_client_text"])
    assert "Meldt u het niet en neemt u de baan niet? Dan betaalt u € 4.204,50 terug over 3 maanden" in client
    assert "Neemt u de baan? Dan betaalt u € 2.580,52 terug over 3 maanden" in client
    assert "Met de baan is de boete ten hoogste € 2.580,52, waarschijnlijk € 1.290,26." in client
    assert "Met de baan (€ 2.580,52 terugbetalen): € " in client
    debts = " ".join(r["gemeente_debts_text"])
    assert "Schuld aan de gemeente zonder de baan: € 4.204,50" in debts
    assert "Met de baan: € 2.580,52 te veel betaalde bijstand (maart 2026 t/m mei 2026, 3 maanden)" in debts
    above = api.calculate(ABOVE_NORM, timeline=False)
    text = " ".join(above["asset_client_text"])
    assert "Neemt u de baan? Dan krijgt u in die maanden geen bijstand. U betaalt dan niets terug" in text
    assert "Met de baan: € " not in text  # no repayment from the wage of a claim the job never had
    assert "Met de baan: in die maanden geen bijstand, niets terugbetalen" in above["asset_events"][0]["text"]
    en = api.calculate(CASE, timeline=False, lang="en")
    assert "Do you take the job? Then you pay back € 2.580,52 over 3 months" in " ".join(en["asset_client_text"])
