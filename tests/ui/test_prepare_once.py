"""One keystroke prepares the case once: calculate, both curves, the solver and the cliff reference share it."""

from werktloont.engine import prepared as prepared_module
from werktloont.ui.example import example_case
from werktloont.ui.state import AppState


def test_one_keystroke_prepares_the_case_once(qtbot, monkeypatch):
    state = AppState()
    state.set_solver_target(100.0)  # the solver runs too
    calls = []
    real = prepared_module.checked

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(prepared_module, "checked", counting)
    outcome = state.compute(example_case())
    assert len(calls) == 1
    projection_calls_before = len(calls)
    state.outcome = outcome
    state.finish_timeline()  # the month-by-month view reuses the same prepared case
    assert len(calls) == projection_calls_before
    assert state.outcome.result["timeline"]
