"""The overlay format's bill per number of persons, cap on the remitted share and limit of the gehuwden norm,
with Rotterdam's published figures, the Dutch check messages, and the month pipeline using them."""

from datetime import date

import numpy as np
import pytest

from tests.conftest import ROOT, run_cli
from tests.gemeenten.conftest import scheme_at
from werktloont.params import gemeente_override
from werktloont.params.schema import Overlay
from werktloont.rules.gemeente import regelingen
from werktloont.rules.gemeente.regelingen import HOUSEHOLD_CODES

SRC = [{"title": "test", "url": "https://example.org"}]


def rotterdam_kwijtschelding(overlays):
    scheme = next(s for s in overlays["rotterdam"].schemes if s.kind == "kwijtschelding")
    return scheme.values["2024-01-01"]


# --- Rotterdam: rotterdam.nl, "Kwijtschelding afvalstoffenheffing aanvragen" (copy of November 2024): "U kunt voor
# 76,5 % van de rekening kwijtschelding aanvragen. De overige 23,5% moet u wel zelf betalen." Aantal op het adres
# ingeschreven personen | totaal rekening | bedrag kwijtschelding | te betalen:
#   1 | € 337,10 | € 257,88 | € 79,22;  2 | € 403,90 | € 308,98 | € 94,92;  3 of meer | € 437,30 | € 334,53 | € 102,77.
@pytest.mark.parametrize("persons,bill,remitted,to_pay", [
    (1, 337.10, 257.88, 79.22), (2, 403.90, 308.98, 94.92), (3, 437.30, 334.53, 102.77), (6, 437.30, 334.53, 102.77)])
def test_rotterdam_afvalstoffenheffing_per_persons_and_765_percent(overlays, persons, bill, remitted, to_pay):
    v = rotterdam_kwijtschelding(overlays)
    code = HOUSEHOLD_CODES["paar_met_kinderen" if persons > 2 else "alleenstaande"]
    got_bill = float(regelingen.full_amount(v, code, persons=persons)) * 12
    assert got_bill == pytest.approx(bill)
    assert round(float(regelingen.capped(v, got_bill)), 2) == remitted
    assert round(got_bill - round(float(regelingen.capped(v, got_bill)), 2), 2) == to_pay


def test_rotterdam_kwijtschelding_counts_as_nothing_until_the_norm_is_known(overlays):
    # The bill and the 76,5 % are recorded, the kostennorm of the verordening is not: no amount, and the reason.
    on = date(2024, 7, 1)
    assert not [a for a in regelingen.active_schemes(overlays["rotterdam"], on) if a.scheme.kind == "kwijtschelding"]
    why = dict((s.id, w) for s, w in regelingen.unknown_schemes(overlays["rotterdam"], on))["kwijtschelding"]
    assert "kostennorm" in why
    # The 2024 bills are not carried into 2025.
    why_2025 = dict((s.id, w) for s, w in regelingen.unknown_schemes(overlays["rotterdam"], date(2025, 3, 1)))
    assert "2025" in why_2025["kwijtschelding"]


def test_rotterdam_iit_limit_is_130_percent_of_the_gehuwden_norm_for_every_household(overlays):
    # rotterdam.nl, "Individuele inkomenstoeslag aanvragen": € 120; "Uw inkomen was afgelopen 12 maanden lager dan
    # 130% van het minimumloon"; grensbedrag 1-1-2023 tot 1-7-2023 € 2.220,50, one amount for every household.
    # Norm gehuwden 1-1-2023 (PW art. 21 b): € 1.708,08; 130 % = 2.220,50. Single norm then € 1.195,66.
    a = scheme_at(overlays["rotterdam"], "individuele_inkomenstoeslag", "2023-03-01")
    _, limit, _ = regelingen.tested_income_and_limit(a.value, 0.0, 1195.66, couple_norm=1708.08)
    assert float(limit) == pytest.approx(2220.50, abs=0.01)

    def yearly(household, income, norm):
        m = regelingen.regeling(a, household_code=HOUSEHOLD_CODES[household], client_age=35, income=income,
                                norm_amount=norm, assets_ok_bijstand=True, counted_assets=0.0, couple_norm=1708.08)
        return round(float(m) * 12, 2)

    # A single with € 2.000 a month: above 130 % of the single norm (1.554,36), below the grensbedrag: € 120.
    assert yearly("alleenstaande", 2000.0, 1195.66) == 120.0
    assert yearly("paar", 2220.50, 1708.08) == 120.0
    assert yearly("alleenstaande", 2221.0, 1195.66) == 0.0


