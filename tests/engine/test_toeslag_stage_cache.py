"""The toeslagen's household stages are kept per snapshot for every household with the same facts but the offer's
(household.shared_memo: the window asks for the same household at every keystroke). A kept stage must never answer
for another household, must trace the same parameters as a fresh one, and must not be writable by its users."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date

import numpy as np
import pytest

from werktloont.engine import compose, toeslag_stages
from werktloont.engine.components import TOESLAGEN
from werktloont.engine.compose import toeslagen_at
from werktloont.engine.household import OFFER_FIELDS, household_arrays
from werktloont.model.case import parse_case
from werktloont.params import load_pack
from werktloont.params.snapshot import Snapshot

DAY = date(2026, 1, 1)
BASE = {"adults": [{"age": 30}, {"age": 29}],
        "children": [{"age": 3, "childcare": {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 10.0}},
                     {"age": 13}],
        "cost_sharers": 0, "rent": {"base_rent": 650.0, "service_costs": 40.0}}


def household(change=None, assets=None):
    """The base household with one fact changed (`change(hh_dict)`), as the month pipeline's arrays."""
    hh = copy.deepcopy(BASE)
    if change is not None:
        change(hh)
    return household_arrays([parse_case({"date": DAY.isoformat(), "household": hh, "assets": assets or {}})])


def _set(path, value):
    def change(hh):
        target = hh
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


# Each variant differs from the base in one fact that some toeslag's household stage reads.
VARIANTS = {
    "base": household(),
    "client age": household(_set(("adults", 0, "age"), 21)),
    "no children": household(lambda hh: hh.update(children=[])),
    # Wet op de huurtoeslag art. 13 lid 1 (2026): without children, adults all younger than 21 have the lower
    # maximale huurgrens (€ 498,20), so none of the rent above it counts.
    "no children, both adults 20": household(lambda hh: (hh.update(children=[]),
                                                         [a.update(age=20) for a in hh["adults"]])),
    "single": household(lambda hh: hh["adults"].pop()),
    "partner not insured": household(_set(("adults", 1, "zorgverzekerd"), False)),
    "cost sharer": household(_set(("cost_sharers",), 1)),
    "rent": household(_set(("rent", "base_rent"), 700.0)),
    "service costs": household(lambda hh: hh["rent"].update(base_rent=450.0, service_costs=10.0)),
    "no rent": household(lambda hh: hh.pop("rent")),
    "child 16 instead of 13": household(_set(("children", 1, "age"), 16)),
    "no older child": household(lambda hh: hh["children"].pop()),
    "childcare price": household(_set(("children", 0, "childcare", "hourly_price"), 11.0)),
    "childcare kind": household(_set(("children", 0, "childcare", "type"), "gastouder")),
    "savings above the limits": household(assets={"savings": 200_000.0}),
    "debts": household(assets={"savings": 200_000.0, "debts": 120_000.0}),
}
# Facts that change no toeslag for this household (still part of the key).
SAME_AS_BASE = {"client age", "cost sharer"}
INCOMES = np.array([0.0, 18_000.0, 30_000.0, 45_000.0])


def run(snap, hh, cc_scale=1.0):
    cc = hh.cc_hours * cc_scale
    out = toeslagen_at(snap, hh, INCOMES, cc_hours=cc, work_condition=np.ones(len(INCOMES), dtype=bool), on=DAY)
    return {k: (np.broadcast_to(r["per_month"], INCOMES.shape).tolist(),
                np.broadcast_to(r["per_year"], INCOMES.shape).tolist(), r["used"]) for k, r in out.items()}


def test_every_household_gets_its_own_stage_and_trace_from_a_shared_snapshot():
    pack = load_pack()
    warm = Snapshot(pack, DAY)
    fresh = {name: run(Snapshot(pack, DAY), hh) for name, hh in VARIANTS.items()}
    assert {name for name, v in fresh.items() if v == fresh["base"]} == SAME_AS_BASE | {"base"}
    for _ in range(2):  # the second round reads every stage from the shared snapshot
        for name, hh in VARIANTS.items():
            assert run(warm, hh) == fresh[name], name
    # A household object built again (another keystroke) finds the same kept stages.
    again = household()
    assert run(warm, again) == fresh["base"]
    # The childcare hours are part of the key: half the hours is another stage.
    assert run(warm, again, 0.5) == run(Snapshot(pack, DAY), household(), 0.5) != fresh["base"]


class _Reads:
    """A household that records which of its facts are read."""

    def __init__(self, hh):
        self._hh, self.read = hh, set()

    def __getattr__(self, name):
        self.read.add(name)
        return getattr(self._hh, name)


@pytest.mark.parametrize("variant", ["base", "single", "no rent"])
def test_a_household_stage_reads_nothing_of_the_offer(variant):
    """The store's key leaves the offer's facts out (household.OFFER_FIELDS): no stage may read them."""
    snap = load_pack().at(DAY)
    for name in TOESLAGEN:
        hh = _Reads(VARIANTS[variant])
        toeslag_stages.household_stage(name, snap, hh, on=DAY, cc_hours=VARIANTS[variant].cc_hours)
        assert hh.read and not hh.read & OFFER_FIELDS, (name, hh.read & OFFER_FIELDS)


def test_a_kept_stage_cannot_be_changed_by_its_users():
    snap = Snapshot(load_pack(), DAY)
    hh = VARIANTS["base"]
    stage = compose._household_stage("huurtoeslag", snap, hh, DAY, hh.cc_hours)
    nested = stage["steps"]["parts"]  # the rule's steps, a dict in a dict
    assert isinstance(nested["deel_a"], np.ndarray)
    with pytest.raises(ValueError):
        nested["deel_a"][...] = 0.0


def test_a_copy_of_the_household_with_other_facts_is_keyed_again():
    """dataclasses.replace gives a new household object: its facts are read afresh, not from the first's memo."""
    snap = Snapshot(load_pack(), DAY)
    hh = VARIANTS["base"]
    run(snap, hh)
    richer = dataclasses.replace(hh, savings=np.array([200_000.0]))
    assert run(snap, richer) == run(Snapshot(load_pack(), DAY), richer) != run(snap, hh)
