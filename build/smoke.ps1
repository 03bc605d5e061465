# Smoke test of the frozen Windows app dist\werktloont\ (after PyInstaller with build\werktloont.spec): the
# PowerShell twin of build/smoke.sh, run by .github/workflows/release.yml on windows-latest.
#   - werktloont-cli.exe --version, diagnose (ICU, fonts, pack), folder size, --screenshot offscreen (a real
#     1440x900 PNG), report --pdf, params list, and werktloont.exe (the window's executable) is there;
#   - calc --json and toeslagen --json on reference cases: byte-identical to the package in .venv;
#   - a newer parameter pack in %APPDATA%\werktloont\parameters is used; a broken one is refused with a message.
# The app runs from an empty folder with its own APPDATA and without WERKTLOONT_PARAMETERS.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
$Dist = Join-Path $Root "dist\werktloont"
$App = Join-Path $Dist "werktloont-cli.exe"
$Window = Join-Path $Dist "werktloont.exe"
$Pkg = Join-Path $Root ".venv\Scripts\werktloont.exe"
$Py = Join-Path $Root ".venv\Scripts\python.exe"
$Reference = Join-Path $Root "tests\data"

function Fail([string]$Message) {
    Write-Error "smoke: FOUT: $Message" -ErrorAction Continue
    exit 1
}

