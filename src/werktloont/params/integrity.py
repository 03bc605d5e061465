"""Checksums of the pack files in manifest.yaml: a pack whose files do not match is refused.

A pack maintainer writes them with `werktloont params seal <map>` after changing any file of the pack; a file
changed afterwards (by hand, by a half copy, by someone else) no longer matches and the pack is refused with a
message that names the file. A manifest without checksums is accepted for the bundled pack and a pack under
development ($WERKTLOONT_PARAMETERS); a newer pack in the user's folder must carry them (override.py).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from werktloont.errors import FileProblemsError, Problem

SEAL_HINT = "een pakketbeheerder voert daarna `werktloont params seal <map>` uit"


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def check(manifest, files: dict[str, bytes], shown_manifest: str) -> list[FileProblemsError]:
    """Compare the files read (name -> bytes, overlays as gemeenten/x.yaml) with the manifest's checksums."""
    if manifest.checksums is None:
        return []
    problems: list[Problem] = []
    for name, raw in sorted(files.items()):
        want = manifest.checksums.get(name)
        if want is None:
            problems.append(Problem(f"checksums.{name}", f"{name} heeft geen controlesom in manifest.yaml; "
                                                         f"{SEAL_HINT}"))
        elif want != digest(raw):
            problems.append(Problem(f"checksums.{name}", f"{name} komt niet overeen met zijn controlesom: het "
                                                         f"bestand is veranderd na het verzegelen; {SEAL_HINT}"))
    for name in sorted(set(manifest.checksums) - set(files)):
        problems.append(Problem(f"checksums.{name}", f"{name} staat in de controlesommen maar is niet gelezen "
                                                     "(ontbreekt het, of staat het niet bij regulations?)"))
    return [FileProblemsError(shown_manifest, problems)] if problems else []


_COMMENT = "# Written by `werktloont params seal`: sha256 of every file of the pack.\n"
_BLOCK = re.compile(r"(?m)^(?:# Written by `werktloont params seal`.*\n)?checksums:\n(?:[ \t].*\n?|\n)*")


def seal_text(manifest_text: str, checksums: dict[str, str]) -> str:
    """The manifest text with its `checksums:` block (always last) replaced by these; comments stay."""
    block = "checksums:\n" + "".join(f'  "{name}": {value}\n' for name, value in sorted(checksums.items()))
    text = _BLOCK.sub("", manifest_text).rstrip("\n") + "\n"
    return text + _COMMENT + block


def pack_files(pack_dir: Path, regulations: list[str]) -> dict[str, Path]:
    """The files a pack consists of besides manifest.yaml: its regulations and its municipal overlays."""
    out = {f"{name}.yaml": pack_dir / f"{name}.yaml" for name in regulations}
    for path in sorted((pack_dir / "gemeenten").glob("*.yaml")):
        out[f"gemeenten/{path.name}"] = path
    return out
