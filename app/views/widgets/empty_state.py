"""A sentence (and buttons to start) over an empty list: a child of the list's
viewport, kept centred on it, hidden as soon as the list has rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

StartButton = tuple[str, Callable[[], None]]  # label, what a click does


class EmptyState(QWidget):
    """Over ``viewport`` (a list's or a table's): ``show_text`` says why the list is
    empty, with buttons when there is something to start; ``clear`` hides it."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("emptyState")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.text = QLabel(self)
        self.text.setObjectName("emptyStateText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.detail = QLabel(self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self._row = QHBoxLayout()
        self._row.setSpacing(8)
        self._row.addStretch(1)  # the buttons go between two stretches: centred
        self._row.addStretch(1)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.detail)
        layout.addLayout(self._row)
        self._viewport = viewport
        viewport.installEventFilter(self)
        self.hide()

    def show_text(self, text: str, detail: str = "",
                  buttons: Sequence[StartButton] = ()) -> None:
        self.text.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for label, action in buttons:
            button = QPushButton(label, self)
            button.clicked.connect(action)
            self._row.insertWidget(self._row.count() - 1, button)
            self.buttons.append(button)
        self._place()
        self.show()
        self.raise_()

    def clear(self) -> None:
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        room = self._viewport.size()
        width = min(room.width() - 16, max(360, room.width() * 2 // 3))
        self.setFixedWidth(max(width, 120))
        self.adjustSize()
        self.move((room.width() - self.width()) // 2,
                  max(8, (room.height() - self.height()) // 3))


def watch_empty(view: QAbstractItemView, text: str | Callable[[], str],
                buttons: Sequence[StartButton] = ()) -> EmptyState:
    """Say ``text`` (with ``buttons``) over ``view`` whenever its model has been
    filled with no rows; nothing before the first fill (the list is loading)."""
    overlay = EmptyState(view.viewport())
    model = view.model()

    def update() -> None:
        if model.rowCount():
            overlay.clear()
        else:
            overlay.show_text(text() if callable(text) else text, "", buttons)

    model.modelReset.connect(update)
    model.rowsInserted.connect(update)
    model.rowsRemoved.connect(update)
    return overlay
