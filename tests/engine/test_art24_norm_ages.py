"""Art. 24 Participatiewet through calculate: a couple of different ages of whom one has no right to bijstand.

Art. 24 (text geldend 2026-01-01): the entitled spouse's norm is 50 % of the norm "die voor hem zou gelden als hij
gehuwd zou zijn met een rechthebbende echtgenoot van zijn leeftijd", so it follows his own age, not the couple's
mixed-age norm of art. 20 lid 1 c (1.347,06, whose half 673,53 was shown before).
"""

from __future__ import annotations

import pytest

from werktloont.api import calculate


def couple(first: dict, second: dict) -> dict:
    return {"date": "2026-01-01", "household": {"adults": [first, second]}}


def test_entitled_35_with_a_partner_of_19_without_right():
    # Art. 24 a: 50 % x art. 21 b 2.002,13 = 1.001,065 -> 1.001,07.
    r = calculate(couple({"age": 35}, {"age": 19, "bijstand_entitled": False}), timeline=False)
    assert r["without_job"]["bijstand"] == pytest.approx(1001.07, abs=0.005)


def test_entitled_19_with_a_partner_of_35_without_right():
    # Art. 24 b: 50 % x art. 20 lid 1 b 691,98 = 345,99.
    r = calculate(couple({"age": 19}, {"age": 35, "bijstand_entitled": False}), timeline=False)
    assert r["without_job"]["bijstand"] == pytest.approx(345.99, abs=0.005)


def test_first_adult_without_right_and_an_entitled_partner_of_19():
    # Art. 24 b for the entitled partner of 19: 345,99, whichever adult is entered first.
    r = calculate(couple({"age": 35, "bijstand_entitled": False}, {"age": 19}), timeline=False)
    assert r["without_job"]["bijstand"] == pytest.approx(345.99, abs=0.005)
