"""The window against `werktloont calc` for five conversations (tests/data/window-cases), and what a new conversation
leaves of the previous client: nothing. The window's texts are read from every widget (tests/ui/screen_text.py), so a
region that keeps an old answer is found even when nobody thought of it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.ui.conftest import settle
from tests.ui.screen_text import AMOUNT, SNAKE, amounts, screen_texts
from werktloont import api, fmt

CASES = Path(__file__).resolve().parents[1] / "data" / "window-cases"
NAMES = ("moeder", "auto-contract", "paar", "tijdelijk4", "beslag")
TICK = re.compile(r"[-−]?€ \d{1,3}(?:\.\d{3})*")


def _case(name: str) -> dict:
    return json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))


def _open(window, name: str) -> dict:
    assert window.casefiles.open(CASES / f"{name}.json")
    outcome = settle(window)
    assert outcome is not None
    window.breakdown.select_component("bijstand")  # "Waarom? Bijstand": its amounts on screen too
    return outcome


def _fresh(qtbot, settings, case: dict | None = None):
    """A window that never saw another client: a new conversation, or `case` typed into it."""
    from werktloont.ui.app import create_window

    w = create_window(settings, lang="nl", build_charts=True)
    w.casefiles.ask_unsaved = lambda: "discard"
    qtbot.addWidget(w)
    w.resize(1400, 880)
    w.new_conversation()
    if case is not None:
        w.load_case(case)
    settle(w)
    return w


def _no_job_case() -> dict:
    case = _case("moeder")
    case.pop("scenarios")
    case.pop("client")
    case["job"] = None
    case["household"]["adults"] = [{"age": 40}]
    case["household"]["rent"] = {"base_rent": 650.0}
    return case


@pytest.mark.parametrize("name", NAMES)
def test_a_new_conversation_shows_nothing_of_the_previous_client(window, qtbot, settings, name):
    case = _case(name)
    _open(window, name)
    before = screen_texts(window)
    shown_before = amounts(before)
    assert len(shown_before) > 10  # the regions are read: the answer's amounts are there
    blank = _fresh(qtbot, settings)
    allowed = amounts(screen_texts(blank))  # what an empty window shows anyway (€ 0,00 in an empty field, € 100,00)
    window.new_action.trigger()
    assert settle(window) is None
    after = screen_texts(window)
    assert sorted(amounts(after) - allowed) == []
    if case.get("client"):
        assert not [t for t in after if case["client"] in t]
    assert not window.report_action.isEnabled() and not window.print_action.isEnabled()
    # While the next client is typed (not complete yet: the minimum wage for the age shows, nothing else), and once
    # an answer without a job offer is there.
    for w in (window, blank):
        w.inputs.client_age.setValue(40)
        assert settle(w) is None
    assert sorted(amounts(screen_texts(window)) - amounts(screen_texts(blank))) == []
    no_job = _no_job_case()
    window.load_case(no_job)
    settle(window)
    fresh = _fresh(qtbot, settings, no_job)
    assert sorted(amounts(screen_texts(window)) - amounts(screen_texts(fresh))) == []


def test_report_and_print_say_why_while_there_is_no_answer(window, tmp_path, monkeypatch):
    """A shortcut reaches the slot even when its menu item is greyed: it says why instead of a silent dialog."""
    asked = []
    monkeypatch.setattr("werktloont.ui.report_actions.save_file", lambda *a: asked.append(a) or str(tmp_path / "r"))
    window.new_action.trigger()
    assert settle(window) is None
    window.reports.save_pdf_dialog()
    window.reports.print_dialog()
    assert asked == [] and not list(tmp_path.iterdir())
    assert window.notice.isVisibleTo(window) and "nog geen uitkomst" in window.notice.label.text().lower()


def test_te_regelen_shows_the_answers_actions(window):
    """`calc` lists what to arrange (with one loonheffingskorting among them); the window lists the same, in order.
    The conversations one after the other in one window, each opened as a file (nothing of the one before stays)."""
    for name in ("moeder", "paar", "tijdelijk4", "beslag"):
        expected = api.calculate(_case(name))["actions"]
        assert any("loonheffingskorting" in a for a in expected), name
        outcome = _open(window, name)
        assert window.todo.shown_actions == expected, name
        shown = window.todo.text()
        assert all(sentence in shown for sentence in expected), name
        assert outcome.result["actions"] == expected, name


def test_the_timeline_leaves_the_first_answer_as_it_was(window):
    """The outcome the regions got first is not changed when the months arrive: a new outcome carries them."""
    assert window.casefiles.open(CASES / "moeder.json")
    window.state.recompute_now()
    first = window.state.outcome
    kept = json.dumps(first.result, sort_keys=True, default=str)
    window.state.finish_timeline()
    assert json.dumps(first.result, sort_keys=True, default=str) == kept
    assert window.state.outcome is not first and window.state.outcome.result["timeline"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_internal_name_on_screen(window, lang):
    """Codes such as with_job, beyond_pack or awir.terugvordering_drempel are for the program, not for a person. The
    five conversations one after the other in one window, each opened as a file."""
    window.set_language(lang)
    for name in NAMES:
        _open(window, name)
        for page in range(window.charts.count()):
            window.charts.setCurrentIndex(page)
        found = sorted({m.group(0) for t in screen_texts(window) for m in SNAKE.finditer(t)})
        assert found == [], name


@pytest.mark.parametrize("size", [(1366, 728), (910, 512)])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_four_scenarios_side_by_side_on_a_laptop(window, qtbot, size, lang):
    """README: "up to four scenarios side by side". At 1366 x 768 (100 % and 150 %: 910 x 512 logical pixels) every
    scenario's column is in view without scrolling sideways, and no amount is cut."""
    from PySide6.QtGui import QFont, QFontMetrics

    from tests.ui.test_compact import _fit

    window.set_language(lang)
    _open(window, "moeder")
    window.inputs.hours.setValue(36)
    settle(window)
    assert window.scenarios.add_current()
    _fit(window, qtbot, *size)
    window.charts.setCurrentWidget(window.scenarios)
    qtbot.wait(50)
    table = window.scenarios.table
    assert table.columnCount() == 5  # without a job, and four scenarios
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=2000)
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for c in range(table.columnCount()):
        assert table.columnViewportPosition(c) + table.columnWidth(c) <= table.viewport().width()
        for r in range(table.rowCount()):
            item = table.item(r, c)
            if item is None or table.isRowHidden(r) or table.columnSpan(r, c) > 1 or "€" not in item.text():
                continue
            amount = AMOUNT.search(item.text()).group(0)  # "+€ 122,80" of "+€ 122,80, 12 maanden" (may wrap)
            assert metrics.horizontalAdvance(amount) < table.columnWidth(c), item.text()
    # The numbers are the answer's: each scenario's disposable income as `calc` gives it.
    case = _case("moeder")
    for i, saved in enumerate(case["scenarios"]):
        expected = api.calculate({**case, "job": saved["job"], "scenarios": []}, timeline=False)
        assert window.scenarios.cell_text("disposable", i) == fmt.eur(expected["with_job"]["disposable"])


