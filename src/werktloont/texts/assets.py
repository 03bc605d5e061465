"""Words for the asset test, asset events and car scenarios (issue 14): B1 Dutch and English, with the case's
amounts and dates. The engine gives codes and numbers (werktloont.engine.assets)."""

from __future__ import annotations

from werktloont.fmt import eur
from werktloont.texts.boete import boete_client_text, boete_summary
from werktloont.texts.verdict import headline

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
            line += (f". Not reported: {eur(s['reclaim_per_month_unreported'])} to pay back per month; the gemeente "
                     f"can add a fine, at most {eur(s['boete_max_per_month'])} per month (art. 18a)")
        if s["scenario"] == "give_back":
            line += _give_back_en(s)
        return line + "."
    right = "recht op bijstand" if months == 0 else (
        f"{months} maanden geen bijstand" + ("" if s["right_again"] else " of langer"))
    line = (f"{scenario_label(s['scenario'], lang)}: telt mee {eur(s['counted'])} (grens {eur(s['limit'])}); "
            f"{right}; leeft van {_t(LIVES_ON[s['lives_on']], lang)}")
    if s["reclaim_per_month_unreported"] > 0:
        line += (f". Niet gemeld: {eur(s['reclaim_per_month_unreported'])} terugbetalen per maand; de gemeente kan "
                 f"ook een boete geven, ten hoogste {eur(s['boete_max_per_month'])} per maand (art. 18a)")
    if s["scenario"] == "needed" and s.get("exempt_source") == "gemeente_beslist":
        line += ". De gemeente beslist welk deel van een nodige auto vrij blijft; nu telt de hele waarde"
    if s["scenario"] == "give_back":
        line += _give_back_nl(s)
    return line + "."


def _right_again(s: dict, en: bool) -> str:
    """When the right comes back, with the zoektermijn month (art. 41 lid 4) if there is one."""
    again = s.get("right_again")
    if not again:
        return ""
    if s.get("right_again_zoektermijn"):
        full = month_name(s.get("right_again_full"), "en" if en else "nl")
        return (f"; a new application: after four weeks of waiting (under 27, art. 41(4)) bijstand again, the whole "
                f"month from {full}" if en else
                f"; opnieuw aanvragen: na vier weken wachten (onder 27, art. 41 lid 4) weer bijstand, de hele maand "
                f"vanaf {full}")
    return (f"; bijstand again from {month_name(again, 'en')}" if en else
            f"; weer bijstand vanaf {month_name(again)}")


def _give_back_nl(s: dict) -> str:
    text = ""
    if s.get("given_back"):
        text += f". Terug in {month_name(s['given_back'])}: tot dan telt de auto mee" + _right_again(s, False)
    if s.get("reclaim_net"):
        text += (f". Wat in de maanden daarvoor te veel betaald is ({eur(s['reclaim_net'])}), blijft terugbetalen "
                 "(art. 58 lid 1)")
    return text + (". De gemeente kan de bijstand verlagen als zij vindt dat hij niet verantwoord met zijn bezit "
                   "omging (art. 18 lid 2, volgens de verordening van de gemeente); eerst weegt zij hoeveel het hem "
                   "te verwijten valt. De waarde kan blijven meetellen als hij er nog over kan beschikken (art. 34 "
                   "lid 1). Het kenteken alleen beslist niet wie eigenaar is: wie betaalde, verzekert en rijdt telt "
                   "mee; vraag om papieren (CRvB 27-06-2023, ECLI:NL:CRVB:2023:1260)")


def _give_back_en(s: dict) -> str:
    text = ""
    if s.get("given_back"):
        text += f". Back in {month_name(s['given_back'], 'en')}: until then the car counts" + _right_again(s, True)
    if s.get("reclaim_net"):
        text += (f". What was paid too much in the months before ({eur(s['reclaim_net'])}) still has to be paid "
                 "back (art. 58(1))")
    return text + (". The gemeente can lower the bijstand if it finds he did not deal responsibly with what he "
                   "owned (art. 18(2), under the gemeente's verordening); first it weighs how much he is to blame. The "
                   "value can still count if he can still dispose of the car (art. 34(1)). The registration alone "
                   "does not decide who owns it: who paid, insures and drives it matters; ask for papers (CRvB "
                   "27-06-2023, ECLI:NL:CRVB:2023:1260)")


