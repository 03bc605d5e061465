"""The curve's JSON lists made quicker: every list is numpy's own `tolist` to the bit (-0.0 and NaN included), an
axis asked again is a list of its own, and the sentences of ranges with the same codes made once are each range's
own sentence."""

from __future__ import annotations

import json

import numpy as np
import pytest

from werktloont.api import curve
from werktloont.engine.curve import _metr_list, as_list
from werktloont.texts import render_curve
from werktloont.texts.curve import cliff_text, plateau_text


def _same(a: np.ndarray) -> None:
    got, want = as_list(a), a.tolist()
    assert json.dumps(got) == json.dumps(want)
    assert all(type(g) is float for g in got)
    assert [np.signbit(g) for g in got] == [np.signbit(w) for w in want]  # -0.0 stays -0.0


@pytest.mark.parametrize("seed", range(20))
def test_as_list_is_tolist(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 3000))
    runs = np.repeat(rng.choice([0.0, -0.0, 12.5, np.nan, 1e-300, 7.0], size=8), n // 8 + 1)[:n]
    _same(runs)  # a few runs: each run's float made once
    _same(rng.normal(size=n))  # every value another: numpy's own
    _same(np.broadcast_to(np.array([-0.0]), (n,)))  # one value for every point
    _same(np.broadcast_to(np.array([3.25]), (n,)))
    _same(np.round(runs + (rng.random(n) < 0.01) * 0.01, 2))


@pytest.mark.parametrize("seed", range(20))
def test_as_list_with_long_runs_between_short_ones_is_tolist(seed):
    # A toeslag or the bijstand over a wage axis: a new whole-euro value every few points, then 0 above its income
    # limit. Runs of 1 to 30 points (more runs than a 24th of the points, fewer than half), the values drawn
    # from a few, 0.0 and -0.0 and NaN among them, so neighbouring runs may differ only in their bits.
    rng = np.random.default_rng(100 + seed)
    lengths = rng.integers(1, 31, size=500)
    values = rng.choice([0.0, -0.0, np.nan, 1.0, 2.0, 17.0, 1e-300], size=500)
    a = np.repeat(values, lengths)
    _same(a)
    _same(np.concatenate([a, np.zeros(1000)]))  # a long run of 0 to end with
    _same(np.concatenate([np.full(1000, 5.0), a]))  # and to begin with


def test_as_list_of_nothing_and_one():
    assert as_list(np.zeros(0)) == [] and as_list(np.array([-0.0])) == [-0.0]
    # Equal values with other bits are other runs: 0.0 and -0.0 (a long axis, where runs are looked for).
    zeros = np.repeat(np.array([0.0, -0.0, 0.0]), 1000)
    assert json.dumps(as_list(zeros)) == json.dumps(zeros.tolist())
    assert json.dumps(as_list(zeros)).count("-0.0") == 1000


def test_the_marginal_pressure_is_null_where_the_gross_wage_does_not_rise():
    metr = np.array([np.nan, 0.5, 0.5, 0.123456, np.nan, 1.0])
    assert _metr_list(metr) == [None, 0.5, 0.5, 0.1235, None, 1.0]


def test_ranges_with_the_same_codes_share_a_sentence_but_schemes_name_their_own():
    schemes = [{"id": "stadspas", "kind": "stadspas", "label": {"nl": "Stadspas", "en": "City pass"}}]
    ranges = [{"kind": "cliff", "components": ["municipal", "huurtoeslag"]},
              {"kind": "cliff", "components": ["municipal", "huurtoeslag"], "schemes": schemes},
              {"kind": "cliff", "components": ["municipal", "huurtoeslag"]},
              {"kind": "cliff", "components": ["huurtoeslag", "municipal"]},
              {"kind": "plateau", "while_bijstand": True}, {"kind": "plateau", "while_bijstand": False},
              {"kind": "plateau", "while_bijstand": True}, {"kind": "cliff"}]
    texts = [r.get("text") for r in render_curve({"ranges": ranges}, "nl")["ranges"]]
    assert texts == [cliff_text(["municipal", "huurtoeslag"]), cliff_text(["municipal", "huurtoeslag"], "nl", schemes),
                     cliff_text(["municipal", "huurtoeslag"]), cliff_text(["huurtoeslag", "municipal"]),
                     plateau_text(True), plateau_text(False), plateau_text(True), None]
    assert "Stadspas" in texts[1] and "Stadspas" not in texts[2]


def test_an_axis_asked_again_is_a_list_of_its_own():
    case = {"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": [{"age": 35}]},
            "job": {"hourly_wage": 15.0, "hours_per_week": 24}}
    first = curve(case, "wage", 10.0, 20.0, 0.01)
    assert first["x"][:3] == [10.0, 10.01, 10.02] and len(first["x"]) == 1001  # (20 - 10) / 0.01 + 1
    first["x"][0] = 99.0  # a caller that changes its list changes no later answer
    again = curve(case, "wage", 10.0, 20.0, 0.01)
    assert again["x"][:3] == [10.0, 10.01, 10.02] and again["x"] is not first["x"]
    other = curve(case, "wage", 10.0, 20.0, 0.02)  # another step: another axis
    assert other["x"][:3] == [10.0, 10.02, 10.04] and len(other["x"]) == 501