def test_a_message_about_the_previous_case_goes_with_it(window, tmp_path):
    """"Rapport opgeslagen", or a file's name in a message, is about the client on screen: a new conversation
    closes it."""
    _open(window, "moeder")
    assert window.reports.save_pdf(str(tmp_path / "jansen.pdf"))
    assert window.notice.isVisibleTo(window)
    window.new_action.trigger()
    assert not window.notice.isVisibleTo(window)
    assert window.breakdown.currentIndex().row() < 0  # no row of the previous client's table stays chosen


def test_the_window_shows_the_numbers_of_calc(window):
    """The headline, the first month's table and the plan are `werktloont calc`'s for the same file; the five
    conversations one after the other in one window, each opened as a file."""
    from werktloont.ui.breakdown import ValueRole
    from werktloont.ui.labels import ROWS

    for name in NAMES:
        expected = api.calculate(_case(name))
        _open(window, name)
        assert window.verdict.headline.text() == expected["headline_text"], name
        model = window.breakdown.model_
        for row, key in enumerate(ROWS):
            assert model.index(row, 0).data(ValueRole) == pytest.approx(expected["without_job"][key], abs=0.005), \
                (name, key)
            assert model.index(row, 1).data(ValueRole) == pytest.approx(expected["with_job"][key], abs=0.005), \
                (name, key)
        assert [e["disposable"] for e in window.state.outcome.result["timeline"]] == [
            e["disposable"] for e in expected["timeline"]], name


def test_every_amount_on_screen_is_a_number_of_the_answer_or_the_input(window, qtbot, settings):
    """Twelve generated households one after the other in one window: each € the window could show (every region,
    'Waarom? Bijstand' open, the charts' texts) is a number of `werktloont calc`'s answer for that case, of the case
    as typed in, or one an empty window shows too. A region that works out an amount of its own fails here."""
    from hypothesis import HealthCheck, given
    from hypothesis import settings as hsettings
    from hypothesis import strategies as st

    from tests.answer_numbers import foreign_amounts
    from tests.engine.test_one_answer import cases

    empty_window = set(foreign_amounts(screen_texts(_fresh(qtbot, settings))))  # all its amounts: no answer

    @hsettings(max_examples=1, deadline=None, derandomize=True, database=None,
               suppress_health_check=list(HealthCheck))
    @given(st.lists(cases(), min_size=12, max_size=12))
    def check(households):
        for case in households:
            window.load_case(case)
            assert settle(window) is not None
            window.breakdown.select_component("bijstand")
            # An axis tick ("€ 1.000", a text of its own in whole euros) is a scale, not an amount of the answer.
            shown = [t for t in screen_texts(window) if not TICK.fullmatch(t)]
            foreign = foreign_amounts(shown, api.calculate(case), case, window.inputs.case())
            assert [m for m in foreign if m not in empty_window] == [], case

    check()


def test_a_case_file_with_more_decimals_than_the_fields_is_computed_as_calc_computes_it(window, tmp_path):
    """A file made elsewhere: 25,333 hours a week (two thirds of 38) and amounts with a tenth of a cent. The window
    shows every decimal, computes what `werktloont calc` computes for the file, and saves it again unchanged."""
    case = _case("moeder")
    case["job"]["hours_per_week"] = 25.333
    case["household"]["rent"]["base_rent"] = 720.125
    case["assets"]["savings"] = 1234.567
    path = tmp_path / "elders.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    assert window.casefiles.open(path)
    outcome = settle(window)
    expected = api.calculate(case)
    assert outcome.result["with_job"] == expected["with_job"] and outcome.result["gain_per_month"] == expected[
        "gain_per_month"]
    assert window.inputs.hours.text() == "25,333 uur"
    typed = window.inputs.case()
    assert typed["job"]["hours_per_week"] == 25.333 and typed["household"]["rent"]["base_rent"] == 720.125
    assert typed["assets"]["savings"] == 1234.567
