"""Rule versions by date: which version of a calculation rule (not an amount) is in force on a day, and why.

Amounts live in parameters/*.yaml; a change in the *logic* of a law (a new formula, a test that now applies
continuously) is a rule version here, with the dates it holds and the publication that made it.

    select("huurtoeslag.formule", date(2026, 3, 1)).version   -> "2026"
    in_force("doorlopende_vermogenstoets", date(2025, 6, 1))  -> False

`geldig_vanaf` is the first day, `geldig_tot` the last day (None = still in force). A day for which no version
is registered raises MissingParameterError (Dutch), as a missing amount does.
"""

from __future__ import annotations

from datetime import date

from werktloont.errors import MissingParameterError
from werktloont.rules.participatiewet.inkomstenvrijlating import Art31Vrijlating, Art34aVrijlating, Vrijlating
from werktloont.rules.rule_version import Publication, RuleVersion
from werktloont.rules.wet_op_de_huurtoeslag import formula_2025, formula_2026

__all__ = ["VERSIONS", "Publication", "RuleVersion", "check_registry", "in_force", "select", "versions", "vrijlating"]


_PW = "https://wetten.overheid.nl/BWBR0015703"
_RV = "https://wetten.overheid.nl/BWBR0001827"
_WHT = "https://wetten.overheid.nl/BWBR0008659"

