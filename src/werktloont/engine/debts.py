"""Debts: what beslag or a debt arrangement takes from the debtor's income, without and with the job.

Codes and numbers only; the words are in `werktloont.texts.debts`. The protected amount comes from
`rules.wetboek_van_burgerlijke_rechtsvordering.beslagvrije_voet` and is computed from what the result already holds
(the income per component, the details' toetsingsinkomen), so an income component added later (a WW-uitkering)
flows in through `GARNISHABLE` without changes here.

Whose income: beslag lies on the geëxecuteerde's own claims to periodic payments (Rv art. 475c lid 1 a-i). For a
couple the household's income is split per adult: each adult's own wage and benefits, the offer's wage to the adult
who takes it (`job.person`), and the bijstand half each (Participatiewet art. 45 lid 4: paid to each entitled spouse
for half). The other adult's income is not garnished but lowers the voet by at most half (Rv art. 475db lid 1 a).
"""

from __future__ import annotations

import numpy as np

from werktloont.engine import couple
from werktloont.engine.components import BY_KEY, INCOME
from werktloont.rules.wetboek_van_burgerlijke_rechtsvordering import beslagvrije_voet as bvv

# Art. 475c lid 1 a-i: wage, uitkeringen, bijstand. Not the toeslagen (lid 1 j; Awir art. 45: not vatbaar voor
# beslag except for specific creditors) and not the municipal schemes (bijzondere bijstand is tied to costs).
GARNISHABLE: tuple[str, ...] = tuple(k for k in INCOME if not BY_KEY[k].toeslag and k != "municipal")
KINDS = ("beslag", "msnp", "wsnp", "none")
SITUATIONS = ("without_job", "with_job")
BOTH = "beide"


def _first(x) -> float:
    return float(np.ravel(np.asarray(x, dtype=float))[0])


def _untaxed(adult) -> float:
    """Kinderalimentatie per month (not taxed; counted in other_income the same way, engine/household.py)."""
    return sum((i.net_per_month if i.net_per_month is not None else i.gross_per_month or 0.0)
               for i in adult.other_income if i.kind == "kinderalimentatie")


def _own_income_split(prepared, snap) -> tuple[float, float]:
    """Net per month of the taker's and of the other adult's own income without the offer (before bijstand)."""
    case = prepared.case
    ml = snap.reg("minimumloon")
    p_ib, hh = snap.reg("inkomstenbelasting"), prepared.hh
    # The taker's IACK without the offer as the month pipeline has it (art. 8.14a); the other adult's, which the
    # offer can bring, is not in this split: it follows the bijstand's split with the rest below.
    own = couple.own_income(hh, weeks_per_month=ml["weken_per_maand"], vg_rate=ml.rate("vakantiebijslag_percent"),
                            young_child=couple.iack_young_child(hh, p_ib), p_ib=p_ib)
    adults = case.household.adults
    taker = case.job.person if case.job is not None else 0
    untaxed = [_untaxed(a) for a in adults]
    return (_first(own.net_base_year) / 12.0 + untaxed[taker],
            _first(own.net_other_year) / 12.0 + untaxed[1 - taker])


def adult_incomes(prepared, amounts: dict, snap=None) -> list[float]:
    """Art. 475c lid 1 a-i income per adult (net per month), in the order of household.adults; adds up to the
    household's garnishable income (not rounded, so the two add up to the cent)."""
    case = prepared.case
    total = sum(float(amounts[k]) for k in GARNISHABLE)
    adults = case.household.adults
    if len(adults) < 2:
        return [total]
    taker = case.job.person if case.job is not None else 0
    own_taker, own_other = _own_income_split(prepared, snap or prepared.snap)
    out = [0.0, 0.0]
    out[taker] += own_taker + float(amounts["net_wage"])
    out[1 - taker] += own_other
    # Whatever the other components hold beyond these (a rounding cent) follows the bijstand split below.
    rest = total - out[0] - out[1]
    entitled = [a.bijstand_entitled for a in adults]
    share = [0.5, 0.5] if all(entitled) else [1.0 if e else 0.0 for e in entitled]  # art. 45 lid 4
    return [out[i] + rest * share[i] for i in (0, 1)]


def debtor_of(case) -> tuple[int | str, bool]:
    """(debtor, given): 0, 1 or "beide"; not given: the single adult, or for a couple both (see the module note)."""
    given = case.debts_arrangement.debtor
    if given is not None:
        return given, True
    return (0 if len(case.household.adults) < 2 else BOTH), False