# Run a program with its output as raw bytes in a file (PowerShell's own redirection would re-encode it).
function Invoke-ToFile([string]$Exe, [string[]]$Arguments, [string]$OutFile, [string]$ErrFile) {
    $quoted = ($Arguments | ForEach-Object { '"' + $_ + '"' }) -join " "
    $p = Start-Process -FilePath $Exe -ArgumentList $quoted -NoNewWindow -Wait -PassThru `
        -RedirectStandardOutput $OutFile -RedirectStandardError $ErrFile
    return $p.ExitCode
}

if (-not (Test-Path $App)) { Fail "$App ontbreekt; bouw eerst met PyInstaller (build\README.md)" }
if (-not (Test-Path $Window)) { Fail "$Window ontbreekt (het venster zonder consolevenster)" }

$Tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("werktloont-smoke-" + [guid]::NewGuid().ToString("N"))
New-Item -ItemType Directory -Path $Tmp, "$Tmp\run", "$Tmp\appdata" | Out-Null
Set-Location "$Tmp\run"
$env:APPDATA = "$Tmp\appdata"
$env:QT_QPA_PLATFORM = "offscreen"
Remove-Item Env:WERKTLOONT_PARAMETERS -ErrorAction SilentlyContinue
$start = Get-Date

try {
    $code = Invoke-ToFile $App @("--version") "$Tmp\version.out" "$Tmp\version.err"
    $version = Get-Content -Raw "$Tmp\version.out"
    if ($code -ne 0 -or $version -notmatch "parameterpakket") { Fail "--version: $version" }
    Write-Host "smoke: $($version.Trim())"

    # Every Qt module the source imports, also lazily inside a function (print dialog), must be in the bundle.
    $modules = Get-ChildItem -Recurse -Filter *.py (Join-Path $Root "src\werktloont") |
        Select-String -Pattern "PySide6\.(Qt[A-Za-z]+)" -AllMatches |
        ForEach-Object { $_.Matches } | ForEach-Object { $_.Groups[1].Value } | Sort-Object -Unique
    foreach ($m in $modules) {
        if (-not (Get-ChildItem (Join-Path $Dist "_internal\PySide6") -Filter "$m.*" -ErrorAction SilentlyContinue)) {
            Fail "PySide6.$m ontbreekt in de bundel"
        }
    }

    $code = Invoke-ToFile $App @("diagnose") "$Tmp\diag.out" "$Tmp\diag.err"
    if ($code -ne 0) { Get-Content "$Tmp\diag.out", "$Tmp\diag.err" | Write-Host; Fail "diagnose" }
    Write-Host "smoke: diagnose goed"

    $bytes = [long](& $Py (Join-Path $Root "build\folder_size.py") $Dist)
    Write-Host ("smoke: map {0} MB (Windows: gemeten, zonder de Linux-grens van 150 MB)" -f [math]::Floor($bytes / 1000000))

    $code = Invoke-ToFile $App @("--screenshot", "$Tmp\x.png") "$Tmp\shot.out" "$Tmp\shot.err"
    if ($code -ne 0) { Get-Content "$Tmp\shot.err" | Write-Host; Fail "--screenshot" }
    & $Py (Join-Path $Root "build\smoke_cases.py") png "$Tmp\x.png"
    if ($LASTEXITCODE -ne 0) { Fail "schermafbeelding is geen goede PNG" }

    # Reference cases: a few rows of tests\data\reference-cases plus the app's example case.
    & $Py (Join-Path $Root "build\smoke_cases.py") cases $Reference $Tmp
    if ($LASTEXITCODE -ne 0) { Fail "referentiecasussen lezen" }

    $n = 0
    foreach ($f in Get-ChildItem "$Tmp" -Filter "calc-*.json") {
        if ((Invoke-ToFile $App @("calc", $f.FullName, "--json") "$Tmp\frozen.out" "$Tmp\frozen.err") -ne 0) {
            Fail "calc $($f.Name) (bevroren): $(Get-Content -Raw "$Tmp\frozen.err")"
        }
        if ((Invoke-ToFile $Pkg @("calc", $f.FullName, "--json") "$Tmp\package.out" "$Tmp\package.err") -ne 0) {
            Fail "calc $($f.Name) (pakket)"
        }
        $a = Get-FileHash "$Tmp\frozen.out"; $b = Get-FileHash "$Tmp\package.out"
        if ($a.Hash -ne $b.Hash) { Fail "calc $($f.Name): andere JSON dan het pakket" }
        $n++
    }
    foreach ($f in Get-ChildItem "$Tmp" -Filter "toeslagen-*.json") {
        if ((Invoke-ToFile $App @("toeslagen", $f.FullName, "--json") "$Tmp\frozen.out" "$Tmp\frozen.err") -ne 0) {
            Fail "toeslagen (bevroren)"
        }
        if ((Invoke-ToFile $Pkg @("toeslagen", $f.FullName, "--json") "$Tmp\package.out" "$Tmp\package.err") -ne 0) {
            Fail "toeslagen (pakket)"
        }
        if ((Get-FileHash "$Tmp\frozen.out").Hash -ne (Get-FileHash "$Tmp\package.out").Hash) {
            Fail "toeslagen: andere JSON dan het pakket"
        }
        $n++
    }
    if ($n -lt 4) { Fail "te weinig referentiecasussen gevonden in $Reference" }
    Write-Host "smoke: calc/toeslagen --json gelijk aan het pakket voor $n casussen"

    $case = Get-ChildItem "$Tmp" -Filter "calc-example.json" | Select-Object -First 1
    if (-not $case) { $case = Get-ChildItem "$Tmp" -Filter "calc-*.json" | Select-Object -First 1 }
    if ((Invoke-ToFile $App @("report", $case.FullName, "--pdf", "$Tmp\r.pdf") "$Tmp\r.out" "$Tmp\r.err") -ne 0) {
        Fail "report --pdf: $(Get-Content -Raw "$Tmp\r.err")"
    }
    $pdf = [System.IO.File]::ReadAllBytes("$Tmp\r.pdf")
    $head = [System.Text.Encoding]::ASCII.GetString($pdf, 0, 5)
    if ($head -ne "%PDF-") { Fail "report schreef geen PDF" }
    if ((Invoke-ToFile $App @("params", "list") "$Tmp\p.out" "$Tmp\p.err") -ne 0) { Fail "params list" }
    Write-Host "smoke: report --pdf en params list werken"

    # Updating the pack without rebuilding: a newer valid pack in %APPDATA%\werktloont\parameters is used ...
    $userPack = "$Tmp\appdata\werktloont\parameters"
    New-Item -ItemType Directory -Path "$Tmp\appdata\werktloont" | Out-Null
    Copy-Item -Recurse (Join-Path $Dist "_internal\parameters") $userPack
    $manifest = Join-Path $userPack "manifest.yaml"
    $text = [System.IO.File]::ReadAllText($manifest) -replace '(?m)^pack_version:.*$', 'pack_version: "9999.1.0"'
    [System.IO.File]::WriteAllText($manifest, $text, (New-Object System.Text.UTF8Encoding $false))
    Invoke-ToFile $App @("--version") "$Tmp\v.out" "$Tmp\v.err" | Out-Null
    if ((Get-Content -Raw "$Tmp\v.out") -notmatch "9999\.1\.0") { Fail "nieuwer pakket in APPDATA niet gebruikt" }
    # ... and a broken one is refused with a Dutch message, the bundled pack is used.
    [System.IO.File]::WriteAllText((Join-Path $userPack "bijstand.yaml"), "format: werktloont-parameters/1`nparameters: [`n")
    Invoke-ToFile $App @("--version") "$Tmp\v.out" "$Tmp\v.err" | Out-Null
    if ((Get-Content -Raw "$Tmp\v.out") -match "9999\.1\.0") { Fail "kapot pakket toch gebruikt" }
    $err = Get-Content -Raw "$Tmp\v.err"
    if ($err -notmatch "geweigerd" -or $err -notmatch "bijstand\.yaml") { Fail "geen melding over het kapotte pakket" }
    Write-Host "smoke: parameterpakket bijwerken zonder nieuwe build werkt (nieuwer gebruikt, kapot geweigerd)"

    Write-Host ("smoke: alles goed ({0:N0} s)" -f ((Get-Date) - $start).TotalSeconds)
}
finally {
    Set-Location $Root
    Remove-Item -Recurse -Force $Tmp -ErrorAction SilentlyContinue
}
