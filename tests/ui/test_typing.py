"""Typing as people type: amounts with thousands dots, dates with dashes, the partner's income only when the partner
works, a new conversation that starts empty, and a household typed with few keys (the window driven by key events,
as a klantmanager drives it)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from tests.ui.conftest import settle
from werktloont import api, fmt


def _show(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _keys(widget, text: str) -> None:
    """Key presses for `text`; QTest types ASCII only, so "€" goes as a key event with its text."""
    for ch in text:
        if ord(ch) < 128:
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _type(widget, text: str, enter: bool = True) -> None:
    """Select the field's text and type over it (then Enter), as a klantmanager does."""
    widget.setFocus()
    (widget.lineEdit() if hasattr(widget, "lineEdit") else widget).selectAll()
    _keys(widget, text)
    if enter:
        QTest.keyClick(widget, Qt.Key.Key_Return)


def test_thousands_separator_amounts(window, qtbot):
    _show(window, qtbot)
    inp = window.inputs
    # A dot before exactly three digits groups thousands; a comma, or a dot before one or two digits, is the
    # decimal sign: "46.000" is € 46.000 (the window made it € 46,00), "1.250,00" is € 1.250 (was € 1,25).
    for widget, text, value in ((inp.car_value, "46.000", 46_000.0), (inp.car_value, "46000", 46_000.0),
                                (inp.car_value, "€ 46.000,00", 46_000.0), (inp.savings, "1.250,5", 1_250.5),
                                (inp.base_rent, "1.250,00", 1_250.0), (inp.other_assets, "12.000", 12_000.0)):
        _type(widget, text)
        assert widget.value() == value, text
        assert widget.text() == fmt.eur(value)  # shown back in full Dutch notation
    inp.use_minimum.setChecked(False)
    for text in ("16,50", "16.50"):
        _type(inp.wage, text)
        assert inp.wage.value() == 16.5, text
    # What was understood shows at once, before the entry is committed.
    _type(inp.car_value, "46.000", enter=False)
    assert inp.car_value.help.isVisibleTo(window) and inp.car_value.help.label.text() == "= € 46.000,00"
    QTest.keyClick(inp.car_value, Qt.Key.Key_Return)
    assert not inp.car_value.help.isVisibleTo(window)
    outcome = settle(window)
    assert outcome.case["assets"]["car_value"] == 46_000.0 and outcome.case["assets"]["other"] == 12_000.0
    assert outcome.case["household"]["rent"]["base_rent"] == 1_250.0
    # The counted assets hold the whole car: 1.250,50 savings + 46.000 car + 12.000 other = 59.250,50.
    assert outcome.result["asset_test"]["counted"] == pytest.approx(59_250.50)


def test_an_ambiguous_amount_is_asked_never_guessed(window, qtbot):
    _show(window, qtbot)
    inp = window.inputs
    inp.use_minimum.setChecked(False)
    _type(inp.wage, "1.250")  # € 1.250 an hour is implausible: € 1,25 or € 1.250?
    help_line = inp.wage.help
    assert help_line.isVisibleTo(window) and help_line.label.text() == "Bedoelt u € 1,25 of € 1.250,00?"
    assert inp.wage.amount() is None and "hourly_wage" not in inp.case()["job"]  # no guess reaches the case
    assert settle(window) is None and "€" not in window.verdict.headline.text()
    assert any("Bruto uurloon" in line for line in inp.missing())
    assert "Bruto uurloon" in window.verdict.detail.text()
    help_line.buttons[1].click()  # "€ 1.250,00"
    assert inp.wage.value() == 1_250.0 and not help_line.isVisibleTo(window)
    _type(inp.car_value, "1,250")  # a comma before three digits: Dutch € 1,25 or English € 1.250, in any field
    assert inp.car_value.help.label.text() == "Bedoelt u € 1,25 of € 1.250,00?"
    QTest.keyClick(help_line.buttons[0], Qt.Key.Key_Space)  # the answer can be given from the keyboard too
    _type(inp.car_value, "abc")
    assert inp.car_value.help.label.text() == "'abc' is geen getal. Typ bijvoorbeeld 46.000 of 16,50."
    assert inp.car_value.amount() is None and settle(window) is None