VERSIONS: tuple[RuleVersion, ...] = (
    RuleVersion(
        "huurtoeslag.formule", "2025", date(2025, 1, 1), date(2025, 12, 31),
        (Publication("Wet op de huurtoeslag art. 5, 13, 16-21 (tekst geldend op 2025-01-01)",
                     f"{_WHT}/2025-01-01"),
         Publication("Besluit op de huurtoeslag art. 7 (tekst geldend op 2025-01-01)",
                     "https://wetten.overheid.nl/BWBR0008763/2025-01-01")),
        "Normhuur a·Y² + b·Y boven het minimum-inkomensijkpunt; servicekosten tellen mee; een rekenhuur boven "
        "de maximale huurgrens geeft geen huurtoeslag.",
        note="Earlier years are not part of the pack and were not checked, so the version starts on 2025-01-01.",
        formula=formula_2025.huurtoeslag_per_maand),
    RuleVersion(
        "huurtoeslag.formule", "2026", date(2026, 1, 1), None,
        (Publication("Wet vereenvoudiging huurtoeslag (Kamerstukken 36311)",
                     "https://zoek.officielebekendmakingen.nl/dossier/36311"),
         Publication("Wet op de huurtoeslag art. 5, 13, 16, 17, 20, 21 (tekst geldend op 2026-01-01)",
                     f"{_WHT}/2026-01-01")),
        "Basishuur onafhankelijk van het inkomen met een lineaire afbouw (art. 21 lid 2); alleen de kale huur; "
        "huur boven de maximale huurgrens wordt afgetopt in plaats van uitgesloten.",
        formula=formula_2026.huurtoeslag_per_maand),
    RuleVersion(
        "doorlopende_vermogenstoets", "2026", date(2026, 1, 1), None,
        (Publication("Participatiewet art. 34 lid 2 onder b (\"het aanwezige vermogen\"), lid 4 vervallen "
                     "(tekst geldend op 2026-01-01)", f"{_PW}/2026-01-01#Artikel34"),
         Publication("Participatiewet art. 34 lid 2 onder b en lid 4 (tekst geldend op 2025-07-01): nog 'het bij "
                     "de aanvang van de bijstand aanwezige vermogen'", f"{_PW}/2025-07-01#Artikel34"),
         Publication("Participatiewet in balans, Wet van 1 oktober 2025 (Kamerstukken 36582)",
                     "https://wetten.overheid.nl/BWBR0051679")),
        "Het vermogen wordt tijdens de hele bijstand getoetst tegen de volle vermogensgrens, niet alleen bij "
        "aanvang.",
        confidence="medium",
        note="The start date and the text are read from the consolidated Participatiewet on wetten.overheid.nl "
             "(high). That the change comes from the Participatiewet in balans (fase 1, 1 January 2026) is "
             "inferred from its date and subject; its Staatsblad number and the article of the "
             "inwerkingtredingsbesluit were not found in the stored sources."),
    Art31Vrijlating(
        "inkomstenvrijlating", "2025", date(2025, 1, 1), date(2026, 12, 31),
        (Publication("Participatiewet art. 31 lid 2 onder n en r, lid 5 (tekst geldend op 2026-07-01)",
                     f"{_PW}/2026-07-01#Artikel31"),),
        "25 % van de inkomsten uit arbeid, gemaximeerd, de eerste 6 maanden (onder de AOW-leeftijd; vanaf die "
        "leeftijd zonder termijn); daarna voor een alleenstaande ouder met een kind onder 12 jaar 12,5 %, "
        "gemaximeerd, 30 maanden; niet onder 27 jaar (lid 5).",
        note="n counts months with work and bijstand (\"voor zover hij algemene bijstand ontvangt\"); r runs for an "
             "\"aaneengesloten periode\" once n is used up."),
    Art34aVrijlating(
        "inkomstenvrijlating", "2027", date(2027, 1, 1), None,
        (Publication("Participatiewet art. 34a (tekst geldend op 2026-07-01)", f"{_PW}/2026-07-01#Artikel34a"),
         Publication("Participatiewet in balans, Wet van 1 oktober 2025, artikel I (wijziging per 01-01-2027)",
                     "https://wetten.overheid.nl/BWBR0051679/2027-01-01")),
        "Art. 34a lid 1: 15 % van de inkomsten uit arbeid gedurende een aaneengesloten periode van maximaal 12 "
        "maanden, voor elke leeftijd en zonder maximumbedrag; vanaf de AOW-leeftijd 25 % tot € 226 per maand, "
        "zonder termijn; art. 31 lid 2 onder n en r vervallen.",
        confidence="medium",
        note="Art. 34a was read in the consolidated text geldend 2026-07-01 (MinBZK/regelrecht-corpus mirror of "
             "BWBR0015703), where it stands next to 31 lid 2 n and r; that n and r end and 34a alone applies from "
             "2027-01-01 follows the Participatiewet in balans phasing (BWBR0051679, artikel I gewijzigd per "
             "2027-01-01), not a text seen. No transitional rule for a running r-period was found: r ends on "
             "2026-12-31 and the 34a period starts with the first month from 2027 with work and bijstand."),
    RuleVersion(
        "verhoging_jongerennorm", "2026", date(2026, 1, 1), None,
        (Publication("Participatiewet art. 20 lid 3 en 4 (tekst geldend op 2026-01-01)",
                     f"{_PW}/2026-01-01#Artikel20"),),
        "Verhoging van de jongerennorm als de ouders niet kunnen bijdragen, tot ten hoogste de norm van art. 21; "
        "tot en met 2025 was dit bijzondere bijstand (art. 12)."),
    RuleVersion(
        "norm_verhoging_24a", "2026", date(2026, 1, 1), None,
        (Publication("Participatiewet art. 24a (tekst geldend op 2026-01-01)", f"{_PW}/2026-01-01#Artikel24a"),
         Publication("Participatiewet art. 23-27 (tekst geldend op 2025-07-01): nog geen artikel 24a",
                     f"{_PW}/2025-07-01#Artikel24"),
         Publication("Participatiewet in balans, Wet van 1 oktober 2025 (Kamerstukken 36582)",
                     "https://wetten.overheid.nl/BWBR0051679"),
         Publication("CRvB 6 juni 2018, ECLI:NL:CRVB:2018:1600 (gemis van de alleenstaande-ouderkop bij een partner "
                     "zonder recht op bijstand)", "https://uitspraken.rechtspraak.nl/inziendocument?id="
                     "ECLI:NL:CRVB:2018:1600")),
        "De norm wordt verhoogd met 1/12 van de alleenstaande-ouderkop (Wet op het kindgebonden budget art. 2 lid 6) "
        "voor een ouder met een ten laste komend kind, met een toeslagpartner, die gehuwd is met een partner zonder "
        "recht op bijstand.",
        confidence="medium",
        note="Article text and start date read from the consolidated Participatiewet (MinBZK/regelrecht-corpus mirror "
             "of BWBR0015703: present in the texts geldend 2026-01-01 and 2026-07-01, absent in 2025-07-01). The "
             "text joins onderdelen a-c with no 'en' or 'of' (\"voor de belanghebbende, die a. ...; b. ...; c. "
             "...\"); they are read as cumulative (a child, an Awir partner, gehuwd with a non-entitled partner), the "
             "situation of CRvB 2018:1600 that 24a codifies. That it comes from the Participatiewet in balans (fase "
             "1) is inferred from its date; the inwerkingtredingsbesluit was not seen."),
    RuleVersion(
        "giftenvrijlating", "2026", date(2026, 1, 1), None,
        (Publication("Participatiewet art. 31 lid 2 onder m (tekst geldend op 2026-01-01)",
                     f"{_PW}/2026-01-01#Artikel31"),),
        "Giften en kostenbesparende bijdragen tellen niet mee tot € 1.200 per kalenderjaar samen."),
    RuleVersion(
        "geen_zoektermijn_na_ww", "2026", date(2026, 1, 1), None,
        (Publication("Participatiewet art. 41 lid 6 (tekst geldend op 2026-01-01)", f"{_PW}/2026-01-01#Artikel41"),),
        "Geen vierwekenzoektermijn voor een jongere onder 27 die direct voorafgaand een WW-uitkering had; hij kan "
        "zich vier weken voor het einde van de WW melden.",
        confidence="medium",
        note="Read through the legal review (November 2026), not re-read in this session; whether lid 6 already "
             "held in 2025 was not checked, so the version starts on 2026-01-01."),
    RuleVersion(
        "beslagvrije_voet.woonterm", "2025", date(2025, 1, 1), date(2025, 12, 31),
        (Publication("Wetboek van Burgerlijke Rechtsvordering, art. 475da, tweede en achtste lid (tekst geldend op "
                     "2025-01-01)", f"{_RV}/2025-01-01#Artikel475da"),
         Publication("Wetboek van Burgerlijke Rechtsvordering, art. 475da, eerste, tweede en achtste lid (tekst "
                     "geldend op 2025-07-01)", f"{_RV}/2025-07-01#Artikel475da"),
         Publication("Wet op de huurtoeslag art. 17 en 19 (tekst geldend op 2025-01-01): de normhuur a x Y2 + b x Y "
                     "en de normhuur bij het minimum-inkomensijkpunt", f"{_WHT}/2025-01-01")),
        "De woonkosten in de beslagvrije voet als (F x C2 + G x C) - J voor een alleenstaande en (H x C2 + I x C) - J "
        "voor de andere leefsituaties: de kwadratische normhuur van de Wet op de huurtoeslag (2025) boven de normhuur "
        "bij het minimum-inkomensijkpunt; nooit lager dan nul.",
        confidence="medium",
        note="The formula is read in the texts geldend 2025-01-01 and 2025-07-01 (MinBZK/regelrecht-corpus mirror of "
             "BWBR0001827); those copies carry no legend. F, G (eenpersoons) and H, I (meerpersoons) are read as the "
             "huurtoeslag factors a and b of 2025 and J as the normhuur at the minimum-inkomensijkpunt (Wht art. 17 "
             "lid 2, 238,01), by analogy with the 2026 legend; with that reading lid 8 gives all eight published "
             "maxima of lid 1 (2025-01-01 and 2025-07-01) to the cent (tests/rules/test_beslagvrije_voet.py). The "
             "text has no floor at zero; below the ijkpunt the term would lower the voet under 95 % of the norm, so "
             "it is read as zero (as the 2026 version reads I)."),
    RuleVersion(
        "beslagvrije_voet.woonterm", "2026", date(2026, 1, 1), None,
        (Publication("Wetboek van Burgerlijke Rechtsvordering, art. 475da, tweede lid (tekst geldend op 2026-01-01)",
                     f"{_RV}/2026-01-01#Artikel475da"),),
        "De woonkosten in de beslagvrije voet als I x (F / 12) of H - J. Daarvoor was het (F x C2 + G x C) - J met "
        "de oude kwadratische basishuur van de Wet op de huurtoeslag (versie 2025)."),
)


