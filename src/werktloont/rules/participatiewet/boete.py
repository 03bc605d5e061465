"""Participatiewet art. 17 lid 1 and 18a with the Boetebesluit socialezekerheidswetten art. 2, 2a and 2aa: the boete.

Pure functions on numbers and the `boete` parameters; no case, no words. The boete is not automatic and not one
amount: it depends on the blame (verwijtbaarheid), which the college judges and must prove for opzet and grove schuld
(Boetebesluit art. 2 lid 9), on earlier warnings and boetes, and on what the client can pay. So `beoordeling` gives
every grade the law allows with its conditions, the grade the facts point to, and the written-warning judgement.
"""

from __future__ import annotations

# Boetebesluit art. 2 lid 2-5, from the most to the least blame.
GRADES = ("opzet", "grove_schuld", "normaal", "verminderd")
VERWIJTBAARHEID = ("geen", *GRADES)
# Boetebesluit art. 2a lid 2: circumstances that always lead to verminderde verwijtbaarheid (onderdeel c, reporting
# it oneself before it is found, comes from the asset change, not from the person).
REDENEN_VERMINDERD = {
    "licht_verstandelijke_beperking": "2a lid 2 b",   # "een zodanige geestelijke toestand"
    "psychische_problemen": "2a lid 2 b",
    "ontwrichtende_omstandigheden": "2a lid 2 a",      # e.g. a death or divorce: emotioneel zo ontwrichtend
    "mede_gemeente": "2a lid 2 d",                     # mede te wijten aan het bestuursorgaan
    "samenloop": "2a lid 2 e",                         # a combination of circumstances
    "zelf_gemeld": "2a lid 2 c",                       # uit eigen beweging, voordat het is geconstateerd
}
ARTICLES = ("Participatiewet art. 17 lid 1", "Participatiewet art. 18a", "Boetebesluit socialezekerheidswetten art. 2",
            "Boetebesluit socialezekerheidswetten art. 2a", "Boetebesluit socialezekerheidswetten art. 2aa",
            "Algemene wet bestuursrecht art. 5:41 en 5:46")


def _cents(x: float) -> float:
    return float(round(x + 1e-9, 2))


def boete(benadelingsbedrag: float, p) -> dict:
    """The boete by grade as a share of the benadelingsbedrag, without the facts of the case (a quick range).

    Opzet 100 %, grove schuld 75 %, neither 50 %, verminderde verwijtbaarheid 25 % (art. 2 lid 2-5); a written
    warning instead is possible up to a small amount (art. 2aa lid 1 a; PW art. 18a lid 4). `beoordeling` adds the
    facts: the blame, reporting oneself, earlier warnings, recidive and draagkracht."""
    b = max(float(benadelingsbedrag), 0.0)
    grades = {g: b * p.rate(f"percentage_{g}") for g in GRADES}
    return {"benadelingsbedrag": b, "grades": grades, "min": grades["verminderd"], "max": grades["opzet"],
            "waarschuwing_possible": b <= p["waarschuwing_max_benadelingsbedrag"] + 1e-9}


def _likely(verwijtbaarheid: str | None, redenen: list[str]) -> str:
    """The grade the facts point to: the one given, reduced blame with a reason of art. 2a lid 2, else normal blame
    (opzet and grove schuld are for the college to prove, art. 2 lid 9)."""
    if verwijtbaarheid is not None:
        return verwijtbaarheid
    return "verminderd" if redenen else "normaal"


def _grade_amount(base: float, grade: str, p) -> float:
    """Boetebesluit art. 2 lid 2-7 and PW art. 18a lid 1 on a benadelingsbedrag (already x 1,5 at recidive)."""
    amount = base * p["percentage_" + grade] / 100.0
    cat3, cat5 = p.get("maximum_categorie_derde"), p.get("maximum_categorie_vijfde")
    if cat3 is not None and grade in ("normaal", "verminderd") and base > 100.0 / 75.0 * cat3:
        amount = p["percentage_" + grade] / 75.0 * cat3  # art. 2 lid 7: 50/75 or 25/75 x the third category
    cap = cat5 if grade == "opzet" else cat3  # PW 18a lid 1: at most the fifth (opzet) or third category
    return amount if cap is None else min(amount, cap)


