"""The input pattern: each input section is a widget that emits a CasePatch of the part of the case it owns; the
inputs panel lays the patches over the loaded case and AppState owns the case it is given."""

from __future__ import annotations

import copy

from werktloont.ui.section import DELETE, CasePatch

CHARTS = False  # no test here reads a chart (tests/ui/conftest.py: window)


def test_a_patch_sets_deletes_and_skips_what_has_no_parent():
    case = {"household": {"adults": [{"age": 30}]}, "job": None}
    patch = CasePatch("x", (("household.adults[0].age", 31), ("household.adults[1].age", 29),  # no partner: skipped
                            ("job.person", 1),  # no job: skipped
                            ("household.rent", {"base_rent": 650.0}), ("assets.savings", 10.0),  # created
                            ("household.adults[0].works", DELETE)))
    before = copy.deepcopy(case)
    out = patch.apply(case)
    assert out is case and before != case
    assert case == {"household": {"adults": [{"age": 31}], "rent": {"base_rent": 650.0}}, "job": None,
                    "assets": {"savings": 10.0}}
    CasePatch("y", (("household.rent", DELETE), ("household.adults[0].age", DELETE))).apply(case)
    assert case["household"] == {"adults": [{}]}


def test_a_section_emits_its_patch_and_the_state_owns_the_case(window):
    inputs, state = window.inputs, window.state
    patches = []
    inputs.housing.changed.connect(patches.append)
    inputs.base_rent.setValue(812.0)  # as if typed: the section says what it makes of the case
    assert [p.changes for p in patches] == [(("household.rent", {"base_rent": 812.0, "service_costs": 0.0}),)]
    assert state.case == inputs.case() and state.case["household"]["rent"]["base_rent"] == 812.0
    # The partner section only speaks for the partner when there is one, and then job.person follows its box.
    partner = inputs.partner.patch()
    assert partner.changes == (("job.person", DELETE),)
    inputs.household.set_partner(True)
    inputs.partner_age.setValue(33)
    inputs.offer_for_partner.setChecked(True)
    assert ("job.person", 1) in inputs.partner.patch().changes
    assert state.case["job"]["person"] == 1 and state.case["household"]["adults"][1]["age"] == 33
