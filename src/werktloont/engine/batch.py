"""Batch: many cases, each read from its own projection exactly as `calculate` reads it; a bad case never stops the
rest. A line of the batch is the result of `calculate` without the per-component explanations and the month
entries (the answer keys are all there: the first month, the phases, the headline, assets, debts, actions)."""

from __future__ import annotations

from werktloont.engine.calculate import calculate
from werktloont.errors import WerktloontError
from werktloont.params import load_pack

LEFT_OUT = ("explanations", "timeline")  # per-month detail and words: `calc` and `timeline` give them


def one(data, pack, line: int) -> dict:
    """The batch line of one case: its answer, or {"error": <Dutch message naming the field>, "line": n}."""
    try:
        result = calculate(data, pack=pack, timeline=False, explanations=False)
    except WerktloontError as exc:
        return {"error": str(exc), "line": line}
    except (ValueError, TypeError, RecursionError, OverflowError) as exc:  # a hostile case, never the batch
        return {"error": f"Deze casus kan niet worden gelezen ({type(exc).__name__}).", "line": line}
    except Exception as exc:  # a fault in the program for one case must not cost the other lines
        return {"error": "Deze casus kon niet worden berekend door een fout in het programma "
                         f"({type(exc).__name__}); de andere regels zijn wel berekend.", "line": line}
    for key in LEFT_OUT:
        result.pop(key, None)
    return result


def batch(cases: list, pack=None) -> list[dict]:
    """One result per case, in order (see the module docstring)."""
    pack = pack or load_pack()
    return [one(data, pack, i + 1) for i, data in enumerate(cases)]
