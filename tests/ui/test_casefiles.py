"""Case files, report and About in the app."""

import json

import pytest
from pypdf import PdfReader

from tests.ui.conftest import settle
from werktloont import api
from werktloont.api import calculate
from werktloont.model.case import parse_case

CHARTS = False  # no test here reads a chart (tests/ui/conftest.py: window)


def test_save_then_open_gives_identical_result(window, tmp_path, qtbot):
    from werktloont.ui.app import create_window

    window.inputs.hours.setValue(28)
    path = tmp_path / "gesprek.json"
    assert window.casefiles._write(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["pack_version"] == window.state.pack.version and saved["computed"]["with_job"]
    other = create_window(None, lang="nl")
    other.casefiles.ask_unsaved = lambda: "discard"
    qtbot.addWidget(other)
    assert other.casefiles.open(path)
    assert calculate(parse_case(other.inputs.case())) == calculate(parse_case(window.inputs.case()))
    assert not other.casefiles.is_dirty()


def test_damaged_file_leaves_the_current_case_untouched(window, tmp_path):
    before = window.inputs.case()
    bad = tmp_path / "kapot.json"
    bad.write_text('{"format": "werktloont-case/1", "date": ', encoding="utf-8")
    assert not window.casefiles.open(bad)
    assert window.inputs.case() == before
    assert "kapot.json" in window.notice.label.text() and "geen geldige JSON" in window.notice.label.text()


def test_opening_under_a_newer_pack_says_what_changed(window, tmp_path):
    case = parse_case(window.inputs.case())
    result = calculate(case)
    old_without = dict(result["without_job"], bijstand=result["without_job"]["bijstand"] - 12.0)
    data = json.loads(case.model_dump_json())
    data.update(pack_version="2025.01.0", computed={"period": case.date, "without_job": old_without,
                                                     "with_job": result["with_job"]})
    path = tmp_path / "oud.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert window.casefiles.open(path)
    text = window.notice.label.text()
    assert "Berekend met de normen van pakket 2025.01.0" in text and "bijstand zonder baan" in text


def test_unsaved_changes_prompt_on_close(window, qtbot):
    window.show()
    window.casefiles.mark_saved()
    assert not window.casefiles.is_dirty()
    window.inputs.hours.setValue(window.inputs.hours.value() + 4)
    assert window.casefiles.is_dirty()
    asked = []
    window.casefiles.ask_unsaved = lambda: asked.append(1) or "cancel"
    assert window.close() is False and window.isVisible() and asked == [1]
    window.casefiles.ask_unsaved = lambda: "discard"
    assert window.close() is True


def test_recent_files_remember_saved_cases_and_forget_missing_ones(window, tmp_path, settings):
    path = tmp_path / "a.json"
    assert window.casefiles._write(path)
    assert window.casefiles.recent()[0] == str(path.resolve())
    path.unlink()
    assert not window.casefiles.open(path)
    assert str(path.resolve()) not in window.casefiles.recent()


def test_anonymous_report_from_the_app(window, tmp_path):
    case = dict(window.inputs.case(), client="Sanne Visser", note="Volgende week bellen.")
    window.load_case(case)
    settle(window)
    named, anon = tmp_path / "naam.pdf", tmp_path / "anoniem.pdf"
    assert window.reports.save_pdf(str(named))
    window.anonymous_action.setChecked(True)
    assert window.reports.save_pdf(str(anon))
    text = lambda p: " ".join(" ".join(page.extract_text() for page in PdfReader(str(p)).pages).split())  # noqa: E731
    assert "Sanne Visser" in text(named) and "Sanne Visser" not in text(anon)
    assert "Volgende week bellen." not in text(anon)


def test_about_shows_pack_version_and_last_verified(window):
    text = window.about_text()
    assert window.state.pack.version in text and window.state.pack.manifest.last_verified in text


def test_client_and_note_typed_in_the_form_are_saved(window, tmp_path):
    window.inputs.client.setText("A.B.")
    window.inputs.note.setPlainText("Wil eerst 24 uur proberen.")
    path = tmp_path / "met-notitie.json"
    assert window.casefiles._write(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["client"] == "A.B." and saved["note"] == "Wil eerst 24 uur proberen."
    window.inputs.client.setText("")
    assert "client" not in window.inputs.case()  # never required: empty means absent


def test_opening_refuses_what_calc_refuses_and_says_what_it_adjusted(window, tmp_path):
    """For the window: nothing is changed without a word when a case is opened."""
    from werktloont.errors import WerktloontError

    base = json.loads(json.dumps(window.inputs.case()))
    for key, value, words in (("municipality", "nergenshuizen", "onbekende gemeente"),
                              ("date", "2031-01-01", "valt buiten")):
        path = tmp_path / f"{key}.json"
        path.write_text(json.dumps({**base, key: value}), encoding="utf-8")
        with pytest.raises(WerktloontError) as refused:
            api.calculate({**base, key: value})
        before = window.inputs.case()
        assert not window.casefiles.open(path)
        assert window.inputs.case() == before
        assert words in window.notice.label.text() and str(refused.value) in window.notice.label.text()
    exact = {**base, "job": {**base["job"], "hours_per_week": 60}}
    exact["household"]["children"][0]["childcare"] = {"type": "bso", "hours_per_month": 24.5, "hourly_price": 9.5}
    (tmp_path / "zestig.json").write_text(json.dumps(exact), encoding="utf-8")
    assert window.casefiles.open(tmp_path / "zestig.json")
    case = window.inputs.case()
    assert case["job"]["hours_per_week"] == 60 and case["household"]["children"][0]["childcare"]["hours_per_month"] \
        == 24.5
    assert not window.casefiles.is_dirty()
    (tmp_path / "geenbaan.json").write_text(json.dumps({**base, "job": None}), encoding="utf-8")
    assert window.casefiles.open(tmp_path / "geenbaan.json")
    # Without an offer the case stays without one (the window used to add 24 hours and say so): nothing adjusted.
    assert window.inputs.case()["job"] is None and window.inputs.no_offer.isChecked()
    assert not window.casefiles.is_dirty() and window.windowTitle().endswith("geenbaan.json")