def test_rotterdam_iit_2025_is_unknown_with_the_conflicting_leads(overlays):
    why = dict((s.id, w) for s, w in regelingen.unknown_schemes(overlays["rotterdam"], date(2025, 9, 1)))
    assert "CVDR741634" in why["individuele_inkomenstoeslag"] and "350" in why["individuele_inkomenstoeslag"]


# --- The rules, with a test municipality (hand calculations).
def kw_overlay(**value) -> Overlay:
    v = {"income_limit_pct": 100, "amounts_by_persons": {1: 300, 2: 360, 3: 420}, "remission_cap_pct": 75,
         "norm_pct": 100, "capacity_share_pct": 80, "sources": SRC, "confidence": "low"}
    v.update(value)
    return Overlay.model_validate({
        "format": "werktloont-gemeente/1", "gemeente": "testkw", "label": {"nl": "Testkw", "en": "Testkw"},
        "example": False, "version": "2026.12.1", "last_verified": "2026-11-29",
        "schemes": [{"id": "kw", "kind": "kwijtschelding", "label": {"nl": "Kw", "en": "Kw"},
                     "household_types": ["alleenstaande", "alleenstaande_ouder", "paar", "paar_met_kinderen"],
                     "values": {"2026-01-01": v}}]})


def kw_year(income: float, persons: int, norm: float = 1000.0, **value) -> float:
    a = regelingen.active_schemes(kw_overlay(**value), date(2026, 6, 1))[0]
    m = regelingen.regeling(a, household_code=0, client_age=40, income=income, norm_amount=norm,
                            assets_ok_bijstand=True, counted_assets=0.0, persons=persons)
    return round(float(m) * 12, 2)


def test_cap_and_capacity_together():
    # 2 persons: bill € 360 a year, at most 75 % = € 270 remitted. Income at the norm: no capacity, € 270.
    assert kw_year(1000.0, 2) == 270.0
    # Income € 1.010: capacity 80 % x 10 x 12 = € 96; the bill less the capacity is 264 < 270: € 264.
    assert kw_year(1010.0, 2) == 264.0
    # Income € 1.030: capacity 80 % x 30 x 12 = € 288; 360 - 288 = € 72.
    assert kw_year(1030.0, 2) == 72.0
    # 5 persons: the last key (3 or more), bill € 420, 75 % = € 315.
    assert kw_year(1000.0, 5) == 315.0
    # Without a cap the whole bill: € 420.
    assert kw_year(1000.0, 3, remission_cap_pct=None) == 420.0


def test_cap_never_negative_and_monotone():
    got = [kw_year(float(x), 3) for x in np.linspace(900, 1100, 41)]
    assert min(got) >= 0 and all(b <= a + 1e-9 for a, b in zip(got, got[1:]))


# --- The check messages (Dutch, naming scheme, field and date).
def _write(tmp_path, text: str):
    path = tmp_path / "rotterdam.yaml"
    path.write_text(text, encoding="utf-8")
    return run_cli("gemeente", "check", path)


ROTTERDAM = (ROOT / "parameters" / "gemeenten" / "rotterdam.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("old,new,words", [
    ("{1: 337.10, 2: 403.90, 3: 437.30}", "{2: 403.90, 3: 437.30}", ["1 persoon", "amounts_by_persons"]),
    ("{1: 337.10, 2: 403.90, 3: 437.30}", "{1: 337.10, 3: 437.30}", ["2 personen", "amounts_by_persons"]),
    ("remission_cap_pct: 76.5", "remission_cap_pct: 176.5", ["remission_cap_pct", "100"]),
    ("        remission_cap_pct: 76.5\n",
     "        remission_cap_pct: 76.5\n        income_limit_basis: norm_gehuwden\n",
     ["income_limit_basis", "kwijtschelding"]),
    ("        amount: 120\n", "        amount: 120\n        remission_cap_pct: 50\n",
     ["remission_cap_pct", "alleen bij kwijtschelding"]),
])
def test_check_messages_name_scheme_field_and_date(tmp_path, old, new, words):
    assert old in ROTTERDAM
    r = _write(tmp_path, ROTTERDAM.replace(old, new, 1))
    assert r.returncode != 0
    for w in words:
        assert w in r.stderr, r.stderr
    assert ("2024-01-01" in r.stderr or "2023-01-01" in r.stderr)


def test_persons_table_and_amount_together_is_refused(tmp_path):
    cap = "        remission_cap_pct: 76.5\n"
    text = ROTTERDAM.replace(cap, cap + "        amount: 300\n")
    r = _write(tmp_path, text.replace('        unknown: "De kostennorm', '        note: "De kostennorm', 1))
    assert r.returncode != 0 and "kies één" in r.stderr and "kwijtschelding" in r.stderr


