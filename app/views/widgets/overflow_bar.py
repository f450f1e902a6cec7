"""A toolbar for a pane that may be narrow: one button per action, in order,
and a "More" button at the end that holds, as a menu, the actions whose
buttons do not fit. Nothing is ever out of reach, whatever the width (a
``QToolBar`` outside a main window hides what does not fit behind an
extension arrow that cannot open outside a main window's tool areas).

Used like a ``QToolBar``: ``addAction``/``addActions``, ``addSeparator``,
``widgetForAction``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QAction, QActionEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QMenu, QToolButton, QWidget

from app.i18n import translate

MARGIN = 2
SPACING = 2


class OverflowBar(QWidget):
    """A row of tool buttons with an overflow menu for those that do not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._items: dict[QAction, QWidget] = {}  # action -> its button (a line for a separator)
        self._priority: dict[QAction, int] = {}

        # widgets
        self.more = QToolButton(self)
        self.more.setObjectName("overflowButton")
        self.more.setText(translate("Toolbar", "More"))
        self.more.setToolTip(translate("Toolbar", "The actions that do not fit here"))
        self.more.setAutoRaise(True)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more)
        self.more_menu.setObjectName("overflowMenu")
        self.more.setMenu(self.more_menu)
        self.more.hide()

        # signals
        self.more_menu.aboutToShow.connect(self._fill_more_menu)

    # -- like QToolBar ---------------------------------------------------------

    def addSeparator(self) -> QAction:  # noqa: N802
        separator = QAction(self)
        separator.setSeparator(True)
        self.addAction(separator)
        return separator

    def widgetForAction(self, action: QAction) -> QWidget | None:  # noqa: N802
        return self._items.get(action)

    def set_priority(self, action: QAction, priority: int) -> None:
        """Buttons of a higher priority stay in the row longest (default 0)."""
        self._priority[action] = priority
        self._arrange()

    def hidden_actions(self) -> list[QAction]:
        """The actions the More menu holds now (separators left out)."""
        return [a for a in self._actions_shown() if not a.isSeparator()
                and self._items[a].isHidden()]

    # -- sizes -----------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        widths = [self._items[a].sizeHint().width() for a in self._actions_shown()]
        return QSize(sum(widths) + SPACING * max(0, len(widths) - 1) + 2 * MARGIN,
                     self._row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.more.sizeHint().width() + 2 * MARGIN, self._row_height())

    def _row_height(self) -> int:
        heights = [self.more.sizeHint().height()]
        heights += [w.sizeHint().height() for a, w in self._items.items() if not a.isSeparator()]
        return max(heights) + 2 * MARGIN

    # -- events ------------------------------------------------------------------

    def actionEvent(self, event: QActionEvent) -> None:  # noqa: N802
        action = event.action()
        if event.type() == QEvent.Type.ActionAdded:
            self._items[action] = self._make_item(action)
        elif event.type() == QEvent.Type.ActionRemoved:
            item = self._items.pop(action, None)
            if item is not None:
                item.deleteLater()
        self.updateGeometry()
        self._arrange()
        super().actionEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self._arrange()

    # -- placing -------------------------------------------------------------------

    def _make_item(self, action: QAction) -> QWidget:
        if action.isSeparator():
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.VLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            return line
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        action.changed.connect(self._arrange)  # hidden or shown, renamed
        return button

    def _actions_shown(self) -> list[QAction]:
        """The actions in order, without those the program has made invisible."""
        return [a for a in self.actions() if a in self._items and a.isVisible()]

    def _arrange(self) -> None:
        actions = self._actions_shown()
        for action, item in self._items.items():
            if action not in actions:
                item.hide()
        height = self.height() - 2 * MARGIN
        room = self.width() - 2 * MARGIN
        width_of = {a: self._items[a].sizeHint().width() for a in actions}
        kept = self._fitting(actions, width_of, room)
        overflow = len(kept) < len(actions)
        x = MARGIN
        for action in actions:
            item = self._items[action]
            item.setVisible(action in kept)
            if action in kept:
                item.setGeometry(QRect(x, MARGIN, width_of[action], height))
                x += width_of[action] + SPACING
        self.more.setVisible(overflow)
        if overflow:
            width = self.more.sizeHint().width()
            self.more.setGeometry(QRect(self.width() - MARGIN - width, MARGIN, width, height))

    def _fitting(self, actions: list[QAction], width_of: dict[QAction, int],
                 room: int) -> set[QAction]:
        """The actions whose buttons show: all if they fit, else the more important ones
        (a higher ``set_priority``), then the earlier ones, with room for More."""
        def used(kept: set[QAction]) -> int:
            shown = [a for a in actions if a in kept]
            return sum(width_of[a] for a in shown) + SPACING * max(0, len(shown) - 1)

        kept = set(actions)
        if used(kept) <= room:
            return kept
        room -= self.more.sizeHint().width() + SPACING
        order = sorted((a for a in actions if not a.isSeparator()),
                       key=lambda a: (self._priority.get(a, 0), -actions.index(a)))
        for action in order:
            if used(kept) <= room:
                break
            kept.discard(action)
        # a line only between two buttons that show
        for index, action in enumerate(actions):
            if action.isSeparator():
                before = any(a in kept and not a.isSeparator() for a in actions[:index])
                after = any(a in kept and not a.isSeparator() for a in actions[index + 1:])
                if not (before and after):
                    kept.discard(action)
        return kept

    def _fill_more_menu(self) -> None:
        self.more_menu.clear()
        hidden = [a for a in self._actions_shown() if self._items[a].isHidden()]
        while hidden and hidden[0].isSeparator():
            hidden.pop(0)
        self.more_menu.addActions(hidden)
