"""`werktloont gemeente list|check|new`: the municipal overlays, for the functional administrator who keeps them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from werktloont import fmt
from werktloont.cli.params_cmd import PERIOD_NL, _date_arg
from werktloont.errors import InputError
from werktloont.jsonio import clean
from werktloont.params import check_file, gemeente_override, load_pack
from werktloont.rules.gemeente import regelingen
from werktloont.texts import gemeente as gemeente_words
from werktloont.texts.dates import n_months


def register(sub) -> None:
    p = sub.add_parser("gemeente", help="gemeentelijke regelingen bekijken, controleren en toevoegen")
    gsub = p.add_subparsers(dest="gemeente_command", required=True)
    p_list = gsub.add_parser("list", help="alle gemeenten met hun regelingen op een datum")
    p_list.add_argument("--datum", help="peildatum JJJJ-MM-DD (standaard vandaag)")
    p_list.set_defaults(func=cmd_list)
    p_check = gsub.add_parser("check", help="controleer één gemeentebestand")
    p_check.add_argument("file", help="pad naar het gemeentebestand (.yaml)")
    p_check.set_defaults(func=cmd_check)
    p_new = gsub.add_parser("new", help="schrijf een gedocumenteerd sjabloon voor een nieuwe gemeente")
    p_new.add_argument("naam", help="naam van de gemeente, bijvoorbeeld 's-Hertogenbosch of Súdwest-Fryslân")
    p_new.add_argument("--map", default=".", help="map waarin het bestand komt (standaard de huidige map)")
    p_new.set_defaults(func=cmd_new)


def _amount(v) -> str:
    per = PERIOD_NL[v.amount_period]
    cap = "" if v.remission_cap_pct is None else \
        f" (ten hoogste {fmt.percent(v.remission_cap_pct)} daarvan kwijtgescholden)"
    if v.amounts_by_persons:
        keys = sorted(v.amounts_by_persons)
        parts = [f"{k}{' of meer' if k == keys[-1] and k > 1 else ''} {'persoon' if k == 1 else 'personen'} "
                 f"{fmt.eur(v.amounts_by_persons[k])}" for k in keys]
        return "; ".join(parts) + f" {per}{cap}"
    if v.amounts:
        parts = [f"{k.replace('_', ' ')} {fmt.eur(a)}" for k, a in v.amounts.items()]
        older = [f"{k.replace('_', ' ')} met kind 12-17 {fmt.eur(a)}" for k, a in (v.amounts_child_12_17 or {}).items()]
        return "; ".join(parts + older) + f" {per}{cap}"
    return f"{fmt.eur(v.amount or 0.0)} {per}{cap}"


def _limit(v) -> str:
    basis = "incl." if v.income_limit_incl_vakantiegeld else "excl."
    of = "de norm voor gehuwden, voor elk huishouden" if v.income_limit_basis == "norm_gehuwden" else \
        "de bijstandsnorm"
    text = f"tot {fmt.percent(v.income_limit_pct or 0.0)} van {of} ({basis} vakantiegeld)"
    if v.reference_months:
        how = "elke maand" if v.reference_test == "every_month" else "gemiddeld"
        text += f", {how} over {n_months(v.reference_months)}"
    for tier in v.tiers:
        amounts = dict(tier.amounts or {})
        amounts.update({f"{k} met kind 12-17": a for k, a in (tier.amounts_child_12_17 or {}).items()})
        what = "; ".join(f"{k.replace('_', ' ')} {fmt.eur(a)}" for k, a in amounts.items() if a) or \
            fmt.eur(tier.amount or 0.0)
        text += f"; tot {fmt.percent(tier.income_limit_pct)}: {what}"
    if v.norm_pct is not None:
        text = (f"kostennorm {fmt.percent(v.norm_pct)} van de bijstandsnorm, "
                f"{fmt.percent(v.capacity_share_pct or 0.0)} van de betalingscapaciteit")
    return text


def _say(text: str = "") -> None:
    """Print text from an overlay without its terminal escapes and direction overrides (a file in the user's
    folder could colour, move or hide what follows on the administrator's screen)."""
    print(clean(text))


def cmd_list(args) -> int:
    on = date.today() if args.datum is None else _date_arg(args.datum, "datum")
    pack = load_pack()
    overlays = gemeente_override.overlays(pack)
    _say(f"Gemeentelijke regelingen op {on.isoformat()} (parameterpakket {pack.version})")
    for name in sorted(overlays, key=lambda n: overlays[n].label.nl.casefold()):
        ov = overlays[name]
        tag = " (VOORBEELD, fictief)" if ov.example else ""
        where = gemeente_override.origin(pack, name)
        src = "" if where == "pakket" else f" [nieuwere versie uit {where}]"
        _say()
        _say(f"{ov.label.nl}{tag}: {name}, versie {ov.version}, gecontroleerd {ov.last_verified}{src}")
        for a in regelingen.active_schemes(ov, on):
            v = a.value
            _say(f"  {a.scheme.label.nl} ({gemeente_words.kind(a.scheme.kind)}): {_amount(v)}, {_limit(v)}; "
                  f"vanaf {a.start.isoformat()} [{v.confidence}]")
        for scheme, why, v in regelingen.unknown_values(ov, on):
            kept = f" (vastgelegd: {_amount(v)})" if v.amounts_by_persons or v.amount is not None else ""
            _say(f"  {scheme.label.nl} ({gemeente_words.kind(scheme.kind)}): ONBEKEND - {' '.join(why.split())}{kept}")
        car = regelingen.auto_algemeen_gebruikelijk(ov, on)
        if car is not None:
            _say(f"  Auto algemeen gebruikelijk tot {fmt.eur(car)}")
    for notice in gemeente_override.notices(pack):
        _say()
        _say(notice)
    return 0


def cmd_check(args) -> int:
    path = Path(args.file)
    kind, model = check_file(path)
    if kind != "overlay":
        raise InputError("file", f"{path} is geen gemeentebestand (format werktloont-gemeente/1) maar een {kind}")
    unknown = sum(1 for s in model.schemes for v in s.values.values() if v.unknown is not None)
    tag = ", VOORBEELD" if model.example else ""
    _say(f"In orde: {path} (gemeente {model.gemeente}{tag}, versie {model.version}, "
         f"{len(model.schemes)} regelingen, {unknown} onbekende waarden)")
    return 0


def file_name(naam: str) -> str:
    """'s-Hertogenbosch -> s_hertogenbosch; Súdwest-Fryslân -> sudwest_fryslan (a-z, 0-9, _ as the format wants)."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode().lower()
    ident = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    if not ident or not ident[0].isalpha():
        raise InputError("naam", f"'{naam}' geeft geen bruikbare bestandsnaam; gebruik letters, bijvoorbeeld Utrecht")
    return ident


def cmd_new(args) -> int:
    ident = file_name(args.naam)
    folder = Path(args.map)
    if not folder.is_dir():
        raise InputError("map", f"de map {folder} bestaat niet")
    path = folder / f"{ident}.yaml"
    if path.exists():
        raise InputError("naam", f"{path} bestaat al; kies een andere naam of pas dat bestand aan")
    today = date.today()
    text = TEMPLATE.format(ident=ident, naam=args.naam.replace('"', "'"), today=today.isoformat(),
                           today_version=f"{today.year}.{today.month}.1")
    from werktloont import atomic

    atomic.write_text(path, text, private=False)
    print(f"Sjabloon geschreven: {path}")
    print(f"Vul de bedragen en bronnen in en controleer met: werktloont gemeente check {path}")
    return 0


TEMPLATE = """\
# Gemeentebestand voor werktloont (formaat werktloont-gemeente/1). Uitleg: docs/gemeenten.md.
# Elke waarde heeft een bron van de gemeente zelf (CVDR-nummer, gemeenteblad of pagina van de gemeente) met url.
# Weet u een bedrag niet? Schrijf dan  unknown: "<waarom>"  in plaats van een bedrag; nooit gokken.
# Controleer na elke wijziging:  werktloont gemeente check {ident}.yaml
# Een nieuwere versie in de gebruikersmap (werktloont/gemeenten/) vervangt die in het pakket: verhoog 'version'.
format: werktloont-gemeente/1
gemeente: {ident}               # gelijk aan de bestandsnaam, alleen a-z, 0-9 en _
label:
  nl: "{naam}"
  en: "{naam}"
example: false
version: "{today_version}"      # verhoog bij elke wijziging, bijvoorbeeld 2026.11.2
last_verified: "{today}"        # de dag waarop u de bronnen hebt nagelezen
note: >-
  Wat u hebt nagelezen en wat (nog) niet gevonden is.
# Waarde van een auto die de gemeente algemeen gebruikelijk vindt (Participatiewet art. 34 lid 2 onder a).
auto_algemeen_gebruikelijk:
  "2026-01-01":
    unknown: "Nog niet nagelezen in de beleidsregels van de gemeente."
    sources:
      - title: "Beleidsregels bijstand (titel invullen)"
        url: https://lokaleregelgeving.overheid.nl/
    confidence: low
schemes:
  # kind: individuele_inkomenstoeslag, kwijtschelding, stadspas, meedoenregeling, collectieve_zorgverzekering,
  #       minimaregeling of other
  - id: individuele_inkomenstoeslag
    kind: individuele_inkomenstoeslag
    label: {{nl: Individuele inkomenstoeslag, en: Individual income supplement}}
    household_types: [alleenstaande, alleenstaande_ouder, paar, paar_met_kinderen]
    min_age: 21
    values:
      "2026-01-01":                      # datum waarop de bedragen ingaan
        # Haal 'unknown' weg en zet de # voor de velden eronder weg zodra u de bedragen hebt nagelezen.
        unknown: "Sjabloon: bedragen en voorwaarden nog niet nagelezen."
        # income_limit_pct: 110            # inkomensgrens in % van de bijstandsnorm
        # income_limit_incl_vakantiegeld: true   # false als de gemeente de grens zonder vakantiegeld noemt
        # income_limit_basis: norm         # norm_gehuwden: één grensbedrag voor elk huishouden (% van de norm
        #                                    voor gehuwden, "130 % van het minimumloon")
        # amounts: {{alleenstaande: 0, alleenstaande_ouder: 0, paar: 0, paar_met_kinderen: 0}}
        # amounts_child_12_17: {{alleenstaande_ouder: 0, paar_met_kinderen: 0}}   # met een kind van 12-17
        # tiers: [{{income_limit_pct: 125, amount: 0}}]                         # glijdende schaal
        # amount_period: year              # year of month
        # asset_limit: bijstand            # bijstand, none of een bedrag in euro
        # reference_months: 36             # langdurig laag inkomen: aantal maanden (PW art. 36)
        # reference_test: every_month      # every_month (elke maand onder de grens) of average (gemiddeld)
        sources:
          - title: "Verordening individuele inkomenstoeslag (titel invullen)"
            url: https://lokaleregelgeving.overheid.nl/
        confidence: low                  # high, medium of low
  - id: kwijtschelding
    kind: kwijtschelding
    label: {{nl: Kwijtschelding gemeentelijke belastingen, en: Municipal tax remission}}
    household_types: [alleenstaande, alleenstaande_ouder, paar, paar_met_kinderen]
    values:
      "2026-01-01":
        unknown: "Kostennorm (90-100 %), deel van de betalingscapaciteit en aanslagbedrag nog niet nagelezen."
        # income_limit_pct: 100
        # amount: 0                      # de aanslag (afvalstoffen- en rioolheffing) per jaar
        # amounts_by_persons: {{1: 0, 2: 0, 3: 0}}   # of: aanslag per aantal personen op het adres
        #                                  (de laatste geldt voor dat aantal of meer); dan geen 'amount'
        # remission_cap_pct: 100         # ten hoogste dit % van de aanslag wordt kwijtgescholden
        # norm_pct: 100                  # kosten van bestaan in % van de bijstandsnorm (90 tot 100)
        # capacity_share_pct: 80         # deel van de betalingscapaciteit dat de gemeente inzet
        sources:
          - title: "Kwijtscheldingsbeleid (titel invullen)"
            url: https://lokaleregelgeving.overheid.nl/
        confidence: low
"""