def test_dashed_dates(window, qtbot):
    _show(window, qtbot)
    inp = window.inputs
    for text in ("1-1-2026", "01-01-2026", "1/1/2026", "01012026"):
        inp.date.setDate(QDate(2026, 12, 1))
        _type(inp.date, text)
        assert inp.date.date() == QDate(2026, 1, 1), text  # "01-01-2026" used to leave 01-12-2026 in place
    for text in ("03-2026", "3-2026", "maart 2026", "mrt 26"):
        inp.start.setDate(QDate(2027, 6, 1))
        _type(inp.start, text)
        assert inp.start.date() == QDate(2026, 3, 1), text  # "03-2026" used to become 03-2027
        assert inp.case()["job"]["start"] == "2026-03-01"
    # While typing, the date is said in words.
    _type(inp.date, "15-2-2026", enter=False)
    assert inp.date.help.label.text() == "= 15 februari 2026"
    QTest.keyClick(inp.date, Qt.Key.Key_Return)
    assert settle(window).case["date"] == "2026-02-15"
    # A text that is not a date says so, in Dutch, and never keeps the old date.
    _type(inp.date, "32-13-2026")
    assert not inp.date.date().isValid() and "date" not in inp.case()
    assert inp.date.help.isVisibleTo(window)
    assert inp.date.help.label.text() == "'32-13-2026' is geen datum. Typ bijvoorbeeld 1-3-2026."
    assert settle(window) is None and "Rekendatum" in window.verdict.detail.text()
    _type(inp.date, "1-1-2031")  # outside the parameter pack
    assert inp.date.help.label.text().startswith("1 januari 2031 valt buiten wat de rekenhulp kent")
    _type(inp.date, "1-2-2026")
    assert settle(window).case["date"] == "2026-02-01"
    assert inp.date.help.label.text() == "= 1 februari 2026"  # a changed Rekendatum is never silent


