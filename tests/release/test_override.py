"""A newer parameter pack next to the executable or in the user's data folder replaces the bundled one,
only after full validation; $WERKTLOONT_PARAMETERS still wins."""

import re
import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import isolated_user_folders
from werktloont.params import default_pack_dir, load_pack, loader, override

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "parameters"


@pytest.fixture(autouse=True)
def clean(monkeypatch, tmp_path):
    yield from isolated_user_folders(monkeypatch, tmp_path)


def bundled_version() -> tuple[int, ...]:
    return override.parse_version(loader.load_manifest(BUNDLED).pack_version)


def make_pack(dst: Path, version: str) -> Path:
    shutil.copytree(BUNDLED, dst)
    manifest = dst / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    text, n = re.subn(r'^pack_version:.*$', f'pack_version: "{version}"', text, count=1, flags=re.M)
    assert n == 1
    manifest.write_text(text, encoding="utf-8")
    return dst


def newer() -> str:
    return f"{bundled_version()[0] + 1}.1.0"


def user_pack(tmp_path, version: str) -> Path:
    return make_pack(tmp_path / "xdg" / "werktloont" / "parameters", version)


def test_user_data_dir_per_platform(monkeypatch, tmp_path):
    assert override.user_data_dir() == tmp_path / "xdg" / "werktloont"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")  # XDG: relative values are ignored
    assert override.user_data_dir() == Path.home() / ".local" / "share" / "werktloont"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert override.user_data_dir() == tmp_path / "Roaming" / "werktloont"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert override.user_data_dir() == Path.home() / "Library" / "Application Support" / "werktloont"


def test_versions_compare_numerically():
    v = override.parse_version
    assert v("2026.11.0") > v("2026.9.5")
    assert v("2026.11") == v("2026.11.0")
    assert v("2027.1.0") > v("2026.12.3")
    assert v("test-1") is None and v("") is None and v("2026.x") is None


def test_without_candidates_the_bundled_pack_is_used():
    assert default_pack_dir() == BUNDLED
    assert override.pack_notice() is None


def test_newer_valid_pack_in_user_data_folder_wins(tmp_path):
    pack_dir = user_pack(tmp_path, newer())
    assert default_pack_dir() == pack_dir.resolve()
    assert load_pack().version == newer()
    assert override.pack_notice() is None


def test_older_or_same_pack_is_ignored(tmp_path):
    user_pack(tmp_path, "2000.1.0")
    assert default_pack_dir() == BUNDLED
    override.clear_cache()
    shutil.rmtree(tmp_path / "xdg")
    user_pack(tmp_path, ".".join(map(str, bundled_version())))
    assert default_pack_dir() == BUNDLED
    assert override.pack_notice() is None


def test_invalid_newer_pack_is_refused_with_a_message_naming_the_file(tmp_path, capsys):
    pack_dir = user_pack(tmp_path, newer())
    (pack_dir / "bijstand.yaml").write_text("format: werktloont-parameters/1\nparameters: [\n", encoding="utf-8")
    assert default_pack_dir() == BUNDLED
    assert load_pack().version != newer()
    notice = override.pack_notice()
    assert notice is not None
    assert "geweigerd" in notice and "bijstand.yaml" in notice and newer() in notice
    assert "meegeleverde pakket" in notice
    err = capsys.readouterr().err
    assert "bijstand.yaml" in err
    default_pack_dir()  # asked again (every load_pack() does): the message is not repeated
    assert capsys.readouterr().err == ""


def test_broken_manifest_and_bad_version_are_refused(tmp_path):
    pack_dir = user_pack(tmp_path, "nieuwste")
    assert default_pack_dir() == BUNDLED
    assert "nieuwste" in override.pack_notice() and "versienummer" in override.pack_notice()
    (pack_dir / "manifest.yaml").write_text("pack_version: [\n", encoding="utf-8")
    assert default_pack_dir() == BUNDLED
    assert "manifest.yaml" in override.pack_notice()


def test_folder_without_manifest_is_not_a_pack(tmp_path):
    (tmp_path / "xdg" / "werktloont" / "parameters").mkdir(parents=True)
    assert default_pack_dir() == BUNDLED
    assert "manifest.yaml ontbreekt" in override.pack_notice()


def test_env_var_wins(tmp_path, monkeypatch):
    user_pack(tmp_path, newer())
    chosen = make_pack(tmp_path / "explicit", "2000.1.0")
    monkeypatch.setenv("WERKTLOONT_PARAMETERS", str(chosen))
    assert default_pack_dir() == chosen
    assert load_pack().version == "2000.1.0"
    assert override.pack_notice() is None


def test_frozen_app_next_to_executable_and_newest_wins(tmp_path, monkeypatch):
    app = tmp_path / "dist" / "werktloont"
    bundle = app / "_internal"
    shutil.copytree(BUNDLED, bundle / "parameters")
    (app / "werktloont").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "werktloont"))
    assert loader.bundled_pack_dir() == bundle / "parameters"
    assert default_pack_dir() == bundle / "parameters"

    major = bundled_version()[0]
    beside = make_pack(app / "parameters", f"{major + 1}.2.0")
    override.clear_cache()
    assert default_pack_dir() == beside.resolve()
    user = user_pack(tmp_path, f"{major + 1}.10.0")  # 10 > 2: numeric, not text, comparison
    assert default_pack_dir() == user.resolve()
    assert load_pack().version == f"{major + 1}.10.0"


def test_pack_dropped_in_while_running_is_picked_up(tmp_path):
    assert default_pack_dir() == BUNDLED
    pack_dir = user_pack(tmp_path, newer())
    assert default_pack_dir() == pack_dir.resolve()
