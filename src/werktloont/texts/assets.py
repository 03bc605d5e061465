"""Words for the asset test, asset events and car scenarios: B1 Dutch and English, with the case's amounts and dates.
The engine gives codes and numbers (werktloont.engine.assets). Words about who gave the car follow the case: a
parent only when the change says `from: "ouder"`; otherwise neutral ("wie hem gaf"), and nothing about giving back
an own car."""

from __future__ import annotations

from werktloont.fmt import eur
from werktloont.texts.asset_situations import THING, beyond_client, beyond_line, job_boete, job_claim_client, job_clause
from werktloont.texts.asset_situations import cite_ref as _cite
from werktloont.texts.boete import boete_client_text, boete_short, boete_summary, month_name, repayment_text
from werktloont.texts.components import is_en, pick
from werktloont.texts.dates import n_months, n_weeks
from werktloont.texts.verdict import headline

__all__ = ["asset_lines", "boete_client_text", "boete_short", "boete_summary", "car_exempt_alternative_text",
           "client_text", "event_line", "month_name", "panel_sections", "render", "repayment_text", "scenario_label",
           "scenario_line"]

SCENARIO = {
    "keep": ("Auto houden", "Keep the car"),
    "sell": ("Auto verkopen", "Sell the car"),
    "needed": ("Auto nodig voor werk", "Car needed for work"),
}
# Who gave the car (the case's assets.changes[].from): the label of the give-back scenario, the person in a sentence.
GIVE_BACK = {"ouder": ("Auto terug naar uw vader of moeder", "Give the car back to your father or mother"),
             "familie": ("Auto terug naar het familielid dat hem gaf", "Give the car back to the relative who gave it"),
             None: ("Auto terug naar wie hem gaf", "Give the car back to whoever gave it")}
GIVER = {"ouder": ("uw vader of moeder", "your father or mother"),
         "familie": ("het familielid dat hem gaf", "the relative who gave it"),
         None: ("wie hem gaf", "whoever gave it")}
PAID_BY = {"ouder": ("uw vader of moeder", "your father or mother"), "familie": ("een familielid", "a relative"),
           None: ("iemand anders", "someone else")}
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


def _t(pair: tuple[str, str], lang: str) -> str:
    return pick(pair, lang)


def _who(table: dict, given_by: str | None) -> tuple[str, str]:
    """A parent only when the case says so; "familie" its own words; anyone else (or not said) neutral."""
    return table.get(given_by, table[None])


def scenario_label(code: str, lang: str = "nl", given_by: str | None = None) -> str:
    if code == "give_back":
        return pick(_who(GIVE_BACK, given_by), lang)
    return _t(SCENARIO.get(code, (code, code)), lang)


