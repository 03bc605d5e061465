import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
# Reference figures with their official sources, kept in the repository so the tests run on their own.
DATA = ROOT / "tests" / "data"
REFERENCE_CASES = DATA / "reference-cases"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))


def run_cli(*args, env: dict | None = None, cwd=None, timeout: float | None = None):
    """`werktloont ARGS` in this process: `werktloont.cli.main(argv)` with stdout and stderr captured, its return
    value or SystemExit as the exit code. Returns a CompletedProcess like run_cli_subprocess (text as a pipe would
    deliver it, \r\n read as \n), about 100 times faster than starting Python. `env` is laid over os.environ and
    `cwd` entered for the call only; the caches that depend on them (pack and overlay look-ups, the one-time
    notices about a refused pack) are forgotten before and after, as a new process would start without them.
    `timeout` is accepted for the subprocess form and not enforced here. The window (`--screenshot`, no
    arguments) still gets a new process: it sets up a QApplication of its own (translators, style)."""
    import contextlib
    import io
    import subprocess

    from werktloont.cli import main
    from werktloont.params import gemeente_override, override

    argv = [str(a) for a in args]
    if not argv or argv[0] == "--screenshot" or (len(argv) == 1 and argv[0].endswith(".json")):
        return run_cli_subprocess(*argv, env=env or {}, cwd=cwd, timeout=timeout)
    saved = {k: os.environ.get(k) for k in (env or {})}
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        if cwd is not None:
            stack.enter_context(contextlib.chdir(cwd))
        os.environ.update(env or {})
        override.clear_cache()
        gemeente_override.clear_cache()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = main(argv)
                except SystemExit as exc:  # argparse's usage errors and --help
                    code = exc.code
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
            override.clear_cache()
            gemeente_override.clear_cache()

    def text(buf: io.StringIO) -> str:
        return buf.getvalue().replace("\r\n", "\n").replace("\r", "\n")

    if code is not None and not isinstance(code, int):  # SystemExit("message"): Python prints it, exit code 1
        err.write(f"{code}\n")
        code = 1
    return subprocess.CompletedProcess(["werktloont", *argv], code or 0, text(out), text(err))


def run_cli_subprocess(*args, **kwargs):
    """Run `python -m werktloont ARGS` in a new process: for the tests of the entry point itself."""
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.update(kwargs.pop("env", {}))
    return subprocess.run([sys.executable, "-m", "werktloont", *map(str, args)], capture_output=True, text=True,
                          env=env, **kwargs)


def pytest_configure(config):
    """Python's cycle collector less often: the tests build thousands of short-lived Qt widgets, matplotlib artists
    and answers, and at the default threshold (a collection every 700 new objects) its passes over the young objects
    were about a sixth of a window's set-up. Nothing the tests assert depends on when garbage is collected."""
    import gc

    gc.set_threshold(100_000, 50, 100)


def pytest_collection_finish(session):
    """ruff and mypy (tests/test_quality.py) start as soon as they are selected, next to the other tests. Under
    pytest-xdist every worker collects every test, so none starts them early (two mypy runs would share one cache):
    the worker that runs the quality tests runs them then, while the other workers go on."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    if any(item.path == ROOT / "tests" / "test_quality.py" for item in session.items):
        from tests import test_quality

        test_quality.start()


def pytest_sessionfinish(session):
    quality = sys.modules.get("tests.test_quality")
    if quality is not None:
        quality.stop()


def isolated_user_folders(monkeypatch, tmp_path):
    """A generator for an autouse fixture: the user's data folder in tmp_path (a developer's own
    ~/.local/share/werktloont must not leak in), no WERKTLOONT_PARAMETERS, Linux's folder layout, and every cache
    of the user's folders forgotten before and after. Yields the municipal overlay folder."""
    from werktloont.params import gemeente_override, override, refused

    def forget() -> None:
        override.clear_cache()
        gemeente_override.clear_cache()
        refused.forget_environment()

    monkeypatch.delenv("WERKTLOONT_PARAMETERS", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    forget()
    yield tmp_path / "xdg" / "werktloont" / "gemeenten"
    forget()


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """Delete the test's windows now, after its fixtures. pytest-qt closes them and asks Qt to delete them later,
    but "later" comes only when an event loop runs: without this every window of a module stayed alive (20.000
    widgets after 30 tests), and a language switch or a style change in a later test went through all of them.
    Then the translators the windows installed go too."""
    yield
    qtcore = sys.modules.get("PySide6.QtCore")
    app = qtcore.QCoreApplication.instance() if qtcore is not None else None
    if app is None:
        return
    app.sendPostedEvents(None, qtcore.QEvent.Type.DeferredDelete)
    # Each window installs its language's translators on the application (they belong to it, not to the window):
    # left installed, every later tr() went through all of them, a few hundred by the end. The next test starts
    # as a new process would, without any.
    for translator in app.findChildren(qtcore.QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
