"""Hostile newer packs in the user's data folder are refused with a Dutch message naming the file, and the bundled
pack is used; plausibility bounds, checksums, size limits and YAML bombs."""

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import isolated_user_folders, run_cli
from werktloont.errors import FileProblemsError
from werktloont.params import integrity, override, pack
from werktloont.params.yamlio import load_yaml_text

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "parameters"

BOMB = "".join(f"{a}: &{a} [{', '.join(['*' + p] * 9 if p else ['lol'] * 9)}]\n"
               for p, a in zip([""] + list("abcdefgh"), "abcdefghi"))


@pytest.fixture(autouse=True)
def clean(monkeypatch, tmp_path):
    yield from isolated_user_folders(monkeypatch, tmp_path)


def seal(folder: Path) -> None:
    manifest = pack.load_manifest(folder)
    sums = {}
    for name, path in integrity.pack_files(folder, manifest.regulations).items():
        try:
            sums[name] = integrity.digest(path.read_bytes())
        except OSError:
            pass
    text = (folder / "manifest.yaml").read_text(encoding="utf-8")
    (folder / "manifest.yaml").write_text(integrity.seal_text(text, sums), encoding="utf-8")


def newer_pack(tmp_path) -> Path:
    dst = tmp_path / "xdg" / "werktloont" / "parameters"
    shutil.copytree(BUNDLED, dst)
    manifest = dst / "manifest.yaml"
    text = re.sub(r'^pack_version:.*$', 'pack_version: "2099.1.0"', manifest.read_text(encoding="utf-8"),
                  count=1, flags=re.M)
    manifest.write_text(text, encoding="utf-8")
    seal(dst)
    return dst


