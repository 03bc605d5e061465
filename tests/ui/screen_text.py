"""Every text a person can see in the window, read from the widgets themselves (not from the regions' own `text()`
helpers), so a region nobody thought of is read too: labels, text panels, tables and their headers, buttons, fields,
tab names, tooltips, and the texts drawn in the charts. A widget counts when it could be seen: no widget on its way
up to the window is hidden, except the pages of a stack (a tab not chosen yet can be chosen)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

AMOUNT = re.compile(r"[-−]?€\s?[-−]?\d[\d.]*(?:,\d+)?")
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")  # with_job, beyond_pack, awir.terugvordering_drempel


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def could_show(widget: QWidget, top: QWidget) -> bool:
    w: QWidget | None = widget
    while w is not None and w is not top:
        parent = w.parentWidget()
        # A page of a stack that is not its current page is hidden by the stack (a tab not chosen): it can be chosen.
        # A current page that is hidden was hidden on purpose (a chart without an answer).
        if w.isHidden() and not (isinstance(parent, QStackedWidget) and parent.currentWidget() is not w):
            return False
        w = parent
    return True


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    hidden_row = getattr(view, "isRowHidden", lambda _r: False)
    for r in range(model.rowCount()):
        if hidden_row(r):
            continue
        for c in range(model.columnCount()):
            index = model.index(r, c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value not in (None, ""):
                    out.append(str(value))
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(r, Qt.Orientation.Vertical, role)
            if value not in (None, ""):
                out.append(str(value))
    for c in range(model.columnCount()):
        value = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if value not in (None, ""):
            out.append(str(value))
    return out


def _figure_texts(widget: QWidget) -> list[str]:
    figure = getattr(widget, "figure", None)
    if figure is None or not hasattr(figure, "findobj"):
        return []
    from matplotlib.text import Text

    return [t.get_text() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


def widget_texts(widget: QWidget) -> list[str]:
    out: list[str] = []
    if isinstance(widget, QLabel):
        out.append(_plain(widget.text()))
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        out.append(widget.toPlainText())
    elif isinstance(widget, QLineEdit):
        out.append(widget.text())
    elif isinstance(widget, QComboBox):
        out.append(widget.currentText())
    elif isinstance(widget, QAbstractButton):
        out.append(widget.text())
    if isinstance(widget, QAbstractItemView):
        out += _view_texts(widget)
    out += _figure_texts(widget)
    if widget.toolTip():
        out.append(_plain(widget.toolTip()))
    return [t for t in out if t]


def screen_texts(window) -> list[str]:
    """Every text of the window that could be seen (see the module)."""
    out: list[str] = [window.charts.tabText(i) for i in range(window.charts.count())]
    for widget in [window, *window.findChildren(QWidget)]:
        if could_show(widget, window):
            out += widget_texts(widget)
    return out


def amounts(texts: list[str]) -> set[str]:
    return {m.group(0).replace("−", "-") for t in texts for m in AMOUNT.finditer(t)}
