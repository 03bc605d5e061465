"""Words for everything the core returns as codes and numbers, in Dutch (B1) or English.

The core (engine, rules, params, model) never imports this package; `werktloont.api`, the CLI, the window and the
report do. Modules: `components` (names per registry key), `explain` ("waarom?"), `timeline` (situations, notes,
warnings), `actions` (what to arrange), `curve` (cliffs and plateaus), `coverage` (what is not included),
`verdict` (whole-result sentences), `result` (render a result, projection or curve in place).
"""

from __future__ import annotations

from werktloont.texts.components import label, labels, lang_of, name, short
from werktloont.texts.result import render_batch_line, render_curve, render_projection, render_result

LANGUAGES = ("nl", "en")

__all__ = ["LANGUAGES", "label", "labels", "lang_of", "name", "render_batch_line", "render_curve", "render_projection",
           "render_result", "short"]
