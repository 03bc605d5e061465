"""A curve in the job's first month of a case given on its own projects only the months up to that month; it must
be the curve the whole projection gives (a month never depends on later months). Generated households, with cars
that come during the window and jobs that start later, both ways."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.engine.test_one_answer import cases
from werktloont.engine import calculate
from werktloont.engine.curve import curve
from werktloont.engine.prepared import prepare
from werktloont.errors import MissingParameterError


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(), discovered_later=st.booleans())
def test_first_month_curve_from_the_short_projection_equals_the_whole_one(case, discovered_later):
    for change in case["assets"].get("changes", []):
        if discovered_later:  # not reported, found out a year later: a reclaim after the first month
            y, m = (int(x) for x in change["month"].split("-"))
            change.update(reported=False, discovered=f"{y + 1:04d}-{m:02d}")
    alone = prepare(case)
    short = _curve(alone)
    assert (id(alone), None) not in calculate._CACHE  # the whole projection was not made for it
    known = prepare(case)
    try:
        calculate.projection(known)  # as the window does: the answer first, then the curves
    except MissingParameterError:
        return  # a later month needs a value that is unknown: no answer to compare with
    assert _curve(known) == short


def _curve(prepared) -> dict | tuple:
    """The curve over 0-40 hours, or the parameter it stops at (higher hours may reach an income where a value
    is unknown, such as the 2025 childcare table: then both ways must stop at it)."""
    try:
        return curve(prepared, over="hours", start=0.0, stop=40.0, step=4.0)
    except MissingParameterError as exc:
        return ("missing", exc.param_id, exc.on)