def _index(registered: tuple[RuleVersion, ...]) -> dict[str, tuple[RuleVersion, ...]]:
    return {name: tuple(sorted((v for v in registered if v.name == name), key=lambda v: v.geldig_vanaf))
            for name in {v.name for v in registered}}


_BY_NAME: dict[str, tuple[RuleVersion, ...]] = _index(VERSIONS)


def names() -> list[str]:
    """The names of every registered rule, sorted."""
    return sorted(_BY_NAME)


def replace_registry(registered: tuple[RuleVersion, ...]) -> tuple[RuleVersion, ...]:
    """Use another set of versions (a test of a future version); returns the set in use before, to restore."""
    global VERSIONS, _BY_NAME
    before = VERSIONS
    VERSIONS, _BY_NAME = registered, _index(registered)
    return before


def versions(name: str) -> tuple[RuleVersion, ...]:
    """All registered versions of one rule, oldest first."""
    return _BY_NAME.get(name, ())


def select(name: str, on: date) -> RuleVersion:
    """The version of rule `name` in force on `on`; MissingParameterError (Dutch) when none applies."""
    found = versions(name)
    if not found:
        raise MissingParameterError(name, on.isoformat(), "deze rekenregel is niet bekend.")
    for v in found:
        if v.applies(on):
            return v
    raise MissingParameterError(name, on.isoformat(), f"er is geen rekenregel '{name}' voor die datum.")


def vrijlating(on: date) -> Vrijlating:
    """The version of the inkomstenvrijlating in force on `on` (its formula and facts)."""
    v = select("inkomstenvrijlating", on)
    assert isinstance(v, Vrijlating)
    return v


def in_force(name: str, on: date) -> bool:
    """True when a version of rule `name` applies on `on` (a rule that exists from a date, like a switch)."""
    found = versions(name)
    if not found:
        raise MissingParameterError(name, on.isoformat(), "deze rekenregel is niet bekend.")
    return any(v.applies(on) for v in found)


def check_registry() -> list[str]:
    """Problems in the registry (overlapping or reversed dates, missing sources); empty when sound."""
    problems = []
    for name in names():
        found = versions(name)
        for v in found:
            if v.geldig_tot is not None and v.geldig_tot < v.geldig_vanaf:
                problems.append(f"{name} {v.version}: geldig_tot ligt vóór geldig_vanaf")
            if not v.sources or not all(s.title for s in v.sources):
                problems.append(f"{name} {v.version}: bron ontbreekt")
        for a, b in zip(found, found[1:]):
            if a.geldig_tot is None or a.geldig_tot >= b.geldig_vanaf:
                problems.append(f"{name}: {a.version} overlapt met {b.version}")
    return problems
