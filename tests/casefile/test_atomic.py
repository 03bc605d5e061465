"""The one atomic-write helper: stale temp files cleaned, read-only asks, symlinks written through."""

import os
import stat
import time

import pytest

from werktloont import casefile
from werktloont.casefile import ReadOnlyTarget, atomic_write_text, file_stamp


def test_stale_temp_files_are_removed_at_the_next_save(tmp_path):
    target = tmp_path / "casus.json"
    stale = tmp_path / ".casus.json.abc123.tmp"  # left by a crash during an earlier save; holds the client's name
    stale.write_text("Jansen", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    atomic_write_text(target, "{}")
    assert not stale.exists() and target.read_text(encoding="utf-8") == "{}"
    assert [p.name for p in tmp_path.iterdir()] == ["casus.json"]


def test_new_case_file_is_owner_only_and_batch_output_is_not(tmp_path):
    atomic_write_text(tmp_path / "casus.json", "{}")
    assert stat.S_IMODE((tmp_path / "casus.json").stat().st_mode) == 0o600
    umask = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "uit.jsonl", "", private=False)
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "uit.jsonl").stat().st_mode) == 0o644


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anything")
def test_read_only_target_asks_first(tmp_path):
    target = tmp_path / "casus.json"
    target.write_text("oud", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyTarget, match="alleen-lezen"):
        atomic_write_text(target, "nieuw")
    assert target.read_text(encoding="utf-8") == "oud"
    atomic_write_text(target, "nieuw", overwrite_readonly=True)
    assert target.read_text(encoding="utf-8") == "nieuw"


def test_read_only_check_uses_the_mode(tmp_path, monkeypatch):
    # As root os.access says yes to everything; the check itself is what matters here.
    target = tmp_path / "casus.json"
    target.write_text("oud", encoding="utf-8")
    monkeypatch.setattr(casefile.os, "access", lambda p, m: False)
    with pytest.raises(ReadOnlyTarget):
        atomic_write_text(target, "nieuw")
    assert target.read_text(encoding="utf-8") == "oud"


def test_symlinked_target_is_written_through_the_link(tmp_path):
    real = tmp_path / "echt.json"
    real.write_text("oud", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write_text(link, "nieuw")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "nieuw"


def test_file_stamp_changes_when_another_window_saves(tmp_path):
    target = tmp_path / "casus.json"
    atomic_write_text(target, "{}")
    before = file_stamp(target)
    atomic_write_text(target, '{"a": 1}')
    assert file_stamp(target) != before and file_stamp(tmp_path / "weg.json") is None


def test_report_pdf_is_owner_only(tmp_path):
    pytest.importorskip("PySide6")
    from werktloont.report.content import build_report
    from werktloont.report.render import write_pdf

    case = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}]},
            "client": "J. Jansen", "note": "privé"}
    write_pdf(build_report(case), tmp_path / "rapport.pdf")
    assert stat.S_IMODE((tmp_path / "rapport.pdf").stat().st_mode) == 0o600


def test_same_case_open_twice_warns_before_the_last_save_wins(tmp_path):
    from werktloont.casefile import ChangedSinceOpened, save_case
    from werktloont.model.case import parse_case

    case = parse_case({"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}]}})
    path = tmp_path / "casus.json"
    save_case(path, case)
    opened_here = file_stamp(path)
    os.utime(path, ns=(opened_here[0] + 10**9, opened_here[0] + 10**9))  # the other window saved a second later
    with pytest.raises(ChangedSinceOpened, match="ander venster"):
        save_case(path, case.model_copy(update={"note": "hier"}), expected_stamp=opened_here)
    save_case(path, case.model_copy(update={"note": "hier"}))  # the user said: overwrite
    assert "hier" in path.read_text(encoding="utf-8")