def test_list_shows_the_limit_of_the_gehuwden_norm_and_the_recorded_bill():
    r = run_cli("gemeente", "list", "--datum", "2025-03-01")
    assert r.returncode == 0, r.stderr
    assert "130 % van de norm voor gehuwden, voor elk huishouden" in r.stdout
    r = run_cli("gemeente", "list", "--datum", "2024-07-01")
    assert "ONBEKEND" in r.stdout
    assert "(vastgelegd: 1 persoon € 337,10; 2 personen € 403,90; 3 of meer personen € 437,30 per jaar " \
           "(ten hoogste 76,5 % daarvan kwijtgescholden))" in r.stdout


# --- Through the month pipeline: the persons on the address and the gehuwden norm reach the schemes.
@pytest.fixture()
def user_overlay(tmp_path, monkeypatch):
    gemeente_override.clear_cache()
    monkeypatch.delenv("WERKTLOONT_PARAMETERS", raising=False)
    monkeypatch.setattr(gemeente_override, "candidate_dirs", lambda: [tmp_path])
    yield tmp_path
    gemeente_override.clear_cache()


def _scheme(result, scheme_id, situation="without_job"):
    for e in result["explanations"]:
        if e["component"] == "municipal" and e["situation"] == situation:
            return next(s for s in e["schemes"] if s["id"] == scheme_id)
    raise AssertionError("no municipal explanation")


def test_pipeline_uses_persons_on_the_address(user_overlay):
    import yaml

    from werktloont import api

    data = kw_overlay().model_dump(mode="json", exclude_none=True)
    (user_overlay / "testkw.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    base = {"format": "werktloont-case/1", "date": "2026-03-01", "municipality": "testkw", "job": None}
    # A couple with one child on bijstand: 3 persons, income at the norm, so the capped bill: 75 % x 420 / 12.
    couple = dict(base, household={"adults": [{"age": 35}, {"age": 35}], "children": [{"age": 8}]})
    assert _scheme(api.calculate(couple, timeline=False), "kw")["amount"] == pytest.approx(26.25)
    # A single person: 1 person, 75 % x 300 / 12 = € 18,75.
    single = dict(base, household={"adults": [{"age": 35}]})
    assert _scheme(api.calculate(single, timeline=False), "kw")["amount"] == pytest.approx(18.75)


def test_pipeline_tests_rotterdam_iit_against_the_gehuwden_norm():
    from werktloont import api

    # 1 March 2025, a single person in Rotterdam: the limit is 130 % of the gehuwden norm of 1-1-2025 (PW art. 21 b,
    # € 1.922,07): 2.498,69, not 130 % of the single norm.
    case = {"format": "werktloont-case/1", "date": "2025-03-01", "municipality": "rotterdam", "job": None,
            "household": {"adults": [{"age": 35}]}}
    entry = _scheme(api.calculate(case, timeline=False), "individuele_inkomenstoeslag")
    assert entry["income_limit"] == pytest.approx(2498.69, abs=0.01)
    assert entry["amount"] == pytest.approx(10.0)
    # The explanation names the norm the percentage is of (not "de bijstandsnorm", which would be the single's).
    assert "grens van 130 % van de norm voor gehuwden (€ 2.498,69)" in entry["text"]
    en = _scheme(api.calculate(case, lang="en", timeline=False), "individuele_inkomenstoeslag")
    assert "130 % of the norm for married couples" in en["text"]


def test_loss_sentence_names_the_gehuwden_norm():
    from werktloont.texts.gemeente import loss_sentence

    label = {"nl": "Individuele inkomenstoeslag Rotterdam", "en": "Individual income supplement Rotterdam"}
    nl = loss_sentence(label, 10.0, 130, 36, "nl", "norm_gehuwden")
    assert nl.endswith("uw inkomen komt boven 130 % van de norm voor gehuwden.")
    assert loss_sentence(label, 10.0, 130, 36, "nl").endswith("130 % van de bijstandsnorm.")
    assert "130 % of the norm for married couples" in loss_sentence(label, 10.0, 130, 36, "en", "norm_gehuwden")


def test_amsterdam_has_no_known_amount_and_says_why_per_scheme(overlays):
    # No 2025-2026 amount was found in a publication of the gemeente Amsterdam (searched 2026-11-29): every scheme
    # is unknown with its reason, the collective health insurance included, and nothing is counted.
    on = date(2026, 7, 1)
    assert regelingen.active_schemes(overlays["amsterdam"], on) == []
    why = dict((s.id, w) for s, w in regelingen.unknown_schemes(overlays["amsterdam"], on))
    assert set(why) == {"individuele_inkomenstoeslag", "stadspas", "collectieve_zorgverzekering"}
    assert "AV Amsterdam" in why["collectieve_zorgverzekering"] and "CVDR734407" in why["individuele_inkomenstoeslag"]
