"""Python API of werktloont: the same shapes as the CLI's JSON output.

    from werktloont import api
    api.calculate(case, lang="nl") -> dict            # werktloont-result/1, texts in `lang`
    api.toeslagen(input) -> dict                      # per toeslag {"per_month", "per_year"}
    api.curve(case, over, start, stop, step, lang="nl") -> dict
    api.project(case, lang="nl") -> dict              # the timeline: {"entries", "summary"}
    api.batch(cases) -> list[dict]
    api.prepare(case) -> PreparedCase                  # prepared once, passed to calculate, curve, solve
    api.solve(case, target_gain, view="lasting")       # fewest hours / lowest wage for a gain
    api.first_month_with_job(case, hours=None)         # calculate's with_job month only (the window's cliffs)
    api.minimum_wage(age, on, pack) -> float | None    # the legal minimum hourly wage
    api.COMPONENTS, INCOME, COSTS, COLOURS, ARTICLES    # the result's components (engine/components.py)
    api.unknown_schemes(case, pack) -> list            # the municipality's values marked unknown on the case date
The views (window, report, CLI) reach the engine only through this module.
Bad input raises werktloont.errors.InputError (a WerktloontError) with a Dutch message naming the field.

The engine answers in codes and numbers; this module adds the words (werktloont.texts) in the asked language.
"""

from __future__ import annotations

import copy

from werktloont.engine.calculate import calculate as _calculate
from werktloont.engine.components import ARTICLES, COLOURS, COMPONENTS, COSTS, INCOME, TOESLAGEN
from werktloont.engine.prepared import PreparedCase, prepare
from werktloont.engine.toeslagen import toeslagen as _toeslagen
from werktloont.texts import render_curve, render_projection, render_result

__all__ = ["ARTICLES", "COLOURS", "COMPONENTS", "COSTS", "INCOME", "TOESLAGEN", "PreparedCase", "batch", "calculate",
           "curve", "first_month_with_job", "minimum_wage", "prepare", "project", "refused_entries", "solve",
           "toeslagen", "unknown_schemes"]


def calculate(case, lang: str = "nl", timeline: bool = True, pack=None) -> dict:
    """timeline=False skips the 24-month projection (the result's "timeline" and "actions" stay empty).

    `refused` lists the files of the user's folders that were refused (a newer pack, a municipal overlay, the pack
    $WERKTLOONT_PARAMETERS names): {"kind": "pack" | "overlay" | "environment", "file", "name", "reason", "text"};
    the calculation used the bundled pack or overlay instead."""
    result = render_result(_calculate(case, pack=pack, timeline=timeline), lang)
    result["refused"] = refused_entries(lang, pack)
    return result


def refused_entries(lang: str = "nl", pack=None) -> list[dict]:
    """The refused files of the user's folders, with a sentence in `lang` (see calculate)."""
    from werktloont.params.refusals import refusals
    from werktloont.texts import refused

    return refused.render([r.as_dict() for r in refusals(pack)], lang)


def toeslagen(input: dict) -> dict:  # noqa: A002 - the name of the contract's parameter
    return _toeslagen(input)


def curve(case, over: str, start: float | None = None, stop: float | None = None,
          step: float | None = None, lang: str = "nl", pack=None, view: str = "first_month") -> dict:
    """`view`: "first_month" (month 1 of the job, the default) or "lasting" (after every temporary vrijlating)."""
    from werktloont.engine.curve import curve as _curve

    return render_curve(_curve(case, over=over, start=start, stop=stop, step=step, pack=pack, view=view), lang)


def project(case, lang: str = "nl", pack=None) -> dict:
    """The months ahead (24 by default), taking the job against staying on bijstand: entries and a summary (notes,
    actions, ...): the same projection `calculate` reads its answer from."""
    from werktloont.engine.calculate import projection
    from werktloont.engine.prepared import prepare

    return render_projection(copy.deepcopy(projection(prepare(case, pack)).as_dict()), lang)


def batch(cases: list[dict], lang: str = "nl") -> list[dict]:
    """One line per case: the result without the explanations and the month entries; its `actions` and its
    `headline_text` in words, as `calculate` gives them (the rest in codes and numbers)."""
    from werktloont.engine.batch import batch as _batch
    from werktloont.texts import render_batch_line

    return [render_batch_line(line, lang) for line in _batch(cases)]


def solve(case, target_gain: float = 0.0, pack=None, view: str = "lasting") -> dict:
    """Fewest hours (at the offered wage) and lowest hourly wage (at the offered hours) for a gain of at least
    `target_gain` a month, in the month the view reads from the projection."""
    from werktloont.engine.curve import solve as _solve

    return _solve(case, target_gain, pack=pack, view=view)


def first_month_with_job(case, hours: float | None = None, pack=None) -> dict:
    """The job's first month with the job, as `calculate` gives it, at `hours` a week instead of the offer's (None:
    the offer's): {"with_job": the components, "explanations": the municipal schemes' entry of that month, when
    there are schemes}. Codes and numbers (a scheme's label is {"nl", "en"}); the other keys of an answer are not
    computed, so it costs a fraction of `calculate` (the window compares the point before a cliff with it)."""
    from werktloont.engine.calculate import first_month_with_job as _first_month_with_job

    prepared = prepare(case, pack)
    if hours is not None:
        prepared = prepared.with_hours(hours)
    return _first_month_with_job(prepared)

def minimum_wage(age: int, on, pack) -> float | None:
    """The legal minimum hourly wage for an age on a day (Wet minimumloon art. 8-9), None when it is not known."""
    from werktloont.errors import WerktloontError
    from werktloont.rules.wet_minimumloon.minimumloon import minimumuurloon

    try:
        return float(minimumuurloon(age, pack.at(on).reg("minimumloon")))
    except WerktloontError:
        return None


def unknown_schemes(case, pack) -> list[tuple[dict, str]]:
    """The municipality's schemes whose amount on the case date is unknown: ({"nl", "en"} label, reason)."""
    from werktloont.params import gemeente_override
    from werktloont.rules.gemeente import regelingen

    overlay = gemeente_override.overlays(pack).get(case.municipality or "")
    if overlay is None:
        return []
    return [({"nl": s.label.nl, "en": s.label.en}, why) for s, why in regelingen.unknown_schemes(overlay, case.on)]
