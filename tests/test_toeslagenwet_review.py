"""Toeslagenwet: three points, each against the law text (Toeslagenwet, geldend 2025-07-01:
https://wetten.overheid.nl/BWBR0004043/2025-07-01).

- Art. 3: a partner born after 31 December 1971 counts only with a child under 12. The case gives ages on the case
  date, so the birth year is at most the case year minus the age (not a later month's year minus that age).
- Art. 6 lid 1 a makes a gehuwde's income the sum of both partners' income; art. 7 leaves part of "het inkomen uit
  arbeid" out once (5 % of the minimumloon plus 30 % of the rest, at most 15 %), not once per working partner.
- A paid TW is reported as paid (and the step 'vraag de TW aan' shown), even when a later month has none.
"""

from werktloont.api import project

JOB = {"hourly_wage": 14.71, "hours_per_week": 32, "start": "2025-01-01", "contract_months": 6}


def case(adults, children=(), job=None, date="2025-01-01"):
    return {"format": "werktloont-case/1", "date": date,
            "household": {"adults": adults, "children": list(children), "cost_sharers": 0,
                          "rent": {"base_rent": 650.0, "service_costs": 40.0}},
            "assets": {"savings": 0.0, "car_value": 0.0}, "job": job or JOB}


def tw_gross(r, month):
    entry = next(e for e in r["entries"] if e["month"] == month)
    return sum(n["gross"] for n in entry["note_codes"] if n["code"] == "toeslagenwet")


def test_a_partner_of_54_on_1_january_2025_is_born_before_1972_also_in_2026():
    # 54 on 2025-01-01: born in 1970 at the latest; WW (after a 12-month contract) falls in 2026. Before the fix
    # 2026 - 54 = 1972 was taken as the birth year and no TW was paid.
    job = dict(JOB, contract_months=12)
    r = project(case([{"age": 40}, {"age": 54}], job=job))
    assert r["summary"]["toeslagenwet"]["status"] == "paid"
    assert tw_gross(r, "2026-01") > 0


def test_the_art_7_vrijlating_is_taken_once_of_the_couples_work_income():
    # The same 8 hours of work, split over both partners or done by the partner alone: the couple's income from
    # arbeid is the same, so art. 7 leaves out the same part and the TW is the same (before: € 538,54 vs € 453,65).
    split = project(case([{"age": 40, "current_job": {"hourly_wage": 15.0, "hours_per_week": 4}},
                          {"age": 60, "current_job": {"hourly_wage": 15.0, "hours_per_week": 4}}]))
    alone = project(case([{"age": 40}, {"age": 60, "current_job": {"hourly_wage": 15.0, "hours_per_week": 8}}]))
    assert tw_gross(split, "2025-07") > 0
    assert abs(tw_gross(split, "2025-07") - tw_gross(alone, "2025-07")) < 0.01


def test_a_paid_tw_stays_reported_when_a_child_turns_12():
    # Partner 38 (born after 1971): TW only with a child under 12. The child is 11 and turns 12 in August 2025;
    # July 2025 is paid, so the summary says "paid" and the step to apply for the TW is shown.
    r = project(case([{"age": 40}, {"age": 38}], children=[{"age": 11, "birthday_month": 8}]))
    assert tw_gross(r, "2025-07") > 0
    assert r["summary"]["toeslagenwet"]["status"] == "paid"
    assert any(a.get("code") == "apply_ww" and a.get("tw") for a in r["summary"]["action_codes"])
