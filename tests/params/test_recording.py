"""Traced parameter reads (`snap.recording()`) and the keyed cache (`snap.derived`)."""

from __future__ import annotations

from datetime import date

import pytest

from werktloont.errors import MissingParameterError
from werktloont.params import load_pack
from werktloont.params.snapshot import DERIVED_MAX, Snapshot

D2026 = date(2026, 1, 1)


@pytest.fixture()
def snap():
    # A fresh snapshot (not the pack's shared one), so cache tests start empty.
    return Snapshot(load_pack(), D2026)


def test_reads_are_recorded_in_order_as_full_ids(snap):
    p = snap.reg("bijstand")
    with snap.recording() as used:
        p["norm_alleenstaande_21"]
        p.rate("kostendelersnorm_basis_percent")
        p.get("norm_gehuwden_21")
        p["norm_alleenstaande_21"]  # twice: recorded once
        snap.get("zorgtoeslag.standaardpremie")
    assert list(used) == ["bijstand.norm_alleenstaande_21", "bijstand.kostendelersnorm_basis_percent",
                          "bijstand.norm_gehuwden_21", "zorgtoeslag.standaardpremie"]


def test_nothing_is_recorded_outside_a_recording_and_has_is_not_a_read(snap):
    p = snap.reg("bijstand")
    p["norm_alleenstaande_21"]
    with snap.recording() as used:
        assert snap.has("bijstand.norm_gehuwden_21")
        assert "norm_gehuwden_21" in p
        assert p.get("bestaat_niet", 0) == 0
    assert list(used) == []
    assert snap._recording is None


def test_recordings_nest_inner_reads_reach_the_outer_one(snap):
    p = snap.reg("bijstand")
    with snap.recording() as outer:
        p["norm_alleenstaande_21"]
        with snap.recording() as inner:
            p["norm_gehuwden_21"]
        p["aow_leeftijd"]
    assert list(inner) == ["bijstand.norm_gehuwden_21"]
    assert list(outer) == ["bijstand.norm_alleenstaande_21", "bijstand.norm_gehuwden_21", "bijstand.aow_leeftijd"]


def test_a_failing_read_leaves_no_recording_behind(snap):
    with pytest.raises(MissingParameterError):
        with snap.recording():
            snap.reg("bijstand")["bestaat_niet"]
    assert snap._recording is None


def test_derived_builds_once_and_replays_its_reads(snap):
    calls = []

    def build():
        calls.append(1)
        return snap.reg("bijstand")["norm_gehuwden_21"] * 2

    with snap.recording() as first:
        a = snap.derived(("test", "double"), build)
    with snap.recording() as second:
        b = snap.derived(("test", "double"), build)
    assert a == b and len(calls) == 1
    assert list(first) == list(second) == ["bijstand.norm_gehuwden_21"]


def test_derived_per_regulation_and_a_failing_build_is_not_cached(snap):
    p = snap.reg("zorgtoeslag")
    assert p.derived("x", lambda: 1) == 1
    assert p.derived("x", lambda: 2) == 1  # cached
    assert snap.reg("bijstand").derived("x", lambda: 3) == 3  # another regulation, another key

    def broken():
        raise ValueError("stuk")

    with pytest.raises(ValueError):
        p.derived("y", broken)
    assert p.derived("y", lambda: 4) == 4


def test_derived_is_bounded(snap):
    for i in range(DERIVED_MAX + 10):
        snap.derived(("n", i), lambda i=i: i)
    assert len(snap._derived) == DERIVED_MAX
    assert snap.derived(("n", 0), lambda: "rebuilt") == "rebuilt"  # the oldest went first


# --- the engine's Month.used comes from the trace ----------------------------------------------------------------

