"""Words for the asset test, asset events and car scenarios (issue 14): B1 Dutch and English, with the case's
amounts and dates. The engine gives codes and numbers (werktloont.engine.assets)."""

from __future__ import annotations

from werktloont.fmt import eur

MONTHS = {"nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"),
          "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December")}

SCENARIO = {
    "keep": ("Auto houden", "Keep the car"),
    "sell": ("Auto verkopen", "Sell the car"),
    "needed": ("Auto nodig voor werk", "Car needed for work"),
    "give_back": ("Auto terug naar de vader (of eerdere eigenaar)", "Give the car back"),
}
LIVES_ON = {
    "bijstand": ("bijstand", "bijstand"),
    "sale_money": ("het geld van de verkoop, tot het onder de grens is", "the sale money, until it is under the limit"),
    "own_means_or_loan": ("eigen geld; of bijstand als lening tot de auto verkocht is (art. 48)",
                          "own money; or bijstand as a loan until the car is sold (art. 48)"),
    "bijstand_at_risk": ("bijstand, maar de gemeente kan die verlagen of als lening geven (art. 18 lid 2, art. 48 "
                         "lid 2 b)", "bijstand, but the gemeente can lower it or give it as a loan (art. 18(2), "
                         "art. 48(2)(b))"),
}
KIND = {"ok": ("Uw vermogen is niet te hoog voor bijstand.", "Your assets are not too high for bijstand."),
        "geen_bijstand": ("Uw vermogen is hoger dan de grens: geen bijstand.",
                          "Your assets are above the limit: no bijstand."),
        "lening": ("Uw overwaarde in het eigen huis is hoger dan de vrijlating. U krijgt bijstand als lening, met "
                   "het huis als zekerheid (art. 50).",
                   "The equity in your own home is above the exempt amount. You get bijstand as a loan secured on "
                   "the house (art. 50).")}


def month_name(label: str | None, lang: str = "nl") -> str:
    if not label:
        return "-"
    y, m = label.split("-")[:2]
    return f"{MONTHS['en' if lang == 'en' else 'nl'][int(m) - 1]} {y}"


