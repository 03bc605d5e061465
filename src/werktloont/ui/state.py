"""AppState: the one place where the UI calls the engine. Regions send Case dicts in, results come out as signals.

The engine answers a whole case (both situations, two curves, the solver) in a few ms, so it runs on the GUI
thread behind a short debounce timer; a worker thread would only add copying and ordering problems. One keystroke
prepares the case once (engine.prepared.PreparedCase) and every calculation of that keystroke shares it.
"""

from __future__ import annotations

import gc
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from werktloont import api
from werktloont.api import PreparedCase, prepare
from werktloont.errors import InputError, MissingParameterError, WerktloontError
from werktloont.params import load_pack
from werktloont.texts import curve as curve_texts
from werktloont.texts.components import pick

log = logging.getLogger("werktloont.ui")


@contextmanager
def _collect_after():
    """Python's cycle collector waits until the answer is on screen: a keystroke allocates tens of thousands of
    objects, so it started a pass over the young objects about once per keystroke (and a longer one over the older
    generation every tenth), in the middle of it. Its passes come right after (the first allocation once it is on
    again); nothing is collected less, only later."""
    if not gc.isenabled():  # already waiting (a recompute inside a recompute), or switched off by the program
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()

HOURS_RANGE = (0.0, 40.0, 0.5)   # the slider's range; the engine's default step
WAGE_STEP = 0.05                 # euros; fine enough for a chart, 5x fewer points than the engine default


class Later:
    """A value made when it is first read, once; the Outcomes made from one keystroke's share it."""

    def __init__(self, make):
        self._make, self._value = make, None

    def get(self):
        if self._make is not None:
            self._value = self._make()  # raises again at the next read when it fails
            self._make = None
        return self._value

    @property
    def done(self) -> bool:
        return self._make is None


@dataclass(frozen=True)
class Outcome:
    """Everything the regions show for one case; immutable so regions cannot disturb each other."""

    case: dict
    prepared: PreparedCase
    result: dict
    hours: dict
    wage_curve: Later  # (the wage curve, the note when it stops below an unknown value, or None): see `wage`
    solved: dict | None
    minimum_wage: float | None
    lang: str
    extra: dict = field(default_factory=dict)

    @property
    def wage(self) -> dict:
        """The curve over the hourly wage. Only its chart shows it: on screen it is computed with the answer, behind
        its tab right after the answer is on screen (AppState.finish_timeline), or when the tab is opened first."""
        return self.wage_curve.get()[0]


