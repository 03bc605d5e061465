"""The user's folders per platform, with the standard library only (no admin rights, no extra package): where a
save dialog starts (Documents) and how a path is split into folder and file name on the platform at hand.

Windows paths are built with `ntpath` and POSIX paths with `posixpath`, chosen by `sys.platform` at call time, so
the tests can run the Windows rules on any machine (APPDATA, Documents, backslashes, drive letters).
"""

from __future__ import annotations

import ntpath
import os
import posixpath
import re
import sys
from collections.abc import Mapping
from pathlib import PurePosixPath


def _pathmod():
    return ntpath if sys.platform == "win32" else posixpath


def base_name(path: str | os.PathLike) -> str:
    """The file name of `path` by the platform's rules: 'C:\\Users\\Jan\\rapport.pdf' -> 'rapport.pdf' on Windows
    (where '/' separates too), the whole 'a\\b.pdf' on Linux (a backslash is a letter there)."""
    text = os.fspath(path)
    if sys.platform == "win32":
        return ntpath.basename(text.rstrip("\\/")) or text
    return PurePosixPath(text).name or text


def _windows_known_documents() -> str | None:
    """FOLDERID_Documents from the Windows shell (follows a move to OneDrive or another drive); None elsewhere."""
    if sys.platform != "win32" or not hasattr(sys, "getwindowsversion"):
        return None
    try:
        import ctypes
        from ctypes import wintypes

        class GUID(ctypes.Structure):
            _fields_ = [("Data1", wintypes.DWORD), ("Data2", wintypes.WORD), ("Data3", wintypes.WORD),
                        ("Data4", wintypes.BYTE * 8)]

        # {FDD39AD0-238F-46AF-ADB4-6C85480369C7}
        folder = GUID(0xFDD39AD0, 0x238F, 0x46AF, (wintypes.BYTE * 8)(0xAD, 0xB4, 0x6C, 0x85, 0x48, 0x03, 0x69,
                                                                         0xC7))
        out = ctypes.c_wchar_p()
        windll = ctypes.windll
        if windll.shell32.SHGetKnownFolderPath(ctypes.byref(folder), 0, None, ctypes.byref(out)) != 0:
            return None
        try:
            return out.value
        finally:
            windll.ole32.CoTaskMemFree(out)
    except (OSError, AttributeError, ValueError):
        return None


def _xdg_documents(home: str, environ: Mapping[str, str]) -> str | None:
    """XDG_DOCUMENTS_DIR from the environment or ~/.config/user-dirs.dirs ('Documenten' on a Dutch desktop)."""
    value = environ.get("XDG_DOCUMENTS_DIR")
    if not value:
        config = environ.get("XDG_CONFIG_HOME") or posixpath.join(home, ".config")
        try:
            with open(posixpath.join(config, "user-dirs.dirs"), encoding="utf-8") as fh:
                text = fh.read(64_000)
        except (OSError, UnicodeDecodeError):
            return None
        found = re.search(r'^XDG_DOCUMENTS_DIR="([^"\n]*)"', text, re.M)
        value = found.group(1) if found else None
    if not value:
        return None
    value = value.replace("$HOME", home)
    return value if posixpath.isabs(value) else None


def documents_dir(environ: Mapping[str, str] | None = None, home: str | None = None) -> str:
    """The user's Documents folder as text (it may not exist: the caller checks before using it)."""
    environ = os.environ if environ is None else environ
    if sys.platform == "win32":
        known = _windows_known_documents()
        if known:
            return known
        profile = environ.get("USERPROFILE") or (ntpath.join(environ.get("HOMEDRIVE", ""), environ["HOMEPATH"])
                                                 if environ.get("HOMEPATH") else None)
        return ntpath.join(profile or (home or os.path.expanduser("~")), "Documents")
    home = home or os.path.expanduser("~")
    if sys.platform == "darwin":
        return posixpath.join(home, "Documents")
    return _xdg_documents(home, environ) or posixpath.join(home, "Documents")


def start_folder(environ: Mapping[str, str] | None = None) -> str:
    """The Documents folder when it exists, else "" (a dialog then starts in the current folder)."""
    docs = documents_dir(environ)
    return docs if os.path.isdir(docs) else ""


def save_start(suggested: str, environ: Mapping[str, str] | None = None) -> str:
    """Where a save dialog starts: the suggested name in the Documents folder if that exists, else the name alone
    (the dialog then starts in the current folder, which for an installed program may not be writable)."""
    docs = start_folder(environ)
    return _pathmod().join(docs, suggested) if docs else suggested
