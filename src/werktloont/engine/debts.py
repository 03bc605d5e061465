"""Debts (issue 19): what beslag or a debt arrangement takes from the household's income, without and with the job.

Codes and numbers only; the words are in `werktloont.texts.debts`. The protected amount comes from
`rules.wetboek_van_burgerlijke_rechtsvordering.beslagvrije_voet` and is computed from what the result already holds
(the income per component, the details' toetsingsinkomen), so an income component added later (the partner's wage,
a WW-uitkering) flows in through `GARNISHABLE` without changes here.
"""

from __future__ import annotations

from werktloont.engine.components import BY_KEY, INCOME
from werktloont.rules.wetboek_van_burgerlijke_rechtsvordering import beslagvrije_voet as bvv

# Art. 475c lid 1 a-i: wage, uitkeringen, bijstand. Not the toeslagen (lid 1 j; Awir art. 45: not vatbaar voor
# beslag except for specific creditors) and not the municipal schemes (bijzondere bijstand is tied to costs).
GARNISHABLE: tuple[str, ...] = tuple(k for k in INCOME if not BY_KEY[k].toeslag and k != "municipal")
KINDS = ("beslag", "msnp", "wsnp", "none")
SITUATIONS = ("without_job", "with_job")


def _situation(snap, on, situatie, amounts: dict, details: dict, kind: str, claim: float | None) -> dict:
    garnished = round(sum(float(amounts.get(k, 0.0)) for k in GARNISHABLE), 2)
    steps = bvv.beslagvrije_voet(snap=snap, on=on, situatie=situatie,
                                 belastbaar_inkomen_jaar=float(details.get("toetsingsinkomen", 0.0)),
                                 garnished_income=garnished)
    protected = steps["beslagvrije_voet"]
    # MSNP/WSNP: the household keeps the vrij te laten bedrag; assumed equal to the beslagvrije voet (see codes).
    taken = 0.0 if kind == "none" else bvv.to_creditors(garnished_income=garnished, protected=protected,
                                                         monthly_claim=claim)
    disposable = float(amounts.get("disposable", 0.0))
    return {"garnished_income": garnished, "beslagvrije_voet": protected, "to_creditors": taken,
            "household_keeps": round(disposable - taken, 2), "steps": steps}


def _month(prepared, view: dict, situatie: str) -> dict:
    """Without and with the job in one month of the projection (`view`: its components, details, snapshot)."""
    arrangement = prepared.case.debts_arrangement
    out: dict = {"month": view["month"]}
    for key in SITUATIONS:
        out[key] = _situation(view["snap"], view["snap"].on, situatie, view[key], view["details"][key],
                              arrangement.kind, arrangement.monthly_claim)
    wo, wi = out["without_job"], out["with_job"]
    out["gain_household"] = round(wi["household_keeps"] - wo["household_keeps"], 2)
    out["faster_repayment"] = round(wi["to_creditors"] - wo["to_creditors"], 2)
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
    out: dict = {"kind": arrangement.kind, "monthly_claim": arrangement.monthly_claim, "leefsituatie": situatie}
    out.update(_month(prepared, view, situatie))
    out["first_month"] = _month(prepared, first, situatie) if first is not None else {
        k: out[k] for k in ("month", *SITUATIONS, "gain_household", "faster_repayment")}
    wo = out["without_job"]
    # With a partner, every garnishable income of the household is taken as the debtor's (art. 475db not applied).
    codes = ["debtor_is_household"] if len(household.adults) > 1 else []
    if arrangement.kind in ("msnp", "wsnp"):
        codes.append("vtlb_is_beslagvrije_voet")
    if not wo["steps"]["housing_modelled"]:
        codes.append("housing_term_before_2026")
    codes += ["raises_on_request_not_modelled", "order_of_creditors_not_modelled"]
    out["codes"] = codes
    return out
