"""A report that could not be written whole is never reported as written: the CLI and the window say in Dutch
that writing failed, and a previous good PDF of that name stays as it was."""

import errno
import json

import pytest

pytest.importorskip("PySide6")

from werktloont import atomic  # noqa: E402
from werktloont.cli import main  # noqa: E402
from werktloont.report import render  # noqa: E402
from werktloont.report.content import build_report  # noqa: E402

CASE = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}]},
        "job": {"hours_per_week": 24}, "client": "J. Jansen"}


def _nearly_full(monkeypatch, room: int):
    real = atomic.os.write
    left = {"n": room}

    def write(fd, data):
        if left["n"] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = real(fd, bytes(data[: left["n"]]))
        left["n"] -= n
        return n

    monkeypatch.setattr(atomic.os, "write", write)


@pytest.fixture
def good_pdf(tmp_path):
    path = tmp_path / "rapport.pdf"
    render.write_pdf(build_report(CASE), path)
    return path, path.read_bytes()


def test_nearly_full_disk_keeps_the_previous_report(good_pdf, monkeypatch):
    path, before = good_pdf
    assert before.rstrip().endswith(b"%%EOF")
    _nearly_full(monkeypatch, 4096)  # the new report is far larger than 4 kB
    with pytest.raises(atomic.WriteError, match="schijf is vol"):
        render.write_pdf(build_report(dict(CASE, note="nieuw")), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["rapport.pdf"]


def test_a_truncated_pdf_from_the_renderer_is_refused(good_pdf, monkeypatch):
    path, before = good_pdf
    real = render.pdf_bytes
    monkeypatch.setattr(render, "pdf_bytes", lambda report: (real(report)[0][:5000], 2))
    with pytest.raises(Exception, match="kon niet worden gemaakt"):
        render.write_pdf(build_report(CASE), path)
    assert path.read_bytes() == before


def test_cli_report_on_a_full_disk_does_not_say_written(tmp_path, good_pdf, monkeypatch, capsys):
    path, before = good_pdf
    case = tmp_path / "casus.json"
    case.write_text(json.dumps(CASE), encoding="utf-8")
    _nearly_full(monkeypatch, 4096)
    assert main(["report", str(case), "--pdf", str(path)]) == 2
    out, err = capsys.readouterr()
    assert "Rapport geschreven" not in out and "geschreven:" not in out
    assert "rapport.pdf kon niet worden geschreven: de schijf is vol" in err and "onverwacht" not in err
    assert path.read_bytes() == before


def test_window_does_not_say_saved_for_a_broken_file(qtbot, good_pdf, monkeypatch):
    pytest.importorskip("pytestqt")
    from werktloont.ui.app import create_window

    path, before = good_pdf
    window = create_window(None, lang="nl")
    qtbot.addWidget(window)
    window.load_case(dict(CASE))
    window.state.recompute_now()
    _nearly_full(monkeypatch, 4096)
    assert window.reports.save_pdf(str(path)) is False
    text = window.notice.label.text()
    assert "Rapport opgeslagen" not in text and "schijf is vol" in text and "niet veranderd" in text
    assert path.read_bytes() == before
