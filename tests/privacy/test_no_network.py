"""Privacy by design: no network connection is even attempted, and logs carry no client data."""

import logging
import socket

import pytest

from werktloont.api import batch, calculate, curve
from werktloont.casefile import read_case, save_case
from werktloont.model.case import parse_case
from werktloont.report.content import build_report
from werktloont.report.render import write_pdf

CASE = {"format": "werktloont-case/1", "date": "2026-01-01",
        "household": {"adults": [{"age": 31}], "children": [{"age": 6}], "rent": {"base_rent": 720.0}},
        "assets": {"savings": 2345.67}, "job": {"hourly_wage": 15.25, "hours_per_week": 28, "contract_months": 6,
                                                 "start": "2026-02-01"},
        "municipality": "voorbeeldgemeente", "client": "Fatima El Amrani", "note": "Belt terug op dinsdag."}


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(name):
        def _refuse(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"werktloont test: network use ({name}) is not allowed")
        return _refuse

    class NoSocket(socket.socket):
        def __init__(self, family=-1, *args, **kwargs):
            # AF_UNIX is local inter-process communication (Qt may use it for D-Bus), not the network.
            if family not in (-1, socket.AF_UNIX):
                attempts.append(f"socket({family})")
                raise OSError("werktloont test: network sockets are not allowed")
            super().__init__(family, *args, **kwargs)

        def connect(self, address):
            if not isinstance(address, (str, bytes)):
                attempts.append("connect")
                raise OSError("werktloont test: network use is not allowed")
            return super().connect(address)

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_engine_casefile_and_report_never_touch_the_network(no_network, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    case = parse_case(CASE)
    result = calculate(case)
    curve(CASE, over="hours", start=0, stop=40, step=0.5)
    batch([CASE, CASE])
    save_case(tmp_path / "casus.json", case, result)
    again = read_case(tmp_path / "casus.json")
    write_pdf(build_report(again), tmp_path / "rapport.pdf")
    assert no_network == []
    # Whatever was logged holds no name, note, age or amount of this client.
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in ("Fatima", "El Amrani", "dinsdag", "2345", "2.345", "720", "15.25", "15,25"):
        assert secret not in logged


def test_app_start_calculate_save_and_report_never_touch_the_network(no_network, tmp_path, qtbot, caplog):
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from werktloont.ui.app import create_window

    caplog.set_level(logging.DEBUG)
    window = create_window(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), lang="nl",
                           build_charts=True)
    window.casefiles.ask_unsaved = lambda: "discard"  # never a modal question offscreen
    qtbot.addWidget(window)
    window.load_case(CASE)
    window.state.recompute_now()
    window.inputs.hours.setValue(32)
    window.state.recompute_now()
    assert window.state.outcome is not None
    assert window.casefiles._write(tmp_path / "casus.json")
    assert window.reports.save_pdf(str(tmp_path / "rapport.pdf"))
    assert no_network == []
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in ("Fatima", "El Amrani", "dinsdag", "2345", "2.345", "720"):
        assert secret not in logged
