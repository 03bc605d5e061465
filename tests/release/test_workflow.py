"""The release workflow (.github/workflows/release.yml) builds the frozen folder with build/werktloont.spec on
Windows, macOS and Linux, smoke-tests it there and uploads it; actionlint finds nothing wrong with it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_builds_on_the_three_systems_smoke_tests_and_uploads_the_folder():
    flow = _workflow()
    triggers = flow.get("on", flow.get(True))  # YAML 1.1 reads the bare key `on` as true
    assert "workflow_dispatch" in triggers
    assert flow["permissions"] == {"contents": "read"}  # a build needs to read the code, nothing more
    build = flow["jobs"]["build"]
    assert sorted(build["strategy"]["matrix"]["os"]) == ["macos-latest", "ubuntu-latest", "windows-latest"]
    runs = _runs(build)
    # Linux and macOS: build.sh runs PyInstaller with the spec; Windows runs it directly.
    assert "bash build/build.sh" in runs and "build/werktloont.spec" in (ROOT / "build" / "build.sh").read_text()
    assert "PyInstaller" in runs and "build\\werktloont.spec" in runs
    assert "bash build/smoke.sh" in runs and "./build/smoke.ps1" in runs
    upload = [s for s in build["steps"] if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
    assert len(upload) == 1 and upload[0]["with"]["path"].rstrip("/") == "dist/werktloont"
    assert upload[0]["with"]["if-no-files-found"] == "error"


def test_windows_smoke_test_checks_what_the_linux_one_checks():
    ps1 = (ROOT / "build" / "smoke.ps1").read_text(encoding="utf-8")
    sh = (ROOT / "build" / "smoke.sh").read_text(encoding="utf-8")
    for step in ("--version", "diagnose", "--screenshot", "calc", "toeslagen", "report", "params", "geweigerd",
                 "9999.1.0", "smoke_cases.py"):
        assert step in ps1 and step in sh, step
    assert "werktloont-cli.exe" in ps1 and "APPDATA" in ps1  # the console executable; the user folder on Windows


def _actionlint() -> str | None:
    here = Path(sys.executable).parent
    for candidate in (here / "actionlint", here / "actionlint.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("actionlint")


def test_actionlint_finds_nothing():
    exe = _actionlint()
    if exe is None:
        pytest.skip("actionlint is niet geïnstalleerd (pip install -e '.[lint]'; dat haalt het programma bij "
                    "installeren van GitHub, wat niet op elke machine kan)")
    proc = subprocess.run([exe, "-no-color", "-shellcheck=", "-pyflakes=", str(WORKFLOW)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
