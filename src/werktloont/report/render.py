"""The report on paper: HTML laid out by Qt's QTextDocument, printed to an A4 PDF (or a printer)."""

from __future__ import annotations

import html
import io
import os
import sys
from pathlib import Path

from werktloont.errors import WerktloontError
from werktloont.report.content import Report
from werktloont.texts.followup import plan_word

CHART_URL = "werktloont://chart.png"
_FONTS_DONE = False  # the DejaVu fonts are registered once per process
CHART_SIZE = (6.5, 2.5)  # inches: the full text width of A4, low enough to stay on page 1 under the table


def chart_png(report: Report, dpi: int = 200) -> bytes | None:
    """The line over hours with the chosen point, readable in black and white (line styles, not colours)."""
    if report.chart is None:
        return None
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    c, t = report.chart, report.texts
    fig = Figure(figsize=(CHART_SIZE[0], CHART_SIZE[1]), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    for n, (a, b) in enumerate(c["cliffs"]):
        # The hatched band is named in the legend: more hours, less money left.
        ax.axvspan(a, b, facecolor="0.85", edgecolor="0.4", hatch="//", linewidth=0,
                   label=t.get("band") if n == 0 else None)
    ax.plot(c["hours"], c["disposable"], color="black", linewidth=1.8, label=t["line"])
    ax.axhline(c["baseline"], color="black", linestyle="--", linewidth=1.0, label=t["baseline"])
    ax.plot([c["chosen_hours"]], [c["chosen"]], marker="o", markersize=8, color="black", linestyle="none",
            label=t["chosen"])
    ax.set_xlabel(t["x"])
    ax.set_ylabel(t["y"])
    ax.set_xlim(0, max(c["hours"]))
    ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:,.0f}".replace(",", "."))
    ax.grid(True, color="0.85", linewidth=0.6)
    ax.legend(loc="lower right", fontsize=8, frameon=True)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def _e(text: str) -> str:
    # An amount never breaks between the euro sign and its number.
    return html.escape(text, quote=True).replace("€ ", "€\u00a0")


H2 = "<h2 style='font-size: 12pt; margin-top: 8pt; margin-bottom: 4pt;'>{}</h2>"
H3 = "<h3 style='font-size: 9.5pt; margin-top: 7pt; margin-bottom: 1pt;'>{}</h3>"
SMALL = "font-size: 8.5pt; color: #222222; margin: 2pt 0 2pt 0;"


SCENARIO_COLUMNS = 3  # variants side by side in one table; more go into a second table below (A4 width at 8.5 pt)


