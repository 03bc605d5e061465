"""Read a JSON file with a clear Dutch message on any problem (shared by the CLI and the window)."""

from __future__ import annotations

import json
from pathlib import Path

from werktloont.errors import InputError


def read_json(path: str):
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError("", f"bestand {path} kan niet worden gelezen ({exc.strerror})") from None
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("", f"bestand {path} is geen UTF-8-tekst") from None
    except json.JSONDecodeError as exc:
        raise InputError("", f"bestand {path} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})") from None
