"""Client report: three kinds of case render to an A4 PDF of 1-3 pages with the verdict in the text."""

import atexit
import functools
import json
import os
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import run_cli
from werktloont import fmt
from werktloont.api import calculate
from werktloont.report.content import build_report
from werktloont.report.render import write_pdf

BASE = {"format": "werktloont-case/1", "date": "2026-01-01", "assets": {"savings": 1000.0},
        "municipality": "voorbeeldgemeente"}
SINGLE = dict(BASE, household={"adults": [{"age": 40}], "rent": {"base_rent": 650.0}},
              job={"hourly_wage": 15.5, "hours_per_week": 32}, client="Piet Jansen", note="Eerste gesprek.")
COUPLE = dict(BASE, household={"adults": [{"age": 35}, {"age": 33}], "children": [{"age": 3}, {"age": 9}],
                               "rent": {"base_rent": 800.0, "service_costs": 30.0}},
              job={"hourly_wage": 16.0, "hours_per_week": 36})
TEMPORARY = dict(BASE, household={"adults": [{"age": 29}], "children": [{"age": 5}], "rent": {"base_rent": 700.0}},
                 job={"hours_per_week": 24, "start": "2026-03-01", "contract_months": 6})


@functools.cache
def _page_texts(path: str, _mtime_ns: int, _size: int) -> tuple[str, ...]:
    return tuple(page.extract_text() for page in PdfReader(path).pages)


def page_texts(path) -> tuple[str, ...]:
    """The text of each page, read once per file as written (pypdf takes about 0,1 s a report; several tests read
    the same one)."""
    stat = os.stat(path)
    return _page_texts(str(path), stat.st_mtime_ns, stat.st_size)


_RENDERED: dict = {}
_FOLDER = Path(tempfile.gettempdir()) / f"werktloont-report-tests-{os.getpid()}"


def rendered(case: dict, lang: str = "nl", anonymous: bool = False):
    """(report, pdf path, pages written) of `build_report` and `write_pdf` for this case, made once per test session:
    the tests only read them, and the same few cases are read by many tests."""
    key = (json.dumps(case, sort_keys=True), lang, anonymous)
    if key not in _RENDERED:
        if not _RENDERED:
            atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)
        out = _FOLDER / f"rapport-{len(_RENDERED)}.pdf"
        _FOLDER.mkdir(parents=True, exist_ok=True)
        report = build_report(case, lang=lang, anonymous=anonymous)
        _RENDERED[key] = (report, out, write_pdf(report, out))
    return _RENDERED[key]



def pdf_text(path) -> tuple[int, str]:
    pages = page_texts(path)
    return len(pages), "\n".join(pages)


def squash(text: str) -> str:
    """One line of words; ligatures the PDF font made ("ﬃ") back into letters."""
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u00a0", " ").split())


def split_pages(path) -> tuple[str, str]:
    """(the client's pages, the klantmanager's part) of a PDF report, each as one squashed text."""
    pages = [squash(p) for p in page_texts(path)]
    k = next(i for i, t in enumerate(pages) if t.startswith(("Voor de klantmanager", "For the klantmanager")))
    return " ".join(pages[:k]), " ".join(pages[k:])


def client_page_count(path) -> int:
    pages = [squash(p) for p in page_texts(path)]
    return next(i for i, t in enumerate(pages) if t.startswith(("Voor de klantmanager", "For the klantmanager")))


@pytest.mark.parametrize("case", [SINGLE, COUPLE, TEMPORARY], ids=["single", "couple", "temporary"])
def test_report_renders_with_verdict(case):
    _report, out, pages = rendered(case)
    n, text = pdf_text(out)
    # The client's pages (at most two), then the klantmanager's part on a page of its own.
    assert n == pages and 3 <= n <= 5 and client_page_count(out) <= 2
    result = calculate(case)
    # A permanent job leads with the lasting gain (after the temporary vrijlating); a temporary contract with the
    # gain while it lasts and for how long, never "blijvend".
    if result["headline"]["kind"] == "permanent":
        lasting = result["gain_lasting"]
        head = ("blijvend ongeveer evenveel" if round(lasting) == 0 else
                f"blijvend {fmt.eur(abs(lasting), 0)} per maand {'meer' if lasting >= 0 else 'minder'}")
    else:
        amount = result["headline"]["amount"]
        head = f"{fmt.eur(abs(amount), 0)} per maand {'meer' if amount >= 0 else 'minder'} te besteden, " \
               f"{case['job']['contract_months']} maanden lang"
        assert "blijvend" not in squash(text)
    assert f"Met deze baan heeft u {head}" in squash(text)
    assert "Dit is een indicatie, geen beschikking." in squash(text)
    assert "pakket" in text and calculate(case)["parameters"]["pack"] in text
    # A4 portrait: 595 x 842 points.
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_temporary_contract_report_has_steps():
    out = rendered(TEMPORARY)[1]
    text = squash(pdf_text(out)[1])
    assert "Wat moet u doen?" in text and "UWV" in text and "Dienst Toeslagen" in text


