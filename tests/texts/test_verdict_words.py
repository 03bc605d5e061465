"""The verdict region's sentences come from werktloont.texts (one text system): the reason for a cliff or plateau at
the chosen hours, the asset note and the debts note, in Dutch and English; Qt's catalogue keeps only the window's
own labels for that region."""

import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT
from werktloont.texts.curve import hours_reason
from werktloont.texts.verdict import assets_note, before_debts

ZERO = {k: 0.0 for k in ("net_wage", "bijstand", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget",
                         "kinderopvangtoeslag", "municipal", "other_income", "childcare_costs", "travel_costs")}


def answer(with_job: dict, without: dict | None = None, schemes_with=(), schemes_without=()) -> dict:
    """A result with only what the reason reads: both situations and the municipal schemes' explanation."""
    def entry(situation, schemes):
        return {"component": "municipal", "situation": situation,
                "schemes": [{"id": sid, "label": label, "amount": amount} for sid, label, amount in schemes]}
    return {"without_job": {**ZERO, **(without or {})}, "with_job": {**ZERO, **with_job},
            "explanations": [entry("without_job", schemes_without), entry("with_job", schemes_with)]}


def test_a_cliff_names_the_hours_and_what_stops():
    # At 20 hours the household still has huurtoeslag 300 and the Stadspas; at 24 hours huurtoeslag 250, no pas.
    reference = answer({"huurtoeslag": 300.0, "municipal": 25.0}, schemes_with=[("pas", "Stadspas", 25.0)])
    now = answer({"huurtoeslag": 250.0, "municipal": 0.0}, schemes_with=[("pas", "Stadspas", 0.0)])
    curve = {"ranges": [{"kind": "cliff", "from": 20.0, "to": 24.5, "components": ["huurtoeslag", "municipal"]}]}
    assert hours_reason(now, curve, 24.0, reference, "nl") == (
        "Let op: met 20 uur per week houdt u meer over dan met 24 uur, vooral doordat uw huurtoeslag omlaag gaat en "
        "de stadspas stopt.")
    assert hours_reason(now, curve, 24.0, reference, "en") == (
        "Note: with 20 hours a week you keep more than with 24 hours, mainly because your rent allowance goes down "
        "and the stadspas stops.")
    assert hours_reason(now, curve, 25.0, reference, "nl") == ""  # outside the cliff


def test_a_cliff_from_zero_hours_compares_with_no_job_and_a_cost_goes_up():
    now = answer({"bijstand": 0.0, "travel_costs": 40.0}, without={"bijstand": 1401.5})
    curve = {"ranges": [{"kind": "cliff", "from": 0.0, "to": 8.0, "components": ["bijstand", "travel_costs"]}]}
    assert hours_reason(now, curve, 6.5, None, "nl") == "Dat komt vooral doordat de bijstand stopt en de reiskosten " \
                                                        "stijgen."
    assert hours_reason(now, curve, 6.5, None, "en") == "Mainly because your bijstand stops and the travel costs go up."


@pytest.mark.parametrize("lang,text", [
    ("nl", "Tussen 12 en 20,5 uur per week levert meer werken (bijna) niets op: wat u meer verdient, gaat van de "
           "bijstand of de toeslagen af."),
    ("en", "Between 12 and 20.5 hours a week, working more pays (almost) nothing: what you earn extra comes off "
           "bijstand or the allowances.")])
def test_a_plateau(lang, text):
    curve = {"ranges": [{"kind": "plateau", "from": 12.0, "to": 20.5}]}
    assert hours_reason(answer({}), curve, 16.0, None, lang) == text


def test_the_asset_and_debt_notes():
    at = {"counted": 46300.0, "limit": 8000.0}
    assert assets_note(at, "nl") == ("Let op: het vermogen (€ 46.300) is hoger dan de grens (€ 8.000). Daarom is er "
                                     "nu geen bijstand, ook zonder baan.")
    assert assets_note(at, "en").startswith("Note: the assets (€ 46.300) are above the limit (€ 8.000).")
    assert before_debts("en").startswith("This is before garnishment")


def test_qt_keeps_only_the_verdict_regions_own_labels():
    tree = ET.parse(ROOT / "resources" / "translations" / "werktloont_en.ts")
    context = next(c for c in tree.getroot() if c.findtext("name") == "VerdictPanel")
    sources = {m.findtext("source") for m in context.iter("message")}
    # Only what the region says without an answer (fill in, not valid, not complete); no sentence about a result.
    assert sources == {"Vul de gegevens links in.", "Nog geen uitkomst: de invoer klopt niet.",
                       "Nog geen uitkomst: vul eerst alles in.", "Nog niet ingevuld of beantwoord:"}