def _bijstand_ids(adults: list[dict], cost_sharers: int = 0) -> set[str]:
    from werktloont.api import calculate

    case = {"format": "werktloont-case/1", "date": "2026-01-01",
            "household": {"adults": adults, "children": [], "cost_sharers": cost_sharers, "rent": None},
            "assets": {"savings": 0}, "job": {"hourly_wage": 14.71, "hours_per_week": 24}}
    ids: set[str] = set()
    for e in calculate(case, timeline=False)["explanations"]:
        if e["component"] == "bijstand":
            ids |= {p["id"] for p in e["parameters"]}
    return ids


COUPLE_NORMS = {"bijstand.norm_gehuwden_21", "bijstand.norm_aow_gehuwden", "bijstand.norm_aow_gehuwden_een_aow",
                "bijstand.norm_18_20_gehuwden_beiden", "bijstand.norm_18_20_gehuwden_beiden_kinderen",
                "bijstand.norm_18_20_gehuwden_een_21", "bijstand.norm_18_20_gehuwden_een_21_kinderen",
                "bijstand.kostendelersnorm_18_20_partner_kinderen",
                "bijstand.kostendelersnorm_18_20_partner_zonder_kinderen"}


def test_single_clients_bijstand_explanation_names_no_couple_norm():
    # Participatiewet art. 21 onder a: a single person of 21+ without cost sharers gets the single norm only.
    ids = _bijstand_ids([{"age": 35}])
    assert "bijstand.norm_alleenstaande_21" in ids
    assert not ids & COUPLE_NORMS, ids & COUPLE_NORMS


def test_single_clients_bijstand_explanation_names_only_the_single_asset_limit():
    # Art. 34 lid 3 onder a: a single person without children is tested against the single person's limit only.
    ids = _bijstand_ids([{"age": 35}])
    assert "vermogen.vermogensgrens_alleenstaande" in ids
    assert not ids & {"vermogen.vermogensgrens_gehuwden", "vermogen.vermogensgrens_alleenstaande_ouder"}


def test_couples_bijstand_explanation_names_the_couple_norm():
    # Art. 21 onder b: gehuwden of 21+ get the norm for gehuwden; the single norm plays no part.
    ids = _bijstand_ids([{"age": 35}, {"age": 33}])
    assert "bijstand.norm_gehuwden_21" in ids
    assert "bijstand.norm_alleenstaande_21" not in ids


def test_single_with_a_cost_sharer_names_the_kostendelersnorm_basis():
    # Art. 22a lid 1: ((40 % + A x 30 %) / A) x B, B = the norm for gehuwden (art. 21 onder b).
    ids = _bijstand_ids([{"age": 35}], cost_sharers=1)
    assert {"bijstand.kostendelersnorm_basis_percent", "bijstand.kostendelersnorm_opslag_percent",
            "bijstand.norm_gehuwden_21"} <= ids
    assert "bijstand.norm_alleenstaande_21" not in ids


def test_select_reads_only_the_chosen_parameters(snap):
    import numpy as np

    p = snap.reg("vermogen")
    keys = ["vermogensgrens_gehuwden", "vermogensgrens_alleenstaande_ouder"]
    with snap.recording() as used:
        single = p.select([np.array([False]), np.array([False])], keys, "vermogensgrens_alleenstaande")
    assert list(used) == ["vermogen.vermogensgrens_alleenstaande"]
    assert single.tolist() == [snap.get("vermogen.vermogensgrens_alleenstaande")]
    with snap.recording() as used:
        mixed = p.select([np.array([True, False, False]), np.array([True, True, False])], keys,
                         "vermogensgrens_alleenstaande")
    # The first true condition wins (np.select): partners, then single parent, then single.
    assert mixed.tolist() == [snap.get(f"vermogen.{k}") for k in (*keys, "vermogensgrens_alleenstaande")]
    assert set(used) == {f"vermogen.{k}" for k in (*keys, "vermogensgrens_alleenstaande")}


def test_a_cached_norm_is_traced_the_same_on_every_call():
    first, second = _bijstand_ids([{"age": 41}]), _bijstand_ids([{"age": 41}])
    assert first == second and "bijstand.norm_alleenstaande_21" in first
