"""Assets region: next to the assets chart, what each choice about a car costs (keep, sell, needed, give back),
the asset changes with reclaim and boete, and the client text. The words come from werktloont.texts.assets
(already in the window's language in the result: `asset_panel`)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy


class AssetsPanel(QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setWidget(self.label)
        self.setMinimumWidth(260)
        self.setMaximumWidth(330)  # leave the chart room to read its axis (at 1366 px it had 80 px with 420)
        self.hide()

    def update_outcome(self, outcome) -> None:
        """None (no answer): the panel empties and hides."""
        sections = (outcome.result.get("asset_panel") or []) if outcome is not None else []
        html = []
        for heading, lines in sections:
            html.append(f"<p style='margin-top:6px'><b>{escape(heading)}</b></p>")
            html += [f"<p style='margin:2px 0 4px 0'>{escape(line)}</p>" for line in lines]
        self.label.setText("".join(html))
        self.setAccessibleName(sections[0][0] if sections else "")  # the heading, in the window's language
        self.setVisible(bool(sections))