def _grade_rows(netto: float, bruto: float | None, factor: float, possible: tuple[str, ...], p) -> list[dict]:
    return [{"grade": g, "percentage": p["percentage_" + g], "mogelijk": g in possible,
             "netto": _cents(_grade_amount(netto * factor, g, p)),
             "bruto": None if bruto is None else _cents(_grade_amount(bruto * factor, g, p))} for g in GRADES]


def waarschuwing(*, benadeling: float, zelf_gemeld: bool, zelf_gemeld_binnen_termijn: bool | None,
                 eerdere_waarschuwing_binnen_2_jaar: bool, p) -> dict:
    """PW art. 18a lid 4 with Boetebesluit art. 2aa: may the college give a written warning instead of a boete?

    A "kan" rule: the college decides. Grounds: no or a small benadeling (2aa lid 1 a), or reporting it oneself within
    60 days, before it was found and not during toezicht (2aa lid 1 b, lid 2). Barred within two years of an earlier
    warning (18a lid 4). `zelf_gemeld_binnen_termijn` None: the days are not known (a month's resolution)."""
    gronden, voorwaarden = [], []
    if benadeling <= p["waarschuwing_max_benadelingsbedrag"] + 1e-9:
        gronden.append("benadeling_klein")
    if zelf_gemeld and zelf_gemeld_binnen_termijn is not False:
        gronden.append("zelf_gemeld")
        if zelf_gemeld_binnen_termijn is None:
            voorwaarden.append("binnen_60_dagen")
    uitgesloten = ["eerdere_waarschuwing_binnen_2_jaar"] if eerdere_waarschuwing_binnen_2_jaar else []
    return {"mogelijk": bool(gronden) and not uitgesloten, "gronden": gronden, "voorwaarden": voorwaarden,
            "uitgesloten_door": uitgesloten, "dagen": p["waarschuwing_zelf_melden_dagen"]}


def draagkracht(*, grade: str, amount: float, bijstandsnorm: float | None, p) -> dict:
    """The CRvB's indication for a boete that fits a bijstand income (11 January 2016): about N months of 10 % of
    the applicable norm, N by grade. Case law, not a rule; None where no month count was found (verminderd)."""
    months = p.get("draagkracht_maanden_" + grade)
    pct = p.get("draagkracht_percentage_norm")
    if months is None or pct is None or not bijstandsnorm:
        return {"maanden": months, "percentage_norm": pct, "indicatie": None, "gematigd": None}
    indicatie = _cents(months * pct / 100.0 * bijstandsnorm)
    return {"maanden": months, "percentage_norm": pct, "indicatie": indicatie, "gematigd": min(amount, indicatie)}