def test_partner_fields_only_when_working(window, qtbot):
    _show(window, qtbot)
    inp = window.inputs
    inp.household_kind.setCurrentIndex(inp.household_kind.findData("couple"))
    _type(inp.partner_age, "33")
    job_rows = [inp.partner_hours, inp.partner_wage, inp.partner_hours.since]
    assert inp.partner_works.isVisibleTo(window) and not inp.partner_works.isChecked()
    assert not any(w.isVisibleTo(window) for w in job_rows)  # 8 income fields were in the Tab chain here
    # Tab from "Partner werkt" skips the hidden income rows and, past the partner's boxes, reaches the children.
    inp.partner_works.setFocus()
    reached = []
    for _ in range(6):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:4] == [inp.partner_has_other, inp.partner_insured, inp.partner_not_entitled,
                           inp.offer_for_partner]
    assert reached[4] is inp.children_count
    # Ticked: the rows appear right after the box, in the Tab order, and count.
    QTest.keyClick(inp.partner_works, Qt.Key.Key_Space)
    assert inp.partner_works.isChecked() and all(w.isVisibleTo(window) for w in job_rows)
    inp.partner_works.setFocus()
    QTest.keyClick(inp.partner_works, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is inp.partner_hours
    _type(inp.partner_hours, "12")
    _type(inp.partner_wage, "15")
    partner = settle(window).case["household"]["adults"][1]
    assert partner["works"] is True and partner["current_job"] == {"hourly_wage": 15.0, "hours_per_week": 12.0}
    assert window.state.outcome.result["without_job"]["other_income"] > 0
    # Unticked: the typed hours stay out of the case and out of the answer (they were counted before).
    inp.partner_works.setFocus()
    QTest.keyClick(inp.partner_works, Qt.Key.Key_Space)
    outcome = settle(window)
    partner = outcome.case["household"]["adults"][1]
    assert partner["works"] is False and "current_job" not in partner and "other_income" not in partner
    assert outcome.result["without_job"]["other_income"] == 0 and outcome.result["with_job"]["other_income"] == 0
    assert not any(w.isVisibleTo(window) for w in job_rows)
    # The other income has its own box and counts only while it is ticked.
    inp.partner_has_other.setChecked(True)
    inp.partner_other_kind.setCurrentIndex(inp.partner_other_kind.findData("ww"))
    _type(inp.partner_other_net, "600")
    assert settle(window).case["household"]["adults"][1]["other_income"] == [{"kind": "ww", "net_per_month": 600.0}]
    inp.partner_has_other.setChecked(False)
    assert "other_income" not in settle(window).case["household"]["adults"][1]


FILLED = {"format": "werktloont-case/1", "date": "2026-03-01", "client": "Sanne Visser", "note": "Belt dinsdag terug.",
          "municipality": "voorbeeldgemeente",
          "household": {"adults": [{"age": 41, "current_job": {"hourly_wage": 17.35, "hours_per_week": 9.5},
                                    "other_income": [{"kind": "alimentatie", "net_per_month": 321.0}]},
                                   {"age": 39, "works": True, "current_job": {"hourly_wage": 18.45,
                                                                              "hours_per_week": 13.0},
                                    "zorgverzekerd": False}],
                        "children": [{"age": 7, "childcare": {"type": "bso", "hours_per_month": 44.0,
                                                              "hourly_price": 9.87}}],
                        "cost_sharers": 1, "rent": {"base_rent": 812.0, "service_costs": 43.0}},
          "assets": {"savings": 2345.0, "car_value": 6789.0, "car_needed": True, "other": 111.0, "debts": 222.0,
                     "car_exempt": 3333.0,
                     "changes": [{"month": "2026-05", "kind": "erfenis", "value": 4444.0, "reported": False,
                                  "discovered": "2026-08"}]},
          "debts_arrangement": {"kind": "wsnp", "monthly_claim": 155.0},
          "job": {"hourly_wage": 16.25, "hours_per_week": 27.5, "start": "2026-04-01", "contract_months": 7,
                  "travel_costs": 66.0, "person": 1}}


def _visible_texts(window) -> str:
    """Every text the window shows in a field, a box or a line of text."""
    parts = [w.text() for cls in (QLineEdit, QLabel, QCheckBox) for w in window.findChildren(cls)
             if w.isVisibleTo(window)]
    parts += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    parts += [w.currentText() for w in window.findChildren(QComboBox) if w.isVisibleTo(window)]
    return "\n".join(parts) + "\n" + window.windowTitle()


def test_new_conversation_not_filled_in(window, qtbot, tmp_path):
    _show(window, qtbot)
    inp = window.inputs
    path = tmp_path / "visser.json"
    path.write_text(json.dumps(FILLED), encoding="utf-8")
    assert window.casefiles.open(path)
    assert settle(window) is not None and "visser.json" in window.windowTitle()
    inp.client_income_toggle.setChecked(True)  # the client's own income in view too
    for scroll in (window.input_scroll, window.compact.scroll):
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    before = _visible_texts(window)
    previous = ("Sanne", "dinsdag", "visser.json", "17,35", "9,5", "321", "18,45", "9,87", "812", "6.789", "3.333",
                "4.444", "155", "16,25", "27,5", "66,00", "2.345", "Voorbeeldgemeente")
    assert all(word in before for word in previous if word not in ("Voorbeeldgemeente",))
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    shown = _visible_texts(window)
    assert [word for word in previous if word in shown] == []  # nothing of the previous client, anywhere
    assert window.windowTitle().endswith("nieuwe casus")
    # Every field empty; the required ones say so.
    assert [w for w in inp.findChildren(QLineEdit) if w.text() and w is not inp.date
            and not isinstance(w.parent(), (QSpinBox, QComboBox))] == []
    assert all(box.value() == 0 for box in inp.findChildren(QSpinBox))
    assert all(box.currentIndex() == 0 for box in inp.findChildren(QComboBox))
    assert [box.text() for box in inp.findChildren(QCheckBox) if box.isChecked()] == [
        "Partner is verzekerd voor de zorg", "Wettelijk &minimumloon voor deze leeftijd"]  # the law's defaults
    for field in (inp.client_age, inp.base_rent, inp.hours):
        assert field.placeholderText().startswith("nog niet ingevuld") and field.amount() is None
    assert inp.household_kind.currentText() == "nog niet ingevuld"
    assert not inp.partner.isVisibleTo(window) and inp.children_list.count == 0
    assert inp.case()["household"]["adults"] == [{}] and "rent" not in inp.case()["household"]
    # No answer until the required fields are filled in, and a hint what is missing.
    assert settle(window) is None
    assert "€" not in window.verdict.headline.text()
    for missing in ("Leeftijd klant", "Huishouden", "Kale huur per maand", "Uren per week"):
        assert missing in window.verdict.detail.text()
    assert not window.breakdown.isEnabled() and window.breakdown.model_.index(0, 1).data() in (None, "")
    assert not any(plot.canvas.isVisibleTo(window) for plot in window.charts.plots.values())
    # The form at its top (the results too, so the hint is in view), the cursor in the first field.
    assert [s.verticalScrollBar().value() for s in (window.input_scroll, window.compact.scroll)] == [0, 0]
    assert QApplication.focusWidget() is inp.client_age


def test_a_case_without_a_job_stays_without_one(window, tmp_path):
    path = tmp_path / "geenbaan.json"
    path.write_text(json.dumps({**FILLED, "job": None}), encoding="utf-8")
    assert window.casefiles.open(path)
    assert window.inputs.no_offer.isChecked() and window.inputs.case()["job"] is None
    assert not window.inputs.hours.isVisibleTo(window.inputs)
    # The window compares with a job: it asks for one instead of making one up (it used to add 24 hours).
    assert settle(window) is None and window.state.case["job"] is None
    assert "zonder baanaanbod" in window.verdict.detail.text()
    assert not window.casefiles.is_dirty()
    saved = tmp_path / "opgeslagen.json"
    assert window.casefiles._write(saved)
    assert json.loads(saved.read_text(encoding="utf-8"))["job"] is None


def _count_keys(window):
    """Key actions sent to the focused widget, as a person types them: one per character or key (with Alt or Tab)."""
    count = [0]

    def text(chars: str) -> None:
        for ch in chars:
            QTest.keyClicks(QApplication.focusWidget(), ch)
            count[0] += 1

    def key(k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(QApplication.focusWidget(), k, modifier)
        count[0] += 1

    return count, text, key


def _seed_keys(window, type_start: bool) -> int:
    count, text, key = _count_keys(window)
    alt = Qt.KeyboardModifier.AltModifier
    text("22")
    key(Qt.Key.Key_Tab)
    text("a")  # alleenstaand
    key(Qt.Key.Key_K, alt)  # Kale huur
    text("650")
    key(Qt.Key.Key_A, alt)  # Waarde auto
    text("46000")
    key(Qt.Key.Key_U, alt)  # Uren per week
    text("24")
    if type_start:
        key(Qt.Key.Key_Tab)  # Eerste maand van de baan
        text("3-26")
        key(Qt.Key.Key_Tab)  # Contractduur
    else:
        key(Qt.Key.Key_C, alt)  # Contractduur; the first month stays empty: the month of the Rekendatum
    text("12")
    key(Qt.Key.Key_Tab)
    return count[0]


@pytest.mark.parametrize("type_start", [False, True])
def test_seed_story_takes_at_most_25_keys(window, qtbot, monkeypatch, type_start):
    """A 22-year-old single on bijstand, rent € 650, a € 46.000 car (it came this month), an offer of 24 hours at
    the minimum wage for 12 months from 1 March 2026: typed from a new conversation on 2 March 2026, the keys sent
    to whatever has the focus. The job's first month is this month: left empty (21 keys) or typed (26 keys)."""
    monkeypatch.setattr(window, "today", lambda: "2026-03-02")
    _show(window, qtbot)
    window.new_conversation()
    assert QApplication.focusWidget() is window.inputs.client_age
    keys = _seed_keys(window, type_start)
    print(f"seed story: {keys} key actions after Ctrl+N ({'start typed' if type_start else 'start left empty'})")
    assert keys == (26 if type_start else 21) and (type_start or keys <= 25)
    outcome = settle(window)
    assert outcome is not None
    case = outcome.case
    # Rijksoverheid, "Bedragen minimumloon 2026": 21 jaar en ouder € 14,71 per uur from 1 January 2026.
    assert case["household"]["adults"] == [{"age": 22}] and case["household"]["rent"]["base_rent"] == 650.0
    assert case["assets"]["car_value"] == 46_000.0 and case["date"] == "2026-03-02"
    assert {k: case["job"][k] for k in ("hours_per_week", "contract_months", "hourly_wage")} == {
        "hours_per_week": 24.0, "contract_months": 12, "hourly_wage": 14.71}
    assert case["job"].get("start", "2026-03-01") == "2026-03-01"
    # Typed or left empty, the same answer as `calc` for the case with the start written out.
    written = {**case, "job": {**case["job"], "start": "2026-03-01"}}
    assert outcome.result["gain_per_month"] == api.calculate(written, timeline=False)["gain_per_month"]
    assert window.state.outcome.result["timeline"][0]["month"] == "2026-03"


def test_tab_reaches_the_rekendatum_after_the_travel_costs(window, qtbot):
    """Every field is in the Tab order: from the travel costs a Tab goes to the Rekendatum, the next to the
    municipality (a keyboard or screen-reader user has no click). Alt+R reaches it too; a change is said in words."""
    _show(window, qtbot)
    inp = window.inputs
    inp.travel_costs.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is inp.date
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is inp.municipality
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is inp.date
    inp.date.selectAll()
    QTest.keyClicks(inp.date, "1-4-2026")
    assert inp.date.help.label.text() == "= 1 april 2026"


def test_a_first_month_before_the_rekendatum_is_said(window, qtbot):
    """Typed from the top: the job from January, then the Rekendatum 1 March 2026. The window says so under the first
    month, the answer says how the months before it were counted, and both go when the date is put right."""
    _show(window, qtbot)
    inp = window.inputs
    inp.start.setFocus()
    inp.start.selectAll()
    QTest.keyClicks(inp.start, "1-2026")
    QTest.keyClick(inp.start, Qt.Key.Key_Tab)
    assert not inp.job.start_note.isVisibleTo(window)  # the example's Rekendatum is 1 January 2026
    inp.date.setFocus()
    inp.date.selectAll()
    QTest.keyClicks(inp.date, "1-3-2026")
    QTest.keyClick(inp.date, Qt.Key.Key_Tab)
    assert settle(window) is not None
    note = inp.job.start_note
    assert note.isVisibleTo(window)
    assert "januari 2026" in note.text() and "1 maart 2026" in note.text() and "rekendatum" in note.text()
    assert "vóór de rekendatum" in window.verdict.warnings.text()  # the answer's own note (plausibility)
    assert window.verdict.warnings.isVisibleTo(window)
    inp.date.setFocus()
    inp.date.selectAll()
    QTest.keyClicks(inp.date, "1-1-2026")
    QTest.keyClick(inp.date, Qt.Key.Key_Tab)
    assert settle(window) is not None
    assert not note.isVisibleTo(window)
    assert "rekendatum" not in window.verdict.warnings.text()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_accelerators_are_unique_and_dialogs_have_them(window, lang):
    window.set_language(lang)
    window.inputs.household.set_partner(True)
    keys = [m.title() for m in (window.file_menu, window.lang_menu, window.help_menu)]
    keys += [label.text() for label in window.inputs.findChildren(QLabel)
             if label.buddy() is not None and label.isVisibleTo(window)]
    keys += [box.text() for box in window.inputs.findChildren(QCheckBox) if box.isVisibleTo(window)]
    letters = [t[t.index("&") + 1].lower() for t in keys if "&" in t]
    assert len(letters) >= 15 and len(letters) == len(set(letters)), keys
    for box in (window.casefiles.unsaved_box(), window.casefiles.readonly_box(window.casefiles.path or
                                                                               __import__("pathlib").Path("a.json")),
                window.casefiles.changed_box(__import__("pathlib").Path("a.json"))[0]):
        texts = [b.text() for b in box.buttons()]
        assert all("&" in t for t in texts), texts
        mnemonics = [t[t.index("&") + 1].lower() for t in texts]
        assert len(mnemonics) == len(set(mnemonics)), texts
        box.deleteLater()
    window.set_language("nl")
