"""The projection counts the children for the kindgebonden budget by that law's month rule, around a birthday.

Wet op het kindgebonden budget (texts geldend 2026-01-01 and 2026-07-01, https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2):
  lid 1 "... de aanspraak op een kindgebonden budget bestaat met ingang van de kalendermaand na de maand waarin het
        kind is geboren [...] tot en met de kalendermaand waarin het kind de leeftijd van 18 jaar bereikt."
  lid 3 "Een ouder heeft aanspraak op een verhoging van het kindgebonden budget in een berekeningsjaar voor een kind
        met ingang van de kalendermaand na de maand waarin dat kind de leeftijd van 12 jaar heeft bereikt."
  lid 5 "Voor een kind dat 16 of 17 jaar is, bedraagt de verhoging [...] met ingang van de kalendermaand na de maand
        waarin het kind de leeftijd van 16 jaar heeft bereikt € 964,00."
Amounts 2026: lid 2 € 2.580, lid 4 € 724, lid 5 € 964, lid 6 (no partner) € 3.416. A parent on bijstand has a
toetsingsinkomen below the drempelinkomen (€ 29.736), so nothing is phased out; a month is the year amount / 12,
rounded down (Dienst Toeslagen, TG 081-1Z61FD).
The other rules keep their own month rule: the household of the month still ages a child in its birthday month.
"""

from werktloont import api


def kgb_per_month(children: list[dict]) -> dict[str, float]:
    case = {"date": "2026-03-01", "household": {"adults": [{"age": 35}], "children": children}}
    return {e["month"]: e["kindgebonden_budget"] for e in api.calculate(case)["timeline"]}


def test_the_12_supplement_starts_the_month_after_the_12th_birthday():
    kgb = kgb_per_month([{"age": 11, "birthday_month": 5}])
    # Without supplement: 2.580 + 3.416 = 5.996 a year, 5.996 / 12 = 499,67 -> € 499 a month.
    # With lid 4: 2.580 + 724 + 3.416 = 6.720 a year = € 560 a month.
    assert kgb["2026-04"] == 499
    assert kgb["2026-05"] == 499  # turns 12 in May: no supplement yet (lid 3)
    assert kgb["2026-06"] == kgb["2026-12"] == 560


def test_the_16_supplement_starts_the_month_after_the_16th_birthday():
    kgb = kgb_per_month([{"age": 15, "birthday_month": 5}])
    # lid 4: 2.580 + 724 + 3.416 = 6.720 -> € 560; lid 5: 2.580 + 964 + 3.416 = 6.960 -> € 580.
    assert kgb["2026-04"] == kgb["2026-05"] == 560
    assert kgb["2026-06"] == 580


def test_a_child_counts_up_to_and_including_the_month_it_turns_18():
    kgb = kgb_per_month([{"age": 17, "birthday_month": 5}])
    # 2.580 + 964 (lid 5, 17 years) + 3.416 = 6.960 a year = € 580 a month, May included (lid 1).
    assert kgb["2026-04"] == kgb["2026-05"] == 580
    assert kgb["2026-06"] == 0  # no child left for whom the right exists


def test_an_older_sibling_turning_18_keeps_its_amount_in_that_month_only():
    kgb = kgb_per_month([{"age": 17, "birthday_month": 5}, {"age": 4, "birthday_month": 1}])
    # Two children: 2 x 2.580 + 964 + 3.416 = 9.540 a year = € 795 a month, May included;
    # from June one child: 2.580 + 3.416 = 5.996 -> € 499.
    assert kgb["2026-05"] == 795
    assert kgb["2026-06"] == 499
