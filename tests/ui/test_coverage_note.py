"""The note under the charts names what the answer leaves out. The window computes an answer's months right after
the answer is on screen: until then they are on their way, not left out, so the note must not name them at every
keystroke and take it back a moment later; months that cannot be computed are named."""

from __future__ import annotations

from werktloont.errors import WerktloontError
from werktloont.texts import coverage

CHARTS = False
MONTHS = coverage.item("timeline", "nl")  # "het verloop per maand en de eindafrekening van de toeslagen"


def test_months_on_their_way_are_not_named_as_left_out(window):
    assert MONTHS not in window.coverage.text()  # the example case with its months
    window.inputs.hours_slider.setValue(window.inputs.hours_slider.value() - 4)
    window.state.recompute_now()  # the answer is on screen, its months not yet computed
    assert not window.state.outcome.result.get("timeline")
    assert MONTHS not in window.coverage.text()
    window.state.finish_timeline()
    assert window.state.outcome.result.get("timeline")
    assert MONTHS not in window.coverage.text()


def test_months_that_cannot_be_computed_are_named(window, monkeypatch):
    def fails(*_args, **_kwargs):
        raise WerktloontError("de maanden konden niet worden berekend")

    monkeypatch.setattr("werktloont.ui.state.api.project", fails)
    window.inputs.hours_slider.setValue(window.inputs.hours_slider.value() - 4)
    window.state.recompute_now()
    assert MONTHS not in window.coverage.text()
    window.state.finish_timeline()
    assert window.state.outcome.extra.get("months") == "failed"
    assert MONTHS in window.coverage.text()
    # The next answer's months are on their way again.
    monkeypatch.undo()
    window.inputs.hours_slider.setValue(window.inputs.hours_slider.value() + 2)
    window.state.recompute_now()
    assert MONTHS not in window.coverage.text()
