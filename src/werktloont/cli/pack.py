"""The parameter pack as the CLI reports it (`--version`, `diagnose`)."""

from __future__ import annotations

from werktloont.errors import WerktloontError


def pack_status() -> tuple[bool, str]:
    """Whether the parameter pack loads, and its version and coverage (or the first line of the error)."""
    from werktloont.params import load_pack

    try:
        pack = load_pack()
    except WerktloontError as exc:
        lines = [line.strip(" -") for line in str(exc).splitlines() if line.strip(" -")]
        return False, " ".join(lines[:3])  # the file and its first problem, not only "Fout in …:"
    return True, f"{pack.version}, geldig {pack.coverage[0].isoformat()} t/m {pack.coverage[1].isoformat()}"