def repayment_text(r: dict, lang: str = "nl", routes: bool = True) -> list[str]:
    """B1 sentences for paying back a reclaim (rules.participatiewet.terugvordering.aflossing); with the month it
    starts and, when the result has it, the same with the job (`with_job`); `routes`: the ways to pay less."""
    en = lang == "en"
    out = _repayment_core(r, lang)
    job = r.get("with_job")
    if job and abs(job["per_month"] - r["per_month"]) > 0.005:
        if job["per_month"] > 0:
            out.append(f"With the job: {eur(job['per_month'])} a month from your wage, {job['months']} months (as "
                       f"long as you have this wage)." if en else
                       f"Met de baan: {eur(job['per_month'])} per maand van uw loon, {job['months']} maanden (zolang "
                       f"u dit loon heeft).")
        else:
            out.append("With the job nothing is left above the protected amount." if en else
                       "Met de baan blijft er niets over boven de beslagvrije voet.")
    return out + (_repayment_routes(r, lang) if routes else [])


def _repayment_core(r: dict, lang: str) -> list[str]:
    en = lang == "en"
    out = []
    if r["per_month"] <= 0:
        out.append("Above the protected amount (beslagvrije voet) nothing is left: the gemeente cannot take anything "
                   "now. After ten years it can drop the claim (art. 58(7))." if en else
                   "Boven de beslagvrije voet blijft niets over: de gemeente kan nu niets halen. Na tien jaar kan zij "
                   "de vordering laten vallen (art. 58 lid 7).")
    else:
        how = {"verrekening": ("van uw bijstand", "from your bijstand"),
               "beslag": ("van uw loon of uitkering", "from your wage or benefit"),
               "afspraak": ("zoals afgesproken met de gemeente", "as agreed with the gemeente")}[r["rule"]]
        start = f" (from {month_name(r['month'], 'en')})" if en and r.get("month") else \
            f" (vanaf {month_name(r['month'])})" if r.get("month") else ""
        out.append(f"Paying back{start}: the gemeente takes it {_t(how, lang)}, only above the protected amount: "
                   f"{eur(r['per_month'])} a month (art. 60). That takes {r['months']} months." if en else
                   f"Terugbetalen{start}: de gemeente haalt het {_t(how, lang)}, alleen boven de beslagvrije voet: "
                   f"{eur(r['per_month'])} per maand (art. 60). Dat duurt {r['months']} maanden.")
        if r["longer_than_limit"]:
            out.append(f"After ten years of paying, the gemeente can drop the rest ({eur(r['rest_after_limit'])}, "
                       f"art. 58(7))." if en else
                       f"Na tien jaar betalen kan de gemeente de rest laten vallen ({eur(r['rest_after_limit'])}, "
                       f"art. 58 lid 7).")
    return out


def _repayment_routes(r: dict, lang: str) -> list[str]:
    en = lang == "en"
    out = []
    out.append(f"If you pay half at once ({eur(r['afkoop_bedrag'])}), the gemeente can drop the rest (art. 58(7)(d))."
               if en else f"Betaalt u de helft in één keer ({eur(r['afkoop_bedrag'])}), dan kan de gemeente de rest "
               f"laten vallen (art. 58 lid 7 d).")
    out.append("For urgent reasons the gemeente can drop all or part of the reclaim (art. 58(8)). The gemeente's debt "
               "help can make a plan; after intent or gross negligence with a fine the claim is not written off "
               "(art. 60c)." if en else
               "Bij dringende redenen kan de gemeente (een deel) niet terugvorderen (art. 58 lid 8). De schuldhulp "
               "van de gemeente kan een regeling maken; na opzet of grove schuld met een boete wordt de vordering "
               "niet kwijtgescholden (art. 60c).")
    return out


