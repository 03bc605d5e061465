"""Words for the result components, per key of the registry (`werktloont.engine.components`), Dutch and English.

- `label`: the row name in tables (window, CLI, report, scenarios): "Nettoloon (met vakantiegeld)";
- `name`: the plain noun, lower case: "huurtoeslag" (case-file changes, "de huurtoeslag daalt");
- `short`: the name inside a sentence: "uw huurtoeslag", "de bijstand".
"""

from __future__ import annotations

from werktloont.engine.components import COMPONENTS

# key: (label, name, short) per language
WORDS: dict[str, dict[str, tuple[str, str, str]]] = {
    "nl": {
        "net_wage": ("Nettoloon (met vakantiegeld)", "nettoloon", "uw nettoloon"),
        "bijstand": ("Bijstand", "bijstand", "de bijstand"),
        "zorgtoeslag": ("Zorgtoeslag", "zorgtoeslag", "uw zorgtoeslag"),
        "huurtoeslag": ("Huurtoeslag", "huurtoeslag", "uw huurtoeslag"),
        "kindgebonden_budget": ("Kindgebonden budget", "kindgebonden budget", "uw kindgebonden budget"),
        "kinderopvangtoeslag": ("Kinderopvangtoeslag", "kinderopvangtoeslag", "uw kinderopvangtoeslag"),
        "municipal": ("Gemeentelijke regelingen", "gemeentelijke regelingen", "de gemeentelijke regelingen"),
        "other_income": ("Eigen inkomen huishouden (netto)", "eigen inkomen", "het eigen inkomen van het huishouden"),
        "childcare_costs": ("Kosten kinderopvang (−)", "kosten kinderopvang", "de kosten van de kinderopvang"),
        "travel_costs": ("Reiskosten (−)", "reiskosten", "de reiskosten"),
        "disposable": ("Te besteden", "te besteden", "wat u te besteden heeft"),
    },
    "en": {
        "net_wage": ("Net wage (incl. holiday pay)", "net wage", "your net wage"),
        "bijstand": ("Social assistance (bijstand)", "bijstand", "your bijstand"),
        "zorgtoeslag": ("Healthcare allowance", "healthcare allowance", "your healthcare allowance"),
        "huurtoeslag": ("Rent allowance", "rent allowance", "your rent allowance"),
        "kindgebonden_budget": ("Child budget", "child budget", "your child budget"),
        "kinderopvangtoeslag": ("Childcare allowance", "childcare allowance", "your childcare allowance"),
        "municipal": ("Municipal schemes", "municipal schemes", "the municipal schemes"),
        "other_income": ("Household's own income (net)", "own income", "the household's own income"),
        "childcare_costs": ("Childcare costs (−)", "childcare costs", "the childcare costs"),
        "travel_costs": ("Travel costs (−)", "travel costs", "the travel costs"),
        "disposable": ("Disposable", "disposable", "what you have to spend"),
    },
}
WW = {"nl": ("WW", "WW", "uw WW"), "en": ("WW (unemployment benefit)", "WW", "your WW")}
# The timeline's TW-toeslag on the WW (Toeslagenwet; engine/timeline/toeslagenwet.py), net.
TW = {"nl": ("Toeslag Toeslagenwet (TW)", "TW-toeslag", "uw toeslag van UWV"),
      "en": ("Toeslagenwet supplement (TW)", "TW supplement", "your UWV supplement")}


def word(table: dict[str, tuple[str, str]], code: str, lang: str = "nl", **values) -> str:
    """The (Dutch, English) words for a code in one of the texts' tables, with `values` filled in; an unknown code
    is shown as itself."""
    words = table.get(code)
    if words is None:
        return code
    text = pick(words, lang)
    return text.format(**values) if values else text


def lang_of(lang: str | None) -> str:
    """Everything that is not English is Dutch (the default). The one place that decides the language of a text:
    texts/, the report, the CLI and the window all ask this."""
    return "en" if lang == "en" else "nl"


def is_en(lang: str | None) -> bool:
    return lang_of(lang) == "en"


def pick(pair: tuple[str, str], lang: str | None) -> str:
    """The Dutch or English one of a (Dutch, English) pair."""
    return pair[1] if is_en(lang) else pair[0]


def in_lang(label, lang: str | None) -> str:
    """A {"nl": ..., "en": ...} label (from the pack or a municipality) in the asked language, Dutch when the other
    is missing; a plain string stays as it is."""
    if isinstance(label, dict):
        return label.get(lang_of(lang)) or label.get("nl") or ""
    return "" if label is None else str(label)


def _words(key: str, lang: str) -> tuple[str, str, str]:
    if key == "ww":
        return WW[lang_of(lang)]
    if key == "toeslagenwet":
        return TW[lang_of(lang)]
    return WORDS[lang_of(lang)][key]


def label(key: str, lang: str = "nl") -> str:
    return _words(key, lang)[0]


def name(key: str, lang: str = "nl") -> str:
    return _words(key, lang)[1]


def short(key: str, lang: str = "nl") -> str:
    return _words(key, lang)[2]


def labels(lang: str = "nl") -> dict[str, str]:
    """Every component key in the registry's order with its table label."""
    return {k: label(k, lang) for k in COMPONENTS}
