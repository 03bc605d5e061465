"""What the month computes from the household alone (norm, asset test, own income) is kept per snapshot and day
(Snapshot.derived_in) in a store shared by every household object with the same facts but the offer's
(engine.household.shared_memo): a second month of the same household gives the same values and the same parameter
trace; the same household built again with another offer (the window's next keystroke) finds them; another
household, also one made with dataclasses.replace, never gets the first one's values."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import pytest

from werktloont.engine.compose import compute_month
from werktloont.engine.household import OFFER_FIELDS, fingerprint, household_arrays, shared_memo
from werktloont.model.case import parse_case
from werktloont.params import load_pack
from werktloont.params.snapshot import Snapshot

D2026 = date(2026, 1, 1)
LIMIT_2026 = 8000.0  # Participatiewet art. 34 lid 3 a, vermogensgrens alleenstaande, geldend 2026-01-01


def _household(savings: float):
    case = parse_case({"format": "werktloont-case/1", "date": "2026-01-01",
                       "household": {"adults": [{"age": 35}]}, "assets": {"savings": savings}})
    return household_arrays([case])


def _month(snap, hh, hours: float):
    return compute_month(snap, hh, hourly_wage=np.array([15.0]), hours_per_week=np.array([hours]),
                         months_into_job=np.array([1]), childcare_scale=np.array([1.0]))


def test_derived_in_builds_once_and_replays_its_reads():
    snap = Snapshot(load_pack(), D2026)
    store: dict = {}
    built = []

    def build():
        built.append(1)
        return snap.reg("bijstand")["norm_alleenstaande_21"] * 2

    first = snap.derived_in(store, "double", build)
    with snap.recording() as used:
        second = snap.derived_in(store, "double", build)
    assert first == second and len(built) == 1
    assert list(used) == ["bijstand.norm_alleenstaande_21"]  # the hit is traced as the build was


def test_a_second_month_of_a_household_has_the_same_values_and_trace():
    snap = load_pack().at(D2026)
    hh = _household(500.0)
    a, b = _month(snap, hh, 0.0), _month(snap, hh, 0.0)
    assert a.used == b.used and list(a.used["bijstand"]) == list(b.used["bijstand"])
    for k in a.values:
        assert np.array_equal(a[k], b[k]), k
    # The norm and asset test kept with the household cannot be changed by a caller that writes into a month.
    with pytest.raises(ValueError):
        b.values["assets_limit"][...] = 0.0


def test_another_household_gets_its_own_asset_test():
    snap = load_pack().at(D2026)
    poor = _household(500.0)
    assert _month(snap, poor, 0.0).point(0)["assets_eligible"] == 1.0  # 500 <= 8.000
    # The same household with savings above the limit, made from the first one: nothing of its memo is taken over.
    rich = dataclasses.replace(poor, savings=np.array([LIMIT_2026 + 12_000.0]))
    assert rich.memo == {} and rich.memo is not poor.memo
    month = _month(snap, rich, 0.0).point(0)
    assert month["assets_eligible"] == 0.0 and month["bijstand"] == 0.0  # 20.000 > 8.000: no bijstand
    assert month["assets_counted"] == LIMIT_2026 + 12_000.0


def _case(job: dict | None, **household):
    return parse_case({"format": "werktloont-case/1", "date": "2026-01-01",
                       "household": {"adults": [{"age": 35, "current_job": {"hourly_wage": 14.0, "hours_per_week": 8}},
                                                {"age": 33}], "children": [{"age": 4}], **household},
                       "assets": {"savings": 3000.0, "car_value": 2000.0}, "job": job})


def test_the_same_household_with_another_offer_shares_its_store():
    snap = Snapshot(load_pack(), D2026)
    a = household_arrays([_case({"hours_per_week": 24, "hourly_wage": 15.0, "travel_costs": 20.0})])
    b = household_arrays([_case({"hours_per_week": 32, "hourly_wage": 17.5})])
    assert shared_memo(snap, a) is shared_memo(snap, b)
    _month(snap, a, 24.0)
    kept = dict(shared_memo(snap, b))
    assert kept  # the norm, the asset test and the own income of the first household object
    _month(snap, b, 32.0)
    assert shared_memo(snap, b) == kept  # found, not built again
    # The other household, with a cost sharer, has a store of its own.
    c = household_arrays([_case({"hours_per_week": 24, "hourly_wage": 15.0}, cost_sharers=1)])
    assert shared_memo(snap, c) is not shared_memo(snap, a)


def _changed(value):
    """Another value of the same kind as a household fact."""
    if isinstance(value, np.ndarray):
        return ~value if value.dtype == bool else value + 1
    if isinstance(value, bool):
        return not value
    if isinstance(value, list):
        return [*value, [7]]
    return np.ones(1)  # a fact that is None (not given)


def test_every_fact_but_the_offers_is_in_the_fingerprint():
    hh = household_arrays([_case({"hours_per_week": 24, "hourly_wage": 15.0})])
    base = fingerprint(hh)
    for f in dataclasses.fields(hh):
        if f.name in OFFER_FIELDS:
            continue
        other = dataclasses.replace(hh, **{f.name: _changed(getattr(hh, f.name))}) if f.init else None
        if other is not None:
            assert fingerprint(other) != base, f.name


def _same(a, b) -> bool:
    """Equal values, arrays compared element by element (what a store keeps: dicts, dataclasses, arrays)."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return np.array_equal(a, b)
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if hasattr(a, "__dict__"):
        return type(a) is type(b) and _same(vars(a), vars(b))
    return bool(a == b)


