"""No file or folder dropped into the user's data folder, and no value of WERKTLOONT_PARAMETERS, stops the program:
each is refused with a Dutch message naming it, and the bundled pack is used."""

import errno
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import isolated_user_folders, run_cli
from werktloont.cli import main
from werktloont.params import gemeente_override, load_pack, override, refusals

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "parameters"
CASE = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}]}}


@pytest.fixture(autouse=True)
def clean(monkeypatch, tmp_path):
    yield from isolated_user_folders(monkeypatch, tmp_path)


def _env(tmp_path, **extra) -> dict:
    return {"XDG_DATA_HOME": str(tmp_path / "xdg"), "WERKTLOONT_PARAMETERS": "", **extra}


def _user_pack(tmp_path, version: str) -> Path:
    dst = tmp_path / "xdg" / "werktloont" / "parameters"
    shutil.copytree(BUNDLED, dst)
    manifest = dst / "manifest.yaml"
    text = re.sub(r"(?m)^pack_version:.*$", f'pack_version: "{version}"', manifest.read_text(encoding="utf-8"))
    manifest.write_text(text, encoding="utf-8")
    return dst


def test_a_pack_version_of_5001_digits_stops_no_command(tmp_path):
    _user_pack(tmp_path, "9" * 5001)  # not even sealed: refused before anything else is read
    case = tmp_path / "casus.json"
    case.write_text(json.dumps(CASE), encoding="utf-8")
    env = _env(tmp_path)
    version = run_cli("--version", env=env)
    assert version.returncode == 0 and "Traceback" not in version.stderr
    assert load_pack().version in version.stdout
    assert "pack_version" in version.stderr and "te lang" in version.stderr and "9" * 100 not in version.stderr
    for args in (("calc", case), ("params", "list"), ("gemeente", "list", "--datum", "2026-03-01")):
        proc = run_cli(*args, env=env)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, (args, proc.stderr[-500:])
    result = json.loads(run_cli("calc", case, "--json", env=env).stdout)
    assert result["refused"][0]["kind"] == "pack" and "pack_version" in result["refused"][0]["reason"]


def test_parse_version_never_raises():
    assert override.parse_version("9" * 5001) is None
    assert override.parse_version("2026." + "1" * 4400) is None
    assert override.parse_version("2026.11.2") == (2026, 11, 2)


def _unreadable(monkeypatch, part: str):
    """Make every path under `part` answer EACCES, as a folder of another user (or mode 000) does; root would
    read it anyway, so the permission error is simulated."""
    real_stat, real_scandir = os.stat, os.scandir

    def stat(path, *args, **kwargs):
        if part in os.fspath(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    def scandir(path="."):
        if part in os.fspath(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_pack_folder_gives_a_dutch_message_not_a_traceback(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "xdg" / "werktloont"
    (folder / "parameters").mkdir(parents=True)
    (folder / "gemeenten").mkdir()
    _unreadable(monkeypatch, str(folder))
    assert main(["--version"]) == 0
    out, err = capsys.readouterr()
    assert "parameterpakket" in out and "Traceback" not in err
    assert "geen toestemming om de map te lezen" in err and str(folder / "parameters") in err
    kinds = sorted(r.kind for r in refusals.refusals())
    assert kinds == ["overlay", "pack"]  # both folders named (the overlay folder as a folder)


def test_a_fifo_as_the_manifest_in_the_user_folder_is_named(tmp_path):
    dst = tmp_path / "xdg" / "werktloont" / "parameters"
    dst.mkdir(parents=True)
    os.mkfifo(dst / "manifest.yaml")
    assert override.choose(BUNDLED) == BUNDLED
    notice = override.pack_notice()
    assert notice is not None and "manifest.yaml" in notice and "geen gewoon bestand" in notice
    assert "ontbreekt" not in notice  # it is there, it is just not a file


def test_a_fifo_as_an_overlay_is_named(tmp_path):
    folder = tmp_path / "xdg" / "werktloont" / "gemeenten"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "utrecht.yaml")
    notes = gemeente_override.notices(load_pack())
    assert len(notes) == 1 and "utrecht.yaml" in notes[0] and "geen gewoon bestand" in notes[0]


@pytest.mark.parametrize(("target", "words"), [
    ("bestaat-niet", "bestaat niet"),
    ("een-bestand", "geen map maar een bestand"),
    ("lege-map", "geen manifest.yaml"),
    ("pijp", "apparaat of pijp"),
    ("kring", "kring"),
    ("pijp-manifest", "geen gewoon bestand"),
    ("halve-pakket", "toeslagenwet"),
])
def test_a_bad_werktloont_parameters_gives_a_clear_message_in_the_cli(tmp_path, target, words):
    (tmp_path / "een-bestand").write_text("x", encoding="utf-8")
    (tmp_path / "lege-map").mkdir()
    os.mkfifo(tmp_path / "pijp")
    (tmp_path / "kring").symlink_to(tmp_path / "kring")
    (tmp_path / "pijp-manifest").mkdir()
    os.mkfifo(tmp_path / "pijp-manifest" / "manifest.yaml")
    half = tmp_path / "halve-pakket"
    shutil.copytree(BUNDLED, half)
    manifest = half / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("  - toeslagenwet\n", ""), encoding="utf-8")
    case = tmp_path / "casus.json"
    case.write_text(json.dumps(CASE), encoding="utf-8")
    env = _env(tmp_path, WERKTLOONT_PARAMETERS=str(tmp_path / target))
    proc = run_cli("calc", case, env=env, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "WERKTLOONT_PARAMETERS" in proc.stderr and words in proc.stderr, proc.stderr
    version = run_cli("--version", env=env, timeout=60)
    assert version.returncode == 0 and "WERKTLOONT_PARAMETERS" in version.stdout and words in version.stdout


def test_seal_keeps_a_crlf_manifest_working(tmp_path):
    dst = tmp_path / "pakket"
    shutil.copytree(BUNDLED, dst)
    manifest = dst / "manifest.yaml"
    manifest.write_bytes(manifest.read_bytes().replace(b"\n", b"\r\n"))  # saved by a Windows editor
    for _ in range(2):  # sealing twice keeps one checksums block
        proc = run_cli("params", "seal", dst)
        assert proc.returncode == 0, proc.stderr
    raw = manifest.read_bytes()
    assert raw.count(b"checksums:") == 1 and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    from werktloont.params import pack

    assert pack.load_dir(dst).manifest.checksums


def test_gemeente_list_strips_terminal_escapes_from_an_overlay(tmp_path):
    folder = tmp_path / "xdg" / "werktloont" / "gemeenten"
    folder.mkdir(parents=True)
    text = (BUNDLED / "gemeenten" / "voorbeeldgemeente.yaml").read_text(encoding="utf-8")
    text = text.replace('version: "1"', 'version: "2"').replace(
        "label: {nl: Stadspas (voorbeeld), en: City pass (example)}",
        'label: {nl: "Stadspas \\e[2J\\e[31mrood\\u202e", en: City pass}')
    (folder / "voorbeeldgemeente.yaml").write_text(text, encoding="utf-8")
    proc = run_cli("gemeente", "list", "--datum", "2026-03-01", env=_env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "Stadspas [2J[31mrood" in proc.stdout  # the text stays, without its escape character
    assert "\x1b" not in proc.stdout and "\u202e" not in proc.stdout
