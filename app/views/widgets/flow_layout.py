"""A row of widgets that wraps onto further lines when it is narrower than the
row: the card's filter and button rows stay whole on a 1024-pixel screen
instead of forcing the window wider than the screen.

``FlowLayout`` is used like a ``QHBoxLayout`` (``addWidget``, ``addSpacing``,
``addStretch``); a stretch pushes what follows to the right end of its line,
as in a box layout, as long as everything fits on one line. ``pair(label,
widget)`` keeps a caption with its field when the row wraps.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when the next one does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- building ------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)
        self.invalidate()

    def addWidget(self, widget: QWidget, _stretch: int = 0) -> None:  # noqa: N802
        """As a box layout's (a stretch factor is accepted and has no effect)."""
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def addSpacing(self, size: int) -> None:  # noqa: N802
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addStretch(self, _factor: int = 1) -> None:  # noqa: N802
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def addLayout(self, layout: QLayout) -> None:  # noqa: N802
        holder = QWidget(self.parentWidget())
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        self.addWidget(holder)

    # -- QLayout ---------------------------------------------------------------

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line."""
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (self._gap if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest single item."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing -------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or i.spacerItem() is not None]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            if item.spacerItem() is not None and item.expandingDirections():
                lines[-1].append(item)  # a stretch takes no room of its own
                continue
            need = min(item.sizeHint().width(), width)
            if lines[-1] and used + self._gap + need > width:
                # a caption ("Rep:") goes to the new line with its field
                caption = [lines[-1].pop()] if _is_caption(lines[-1][-1]) else []
                lines.append(caption)
                used = sum(min(i.sizeHint().width(), width) + self._gap for i in caption)
            used += need + (self._gap if used else 0)
            lines[-1].append(item)
        return lines

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (or only measure); returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(1, area.width())
        lines = self._lines(width)
        y = area.y()
        for line in lines:
            items = [i for i in line if not (i.spacerItem() and i.expandingDirections())]
            if not items:
                continue
            widths = [max(min(i.sizeHint().width(), width), min(i.minimumSize().width(), width))
                      for i in items]
            heights = [i.heightForWidth(w) if i.hasHeightForWidth() else i.sizeHint().height()
                       for i, w in zip(items, widths, strict=True)]
            line_height = max(heights)
            # a stretch: what follows it goes to the line's right end
            free = width - sum(widths) - self._gap * (len(items) - 1)
            x = area.x()
            for item in line:
                if item.spacerItem() is not None and item.expandingDirections():
                    x += max(0, free)
                    continue
                index = items.index(item)
                if move:
                    top = y + (line_height - heights[index]) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(widths[index], heights[index])))
                x += widths[index] + self._gap
            y += line_height + self._gap
        return max(0, y - self._gap - area.y()) + m.top() + m.bottom()


def _is_caption(item: QLayoutItem) -> bool:
    widget = item.widget()
    return isinstance(widget, QLabel) and widget.text().rstrip().endswith(":")


def pair(parent: QWidget, *widgets: QWidget, spacing: int = 4) -> QWidget:
    """``widgets`` side by side as one item of a flow (a caption and its field)."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget)
    return holder


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area: a form that may be shorter than its
    fields on a small screen scrolls instead of holding the window tall."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
