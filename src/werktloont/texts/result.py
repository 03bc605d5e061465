"""Render the engine's codes into words, in place, for one language.

    render_result(result, lang)       # werktloont-result/1: explanations, timeline, actions
    render_projection(projection, lang)  # {"entries", "summary"} of the timeline
    render_curve(curve, lang)         # werktloont-curve/1: the ranges' "text"

Tolerant by design: where the engine gives codes, the words are (re)made from them; where it gives no codes (an
older engine that still writes text), the text is left as it is.
"""

from __future__ import annotations

from werktloont.texts import actions as _actions
from werktloont.texts import assets as _assets
from werktloont.texts import curve as _curve
from werktloont.texts import debts as _debts
from werktloont.texts import explain as _explain
from werktloont.texts import followup as _followup
from werktloont.texts import gemeente as _gemeente
from werktloont.texts import timeline as _timeline
from werktloont.texts import verdict as _verdict
from werktloont.texts.components import is_en
from werktloont.texts.dates import date_words


def render_entry(entry: dict, lang: str = "nl") -> dict:
    """One timeline month: `situation_text` (also for `stay`) and `notes` from `note_codes`."""
    if "situation" in entry:
        entry["situation_text"] = _timeline.situation(entry["situation"], lang)
    stay = entry.get("stay")
    if isinstance(stay, dict) and "situation" in stay:
        stay["situation_text"] = _timeline.situation(stay["situation"], lang)
    if "note_codes" in entry:
        entry["notes"] = [_timeline.month_note(c, lang) for c in entry["note_codes"]]
    return entry


def render_entries(entries: list[dict], lang: str = "nl") -> list[dict]:
    for e in entries:
        render_entry(e, lang)
    return entries


def render_actions(codes: list[dict], lang: str = "nl") -> list[str]:
    return [_actions.action(c, lang) for c in codes]


def render_summary(summary: dict, lang: str = "nl") -> dict:
    if "note_codes" in summary:
        summary["notes"] = [_timeline.summary_note(c, lang) for c in summary["note_codes"]]
    for w in summary.get("warnings", ()):
        if "code" in w:
            w["text"] = _timeline.warning(w, lang)
    for row in summary.get("asset_scenarios", ()):
        if "scenario" in row:
            row["label"] = _timeline.asset_scenario(row["scenario"], lang)
    if "action_codes" in summary:
        summary["actions"] = render_actions(summary["action_codes"], lang)
    return summary


def render_projection(projection: dict, lang: str = "nl") -> dict:
    render_entries(projection.get("entries", []), lang)
    if "summary" in projection:
        render_summary(projection["summary"], lang)
    return projection


def render_result(result: dict, lang: str = "nl") -> dict:
    for e in result.get("explanations", ()):
        _explain.render(e, lang)
    render_entries(result.get("timeline") or [], lang)
    if "action_codes" in result:
        result["actions"] = render_actions(result["action_codes"], lang)
    _assets.render(result, lang)  # asset test kind, asset events and scenarios, the client text
    _debts.render(result, lang)  # beslag, the beslagvrije voet, what goes to the creditors
    for m in result.get("missing", ()):  # what could not be computed, and why
        m["text"] = missing_text(m, lang)
    _followup.render(result, lang)  # the cash calendar, the gap before the first wage, the follow-up plan
    if "headline" in result:  # the answer's sentence: every view shows this one
        result["headline_text"] = _verdict.headline(result, lang)
    losses = _gemeente.scheme_losses(result, lang)  # "met deze baan verliest u de stadspas van ..."
    if losses:
        result["scheme_losses"] = losses
    return result


def render_batch_line(line: dict, lang: str = "nl") -> dict:
    """A batch line: the words that are cheap and that a line carries as `calculate` does - the actions and the
    answer's sentence; the rest stays codes and numbers (a batch is about speed)."""
    if "action_codes" in line:
        line["actions"] = render_actions(line["action_codes"], lang)
    if "headline" in line:
        line["headline_text"] = _verdict.headline(line, lang)
    return line


def missing_text(m: dict, lang: str = "nl") -> str:
    """A part of the result left out because a parameter is not known, and what still stands (the day in words)."""
    day = date_words(m["on"], lang)
    if m.get("code") == "toeslagen_cash":
        if is_en(lang):
            return (f"The toeslagen advance (voorschot) on your income estimate and its settlement are left out: the "
                    f"value '{m['parameter']}' is not known on {day}. The amounts per month are complete.")
        return (f"Het voorschot van de toeslagen op uw inkomensschatting en de afrekening ontbreken: de waarde "
                f"'{m['parameter']}' is niet bekend op {day}. De bedragen per maand zijn wel volledig.")
    if is_en(lang):
        return (f"The month-by-month projection is left out: the value '{m['parameter']}' is not known on "
                f"{day}. The amounts per month above are complete.")
    return (f"De maanden vooruit ontbreken: de waarde '{m['parameter']}' is niet bekend op {day}. "
            "De bedragen per maand hierboven zijn wel volledig.")


def render_curve(curve: dict, lang: str = "nl") -> dict:
    """The sentence of every cliff and plateau; ranges with the same codes get the same sentence, made once (a
    6.001-point curve has a hundred ranges or more, of a few kinds)."""
    made: dict = {}
    for r in curve.get("ranges", ()):
        if "schemes" in r:  # a range that names schemes gets its own sentence
            text = _curve.range_text(r, lang)
        else:
            key = (r.get("kind"), "components" in r, tuple(r.get("components", ())), r.get("while_bijstand"))
            text = made.get(key, made)  # `made` itself: not made yet (a sentence may be None)
            if text is made:
                text = made[key] = _curve.range_text(r, lang)
        if text is not None:
            r["text"] = text
    return curve
