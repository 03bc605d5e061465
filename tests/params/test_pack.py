"""Tests of the REAL parameter pack in parameters/.

Expected legal values never come from our own YAML: they are read from the reference cases
(tests/data/reference-cases/bijstand.json, each with its official source) or written here with their official
source in a comment.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from werktloont.errors import InputError, MissingParameterError
from werktloont.params import load_pack

ROOT = Path(__file__).resolve().parents[2]
PACK_DIR = ROOT / "parameters"
REFERENCE = ROOT / "tests" / "data" / "reference-cases" / "bijstand.json"

D = date.fromisoformat


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK_DIR)


def _reference_cases() -> list[dict]:
    if not REFERENCE.exists():  # pragma: no cover - the file is part of the repository
        return []
    return json.loads(REFERENCE.read_text(encoding="utf-8"))["cases"]


REF_CASES = _reference_cases()
needs_reference = pytest.mark.skipif(not REF_CASES, reason=f"reference cases not found: {REFERENCE}")


def _ref(case_id: str, key: str):
    """One expected value from bijstand.json, by case id."""
    for case in REF_CASES:
        if case["id"] == case_id:
            return case["expect"][key]
    raise LookupError(f"reference case {case_id} not in {REFERENCE}")


def cents(x) -> Decimal:
    """Half-up rounding to whole cents, as the Participatiewet amounts are written."""
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --- 1. the pack loads; periods and regulations ---------------------------------------------------

def test_pack_loads_with_version_and_coverage(pack):
    assert pack.version
    start, end = pack.coverage
    assert start <= end
    assert pack.index, "the pack holds no parameters"


def test_every_manifest_regulation_has_a_file_and_is_loaded(pack):
    for name in pack.manifest.regulations:
        assert (PACK_DIR / f"{name}.yaml").is_file(), f"{name}.yaml ontbreekt"
    assert list(pack.regulations) == list(pack.manifest.regulations)


@pytest.mark.parametrize("period", ["2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01"])
def test_known_periods_are_in_manifest(pack, period):
    assert D(period) in pack.periods


def test_every_period_gives_a_snapshot(pack):
    assert pack.periods
    for period in pack.periods:
        snap = pack.at(period)
        assert snap.on == period
        assert pack.at(period.isoformat()) is snap  # str and date give the same cached snapshot
        for name in pack.manifest.regulations:
            params = snap.reg(name)  # builds without raising, unknowns simply left out
            assert params.regulation == name


def test_value_start_dates_are_manifest_periods(pack):
    periods = set(pack.periods)
    starts = {e.start for entries in pack.index.values() for e in entries}
    assert starts <= periods, f"start dates not listed in manifest.periods: {sorted(starts - periods)}"


# --- 2. boundary dates ---------------------------------------------------------------------------

@needs_reference
@pytest.mark.parametrize("on, case_id", [
    ("2025-06-30", "norm-single-2025-01-01"),
    ("2025-07-01", "norm-single-2025-07-01"),
    ("2025-12-31", "norm-single-2025-07-01"),
    ("2026-01-01", "norm-single-2026-01-01"),
])
def test_boundary_norm_alleenstaande(pack, on, case_id):
    expected = _ref(case_id, "without_job.bijstand")
    assert pack.at(on).get("bijstand.norm_alleenstaande_21") == pytest.approx(expected, abs=0.001)
    assert pack.lookup("bijstand.norm_alleenstaande_21", D(on)).value == pytest.approx(expected, abs=0.001)


@needs_reference
@pytest.mark.parametrize("on, case_id", [
    ("2025-06-30", "norm-couple-2025-01-01"),
    ("2025-07-01", "norm-couple-2025-07-01"),
    ("2025-12-31", "norm-couple-2025-07-01"),
    ("2026-01-01", "norm-couple-2026-01-01"),
])
def test_boundary_norm_gehuwden(pack, on, case_id):
    expected = _ref(case_id, "without_job.bijstand")
    assert pack.at(on).get("bijstand.norm_gehuwden_21") == pytest.approx(expected, abs=0.001)


@needs_reference
@pytest.mark.parametrize("on, case_id", [
    ("2025-12-31", "vermogen-over-2025-07-01"),
    ("2026-01-01", "vermogen-over-2026-01-01"),
])
def test_boundary_vermogensgrens(pack, on, case_id):
    assert pack.at(on).get("vermogen.vermogensgrens_alleenstaande") == _ref(case_id, "asset_test.limit")


# Minimumuurloon 21+ (gross, per hour):
#   2025-01-01: € 14,06 - SVB, "Bedragen minimumlonen vanaf 1 januari 2025" (Regeling indexatie WML
#               per 1 januari 2025, SZW nr. 2024-0000675332)
#   2025-07-01: € 14,40 and 2026-01-01: € 14,71 - Rijksoverheid, "Uitkeringsbedragen per 1 januari
#               2026" (10-12-2025): "van € 14,40 per uur ... naar € 14,71"
@pytest.mark.parametrize("on, expected", [
    ("2025-06-30", 14.06),
    ("2025-07-01", 14.40),
    ("2025-12-31", 14.40),
    ("2026-01-01", 14.71),
])
def test_boundary_minimumuurloon(pack, on, expected):
    assert pack.at(on).get("minimumloon.minimumuurloon") == pytest.approx(expected, abs=0.001)


# Standaardpremie zorgtoeslag (per year):
#   2025: € 2.112 - Regeling vaststelling standaardpremie en bestuursrechtelijke premies 2025, art. 1
#         (Stcrt. 2024, 38887): "bedraagt voor het berekeningsjaar 2025 € 2.112"
#   2026: € 2.119 - idem 2026, art. 1 (Stcrt. 2025, 40022)
@pytest.mark.parametrize("on, expected", [
    ("2025-06-30", 2112),
    ("2025-07-01", 2112),  # a yearly amount: no change on 1 July
    ("2025-12-31", 2112),
    ("2026-01-01", 2119),
    ("2026-12-31", 2119),
])
def test_boundary_standaardpremie(pack, on, expected):
    assert pack.at(on).get("zorgtoeslag.standaardpremie") == expected


def test_lookup_entry_start_dates_at_boundaries(pack):
    pid = "bijstand.norm_alleenstaande_21"
    assert pack.lookup(pid, D("2025-06-30")).start == D("2025-01-01")
    assert pack.lookup(pid, D("2025-07-01")).start == D("2025-07-01")
    assert pack.lookup(pid, D("2025-12-31")).start == D("2025-07-01")
    assert pack.lookup(pid, D("2026-01-01")).start == D("2026-01-01")


# --- 3. spot checks against every row of bijstand.json -------------------------------------------

AOW_AGE_LOWER_BOUND = 66  # AOW-leeftijd 2025/2026 is 67 jaar (Algemene Ouderdomswet art. 7a); stay clearly below


def _norm_id(adults: list[dict]) -> str | None:
    ages = [a["age"] for a in adults]
    if not all(21 <= age < AOW_AGE_LOWER_BOUND for age in ages):
        return None
    return {1: "bijstand.norm_alleenstaande_21", 2: "bijstand.norm_gehuwden_21"}.get(len(ages))


def _kostendelersnorm(pack, on: str, a: int) -> Decimal:
    """Participatiewet art. 22a lid 1: ((40 % + A x 30 %) / A) x B, B = norm art. 21 onder b."""
    snap = pack.at(on)
    basis = Decimal(str(snap.get("bijstand.kostendelersnorm_basis_percent")))
    opslag = Decimal(str(snap.get("bijstand.kostendelersnorm_opslag_percent")))
    b = Decimal(str(snap.get("bijstand.norm_gehuwden_21")))
    return cents((basis + a * opslag) / a / 100 * b)


@needs_reference
@pytest.mark.parametrize("case", REF_CASES, ids=[c["id"] for c in REF_CASES])
def test_reference_case(pack, case):
    on = case["input"]["date"]
    household = case["input"]["household"]
    adults, sharers = household["adults"], household.get("cost_sharers") or 0
    snap = pack.at(on)
    checked = 0
    expect = case["expect"]
    if "without_job.bijstand" in expect and not household.get("children"):
        pid = _norm_id(adults)
        if pid is not None and sharers == 0:
            assert snap.get(pid) == pytest.approx(expect["without_job.bijstand"], abs=0.001), case["source"]
            checked += 1
        elif pid == "bijstand.norm_alleenstaande_21" and sharers > 0:
            got = _kostendelersnorm(pack, on, 1 + sharers)
            assert got == cents(expect["without_job.bijstand"]), case["source"]
            checked += 1
    if "asset_test.limit" in expect:
        pid = {1: "vermogen.vermogensgrens_alleenstaande", 2: "vermogen.vermogensgrens_gehuwden"}[len(adults)]
        if len(adults) == 1 and household.get("children"):
            pid = "vermogen.vermogensgrens_alleenstaande_ouder"
        assert snap.get(pid) == expect["asset_test.limit"], case["source"]
        checked += 1
    if not checked:
        pytest.skip(f"no parameter spot check for the shape of case {case['id']}")


@needs_reference
def test_kostendelersnorm_a2_2025(pack):
    # Participatiewet art. 22a lid 1 coefficients: 40 % fixed, 30 % per person (Schulinck; confirmed by
    # 0,70 x 21 onder b = 21 onder a). The test computes the norm itself, half-up to the cent.
    snap = pack.at("2025-01-01")
    assert snap.get("bijstand.kostendelersnorm_basis_percent") == 40
    assert snap.get("bijstand.kostendelersnorm_opslag_percent") == 30
    b = Decimal(str(snap.get("bijstand.norm_gehuwden_21")))
    norm = cents((Decimal("40") + 2 * Decimal("30")) / 2 / 100 * b)
    assert norm == Decimal("961.04")
    assert norm == cents(_ref("kostendelers-A2-2025-01-01", "without_job.bijstand"))
    assert _kostendelersnorm(pack, "2025-01-01", 2) == norm


def test_reference_cases_cover_all_rows():
    """Guard: the reference file is present and not empty (otherwise the row checks silently vanish)."""
    assert REFERENCE.exists(), REFERENCE
    assert len(REF_CASES) >= 10


# --- 4. sources, unknowns and errors -------------------------------------------------------------

CONFIDENCE = {"high", "medium", "low", "derived"}


def test_every_value_entry_has_sources_and_confidence_or_unknown_reason(pack):
    bad = []
    for pid, entries in pack.index.items():
        for e in entries:
            where = f"{pid} vanaf {e.start.isoformat()}"
            if e.unknown is not None:
                if not e.unknown.strip():
                    bad.append(f"{where}: empty unknown reason")
                if e.confidence is not None:
                    bad.append(f"{where}: unknown with a confidence")
                continue
            if not e.sources:
                bad.append(f"{where}: no sources")
            if any(not s.title.strip() for s in e.sources):
                bad.append(f"{where}: source without title")
            if e.confidence not in CONFIDENCE:
                bad.append(f"{where}: confidence {e.confidence!r}")
    assert not bad, "\n".join(bad)


def test_derived_values_explain_how(pack):
    bad = []
    for reg_name, reg in pack.regulations.items():
        for pid, p in reg.parameters.items():
            for e in pack.index[f"{reg_name}.{pid}"]:
                if e.confidence == "derived" and not (e.note or p.note):
                    bad.append(f"{reg_name}.{pid} vanaf {e.start.isoformat()}")
    assert not bad, "derived without a note: " + ", ".join(bad)


def _unknown_entries(pack):
    return [e for entries in pack.index.values() for e in entries if e.unknown is not None]


def test_pack_has_unknowns_to_check(pack):
    assert _unknown_entries(pack), "no unknown values: the unknown tests below check nothing"


def test_every_unknown_raises_with_reason(pack):
    for e in _unknown_entries(pack):
        for on in {e.start, e.until or e.start}:
            snap = pack.at(on)
            with pytest.raises(MissingParameterError) as info:
                snap.get(e.id)
            err = info.value
            assert err.param_id == e.id
            assert err.on == on.isoformat()
            assert e.unknown in str(err)
            assert "niet bekend" in str(err)
            assert not snap.has(e.id)
            # through the regulation view as well
            short = e.id.split(".", 1)[1]
            with pytest.raises(MissingParameterError) as info2:
                snap.reg(e.regulation)[short]
            assert e.unknown in str(info2.value)


def test_ended_parameters_raise_without_value(pack):
    ended = [e for entries in pack.index.values() for e in entries if e.ended]
    for e in ended:
        snap = pack.at(e.start)
        with pytest.raises(MissingParameterError, match="geen waarde"):
            snap.get(e.id)
        assert e.id.split(".", 1)[1] not in snap.reg(e.regulation)


def test_nonexistent_parameter_raises(pack):
    with pytest.raises(MissingParameterError, match="bestaat niet"):
        pack.at("2026-01-01").get("bijstand.bestaat_niet")
    with pytest.raises(MissingParameterError, match="niet in het pakket"):
        pack.at("2026-01-01").reg("bestaat_niet")


@pytest.mark.parametrize("side, as_text", [("before", False), ("after", False), ("before", True), ("after", True)])
def test_dates_outside_coverage_raise_dutch_input_error(pack, side, as_text):
    start, end = pack.coverage
    on = start - timedelta(days=1) if side == "before" else end + timedelta(days=1)
    if as_text:
        on = on.isoformat()
    with pytest.raises(InputError) as info:
        pack.at(on)
    err = info.value
    assert err.field == "date"
    text = str(err)
    assert "valt buiten het parameterpakket" in text
    assert "Ongeldige invoer bij 'date'" in text
    assert pack.version in text


@pytest.mark.parametrize("text", ["2026-13-01", "2026-02-30", "1-1-2026", "morgen"])
def test_invalid_date_text_raises_dutch_input_error(pack, text):
    with pytest.raises(InputError) as info:
        pack.at(text)
    assert info.value.field == "date"
    assert "geen geldige datum" in str(info.value)


def test_coverage_edges_are_inside(pack):
    start, end = pack.coverage
    assert pack.at(start).on == start
    assert pack.at(end).on == end


# --- 5. labels and periods -----------------------------------------------------------------------

def test_every_parameter_has_dutch_and_english_label(pack):
    bad = []
    for reg_name, reg in pack.regulations.items():
        assert reg.label.nl.strip() and reg.label.en.strip(), reg_name
        for pid, p in reg.parameters.items():
            if not (p.label.nl.strip() and p.label.en.strip()):
                bad.append(f"{reg_name}.{pid}")
    assert not bad, bad


def test_every_eur_parameter_has_a_period(pack):
    bad = [f"{reg_name}.{pid}" for reg_name, reg in pack.regulations.items()
           for pid, p in reg.parameters.items() if p.unit == "EUR" and p.period == "none"]
    assert not bad, bad


# --- 6. internal consistency, with the official arithmetic written here ----------------------------

def _piecewise(segments: list[dict], x: float) -> float:
    """y = base + rate % x (x - from) for the segment containing x (README, type piecewise_linear)."""
    current = segments[0]
    for seg in segments:
        if seg["from"] <= x:
            current = seg
    return current["base"] + current["rate"] / 100 * (x - current["from"])


def _left_limit(segments: list[dict], i: int) -> float:
    prev, seg = segments[i - 1], segments[i]
    return prev["base"] + prev["rate"] / 100 * (seg["from"] - prev["from"])


# Wet IB 2001 art. 8.11 lid 2, geldend 2026-01-01 (gaps.md §3c; tax-and-toeslagen.md §1c):
#   a. 8,324 % x AI, max € 996; b. + 31,009 % above € 11.965, a+b <= € 5.300;
#   c. + 1,950 % above € 25.845, a+b+c <= € 5.685; d. - 6,51 % above € 45.592, not below nil.
AK_2026 = [(0, 0, 8.324), (11965, 996, 31.009), (25845, 5300, 1.950), (45592, 5685, -6.51)]
# Same article, geldend 2025-01-01 (gaps.md §3c): 8,053 % to 12.169 (max 980); 30,030 % to 26.288
# (<= 5.220); 2,258 % to 43.071 (<= 5.599); - 6,51 % above 43.071.
AK_2025 = [(0, 0, 8.053), (12169, 980, 30.030), (26288, 5220, 2.258), (43071, 5599, -6.51)]


@pytest.mark.parametrize("on, official, maximum", [("2026-01-01", AK_2026, 5685), ("2025-01-01", AK_2025, 5599)])
def test_arbeidskorting_segments_match_law_and_join(pack, on, official, maximum):
    snap = pack.at(on)
    segs = snap.get("inkomstenbelasting.arbeidskorting")
    for (frm, base, rate), seg in zip(official, segs):
        assert seg["from"] == frm and seg["base"] == base and seg["rate"] == pytest.approx(rate, abs=1e-9)
    # the segments join: 0,08324 x 11.965 = 995,97 ~ 996; 996 + 0,31009 x 13.880 = 5.300,05 ~ 5.300;
    # 5.300 + 0,0195 x 19.747 = 5.685,07 ~ 5.685 (2026); likewise 979,97 / 5.219,94 / 5.598,96 (2025)
    for i in range(1, len(segs)):
        assert _left_limit(segs, i) == pytest.approx(segs[i]["base"], abs=1.0), f"break at {segs[i]['from']}"
    # last segment: nil from 45.592 + 5.685 / 0,0651 = 132.919,19 (2026), 129.077,14 (2025)
    zero = official[-1][0] + official[-1][1] / 0.0651
    assert segs[-1]["from"] == pytest.approx(zero, abs=1.0)
    assert segs[-1]["base"] == 0 and segs[-1]["rate"] == 0
    assert _piecewise(segs, zero + 1000) == 0
    assert _piecewise(segs, zero - 1000) > 0
    assert snap.get("inkomstenbelasting.arbeidskorting_max") == maximum
    assert max(s["base"] for s in segs) == maximum


def test_arbeidskorting_2026_known_points(pack):
    # tax-and-toeslagen.md §8 item 5: AI 11.965 -> 996; 25.845 -> 5.300; 45.592 -> 5.685; 132.920 -> 0
    segs = pack.at("2026-01-01").get("inkomstenbelasting.arbeidskorting")
    for x, y in [(11965, 996), (25845, 5300), (45592, 5685), (132920, 0)]:
        assert _piecewise(segs, x) == pytest.approx(y, abs=1.0), x


@pytest.mark.parametrize("on, ahk_max, afbouwpunt, pct, zero", [
    # Wet IB 2001 art. 8.10 lid 2 (2026): € 3.115, minus 6,398 % above € 29.736 -> nil at ~ 78.423
    ("2026-01-01", 3115, 29736, 6.398, 78423),
    # idem (2025): € 3.068, minus 6,337 % above € 28.406 -> nil at ~ 76.820
    ("2025-01-01", 3068, 28406, 6.337, 76820),
])
def test_ahk_zero_point(pack, on, ahk_max, afbouwpunt, pct, zero):
    snap = pack.at(on)
    got_max = snap.get("inkomstenbelasting.ahk_max")
    got_punt = snap.get("inkomstenbelasting.ahk_afbouwpunt")
    got_pct = snap.get("inkomstenbelasting.ahk_afbouw_percent")
    assert (got_max, got_punt) == (ahk_max, afbouwpunt)
    assert got_pct == pytest.approx(pct, abs=1e-9)
    assert got_punt + got_max / (got_pct / 100) == pytest.approx(zero, abs=1.0)


# WML per maand (art. 8 lid 1 onder b, referentiemaandloon): 2025-01-01 € 2.191,80 (Regeling indexatie
# WML per 1 januari 2025, Stcrt. 2024, 33625; bijstand.md §1), 2026-01-01 € 2.294,40 (Regeling indexatie
# WML per 1 januari 2026, Stcrt. 2025, 34131; bijstand.md §1).
@pytest.mark.parametrize("on, wml_month", [("2026-01-01", 2294.40), ("2025-01-01", 2191.80)])
def test_drempelinkomen_is_108_percent_of_12_wml(pack, on, wml_month):
    snap = pack.at(on)
    # Wet op de zorgtoeslag art. 1 lid 1 onder f: 108 % x 12 x WML per maand (2026: 29.735,42)
    target = 1.08 * 12 * wml_month
    assert snap.get("zorgtoeslag.drempelinkomen") == pytest.approx(target, abs=1.0)
    # Wet IB 2001 art. 10.6b: the AHK afbouwpunt is the same 108 % x 12 x WML
    assert snap.get("inkomstenbelasting.ahk_afbouwpunt") == pytest.approx(target, abs=1.0)
    assert snap.get("minimumloon.minimummaandloon") == pytest.approx(wml_month, abs=0.001)


@pytest.mark.parametrize("on", ["2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01"])
def test_minimumuurloon_follows_maandloon(pack, on):
    # WML art. 14 lid 10: hourly amount = monthly amount / (4 1/3 x 36 = 156 hours), rounded up to the
    # cent, computed on the unrounded monthly amount (which lid 9 rounds to € 0,60): allow 2 cents.
    snap = pack.at(on)
    assert snap.get("minimumloon.minimumuurloon") == pytest.approx(
        snap.get("minimumloon.minimummaandloon") / 156, abs=0.02)


@pytest.mark.parametrize("on", ["2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01"])
def test_norm_alleenstaande_is_70_percent_of_gehuwden(pack, on):
    # Participatiewet art. 22a lid 1 with A = 1: (40 % + 30 %) x B = 70 % of the art. 21 onder b norm;
    # the law rounds each amount separately (2026-01: 0,70 x 2.002,13 = 1.401,49 vs 1.401,50).
    snap = pack.at(on)
    single = Decimal(str(snap.get("bijstand.norm_alleenstaande_21")))
    couple = Decimal(str(snap.get("bijstand.norm_gehuwden_21")))
    assert abs(cents(Decimal("0.70") * couple) - single) <= Decimal("0.02")
