"""The reminders on the screen, stacked above the tray area like the caller
pop-ups: the oldest by the tray, each newer one above it, a card on top saying
how many more wait. Left of the caller pop-ups when those are showing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QGuiApplication

from app.services.alerts.reminders import Reminder
from app.views.reminders.popup import MoreCard, QuietWindow, ReminderPopup

log = logging.getLogger(__name__)

MARGIN = 12  # from the screen edge and between reminders
MAX_VISIBLE = 3


def place_column(windows: list[QuietWindow], area: QRect, right: int) -> None:
    """Stack ``windows`` bottom-up with their right edges at ``right``; a new column
    to the left when the screen is full. Shows the hidden ones without focus."""
    bottom = area.bottom() - MARGIN
    for window in windows:
        height = window.sizeHint().expandedTo(window.minimumSizeHint()).height()
        if bottom - height < area.top() + MARGIN and bottom < area.bottom() - MARGIN:
            right -= window.width() + MARGIN
            bottom = area.bottom() - MARGIN
        window.setGeometry(right - window.width() + 1, bottom - height + 1, window.width(), height)
        bottom -= height + MARGIN
        if not window.isVisible():
            window.show_quietly()
    for window in windows:
        window.raise_()


class ReminderStack(QObject):
    open_requested = Signal(int)
    """A reminder's Open: the activity id."""
    snooze_requested = Signal(int, str)
    """A reminder's Snooze: the activity id and the chosen label."""
    dismiss_requested = Signal(int)
    """A reminder's Dismiss: the activity id."""
    dismiss_all_requested = Signal()
    """The card's Dismiss all."""
    show_todos_requested = Signal()
    """The card's My To-Dos."""

    def __init__(self, parent: QObject | None = None, *, max_visible: int = MAX_VISIBLE,
                 avoid: Callable[[], list[QRect]] | None = None) -> None:
        super().__init__(parent)
        self._max_visible = max_visible
        self._avoid = avoid
        self.popups: dict[int, ReminderPopup] = {}  # by activity id, oldest first
        self.more = MoreCard()
        self.more.show_todos_requested.connect(self.show_todos_requested)
        self.more.dismiss_all_requested.connect(self.dismiss_all_requested)

    def free_slots(self) -> int:
        return max(self._max_visible - len(self.popups), 0)

    def ids(self) -> list[int]:
        return list(self.popups)

    def visible_popups(self) -> list[ReminderPopup]:
        return [p for p in self.popups.values() if p.isVisible()]

    def add(self, reminder: Reminder, now: datetime) -> ReminderPopup | None:
        """Show ``reminder`` (None when it is showing already)."""
        if reminder.activity_id in self.popups:
            return None
        popup = ReminderPopup(reminder, now)
        popup.open_requested.connect(self.open_requested)
        popup.snooze_requested.connect(self.snooze_requested)
        popup.dismiss_requested.connect(self.dismiss_requested)
        self.popups[reminder.activity_id] = popup
        return popup

    def remove(self, activity_id: int) -> None:
        popup = self.popups.pop(activity_id, None)
        if popup is not None:
            popup.hide()
            popup.deleteLater()
            self.layout_stack()

    def set_more(self, n: int) -> None:
        """How many more reminders wait than are shown (0 hides the card)."""
        if n > 0:
            self.more.set_count(n)
        elif self.more.isVisible():
            self.more.hide()
        self.more.count = max(n, 0)

    def update_times(self, now: datetime) -> None:
        for popup in self.popups.values():
            popup.update_time(now)

    def layout_stack(self) -> None:
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
        right = area.right() - MARGIN
        taken = [r for r in (self._avoid() if self._avoid else []) if r.intersects(area)]
        if taken:  # the caller pop-ups keep the corner; reminders stand left of them
            right = min(r.left() for r in taken) - MARGIN - 1
        windows: list[QuietWindow] = list(self.popups.values())
        if self.more.count > 0 and self.popups:
            windows.append(self.more)
        elif self.more.isVisible():
            self.more.hide()
        place_column(windows, area, right)

    def close_all(self) -> None:
        for activity_id in list(self.popups):
            self.remove(activity_id)
        self.more.hide()
        self.more.deleteLater()
