"""The window's remembered settings (size, language, recent cases) read defensively: the settings file is the
user's (an INI file or the Windows registry), so a hand-edited or damaged value is ignored, never a crash."""

from __future__ import annotations

MAX_PATH_CHARS = 4_096


def sanitize(settings) -> None:
    """Remove a damaged remembered window geometry before the window reads it (it would stop the window)."""
    if settings is None:
        return
    try:
        present = settings.contains("geometry")
    except Exception:  # noqa: BLE001 - an unreadable settings store: Qt falls back to defaults itself
        return
    if present and geometry(settings) is None:
        settings.remove("geometry")


def geometry(settings):
    """The saved window geometry as Qt's bytes, or None when absent or not bytes."""
    from PySide6.QtCore import QByteArray

    if settings is None:
        return None
    try:
        value = settings.value("geometry")
    except Exception:  # noqa: BLE001 - a value Qt cannot convert: as if none was saved
        return None
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, (bytes, bytearray)):
        return QByteArray(bytes(value))
    return None


def recent_paths(value, limit: int) -> list[str]:
    """The recent-case paths from a stored value: text paths only (one path may be stored as plain text), without
    control characters, at most `limit` of them."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return []
    out: list[str] = []
    for item in value:
        if isinstance(item, str) and item and len(item) <= MAX_PATH_CHARS and item.isprintable():
            out.append(item)
        if len(out) == limit:
            break
    return out
