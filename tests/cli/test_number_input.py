"""Whole numbers written as 31.0 are whole numbers; 31.5 is not; NaN and Infinity are refused naming the field."""

import json

import pytest

from werktloont.casefile import read_case
from werktloont.jsonio import CaseFileError, loads
from werktloont.model.case import parse_case

CASE = {"format": "werktloont-case/1", "date": "2026-03-01",
        "household": {"adults": [{"age": 31}], "children": [{"age": 4, "birthday_month": 5}], "cost_sharers": 0},
        "job": {"hours_per_week": 24, "contract_months": 12}}


def test_a_whole_float_is_the_whole_number():
    data = json.loads(json.dumps(CASE))
    data["household"]["adults"][0]["age"] = 31.0
    data["household"]["children"][0]["birthday_month"] = 5.0
    data["job"]["contract_months"] = 12.0
    case = parse_case(data)
    assert case.client_adult.age == 31 and isinstance(case.client_adult.age, int)
    assert case.job.contract_months == 12 and case.household.children[0].birthday_month == 5
    assert case == parse_case(CASE)  # the same case as with 31, 5 and 12 written as integers


@pytest.mark.parametrize(("path", "value"), [(("household", "adults", 0, "age"), 31.5),
                                              (("job", "contract_months"), 0.5)])
def test_a_fraction_is_refused_in_dutch_naming_the_field(path, value):
    data = json.loads(json.dumps(CASE))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(Exception) as err:
        parse_case(data)
    assert getattr(err.value, "field", None) == ".".join(str(p) for p in path).replace(".0.", "[0].")
    assert "geheel getal" in str(err.value) and str(value).replace(".", ",") in str(err.value)


def test_a_bool_is_still_not_a_number():
    data = json.loads(json.dumps(CASE))
    data["household"]["adults"][0]["age"] = True
    with pytest.raises(Exception, match="geheel getal"):
        parse_case(data)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_messages_name_the_field(tmp_path, constant):
    text = json.dumps(CASE).replace('"hours_per_week": 24', f'"hours_per_week": {constant}')
    path = tmp_path / "casus.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CaseFileError) as err:
        read_case(path)
    assert err.value.field == "job.hours_per_week"
    assert "job.hours_per_week" in str(err.value) and f"'{constant}'" in str(err.value)
    assert "casus.json" in str(err.value)


def test_nan_inside_a_list_names_the_index():
    with pytest.raises(CaseFileError) as err:
        loads('{"household": {"adults": [{"age": 30}, {"age": NaN}]}}', "x.json")
    assert err.value.field == "household.adults[1].age"


def test_the_word_nan_inside_a_text_is_fine():
    assert loads('{"note": "NaN en Infinity in een notitie"}', "x.json") == {"note": "NaN en Infinity in een notitie"}
