"""Build the frozen app and smoke-test it (build/build.sh, build/smoke.sh) - in CI only.

.ci/run sets WERKTLOONT_CI_FROZEN=1 and then runs README's test command, so the build happens inside that
command, as its last test, and only when every other test passed. Locally: `bash build/build.sh &&
bash build/smoke.sh`, or WERKTLOONT_CI_FROZEN=1 with pytest.
"""

import os
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_frozen_app_builds_and_passes_the_smoke_test(request):
    if os.environ.get("WERKTLOONT_CI_FROZEN") != "1":
        pytest.skip("bevroren app alleen in CI (WERKTLOONT_CI_FROZEN=1, zie .ci/run)")
    if request.session.testsfailed:
        pytest.skip("eerst moeten alle andere tests slagen")
    for script in ("build/build.sh", "build/smoke.sh"):
        t0 = time.perf_counter()
        proc = subprocess.run(["bash", str(ROOT / script)], cwd=ROOT, capture_output=True, text=True)
        print(f"{script}: {time.perf_counter() - t0:.0f} s\n{proc.stdout[-3000:]}")
        assert proc.returncode == 0, (
            f"{script} faalde ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
