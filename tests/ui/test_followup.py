"""The "Vervolg" tab and the window's messages: the plan's headings in the chosen language, the agenda saved through the
window's own file dialog, and every failure to save it said in a message (never only in the log)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from tests.ui.conftest import settle
from werktloont.errors import WerktloontError

CASES = Path(__file__).resolve().parents[1] / "data" / "window-cases"
DUTCH_HEADS = ("Tot het eerste loon", "Wat de klant doet, en wanneer", "Vervolggesprekken van de klantmanager",
               "Zo is gerekend")


def _plain(label) -> str:
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def _moeder(window):
    assert window.casefiles.open(CASES / "moeder.json")
    assert settle(window) is not None
    return window.followup


def test_the_plan_speaks_english_after_switching(window):
    panel = _moeder(window)
    assert all(head in _plain(panel.text) for head in DUTCH_HEADS)
    window.set_language("en")
    settle(window)
    shown = _plain(panel.text)
    assert [head for head in DUTCH_HEADS if head in shown] == []
    assert "Until the first wage" in shown and "What the client does, and when" in shown


def test_the_agenda_is_saved_through_the_windows_own_dialog(window, monkeypatch, tmp_path):
    """The same dialog as "Casus opslaan": its labels in the window's language (Qt's static dialog mixed "Look in"
    with Dutch buttons), starting in the Documents folder with a name without the client's."""
    docs = tmp_path / "Documenten"
    docs.mkdir()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(docs))
    asked = []
    monkeypatch.setattr("werktloont.ui.followup.save_file",
                        lambda parent, title, start, filters: asked.append((title, start)) or str(docs / "plan"))
    panel = _moeder(window)
    panel.save_ics()
    assert asked == [("Bewaar agenda", str(docs / "vervolgplan.ics"))]
    written = (docs / "plan.ics").read_text(encoding="utf-8")
    assert written.startswith("BEGIN:VCALENDAR") and "A.B." not in written  # without the name unless ticked
    assert window.notice.isVisibleTo(window) and "plan.ics" in window.notice.label.text()


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"),
                                     WerktloontError("werktloont: plan.ics kon niet worden geschreven."),
                                     ValueError("an unforeseen fault with A.B. (voorbeeld) in it")])
def test_every_failure_to_save_the_agenda_is_said(window, monkeypatch, tmp_path, caplog, failure):
    said = []
    monkeypatch.setattr("werktloont.ui.followup.QMessageBox.warning", lambda parent, title, text: said.append(text))

    def broken(*_args, **_kwargs):
        raise failure

    monkeypatch.setattr("werktloont.report.agenda.write", broken)
    panel = _moeder(window)
    with caplog.at_level(logging.ERROR, logger="werktloont.ui"):
        assert panel.write_ics(str(tmp_path / "plan.ics")) == 0
    assert len(said) == 1 and "plan.ics" in said[0] and "agenda" in said[0].lower()
    assert "A.B." not in caplog.text and "A.B." not in said[0]  # no client data in the log or the message


def test_a_message_of_the_window_follows_the_language(window, tmp_path):
    """"Rapport opgeslagen (n blz.)" stayed Dutch after switching to English."""
    _moeder(window)
    assert window.reports.save_pdf(str(tmp_path / "rapport.pdf"))
    assert window.notice.label.text().startswith("Rapport opgeslagen")
    window.set_language("en")
    assert window.notice.label.text().startswith("Report saved")
    # An agenda's message too.
    window.followup.saved.emit(lambda: window.followup.tr("Agenda bewaard: {name} ({count} afspraken).").format(
        name="plan.ics", count=3))
    assert window.notice.label.text().startswith("Calendar saved")


def test_the_plan_and_agenda_of_calc(window):
    """What the tab lists is the answer's plan, step by step (the same as `werktloont plan`)."""
    from werktloont import api

    panel = _moeder(window)
    case = json.loads((CASES / "moeder.json").read_text(encoding="utf-8"))
    plan = api.calculate(case)["followup"]
    shown = _plain(panel.text)
    assert plan["steps"] and all(step["title"] in shown for step in plan["steps"])
