import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
# Reference figures with their official sources, kept in the repository so the tests run on their own.
DATA = ROOT / "tests" / "data"
REFERENCE_CASES = DATA / "reference-cases"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))


def run_cli(*args, **kwargs):
    """Run `python -m werktloont ARGS` in a subprocess, finding the package whether installed or not."""
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.update(kwargs.pop("env", {}))
    return subprocess.run([sys.executable, "-m", "werktloont", *map(str, args)], capture_output=True, text=True,
                          env=env, **kwargs)
