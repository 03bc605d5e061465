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


def _temporary(amount: float, months: int, **head) -> dict:
    """A hand-made answer for a temporary contract: only what the headline reads."""
    return {"headline": {"kind": "temporary", "amount": amount, "months": months, "from": "2026-04",
                         "contract_end": "2026-04", "then": ["no_job"], **head}, "gain_phases": []}


def test_a_one_month_contract_says_maand_and_an_average_says_gemiddeld():
    from werktloont.texts.verdict import headline

    assert headline(_temporary(300.0, 1), "nl") == ("Met deze baan heeft u € 300 per maand meer te besteden, 1 maand "
                                                    "lang; daarna weer bijstand.")
    assert "for 1 month;" in headline(_temporary(300.0, 1), "en")
    # Four months of 694 and one of 676: (4 x 694 + 676) / 5 = 690,40, said as an average.
    text = headline(_temporary(690.40, 5, average=True), "nl")
    assert text.startswith("Met deze baan heeft u gemiddeld € 690 per maand meer te besteden, 5 maanden lang")


def test_a_loss_over_the_whole_projection_is_said_after_a_good_contract():
    from werktloont.texts.verdict import headline

    # 3 months of + 200 (the contract), then 21 months of - 50 (say a zoektermijn and a repayment):
    # 3 x 200 - 21 x 50 = 600 - 1.050 = - 450 over 24 months, up to March 2028.
    answer = _temporary(200.0, 3, total=-450.0, total_months=24, total_to="2028-03")
    assert headline(answer, "nl").endswith(" Over alle 24 maanden tot en met maart 2028 samen heeft u € 450 minder "
                                           "dan zonder de baan.")
    answer["headline"]["total"] = 150.0
    assert "minder dan zonder de baan" not in headline(answer, "nl")


def test_with_beslag_the_headline_says_what_the_household_keeps():
    from werktloont.texts.verdict import headline

    # Lasting gain 977; under beslag 976,70 of it goes to the creditors, the household keeps 0,00 more.
    answer = {"headline": {"kind": "permanent", "amount": 977.0, "phase": 0, "lasting": True},
              "gain_phases": [{"from": "2026-04", "to": None, "gain_per_month": 977.0, "reason": "lasting"}],
              "debts": {"kind": "beslag", "gain_household": 0.0, "faster_repayment": 976.70}}
    assert headline(answer, "nl") == ("Met deze baan heeft u blijvend € 977 per maand meer te besteden. Door het "
                                      "beslag gaat daarvan € 977 per maand naar uw schuldeisers: u houdt zelf € 0 per "
                                      "maand meer over, en uw schuld is sneller afgelost.")
    answer["debts"]["kind"] = "msnp"
    assert "Because of the debt arrangement, € 977 a month" in headline(answer, "en")


def test_first_months_lower_than_the_lasting_gain_are_named():
    from werktloont.texts.verdict import headline

    # Five months of 284 (a vrijlating on a partner's job) before the lasting 420: 420 - 284 = 136 >= 10.
    answer = {"headline": {"kind": "permanent", "amount": 420.0, "phase": 2, "lasting": True, "earlier": [1]},
              "gain_phases": [{"from": "2026-01", "to": "2026-01", "gain_per_month": 0.0, "reason": "before_job"},
                              {"from": "2026-02", "to": "2026-06", "months": 5, "gain_per_month": 284.0,
                               "reason": "lasting"},
                              {"from": "2026-07", "to": None, "gain_per_month": 420.0, "reason": "lasting"}]}
    assert headline(answer, "nl") == ("Met deze baan heeft u blijvend € 420 per maand meer te besteden; de eerste 5 "
                                      "maanden € 284 per maand meer.")
    # A few euros (a norm indexed in July) are not worth the headline: 420 - 415 = 5 < 10.
    answer["gain_phases"][1]["gain_per_month"] = 415.0
    assert headline(answer, "nl") == "Met deze baan heeft u blijvend € 420 per maand meer te besteden."


def test_an_adult_who_turns_27_or_the_aow_age_within_the_calculation_is_told():
    from werktloont.api import calculate

    # 26 and 66 on 1 January 2026; the projection runs at least 24 months, so both have two birthdays in it:
    # 27 (the zoektermijn ends, art. 41 lid 4: under 27) and 67 (AOW age 2026, bijstand.yaml) are reached for sure.
    case = {"format": "werktloont-case/1", "date": "2026-01-01",
            "household": {"adults": [{"age": 26}, {"age": 66}]}, "job": {"hours_per_week": 24, "start": "2026-02-01"}}
    r = calculate(case, timeline=False)
    ages = {(n["who"], n["boundary"], n["what"], n["certain"]) for n in r["notices"] if n["code"] == "age_boundary"}
    assert ages == {(0, 27, "zoektermijn", True), (1, 67, "aow", True)}
    from werktloont.texts.notices import notice_lines

    assert any(line.startswith("U wordt 27 binnen deze berekening") for line in notice_lines(r, "nl"))
    assert any(line.startswith("Your partner will turn 67") for line in notice_lines(r, "en"))
    # 30 and 40: no age line is crossed in two years.
    case["household"]["adults"] = [{"age": 30}, {"age": 40}]
    assert not [n for n in calculate(case, timeline=False)["notices"] if n["code"] == "age_boundary"]