def test_temporary_contract_report_has_month_by_month():
    out = rendered(TEMPORARY)[1]
    assert "Maand voor maand" in squash(pdf_text(out)[1])


def test_anonymous_report_drops_name_and_note_keeps_amounts():
    (named, _, _), (anon, out, _) = rendered(SINGLE), rendered(SINGLE, anonymous=True)
    assert "Piet Jansen" in named.all_text() and "Eerste gesprek." in named.all_text()
    assert "Piet Jansen" not in anon.all_text() and "Eerste gesprek." not in anon.all_text()
    assert anon.table == named.table and anon.verdict == named.verdict
    assert "Jansen" not in pdf_text(out)[1]


def test_english_report():
    out = rendered(SINGLE, lang="en")[1]
    text = squash(pdf_text(out)[1])
    assert "With this job you have" in text and "not a decision" in text


def test_english_report_of_a_temporary_contract_has_no_dutch_situations_or_steps():
    young = dict(TEMPORARY, household={"adults": [{"age": 24}], "rent": {"base_rent": 700.0}},
                 job={"hours_per_week": 32, "start": "2026-03-01", "contract_months": 4})
    report = build_report(young, lang="en")
    situations = [row[1] for row in report.timeline]
    # Bijstand in January and February (the case date is 1 January), work March-June, then the four-week search
    # period for under-27s (art. 41 lid 4) in July, then bijstand again.
    assert situations == ["bijstand", "work", "search period (no bijstand yet)", "bijstand"]
    assert report.steps[0].startswith("Tell the municipality about the job")
    assert "You are under 27. So for the first 4 weeks you get no bijstand." in report.steps[2]
    text = report.all_text()
    for dutch in ("Meld de baan", "zoektermijn", "Vraag WW", "werk +", "t/m"):
        assert dutch not in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_pdf_renders_to_png(tmp_path):
    out = rendered(COUPLE)[1]
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(out), str(tmp_path / "page")], check=True, timeout=60)
    pngs = sorted(tmp_path.glob("page*.png"))
    assert pngs and all(p.stat().st_size > 5000 for p in pngs)


def test_cli_report(tmp_path):
    case = tmp_path / "casus.json"
    import json

    case.write_text(json.dumps(SINGLE), encoding="utf-8")
    out = tmp_path / "uit.pdf"
    r = run_cli("report", str(case), "--pdf", str(out), "--anoniem")
    assert r.returncode == 0, r.stderr
    assert "Jansen" not in pdf_text(out)[1]
    bad = run_cli("report", str(tmp_path / "weg.json"), "--pdf", str(out))
    assert bad.returncode == 2 and "kan niet worden geopend" in bad.stderr and "Traceback" not in bad.stderr


def test_the_verschil_column_is_the_answers_and_adds_up_with_the_debt_rows():
    # A single parent with beslag (claim unknown) who takes 32 h x € 16: more of the income goes to the
    # creditors. The Verschil column says what each row does to what is left, so more to the creditors is a minus
    # (as in the window), and 'te besteden' plus 'naar schuldeisers' is what the household keeps more.
    case = {"format": "werktloont-case/1", "date": "2026-03-01",
            "household": {"adults": [{"age": 45}], "children": [{"age": 10}], "rent": {"base_rent": 700.0}},
            "assets": {"savings": 200.0}, "job": {"hours_per_week": 32, "hourly_wage": 16.0, "start": "2026-04-01"},
            "debts_arrangement": {"kind": "beslag", "monthly_claim": None, "debtor": 0}}
    result = calculate(case)
    rows = {r[0]: r for r in build_report(case).table}
    d = result["debts"]  # the month the headline names, as the report's table
    more = d["with_job"]["to_creditors"] - d["without_job"]["to_creditors"]
    assert more > 0.005
    assert rows["Naar schuldeisers"][3] == "-" + fmt.eur(more)

    def amount(cell: str) -> float:
        return 0.0 if cell == "–" else float(cell.replace("€", "").replace(".", "").replace(",", ".").replace(" ", ""))

    spend, creditors, keeps = (amount(rows[k][3]) for k in ("Te besteden", "Naar schuldeisers",
                                                            "Houdt het huishouden over"))
    assert spend + creditors == pytest.approx(keeps, abs=0.005)
