"""A one-line label that never widens its window.

A QLabel asks for the width of its whole text: a 10,000-character name made
the main window 123,107 px wide, for good (a window does not shrink back
below what its widgets asked for). This label asks for a sensible width,
shows as much of the text as fits with "…", and gives the whole text in its
tooltip when any of it is hidden.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

log = logging.getLogger(__name__)

MAX_HINT_WIDTH = 480
"""The most width the label asks for; it takes more when its layout has it."""


def shorten(text: str, limit: int = 80) -> str:
    """``text`` cut to ``limit`` characters with "…": for a sentence or a window title
    that names a contact whose name may be of any length."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class ElidedLabel(QLabel):
    """One line of plain text, elided to the label's width; ``text()`` is all of it."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        # attributes
        self._full = ""
        self._mode = mode

        # widgets
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:
        """All of the text (what was set), also while part of it is elided."""
        return self._full

    def shown_text(self) -> str:
        """What the label paints: the text elided to its width."""
        return super().text()

    def setText(self, text: str) -> None:  # noqa: N802  (Qt's name)
        self._full = " ".join(text.split("\n"))
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(min(width, MAX_HINT_WIDTH), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance("W…"), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 0)
        shown = self.fontMetrics().elidedText(self._full, self._mode, width)
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
