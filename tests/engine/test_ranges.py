"""Cliffs and plateaus: the vectorised search against the plain definition, written out as loops here."""

import numpy as np
import pytest

from werktloont.engine.components import COSTS
from werktloont.engine.curve import PLATEAU_METR, _ranges, runs

TOL = 1.0  # CLIFF_TOLERANCE: whole-euro rounding of the toeslagen is no cliff


def reference(x, disposable, gross, components):
    """The definition, point by point: a cliff is a run of points worse off than an earlier point by more than
    TOL, from the last best point before it to its end; a plateau is a run of >= 2 steps keeping <= 5 %."""
    out = []
    runmax = np.maximum.accumulate(disposable)
    worse = disposable < runmax - TOL
    i, n = 0, len(x)
    while i < n:
        if not worse[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and worse[j + 1]:
            j += 1
        peak = max(q for q in range(i) if disposable[q] >= runmax[i] - 1e-9)
        low = i + int(np.argmin(disposable[i:j + 1]))
        drops = {k: components[k][peak] - components[k][low] for k in components
                 if k not in ("net_wage", "disposable") and k not in COSTS}
        drops.update({k: components[k][low] - components[k][peak] for k in COSTS})
        drops = {k: v for k, v in drops.items() if v > 0.5}
        out.append({"kind": "cliff", "from": x[peak], "to": x[j], "worst_at": x[low],
                    "loss": round(runmax[i] - disposable[low], 2),
                    "components": sorted(drops, key=drops.get, reverse=True)})
        i = j + 1
    d_gross, d_disp = np.diff(gross), np.diff(disposable)
    with np.errstate(divide="ignore", invalid="ignore"):
        metr = np.where(d_gross > 0, 1.0 - d_disp / d_gross, np.nan)
    flat = (metr >= PLATEAU_METR) & (d_disp > -TOL)
    i = 0
    while i < len(flat):
        if not flat[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(flat) and flat[j + 1]:
            j += 1
        if j > i:
            out.append({"kind": "plateau", "from": x[i], "to": x[j + 1],
                        "metr": round(float(np.nanmean(metr[i:j + 1])), 3),
                        "gain": round(disposable[j + 1] - disposable[i], 2),
                        "while_bijstand": components["bijstand"][i] > 0})
        i = j + 1
    return sorted(out, key=lambda r: r["from"])


def test_runs():
    starts, ends = runs(np.array([True, True, False, True, False, False, True]))
    assert starts.tolist() == [0, 3, 6] and ends.tolist() == [1, 3, 6]
    assert [a.tolist() for a in runs(np.zeros(4, dtype=bool))] == [[], []]


@pytest.mark.parametrize("seed", range(30))
def test_vectorised_ranges_equal_the_definition(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 400))
    x = np.round(np.arange(n) * 0.5, 10)
    gross = np.cumsum(rng.uniform(0, 20, n)) * (rng.random(n) > 0.05)  # some steps without a rise in gross
    gross = np.maximum.accumulate(gross)
    steps = rng.choice([-60.0, -2.0, 0.0, 0.2, 5.0, 12.0], size=n, p=[0.05, 0.1, 0.2, 0.25, 0.2, 0.2])
    names = ("net_wage", "bijstand", "huurtoeslag", "municipal", "childcare_costs", "travel_costs")
    components = {k: np.round(np.cumsum(rng.choice([-10.0, 0.0, 3.0], size=n)) + 500, 2) for k in names}
    disposable = np.round(1000 + np.cumsum(steps), 2)
    components["disposable"] = disposable
    got = _ranges(x, disposable, gross, components)
    want = reference(x, disposable, gross, components)
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g.keys() == w.keys()
        for k in w:
            if isinstance(w[k], float):
                assert g[k] == pytest.approx(w[k], abs=1e-9), (k, g, w)
            else:
                assert g[k] == w[k], (k, g, w)