def _scenario_groups(n: int) -> list[range]:
    """The variant columns per table, as even as can be: 4 -> 2 + 2, 3 -> 3, 5 -> 3 + 2."""
    tables = -(-n // SCENARIO_COLUMNS)
    size = -(-n // max(tables, 1))
    return [range(i, min(i + size, n)) for i in range(0, n, size)]


def _cell(text: str, i: int, width: str, bold: str, head: bool = False) -> str:
    """One cell of a given width; the label and a long gain ("+€ 122,80, 12 maanden") wrap at their spaces, an
    amount never does (its euro sign is bound to the number, _e)."""
    tag = "th" if head else "td"
    if i > 0 and not head:  # "+€ 122,80, 12 maanden" breaks after its comma only
        text = ", ".join(part.replace(" ", "\u00a0") for part in text.split(", "))
    rule = " border-bottom: 1px solid #000000;" if head else ""
    # The size on every cell: Qt does not pass a table's font-size on to its cells.
    return (f"<{tag} align='{'left' if i == 0 else 'right'}' width='{width}' style='font-size: 8.5pt;{rule}{bold}'>"
            f"{_e(text)}</{tag}>")


def _scenarios_html(report: Report) -> str:
    """The saved variants side by side, "zonder baan" first; at most SCENARIO_COLUMNS variants a table, the label and
    "zonder baan" columns repeated, so every table fits the width of the page. The gain rows (the last two) in bold."""
    head = report.scenarios_head
    cells = [H3.format(_e(report.texts["scenarios"]))]
    for group in _scenario_groups(max(len(head) - 2, 0)):
        cols = [0, 1, *(2 + j for j in group)]
        # The label 27 % of the width, the amounts share 72 %: with four amount columns 18 % each, room for
        # "12 maanden" in bold (Qt's table keeps to given widths; 1 % spare, Qt rounds up).
        widths = ["27%", *[f"{72 / (len(cols) - 1):.0f}%"] * (len(cols) - 1)]
        cells += ["<table cellspacing='0' cellpadding='2' width='100%' style='font-size: 8.5pt;'>",
                  "<thead><tr>" + "".join(_cell(head[c], k, widths[k], "", head=True) for k, c in enumerate(cols))
                  + "</tr></thead>"]  # repeated at the top of the next page when the table runs over
        for n, row in enumerate(report.scenarios):
            bold = " font-weight: bold;" if n >= len(report.scenarios) - 2 else ""
            cells.append("<tr>" + "".join(_cell(row[c], k, widths[k], bold) for k, c in enumerate(cols)) + "</tr>")
        cells.append("</table>")
    return "\n".join(cells)


def _money_table(report: Report) -> list[str]:
    """The client's money per month: only rows that are not zero, the total in bold under a rule."""
    out = [H2.format(_e(report.texts["table"])),
           "<table cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse;'>",
           "<tr>" + "".join(f"<th align='{'left' if i == 0 else 'right'}' style='border-bottom: 1px solid #000000;'>"
                            f"{_e(h)}</th>" for i, h in enumerate(report.table_head)) + "</tr>"]
    for n, row in enumerate(report.table):
        total = n == report.table_total % max(len(report.table), 1)
        style = " style='font-weight: bold; border-top: 1px solid #000000;'" if total else ""
        out.append(f"<tr{style}>" + "".join(
            f"<td align='{'left' if i == 0 else 'right'}'{style}>{_e(cell)}</td>" for i, cell in enumerate(row))
            + "</tr>")
    out.append("</table>")
    if report.table_note:
        out.append(f"<p style='{SMALL}'>{_e(report.table_note)}</p>")
    return out


def _timeline_html(report: Report, small: bool = False) -> list[str]:
    head = H3 if small else H2
    size = " style='font-size: 8.5pt;'" if small else ""
    out = [head.format(_e(report.texts["timeline"])), f"<table cellspacing='0' cellpadding='2' width='100%'{size}>"]
    widths = ("27%", "33%", "24%", "16%")
    out.append("<tr>" + "".join(f"<th align='left' width='{w}' style='border-bottom: 1px solid #000000;'>"
                                f"{_e(h)}</th>" for h, w in zip(report.timeline_head, widths)) + "</tr>")
    for months in report.timeline:
        # The running total stays on one line: "+" alone above "€ 4.318,45" reads as two numbers.
        cells = [f"<td>{_e(cell)}</td>" for cell in months[:3]]
        cells += [f"<td style='white-space: nowrap;'>{_e(cell)}</td>" for cell in months[3:]]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return out


def client_html(report: Report) -> list[str]:
    """The client's pages: the answer, the money, what to do, who to call; then the months and the assets."""
    t = report.texts
    out = [f"<h1 style='font-size: 18pt; margin-bottom: 2pt;'>{_e(report.title)}</h1>",
           f"<p style='color: #333333; margin-top: 0;'>{_e(report.subtitle)}</p>"]
    out += [f"<p style='font-size: 12.5pt; font-weight: bold; margin: 1pt 0 1pt 0;'>{_e(s)}</p>"
            for s in report.client_verdict]
    out += [f"<p style='font-weight: bold; border: 1px solid #000000; padding: 4pt;'>{_e(w)}</p>"
            for w in report.warnings]
    if report.reason:
        out.append(f"<p>{_e(report.reason)}</p>")
    out += _money_table(report)
    if report.steps:
        out.append(H2.format(_e(t["steps"])) + "<ol>")
        out += [f"<li style='margin-bottom: 4pt;'>{_e(step)}</li>" for step in report.steps]
        out.append("</ol>")
    if report.plan:  # the follow-up plan, dated (report.content.plan_lines)
        out.append(H2.format(_e(plan_word("report_heading", report.lang))) + "<ul>")
        out += [f"<li>{_e(line)}</li>" for line in report.plan]
        out.append("</ul>")
    if report.contacts:
        out.append(H2.format(_e(t["contacts"])) + "<ul>")
        out += [f"<li>{_e(c)}</li>" for c in report.contacts]
        out.append("</ul>")
    if report.assets:
        out.append(H2.format(_e(t["assets"])))
        out += [f"<p style='margin: 2pt 0 2pt 0;'>{_e(line)}</p>" for line in report.assets]
    if report.debts:
        out.append(H2.format(_e(t["debts"])))
        out += [f"<p>{_e(line)}</p>" for line in report.debts]
    out += [f"<p style='{SMALL} margin-top: 8pt;'>{_e(line)}</p>" for line in report.client_footer]
    return out


def manager_html(report: Report, with_chart: bool, text_width: float) -> list[str]:
    """The klantmanager's part, on a page of its own: smaller type, the rules, articles, sources and notices."""
    t = report.texts
    line = "font-size: 8.5pt; margin: 1pt 0 1pt 0;"
    out = [f"<h2 style='font-size: 14pt; page-break-before: always;'>{_e(t['manager'])}</h2>"]
    for key, lines in report.manager:
        out.append(H3.format(_e(t[key])))
        if key == "m_steps":  # numbered as on the client's page: the same things in the same order
            out.append("<ol style='margin-top: 0;'>" + "".join(f"<li style='{line}'>{_e(x)}</li>" for x in lines)
                       + "</ol>")
        else:
            style = line.replace("8.5pt", "7.5pt") if key == "m_sources" else line
            out += [f"<p style='{style}'>{_e(x)}</p>" for x in lines]
        if key == "m_answer" and with_chart and report.chart is not None:
            px = int(text_width * 0.7)
            out.append(f"<p><img src='{CHART_URL}' width='{px}' height='{int(px * CHART_SIZE[1] / CHART_SIZE[0])}'>"
                       "</p>")
    if report.timeline:  # the months in a row of one situation: for the conversation, next to the phases
        out += _timeline_html(report, small=True)
    if report.scenarios:
        out.append(_scenarios_html(report))
    if report.note:
        out.append(H3.format(_e(t["note"])) + f"<p style='{line}'>{_e(report.note)}</p>")
    return out


def report_html(report: Report, with_chart: bool = True, text_width: float = 480.0) -> str:
    """HTML in the subset QTextDocument understands; black text, grey rules: fine in black and white."""
    out = ["<html><body style='font-family: \"DejaVu Sans\"; font-size: 10pt; color: #000000;'>"]
    out += client_html(report)
    out += manager_html(report, with_chart, text_width)
    out.append("</body></html>")
    return "\n".join(out)


def ensure_gui_app():
    """A Qt application for layout and fonts; offscreen when there is no display (CLI, CI, a server)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A QApplication (not just a QGuiApplication): the same process may open windows later.
        app = QApplication([sys.argv[0] if sys.argv else "werktloont"])
    register_fonts()
    return app


def register_fonts() -> None:
    """Bundle-safe glyphs: DejaVu Sans ships with matplotlib, so a bare machine still shows every letter and €."""
    from PySide6.QtGui import QFontDatabase

    global _FONTS_DONE
    if _FONTS_DONE:
        return
    try:
        import matplotlib

        folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
            if (folder / name).is_file():
                QFontDatabase.addApplicationFont(str(folder / name))
    except (ImportError, OSError):
        pass
    _FONTS_DONE = True


def document(report: Report, page_size=None):
    """The QTextDocument of the report, with the chart as an image resource; `page_size` in points."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFont, QImage, QTextDocument

    ensure_gui_app()
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 10))
    png = chart_png(report)
    if png is not None:
        image = QImage.fromData(png)  # the format is read from the data (a PNG)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    if page_size is not None:
        doc.setPageSize(page_size)
    width = (page_size.width() if page_size is not None else 520.0) - 2 * doc.documentMargin() - 4
    doc.setHtml(report_html(report, with_chart=png is not None, text_width=width))
    if page_size is not None:
        keep_headings_with_next(doc)
        keep_paragraphs_whole(doc)
    return doc


