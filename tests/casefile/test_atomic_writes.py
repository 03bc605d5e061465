"""Writes never replace a good file with a bad one (werktloont.atomic): a full disk, a failing fsync, a short
write or a truncated PDF keep the old file, leave no temporary file and say so in Dutch with the verb
"schrijven"; temporary files carry no client data in their names. The disk is made full by replacing os.write
and os.fsync, the way an OS reports it (ENOSPC)."""

import errno
import os
import stat

import pytest

from werktloont import atomic
from werktloont.atomic import WriteError


def _full_disk_after(monkeypatch, allowed: int):
    """os.write accepts `allowed` bytes in total, then the disk is full (ENOSPC), as on a nearly full disk."""
    real = os.write
    room = {"left": allowed}

    def write(fd, data):
        if room["left"] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = real(fd, bytes(data[: room["left"]]))
        room["left"] -= n
        return n

    monkeypatch.setattr(atomic.os, "write", write)


def _only(folder):
    return sorted(p.name for p in folder.iterdir())


def test_full_disk_keeps_the_previous_file_and_removes_the_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "casus.json"
    target.write_text('{"oud": true}', encoding="utf-8")
    _full_disk_after(monkeypatch, 10)
    with pytest.raises(WriteError) as err:
        atomic.write_text(target, '{"nieuw": "' + "x" * 5000 + '"}')
    text = str(err.value)
    assert "casus.json" in text and "schijf is vol" in text and "vorige bestand is niet veranderd" in text
    assert "kon niet worden geschreven" in text and "lezen" not in text
    assert target.read_text(encoding="utf-8") == '{"oud": true}'
    assert _only(tmp_path) == ["casus.json"]


def test_full_disk_on_a_new_file_says_no_file_was_made(tmp_path, monkeypatch):
    _full_disk_after(monkeypatch, 0)
    with pytest.raises(WriteError, match="Er is geen bestand gemaakt"):
        atomic.write_text(tmp_path / "nieuw.json", "{}")
    assert _only(tmp_path) == []


def test_failing_fsync_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "uit.jsonl"
    target.write_bytes(b"oud\n")

    def fsync(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    with pytest.raises(WriteError, match="schrijffout van de schijf"):
        atomic.write_bytes(target, b"nieuw\n" * 1000)
    assert target.read_bytes() == b"oud\n" and _only(tmp_path) == ["uit.jsonl"]


def test_a_write_that_claims_more_than_reached_the_disk_is_caught_by_the_size_check(tmp_path, monkeypatch):
    real = os.write
    monkeypatch.setattr(atomic.os, "write", lambda fd, data: real(fd, bytes(data[: len(data) // 2])) and len(data))
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"%PDF-1.4 oud %%EOF")
    with pytest.raises(WriteError, match="niet zo groot"):
        atomic.write_bytes(target, b"%PDF-1.4 " + b"x" * 4000 + b"\n%%EOF\n", tail=b"%%EOF")
    assert target.read_bytes() == b"%PDF-1.4 oud %%EOF"


def test_a_pdf_that_does_not_end_with_eof_is_not_put_in_place(tmp_path):
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"%PDF-1.4 goed\n%%EOF\n")
    with pytest.raises(WriteError, match="onvolledig"):
        atomic.write_bytes(target, b"%PDF-1.4 afgebroken in het midden van een ", tail=b"%%EOF")
    assert target.read_bytes() == b"%PDF-1.4 goed\n%%EOF\n" and _only(tmp_path) == ["rapport.pdf"]


def test_temp_file_name_carries_no_client_data(tmp_path, monkeypatch):
    seen = []
    real = atomic._replace

    def spy(tmp, target):
        seen.append(os.path.basename(tmp))
        real(tmp, target)

    monkeypatch.setattr(atomic, "_replace", spy)
    atomic.write_text(tmp_path / "Jansen, Piet - gesprek 12 november.json", "{}")
    assert len(seen) == 1
    assert seen[0].startswith(".werktloont-") and seen[0].endswith(".tmp")
    for word in ("Jansen", "Piet", "gesprek", "november"):
        assert word not in seen[0]


def test_a_crash_left_temp_file_is_cleaned_at_the_next_save(tmp_path):
    stale = tmp_path / ".werktloont-abc123.tmp"
    stale.write_text("Jansen", encoding="utf-8")
    os.utime(stale, (1, 1))
    fresh = tmp_path / ".werktloont-def456.tmp"  # a save still running in another window: left alone
    fresh.write_text("{}", encoding="utf-8")
    atomic.write_text(tmp_path / "casus.json", "{}")
    assert not stale.exists() and fresh.exists()


def test_permission_denied_while_writing_says_schrijven(tmp_path, monkeypatch):
    def mkstemp(**kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
    with pytest.raises(WriteError) as err:
        atomic.write_text(tmp_path / "casus.json", "{}")
    assert "geen toestemming om het bestand te schrijven" in str(err.value) and "lezen" not in str(err.value)


def test_a_folder_as_target_is_refused_before_writing(tmp_path):
    (tmp_path / "map.json").mkdir()
    with pytest.raises(WriteError, match="map, geen bestand"):
        atomic.write_text(tmp_path / "map.json", "{}")


def test_existing_mode_is_kept(tmp_path):
    target = tmp_path / "gedeeld.jsonl"
    target.write_text("oud", encoding="utf-8")
    target.chmod(0o640)
    atomic.write_text(target, "nieuw", private=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_text(encoding="utf-8") == "nieuw"


def test_streamed_write_stops_at_the_first_failing_chunk(tmp_path, monkeypatch):
    target = tmp_path / "uit.jsonl"
    target.write_text("oud\n", encoding="utf-8")
    produced = []

    def chunks():
        for i in range(1000):
            produced.append(i)
            yield b"regel\n" * 100

    _full_disk_after(monkeypatch, 2000)
    with pytest.raises(WriteError, match="schijf is vol"):
        atomic.write_lines(target, chunks)
    assert len(produced) < 10  # a full disk stops the batch at once, not after computing everything
    assert target.read_text(encoding="utf-8") == "oud\n" and _only(tmp_path) == ["uit.jsonl"]


def test_case_file_save_on_a_full_disk_raises_in_dutch_and_keeps_the_file(tmp_path, monkeypatch):
    from werktloont.casefile import save_case
    from werktloont.model.case import parse_case

    case = parse_case({"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}]}})
    path = tmp_path / "casus.json"
    save_case(path, case)
    before = path.read_bytes()
    _full_disk_after(monkeypatch, 100)
    with pytest.raises(WriteError, match="schijf is vol"):
        save_case(path, case.model_copy(update={"note": "n" * 4000}))
    assert path.read_bytes() == before and _only(tmp_path) == ["casus.json"]