def event_line(e: dict, lang: str = "nl") -> str:
    m, d = month_name(e["month"], lang), month_name(e["discovered"], lang)
    en = lang == "en"
    if e.get("leaves"):
        return (f"From {m}: it left the household (value {eur(e['value'])}); from then it no longer counts "
                f"(art. 34(1)); counted now {eur(e['counted'])}, limit {eur(e['limit'])}{_right_again(e, True)}."
                if en else
                f"Vanaf {m}: weg uit het huishouden (waarde {eur(e['value'])}); vanaf dan telt het niet meer mee "
                f"(art. 34 lid 1); telt nu mee {eur(e['counted'])}, grens {eur(e['limit'])}{_right_again(e, False)}.")
    if en:
        line = (f"From {m}: counted {eur(e['counted'])}, limit {eur(e['limit'])}, "
                f"{e['months_without_right']} months without a right")
        if e.get("counted_until"):
            line += f" (it counted until {month_name(e['counted_until'], lang)})"
        if e["months_overpaid"]:
            how = "reported by the client" if e.get("reported_self") else "found out"
            line += (f". Not reported at once, {how} in {d}: {e['months_overpaid']} months paid too much, pay back "
                     f"{eur(e['reclaim_net'])} (gross {eur(e['reclaim_gross'])} after the calendar year)")
            if e.get("boete"):
                line += "; " + boete_summary(e["boete"], lang)
        elif e["reported"]:
            line += ". Reported at once: nothing to pay back, no fine"
        return line + "."
    line = (f"Vanaf {m}: telt mee {eur(e['counted'])}, grens {eur(e['limit'])}, "
            f"{e['months_without_right']} maanden geen recht op bijstand")
    if e.get("counted_until"):
        line += f" (telde mee tot en met {month_name(e['counted_until'], lang)})"
    if e["months_overpaid"]:
        how = "zelf gemeld" if e.get("reported_self") else "ontdekt"
        line += (f". Niet meteen gemeld, {how} in {d}: {e['months_overpaid']} maanden te veel betaald, terugbetalen "
                 f"{eur(e['reclaim_net'])} (bruto {eur(e['reclaim_gross'])} na het kalenderjaar)")
        if e.get("boete"):
            line += "; " + boete_summary(e["boete"], lang)
    elif e["reported"]:
        line += ". Meteen gemeld: niets terugbetalen, geen boete"
    return line + "."


def _left_lines(events: list[dict], lang: str) -> list[str]:
    """B1: the car (or other asset) left the household; what that changes and what stays (art. 34, 41, 58)."""
    en = lang == "en"
    out = []
    for e in events:
        if not e.get("leaves"):
            continue
        m = month_name(e["month"], lang)
        out.append(f"It left your household in {m}. From then it no longer counts for your assets (art. 34)." if en
                   else f"Het is in {m} weg uit uw huishouden. Vanaf dan telt het niet meer mee voor uw vermogen "
                        f"(art. 34).")
        if e.get("right_again_zoektermijn"):
            full = month_name(e.get("right_again_full"), lang)
            out.append(f"You must apply for bijstand again. You are under 27, so you first wait four weeks (art. "
                       f"41(4)). Then bijstand again; the whole month from {full}. Ask the gemeente if you can "
                       f"start sooner (art. 41(11))." if en else
                       f"U moet opnieuw bijstand aanvragen. U bent jonger dan 27, dus u wacht eerst vier weken (art. "
                       f"41 lid 4). Daarna weer bijstand; de hele maand vanaf {full}. Vraag de gemeente of het "
                       f"eerder kan (art. 41 lid 11).")
    came = [e for e in events if not e.get("leaves") and e["months_overpaid"]]
    if out and came:
        e = came[0]
        out.append(f"What you got too much before, {eur(e['reclaim_net'])}, you still have to pay back (art. 58)."
                   if en else f"Wat u daarvoor te veel kreeg, {eur(e['reclaim_net'])}, moet u wel terugbetalen "
                              f"(art. 58).")
    return out


