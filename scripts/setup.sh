#!/usr/bin/env bash
# Install werktloont into .venv; with --test also the test tools.
# On Debian/Ubuntu it first installs the system libraries Qt needs (offscreen too) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
if [ "${1:-}" = "--test" ]; then extras="[test]"; fi

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in libgl1 libegl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  # A real window on a desktop (Qt's xcb platform plugin); without them Qt stops with "could not load the Qt
  # platform plugin xcb". Harmless on a server or in CI, where the tests run offscreen.
  for pkg in libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
             libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 \
             libxkbcommon-x11-0; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  # The report tests render the PDF to PNG with pdftoppm (poppler-utils).
  if [ -n "$extras" ]; then dpkg -s poppler-utils >/dev/null 2>&1 || missing+=("poppler-utils"); fi
  # The release build (CI builds it last) slims Qt's ICU data with icupkg (icu-devtools) and cc.
  if [ -n "$extras" ]; then
    dpkg -s icu-devtools >/dev/null 2>&1 || missing+=("icu-devtools")
    command -v cc >/dev/null 2>&1 || missing+=("gcc")
  fi
  # Debian's python3 needs python3-venv for `python3 -m venv`.
  python3 -c "import ensurepip, venv" >/dev/null 2>&1 || missing+=("python3-venv")
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "Let op: installeer eerst deze pakketten (als beheerder): ${missing[*]}" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".${extras}"
echo "werktloont is geïnstalleerd in .venv ($(.venv/bin/werktloont --version))"
