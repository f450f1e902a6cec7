"""Tabs that give way to a menu when their row does not fit.

``CollapsibleTabWidget`` is a ``QTabWidget``: while it is wide enough for
every tab's whole label the row shows as usual. Narrower, the row keeps the
current tab and as many of the others as fit, and a "Tabs" button at its
right end lists every tab as a menu (the current one checked). The row never
scrolls and no label is cut to a few letters; the code talks to it as to any
tab widget (``setCurrentWidget``, ``indexOf`` ...).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QActionGroup, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMenu, QTabWidget, QToolButton, QWidget

from app.i18n import translate

TAB_PADDING = 24  # a tab's width beyond its label's, until one has been measured


class CollapsibleTabWidget(QTabWidget):
    """A tab widget whose row shows what fits and a menu of every tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._padding = TAB_PADDING
        self._collapsed = False
        # the row's minimum must not hold the pane wide; it never scrolls, since it
        # gives way to the menu before a tab would be cut off
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideNone)

        # widgets
        self.chooser = QToolButton(self)
        self.chooser.setObjectName("tabChooser")
        self.chooser.setText(translate("Tabs", "Tabs"))
        self.chooser.setToolTip(translate("Tabs", "Every tab: not all of them fit here"))
        self.chooser.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.chooser.setAutoRaise(True)
        self.menu = QMenu(self.chooser)
        self.menu.setObjectName("tabChooserMenu")
        self.menu.setToolTipsVisible(True)
        self.chooser.setMenu(self.menu)
        self.setCornerWidget(self.chooser, Qt.Corner.TopRightCorner)
        self.chooser.hide()

        # signals
        self.currentChanged.connect(lambda _i: self.sync())
        self.menu.aboutToShow.connect(self._fill_menu)

    @property
    def collapsed(self) -> bool:
        """Whether some tabs are only in the menu (the row does not fit)."""
        return self._collapsed

    def full_width(self) -> int:
        """How wide the row is with every tab in it."""
        return sum(self._tab_width(i) for i in range(self.count())) + 6

    def tabs_in_row(self) -> list[int]:
        """The indexes of the tabs the row shows."""
        return [i for i in range(self.count()) if self.isTabVisible(i)]

    def sync(self) -> None:
        """Show the tabs that fit (call after tabs were added or removed with the
        signals blocked, as the card does)."""
        count = self.count()
        if count == 0:
            return
        widths = [self._tab_width(i) for i in range(count)]
        room = self.width() - 6
        self._collapsed = sum(widths) > room
        if self._collapsed:
            room -= self.chooser.sizeHint().width() + 6
            current = max(0, self.currentIndex())
            shown = {current}
            used = widths[current]
            for index in range(count):
                if index != current and used + widths[index] <= room:
                    shown.add(index)
                    used += widths[index]
        else:
            shown = set(range(count))
        for index in range(count):
            if self.isTabVisible(index) != (index in shown):
                self.setTabVisible(index, index in shown)
        if self.chooser.isHidden() == self._collapsed:
            self.chooser.setVisible(self._collapsed)
            self.setDocumentMode(self.documentMode())  # lays the row out again

    def _tab_width(self, index: int) -> int:
        bar = self.tabBar()
        label = bar.fontMetrics().horizontalAdvance(self.tabText(index).replace("&", ""))
        if self.isTabVisible(index) and bar.tabRect(index).width() > 0:
            self._padding = max(self._padding, bar.tabRect(index).width() - label)
        return label + self._padding

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.sync()

    def _fill_menu(self) -> None:
        self.menu.clear()
        group = QActionGroup(self.menu)
        for index in range(self.count()):
            action = self.menu.addAction(self.tabText(index))
            action.setCheckable(True)
            action.setChecked(index == self.currentIndex())
            action.setEnabled(self.isTabEnabled(index))
            action.setToolTip(self.tabToolTip(index))
            group.addAction(action)
            action.triggered.connect(lambda _=False, i=index: self.choose(i))

    def choose(self, index: int) -> None:
        """Show the tab at ``index`` (what its menu entry does)."""
        self.setTabVisible(index, True)
        self.setCurrentIndex(index)
