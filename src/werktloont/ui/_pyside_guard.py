"""Guard against a reference-count bug in PySide6 6.12 on Python 3.11.

With PySide6-Essentials 6.12.0, every call of a Qt method that returns void (QTimer.start, QWidget.update,
processEvents, ...) takes one reference from None without giving it back. On Python 3.11 None starts with a
few thousand references, so after a few thousand such calls the interpreter stops with "Fatal Python error:
none_dealloc" - within a minute of using the window. PySide6 6.11.3 does not have the bug, and from Python
3.12 on None is immortal. Until the dependency is pinned, we give None a huge reference count once, which is
what Python 3.12 does for every build. tests/ui/test_app.py checks that many void calls no longer crash.
"""

from __future__ import annotations

import sys


def protect_none() -> bool:
    """Return True when the guard was applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    try:
        import PySide6
    except ImportError:
        return False
    if tuple(PySide6.__version_info__[:2]) < (6, 12):
        return False
    import ctypes

    # ob_refcnt is the first field of every CPython object (Py_ssize_t) in release builds of 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True


APPLIED = protect_none()
