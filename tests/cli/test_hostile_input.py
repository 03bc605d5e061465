"""Hostile case files and batch lines: one reader refuses each cleanly, in Dutch, naming the file."""

import json
import os
import threading

import pytest

from tests.conftest import run_cli
from werktloont import jsonio
from werktloont.casefile import read_case
from werktloont.jsonio import CaseFileError, read_case_data

CASE = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}]},
        "job": {"hours_per_week": 24, "hourly_wage": 15.0}}


def _write(tmp_path, data, name="casus.json"):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


def test_bom_is_fine(tmp_path):
    path = _write(tmp_path, b"\xef\xbb\xbf" + json.dumps(CASE).encode())
    assert read_case(path).job.hours_per_week == 24


@pytest.mark.parametrize("mutate, field, words", [
    (lambda c: c["job"].update(hours_per_week="24"), "job.hours_per_week", "getal"),
    (lambda c: c["job"].update(hours_per_week=-1), "job.hours_per_week", "moet minstens 0 zijn"),
    (lambda c: c["household"]["adults"][0].update(works="yes"), "household.adults[0].works", "true of false"),
    # 30.0 is the whole number 30 (test_number_input.py); a fraction is not
    (lambda c: c["household"]["adults"][0].update(age=30.5), "household.adults[0].age", "geheel getal"),
])
def test_strict_types_name_the_field(tmp_path, mutate, field, words):
    case = json.loads(json.dumps(CASE))
    mutate(case)
    with pytest.raises(CaseFileError) as err:
        read_case(_write(tmp_path, case))
    assert err.value.field == field and words in str(err.value) and "casus.json" in str(err.value)


def test_bounds_in_dutch_number_format(tmp_path):
    case = json.loads(json.dumps(CASE))
    case["assets"] = {"savings": 20_000_000}
    with pytest.raises(CaseFileError, match=r"mag hoogstens 10\.000\.000 zijn"):
        read_case(_write(tmp_path, case))


@pytest.mark.parametrize("raw, words", [
    (b'{"format": "werktloont-case/1", "format": "werktloont-case/1"}', "twee keer"),
    (b"[" * 100_000 + b"]" * 100_000, "te diep genest"),
    (b'{"format": "werktloont-case/1", "x": ' + b"9" * 5000 + b"}", "5.000 cijfers"),
    (b'{"format": "werktloont-case/1", "x": NaN}', "geen getal"),
])
def test_hostile_json_is_refused(tmp_path, raw, words):
    with pytest.raises(CaseFileError) as err:
        read_case_data(_write(tmp_path, raw))
    assert words in str(err.value) and "casus.json" in str(err.value)


def test_format_is_required_by_every_command(tmp_path):
    path = _write(tmp_path, {k: v for k, v in CASE.items() if k != "format"})
    for cmd in (["calc"], ["curve"], ["timeline"]):
        proc = run_cli(*cmd, path)
        assert proc.returncode == 2 and "'format' ontbreekt" in proc.stderr, (cmd, proc.stderr)


def test_directory_and_fifo_and_dev_zero_are_refused_without_reading(tmp_path):
    folder = tmp_path / "map.json"
    folder.mkdir()
    with pytest.raises(CaseFileError, match="een map"):
        read_case_data(folder)
    with pytest.raises(CaseFileError, match="geen gewoon bestand"):
        read_case_data("/dev/zero")
    fifo = tmp_path / "pijp.json"
    os.mkfifo(fifo)
    done = []
    reader = threading.Thread(target=lambda: done.append(pytest.raises(CaseFileError, read_case_data, fifo)))
    reader.start()
    reader.join(5)
    if reader.is_alive():  # unblock the hanging reader before failing
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO hangs")
    assert done


def test_os_errors_in_dutch(tmp_path):
    with pytest.raises(CaseFileError, match="het bestand bestaat niet"):
        read_case_data(tmp_path / "weg.json")
    loop = tmp_path / "kring.json"
    loop.symlink_to(loop)
    with pytest.raises(CaseFileError, match="kring"):
        read_case_data(loop)


def test_terminal_escapes_are_stripped_from_messages(tmp_path):
    case = dict(CASE, format="\x1b]0;pwned\x07\x1b[31mrood\u202e")
    path = _write(tmp_path, case)
    proc = run_cli("calc", path)
    assert proc.returncode == 2 and "rood" in proc.stderr
    assert "\x1b" not in proc.stderr and "\x07" not in proc.stderr and "\u202e" not in proc.stderr


def test_clean_keeps_ordinary_text():
    assert jsonio.clean("Zoë\tregel\nnog € 1.234,56") == "Zoë\tregel\nnog € 1.234,56"


def test_one_hostile_line_does_not_stop_the_batch(tmp_path):
    good = json.dumps(CASE)
    lines = [good, "[" * 100_000 + "]" * 100_000, '{"format": "werktloont-case/1", "x": ' + "9" * 5000 + "}",
             json.dumps(dict(CASE, date="2026-13-01")), good]
    src = tmp_path / "veel.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "uit.jsonl"
    proc = run_cli("batch", src, "--out", out)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("line") for r in rows if "error" in r] == [2, 3, 4]
    assert rows[0]["format"] == "werktloont-result/1" and rows[4]["format"] == "werktloont-result/1"
    assert "regel 2" in rows[1]["error"] and "regel 3" in rows[2]["error"]


def test_a_huge_wrong_value_is_not_printed_whole(tmp_path):
    case = json.loads(json.dumps(CASE))
    case["job"]["vakantiegeld"] = "x" * 50_000
    with pytest.raises(CaseFileError) as err:
        read_case(_write(tmp_path, case))
    assert "job.vakantiegeld" in str(err.value) and len(str(err.value)) < 500