def scenario_line(s: dict, lang: str = "nl") -> str:
    """One line per scenario: counted, months without a right, what he lives on, the risk."""
    months = s["months_without_right"]
    label = scenario_label(s["scenario"], lang, s.get("given_by"))
    if is_en(lang):
        right = "right to bijstand" if months == 0 else (
            f"{n_months(months, 'en')} without bijstand" + ("" if s["right_again"] else " or more"))
        line = (f"{label}: counted {eur(s['counted'])} (limit {eur(s['limit'])}); "
                f"{right}; lives on {_t(LIVES_ON[s['lives_on']], lang)}")
        if s["reclaim_per_month_unreported"] > 0:
            line += (f". Not reported: {eur(s['reclaim_per_month_unreported'])} to pay back per month; the gemeente "
                     f"can add a fine, at most {eur(s['boete_max_per_month'])} per month (art. 18a)")
        if s["scenario"] == "give_back":
            line += _give_back_en(s)
        return line + "."
    right = "recht op bijstand" if months == 0 else (
        f"{n_months(months)} geen bijstand" + ("" if s["right_again"] else " of langer"))
    line = (f"{label}: telt mee {eur(s['counted'])} (grens {eur(s['limit'])}); "
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
        lang = "en" if en else "nl"
        full, weeks = month_name(s.get("right_again_full"), lang), n_weeks(s["zoektermijn_weeks"], lang)
        age = s["zoektermijn_age"]
        return (f"; a new application: after {weeks} of waiting (under {age}, art. 41(4)) bijstand again, the whole "
                f"month from {full}" if en else f"; opnieuw aanvragen: na {weeks} wachten (onder {age}, art. 41 lid 4) "
                f"weer bijstand, de hele maand vanaf {full}")
    return (f"; bijstand again from {month_name(again, 'en')}" if en else
            f"; weer bijstand vanaf {month_name(again)}")


def _give_back_nl(s: dict) -> str:
    text = ""
    if s.get("given_back"):
        text += f". Terug in {month_name(s['given_back'])}: tot dan telt de auto mee" + _right_again(s, False)
    if s.get("reclaim_net"):
        text += (f". Wat in de maanden daarvoor te veel betaald is ({eur(s['reclaim_net'])}), blijft terugbetalen "
                 "(art. 58 lid 1)")
    return text + (". De gemeente kan de bijstand verlagen als zij vindt dat de klant niet verantwoord met het bezit "
                   "omging (art. 18 lid 2, volgens de verordening van de gemeente); eerst weegt zij hoeveel het de "
                   "klant te verwijten valt. De waarde kan blijven meetellen als de klant er nog over kan beschikken "
                   "(art. 34 lid 1). Het kenteken alleen beslist niet wie eigenaar is: wie betaalde, verzekert en "
                   "rijdt telt mee; vraag om papieren (CRvB 27-06-2023, ECLI:NL:CRVB:2023:1260)")


def _give_back_en(s: dict) -> str:
    text = ""
    if s.get("given_back"):
        text += f". Back in {month_name(s['given_back'], 'en')}: until then the car counts" + _right_again(s, True)
    if s.get("reclaim_net"):
        text += (f". What was paid too much in the months before ({eur(s['reclaim_net'])}) still has to be paid "
                 "back (art. 58(1))")
    return text + (". The gemeente can lower the bijstand if it finds the client did not deal responsibly with what "
                   "they owned (art. 18(2), under the gemeente's verordening); first it weighs how much the client is "
                   "to blame. The value can still count if the client can still dispose of the car (art. 34(1)). The "
                   "registration alone does not decide who owns it: who paid, insures and drives it matters; ask for "
                   "papers (CRvB 27-06-2023, ECLI:NL:CRVB:2023:1260)")


def event_line(e: dict, lang: str = "nl") -> str:
    m, d = month_name(e["month"], lang), month_name(e["discovered"], lang)
    en = is_en(lang)
    if e.get("beyond_projection"):
        return beyond_line(e, en)
    if e.get("leaves"):
        return (f"From {m}: it left the household (value {eur(e['value'])}); from then it no longer counts "
                f"(art. 34(1)); counted now {eur(e['counted'])}, limit {eur(e['limit'])}{_right_again(e, True)}."
                if en else
                f"Vanaf {m}: weg uit het huishouden (waarde {eur(e['value'])}); vanaf dan telt het niet meer mee "
                f"(art. 34 lid 1); telt nu mee {eur(e['counted'])}, grens {eur(e['limit'])}{_right_again(e, False)}.")
    if en:
        line = (f"From {m}: counted {eur(e['counted'])}, limit {eur(e['limit'])}, "
                f"{n_months(e['months_without_right'], 'en')}" + ("" if e.get("right_again") else " or more")
                + " without a right")
        if e.get("counted_until"):
            line += f" (it counted until {month_name(e['counted_until'], lang)})"
        if e["months_overpaid"]:
            how = "reported by the client" if e.get("reported_self") else "found out"
            line += (f". Not reported at once, {how} in {d}: {n_months(e['months_overpaid'], 'en')} paid too much, "
                     f"pay back {eur(e['reclaim_net'])} (gross {eur(e['reclaim_gross'])} after the calendar year)")
            if e.get("boete"):
                line += "; " + boete_summary(e["boete"], lang)
            line += job_clause(e.get("with_job"), True)
        elif e["reported"]:
            line += ". Reported at once: nothing to pay back, no fine"
        return line + "."
    line = (f"Vanaf {m}: telt mee {eur(e['counted'])}, grens {eur(e['limit'])}, "
            f"{n_months(e['months_without_right'])}" + ("" if e.get("right_again") else " of langer")
            + " geen recht op bijstand")
    if e.get("counted_until"):
        line += f" (telde mee tot en met {month_name(e['counted_until'], lang)})"
    if e["months_overpaid"]:
        how = "zelf gemeld" if e.get("reported_self") else "ontdekt"
        line += (f". Niet meteen gemeld, {how} in {d}: {n_months(e['months_overpaid'])} te veel betaald, terugbetalen "
                 f"{eur(e['reclaim_net'])} (bruto {eur(e['reclaim_gross'])} na het kalenderjaar)")
        if e.get("boete"):
            line += "; " + boete_summary(e["boete"], lang)
        line += job_clause(e.get("with_job"), False)
    elif e["reported"]:
        line += ". Meteen gemeld: niets terugbetalen, geen boete"
    return line + "."


def _left_lines(events: list[dict], lang: str) -> list[str]:
    """B1: the car (or other asset) left the household; what that changes and what stays (art. 34, 41, 58)."""
    en = is_en(lang)
    out = []
    for e in events:
        if not e.get("leaves"):
            continue
        m = month_name(e["month"], lang)
        out.append(f"It left your household in {m}. From then it no longer counts for your assets (art. 34)." if en
                   else f"Het is in {m} weg uit uw huishouden. Vanaf dan telt het niet meer mee voor uw vermogen "
                        f"(art. 34).")
        if e.get("right_again_zoektermijn"):
            full, weeks, age = (month_name(e.get("right_again_full"), lang), n_weeks(e["zoektermijn_weeks"], lang),
                                e["zoektermijn_age"])
            out.append(f"You must apply for bijstand again. You are under {age}, so you first wait {weeks} (art. "
                       f"41(4)). Then bijstand again; the whole month from {full}. Ask the gemeente if you can "
                       f"start sooner (art. 41(11))." if en else
                       f"U moet opnieuw bijstand aanvragen. U bent jonger dan {age}, dus u wacht eerst {weeks} (art. "
                       f"41 lid 4). Daarna weer bijstand; de hele maand vanaf {full}. Vraag de gemeente of het "
                       f"eerder kan (art. 41 lid 11).")
    came = [e for e in events if not e.get("leaves") and e["months_overpaid"]]
    if out and came:
        e = came[0]
        job = e.get("with_job")
        with_en = f" (without the job; with the job {eur(job['reclaim_net'])})" if job else ""
        with_nl = f" (zonder de baan; met de baan {eur(job['reclaim_net'])})" if job else ""
        out.append(f"What you got too much before, {eur(e['reclaim_net'])}{with_en}, you still have to pay back "
                   f"(art. 58)." if en else f"Wat u daarvoor te veel kreeg, {eur(e['reclaim_net'])}{with_nl}, moet u "
                                            f"wel terugbetalen (art. 58).")
    return out


def _give_back_sentences(given_by: str | None, en: bool, cite: bool) -> list[str]:
    """Giving the car back, worded for who gave it (a parent only when the case says so)."""
    giver, paid_by = pick(_who(GIVER, given_by), "en" if en else "nl"), pick(_who(PAID_BY, given_by), "en" if en
                                                                               else "nl")
    comma = "" if given_by == "ouder" else ","
    if not cite:  # the client's page: the same in fewer words
        if en:
            back = ("Do you put the car back in your father's or mother's name" if given_by == "ouder" else
                    f"Do you give the car back to {giver}")
            return [f"{back}{comma} to get bijstand again? Then the gemeente can lower the bijstand or give it as a "
                    f"loan. Show with papers whose car it is: who paid, who insures it, who drives it."]
        back = ("Zet u de auto terug op naam van uw vader of moeder" if given_by == "ouder" else
                f"Geeft u de auto terug aan {giver}")
        return [f"{back}{comma} om weer bijstand te krijgen? Dan kan de gemeente de bijstand verlagen of als lening "
                "geven. Laat met papieren zien van wie de auto is: wie betaalde, wie verzekert, wie rijdt."]
    if en:
        back = ("Do you put the car back in your father's or mother's name" if given_by == "ouder" else
                f"Do you give the car back to {giver}")
        return [f"{back}{comma} to get bijstand again? Then the gemeente can lower the bijstand"
                f"{_cite('art. 18(2), under its own rules', cite)} or give it as a loan{_cite('art. 48(2)', cite)}. "
                "It must first look at how much you are to blame. Tell why the car went back, and bring papers: who "
                "paid, who insures it, who drives it.",
                f"Is the car really {paid_by}'s? Show it with papers: who paid, who insures it, who drives it. The "
                "registration alone does not decide it."]
    back = ("Zet u de auto terug op naam van uw vader of moeder" if given_by == "ouder" else
            f"Geeft u de auto terug aan {giver}")
    return [f"{back}{comma} om weer bijstand te krijgen? Dan kan de gemeente de bijstand verlagen"
            f"{_cite('art. 18 lid 2, volgens haar eigen regels', cite)} of als lening geven"
            f"{_cite('art. 48 lid 2', cite)}. Eerst moet zij kijken hoeveel het u te verwijten valt. Vertel waarom de "
            "auto terugging en neem papieren mee: wie betaalde, wie verzekert, wie rijdt.",
            f"Is de auto echt van {paid_by}? Laat dat zien met papieren: wie betaalde, wie verzekert, wie rijdt. "
            "Het kenteken alleen beslist het niet."]


def _car_choices(car_event: dict | None, lang: str, cite: bool) -> list[str]:
    """Giving the car back only for a car someone put in the client's name; for an own car, selling it."""
    en = is_en(lang)
    out = _give_back_sentences(car_event.get("given_by"), en, cite) if car_event is not None else [
        "Do you sell the car? Then the money counts as your assets. You live on it until it is under the limit."
        if en else "Verkoopt u de auto? Dan telt het geld mee voor uw vermogen. U leeft ervan tot het onder de "
                   "grens is."]
    out.append("Do you need a car for work? Ask the gemeente which car it finds necessary. The value above that counts."
               if en else "Heeft u een auto nodig voor uw werk? Vraag de gemeente welke auto zij nodig vindt. De "
                          "waarde daarboven telt mee.")
    return out


def _first_lines(car_event: dict | None, ev: dict | None, car: bool, lang: str, cite: bool) -> list[str]:
    """Report it (worded for who paid, when the case says so), and that it counts."""
    en = is_en(lang)
    out = []
    if car_event is not None:
        who = pick(_who(PAID_BY, car_event.get("given_by")), lang)
        out.append(f"Is there a car in your name, even if {who} paid for it? Tell the gemeente at once"
                   f"{_cite('art. 17', cite)}." if en else
                   f"Staat er een auto op uw naam, ook als {who} hem betaalde? Meld dat meteen bij de gemeente"
                   f"{_cite('art. 17', cite)}.")
    elif ev is not None:
        thing = pick(THING.get(ev["kind"], THING["overig"]), lang)
        out.append(f"Did you get {thing}? Tell the gemeente at once{_cite('art. 17', cite)}." if en else
                   f"Kreeg u {thing}? Meld dat meteen bij de gemeente{_cite('art. 17', cite)}.")
    what = ("The car" if car else "It") if en else ("De auto" if car else "Het")
    out.append(f"{what} counts as your assets{_cite('art. 34', cite)}." if en else
               f"{what} telt mee voor uw vermogen{_cite('art. 34', cite)}.")
    return out


def client_text(result: dict, lang: str = "nl", cite: bool = True) -> list[str]:
    """The client text (B1): short sentences with the case's amounts and dates. Empty without a car or event.
    `cite`: the articles in brackets and the whole boete text (window, calc, the klantmanager's page); without, the
    short boete text and no repayment details (the client's own pages of the report)."""
    beyond = [e for e in result.get("asset_events") or [] if e.get("beyond_projection")]
    events = [e for e in result.get("asset_events") or [] if not e.get("beyond_projection")]
    scen = {s["scenario"]: s for s in result.get("asset_scenarios") or []}
    if not events and not scen:
        return beyond_client(beyond, lang, cite)
    en = is_en(lang)
    keep = scen.get("keep")
    came = [e for e in events if not e.get("leaves")]
    car_event = next((e for e in came if e["kind"] == "auto"), None)
    ev = car_event or (came[0] if came else None)
    car = car_event is not None or keep is not None
    start = month_name(ev["month"] if ev else keep["from"] if keep else None, lang)
    limit = ev["limit"] if ev else keep["limit"] if keep else 0.0
    over = ev["excess"] if ev else keep["excess"] if keep else 0.0
    out = _first_lines(car_event, ev, car, lang, cite)
    if over > 0:
        lead = ("With this car you are" if car else "With it you are") if en else (
            "Met deze auto zit u" if car else "Daarmee zit u")
        out.append(f"{lead} {eur(over)} above the limit of {eur(limit)}. From {start} you have no right to bijstand."
                   if en else f"{lead} {eur(over)} boven de grens van {eur(limit)}. Vanaf {start} heeft u dan geen "
                              "recht op bijstand.")
    if ev and ev["months_overpaid"]:
        stay = ev.get("with_job") is not None  # with an offer: this is staying on bijstand, the job's line follows
        out.append(f"If you do not report it{' and do not take the job' if stay else ''}, you pay back "
                   f"{eur(ev['reclaim_net'])} over {n_months(ev['months_overpaid'], 'en')}{_cite('art. 58', cite)}."
                   if en else
                   f"Meldt u het niet{' en neemt u de baan niet' if stay else ''}? Dan betaalt u "
                   f"{eur(ev['reclaim_net'])} terug over {n_months(ev['months_overpaid'])}{_cite('art. 58', cite)}.")
        out += job_claim_client(ev, lang, cite)
        out += boete_client_text(ev, lang) + job_boete(ev, lang) if cite else boete_short(ev, lang)
    if cite and ev and ev.get("repayment"):
        out += repayment_text(ev["repayment"], lang)
    if cite:
        out += _left_lines(events, lang)
    if car:
        out += _car_choices(car_event, lang, cite)
    return out + beyond_client(beyond, lang, cite)


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
        s["label"] = scenario_label(s["scenario"], lang, s.get("given_by"))
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
    en = is_en(lang)
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
        out.append(("Eigen huis" if not is_en(lang) else "Own home", [_t(KIND["lening"], lang)]))
    if result.get("car_exempt_alternative"):
        out.append(("Wat laat de gemeente vrij voor een auto?" if not is_en(lang) else
                    "What does the municipality leave free for a car?",
                    car_exempt_alternative_text(result, lang)))
    if scen:
        out.append(("Wat kost elke keuze?" if not is_en(lang) else "What does each choice cost?",
                    [scenario_line(s, lang) for s in scen]))
    if events:
        out.append(("Wijzigingen in het vermogen" if not is_en(lang) else "Changes in assets",
                    [event_line(e, lang) for e in events]))
    text = client_text(result, lang)
    if text:
        out.append(("Uitleg voor de klant" if not is_en(lang) else "For the client", text))
    return out


def asset_lines(result: dict, lang: str = "nl") -> list[str]:
    """For `calc` and the report: the loan, the events, the scenarios and the client text (rendered result)."""
    out: list[str] = []
    at = result.get("asset_test") or {}
    if at.get("kind") == "lening":
        out.append(_t(KIND["lening"], lang))
    events, scen = result.get("asset_events") or [], result.get("asset_scenarios") or []
    if events or scen:
        out += ["", "Vermogen en auto" if not is_en(lang) else "Assets and the car"]
        out += [f"- {event_line(e, lang)}" for e in events]
        out += [f"- {scenario_line(s, lang)}" for s in scen]
        text = client_text(result, lang)
        if text:
            out += ["", "Voor de klant:" if not is_en(lang) else "For the client:", *(f"  {t}" for t in text)]
    return out
