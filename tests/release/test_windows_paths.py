"""The Windows code paths, run here by simulation (sys.platform set to win32): the APPDATA and Documents folders,
backslashes and drive letters, names Windows reserves, a rename over a file another program holds open (retried,
then a clear Dutch message), and output redirected to a file in the console's code page."""

import errno
import io
import os
import sys

import pytest

from werktloont import atomic, userdirs
from werktloont.atomic import WriteError
from werktloont.casefile import read_case
from werktloont.jsonio import CaseFileError, os_reason
from werktloont.params import override


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(atomic, "RENAME_PAUSE_S", 0.0)
    return monkeypatch


def test_user_data_folder_is_under_appdata(windows, tmp_path):
    windows.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert override.user_data_dir() == tmp_path / "Roaming" / "werktloont"
    windows.delenv("APPDATA")  # a profile without APPDATA: the usual place under the home folder
    assert override.user_data_dir().parts[-3:] == ("AppData", "Roaming", "werktloont")


def test_documents_folder_on_windows_with_backslashes(windows):
    env = {"USERPROFILE": "C:\\Users\\Jan"}
    assert userdirs.documents_dir(env) == "C:\\Users\\Jan\\Documents"
    env = {"HOMEDRIVE": "D:", "HOMEPATH": "\\Profielen\\Jan"}  # a roaming profile without USERPROFILE
    assert userdirs.documents_dir(env) == "D:\\Profielen\\Jan\\Documents"


