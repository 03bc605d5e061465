"""A row of tab buttons that wraps onto a second line when its column is narrow, so every tab stays in view (at
1366 x 768 at 150 %, and in English, Qt's tab bar hid "Te regelen" and "Waarom?" behind its scroll arrows)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QButtonGroup, QLayout, QSizePolicy, QStyle, QStyleOptionFocusRect, QToolButton, QWidget


class FlowLayout(QLayout):
    """Items left to right, on as many lines as the width needs (Qt's flow layout example, trimmed)."""

    def __init__(self, parent=None, spacing: int = 2):
        super().__init__(parent)
        self._items: list = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = sum(i.sizeHint().width() + self._gap for i in self._items)
        return QSize(width, max((i.sizeHint().height() for i in self._items), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        widest = max((i.minimumSize().width() for i in self._items), default=0)
        return QSize(widest, max((i.sizeHint().height() for i in self._items), default=0))

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            size = item.sizeHint()
            if x + size.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + self._gap
            line = max(line, size.height())
        return y + line - rect.y()


class TabRow(QWidget):
    """The tab names as buttons on one or more lines. One Tab stop, like a tab bar: the arrow keys (and Home, End)
    choose a tab while the row has focus; a click chooses one too."""

    current_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lay = FlowLayout(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.set_current)
        self.buttons: list[QToolButton] = []
        self._current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_tabs(self, texts: list[str]) -> None:
        """One button per tab, in order (kept when the number stays)."""
        while len(self.buttons) > len(texts):
            button = self.buttons.pop()
            self.group.removeButton(button)
            self._lay.removeWidget(button)
            button.deleteLater()
        while len(self.buttons) < len(texts):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setStyleSheet("QToolButton { padding: 3px 8px; } QToolButton:checked { font-weight: bold; "
                                 "border-bottom: 3px solid #1f5fa8; }")
            self.group.addButton(button, len(self.buttons))
            self._lay.addWidget(button)
            self.buttons.append(button)
        for button, text in zip(self.buttons, texts):
            button.setText(text.replace("&", "&&"))
            button.setAccessibleName(text)
        self.set_current(min(max(self._current, 0), len(texts) - 1), emit=False)
        self.updateGeometry()

    def set_current(self, index: int, emit: bool = True) -> None:
        if not 0 <= index < len(self.buttons):
            return
        changed = index != self._current
        self._current = index
        self.buttons[index].setChecked(True)
        self.update()
        if changed and emit:
            self.current_changed.emit(index)

    def current(self) -> int:
        return self._current

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._lay.heightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = self._lay.sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width()) if self.width() > 0 else hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._lay.minimumSize()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key())
        if step is not None:
            self.set_current((self._current + step) % max(len(self.buttons), 1))
        elif event.key() == Qt.Key.Key_Home:
            self.set_current(0)
        elif event.key() == Qt.Key.Key_End:
            self.set_current(len(self.buttons) - 1)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.hasFocus() and 0 <= self._current < len(self.buttons):
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.buttons[self._current].geometry()
            painter = QPainter(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
            painter.end()
