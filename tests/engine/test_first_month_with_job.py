"""The window's reason under the verdict compares the better point before a cliff with the job now. That point's
first month with the job comes from `api.first_month_with_job` (the months up to it only), not from a whole second
answer: it must be `calculate`'s first month at those hours, so the reason says the same words (Dutch and English).
Generated households, municipalities with schemes, other hours."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.engine.test_one_answer import cases
from werktloont import api
from werktloont.engine import calculate as engine_calculate
from werktloont.errors import MissingParameterError
from werktloont.texts.components import in_lang
from werktloont.texts.curve import hours_reason

# Municipalities whose schemes stop at an income limit (and none): the reason names the schemes that stop.
MUNICIPALITIES = (None, "voorbeeldgemeente", "rotterdam", "amsterdam", "utrecht", "den_haag", "tilburg")
HOURS = [h / 2 for h in range(1, 81)]  # the window's hours axis: 0,5 to 40 in steps of 0,5


def _municipal_schemes(answer: dict, lang: str) -> list[tuple]:
    entry = next((e for e in answer["explanations"] if e["component"] == "municipal"
                  and e["situation"] == "with_job"), {})
    return [(s["id"], in_lang(s["label"], lang), s["amount"]) for s in entry.get("schemes", [])]


def _both_references(case: dict, hours: float, lang: str):
    """The whole answer at other hours (as the window took it before) and the first month alone; None when a value
    the answer needs is unknown (then the window has no reason line to give either)."""
    prepared = api.prepare(case)
    try:
        full = api.calculate(prepared.with_hours(hours), lang=lang, timeline=False)
    except MissingParameterError:
        return None
    return full, api.first_month_with_job(prepared, hours)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), municipality=st.sampled_from(MUNICIPALITIES), at=st.sampled_from(HOURS),
       lang=st.sampled_from(("nl", "en")))
def test_the_first_month_alone_is_the_whole_answers_first_month(case, municipality, at, lang):
    if municipality:
        case["municipality"] = municipality
    prepared = api.prepare(case)
    try:
        now = api.calculate(prepared, lang=lang, timeline=False)
    except MissingParameterError:
        return
    both = _both_references(case, at, lang)
    if both is None:
        return
    full, cheap = both
    assert cheap["with_job"] == full["with_job"]
    assert _municipal_schemes(cheap, lang) == _municipal_schemes(full, lang)
    h = float(case["job"]["hours_per_week"])
    if at >= h:
        return
    # A cliff from `at` to the hours now, named after each component in turn (with the municipal schemes, which
    # are named one by one): the reason reads every amount of the reference. The window's answers are all in its
    # language (the whole answer's scheme labels are words in `lang`).
    for key in api.COMPONENTS:
        if key == "disposable":
            continue
        curve = {"ranges": [{"kind": "cliff", "from": at, "to": h, "components": [key, "municipal"]}]}
        assert hours_reason(now, curve, h, cheap, lang) == hours_reason(now, curve, h, full, lang)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), municipality=st.sampled_from(MUNICIPALITIES), view=st.sampled_from(("lasting", "first_month")))
def test_the_reason_at_every_cliff_of_the_hours_curve_is_the_same(case, municipality, view):
    """The cliffs a curve really has (both views), at every hours inside them: the same sentence either way."""
    if municipality:
        case["municipality"] = municipality
    prepared = api.prepare(case)
    try:
        curves = {lang: api.curve(prepared, "hours", 0.0, 40.0, 0.5, lang=lang, view=view) for lang in ("nl", "en")}
    except MissingParameterError:
        return
    for cliff in (r for r in curves["nl"]["ranges"] if r["kind"] == "cliff" and r["from"] > 0):
        inside = [x for x in HOURS if cliff["from"] < x <= cliff["to"]]
        for lang in ("nl", "en"):
            both = _both_references(case, cliff["from"], lang)
            if both is None:
                continue
            full, cheap = both
            for h in inside[:: max(1, len(inside) // 3)]:
                now = api.calculate(prepared.with_hours(h), lang=lang, timeline=False)
                assert (hours_reason(now, curves[lang], h, cheap, lang)
                        == hours_reason(now, curves[lang], h, full, lang))


def test_the_first_month_alone_computes_only_the_months_up_to_it():
    # The job starts in March 2026 (case month January): January, February and March, not the whole projection.
    case = {"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": [{"age": 35}]},
            "job": {"hours_per_week": 24, "start": "2026-03-01"}}
    prepared = api.prepare(case).with_hours(20.0)
    api.first_month_with_job(prepared)
    assert (id(prepared), None) not in engine_calculate._CACHE
    assert (id(prepared), ("first month", 3)) in engine_calculate._CACHE


@pytest.fixture
def cliff_case() -> dict:
    # Voorbeeldgemeente (fictitious, parameters/gemeenten/voorbeeldgemeente.yaml): the stadspas (€ 300 a year,
    # € 300 / 12 = € 25,00 a month) up to 120 % of the bijstandsnorm. A couple of 25 at € 14,71 an hour: at 38 hours
    # the household keeps the pass, at 39 hours its income is above the limit, and the pass stops.
    return {"format": "werktloont-case/1", "date": "2026-01-01",
            "household": {"adults": [{"age": 25}, {"age": 25}], "rent": {"base_rent": 650.0}},
            "job": {"hourly_wage": 14.71, "hours_per_week": 39}, "municipality": "voorbeeldgemeente"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_window_compares_with_the_first_month_at_the_cliffs_start(qtbot, cliff_case, lang):
    """The reference is taken at the hours where the cliff starts (38), not at the hours now (39) nor next to them:
    there the pass is still paid, and the reason says it stops."""
    from werktloont.ui.state import AppState

    state = AppState(lang=lang)
    outcome = state.compute(cliff_case)
    cliff = next(r for r in outcome.hours["ranges"] if r["kind"] == "cliff" and r["from"] < 39 <= r["to"])
    assert cliff["from"] == 38.0
    reference = outcome.extra["cliff_reference"]
    pas = {"nl": "Stadspas (voorbeeld)", "en": "City pass (example)"}[lang]
    assert (pas, 25.0) in [(name, amount) for _id, name, amount in _municipal_schemes(reference, lang)]
    said = hours_reason(outcome.result, outcome.hours, 39.0, reference, lang)
    full = api.calculate(outcome.prepared.with_hours(38.0), lang=lang, timeline=False)
    assert said == hours_reason(outcome.result, outcome.hours, 39.0, full, lang)
    assert {"nl": "met 38 uur per week", "en": "with 38 hours a week"}[lang] in said
    assert {"nl": "de stadspas (voorbeeld) stopt", "en": "the city pass (example) stops"}[lang] in said
    # Taken at other hours, the reference would not say so: at 39 hours (now) and 38,5 the pass is already gone,
    # and at 31 hours the individuele inkomenstoeslag is paid too, which would be named as stopping as well.
    for wrong in (39.0, 38.5, 31.0):
        other = api.first_month_with_job(outcome.prepared, wrong)
        assert other["with_job"] != reference["with_job"]
        assert hours_reason(outcome.result, outcome.hours, 39.0, other, lang) != said
