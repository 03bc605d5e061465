#!/usr/bin/env bash
# Smoke test of the frozen app dist/werktloont/ (after build/build.sh), run by .ci/run and, on Linux and macOS, by
# .github/workflows/release.yml (Windows: build/smoke.ps1 does the same):
#   - --version, diagnose (ICU, fonts, pack), folder size <= 150 MB (Linux), --screenshot offscreen (a real 1440x900 PNG), report --pdf, params list;
#   - calc --json and toeslagen --json on reference cases: byte-identical to the package in .venv;
#   - a newer parameter pack in the user data folder is used; a broken one is refused with a message.
# The app runs from an empty folder with a clean environment, so nothing from the source tree can help it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
APP=$ROOT/dist/werktloont/werktloont
PKG=$ROOT/.venv/bin/werktloont
PY=$ROOT/.venv/bin/python
REFERENCE=$ROOT/tests/data  # the reference cases the tests use, each with its source

if [ ! -x "$APP" ]; then echo "smoke: $APP ontbreekt; voer eerst build/build.sh uit" >&2; exit 1; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/run" "$tmp/home"
cd "$tmp/run"

# Same clean environment for the frozen app and the package, without a user pack or an explicit pack.
run() { env -i PATH=/usr/bin:/bin HOME="$tmp/home" XDG_DATA_HOME="$tmp/xdg" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$@"; }
fail() { echo "smoke: FOUT: $*" >&2; exit 1; }
t0=$(date +%s)

out=$(run "$APP" --version) || fail "--version"
echo "smoke: $out"
case "$out" in *parameterpakket*) ;; *) fail "--version noemt geen parameterpakket" ;; esac

# Every Qt module the source imports, also lazily inside a function (print dialog), must be in the bundle.
for mod in $(grep -rhoE "PySide6\.Qt[A-Za-z]+" "$ROOT/src/werktloont" | sort -u); do
  ls "$ROOT/dist/werktloont/_internal/PySide6/${mod#PySide6.}".* >/dev/null 2>&1 || fail "$mod ontbreekt in de bundel"
done

# Qt's ICU data is slimmed at build time (build/trim_icu.py): Dutch sorting, codecs and fonts must still work.
run "$APP" diagnose >"$tmp/diag.out" 2>&1 || { cat "$tmp/diag.out" >&2; fail "diagnose"; }
echo "smoke: diagnose goed ($(grep -c '^goed' "$tmp/diag.out") controles)"

# The release target: the folder stays within 150 MB (decimal, as a USB stick or a download counts).
bytes=$("$PY" "$ROOT/build/folder_size.py" "$ROOT/dist/werktloont")
echo "smoke: map $((bytes / 1000000)) MB ($((bytes / 1048576)) MiB)"
# Only the Linux build slims numpy and ICU (build/README.md); the macOS folder is measured, not held to it.
if [ "$(uname -s)" = "Linux" ]; then
  [ "$bytes" -le 150000000 ] || fail "de map is groter dan 150 MB: $((bytes / 1000000)) MB"
fi

run "$APP" --screenshot "$tmp/x.png" 2>"$tmp/shot.err" || { cat "$tmp/shot.err" >&2; fail "--screenshot"; }
"$PY" "$ROOT/build/smoke_cases.py" png "$tmp/x.png" || fail "schermafbeelding is geen goede PNG"

# Reference cases: a few rows of tests/data/reference-cases plus the app's example case (it has a job).
"$PY" "$ROOT/build/smoke_cases.py" cases "$REFERENCE" "$tmp" || fail "referentiecasussen lezen"

n=0
for f in "$tmp"/calc-*.json; do
  run "$APP" calc "$f" --json >"$tmp/frozen.out" || fail "calc $(basename "$f") (bevroren)"
  run "$PKG" calc "$f" --json >"$tmp/package.out" || fail "calc $(basename "$f") (pakket)"
  cmp -s "$tmp/frozen.out" "$tmp/package.out" || { diff "$tmp/package.out" "$tmp/frozen.out" | head -20 >&2; fail "calc $(basename "$f"): andere JSON dan het pakket"; }
  n=$((n + 1))
done
for f in "$tmp"/toeslagen-*.json; do
  run "$APP" toeslagen "$f" --json >"$tmp/frozen.out" || fail "toeslagen (bevroren)"
  run "$PKG" toeslagen "$f" --json >"$tmp/package.out" || fail "toeslagen (pakket)"
  cmp -s "$tmp/frozen.out" "$tmp/package.out" || fail "toeslagen: andere JSON dan het pakket"
  n=$((n + 1))
done
[ "$n" -ge 4 ] || fail "te weinig referentiecasussen gevonden in $REFERENCE"
echo "smoke: calc/toeslagen --json gelijk aan het pakket voor $n casussen"

case_file=$(ls "$tmp"/calc-example.json 2>/dev/null || ls "$tmp"/calc-*.json | head -1)
run "$APP" report "$case_file" --pdf "$tmp/r.pdf" >/dev/null || fail "report --pdf"
head -c 5 "$tmp/r.pdf" | grep -q '%PDF-' || fail "report schreef geen PDF"
run "$APP" params list >/dev/null || fail "params list"
echo "smoke: report --pdf en params list werken"

# Updating the pack without rebuilding: a newer valid pack in the user data folder is used ...
# (the user's data folder: XDG on Linux, ~/Library/Application Support on macOS; params/override.py)
case "$(uname -s)" in
  Darwin) user_pack="$tmp/home/Library/Application Support/werktloont/parameters" ;;
  *) user_pack="$tmp/xdg/werktloont/parameters" ;;
esac
mkdir -p "$(dirname "$user_pack")"
cp -R "$ROOT/dist/werktloont/_internal/parameters" "$user_pack"
# sed -i differs between GNU and BSD (macOS); -i.bak works with both.
sed -i.bak 's/^pack_version:.*/pack_version: "9999.1.0"/' "$user_pack/manifest.yaml" && rm -f "$user_pack/manifest.yaml.bak"
out=$(run "$APP" --version)
case "$out" in *9999.1.0*) ;; *) fail "nieuwer pakket in de gebruikersmap niet gebruikt: $out" ;; esac
# ... and a broken one is refused with a Dutch message, the bundled pack is used.
printf 'format: werktloont-parameters/1\nparameters: [\n' >"$user_pack/bijstand.yaml"
out=$(run "$APP" --version 2>"$tmp/err")
case "$out" in *9999.1.0*) fail "kapot pakket toch gebruikt" ;; esac
grep -q "geweigerd" "$tmp/err" && grep -q "bijstand.yaml" "$tmp/err" || fail "geen melding over het kapotte pakket"
echo "smoke: parameterpakket bijwerken zonder nieuwe build werkt (nieuwer gebruikt, kapot geweigerd)"

echo "smoke: alles goed ($(( $(date +%s) - t0 )) s)"
