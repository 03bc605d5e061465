"""The report names the municipality's schemes, their publications, and the scheme a job loses."""

from werktloont.report.content import build_report


def test_report_names_scheme_source_and_loss():
    # Midden-Drenthe 2025 (its own page): IIT € 521,97 a year (€ 43,50 a month) up to 110 % of the norm without
    # vakantiegeld; 32 hours at € 15 take the income far above it.
    case = {"format": "werktloont-case/1", "date": "2025-07-01", "household": {"adults": [{"age": 35}]},
            "municipality": "midden_drenthe", "job": {"hourly_wage": 15, "hours_per_week": 32}}
    report = build_report(case)
    text = report.all_text()
    assert "Met 32 uur per week verliest u de Individuele inkomenstoeslag Midden-Drenthe (€ 43,50 per maand)" in text
    assert "Meegerekende gemeentelijke regelingen: Individuele inkomenstoeslag Midden-Drenthe." in text
    assert "https://middendrenthe.nl/" in text


def test_report_names_schemes_whose_amount_is_unknown():
    # Amsterdam: the IIT verordening (CVDR734407) was not read, so the report says it is not counted and why.
    case = {"format": "werktloont-case/1", "date": "2026-01-01", "household": {"adults": [{"age": 35}]},
            "municipality": "amsterdam", "job": {"hourly_wage": 15, "hours_per_week": 32}}
    text = build_report(case).all_text()
    assert "Niet meegerekend, bedrag onbekend: Individuele inkomenstoeslag Amsterdam" in text
    assert "CVDR734407" in text