def client_text(result: dict, lang: str = "nl") -> list[str]:
    """The client text (B1): short sentences with the case's amounts and dates. Empty without a car or event."""
    events = result.get("asset_events") or []
    scen = {s["scenario"]: s for s in result.get("asset_scenarios") or []}
    if not events and not scen:
        return []
    keep = scen.get("keep")
    came = [e for e in events if not e.get("leaves")]
    ev = next((e for e in came if e["kind"] == "auto"), came[0] if came else None)
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
                       f"{ev['months_overpaid']} months (art. 58).")
            out += boete_client_text(ev, lang)
        if ev and ev.get("repayment"):
            out += repayment_text(ev["repayment"], lang)
        out += _left_lines(events, lang)
        out += ["If you put the car back in your father's name to get bijstand again, the gemeente can lower the "
                "bijstand (art. 18(2), under its own rules) or give it as a loan (art. 48(2)). It must first look "
                "at how much you are to blame. Tell why the car went back, and bring papers: who paid, who insures "
                "it, who drives it.",
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
                   f"maanden (art. 58).")
        out += boete_client_text(ev, lang)
    if ev and ev.get("repayment"):
        out += repayment_text(ev["repayment"], lang)
    out += _left_lines(events, lang)
    out += ["Zet u de auto terug op naam van uw vader om weer bijstand te krijgen? Dan kan de gemeente de bijstand "
            "verlagen (art. 18 lid 2, volgens haar eigen regels) of als lening geven (art. 48 lid 2). Eerst moet zij "
            "kijken hoeveel het u te verwijten valt. Vertel waarom de auto terugging en neem papieren mee: wie "
            "betaalde, wie verzekert, wie rijdt.",
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
        if e.get("boete"):
            e["boete_text"] = boete_client_text(e, lang)
        if e.get("repayment"):
            e["repayment_text"] = repayment_text(e["repayment"], lang)
    for s in result.get("asset_scenarios") or []:
        s["label"] = scenario_label(s["scenario"], lang)
        s["text"] = scenario_line(s, lang)
    alt = result.get("car_exempt_alternative")
    if alt:
        alt["text"] = car_exempt_alternative_text(result, lang)
    result["asset_client_text"] = client_text(result, lang)
    result["asset_panel"] = panel_sections(result, lang)
    return result


def car_exempt_alternative_text(result: dict, lang: str = "nl") -> list[str]:
    """The answer with the klantmanager's car amount and without it, side by side (art. 34 lid 2 a)."""
    alt = result["car_exempt_alternative"]
    en = lang == "en"
    other = (f"with the municipality's own amount of {eur(alt['alternative_exempt'])}" if alt["basis"] == "gemeente"
             else "if nothing is left free (the whole car counts)") if en else (
        f"met het bedrag van de gemeente, {eur(alt['alternative_exempt'])}" if alt["basis"] == "gemeente"
        else "als niets wordt vrijgelaten (de hele auto telt mee)")
    return [f"With {eur(alt['exempt'])} of the car left free (your input): {headline(result, lang)}" if en else
            f"Met {eur(alt['exempt'])} van de auto vrijgelaten (uw invoer): {headline(result, lang)}",
            f"{other[0].upper()}{other[1:]}: {headline(alt, lang)}"]


def panel_sections(result: dict, lang: str = "nl") -> list[tuple[str, list[str]]]:
    """The window's panel next to the assets chart: (heading, lines) per section; empty without a car or event."""
    events, scen = result.get("asset_events") or [], result.get("asset_scenarios") or []
    out: list[tuple[str, list[str]]] = []
    at = result.get("asset_test") or {}
    if at.get("kind") == "lening":
        out.append(("Eigen huis" if lang != "en" else "Own home", [_t(KIND["lening"], lang)]))
    if result.get("car_exempt_alternative"):
        out.append(("Wat laat de gemeente vrij voor een auto?" if lang != "en" else
                    "What does the municipality leave free for a car?",
                    car_exempt_alternative_text(result, lang)))
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
