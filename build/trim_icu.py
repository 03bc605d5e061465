"""Slim ICU's data library for the frozen app (Linux): 31 MB of CLDR data down to about 5 MB.

QtCore links ICU (libicuuc, libicui18n, libicudata). The wheel's libicudata carries one symbol,
`icudtNN_dat`, holding ICU's whole data package: every CLDR locale, CJK/Thai break dictionaries,
transliterators and some 190 legacy converters. werktloont speaks Dutch and English and reads and writes
UTF-8 only, so, in the spirit of ICU's own data filtering (ICU Data Build Tool, "localeFilter" and
"featureFilters"), we keep:
  - everything that is not tied to one locale (normalisation, properties, collation root, time zones,
    plural rules, supplemental data, character names, stringprep profiles, break rules);
  - the locale data of root, nl* and en*;
  - the single-byte converters (windows-1252, ISO-8859-x, ...: 0.4 MB), so a Western legacy codec still works;
and drop the other locales, the break dictionaries, transliterators and multi-byte converters.
Missing data makes ICU fall back to root; Qt's own CLDR tables keep serving QLocale formatting.

The trimmed package is written with Debian's `icupkg` (package icu-devtools) and linked into a new
libicudata.so.NN with the same soname and symbol (cc with .incbin). Without those tools, on other systems,
or when anything looks unexpected, `slim_icudata` returns None and the build keeps the original library.
Checked at run time by `werktloont diagnose` (collation and a single-byte codec), which build/smoke.sh runs.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

KEEP_LANGUAGES = ("nl", "en")
# A locale item: language code, optional _Script/_REGION/_VARIANT parts ("coll/de_.res" is de's alias).
LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_\w*)?\.res$")
DATA_SYMBOL = re.compile(rb"^icudt(\d+)_dat$")


def keep_item(item: str, data: bytes | None = None) -> bool:
    """Whether an item of the ICU data package stays (item names as `icupkg -l` lists them)."""
    folder, _, name = item.rpartition("/")
    if folder == "translit" or name.endswith(".dict"):
        return False
    if name.endswith(".cnv"):
        return data is not None and converter_is_single_byte(data)
    match = LOCALE_ITEM.match(name)
    if match:
        return match.group(1) in KEEP_LANGUAGES
    return True  # root.res, pool.res, supplementalData.res, *.icu, *.nrm, *.spp, *.brk ...


def converter_is_single_byte(data: bytes) -> bool:
    """A .cnv file whose MBCS table has outputType MBCS_OUTPUT_1 (ICU ucnvmbcs.h): a single-byte codepage.

    Layout: ICU data header (its size in the first two bytes), UConverterStaticData (its size in its first
    int32), then _MBCSHeader: version[4], countStates, countToUFallbacks, offsetToUCodeUnits,
    offsetFromUTable, offsetFromUBytes, flags; the low byte of flags is the outputType."""
    try:
        header_size = struct.unpack_from("<H", data, 0)[0]
        static_size = struct.unpack_from("<i", data, header_size)[0]
        flags = struct.unpack_from("<I", data, header_size + static_size + 24)[0]
    except struct.error:
        return False
    return flags & 0xFF == 0


def _elf_symbol(blob: bytes) -> tuple[str, int, int] | None:
    """(name, file offset, size) of the icudtNN_dat symbol in a little-endian ELF64 shared library."""
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        return None
    shoff, = struct.unpack_from("<Q", blob, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", blob, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", blob, shoff + i * shentsize) for i in range(shnum)]
    for sh in sections:
        if sh[1] != 11:  # SHT_DYNSYM
            continue
        strtab = sections[sh[6]]
        for j in range(sh[5] // 24):
            name_off, _info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", blob, sh[4] + j * 24)
            start = strtab[4] + name_off
            name = blob[start:blob.index(b"\0", start)]
            if DATA_SYMBOL.match(name) and 0 < shndx < len(sections):
                target = sections[shndx]
                return name.decode(), value - target[3] + target[4], size
    return None


def slim_icudata(lib: Path, workdir: Path, log=print) -> Path | None:
    """Write a slimmed copy of libicudata.so.NN into workdir; None (keep the original) when not possible."""
    if not sys.platform.startswith("linux"):
        return None
    icupkg, cc = shutil.which("icupkg"), shutil.which("cc") or shutil.which("gcc")
    if not icupkg or not cc:
        log("trim_icu: icupkg (icu-devtools) of cc ontbreekt; ICU-data blijft volledig (31 MB)")
        return None
    blob = lib.read_bytes()
    found = _elf_symbol(blob)
    if found is None:
        log(f"trim_icu: geen icudt..._dat in {lib.name}; ICU-data blijft volledig")
        return None
    symbol, offset, size = found
    package = symbol[: -len("_dat")] + "l"  # icudt73l: the l is little-endian, as the package calls itself
    out = workdir / "icu"
    if out.exists():
        shutil.rmtree(out)
    (out / "items").mkdir(parents=True)
    full = out / "full" / f"{package}.dat"
    full.parent.mkdir()
    full.write_bytes(blob[offset:offset + size])
    try:
        items = subprocess.run([icupkg, "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
        subprocess.run([icupkg, "-x", "*.cnv", "-d", str(out / "items"), str(full)], capture_output=True, check=True)
        remove = [i for i in items if not keep_item(
            i, (out / "items" / i).read_bytes() if i.endswith(".cnv") else None)]
        (out / "remove.txt").write_text("\n".join(remove) + "\n", encoding="utf-8")
        slim = out / f"{package}.dat"
        # --ignore-deps: root.res of brkitr names the dropped dictionaries; ICU then breaks without them.
        subprocess.run([icupkg, "--ignore-deps", "-r", str(out / "remove.txt"), str(full), str(slim)],
                       capture_output=True, check=True)
        kept = subprocess.run([icupkg, "--ignore-deps", "-l", str(slim)],
                              capture_output=True, text=True, check=True).stdout.split()
        if not {"root.res", "nl.res", "en.res", "coll/root.res", "coll/ucadata.icu"} <= set(kept):
            raise RuntimeError("onmisbare items ontbreken na het snoeien")
        asm = out / "icudata.S"
        asm.write_text(
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"  # ICU requires its common data aligned to 16 bytes
            f"{symbol}:\n"
            f'    .incbin "{slim}"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8")
        result = out / lib.name
        subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-o", str(result), str(asm)],
                       capture_output=True, check=True)
    except (subprocess.CalledProcessError, OSError, RuntimeError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        log(f"trim_icu: snoeien mislukt ({exc}; {detail[-300:]!r}); ICU-data blijft volledig")
        return None
    log(f"trim_icu: {lib.name} {lib.stat().st_size / 1e6:.1f} MB -> {result.stat().st_size / 1e6:.1f} MB "
        f"({len(kept)} van {len(items)} items)")
    return result


if __name__ == "__main__":  # manual check: python build/trim_icu.py path/to/libicudata.so.73 /tmp/out
    print(slim_icudata(Path(sys.argv[1]), Path(sys.argv[2])))
