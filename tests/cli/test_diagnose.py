"""`werktloont diagnose`: every check passes on a working installation; a failing one gives exit 1."""

import json

from werktloont.cli import diagnose_cmd, main


def test_diagnose_passes_here(capsys):
    assert main(["diagnose", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [c["ok"] for c in out["checks"]] == [True, True, True, True]
    # Dutch collation, not code points: É (U+00C9) would otherwise land after z, capitals before a.
    sorting = next(c for c in out["checks"] if c["check"].startswith("sorteren"))
    assert sorting["detail"] == "appel, Één, Eva, ijs, zee"


def test_a_failing_check_is_reported_in_dutch_with_exit_1(capsys, monkeypatch):
    def broken():
        raise ImportError("x", name="PySide6.QtCore")

    monkeypatch.setattr(diagnose_cmd, "CHECKS", (("sorteren (ICU, nl)", broken),) + diagnose_cmd.CHECKS[:1])
    assert main(["diagnose"]) == 1
    out = capsys.readouterr().out
    assert "FOUT  sorteren (ICU, nl): PySide6.QtCore ontbreekt" in out
    assert "goed  parameterpakket" in out
