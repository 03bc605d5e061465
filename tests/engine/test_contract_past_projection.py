"""Four-weekly pay with a temporary contract that ends after the projection's last month: the slips inside the
projection are paid every 28 days, the final slip (the rest of the contract) lies outside it, and nothing fails in
calc, timeline, the API or batch. A line of `werktloont batch` that fails in the program is an error line, never
the end of the batch."""

import json

from tests.conftest import run_cli
from werktloont import api
from werktloont.engine import batch as engine_batch
from werktloont.engine.calculate import projection
from werktloont.engine.prepared import prepare

# 24 months of projection (2026-03 .. 2028-02), a contract of 24 months from 1 April 2026 (to 2028-03-31).
CASE = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}]},
        "job": {"hours_per_week": 24, "start": "2026-04-01", "contract_months": 24, "pay_period": "vier_weken"}}
GOOD = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}]},
        "job": {"hours_per_week": 20}}


def test_slips_inside_the_projection_and_no_final_slip():
    slips = projection(prepare(CASE)).pay["slips"]
    # First payday without one in the case: four weeks plus a week after the start, 1 April + 35 days = 6 May 2026.
    # Then every 28 days. The last inside the projection (to 29 February 2028): 6 May 2026 + 23 x 28 = 644 days =
    # 6 May 2027 (365) + 279 days = 9 February 2028; the next (8 March 2028) lies outside: 24 slips.
    assert len(slips) == 24
    assert slips[0].day.isoformat() == "2026-05-06" and slips[-1].day.isoformat() == "2028-02-09"
    assert all((b.day - a.day).days == 28 for a, b in zip(slips, slips[1:]))
    # The contract ends on 31 March 2028, after the projection: its final slip is not in it.
    assert not any(s.final for s in slips)


def test_calc_timeline_and_api_answer(tmp_path):
    r = api.calculate(CASE)
    assert r["format"] == "werktloont-result/1" and len(r["timeline"]) == 24
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    for command in ("calc", "timeline"):
        proc = run_cli(command, path)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, command


def test_batch_keeps_every_line_around_a_failing_one(tmp_path, monkeypatch):
    real = engine_batch.calculate

    def flaky(data, **kw):
        if data.get("date") == "2026-04-01":
            raise IndexError("index 26 is out of bounds")
        return real(data, **kw)

    monkeypatch.setattr(engine_batch, "calculate", flaky)
    lines = [GOOD, CASE, dict(GOOD, date="2026-04-01"), GOOD]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    proc = run_cli("batch", src, "--stil")
    rows = [json.loads(x) for x in proc.stdout.splitlines()]
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert [("error" in r, r.get("line")) for r in rows] == [(False, None), (False, None), (True, 3), (False, None)]
    assert "fout in het programma" in rows[2]["error"] and "IndexError" in rows[2]["error"]
    assert "1 van de 4 casussen" in proc.stderr


def test_batch_line_whose_result_cannot_be_written_is_an_error_line(tmp_path, monkeypatch):
    real = engine_batch.calculate

    def odd(data, **kw):
        result = real(data, **kw)
        if data.get("date") == "2026-04-01":
            result["extra"] = object()  # not JSON
        return result

    monkeypatch.setattr(engine_batch, "calculate", odd)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in (dict(GOOD, date="2026-04-01"), GOOD)) + "\n", encoding="utf-8")
    proc = run_cli("batch", src, "--stil")
    rows = [json.loads(x) for x in proc.stdout.splitlines()]
    assert proc.returncode == 1 and [r.get("line") for r in rows] == [1, None]
    assert "kon niet worden geschreven" in rows[0]["error"] and rows[1]["format"] == "werktloont-result/1"
