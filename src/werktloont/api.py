"""Python API of werktloont: the same shapes as the CLI's JSON output.

    from werktloont import api
    api.calculate(case) -> dict            # werktloont-result/1
    api.toeslagen(input) -> dict           # per toeslag {"per_month", "per_year"}
    api.curve(case, over, start, stop, step) -> dict
    api.batch(cases) -> list[dict]
Bad input raises werktloont.errors.InputError (a WerktloontError) with a Dutch message naming the field.
"""

from __future__ import annotations

from werktloont.engine.calculate import calculate as _calculate
from werktloont.engine.toeslagen import toeslagen as _toeslagen


def calculate(case: dict, lang: str = "nl", timeline: bool = True) -> dict:
    """timeline=False skips the 24-month projection (the result's "timeline" and "actions" stay empty)."""
    return _calculate(case, lang=lang, timeline=timeline)


def toeslagen(input: dict) -> dict:  # noqa: A002 - the issue names this parameter
    return _toeslagen(input)


def curve(case: dict, over: str, start: float | None = None, stop: float | None = None,
          step: float | None = None) -> dict:
    from werktloont.engine.curve import curve as _curve

    return _curve(case, over=over, start=start, stop=stop, step=step)


def batch(cases: list[dict]) -> list[dict]:
    from werktloont.engine.batch import batch as _batch

    return _batch(cases)
