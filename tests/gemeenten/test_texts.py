"""The cliff reason names the scheme: "met 22 uur verliest u de stadspas van Rotterdam"."""

from werktloont import api
from werktloont.texts.gemeente import kind, loss_sentence


def test_loss_sentence_names_scheme_hours_amount_and_limit():
    text = loss_sentence({"nl": "stadspas van Rotterdam", "en": "Rotterdam city pass"}, 25.0, 120, 22)
    assert text == ("Met 22 uur per week verliest u de stadspas van Rotterdam (€ 25,00 per maand): uw inkomen komt "
                    "boven 120 % van de bijstandsnorm.")
    en = loss_sentence({"nl": "stadspas van Rotterdam", "en": "Rotterdam city pass"}, 25.0, 120, 22, "en")
    assert en.startswith("With 22 hours a week you lose the Rotterdam city pass (€ 25,00 a month)")


def test_result_lists_the_schemes_lost_with_the_job():
    # Voorbeeldgemeente (fictitious): stadspas € 300 a year up to 120 % of the norm. Single parent 2026-01-01:
    # norm € 1.401,50, limit 1,20 x 1.401,50 = € 1.681,80; 22 hours at € 15 take the income above it.
    case = {"format": "werktloont-case/1", "date": "2026-01-01",
            "household": {"adults": [{"age": 35}], "children": [{"age": 4}]},
            "municipality": "voorbeeldgemeente", "job": {"hourly_wage": 15, "hours_per_week": 22}}
    losses = {x["id"]: x["text"] for x in api.calculate(case, timeline=False)["scheme_losses"]}
    assert losses["stadspas"] == ("Met deze baan verliest u de Stadspas (voorbeeld) (€ 25,00 per maand): uw inkomen "
                                  "komt boven 120 % van de bijstandsnorm.")


def test_kind_words():
    assert kind("collectieve_zorgverzekering") == "collectieve zorgverzekering"
    assert kind("kwijtschelding", "en") == "municipal tax remission"


def test_curve_cliff_names_the_scheme():
    # Voorbeeldgemeente (fictitious): the stadspas stops above 120 % of the norm (single parent 2026: € 1.681,80),
    # which makes a cliff on the hours curve; its reason names the pass instead of "de gemeentelijke regelingen".
    case = {"format": "werktloont-case/1", "date": "2026-01-01",
            "household": {"adults": [{"age": 35}], "children": [{"age": 4}]},
            "municipality": "voorbeeldgemeente", "job": {"hourly_wage": 15, "hours_per_week": 22}}
    cliffs = [r for r in api.curve(case, "hours")["ranges"] if r["kind"] == "cliff" and r.get("schemes")]
    stadspas = next(r for r in cliffs if [s["id"] for s in r["schemes"]] == ["stadspas"])
    assert "u de Stadspas (voorbeeld) verliest" in stadspas["text"]
    en = next(r for r in api.curve(case, "hours", lang="en")["ranges"] if r.get("schemes") == stadspas["schemes"])
    assert "you lose the City pass (example)" in en["text"]
