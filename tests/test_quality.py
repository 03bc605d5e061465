"""The code is lint-clean (ruff) and type-clean (mypy), as configured in pyproject.toml.

Both run as the venv's own tools (`python -m ruff`, `python -m mypy`), so they are the versions pinned in the
`test` extra. On a finding the test fails with the tool's output: file, line, rule and message.
"""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUFF_PATHS = ["src", "tests", "benchmarks", "build"]


# Started when the session has collected this file (tests/conftest.py), so both tools run on the second core
# while the other tests run; a test here then only waits for the answer. A cold mypy takes about 10 s (no
# .mypy_cache yet, as in CI), a warm one under a second.
_STARTED: dict[tuple[str, ...], subprocess.Popen] = {}
_RUFF = ("ruff", "check", "--output-format", "concise", *RUFF_PATHS)
_MYPY = ("mypy",)


def start() -> None:
    """Start ruff and mypy in the background (once); the tests below collect their results."""
    for cmd in (_RUFF, _MYPY):
        if cmd not in _STARTED and importlib.util.find_spec(cmd[0]) is not None:
            _STARTED[cmd] = subprocess.Popen([sys.executable, "-m", *cmd], cwd=ROOT, stdout=subprocess.PIPE,
                                             stderr=subprocess.PIPE, text=True)


def stop() -> None:
    """End what is still running when the session ends early (pytest -x)."""
    for proc in _STARTED.values():
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    _STARTED.clear()


def _run(module: str, *args: str) -> subprocess.CompletedProcess:
    try:
        __import__(module)
    except ImportError:
        pytest.skip(f"{module} is not installed: pip install -e '.[test]'")
    proc = _STARTED.pop((module, *args), None)
    if proc is None:
        return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
                              timeout=600)
    stdout, stderr = proc.communicate(timeout=600)
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


def test_ruff_is_clean():
    proc = _run(*_RUFF)
    if proc.returncode != 0:
        pytest.fail(f"ruff check {' '.join(RUFF_PATHS)}:\n{proc.stdout}{proc.stderr}", pytrace=False)


def test_mypy_is_clean():
    # mypy keeps its incremental cache in .mypy_cache (which ignores itself in git): ~2 s warm, ~12 s cold.
    proc = _run(*_MYPY)
    if proc.returncode != 0:
        pytest.fail(f"mypy (files and options from pyproject.toml):\n{proc.stdout}{proc.stderr}", pytrace=False)