def beoordeling(*, benadeling_netto: float, p, benadeling_bruto: float | None = None,
                verwijtbaarheid: str | None = None, redenen: tuple[str, ...] | list[str] = (),
                zelf_gemeld: bool = False, zelf_gemeld_binnen_termijn: bool | None = None,
                eerdere_waarschuwing_binnen_2_jaar: bool = False, recidive: bool = False,
                bijstandsnorm: float | None = None) -> dict:
    """What the law allows for a breach of the duty to inform (art. 17 lid 1), as codes and amounts.

    `benadeling_netto` / `benadeling_bruto`: what was received too much, net and gross (art. 18a lid 2 does not say
    which; both are shown). `verwijtbaarheid`: one of VERWIJTBAARHEID if the college has judged it, None if not.
    `redenen`: keys of REDENEN_VERMINDERD. `zelf_gemeld`: reported by the client before it was found (not during
    toezicht). `recidive`: an earlier boete for the same conduct within five years (18a lid 5). `bijstandsnorm`: for
    the draagkracht indication."""
    netto = max(float(benadeling_netto), 0.0)
    bruto = None if benadeling_bruto is None else max(float(benadeling_bruto), 0.0)
    redenen = [r for r in dict.fromkeys([*redenen, *(["zelf_gemeld"] if zelf_gemeld else [])])
               if r in REDENEN_VERMINDERD]
    if verwijtbaarheid is not None and verwijtbaarheid not in VERWIJTBAARHEID:
        raise ValueError(f"verwijtbaarheid: onbekende waarde '{verwijtbaarheid}'")
    likely = _likely(verwijtbaarheid, redenen)
    # Not judged yet: every grade can come out; "geen" (Awb 5:41, PW 17 lid 1 "redelijkerwijs duidelijk") too.
    possible = GRADES if verwijtbaarheid is None else tuple(g for g in GRADES if g == verwijtbaarheid)
    factor = p["recidive_factor"] if recidive else 1.0
    grades = _grade_rows(netto, bruto, factor, possible, p)
    by_grade = {r["grade"]: r for r in grades}
    warn = waarschuwing(benadeling=netto, zelf_gemeld=zelf_gemeld,
                        zelf_gemeld_binnen_termijn=zelf_gemeld_binnen_termijn,
                        eerdere_waarschuwing_binnen_2_jaar=eerdere_waarschuwing_binnen_2_jaar, p=p)
    codes = ["boete_niet_automatisch"]
    if verwijtbaarheid is None:
        codes.append("verwijtbaarheid_niet_beoordeeld")
    if netto > 0 and (p.get("maximum_categorie_derde") is None or p.get("maximum_categorie_vijfde") is None):
        codes.append("plafond_categorie_niet_gerekend")  # PW 18a lid 1, Boetebesluit art. 2 lid 7: amounts unknown
    no_boete = likely == "geen"
    amounts = [by_grade[g]["netto"] for g in possible]
    out = {
        "benadelingsbedrag": {"netto": _cents(netto), "bruto": None if bruto is None else _cents(bruto)},
        "verwijtbaarheid": verwijtbaarheid, "waarschijnlijk": likely, "redenen": redenen,
        "redenen_artikelen": [REDENEN_VERMINDERD[r] for r in redenen],
        "grades": grades, "recidive": recidive, "recidive_factor": factor,
        # The range over the grades that can still come out; no boete at all is possible besides (see below).
        "min": 0.0 if no_boete else min(amounts, default=0.0), "max": 0.0 if no_boete else max(amounts, default=0.0),
        "waarschijnlijk_bedrag": 0.0 if no_boete else by_grade[likely]["netto"],
        # Awb 5:41 (no boete without blame) and PW 17 lid 1 (only facts "waarvan hem redelijkerwijs duidelijk moet
        # zijn" that they matter): open until the college has judged the blame.
        "geen_boete_mogelijk": verwijtbaarheid in (None, "geen"),
        "geen_benadeling": netto <= 0, "zonder_benadeling": p["boete_zonder_benadeling"] if netto <= 0 else None,
        "waarschuwing": warn,
        "draagkracht": None if no_boete else draagkracht(grade=likely, amount=by_grade[likely]["netto"],
                                                           bijstandsnorm=bijstandsnorm, p=p),
        # PW 18a lid 13: kwijtschelding in a schuldregeling without opzet or grove schuld; 60c: none with them.
        "kwijtschelding_bij_schuldregeling": likely not in ("opzet", "grove_schuld"),
        "dringende_redenen": True,  # PW 18a lid 7: the college can refrain from a boete for urgent reasons
        "codes": codes, "articles": list(ARTICLES),
    }
    if netto <= 0 and not no_boete:  # Boetebesluit art. 2 lid 11: no benadeling, no warning: € 150 to start from
        out["min"] = out["max"] = out["waarschijnlijk_bedrag"] = out["zonder_benadeling"]
    return out