def _kept(hh) -> dict:
    """What a month keeps for the household, computed on a snapshot of its own."""
    snap = Snapshot(load_pack(), D2026)
    _month(snap, hh, 24.0)
    return {key[1]: value for key, (value, _) in shared_memo(snap, hh).items()}  # key: (snapshot, what)


def test_what_is_kept_per_household_does_not_depend_on_the_offer():
    """The offer's facts are left out of the fingerprint: changing any of them must not change what is kept."""
    hh = household_arrays([_case({"hours_per_week": 24, "hourly_wage": 15.0, "travel_costs": 20.0})])
    kept = _kept(hh)
    assert {key if isinstance(key, str) else key[0] for key in kept} == {"norm", "vermogenstoets", "own_income",
                                                                         "toeslag"}
    for name in OFFER_FIELDS - {"memo"}:
        other = dataclasses.replace(hh, **{name: _changed(getattr(hh, name))})
        assert _same(_kept(other), kept), name


def _family():
    case = parse_case({"format": "werktloont-case/1", "date": "2026-01-01",
                       "household": {"adults": [{"age": 35}], "rent": {"base_rent": 700.0},
                                     "children": [{"age": 3, "childcare": {"type": "dagopvang", "hours_per_month": 80,
                                                                           "hourly_price": 10.0}}]}})
    return household_arrays([case])


def _at(snap, hh, scale: float):
    return compute_month(snap, hh, hourly_wage=np.array([15.0, 15.0]), hours_per_week=np.array([24.0, 30.0]),
                         months_into_job=np.array([1, 1]), childcare_scale=np.array([scale, scale]))


def test_the_toeslagen_kept_with_a_household_are_those_of_a_fresh_one_with_the_same_trace():
    snap = load_pack().at(D2026)
    kept = _family()
    for scale in (1.0, 0.5, 1.0):  # the childcare hours differ: the kinderopvangtoeslag's stage is not shared
        again, fresh = _at(snap, kept, scale), _at(snap, _family(), scale)
        for k in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag"):
            assert np.array_equal(again[k], fresh[k]), (scale, k)
            assert list(again.used[k]) == list(fresh.used[k]), (scale, k)  # the kept stage's reads replayed
        assert np.array_equal(again["disposable"], fresh["disposable"])
    assert _at(snap, kept, 0.5)["kinderopvangtoeslag"][0] < _at(snap, kept, 1.0)["kinderopvangtoeslag"][0]


def test_a_household_with_other_rent_keeps_its_own_huurtoeslag():
    snap = load_pack().at(D2026)
    cheap = _family()
    _at(snap, cheap, 1.0)
    dear = dataclasses.replace(cheap, base_rent=np.array([850.0]))  # a new household: its own memo
    assert np.array_equal(_at(snap, dear, 1.0)["huurtoeslag"], _at(snap, _dear_fresh(), 1.0)["huurtoeslag"])
    assert _at(snap, dear, 1.0)["huurtoeslag"][0] != _at(snap, cheap, 1.0)["huurtoeslag"][0]


def _dear_fresh():
    hh = _family()
    return dataclasses.replace(hh, base_rent=np.array([850.0]))
