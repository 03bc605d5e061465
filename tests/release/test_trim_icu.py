"""build/trim_icu.py: which ICU data stays in the frozen app, and a slimmed library that Qt really uses."""

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "build" / "trim_icu.py")
trim_icu = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trim_icu)


@pytest.mark.parametrize("item", [
    "root.res", "nl.res", "nl_BE.res", "en.res", "en_001.res", "en_US_POSIX.res",
    "coll/root.res", "coll/nl.res", "coll/ucadata.icu", "curr/pool.res", "zone/nl.res", "unit/en_GB.res",
    "pool.res", "supplementalData.res", "likelySubtags.res", "zoneinfo64.res", "icuver.res",
    "nfkc.nrm", "uts46.nrm", "unames.icu", "cnvalias.icu", "rfc3491.spp", "brkitr/line.brk",
    "brkitr/root.res", "brkitr/en.res",
])
def test_data_that_stays(item):
    assert trim_icu.keep_item(item)


@pytest.mark.parametrize("item", [
    "de.res", "fr_CA.res", "zh_Hant_TW.res", "ars.res", "coll/de_.res", "coll/de__PHONEBOOK.res",
    "coll/zh.res", "lang/ja.res", "rbnf/fy.res", "brkitr/thaidict.dict", "brkitr/cjdict.dict",
    "translit/root.res", "translit/el.res",
])
def test_data_that_goes(item):
    assert not trim_icu.keep_item(item)


def _converter(output_type: int) -> bytes:
    """A .cnv file cut down to what the check reads: data header (size in the first two bytes),
    UConverterStaticData (size in its first int32), then _MBCSHeader: version[4] and six uint32s, flags last."""
    header = struct.pack("<H", 32) + bytes(30)
    static = struct.pack("<i", 100) + bytes(96)
    mbcs = bytes([5, 3, 0, 0]) + struct.pack("<6I", 1, 0, 0, 0, 0, output_type)
    return header + static + mbcs


def test_only_single_byte_converters_stay():
    assert trim_icu.converter_is_single_byte(_converter(0))       # MBCS_OUTPUT_1: windows-1252 and friends
    assert not trim_icu.converter_is_single_byte(_converter(1))   # MBCS_OUTPUT_2: Shift-JIS, GBK ...
    assert not trim_icu.converter_is_single_byte(_converter(0xDB))  # extension-only table
    assert not trim_icu.converter_is_single_byte(b"\x20\x00")     # cut short: not single-byte, no crash
    assert trim_icu.keep_item("ibm-5348_P100-1997.cnv", _converter(0))
    assert not trim_icu.keep_item("ibm-943_P15A-2003.cnv", _converter(1))
    assert not trim_icu.keep_item("ibm-5348_P100-1997.cnv")  # unread: dropped, never guessed


def test_not_an_icu_library_is_left_alone(tmp_path):
    lib = tmp_path / "libicudata.so.73"
    lib.write_bytes(b"not an ELF file")
    messages = []
    assert trim_icu.slim_icudata(lib, tmp_path, log=messages.append) is None
    if sys.platform.startswith("linux") and shutil.which("icupkg") and shutil.which("cc"):
        assert "blijft volledig" in messages[0]


def _installed_icudata():
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return libs[0] if libs else None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="alleen Linux-wheels bevatten libicudata")
def test_slimmed_library_serves_dutch_sorting_and_codecs(tmp_path):
    if not (shutil.which("icupkg") and shutil.which("cc")):
        pytest.skip("icupkg (icu-devtools) of cc ontbreekt; scripts/setup.sh --test installeert ze")
    lib = _installed_icudata()
    if lib is None:
        pytest.skip("deze PySide6 heeft geen eigen libicudata")
    slim = trim_icu.slim_icudata(lib, tmp_path, log=lambda _m: None)
    assert slim is not None and slim.name == lib.name
    assert slim.stat().st_size < lib.stat().st_size / 4  # 32 MB -> about 5 MB
    # LD_LIBRARY_PATH comes before QtCore's RUNPATH ($ORIGIN), so Qt loads the slimmed data in this process.
    env = dict(os.environ, LD_LIBRARY_PATH=str(slim.parent), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "werktloont", "diagnose", "--json"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert '"appel, Één, Eva, ijs, zee"' in proc.stdout
