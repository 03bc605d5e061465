"""The bijstand norm of one household, memoised per snapshot: the same amounts as bijstand.norm for the exact ages,
and a trace that names exactly the parameters the norm depends on (a parameter counts when setting it to NaN
changes the norm). The memo is shared by households whose ages lie on the same side of the jongerennorm and AOW
limits, so these checks run over many ages, also right at the limits."""

from __future__ import annotations

from datetime import date

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from werktloont.engine import tracing
from werktloont.params import load_pack
from werktloont.params.snapshot import Snapshot
from werktloont.rules.participatiewet import bijstand

PACK = load_pack()
DAYS = (date(2025, 7, 1), date(2026, 1, 1), date(2027, 1, 1))
AGES = st.one_of(st.integers(18, 80).map(float), st.sampled_from([20.0, 21.0, 66.9, 67.0, 67.25, 67.5]))


class _Hh:
    """The fields of HouseholdArrays that tracing.norm reads."""

    def __init__(self, **values):
        for k, v in values.items():
            setattr(self, k, np.array([v]))


def _depends(args: dict, values: dict) -> set[str]:
    """The parameters the norm depends on, one NaN trial per parameter (the definition, written out)."""
    base = bijstand.norm(**args, p=tracing._Values(values))["norm"]
    out = set()
    for k in values:
        trial = tracing._Values(values)
        trial[k] = float("nan")
        try:
            changed = not np.array_equal(bijstand.norm(**args, p=trial)["norm"], base)
        except (TypeError, ValueError):
            changed = True
        if changed:
            out.add(k)
    return out


@settings(max_examples=300, deadline=None)
@given(day=st.sampled_from(DAYS), client_age=AGES, partner_age=AGES, has_partner=st.booleans(),
       partner_entitled=st.booleans(), client_entitled=st.booleans(), n_children=st.integers(0, 3),
       cost_sharers=st.integers(0, 3), other_ages=st.lists(AGES, min_size=3, max_size=3))
def test_memoised_norm_equals_the_norm_and_traces_what_it_depends_on(day, client_age, partner_age, has_partner,
                                                                     partner_entitled, client_entitled, n_children,
                                                                     cost_sharers, other_ages):
    snap = Snapshot(PACK, day)
    p_bs = snap.reg("bijstand")
    # Other households first (other ages), so the memo may already hold an entry this household shares.
    for age in other_ages:
        tracing.norm(snap, _Hh(client_age=age, partner_age=age, has_partner=has_partner,
                               partner_entitled=partner_entitled, n_children=n_children, cost_sharers=cost_sharers,
                               client_entitled=client_entitled), p_bs)
    hh = _Hh(client_age=client_age, partner_age=partner_age, has_partner=has_partner,
             partner_entitled=partner_entitled, n_children=n_children, cost_sharers=cost_sharers,
             client_entitled=client_entitled)
    with snap.recording() as used:
        got = tracing.norm(snap, hh, p_bs)
    args = {k: getattr(hh, k) for k in ("client_age", "partner_age", "has_partner", "partner_entitled",
                                        "n_children", "cost_sharers", "client_entitled")}
    values = {k: dict.__getitem__(p_bs, k) for k in dict.keys(p_bs)}
    want = bijstand.norm(**args, p=tracing._Values(values))
    assert got["norm"].tolist() == want["norm"].tolist()
    assert got["norm_gehuwden"].tolist() == want["norm_gehuwden"].tolist()
    assert set(used) == {"bijstand." + k for k in _depends(args, values)}
