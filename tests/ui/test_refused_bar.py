"""The window starts whatever was dropped into the user's folders or set in WERKTLOONT_PARAMETERS, names a refused
file in a bar over the results once per session, and ignores damaged settings."""

import re
import sys
from pathlib import Path

import pytest

from tests.ui.conftest import settle
from werktloont.params import gemeente_override, override, refused
from werktloont.ui.example import example_case

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "parameters" / "gemeenten" / "voorbeeldgemeente.yaml"


@pytest.fixture(autouse=True)
def user_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("WERKTLOONT_PARAMETERS", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "xdg" / "werktloont" / "gemeenten"
    override.clear_cache()
    gemeente_override.clear_cache()
    refused.forget_environment()
    yield folder
    override.clear_cache()
    gemeente_override.clear_cache()
    refused.forget_environment()


def _bad_overlay(folder: Path, name: str = "voorbeeldgemeente", version: str = "9" * 5001) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8").replace('version: "1"', f'version: "{version}"')
    text = text.replace("gemeente: voorbeeldgemeente", f"gemeente: {name}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _window(qtbot, settings=None):
    from werktloont.ui.app import create_window

    w = create_window(settings, lang="nl")
    w.casefiles.ask_unsaved = lambda: "discard"
    qtbot.addWidget(w)
    return w


def test_overlay_with_an_absurd_version_does_not_stop_the_window_and_is_named_once(qtbot, user_folder):
    path = _bad_overlay(user_folder)
    window = _window(qtbot)
    window.load_case(dict(example_case(), municipality="voorbeeldgemeente"))
    outcome = settle(window)
    assert outcome is not None and outcome.result["refused"][0]["file"] == str(path)
    bar = window.refused_bar
    assert bar.isVisibleTo(window) and str(path) in bar.label.text() and "geweigerd" in bar.label.text()
    assert "veld 'version'" in bar.label.text()
    assert bar.label.textFormat().name == "PlainText"
    bar.close_button.click()
    window.load_case(dict(example_case(), municipality="voorbeeldgemeente", note="opnieuw"))
    settle(window)
    assert not bar.isVisibleTo(window)  # once per session: the same refusal does not come back
    other = _bad_overlay(user_folder, name="tweede_gemeente")
    refused.clear_cache()
    window.load_case(dict(example_case(), note="nog eens"))
    settle(window)
    assert bar.isVisibleTo(window) and str(other) in bar.label.text() and str(path) not in bar.label.text()


def test_english_window_names_the_refusal_in_english(qtbot, user_folder):
    from PySide6.QtWidgets import QApplication

    _bad_overlay(user_folder)
    window = _window(qtbot)
    try:
        window.set_language("en")
        QApplication.processEvents()  # Qt posts the LanguageChange the bar listens to
        window.load_case(example_case())
        settle(window)
        assert "was refused" in window.refused_bar.label.text()
        assert window.refused_bar.close_button.text() == "Close"
    finally:
        window.set_language("nl")
        QApplication.processEvents()


def test_bad_werktloont_parameters_falls_back_to_the_bundled_pack_and_says_so(qtbot, monkeypatch, tmp_path):
    from werktloont.params import loader
    from werktloont.ui.app import usable_pack_problem

    monkeypatch.setenv("WERKTLOONT_PARAMETERS", str(tmp_path / "bestaat-niet"))
    loader.forget_default()
    assert usable_pack_problem() is None  # the window can start
    import os

    assert "WERKTLOONT_PARAMETERS" not in os.environ  # set aside for this session
    window = _window(qtbot)
    window.load_case(example_case())
    settle(window)
    text = window.refused_bar.label.text()
    assert window.refused_bar.isVisibleTo(window)
    assert "WERKTLOONT_PARAMETERS" in text and "bestaat-niet" in text and "meegeleverde pakket" in text


def test_a_broken_bundled_pack_is_a_message_for_a_dialog(monkeypatch, tmp_path):
    from werktloont.params import loader, pack
    from werktloont.ui.app import usable_pack_problem

    (tmp_path / "leeg").mkdir()
    monkeypatch.setattr(pack, "bundled_pack_dir", lambda: tmp_path / "leeg")
    monkeypatch.setattr(loader, "bundled_pack_dir", lambda: tmp_path / "leeg")
    loader.forget_default()
    try:
        problem = usable_pack_problem()
    finally:
        loader.forget_default()
    assert problem is not None and "manifest.yaml" in problem


@pytest.mark.parametrize(("key", "value"), [("geometry", "kapot"), ("geometry", 5), ("recent_files", 5),
                                            ("recent_files", [1, None, "a\x1bb.json", "x" * 5000]),
                                            ("language", ["en"])])
def test_damaged_settings_are_ignored(qtbot, settings, key, value):
    settings.setValue(key, value)
    settings.sync()
    window = _window(qtbot, settings)
    window.casefiles.fill_recent(window.recent_menu)
    assert window.casefiles.recent() == [] or all(p.isprintable() for p in window.casefiles.recent())


def test_save_dialogs_start_in_the_documents_folder(qtbot, monkeypatch, tmp_path):
    docs = tmp_path / "Documenten"
    docs.mkdir()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(docs))
    window = _window(qtbot)
    window.load_case(example_case())  # an answer to report on (without one the report says why, no dialog)
    asked = []
    monkeypatch.setattr("werktloont.ui.casefiles.save_file", lambda parent, title, start, filters: asked.append(start)
                        or "")
    monkeypatch.setattr("werktloont.ui.report_actions.save_file",
                        lambda parent, title, start, filters: asked.append(start) or "")
    window.casefiles.save_as()
    window.reports.save_pdf_dialog()
    assert asked == [str(docs / "casus.json"), str(docs / "rapport.pdf")]


def test_a_reserved_windows_name_gives_a_message_in_the_window(qtbot, monkeypatch, tmp_path):
    window = _window(qtbot)
    window.load_case(example_case())
    settle(window)
    monkeypatch.setattr(sys, "platform", "win32")
    assert window.casefiles._write(tmp_path / "CON.json") is False
    assert "Windows" in window.notice.label.text() and re.search("CON.json", window.notice.label.text())
    assert list(tmp_path.iterdir()) == []
