"""A view's month context is kept with its projection (the window asks both curves and the solver of one answer):
each prepared case gets its own: the month its answer reads (the first month, the month the headline names)."""

from __future__ import annotations

from werktloont.api import calculate, curve, prepare

# A single parent with a young child (vrijlating n, then r, then art. 34a from 2027) and a young single adult.
PARENT = {"format": "werktloont-case/1", "date": "2026-01-01",
          "household": {"adults": [{"age": 35}], "children": [{"age": 4}], "rent": {"base_rent": 700.0}},
          "job": {"hourly_wage": 15.0, "hours_per_week": 20}}
YOUNG = {"format": "werktloont-case/1", "date": "2026-01-01",
         "household": {"adults": [{"age": 24}], "rent": {"base_rent": 550.0}},
         "job": {"hourly_wage": 14.71, "hours_per_week": 24}}


def test_each_prepared_case_keeps_its_own_month_context():
    parent, young = prepare(PARENT), prepare(YOUNG)
    # The answer first, as the window asks: its months without the job in the job's first month and in the month the
    # headline names, read from the projection (not through a curve).
    answers = {id(p): calculate(p, timeline=False) for p in (parent, young)}
    assert answers[id(parent)]["headline_month"]["without_job"] != answers[id(young)]["headline_month"]["without_job"]
    for _ in range(2):  # asked again and again, alternately: each case's own month
        for p in (parent, young):
            r = answers[id(p)]
            for view, month in (("lasting", r["headline_month"]), ("first_month", r)):
                got = curve(p, "hours", 0.0, 40.0, 2.0, view=view)["baseline"]
                assert got == month["without_job"], view