def test_documents_folder_on_macos_and_on_a_dutch_linux_desktop(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert userdirs.documents_dir({}, home="/Users/jan") == "/Users/jan/Documents"
    monkeypatch.setattr(sys, "platform", "linux")
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text('XDG_DESKTOP_DIR="$HOME/Bureaublad"\nXDG_DOCUMENTS_DIR="$HOME/Documenten"\n',
                                           encoding="utf-8")
    assert userdirs.documents_dir({"XDG_CONFIG_HOME": str(config)}, home="/home/jan") == "/home/jan/Documenten"
    assert userdirs.documents_dir({"XDG_CONFIG_HOME": str(tmp_path / "geen")}, home="/home/jan") == \
        "/home/jan/Documents"


def test_a_save_dialog_starts_in_documents_when_it_exists(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    (tmp_path / "Documenten").mkdir()
    env = {"XDG_DOCUMENTS_DIR": str(tmp_path / "Documenten")}
    assert userdirs.save_start("rapport.pdf", env) == str(tmp_path / "Documenten" / "rapport.pdf")
    assert userdirs.save_start("rapport.pdf", {"XDG_DOCUMENTS_DIR": str(tmp_path / "weg")}) in (
        "rapport.pdf", os.path.join(os.path.expanduser("~"), "Documents", "rapport.pdf"))


def test_file_names_from_windows_paths(windows):
    assert userdirs.base_name("C:\\Users\\Jan\\Documenten\\casus.json") == "casus.json"
    assert userdirs.base_name("C:/Users/Jan/casus.json") == "casus.json"
    assert userdirs.base_name("\\\\server\\gedeeld\\rapport.pdf") == "rapport.pdf"


def test_a_backslash_is_a_letter_on_linux(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert userdirs.base_name("map\\casus.json") == "map\\casus.json"


def test_messages_name_the_file_not_the_whole_windows_path(windows):
    with pytest.raises(CaseFileError) as err:
        read_case("C:\\Users\\Jan\\Documenten\\klant Jansen.json")
    assert str(err.value).startswith("klant Jansen.json kan niet worden geopend") and "Users" not in str(err.value)


@pytest.mark.parametrize("name", ["CON", "con.json", "PRN.pdf", "Aux.jsonl", "NUL", "nul.tar.gz", "COM1.pdf",
                                  "lpt9.json", "CON .pdf"])
def test_names_windows_reserves_are_refused_before_writing(windows, tmp_path, name):
    with pytest.raises(WriteError) as err:
        atomic.write_text(tmp_path / name, "{}")
    assert "Windows" in str(err.value) and "andere bestandsnaam" in str(err.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["rapport?.pdf", "a:b.json", 'zeg "ja".json', "a|b.pdf", "punt.", "spatie "])
def test_characters_windows_forbids_are_refused(windows, tmp_path, name):
    with pytest.raises(WriteError, match="Windows"):
        atomic.write_text(tmp_path / name, "{}")
    assert list(tmp_path.iterdir()) == []


def test_ordinary_names_and_reserved_words_inside_a_name_are_fine(windows, tmp_path):
    for name in ("console.json", "Conny.pdf", "nul-meting.json", "com10.json", "rapport (2).pdf"):
        atomic.write_text(tmp_path / name, "{}")
    assert len(list(tmp_path.iterdir())) == 5


def test_reserved_names_are_ordinary_files_on_linux(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    atomic.write_text(tmp_path / "CON.pdf", "{}")
    assert (tmp_path / "CON.pdf").read_text(encoding="utf-8") == "{}"


def _held_open(times: list, until: int | None, winerror: int | None = 32):
    """os.replace as Windows answers while another program has the target open (a sharing violation)."""
    real = atomic._replace

    def replace(tmp, target):
        times.append(1)
        if until is None or len(times) <= until:
            exc = PermissionError(errno.EACCES, "Het proces heeft geen toegang tot het bestand")
            if winerror is not None:
                exc.winerror = winerror  # type: ignore[attr-defined]
            raise exc
        real(tmp, target)

    return replace


def test_rename_over_a_file_held_open_is_retried(windows, tmp_path):
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"oud")
    tries: list = []
    windows.setattr(atomic, "_replace", _held_open(tries, until=3))  # the PDF reader lets go after 3 tries
    atomic.write_bytes(target, b"nieuw")
    assert target.read_bytes() == b"nieuw" and len(tries) == 4
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_a_file_held_open_for_good_gives_a_clear_dutch_message(windows, tmp_path):
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"oud")
    tries: list = []
    windows.setattr(atomic, "_replace", _held_open(tries, until=None))
    with pytest.raises(WriteError) as err:
        atomic.write_bytes(target, b"nieuw")
    text = str(err.value)
    assert "rapport.pdf" in text and "geopend in een ander programma" in text and "Sluit het daar" in text
    assert "vorige bestand is niet veranderd" in text
    assert len(tries) == atomic.RENAME_ATTEMPTS
    assert target.read_bytes() == b"oud" and [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_on_linux_a_refused_rename_is_not_retried(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    tries: list = []
    monkeypatch.setattr(atomic, "_replace", _held_open(tries, until=None, winerror=None))
    with pytest.raises(WriteError, match="geen toestemming om het bestand te schrijven"):
        atomic.write_bytes(tmp_path / "x.pdf", b"nieuw")
    assert len(tries) == 1


def test_sharing_violation_in_dutch():
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]
    assert os_reason(exc, "schrijven") == "het bestand is geopend in een ander programma"


def test_overwriting_a_read_only_file_on_windows_makes_it_writable_first(windows, tmp_path):
    target = tmp_path / "casus.json"
    target.write_text("oud", encoding="utf-8")
    modes = []
    windows.setattr(atomic.os, "access", lambda p, m: False)
    windows.setattr(atomic.os, "chmod", lambda p, mode: modes.append((os.path.basename(p), mode)))
    with pytest.raises(atomic.ReadOnlyTarget):
        atomic.write_text(target, "nieuw")
    atomic.write_text(target, "nieuw", overwrite_readonly=True)
    assert modes[0][0] == "casus.json" and target.read_text(encoding="utf-8") == "nieuw"


def test_output_redirected_to_a_file_is_utf8_on_windows(windows):
    from werktloont.cli import utf8_when_redirected

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")  # what `werktloont calc > uit.txt` gets on Windows
    windows.setattr(sys, "stdout", stream)
    utf8_when_redirected()
    print("€ 1.234,56 → ≥ 20 uur")
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "€ 1.234,56 → ≥ 20 uur\n"