def keep_headings_with_next(doc, room: float = 60.0) -> None:
    """A heading that would end a page without what follows it (the chart, or `room` points of a table or list)
    starts the next page instead (QTextDocument has no keep-with-next). One pass in order: a break moves the rest."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

    page = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            rect = layout.blockBoundingRect(block)
            after = block.next()
            need = rect.height() + max(layout.blockBoundingRect(after).height() if after.isValid() else 0.0, room)
            if (rect.top() % page) + need > page - doc.documentMargin():
                fmt_ = QTextBlockFormat()
                fmt_.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(fmt_)
                relayout(doc)
        block = block.next()


def straddles(doc, block) -> bool:
    """Whether a block's lines lie on two pages."""
    layout, page = block.layout(), doc.pageSize().height()
    top = layout.position().y()
    pages = {int((top + layout.lineAt(i).y() + layout.lineAt(i).height() / 2) // page)
             for i in range(layout.lineCount())}
    return len(pages) > 1


def keep_paragraphs_whole(doc) -> None:
    """A paragraph that would run over a page break starts the next page instead. Besides keeping a sentence
    together, this keeps the PDF's text whole: Qt prints a block that crosses a page on both pages (clipped, but the
    text is there), so copy-paste and a screen reader would read its last line on the first page twice. A block
    longer than a page, or one inside a table, is left as it is. One pass in order: a break moves the rest."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

    page = doc.pageSize().height()
    block = doc.begin()
    while block.isValid():
        if (straddles(doc, block) and QTextCursor(block).currentTable() is None
                and doc.documentLayout().blockBoundingRect(block).height() < page - 2 * doc.documentMargin()):
            fmt_ = QTextBlockFormat()
            fmt_.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).mergeBlockFormat(fmt_)
            relayout(doc)
        block = block.next()


def relayout(doc) -> None:
    """Lay the whole document out again now. A format change only marks the text after it for a lazy layout; read
    before that has run, the later blocks have no height, the page count is short, and printing drops the text
    past it (a list of steps, the footer)."""
    doc.setPageSize(doc.pageSize())
    doc.documentLayout().documentSize()


def pdf_bytes(report: Report) -> tuple[bytes, int]:
    """The report as an A4 PDF in memory, and its number of pages."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(report.title)
    writer.setCreator("werktloont")
    # Lay the text out on the printable area in points, so 10 pt is 10 pt on paper.
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    doc = document(report, QSizeF(rect.width(), rect.height()))
    pages = doc.pageCount()
    doc.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(report: Report, path: str | os.PathLike) -> int:
    """Write the report as an A4 PDF, atomically (werktloont.atomic: a temp file next to it, fsync, a check that
    the file on disk is whole and ends with %%EOF, then the rename). Returns the number of pages; any problem
    raises a WerktloontError in Dutch and leaves an earlier file of that name as it was."""
    from werktloont import atomic

    data, pages = pdf_bytes(report)
    if not data.rstrip().endswith(b"%%EOF"):
        raise WerktloontError(f"Het rapport {Path(path).name} kon niet worden gemaakt.")
    # owner-only like a case file: the report holds the client's name and note
    atomic.write_bytes(path, data, private=True, overwrite_readonly=True, tail=b"%%EOF")
    return pages
