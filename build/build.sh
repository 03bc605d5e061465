#!/usr/bin/env bash
# Build the one-folder app dist/werktloont/ (run dist/werktloont/werktloont) with PyInstaller.
# Usage: bash build/build.sh [--clean]     (needs .venv from scripts/setup.sh)
#
# The build runs in its own environment, build/venv, with exactly the package versions of .venv (pip freeze as
# constraints), except one: numpy there is compiled without BLAS. The PyPI wheel carries OpenBLAS and gfortran
# (27 MB) for matrix products the engine never does; the app's numpy work is element-wise. The BLAS-free
# wheel is built once (about 5 minutes on two cores) and kept in $WERKTLOONT_BUILD_CACHE
# (default ~/.cache/werktloont-build). build/smoke.sh checks that the frozen app computes byte for byte what
# the package computes. Without a compiler the PyPI numpy is used and the folder misses the size target.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
if [ ! -x "$PY" ]; then
  echo "build.sh: .venv ontbreekt; voer eerst 'bash scripts/setup.sh' uit." >&2
  exit 1
fi
clean=()
if [ "${1:-}" = "--clean" ]; then clean=(--clean); fi
start=$(date +%s)

BVENV=build/venv
CACHE=${WERKTLOONT_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/werktloont-build}
mkdir -p "$CACHE" build/work
constraints=build/work/constraints.txt
"$PY" -m pip freeze --exclude-editable >"$constraints"
numpy_version=$("$PY" -c "import numpy; print(numpy.__version__)")

numpy_wheel=""
if [ "$(uname -s)" = "Linux" ]; then
  wheel_dir="$CACHE/numpy-$numpy_version-noblas-py$("$PY" -c 'import sys; print(f"{sys.version_info[0]}{sys.version_info[1]}")')"
  numpy_wheel=$(ls "$wheel_dir"/numpy-*.whl 2>/dev/null | head -1 || true)
  if [ -z "$numpy_wheel" ]; then
    echo "build.sh: numpy $numpy_version zonder BLAS bouwen (eenmalig, ongeveer 5 minuten) ..."
    # --no-cache-dir: pip's own wheel cache ignores the build options; keep this wheel out of it.
    if "$PY" -m pip wheel --quiet --no-cache-dir --no-deps --no-binary numpy "numpy==$numpy_version" \
        -w "$wheel_dir.tmp" -Csetup-args=-Dblas=none -Csetup-args=-Dlapack=none -Csetup-args=-Dallow-noblas=true \
        >build/work/numpy-build.log 2>&1; then
      rm -rf "$wheel_dir" && mv "$wheel_dir.tmp" "$wheel_dir"
      numpy_wheel=$(ls "$wheel_dir"/numpy-*.whl | head -1)
    else
      rm -rf "$wheel_dir.tmp"
      echo "build.sh: let op, numpy zonder BLAS bouwen lukte niet (zie build/work/numpy-build.log);" \
           "de gewone numpy wordt gebruikt (27 MB groter)" >&2
    fi
  fi
fi

if [ ! -x "$BVENV/bin/python" ]; then
  "$PY" -m venv "$BVENV" 2>/dev/null || python3 -m venv "$BVENV"
fi
"$BVENV/bin/python" -m pip install --quiet --upgrade pip
if [ -n "$numpy_wheel" ]; then
  "$BVENV/bin/python" -m pip install --quiet --force-reinstall --no-deps "$numpy_wheel"
fi
# PyInstaller comes from the 'build' extra of pyproject.toml, so its version range lives in one place.
"$BVENV/bin/python" -m pip install --quiet -c "$constraints" -e ".[build]"
blas=$("$BVENV/bin/python" -c "import numpy; print(numpy.show_config(mode='dicts')['Build Dependencies']['blas']['name'])")
echo "build.sh: numpy $numpy_version, BLAS: $blas"

"$BVENV/bin/python" -m PyInstaller --noconfirm --log-level WARN "${clean[@]}" \
  --distpath dist --workpath build/work build/werktloont.spec
end=$(date +%s)

app=dist/werktloont
size_mb=$(( $("$PY" "$(dirname "$0")/folder_size.py" "$app") / 1000000 ))
echo "build.sh: $app/werktloont klaar in $((end - start)) s; map $size_mb MB"
# The release target is <= 150 MB on Linux; build/smoke.sh fails above it.
if [ "$size_mb" -gt 150 ]; then
  echo "build.sh: let op, de map is groter dan 150 MB" >&2
fi
