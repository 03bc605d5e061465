"""The code is lint-clean (ruff) and type-clean (mypy), as configured in pyproject.toml.

Both run as the venv's own tools (`python -m ruff`, `python -m mypy`), so they are the versions pinned in the
`test` extra. On a finding the test fails with the tool's output: file, line, rule and message.
"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUFF_PATHS = ["src", "tests", "benchmarks", "build"]


def _run(module: str, *args: str) -> subprocess.CompletedProcess:
    try:
        __import__(module)
    except ImportError:
        pytest.skip(f"{module} is not installed: pip install -e '.[test]'")
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


def test_ruff_is_clean():
    proc = _run("ruff", "check", "--output-format", "concise", *RUFF_PATHS)
    if proc.returncode != 0:
        pytest.fail(f"ruff check {' '.join(RUFF_PATHS)}:\n{proc.stdout}{proc.stderr}", pytrace=False)


def test_mypy_is_clean():
    # mypy keeps its incremental cache in .mypy_cache (which ignores itself in git): ~2 s warm, ~12 s cold.
    proc = _run("mypy")
    if proc.returncode != 0:
        pytest.fail(f"mypy (files and options from pyproject.toml):\n{proc.stdout}{proc.stderr}", pytrace=False)
