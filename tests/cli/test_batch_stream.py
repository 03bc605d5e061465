"""`werktloont batch` streams: it reads a block of lines, computes, writes and forgets, so memory does not grow with
the file; each output line is what the engine's batch gives for that line alone; bad lines still give
{"error", "line"}; a full disk under --out is a Dutch message and the old output stays."""

import errno
import json

import pytest

from werktloont import atomic, jsonio
from werktloont.api import batch  # the engine's batch with the words a line carries (actions, headline_text)
from werktloont.cli import batch_cmd, main

GOOD = {"format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 30}], "rent": {"base_rent": 700.0}}, "job": {"hours_per_week": 20}}


def _case(i: int) -> dict:
    case = json.loads(json.dumps(GOOD))
    case["household"]["adults"][0]["age"] = 21 + i % 40
    case["job"]["hours_per_week"] = 4 + i % 30
    case["date"] = ("2025-07-01", "2026-03-01")[i % 2]
    if i % 3 == 0:
        case["municipality"] = "voorbeeldgemeente"
    return case


def _lines(n: int) -> list[str]:
    out = []
    for i in range(n):
        if i % 7 == 3:
            out.append('{"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": []}}')
        elif i % 11 == 5:
            out.append("{kapot")
        elif i % 13 == 6:
            out.append("   ")  # blank: skipped, but it keeps its line number
        else:
            out.append(json.dumps(_case(i)))
    return out


def _expected(lines: list[str]) -> list[dict]:
    """What the batch gave before it streamed: the engine's batch over all cases at once, per line."""
    out = []
    cases, where = [], []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            cases.append(jsonio.case_data(jsonio.loads(line.encode(), "in.jsonl", f" (regel {n})"), "in.jsonl",
                                          f" (regel {n})"))
            where.append((n, len(cases) - 1))
        except jsonio.CaseFileError as exc:
            where.append((n, {"error": str(exc), "line": n}))
    results = batch(cases)
    for n, item in where:
        entry = item if isinstance(item, dict) else results[item]
        if "error" in entry:
            entry["line"] = n
        out.append(entry)
    return out


def test_output_lines_are_those_of_one_batch_over_the_whole_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(batch_cmd, "BLOCK_LINES", 4)  # many block boundaries in a small file
    lines = _lines(60)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["batch", str(src), "--stil"]) == 1
    got = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert got == _expected(lines)
    assert [r["line"] for r in got if "error" in r] == [n for n, line in enumerate(lines, 1)
                                                        if line.strip() and ("kapot" in line or '"adults": []' in line)]


def test_out_file_equals_stdout_byte_for_byte(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(batch_cmd, "BLOCK_LINES", 5)
    src = tmp_path / "in.jsonl"
    src.write_text("\ufeff" + "\r\n".join(_lines(23)) + "\r\n", encoding="utf-8")  # BOM and CRLF, as from Excel
    main(["batch", str(src), "--stil"])
    shown = capsys.readouterr().out
    main(["batch", str(src), "--out", str(tmp_path / "uit.jsonl"), "--stil"])
    assert (tmp_path / "uit.jsonl").read_text(encoding="utf-8") == shown
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "uit.jsonl"]


def test_batch_computes_before_the_whole_file_is_read(tmp_path, monkeypatch):
    """Streaming: the first block is computed while most of the file is still unread, and no block is larger than
    BLOCK_LINES (memory stays the same whatever the number of lines)."""
    monkeypatch.setattr(batch_cmd, "BLOCK_LINES", 3)  # 20 blocks of 3 lines: as many boundaries, less to compute
    src = tmp_path / "veel.jsonl"
    src.write_text("\n".join(json.dumps(_case(i)) for i in range(60)) + "\n", encoding="utf-8")
    size = src.stat().st_size
    seen = []
    real = jsonio.BatchLines

    class Spy(real):
        def __init__(self, path):
            super().__init__(path)
            seen.append(self)

    blocks = []
    real_compute = batch_cmd.compute_block

    def compute(block):
        blocks.append((len(block), seen[0].position))
        return real_compute(block)

    monkeypatch.setattr(jsonio, "BatchLines", Spy)
    monkeypatch.setattr(batch_cmd, "compute_block", compute)
    assert main(["batch", str(src), "--out", str(tmp_path / "uit.jsonl"), "--stil"]) == 0
    assert len(blocks) == 20 and max(n for n, _ in blocks) == 3
    assert blocks[0][1] < size / 2  # the first block ran with most of the file still unread


def test_overlong_line_is_refused_without_keeping_it_and_the_next_line_still_counts(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    long_line = '{"format": "werktloont-case/1", "x": "' + "a" * (jsonio.MAX_LINE_BYTES * 3) + '"}'
    src.write_text("\n".join([json.dumps(GOOD), long_line, json.dumps(GOOD)]) + "\n", encoding="utf-8")
    assert main(["batch", str(src), "--stil"]) == 1
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [("error" in r, r.get("line")) for r in rows] == [(False, None), (True, 2), (False, None)]
    assert "regel 2" in rows[1]["error"] and "te lang" in rows[1]["error"]


def test_full_disk_under_out_is_a_dutch_message_and_the_old_output_stays(tmp_path, monkeypatch, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(_case(i)) for i in range(30)) + "\n", encoding="utf-8")
    out = tmp_path / "uit.jsonl"
    out.write_text("vorige uitvoer\n", encoding="utf-8")

    def write(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", write)
    assert main(["batch", str(src), "--out", str(out), "--stil"]) == 2
    err = capsys.readouterr().err
    assert "uit.jsonl kon niet worden geschreven: de schijf is vol" in err and "onverwacht" not in err
    assert "OSError" not in err
    assert out.read_text(encoding="utf-8") == "vorige uitvoer\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "uit.jsonl"]


def test_progress_on_stderr_for_a_long_input(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(batch_cmd, "BLOCK_LINES", 5)
    monkeypatch.setattr(batch_cmd, "PROGRESS_AFTER_S", 0.0)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(_case(i)) for i in range(20)) + "\n", encoding="utf-8")
    assert main(["batch", str(src), "--out", str(tmp_path / "uit.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "batch: 20 casussen berekend (100 %)" in err
    assert main(["batch", str(src), "--out", str(tmp_path / "uit.jsonl"), "--stil"]) == 0
    assert capsys.readouterr().err == ""


def test_jobs_give_the_same_lines_in_the_same_order(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(batch_cmd, "BLOCK_LINES", 6)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_lines(40)) + "\n", encoding="utf-8")
    main(["batch", str(src), "--stil"])
    one = capsys.readouterr().out
    main(["batch", str(src), "--stil", "--jobs", "2"])
    assert capsys.readouterr().out == one


@pytest.mark.parametrize("value", ["0", "veel", "-1"])
def test_jobs_must_be_a_sensible_number(tmp_path, value, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["batch", str(tmp_path / "x.jsonl"), "--jobs", value])
    assert exit_.value.code == 2 and "--jobs" in capsys.readouterr().err


def test_a_fifo_as_batch_file_is_refused_at_once(tmp_path, capsys):
    import os

    fifo = tmp_path / "pijp.jsonl"
    os.mkfifo(fifo)
    assert main(["batch", str(fifo)]) == 2
    assert "geen gewoon bestand" in capsys.readouterr().err
