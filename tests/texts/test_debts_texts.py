"""Debts in words: the headline, `werktloont calc` and the report.

Hand calculation for the case below (2026-01-01, single, 35, no rent, 24 h x € 15,00): net wage € 1.638,32; the
vrijlating is 25 % of it, at most € 285,00 (Participatiewet art. 31 lid 2 n, bijstand.yaml), so bijstand is
1.401,50 - (1.638,32 - 285,00) = € 48,18 and the household gains € 285,00. Under beslag with an unlimited claim the
beslagvrije voet is 95 % x 1.401,50 = € 1.331,43 both times (Rv art. 475da lid 2): without the job 1.401,50 - 1.331,43
= € 70,07 goes to the creditor, with the job 1.638,32 + 48,18 - 1.331,43 = € 355,07: € 285,00 more, € 0,00 gain.

The headline speaks of the month the verdict names: the lasting gain, from January 2028 (after the art. 34a period
of 2027), with the norm of 1 July 2026 carried forward (€ 1.419,46, art. 21 a). Without the job the voet is 95 % x
1.419,46 = € 1.348,49 and € 70,97 goes to the creditor; with the job the net wage 1.638,32 is above the norm (no
bijstand): 1.638,32 - 1.348,49 = € 289,83. The debt goes down € 218,86 a month faster; the household gains € 0,00.
"""

import json

from tests.conftest import run_cli
from werktloont.api import calculate
from werktloont.report.content import build_report

CASE = {"format": "werktloont-case/1", "date": "2026-01-01",
        "household": {"adults": [{"age": 35}], "children": [], "cost_sharers": 0, "rent": None},
        "assets": {"savings": 0}, "job": {"hourly_wage": 15.0, "hours_per_week": 24},
        "debts_arrangement": {"kind": "beslag", "monthly_claim": None}}
# First the month the table shows (the first month: 355,07 - 70,07 = 285,00 faster), then the month the verdict names.
HEADLINE = ("De baan levert u € 0,00 per maand meer op, maar uw schuld is € 285,00 per maand sneller afgelost. "
            "Vanaf januari 2028 levert de baan u € 0,00 per maand meer op, maar uw schuld is € 218,86 per maand "
            "sneller afgelost.")


def test_headline_and_rows_in_dutch():
    d = calculate(CASE, timeline=False)["debts"]
    assert d["headline"] == HEADLINE
    rows = {r["label"]: (r["without_job"], r["with_job"]) for r in d["rows"]}
    assert rows["Naar schuldeisers"] == (70.07, 355.07)
    assert rows["Beslagvrije voet"] == (1331.43, 1331.43)


def test_headline_in_english():
    d = calculate(CASE, lang="en", timeline=False)["debts"]
    assert d["headline"].startswith("The job gives you € 0,00 a month more, but your debt is paid off € 285,00")
    assert "From January 2028 the job gives you € 0,00 a month more, but your debt is paid off € 218,86" in d[
        "headline"]


def test_calc_shows_the_debts_block(tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    out = run_cli("calc", path).stdout
    assert "Naar schuldeisers" in out and HEADLINE in out
    assert "€ 1.331,43" in out


def test_report_has_the_row_and_the_paragraph():
    report = build_report(CASE)
    # The client's table and paragraph: the month the verdict names (January 2028, worked out above).
    client = report.client_text()
    assert "Naar schuldeisers € 70,97 € 289,83" in client
    assert ("In januari 2028 gaat er zonder de baan € 70,97 per maand naar uw schuldeisers. Met de baan is dat "
            "€ 289,83." in client
            and "Uw schuld is dan € 218,86 per maand sneller afgelost." in client)
    # The klantmanager's part: the headline of the debts and how the voet is made (the first month).
    manager = report.manager_text()
    assert HEADLINE in manager
    assert "Beslagvrije voet: 95 % × € 1.401,50 = € 1.331,43" in manager


def test_no_debts_no_words(tmp_path):
    plain = {k: v for k, v in CASE.items() if k != "debts_arrangement"}
    path = tmp_path / "case.json"
    path.write_text(json.dumps(plain), encoding="utf-8")
    assert "Naar schuldeisers" not in run_cli("calc", path).stdout
    assert "Naar schuldeisers" not in build_report(plain).all_text()
