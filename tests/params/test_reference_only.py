"""`reference_only: true` parameters are documented but never read by a calculation; the others are read.

Every read is traced by the snapshot (params/snapshot.py); here every snapshot's reads are logged while a set of
cases runs through calculate (with the timeline), the toeslagen proefberekening, a curve and a batch.
"""

from __future__ import annotations

import pytest

from werktloont.params import load_pack
from werktloont.params import snapshot as snapshot_module

BASE = {"format": "werktloont-case/1", "date": "2026-03-01", "assets": {"savings": 0}}


def _case(adults, *, children=(), sharers=0, rent=True, job=None, date="2026-03-01", **extra):
    household = {"adults": [{"age": a} for a in adults], "children": list(children), "cost_sharers": sharers,
                 "rent": {"base_rent": 650.0, "service_costs": 40.0} if rent else None}
    return {**BASE, "date": date, "household": household, "job": job, **extra}


JOB = {"hourly_wage": 14.71, "hours_per_week": 24}
CARE = {"type": "dagopvang", "hours_per_month": 80, "hourly_price": 10.5}
TW_JOB = {"hourly_wage": 14.71, "hours_per_week": 32, "start": "2025-01-01", "contract_months": 6}
CASES = [
    _case([35], job=JOB),
    _case([35], job=JOB, date="2025-03-01"),
    # The 16-year-old's birthday in the projection: the kindgebonden budget's month rule reads maximum_leeftijd_kind.
    _case([35, 33], job=JOB, children=[{"age": 4, "childcare": CARE}, {"age": 13}, {"age": 16, "birthday_month": 6}]),
    _case([30], job=JOB, children=[{"age": 2, "childcare": CARE}], date="2025-08-01"),
    _case([19], job=JOB), _case([19, 20], job=JOB), _case([19, 30], job=JOB, children=[{"age": 1}]),
    _case([19, 19], children=[{"age": 1}]), _case([19, 35], children=[{"age": 1}]),
    _case([19, 35]), _case([19], children=[{"age": 1}]),  # art. 20 lid 1 c and b: one partner 21+; a parent of 19
    # Art. 24: a partner without a right to bijstand (the couple's norm at 50 %).
    {**_case([35, 33]), "household": {"adults": [{"age": 35}, {"age": 33, "bijstand_entitled": False}]}},
    _case([35], sharers=2, job=JOB), _case([35, 33], sharers=1), _case([19, 35], sharers=1),
    _case([19, 35], sharers=1, children=[{"age": 1}]),
    _case([70]), _case([70, 68]), _case([70, 60]),
    _case([35], job={"hourly_wage": 14.71, "hours_per_week": 32, "start": "2026-03-01", "contract_months": 6}),
    _case([45], job={"hourly_wage": 16.0, "hours_per_week": 36, "start": "2026-03-01", "contract_months": 12,
                     "ww_arbeidsverleden_jaren": 15}),
    _case([35], rent=False, job=JOB, assets={"savings": 20_000, "car_value": 4000, "home_equity": 90_000}),
    # the verhoging 18-20 (art. 20 lid 3-4), gifts (art. 31 lid 2 m) and a case in 2027 (art. 34a).
    {**_case([19]), "household": {"adults": [{"age": 19, "parents_cannot_contribute": True}],
                                  "gifts_per_year": 1500.0}},
    _case([35], job=JOB, date="2027-03-01"), _case([70], job=JOB, date="2027-03-01"),
    # beslag in each leefsituatie of Rv art. 475da lid 1 (each reads its own maximum), with a wage high
    # enough for the zorg term and its cap (lid 3).
    *[_case(ad, children=ch, job={"hourly_wage": 40.0, "hours_per_week": 40},
            debts_arrangement={"kind": "beslag", "monthly_claim": None})
      for ad, ch in (([35], ()), ([35], [{"age": 4}]), ([35, 33], ()), ([35, 33], [{"age": 4}]))],
    # a partner who is not verzekerd (Wet op de zorgtoeslag art. 2 lid 4).
    {**_case([35, 33], job=JOB), "household": {"adults": [{"age": 35}, {"age": 33, "zorgverzekerd": False}]}},
    # a couple living on WW (art. 78gg, the tegemoetkoming alleenverdieners notice).
    {**_case([35, 33], job=JOB), "household": {"adults": [{"age": 35}, {"age": 33, "other_income": [
        {"kind": "ww", "net_per_month": 1100.0}]}]}},
    # WW + Toeslagenwet from July 2025 (the TW amounts are known from then): a single person of
    # 18, 19, 20 and 35, a woningdeler, and a couple whose partner (60, born before 1972) works (art. 7).
    *[_case([a], sharers=s, job=TW_JOB, date="2025-01-01") for a, s in ((18, 0), (19, 0), (20, 0), (35, 0), (35, 1))],
    _case([35, 40], job=TW_JOB, date="2025-01-01"),  # partner born after 1971, no child under 12 (art. 3)
    {**_case([35, 60], job=TW_JOB, date="2025-01-01"), "household": {"adults": [
        {"age": 35}, {"age": 60, "works": True, "current_job": {"hourly_wage": 15.0, "hours_per_week": 12}}]}},
    # Art. 23: in an inrichting, single and a couple both inside (lid 1 a/b, lid 2 a/b).
    {**_case([35]), "household": {"adults": [{"age": 35, "in_inrichting": True}]}},
    {**_case([35, 33]), "household": {"adults": [{"age": 35, "in_inrichting": True},
                                                 {"age": 33, "in_inrichting": True}]}},
    # Medisch urenbeperkt: art. 31 lid 2 y (2026) and art. 34a lid 1 b (2027).
    *[{**_case([22], job=JOB, date=d), "household": {"adults": [{"age": 22, "medisch_urenbeperkt": True}],
                                                      "rent": {"base_rent": 650.0, "service_costs": 40.0}}}
      for d in ("2026-03-01", "2027-03-01")],
    # The boete of a car not reported (art. 18a; Boetebesluit art. 2): the draagkracht indication per grade.
    *[_case([22], assets={"savings": 0, "changes": [{"month": "2026-03", "kind": "auto", "value": 46000.0,
                                                     "discovered": "2026-10", **extra}]})
      for extra in ({}, {"verwijtbaarheid": "grove_schuld"}, {"verwijtbaarheid": "opzet", "recidive": True})],
]