class AppState(QObject):
    result_ready = Signal(object)      # Outcome
    input_error = Signal(str, str)     # field path, Dutch message from the engine
    failed = Signal(str)               # a calm message (already translated or from the engine, in Dutch)
    timeline_ready = Signal(object)    # the same Outcome, its result now with "timeline" and "actions"
    missing = Signal(str)              # a value only the timeline needs is unknown: what is left out (calm notice)
    timeline_failed = Signal(object)   # the Outcome, marked: its months could not be computed (extra["months"])
    incomplete = Signal(list)          # what the form must still have filled in or answered: no answer until then

    def __init__(self, lang: str = "nl", debounce_ms: int = 0, parent=None):
        super().__init__(parent)
        self.pack = load_pack()
        self.lang = lang
        self.case: dict | None = None
        self.missing_fields: list[str] = []  # not yet filled in or answered (the inputs' hint): then no answer
        self.outcome: Outcome | None = None
        self.solver_target: float | None = None
        # the charts and the solver show the lasting gain (after every temporary vrijlating) unless the
        # user asks for the first month; "lasting" or "first_month" (engine.curve.VIEWS).
        self.curve_view = "lasting"
        self.solver_view = "lasting"
        # Whether the wage chart is on screen: else its curve (about 1 ms) waits until the answer is (`Outcome.wage`).
        self.wage_shown = False
        # The last wage curve stopped below an unknown value: its note is on screen, so the next answer comes with
        # its curve (a note hidden with the answer and shown again after it would flicker at every keystroke).
        self._wage_note = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.recompute_now)
        # The 24-month timeline (about 4 ms) follows right after the first paint: a keystroke redraws sooner.
        self._timeline_timer = QTimer(self)
        self._timeline_timer.setSingleShot(True)
        self._timeline_timer.setInterval(0)
        self._timeline_timer.timeout.connect(self.finish_timeline)

    # --- pack facts the inputs need (no rule computed here, only looked up) ---
    def coverage(self) -> tuple[date, date]:
        return self.pack.coverage

    def municipalities(self) -> list[tuple[str, str]]:
        from werktloont.params import gemeente_override  # a newer overlay in the user's folder counts too

        return [(key, pick((ov.label.nl, ov.label.en), self.lang))
                for key, ov in sorted(gemeente_override.overlays(self.pack).items())]

    def minimum_wage(self, age: int, on: str) -> float | None:
        """The legal minimum hourly wage for this age on this date, from the minimumloon rule."""
        from werktloont.validation import parse_date

        day = parse_date(on)
        return None if day is None else api.minimum_wage(age, day, self.pack)

    # --- inputs ---
    def set_case(self, case: dict, missing: list[str] | None = None) -> None:
        """The case as the form shows it; `missing`: what it still lacks (then there is no answer, only a hint)."""
        self.case = case
        self.missing_fields = list(missing or [])
        # Several changes in one turn of the event loop (a held key, a dragged slider) are computed once, on the next
        # turn; the months of an answer that is about to be replaced are not computed at all.
        self._timeline_timer.stop()
        self._timer.start()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        if self.case is not None:
            self.recompute_now()

    def set_solver_target(self, amount: float | None) -> None:
        self.solver_target = amount
        if self.case is not None:
            self._timer.start()

    def set_curve_view(self, view: str) -> None:
        self.curve_view = view
        if self.case is not None:
            self.recompute_now()

    def set_solver_view(self, view: str) -> None:
        self.solver_view = view
        if self.case is not None:
            self.recompute_now()

    # --- the engine ---
    def compute(self, case: dict) -> Outcome:
        """One case through the engine; raises InputError / WerktloontError for the caller to show."""
        prepared = prepare(case, self.pack)
        job = prepared.job
        result = api.calculate(prepared, lang=self.lang, timeline=False)
        hours = api.curve(prepared, "hours", *HOURS_RANGE, lang=self.lang, view=self.curve_view)
        wage_now = job.hourly_wage if job else 0.0
        minimum = prepared.minimum_hourly_wage
        low = min(minimum, wage_now)
        high = max(40.0, wage_now * 1.5)
        lang, view = self.lang, self.curve_view
        wage = Later(lambda: self._wage_curve(prepared, low, high, wage_now, lang, view))
        missing: list[str] = []
        if self.wage_shown or self._wage_note:  # its chart is on screen (drawn with the answer), or its note
            note = wage.get()[1]
            self._wage_note = bool(note)
            if note:
                missing.append(note)
        solved = None
        if self.solver_target is not None:
            solved = api.solve(prepared, self.solver_target, view=self.solver_view)
        missing += [m["text"] for m in result.get("missing", ()) if m.get("text")]
        extra: dict = {"missing": missing} if missing else {}
        h = job.hours_per_week if job else 0.0
        cliff = next((r for r in hours["ranges"] if r["kind"] == "cliff" and r["from"] < h <= r["to"]), None)
        if cliff is not None and cliff["from"] > 0:
            # The verdict names what stops between the better point and this one, so it needs that point's first
            # month with the job too (only that month: a whole answer there doubled the engine time).
            extra["cliff_reference"] = api.first_month_with_job(prepared, cliff["from"])
        return Outcome(case=case, prepared=prepared, result=result, hours=hours, wage_curve=wage, solved=solved,
                       minimum_wage=minimum, lang=self.lang, extra=extra)

    def _wage_curve(self, prepared, low: float, high: float, wage_now: float, lang: str,
                    view: str) -> tuple[dict, str | None]:
        """The wage curve, and the note when it stops below the top of its range."""
        try:
            return api.curve(prepared, "wage", round(low, 2), round(high, 2), WAGE_STEP, lang=lang, view=view), None
        except MissingParameterError as exc:
            # a value only higher wages need is unknown (e.g. a 2025 toeslag table above an income):
            # the chart stops below it and says why, the rest of the result stands.
            wage = self._wage_curve_below(prepared, low, wage_now, exc, lang, view)
            return wage, curve_texts.wage_curve_stops(wage["x"][-1], exc.param_id, exc.on, lang)

    def _wage_curve_below(self, prepared, low: float, wage_now: float, exc: Exception, lang: str,
                          view: str) -> dict:
        """The widest wage curve up to the current wage that needs no unknown value (raises `exc` if none)."""
        for top in (wage_now * 1.25, wage_now * 1.1, wage_now + 1.0, max(wage_now, low)):
            try:
                return api.curve(prepared, "wage", round(low, 2), round(top, 2), WAGE_STEP, lang=lang, view=view)
            except MissingParameterError:
                continue
        raise exc

    def recompute_now(self) -> None:
        with _collect_after():
            self._recompute()

    def _recompute(self) -> None:
        self._timer.stop()
        if self.case is None:
            return
        if self.missing_fields:
            self.outcome = None  # nothing is invented: no answer for a case that is not filled in
            self.incomplete.emit(list(self.missing_fields))
            return
        try:
            outcome = self.compute(self.case)
        except Exception as exc:  # noqa: BLE001 - never let a calculation crash the window
            self._failed(exc)
            return
        self.outcome = outcome
        self.result_ready.emit(outcome)
        if outcome.extra.get("missing"):
            self.missing.emit("\n".join(outcome.extra["missing"]))
        self._timeline_timer.start()

    def _failed(self, exc: Exception) -> None:
        """No answer: the previous result no longer belongs to the form; say why (a field, the engine's words)."""
        self.outcome = None
        if isinstance(exc, InputError):
            self.input_error.emit(exc.field, exc.message)
        elif isinstance(exc, WerktloontError):
            self.failed.emit(str(exc))
        else:  # only the type and place are logged: the case (personal data) is not.
            log.error("calculation failed: %s", type(exc).__name__, exc_info=False)
            self.failed.emit("")

    def _finish_wage(self, outcome: Outcome) -> Outcome | None:
        """The wage curve of an answer shown without it (its chart behind another tab), and its note when it stops
        below an unknown value; None when it fails (then the answer fails, as when it comes with the answer)."""
        try:
            note = outcome.wage_curve.get()[1]  # made already when the chart was shown first, or with the answer
        except Exception as exc:  # noqa: BLE001 - never let a calculation crash the window
            self._failed(exc)
            return None
        self._wage_note = bool(note)
        if not note or note in outcome.extra.get("missing", []):  # none, or said with the answer
            return outcome
        self.outcome = outcome = replace(outcome, extra={**outcome.extra,
                                                          "missing": [note, *outcome.extra.get("missing", [])]})
        self.missing.emit("\n".join(outcome.extra["missing"]))
        return outcome

    def _months_failed(self, outcome: Outcome) -> None:
        """The months of this answer will not come: until now a region could take them as on their way."""
        self.outcome = replace(outcome, extra={**outcome.extra, "months": "failed"})
        self.timeline_failed.emit(self.outcome)

    def set_wage_shown(self, shown: bool) -> None:
        self.wage_shown = shown

    def finish_timeline(self) -> None:
        """Add the month-by-month projection to the current outcome and tell the regions that show it.

        The months come as a new Outcome: the one the regions got first is not changed under them. The answer's own
        lists stay as `calculate` gave them: what to arrange (`actions`, `action_codes`) is the answer's, the same as
        `werktloont calc` and the report show; the projection adds only its months and its summary (warnings, car
        scenarios, notes)."""
        self._timeline_timer.stop()
        outcome = self.outcome
        if outcome is None or outcome.result.get("timeline"):
            return
        outcome = self._finish_wage(outcome)
        if outcome is None:
            return
        try:
            projection = api.project(outcome.prepared, lang=self.lang)
        except MissingParameterError as exc:
            # the rest of the result stands; say which value is unknown, as calc and the report do.
            from werktloont.texts.result import missing_text

            item = {"code": "timeline", "parameter": exc.param_id, "on": exc.on}
            item["text"] = missing_text(item, self.lang)
            self._months_failed(replace(outcome, result={**outcome.result, "missing": [item]}))
            self.missing.emit("\n".join([*outcome.extra.get("missing", []), item["text"]]))
            return
        except WerktloontError:
            self._months_failed(outcome)  # the other results stand; the tab keeps its "not available" text
            return
        except Exception as exc:  # noqa: BLE001 - never let the timeline crash the window
            log.error("timeline failed: %s", type(exc).__name__)
            self._months_failed(outcome)
            return
        self.outcome = replace(outcome, result={**outcome.result, "timeline": projection["entries"]},
                               extra={**outcome.extra, "summary": projection["summary"]})
        self.timeline_ready.emit(self.outcome)
