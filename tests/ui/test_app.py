"""Scenarios, language, settings, errors, screenshots, translations, and the PySide6 guard."""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from tests.ui.conftest import settle
from werktloont import api, fmt


def test_scenarios_add_and_remove(window):
    panel = window.scenarios
    assert panel.add_current()
    window.inputs.hours_slider.setValue(32)
    settle(window)
    panel.name.setText("32 uur")
    assert panel.add_current()
    assert panel.table.columnCount() == 3  # "zonder baan" first, then the two scenarios
    assert panel.table.horizontalHeaderItem(0).text() == "zonder baan"
    assert panel.table.horizontalHeaderItem(2).text() == "32 uur"
    second = api.calculate(window.inputs.case())["with_job"]
    assert fmt.eur(second["disposable"]) in panel.cell_text("disposable", 1)
    # the difference with the first scenario has a row of its own (the columns stay narrow); it compares what the
    # answers lead with (their headlines)
    gain_diff = api.calculate(window.inputs.case())["headline"]["amount"] - api.calculate(panel.scenarios[0].case)[
        "headline"]["amount"]
    assert fmt.eur(abs(gain_diff)) in panel.cell_text("vs_first", 1)
    for _ in range(3):
        panel.add_current()
    assert len(panel.scenarios) == 4 and not panel.add_button.isEnabled()
    panel.remove(0)
    assert len(panel.scenarios) == 3 and panel.table.columnCount() == 4
    assert panel.add_button.isEnabled()


def test_language_switch_changes_visible_texts(window, settings):
    assert window.inputs.groups["household"].title() == "Huishouden"
    window.set_language("en")
    assert window.inputs.groups["household"].title() == "Household"
    assert window.verdict.headline.text().startswith("With this job you have")
    assert window.breakdown.model_.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
        == "Without job"
    assert window.charts.tabText(0) == "Hours"
    assert window.inputs.client_age.accessibleName() == "Client's age"
    assert settings.value("language") == "en"
    # The engine's own sentences follow the language too.
    window.breakdown.select_component("bijstand")
    assert "Your bijstand norm" in window.explanation.plain_text() or "bijstand" in window.explanation.plain_text()
    window.set_language("nl")
    assert window.inputs.groups["household"].title() == "Huishouden"
    assert window.verdict.headline.text().startswith("Met deze baan")


def test_settings_hold_only_geometry_and_language(window, settings):
    window.set_language("nl")
    window.close()
    settings.sync()
    assert set(settings.allKeys()) <= {"geometry", "language"}


def test_unexpected_error_is_logged_without_personal_data(window, caplog):
    from werktloont.ui.app import install_excepthook

    old = sys.excepthook
    install_excepthook(lambda: window)
    try:
        try:
            raise ValueError("client Jansen has € 12.345 savings")
        except ValueError:
            with caplog.at_level("ERROR", logger="werktloont.ui"):
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert "ValueError" in caplog.text and "Jansen" not in caplog.text and "12.345" not in caplog.text
    assert not window.notice.isHidden()
    assert "Traceback" not in window.notice.label.text() and "onverwachts" in window.notice.label.text()


def test_open_case_file_keeps_fields_the_form_does_not_show(window, tmp_path):
    case = json.loads(json.dumps(window.inputs.case()))
    case["note"] = "eerste gesprek"
    case["household"]["children"][0]["childcare"] = {"type": "bso", "hours_per_month": 40, "hourly_price": 9.5}
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    assert window.load_case_file(str(path))
    settle(window)
    back = window.inputs.case()
    assert back["note"] == "eerste gesprek"
    assert back["household"]["children"][0]["childcare"]["type"] == "bso"
    # The window adds the 24 months after the first paint; everything else is the engine's result as it is.
    months = ("timeline", "actions", "action_codes")
    shown = {k: v for k, v in window.state.outcome.result.items() if k not in months}
    assert shown == {k: v for k, v in api.calculate(back, timeline=False).items() if k not in months}


def test_unreadable_case_file_gives_a_calm_message(window, tmp_path):
    bad = tmp_path / "kapot.json"
    bad.write_text("{niet json", encoding="utf-8")
    assert not window.load_case_file(str(bad))
    assert not window.notice.isHidden() and "Traceback" not in window.notice.label.text()


def test_screenshot_writes_a_png(tmp_path):
    out = tmp_path / "venster.png"
    result = run_cli("--screenshot", out, env={"QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Traceback" not in result.stderr


def test_screenshot_with_a_bad_case_file_is_a_dutch_error(tmp_path):
    bad = tmp_path / "kapot.json"
    bad.write_text("{", encoding="utf-8")
    result = run_cli("--screenshot", tmp_path / "x.png", bad, env={"QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert result.returncode == 2 and "geen geldige JSON" in result.stderr and "Traceback" not in result.stderr


def test_many_void_qt_calls_do_not_crash():
    """PySide6 6.12 drops a reference to None on every void call; see werktloont/ui/_pyside_guard.py."""
    code = ("import werktloont.ui\nfrom PySide6.QtCore import QCoreApplication, QTimer\n"
            "app = QCoreApplication([])\nt = QTimer()\nfor _ in range(50000): t.start(5)\nprint('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={"PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen",
                                 "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-500:]


def test_every_visible_string_has_an_english_translation(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = ROOT / "resources" / "translations" / "werktloont_en.ts"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *map(str, sorted((ROOT / "src/werktloont/ui").glob("*.py"))), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=60)
    in_code = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).iter("context")
               for m in c.iter("message")}
    translated = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).iter("context")
                  for m in c.iter("message")
                  if m.find("translation").get("type") not in ("unfinished", "vanished", "obsolete")
                  and m.findtext("translation")}
    assert sorted(in_code - translated) == []
    qm = ts.with_suffix(".qm")
    assert qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime - 1
