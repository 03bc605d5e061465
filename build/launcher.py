"""Entry point of the frozen app: the same `werktloont` command as the installed package."""

import os
import sys

# A windowed executable (werktloont.exe on Windows) has no console: sys.stdout and sys.stderr are None, and a
# message printed for the command line would raise instead of vanishing.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the app

import multiprocessing  # noqa: E402

from werktloont.cli import main  # noqa: E402

if __name__ == "__main__":
    # `batch --jobs N` starts worker processes; a frozen app must let them run the worker, not the program
    # (Windows and macOS start them fresh).
    multiprocessing.freeze_support()
    raise SystemExit(main())
