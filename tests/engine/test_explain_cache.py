"""The explanations' parameter lists are kept per parameter day; adding the words of one language to an answer
never changes what the next answer gets (its labels stay {"nl", "en"}, in either language)."""

from __future__ import annotations

from werktloont import api
from werktloont.engine.calculate import calculate

CASE = {"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": [{"age": 35}]},
        "job": {"hours_per_week": 20, "hourly_wage": 15.0}}


def _labels(result: dict) -> list:
    return [p["label"] for e in result["explanations"] for p in e["parameters"]]


def test_words_of_one_answer_do_not_reach_the_next():
    english = api.calculate(CASE, lang="en")
    assert english["explanations"] and all(isinstance(label, str) for label in _labels(english))
    codes = calculate(CASE)
    labels = _labels(codes)
    assert labels and all(set(label) == {"nl", "en"} for label in labels)
    dutch = api.calculate(CASE, lang="nl")
    assert _labels(dutch) == [label["nl"] for label in labels]
