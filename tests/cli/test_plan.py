"""`werktloont plan`: the follow-up plan in the terminal, as JSON and as an agenda file read back with icalendar."""

import json
import sys
from datetime import date, datetime
from pathlib import Path

from icalendar import Calendar

import werktloont.report
from werktloont.cli import main

CASE = {"format": "werktloont-case/1", "date": "2026-03-01", "client": "Anna de Vries",
        "household": {"adults": [{"age": 30}], "children": [{"age": 4}], "rent": {"base_rent": 650.0}},
        "job": {"hours_per_week": 20, "hourly_wage": 15.0, "start": "2026-03-02", "contract_months": 12,
                "pay_period": "vier_weken", "first_payday": "2026-04-03"}}


def _case(tmp_path: Path) -> str:
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    return str(path)


def _events(path: Path) -> list:
    return Calendar.from_ical(path.read_bytes()).walk("VEVENT")


def test_ics_has_events_inside_the_projection_in_amsterdam_time_without_name(tmp_path, capsys):
    ics = tmp_path / "Anna de Vries plan.ics"
    assert main(["plan", _case(tmp_path), "--ics", str(ics)]) == 0
    assert "zonder naam en bedragen" in capsys.readouterr().err
    events = _events(ics)
    assert len(events) >= 5
    for e in events:
        start = e.get("dtstart").dt
        assert isinstance(start, datetime) and str(start.tzinfo) == "Europe/Amsterdam"
        assert date(2026, 3, 1) <= start.date() <= date(2028, 2, 29)  # the 24 months from March 2026
    text = ics.read_text(encoding="utf-8")
    assert "Anna" not in text and "Vries" not in text and "€" not in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Amsterdam" in text
    # Summer time: 3 April 2026 09:00 in Amsterdam is 07:00 UTC (CEST, +2).
    first_pay = next(e for e in events if "2026-04-03" in e.get("dtstart").dt.isoformat())
    assert first_pay.get("dtstart").dt.utcoffset().total_seconds() == 7200
    assert not list(tmp_path.glob(".werktloont-*"))  # no temporary file left behind


def test_met_naam_puts_the_name_and_the_amounts_in(tmp_path, capsys):
    ics = tmp_path / "plan.ics"
    assert main(["plan", _case(tmp_path), "--ics", str(ics), "--met-naam"]) == 0
    out = capsys.readouterr().out
    assert "Voor Anna de Vries" in out
    summaries = [str(e.get("summary")) for e in _events(ics)]
    assert all(s.startswith("Anna de Vries: ") for s in summaries)
    assert "€" in ics.read_text(encoding="utf-8")


def test_plan_text_and_json(tmp_path, capsys):
    path = _case(tmp_path)
    assert main(["plan", path]) == 0
    out = capsys.readouterr().out
    assert "Anna" not in out  # no name without --met-naam
    assert "Twee keer loon deze maand" in out and "29 mei 2026" in out and "aanname" in out
    assert main(["plan", path, "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"first_month_gap", "followup", "cash_calendar"}
    assert data["cash_calendar"]["bijstand"]["assumption"] is True
    assert data["followup"]["steps"][0]["title"] == "Report the job to the municipality"


def test_plan_without_a_job_says_so(tmp_path, capsys):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({k: v for k, v in CASE.items() if k != "job"}), encoding="utf-8")
    assert main(["plan", str(path)]) == 0
    assert "geen vervolgplan" in capsys.readouterr().out


def test_a_first_payday_before_the_start_names_the_field(tmp_path, capsys):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({**CASE, "job": {**CASE["job"], "first_payday": "2026-02-01"}}), encoding="utf-8")
    assert main(["plan", str(path)]) == 2
    assert "job.first_payday" in capsys.readouterr().err


def test_plan_works_without_icalendar_and_ics_says_what_is_missing(tmp_path, monkeypatch, capsys):
    # An installation without the icalendar package: the plan needs it only to write the agenda file.
    monkeypatch.setitem(sys.modules, "icalendar", None)  # `import icalendar` raises ImportError
    monkeypatch.delitem(sys.modules, "werktloont.report.agenda", raising=False)
    monkeypatch.delattr(werktloont.report, "agenda", raising=False)  # as if it was never imported
    path = _case(tmp_path)
    assert main(["plan", path]) == 0
    assert "Vervolgplan" in capsys.readouterr().out
    assert "werktloont.report.agenda" not in sys.modules
    ics = tmp_path / "plan.ics"
    assert main(["plan", path, "--ics", str(ics)]) == 3
    err = capsys.readouterr().err
    assert "'icalendar' ontbreekt" in err and "zonder --ics" in err and not ics.exists()