def _t(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def scenario_label(code: str, lang: str = "nl") -> str:
    return _t(SCENARIO.get(code, (code, code)), lang)


def scenario_line(s: dict, lang: str = "nl") -> str:
    """One line per scenario: counted, months without a right, what he lives on, the risk."""
    months = s["months_without_right"]
    if lang == "en":
        right = "right to bijstand" if months == 0 else (
            f"{months} months without bijstand" + ("" if s["right_again"] else " or more"))
        line = (f"{scenario_label(s['scenario'], lang)}: counted {eur(s['counted'])} (limit {eur(s['limit'])}); "
                f"{right}; lives on {_t(LIVES_ON[s['lives_on']], lang)}")
        if s["reclaim_per_month_unreported"] > 0:
            line += (f". Not reported: {eur(s['reclaim_per_month_unreported'])} to pay back per month, plus a fine "
                     f"of {eur(s['boete_min_per_month'])} to {eur(s['boete_max_per_month'])} per month")
        if s["scenario"] == "give_back":
            line += (". The value can still count if he can still dispose of the car (art. 34(1)). The registration "
                     "alone does not decide who owns it: who paid, insures and drives it matters; ask for papers "
                     "(CRvB 27-06-2023, ECLI:NL:CRVB:2023:1260)")
        return line + "."
    right = "recht op bijstand" if months == 0 else (
        f"{months} maanden geen bijstand" + ("" if s["right_again"] else " of langer"))
    line = (f"{scenario_label(s['scenario'], lang)}: telt mee {eur(s['counted'])} (grens {eur(s['limit'])}); "
            f"{right}; leeft van {_t(LIVES_ON[s['lives_on']], lang)}")
    if s["reclaim_per_month_unreported"] > 0:
        line += (f". Niet gemeld: {eur(s['reclaim_per_month_unreported'])} terugbetalen per maand, plus een boete "
                 f"van {eur(s['boete_min_per_month'])} tot {eur(s['boete_max_per_month'])} per maand")
    if s["scenario"] == "needed" and s.get("exempt_source") == "gemeente_beslist":
        line += ". De gemeente beslist welk deel van een nodige auto vrij blijft; nu telt de hele waarde"
    if s["scenario"] == "give_back":
        line += (". De waarde kan blijven meetellen als hij er nog over kan beschikken (art. 34 lid 1). Het kenteken "
                 "alleen beslist niet wie eigenaar is: wie betaalde, verzekert en rijdt telt mee; vraag om papieren "
                 "(CRvB 27-06-2023, ECLI:NL:CRVB:2023:1260)")
    return line + "."


def event_line(e: dict, lang: str = "nl") -> str:
    m, d = month_name(e["month"], lang), month_name(e["discovered"], lang)
    if lang == "en":
        line = (f"From {m}: counted {eur(e['counted'])}, limit {eur(e['limit'])}, "
                f"{e['months_without_right']} months without a right")
        if e["months_overpaid"]:
            line += (f". Not reported, found out in {d}: {e['months_overpaid']} months paid too much, pay back "
                     f"{eur(e['reclaim_net'])} (gross {eur(e['reclaim_gross'])} after the calendar year), fine "
                     f"{eur(e['boete_min'])} to {eur(e['boete_max'])}")
        elif e["reported"]:
            line += ". Reported at once: nothing to pay back, no fine"
        return line + "."
    line = (f"Vanaf {m}: telt mee {eur(e['counted'])}, grens {eur(e['limit'])}, "
            f"{e['months_without_right']} maanden geen recht op bijstand")
    if e["months_overpaid"]:
        line += (f". Niet gemeld, ontdekt in {d}: {e['months_overpaid']} maanden te veel betaald, terugbetalen "
                 f"{eur(e['reclaim_net'])} (bruto {eur(e['reclaim_gross'])} na het kalenderjaar), boete "
                 f"{eur(e['boete_min'])} tot {eur(e['boete_max'])}")
    elif e["reported"]:
        line += ". Meteen gemeld: niets terugbetalen, geen boete"
    return line + "."


def client_text(result: dict, lang: str = "nl") -> list[str]:
    """The client text (B1): short sentences with the case's amounts and dates. Empty without a car or event."""
    events = result.get("asset_events") or []
    scen = {s["scenario"]: s for s in result.get("asset_scenarios") or []}
    if not events and not scen:
        return []
    keep = scen.get("keep")
    ev = next((e for e in events if e["kind"] == "auto"), events[0] if events else None)
    start = month_name(ev["month"] if ev else keep["from"] if keep else None, lang)
    counted = ev["counted"] if ev else keep["counted"] if keep else 0.0
    limit = ev["limit"] if ev else keep["limit"] if keep else 0.0
    over = max(counted - limit, 0.0)
    if lang == "en":
        out = ["Is there a car in your name, even if your father paid for it? Tell the gemeente at once (art. 17).",
               "The car counts as your assets (art. 34)."]
        if over > 0:
            out.append(f"With this car you are {eur(over)} above the limit of {eur(limit)}. "
                       f"From {start} you have no right to bijstand.")
        if ev and ev["months_overpaid"]:
            out.append(f"If you do not report it, you pay back {eur(ev['reclaim_net'])} over "
                       f"{ev['months_overpaid']} months (art. 58). You usually get a fine as well: "
                       f"{eur(ev['boete_min'])} to {eur(ev['boete_max'])} (art. 18a).")
        out += ["If you put the car back in your father's name to get bijstand again, the gemeente can lower the "
                "bijstand or give it as a loan (art. 18(2), art. 48(2)).",
                "Is the car really your father's? Show it with papers: who paid, who insures it, who drives it. "
                "The registration alone does not decide it.",
                "Do you need a car for work? Ask the gemeente which car it finds necessary. The value above that "
                "counts."]
        return out
    out = ["Staat er een auto op uw naam, ook als uw vader hem betaalde? Meld dat meteen bij de gemeente (art. 17).",
           "De auto telt mee voor uw vermogen (art. 34)."]
    if over > 0:
        out.append(f"Met deze auto zit u {eur(over)} boven de grens van {eur(limit)}. "
                   f"Vanaf {start} heeft u dan geen recht op bijstand.")
    if ev and ev["months_overpaid"]:
        out.append(f"Meldt u het niet? Dan betaalt u {eur(ev['reclaim_net'])} terug over {ev['months_overpaid']} "
                   f"maanden (art. 58). Meestal krijgt u ook een boete: {eur(ev['boete_min'])} tot "
                   f"{eur(ev['boete_max'])} (art. 18a).")
    out += ["Zet u de auto terug op naam van uw vader om weer bijstand te krijgen? Dan kan de gemeente de bijstand "
            "verlagen of als lening geven (art. 18 lid 2, art. 48 lid 2).",
            "Is de auto echt van uw vader? Laat dat zien met papieren: wie betaalde, wie verzekert, wie rijdt. "
            "Het kenteken alleen beslist het niet.",
            "Heeft u een auto nodig voor uw werk? Vraag de gemeente welke auto zij nodig vindt. De waarde daarboven "
            "telt mee."]
    return out


def render(result: dict, lang: str = "nl") -> dict:
    """In place: asset_test_text, asset_events[].text, asset_scenarios[].label/.text, asset_client_text,
    asset_panel. (asset_test itself stays codes and numbers, the same as in a batch result.)"""
    at = result.get("asset_test")
    if isinstance(at, dict) and at.get("kind") in KIND:
        result["asset_test_text"] = _t(KIND[at["kind"]], lang)
    for e in result.get("asset_events") or []:
        e["text"] = event_line(e, lang)
    for s in result.get("asset_scenarios") or []:
        s["label"] = scenario_label(s["scenario"], lang)
        s["text"] = scenario_line(s, lang)
    result["asset_client_text"] = client_text(result, lang)
    result["asset_panel"] = panel_sections(result, lang)
    return result


def panel_sections(result: dict, lang: str = "nl") -> list[tuple[str, list[str]]]:
    """The window's panel next to the assets chart: (heading, lines) per section; empty without a car or event."""
    events, scen = result.get("asset_events") or [], result.get("asset_scenarios") or []
    out: list[tuple[str, list[str]]] = []
    at = result.get("asset_test") or {}
    if at.get("kind") == "lening":
        out.append(("Eigen huis" if lang != "en" else "Own home", [_t(KIND["lening"], lang)]))
    if scen:
        out.append(("Wat kost elke keuze?" if lang != "en" else "What does each choice cost?",
                    [scenario_line(s, lang) for s in scen]))
    if events:
        out.append(("Wijzigingen in het vermogen" if lang != "en" else "Changes in assets",
                    [event_line(e, lang) for e in events]))
    text = client_text(result, lang)
    if text:
        out.append(("Uitleg voor de klant" if lang != "en" else "For the client", text))
    return out


def asset_lines(result: dict, lang: str = "nl") -> list[str]:
    """For `calc` and the report: the loan, the events, the scenarios and the client text (rendered result)."""
    out: list[str] = []
    at = result.get("asset_test") or {}
    if at.get("kind") == "lening":
        out.append(_t(KIND["lening"], lang))
    events, scen = result.get("asset_events") or [], result.get("asset_scenarios") or []
    if events or scen:
        out += ["", "Vermogen en auto" if lang != "en" else "Assets and the car"]
        out += [f"- {event_line(e, lang)}" for e in events]
        out += [f"- {scenario_line(s, lang)}" for s in scen]
        text = client_text(result, lang)
        if text:
            out += ["", "Voor de klant:" if lang != "en" else "For the client:", *(f"  {t}" for t in text)]
    return out
