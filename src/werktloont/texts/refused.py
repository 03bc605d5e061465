"""Words for a refused file of the user's folders (werktloont.params.refused): what was refused and what was used
instead. The reason itself is the validator's Dutch problem list (file, field, what is wrong)."""

from __future__ import annotations

from werktloont.jsonio import clean
from werktloont.texts.components import lang_of


def sentence(item: dict, lang: str = "nl") -> str:
    """One sentence naming the refused file or folder and what the calculation used instead."""
    en = lang_of(lang) == "en"
    where = clean(item["file"])
    kind = item["kind"]
    if kind == "pack":
        return (f"The parameter pack in {where} was refused because it is not valid; the bundled pack was used."
                if en else f"Het parameterpakket in {where} is geweigerd omdat het niet klopt; er is gerekend met "
                           f"het meegeleverde pakket.")
    if kind == "environment":
        return (f"WERKTLOONT_PARAMETERS names {where}, but that parameter pack cannot be used; the bundled pack was "
                f"used." if en else f"WERKTLOONT_PARAMETERS wijst naar {where}, maar dat parameterpakket kan niet "
                                    f"worden gebruikt; er is gerekend met het meegeleverde pakket.")
    if not item.get("name"):  # a folder of overlays that cannot be read
        return (f"The municipal files in {where} were not used: the folder cannot be read." if en else
                f"De gemeentebestanden in {where} zijn niet gebruikt: de map kan niet worden gelezen.")
    return (f"The municipal file {where} was refused because it is not valid; the bundled file of that "
            f"municipality was used, if there is one." if en else
            f"Het gemeentebestand {where} is geweigerd omdat het niet klopt; er is gerekend met het meegeleverde "
            f"bestand van die gemeente, als dat er is.")


def render(items: list[dict], lang: str = "nl") -> list[dict]:
    """The result's `refused` entries with their `text` in the asked language."""
    for item in items:
        item["text"] = sentence(item, lang)
    return items


def lines(result: dict, lang: str = "nl", details: bool = True) -> list[str]:
    """For calc and the report: each refusal's sentence, and (details) why, in the validator's words."""
    out: list[str] = []
    for item in result.get("refused", ()):
        out.append(item.get("text") or sentence(item, lang))
        if details and item.get("reason"):
            out += [f"  {clean(line)}" for line in item["reason"].splitlines()[:12] if line.strip()]
    return out
