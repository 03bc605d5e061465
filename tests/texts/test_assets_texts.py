"""Words for the boete and the repayment (texts/assets.py): the boete is possible, not automatic; what it depends on;
the client's own route. Amounts: the seed story of tests/engine/test_assets.py (9.864,38 reclaimed, art. 58)."""

from datetime import date

import pytest

from tests.engine.test_assets import seed
from werktloont import api
from werktloont.params import load_pack
from werktloont.rules.participatiewet.terugvordering import aflossing
from werktloont.texts.assets import repayment_text


def client_text(case, lang="nl"):
    return " ".join(api.calculate(case, timeline=False, lang=lang)["asset_client_text"])


def test_no_flat_boete_range_and_the_boete_is_not_automatic():
    text = client_text(seed())
    assert "Meestal krijgt u ook een boete" not in text
    assert "De gemeente kan een boete geven. Dat gaat niet vanzelf. Hoe hoog hangt af van" in text
    # Art. 2 lid 4: half without opzet or grove schuld, 50 % x 9.864,38 = 4.932,19; lid 5: a quarter 2.466,10.
    assert "Zonder opzet is de boete de helft: € 4.932,19" in text and "een kwart: € 2.466,10" in text
    # The client's route: report it now, ask for a lower boete or none, ask for help.
    assert "Meld het nu zelf, voordat de gemeente het ontdekt" in text
    assert "Vraag om een lagere boete of geen boete" in text and "Vraag hulp" in text
    en = client_text(seed(), "en")
    assert "The gemeente can give a fine. It does not come automatically." in en and "Meld" not in en


def test_mild_intellectual_disability_named_as_reduced_blame():
    case = seed()
    case["household"]["adults"][0]["verminderd_verwijtbaar_reden"] = "licht_verstandelijke_beperking"
    text = client_text(case)
    assert "Door uw licht verstandelijke beperking valt het u minder te verwijten (Boetebesluit art. 2a lid 2)" in text
    assert "een kwart: € 2.466,10" in text


def test_reported_himself_warning_possible_and_no_report_now_advice():
    case = seed(discovered="2026-04")
    case["assets"]["changes"][0]["reported_self"] = True
    r = api.calculate(case, timeline=False)
    text = " ".join(r["asset_client_text"])
    assert "Een schriftelijke waarschuwing in plaats van een boete kan (art. 18a lid 4)" in text
    assert "Meld het nu zelf" not in text
    assert "zelf gemeld in april 2026" in r["asset_events"][0]["text"]


def test_repayment_words():
    # 9.864,38 at 70,97 a month: 139 months; after 120 months 1.347,98 left (tests/rules/test_terugvordering.py).
    p = load_pack().at(date(2026, 7, 1)).reg("bijstand")
    r = aflossing(vordering=9864.38, inkomen_per_maand=1419.46, beslagvrije_voet_per_maand=1348.49, bijstand=True,
                  p=p)
    text = " ".join(repayment_text(r))
    assert "van uw bijstand, alleen boven de beslagvrije voet: € 70,97 per maand (art. 60). Dat duurt 139 maanden" \
        in text
    assert "Na tien jaar betalen kan de gemeente de rest laten vallen (€ 1.347,98" in text
    assert "art. 58 lid 8" in text and "schuldhulp" in text
    assert "€ 70,97 a month" in " ".join(repayment_text(r, "en"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_scenario_lines_say_a_boete_is_possible(lang):
    r = api.calculate(seed(), timeline=False, lang=lang)
    lines = " ".join(s["text"] for s in r["asset_scenarios"])
    assert ("kan ook een boete geven" if lang == "nl" else "can add a fine") in lines


def test_the_amount_above_the_limit_is_the_answers():
    # Single, 35, in 2026: € 1.772 savings and a car of € 30.000 counted from the case month; the limit for a
    # single person is € 8.000 (Participatiewet art. 34 lid 3 a), so 31.772 - 8.000 = € 23.772 above it. The
    # sentence says the answer's `excess`, never an amount of its own.
    from werktloont.texts.assets import client_text as words

    case = {"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": [{"age": 35}]},
            "assets": {"savings": 1772.0, "car_value": 30000.0}, "job": {"hours_per_week": 24, "hourly_wage": 15.0}}
    result = api.calculate(case)
    keep = next(s for s in result["asset_scenarios"] if s["scenario"] == "keep")
    assert (keep["counted"], keep["limit"], keep["excess"]) == (31772.0, 8000.0, 23772.0)
    assert "Met deze auto zit u € 23.772,00 boven de grens van € 8.000,00." in " ".join(words(result))
    keep["excess"] = 23771.99  # as a counted value a cent from a whole euro would give it
    assert "Met deze auto zit u € 23.771,99 boven de grens" in " ".join(words(result))
