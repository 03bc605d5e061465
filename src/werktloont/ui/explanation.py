"""Explanation region ("waarom?"): the engine's sentence, the article, the parameters used and their sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser

from werktloont import fmt
from werktloont.texts import debts as debt_words
from werktloont.texts.explain import pick
from werktloont.ui.labels import component_label, ui_lang


def _number(v) -> str:
    return fmt.plain(round(v, 4)) if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v)


def _row(row: dict) -> str:
    """One row of a tax table in words: "vanaf € 38.441: 37,48 %" or "vanaf € 11.965: € 996 + 31,009 % van het
    deel daarboven"; a row of another shape keeps its keys."""
    rate = row.get("rate")
    start = row.get("threshold", row.get("from"))
    if isinstance(rate, (int, float)) and isinstance(start, (int, float)):
        if "base" in row:
            sign = "+" if rate >= 0 else "−"
            return QCoreApplication.translate("ExplanationPanel", "vanaf {start}: {base} {sign} {rate} van het deel "
                                              "daarboven").format(start=fmt.eur(start, 0), base=fmt.eur(row["base"], 0),
                                                                  sign=sign, rate=fmt.percent(abs(rate)))
        return QCoreApplication.translate("ExplanationPanel", "vanaf {start}: {rate}").format(
            start=fmt.eur(start, 0), rate=fmt.percent(rate))
    return ", ".join(f"{k} {_number(x)}" for k, x in row.items())


def param_value(p: dict) -> str:
    """A parameter value as a person reads it: € 3.115 per jaar, 35,75 %, or a short table."""
    v, unit = p.get("value"), p.get("unit")
    if isinstance(v, list):
        return "; ".join(_row(row) if isinstance(row, dict) else _number(row) for row in v)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if unit == "EUR":
            return fmt.eur(v)
        if unit == "percent":
            return fmt.percent(v)
    return _number(v)


class ExplanationPanel(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.component: str | None = None
        self._result: dict | None = None
        self._html: str | None = None  # what is shown now
        self.retranslate()

    def set_result(self, result: dict | None) -> None:
        self._result = result
        self._render()

    def show_component(self, key: str) -> None:
        self.component = key
        self._render()

    def tab_title(self) -> str:
        """Its name as a tab next to the charts (the compact layout of a small screen)."""
        return self.tr("Waarom?")

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Waarom? Uitleg bij het gekozen onderdeel"))
        self._render()

    def _render(self) -> None:
        if self._result is None or self.component is None:
            self._show("<h3>" + escape(self.tr("Waarom?")) + "</h3><p>" + escape(
                self.tr("Klik op een regel in het overzicht om te zien hoe dat bedrag is berekend.")) + "</p>")
            return
        key = self.component
        why = self.tr("Waarom?")
        debts = self._result.get("debts")
        if key in debt_words.TABLE_ROWS and debts and "rows" in debts:
            # the breakdown's debt rows; the words come rendered with the result (texts.debts).
            label = debt_words.ROWS[key][1 if ui_lang() == "en" else 0]
            html = [f"<h3>{escape(why)} {escape(label)}</h3><p>{escape(debts['headline'])}</p>"]
            lines = dict.fromkeys([debts["explained"]["without_job"], debts["explained"]["with_job"], *debts["notes"]])
            html += [f"<p>{escape(line)}</p>" for line in lines]
            self._show("".join(html))
            return
        html = [f"<h3>{escape(why)} {escape(component_label(key))}</h3>"]
        if key == "disposable":
            html.append("<p>" + escape(self.tr(
                "Te besteden is het nettoloon plus de bijstand, de toeslagen en de gemeentelijke regelingen, min de "
                "kosten van kinderopvang en de reiskosten. De huur is niet afgetrokken: die is met en zonder baan "
                "hetzelfde.")) + "</p>")
            self._show("".join(html))
            return
        entries = {e["situation"]: e for e in self._result["explanations"] if e["component"] == key}
        titles = {"with_job": self.tr("Met baan"), "without_job": self.tr("Zonder baan")}
        for situation in ("with_job", "without_job"):
            e = entries.get(situation)
            if e:
                html.append(f"<p><b>{escape(titles[situation])}:</b> {escape(e['text'])}</p>")
        first = entries.get("with_job") or entries.get("without_job")
        if first is None:
            self._show("".join(html))
            return
        rule, used, sources_title = self.tr("Regel"), self.tr("Gebruikte waarden"), self.tr("Bronnen")
        if first.get("article"):
            html.append(f"<p><b>{escape(rule)}:</b> {escape(first['article'])}</p>")
        params = first.get("parameters") or []
        if params:
            # A list, not a table: the labels are long and the panel is narrow (and wider at 200 % scaling).
            html.append(f"<p><b>{escape(used)}</b></p><ul>")
            for p in params:
                since = escape(self.tr("sinds {date}").format(date=p.get("from", "")))
                name = pick(p.get("label"), ui_lang()) or p.get("id", "")
                html.append(f"<li>{escape(name)}: <b>{escape(param_value(p))}</b> "
                            f"({since})</li>")
            html.append("</ul>")
        for scheme in first.get("schemes") or []:
            label = pick(scheme.get("label"), ui_lang()) or scheme.get("id", "")
            html.append(f"<p>{escape(label)}: {escape(fmt.eur(scheme['amount']))}</p>")
        sources, seen = [], set()
        for s in first.get("sources") or []:
            if s.get("title") in seen:
                continue
            seen.add(s.get("title"))
            title = escape(s.get("title") or "")
            sources.append(f"<li><a href='{escape(s['url'])}'>{title}</a></li>" if s.get("url")
                           else f"<li>{title}</li>")
        if sources:
            html.append(f"<p><b>{escape(sources_title)}</b></p><ul>{''.join(sources)}</ul>")
        self._show("".join(html))

    def _show(self, html: str) -> None:
        """The same words again (a keystroke that changes no amount of the chosen row, or no row chosen) are not laid
        out and painted again: that was the whole panel painted again at every keystroke."""
        if html != self._html:
            self._html = html
            self.setHtml(html)

    def plain_text(self) -> str:
        return self.toPlainText()
