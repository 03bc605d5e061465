"""A reclaim of bijstand as a debt: how it is paid back from the projection's income above the beslagvrije voet
(Participatiewet art. 58, 60; Rv art. 475c-475e), and the boete judgement of one asset event (art. 18a;
Boetebesluit socialezekerheidswetten art. 2, 2a, 2aa). Codes and numbers only."""

from __future__ import annotations

from werktloont.engine import answer, debts
from werktloont.engine.prepared import PreparedCase
from werktloont.engine.timeline import Projection
from werktloont.engine.timeline.money import JOB, STAY
from werktloont.engine.timeline.months import add_months, month_of, months_between
from werktloont.rules.participatiewet import boete, terugvordering
from werktloont.rules.wetboek_van_burgerlijke_rechtsvordering import beslagvrije_voet as bvv

# --- Paying a reclaim back (art. 58, 60): from the projection's income above the beslagvrije voet. ---------------

def _repayment_month(proj: Projection, known: str | None) -> int:
    """The first month the gemeente can take its claim: the month after it knew, not before the case month; a
    zoektermijn month (a part month) is passed over."""
    i = proj.first if known is None else max(months_between(proj.months[0], month_of(known)) + 1, proj.first)
    i = min(i, len(proj.months) - 1)
    while i < len(proj.months) - 1 and proj.walks[STAY]["zoektermijn"][i]:
        i += 1
    return i


def _repayment_in(prepared: PreparedCase, proj: Projection, claim: float, sc: int, i: int) -> dict:
    """terugvordering.aflossing in month i of one scenario: the household's garnishable income (the claim lies on
    both spouses, art. 59 lid 4) above the beslagvrije voet of that month."""
    case = prepared.case
    amounts = answer.components(proj, sc, i)
    snap = proj.groups_of()[i].snap
    income = round(sum(debts.adult_incomes(prepared, amounts, snap)), 2)
    situatie = bvv.leefsituatie(partner=len(case.household.adults) > 1, children=len(case.household.children) > 0)
    steps = bvv.beslagvrije_voet(snap=snap, on=snap.on, situatie=situatie,
                                 belastbaar_inkomen_jaar=float(proj.res["toetsingsinkomen"][sc, i]),
                                 garnished_income=income)
    r = terugvordering.aflossing(vordering=claim, inkomen_per_maand=income,
                                 beslagvrije_voet_per_maand=steps["beslagvrije_voet"],
                                 bijstand=amounts["bijstand"] > 0.005, p=snap.reg("bijstand"))
    return dict(r, month=proj.label(i), income=income, beslagvrije_voet=steps["beslagvrije_voet"])


def repayment(prepared: PreparedCase, proj: Projection, claim: float, known: str | None,
              claim_job: float | None = None) -> dict:
    """`{per_month, months, rule, ...}` staying on bijstand, with `with_job` for taking the offer (same month): the
    job scenario's own claim (`claim_job`, the bijstand it was paid; None: the same claim), None when it has none."""
    i = _repayment_month(proj, known)
    out = dict(_repayment_in(prepared, proj, claim, STAY, i), claim=round(float(claim), 2))
    if proj.job_start is not None:
        job_claim = claim if claim_job is None else claim_job
        out["with_job"] = dict(_repayment_in(prepared, proj, job_claim, JOB, i), claim=round(float(job_claim), 2)) \
            if job_claim > 0.005 else None
    return out


# --- The boete of one asset event (art. 18a; Boetebesluit art. 2, 2a, 2aa): callable from anywhere. -------------

def _within_days(month: str, reported: str, days: int) -> bool | None:
    """Was the change reported within `days` days? True/False when the months decide it, None when the days do."""
    first, after_change = month_of(month), add_months(month_of(month), 1)
    reported_first, reported_end = month_of(reported), add_months(month_of(reported), 1)
    shortest, longest = (reported_first - after_change).days + 1, (reported_end - first).days - 1
    return True if longest <= days else False if shortest > days else None


def boete_of(case, ch, reclaim: dict, norm: float, p) -> dict:
    """boete.beoordeling for one not-reported change: the client's reason for reduced blame (the first adult), the
    change's own facts, the reclaim net and gross as the benadelingsbedrag, the norm for the draagkracht."""
    reden = case.household.adults[0].verminderd_verwijtbaar_reden
    in_time = _within_days(ch.month, ch.discovered, p["waarschuwing_zelf_melden_dagen"]) if ch.reported_self \
        and ch.discovered else None
    return boete.beoordeling(
        benadeling_netto=reclaim["net"], benadeling_bruto=reclaim["gross"], p=p, verwijtbaarheid=ch.verwijtbaarheid,
        redenen=[reden] if reden else [], zelf_gemeld=ch.reported_self, zelf_gemeld_binnen_termijn=in_time,
        eerdere_waarschuwing_binnen_2_jaar=ch.earlier_warning_within_2_years, recidive=ch.recidive,
        bijstandsnorm=norm)