@pytest.fixture(scope="module")
def reads():
    """Full ids of every parameter read while the cases run (all snapshots)."""
    from werktloont.api import batch, calculate

    log: set[str] = set()
    cls_p, cls_s = snapshot_module.RegulationParams, snapshot_module.Snapshot
    get_item, get, param = cls_p.__getitem__, cls_p.get, cls_s.param

    def logged_getitem(self, key):
        value = get_item(self, key)
        log.add(self._prefix + key)
        return value

    def logged_get(self, key, default=None):
        if dict.__contains__(self, key):
            log.add(self._prefix + key)
        return get(self, key, default)

    def logged_param(self, pid):
        entry = param(self, pid)
        log.add(pid)
        return entry

    # Earlier tests may have filled the caches whose hits replay reads without __getitem__: start empty.
    from werktloont.engine.prepared import minimum_hourly_wage

    for snap in list(load_pack()._snapshots.values()):
        snap.clear_derived()
    minimum_hourly_wage.cache_clear()
    mp = pytest.MonkeyPatch()
    mp.setattr(cls_p, "__getitem__", logged_getitem)
    mp.setattr(cls_p, "get", logged_get)
    mp.setattr(cls_s, "param", logged_param)
    try:
        for c in CASES:
            calculate(c)
        batch(CASES[:6])
    finally:
        mp.undo()
    return log


def _reference_only(pack) -> set[str]:
    return {pid for pid, entries in pack.index.items() if entries[0].reference_only}


def test_reference_only_parameters_are_never_read(reads):
    pack = load_pack()
    assert _reference_only(pack), "no parameter is marked reference_only"
    assert not reads & _reference_only(pack), sorted(reads & _reference_only(pack))


def test_reference_only_flag_reaches_the_loaded_values():
    pack = load_pack()
    assert pack.index["inkomstenbelasting.premie_aow_percent"][0].reference_only
    assert not pack.index["bijstand.norm_alleenstaande_21"][0].reference_only


def test_calculations_read_nearly_every_other_parameter(reads):
    # The reverse guard, to keep the marks current: a parameter that no case reads is either reference_only or
    # exercised by one of CASES. The exceptions are listed with their reason.
    not_by_these_cases = {
        "ww.dagloondagen_per_jaar",  # only for a job that began before the refertejaar (tests/rules/test_ww.py)
        # Read by the boete rule when there is no benadelingsbedrag; an asset event judges only months paid too
        # much (tests/rules/test_boete.py).
        "boete.boete_zonder_benadeling",
        # Unknown in the pack (the reason is in boete.yaml): the rule asks for them and goes on without them.
        "boete.maximum_categorie_tweede", "boete.maximum_categorie_derde", "boete.maximum_categorie_vijfde",
        "boete.draagkracht_maanden_verminderd",
    }
    pack = load_pack()
    unread = set(pack.index) - reads - _reference_only(pack) - not_by_these_cases
    assert not unread, sorted(unread)
