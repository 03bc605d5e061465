"""`werktloont batch CASES.jsonl [--out OUT.jsonl]`: one result line per case line, streamed.

The file is read a block of lines at a time, each block goes through `werktloont.api.batch` (each case read from
its own projection, as `calc` reads it), is written and forgotten: memory stays the same for 1.000 or 10.000.000
lines. With --out the lines go to a temporary file that replaces OUT only when every line is written
(werktloont.atomic); a full disk leaves the old OUT and says so in Dutch. --jobs N computes N blocks at the same
time in worker processes, still in order and with a bounded number in flight.
"""

from __future__ import annotations

import json
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from werktloont import atomic, jsonio

BLOCK_LINES = 100  # each answer holds its phases, cash calendar and plan: a small block keeps memory flat
PROGRESS_AFTER_S = 2.0  # a batch that takes longer than this reports its progress on stderr, this often


def register(sub) -> None:
    p = sub.add_parser("batch", help="veel casussen: één JSON-regel per casus")
    p.add_argument("cases", help="JSONL-bestand, één casus per regel")
    p.add_argument("--out", help="schrijf de resultaten naar dit bestand (anders naar het scherm)")
    p.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                   help="reken met N processen tegelijk (standaard 1)")
    p.add_argument("--stil", "--quiet", dest="quiet", action="store_true",
                   help="geen voortgang op het scherm (stderr) bij een lange invoer")
    p.set_defaults(func=cmd_batch)


def _jobs(text: str) -> int:
    import argparse
    import os

    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{jsonio.clean(text)[:20]}' is geen geheel getal") from None
    if not 1 <= n <= max(1, min(64, (os.cpu_count() or 1) * 4)):
        raise argparse.ArgumentTypeError(f"kies 1 tot en met {max(1, min(64, (os.cpu_count() or 1) * 4))}")
    return n


def compute_block(block: list[tuple[int, dict]]) -> tuple[str, int]:
    """The output lines (text, each ending in a newline) for one block of (line number, case or error entry),
    and how many of them are errors. A line's output depends only on that line."""
    from werktloont.api import batch

    cases = [(n, item) for n, item in block if not _is_error(item)]
    results = iter(batch([c for _, c in cases]))
    out: list[str] = []
    failed = 0
    for n, item in block:
        entry = item if _is_error(item) else next(results)
        text = _dumped(entry, n)
        if "error" in entry or text.startswith('{"error"'):
            failed += 1
        out.append(text)
    return "".join(out), failed


def _dumped(entry: dict, n: int) -> str:
    """One output line; a result that cannot be written as JSON becomes that line's error, never the batch's."""
    if "error" in entry:
        entry["line"] = n
    try:
        return json.dumps(entry, ensure_ascii=False) + "\n"
    except (TypeError, ValueError) as exc:
        return json.dumps({"error": "Het resultaat van deze casus kon niet worden geschreven door een fout in het "
                                    f"programma ({type(exc).__name__}).", "line": n}, ensure_ascii=False) + "\n"


def _is_error(item: dict) -> bool:
    return set(item) == {"error", "line"}


def _blocks(lines: Iterable[tuple[int, dict]]) -> Iterator[list[tuple[int, dict]]]:
    it = iter(lines)
    while block := list(islice(it, BLOCK_LINES)):
        yield block


def _computed(blocks: Iterator[list[tuple[int, dict]]], jobs: int) -> Iterator[tuple[str, int, int]]:
    """(text, errors, cases) per block, in input order; with jobs > 1 at most 2 x jobs blocks are in flight."""
    if jobs <= 1:
        for block in blocks:
            text, failed = compute_block(block)
            yield text, failed, len(block)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for block in blocks:
            pending.append((pool.submit(compute_block, block), len(block)))
            if len(pending) >= 2 * jobs:
                future, size = pending.popleft()
                yield (*future.result(), size)
        while pending:
            future, size = pending.popleft()
            yield (*future.result(), size)


class _Progress:
    """'batch: 40.000 regels (41 %)' on stderr every few seconds, once the batch has run for a few seconds."""

    def __init__(self, reader: jsonio.BatchLines, quiet: bool):
        self.reader = reader
        self.enabled = not quiet and sys.stderr is not None
        self.start = self.last = time.monotonic()
        self.shown = False
        self.tty = self.enabled and sys.stderr.isatty()

    def update(self, done: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.start < PROGRESS_AFTER_S or now - self.last < PROGRESS_AFTER_S:
            return
        self.last = now
        share = f" ({100 * self.reader.position // max(1, self.reader.size)} %)" if self.reader.size else ""
        text = f"batch: {done:,} casussen berekend{share}".replace(",", ".")
        print(("\r" + text) if self.tty else text, end="" if self.tty else "\n", file=sys.stderr, flush=True)
        self.shown = True

    def finish(self) -> None:
        if self.shown and self.tty:
            print(file=sys.stderr)


def cmd_batch(args) -> int:

    print_refused(sys.stderr)  # a refused pack or overlay of the user's folder: the results use the bundled one
    reader = jsonio.BatchLines(args.cases)
    progress = _Progress(reader, getattr(args, "quiet", False))
    counts = {"cases": 0, "failed": 0}

    def texts() -> Iterator[str]:
        for text, failed, size in _computed(_blocks(reader), getattr(args, "jobs", 1)):
            counts["cases"] += size
            counts["failed"] += failed
            progress.update(counts["cases"])
            yield text

    try:
        if args.out:
            atomic.write_lines(args.out, lambda: (t.encode("utf-8") for t in texts()), private=False)
        else:
            for text in texts():
                sys.stdout.write(text)
            sys.stdout.flush()
    finally:
        reader.close()
        progress.finish()
    if counts["failed"]:
        print(f"{counts['failed']} van de {counts['cases']} casussen konden niet worden berekend.", file=sys.stderr)
    return 1 if counts["failed"] else 0


def print_refused(stream, lang: str = "nl") -> None:
    """The refused files of the user's folders, for commands whose output has no place for them (batch)."""
    from werktloont.api import refused_entries
    from werktloont.texts import refused

    for line in refused.lines({"refused": refused_entries(lang)}, lang):
        print(line, file=stream)
