"""A real full disk: a tmpfs of 400 kB (only where this user may mount one, else skipped). The report and the batch
output are written by Qt and by Python as on a nearly full USB stick; nothing broken replaces a good file."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tiny_disk(tmp_path):
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("een kleine tmpfs aankoppelen kan alleen root op Linux")
    mount = tmp_path / "schijf"
    mount.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount)], capture_output=True)
    if proc.returncode != 0:
        pytest.skip("tmpfs aankoppelen mag hier niet")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def _fill(disk: Path, leave_kb: int) -> None:
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    with open(disk / "vulling", "wb") as fh:
        fh.write(b"\0" * max(0, free - leave_kb * 1024))


def test_report_and_batch_on_a_really_full_disk(tiny_disk, tmp_path):
    pytest.importorskip("PySide6")
    case = json.loads((ROOT / "docs" / "screenshots" / "moeder.json").read_text(encoding="utf-8"))
    case_file = tmp_path / "casus.json"
    case_file.write_text(json.dumps(case), encoding="utf-8")
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "xdg"), "WERKTLOONT_PARAMETERS": ""}
    pdf = tiny_disk / "rapport.pdf"
    first = run_cli("report", case_file, "--pdf", pdf, env=env)
    assert first.returncode == 0 and "Rapport geschreven" in first.stdout, first.stderr
    good = pdf.read_bytes()
    _fill(tiny_disk, leave_kb=60)  # less room than a report needs
    again = run_cli("report", case_file, "--pdf", pdf, env=env)
    assert again.returncode == 2 and "Rapport geschreven" not in again.stdout
    assert "rapport.pdf kon niet worden geschreven: de schijf is vol" in again.stderr
    assert pdf.read_bytes() == good
    lines = tmp_path / "veel.jsonl"
    lines.write_text((json.dumps(case) + "\n") * 300, encoding="utf-8")
    batch = run_cli("batch", lines, "--out", tiny_disk / "uit.jsonl", env=env)
    assert batch.returncode == 2 and "onverwacht" not in batch.stderr
    assert "uit.jsonl kon niet worden geschreven: de schijf is vol" in batch.stderr
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["rapport.pdf", "vulling"]