def _replace_value(path: Path, key: str, new: str) -> None:
    """Every value of parameter `key` in a regulation file becomes `new` (text), keeping the YAML valid."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out, inside = [], False
    for line in lines:
        if re.match(rf"^  {key}:\s*$", line):
            inside = True
        elif re.match(r"^  \S", line):
            inside = False
        if inside:
            line = re.sub(r"^(\s+value:\s*)\S.*$", rf"\g<1>{new}", line)
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _hostile(kind, dst: Path):
    ww = dst / "ww.yaml"
    if kind == "directory":
        ww.unlink()
        ww.mkdir()
    elif kind == "symlink_loop":
        ww.unlink()
        ww.symlink_to(ww)
    elif kind == "dev_zero":
        ww.unlink()
        ww.symlink_to("/dev/zero")
    elif kind == "long_integer":
        ww.write_text(ww.read_text(encoding="utf-8") + "extra: " + "9" * 5000 + "\n", encoding="utf-8")
        seal(dst)
    elif kind == "alias_bomb":
        ww.write_text(ww.read_text(encoding="utf-8") + "bomb:\n" + "".join("  " + x + "\n" for x in
                                                                           BOMB.splitlines()), encoding="utf-8")
        seal(dst)
    elif kind == "too_large":
        ww.write_text(ww.read_text(encoding="utf-8") + "#" * (pack.MAX_FILE_BYTES + 10) + "\n", encoding="utf-8")
        seal(dst)
    elif kind == "some_regulations":
        m = dst / "manifest.yaml"
        m.write_text(m.read_text(encoding="utf-8").replace("  - ww\n", ""), encoding="utf-8")
        seal(dst)
    elif kind == "norm_9999":
        _replace_value(dst / "bijstand.yaml", "norm_alleenstaande_21", "9999.0")
        seal(dst)
    elif kind == "weeks_per_month_0":
        _replace_value(dst / "minimumloon.yaml", "weken_per_maand", "0")
        seal(dst)
    elif kind == "negative_factor":
        _replace_value(dst / "ww.yaml", "minimum_uitkering_fractie_minimumloon", "-0.5")
        seal(dst)
    elif kind == "checksum_mismatch":
        ww.write_text(ww.read_text(encoding="utf-8") + "# changed after sealing\n", encoding="utf-8")
    elif kind == "unsealed":
        m = dst / "manifest.yaml"
        m.write_text(re.sub(r"(?ms)^# Written by `werktloont params seal`.*", "", m.read_text(encoding="utf-8")),
                     encoding="utf-8")
    elif kind == "mode_000":
        ww.chmod(0)


NAMES = {"directory": "ww.yaml", "symlink_loop": "ww.yaml", "dev_zero": "ww.yaml", "long_integer": "ww.yaml",
         "alias_bomb": "ww.yaml", "too_large": "ww.yaml", "some_regulations": "manifest.yaml",
         "norm_9999": "bijstand.yaml", "weeks_per_month_0": "minimumloon.yaml", "negative_factor": "ww.yaml",
         "checksum_mismatch": "ww.yaml", "unsealed": "manifest.yaml", "mode_000": "ww.yaml"}


def test_a_sealed_newer_pack_is_used(tmp_path):
    dst = newer_pack(tmp_path)
    assert override.choose(BUNDLED) == dst.resolve()
    assert override.pack_notice() is None


@pytest.mark.parametrize("kind", sorted(NAMES))
def test_hostile_newer_pack_is_refused_naming_the_file(tmp_path, kind):
    if kind == "mode_000" and os.geteuid() == 0:
        pytest.skip("root reads a file of mode 000")
    dst = newer_pack(tmp_path)
    _hostile(kind, dst)
    start = time.monotonic()
    chosen = override.choose(BUNDLED)
    assert time.monotonic() - start < 10
    assert chosen == BUNDLED
    notice = override.pack_notice()
    assert notice is not None and "meegeleverde pakket" in notice and NAMES[kind] in notice, notice
    assert len(notice) < 5000


def test_version_and_calc_survive_a_hostile_pack(tmp_path):
    dst = newer_pack(tmp_path)
    _hostile("dev_zero", dst)
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "WERKTLOONT_PARAMETERS": ""}
    proc = run_cli("--version", env=env, timeout=60)
    assert proc.returncode == 0 and "2099" not in proc.stdout and "ww.yaml" in proc.stderr, proc.stderr


def test_env_pack_listing_only_some_regulations_is_refused(tmp_path, monkeypatch):
    dst = newer_pack(tmp_path)
    _hostile("some_regulations", dst)
    monkeypatch.setenv("WERKTLOONT_PARAMETERS", str(dst))
    with pytest.raises(FileProblemsError, match="ww ontbreken"):
        pack.forget_default()
        from werktloont.params import load_pack

        load_pack()


def test_yaml_bomb_and_long_integer_refused_quickly():
    start = time.monotonic()
    with pytest.raises(Exception, match="te veel waarden"):
        load_yaml_text(BOMB)
    with pytest.raises(Exception, match="5.000 cijfers"):
        load_yaml_text("a: " + "9" * 5000)
    assert time.monotonic() - start < 1


def test_seal_command_writes_checksums_that_load(tmp_path):
    dst = tmp_path / "p"
    shutil.copytree(BUNDLED, dst)
    proc = run_cli("params", "seal", dst)
    assert proc.returncode == 0, proc.stderr
    sealed = pack.load_manifest(dst)
    assert sealed.checksums is not None and sealed.checksums["ww.yaml"] == integrity.digest(
        (dst / "ww.yaml").read_bytes())
    assert run_cli("params", "seal", dst).returncode == 0  # sealing twice keeps one block
    assert (dst / "manifest.yaml").read_text(encoding="utf-8").count("checksums:") == 1
    (dst / "ww.yaml").write_text((dst / "ww.yaml").read_text(encoding="utf-8") + "# x\n", encoding="utf-8")
    with pytest.raises(FileProblemsError, match="ww.yaml komt niet overeen"):
        pack.load_dir(dst)