def _situation(prepared, snap, situatie, amounts: dict, details: dict, debtor, kind: str,
               claim: float | None) -> dict:
    """One situation in one month (`snap`: that month's parameters)."""
    per_adult = adult_incomes(prepared, amounts, snap)
    if debtor == BOTH or len(per_adult) < 2:
        garnished, partner = round(sum(per_adult), 2), 0.0  # both incomes under beslag: none lowers the voet
    else:
        garnished, partner = round(per_adult[int(debtor)], 2), per_adult[1 - int(debtor)]
    steps = bvv.beslagvrije_voet(snap=snap, on=snap.on, situatie=situatie,
                                 belastbaar_inkomen_jaar=float(details["toetsingsinkomen"]),
                                 garnished_income=garnished, partner_free_income=partner)
    protected = steps["beslagvrije_voet"]
    # MSNP/WSNP: the household keeps the vrij te laten bedrag; assumed equal to the beslagvrije voet (see codes).
    taken = 0.0 if kind == "none" else bvv.to_creditors(garnished_income=garnished, protected=protected,
                                                         monthly_claim=claim)
    disposable = float(amounts["disposable"])
    return {"garnished_income": garnished, "partner_free_income": round(partner, 2),
            "income_per_adult": [round(x, 2) for x in per_adult], "beslagvrije_voet": protected,
            "to_creditors": taken, "household_keeps": round(disposable - taken, 2), "steps": steps}


def _codes(case, debtor, given: bool, arrangement, situations: dict) -> list[str]:
    codes = []
    if len(case.household.adults) > 1:
        if debtor == BOTH:
            # Every garnishable income of the household is taken as the debtors' (one voet for the household).
            codes.append("debtor_is_household")
            if not given:
                codes.append("debtor_not_given")
        else:
            if any(s["steps"]["partner_reduction"] > 0.005 for s in situations.values()):
                codes.append("partner_income_lowers_voet")
            if case.job is not None and case.job.person != debtor:
                codes.append("offer_of_partner_not_garnished")
    if arrangement.kind in ("msnp", "wsnp"):
        codes.append("vtlb_is_beslagvrije_voet")
    return codes + ["raises_on_request_not_modelled", "order_of_creditors_not_modelled"]


def _month(prepared, view: dict, situatie: str, debtor) -> dict:
    """Without and with the job in one month of the projection (`view`: its components, details, snapshot)."""
    arrangement = prepared.case.debts_arrangement
    out: dict = {"month": view["month"]}
    for key in SITUATIONS:
        out[key] = _situation(prepared, view["snap"], situatie, view[key], view["details"][key], debtor,
                              arrangement.kind, arrangement.monthly_claim)
    wo, wi = out["without_job"], out["with_job"]
    out["gain_household"] = round(wi["household_keeps"] - wo["household_keeps"], 2)
    out["faster_repayment"] = round(wi["to_creditors"] - wo["to_creditors"], 2)
    # The tables' Verschil column for the debt rows: more to the creditors leaves less, so a minus (as a cost).
    out["difference"] = {"to_creditors": round(wo["to_creditors"] - wi["to_creditors"], 2),
                         "household_keeps": out["gain_household"]}
    return out


def debts(prepared, view: dict, first: dict | None = None) -> dict | None:
    """The result key `debts`, or None when the case has no beslag or arrangement (nothing changes then).

    `view`: the month the headline names (its components and details, as a result holds them, with `month` and
    `snap`): the debts box speaks of the same month as the verdict. `first`: the first month (the table's), kept
    under `first_month`."""
    case = prepared.case
    arrangement = case.debts_arrangement
    if arrangement.kind == "none":
        return None
    household = case.household
    situatie = bvv.leefsituatie(partner=len(household.adults) > 1, children=len(household.children) > 0)
    debtor, given = debtor_of(case)
    out: dict = {"kind": arrangement.kind, "monthly_claim": arrangement.monthly_claim, "leefsituatie": situatie,
                 "debtor": debtor, "debtor_given": given}
    out.update(_month(prepared, view, situatie, debtor))
    out["first_month"] = _month(prepared, first, situatie, debtor) if first is not None else {
        k: out[k] for k in ("month", *SITUATIONS, "gain_household", "faster_repayment", "difference")}
    out["codes"] = _codes(case, debtor, given, arrangement, {k: out[k] for k in SITUATIONS})
    return out


def gemeente_claims(asset_events: list[dict]) -> list[dict]:
    """Debts to the gemeente that the case itself makes: the reclaim of bijstand paid while an asset change was not
    reported (Participatiewet art. 58 lid 1), with how it is paid back (art. 60: above the beslagvrije voet). The
    debts view shows them next to the beslag box; a boete, if the gemeente gives one, comes on top (art. 18a).
    The top-level keys are staying on bijstand; `with_job` the same taking the offer (None without an offer)."""
    out = []
    for e in asset_events:
        if e["reclaim_net"] > 0.005:
            out.append({"code": "terugvordering_bijstand", "kind": e["kind"], **_claim(e),
                        "with_job": _claim(e["with_job"]) if e.get("with_job") is not None else None,
                        "articles": ["Participatiewet art. 58 lid 1", "Participatiewet art. 60"]})
    return out


def _claim(e: dict) -> dict:
    """One situation's claim: the months paid too much, the amount, how it is paid back, whether a boete can come.
    Taking the job the claim is what the job scenario was paid in those months (0: nothing to pay back)."""
    months = e["overpaid_months"]
    return {"from": months[0] if months else None, "to": months[-1] if months else None,
            "months": e["months_overpaid"], "amount": e["reclaim_net"], "gross": e["reclaim_gross"],
            "repayment": e.get("repayment"), "boete_possible": e.get("boete") is not None}
