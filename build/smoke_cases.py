"""Helpers of the frozen-app smoke tests (build/smoke.sh, build/smoke.ps1), the same on every system.

    python build/smoke_cases.py cases REFERENCE_DIR TMP   # a few reference cases and the example case as files
    python build/smoke_cases.py png FILE                  # the screenshot is a real 1440 x 900 PNG
"""

import json
import struct
import sys
from pathlib import Path


def write_cases(reference: Path, tmp: Path) -> None:
    cases = json.loads((reference / "reference-cases" / "bijstand.json").read_text(encoding="utf-8"))["cases"]
    for i in (0, 6, len(cases) - 1):
        (tmp / f"calc-{cases[i]['id']}.json").write_text(json.dumps(cases[i]["input"]), encoding="utf-8")
    rows = json.loads((reference / "reference-cases" / "toeslagen-2025.json").read_text(encoding="utf-8"))["cases"]
    (tmp / f"toeslagen-{rows[0]['id']}.json").write_text(json.dumps(rows[0]["input"]), encoding="utf-8")
    try:
        from werktloont.ui.example import example_case
    except ImportError:
        return
    (tmp / "calc-example.json").write_text(json.dumps(example_case()), encoding="utf-8")


def check_png(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "geen PNG"
    w, h = struct.unpack(">II", data[16:24])
    assert (w, h) == (1440, 900), (w, h)
    assert len(data) > 30_000, f"verdacht klein: {len(data)} bytes"  # an empty window compresses to a few KB
    print(f"smoke: --screenshot {w}x{h}, {len(data) // 1024} KB")


if __name__ == "__main__":
    if sys.argv[1] == "cases":
        write_cases(Path(sys.argv[2]), Path(sys.argv[3]))
    elif sys.argv[1] == "png":
        check_png(Path(sys.argv[2]))
    else:
        raise SystemExit(f"onbekende opdracht {sys.argv[1]!r}")
