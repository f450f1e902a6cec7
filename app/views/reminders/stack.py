"""The reminders on the screen, stacked above the tray area like the caller
pop-ups: the oldest by the tray, each newer one above it; what does not fit is
grouped on a card per group ("12 new alert tasks for today"). At most three
windows in all. Left of the caller pop-ups when those are showing.

Never above a dialog the rep is working in: while a dialog is the active window
(or a modal one is open) the reminders step aside, hidden, and come back when it
closes; nothing new is shown meanwhile."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.services.alerts.reminders import ALERT_GROUP, GROUPS, TODO_GROUP, Reminder
from app.views.reminders.popup import GroupCard, QuietWindow, ReminderPopup

log = logging.getLogger(__name__)

MARGIN = 12  # from the screen edge and between reminders
MAX_VISIBLE = 3  # windows on the screen: reminders and group cards together


def dialog_active() -> bool:
    """The rep is working in a dialog: a modal one is open, or a dialog has the focus."""
    if QApplication.activeModalWidget() is not None:
        return True
    return isinstance(QApplication.activeWindow(), QDialog)


def group_of(reminder: Reminder) -> str:
    return ALERT_GROUP if reminder.alert else TODO_GROUP


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
    dismiss_group_requested = Signal(str)
    """A group card's Dismiss all: the group."""
    open_group_requested = Signal(str)
    """A group card's Open My To-Dos: the group."""
    unblocked = Signal()
    """The dialog the rep worked in closed: what waited may show now."""

    def __init__(self, parent: QObject | None = None, *, max_visible: int = MAX_VISIBLE,
                 avoid: Callable[[], list[QRect]] | None = None) -> None:
        super().__init__(parent)
        self.max_visible = max_visible
        self._avoid = avoid
        self.popups: dict[int, ReminderPopup] = {}  # by activity id, oldest first
        self.cards: dict[str, GroupCard] = {group: GroupCard(group) for group in GROUPS}
        for card in self.cards.values():
            card.open_list_requested.connect(self.open_group_requested)
            card.dismiss_all_requested.connect(self.dismiss_group_requested)
        self._watched: QWidget | None = None  # the dialog in the way, until it hides
        self.blocked = False
        self.closed = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_changed)
        self.refresh_blocked()

    def ids(self) -> list[int]:
        return list(self.popups)

    def shown_ids(self, group: str) -> list[int]:
        """The reminders of ``group`` shown one by one, oldest first."""
        return [a for a, p in self.popups.items() if group_of(p.reminder) == group]

    def extra_ids(self) -> set[int]:
        """Reminders once shown one by one, now counted on their group's card."""
        return set().union(*(card.extra_ids for card in self.cards.values()))

    def windows(self) -> list[QuietWindow]:
        """What is on the screen, or would be without a dialog in the way."""
        cards = [c for c in self.cards.values() if c.count > 0]
        return [*self.popups.values(), *cards]

    def visible_windows(self) -> list[QuietWindow]:
        return [w for w in self.windows() if w.isVisible()]

    # -- a dialog in the way -------------------------------------------------------

    def _focus_changed(self, _window: QWindow | None) -> None:
        if self.closed:
            return
        was = self.blocked
        if self.refresh_blocked() != was:
            self.layout_stack()
            if not self.blocked:
                self.unblocked.emit()

    def refresh_blocked(self) -> bool:
        """Look again whether a dialog is in the way (each check does, and so does the
        dialog's hiding: a desktop may give the focus to nothing when it closes)."""
        blocked = dialog_active()
        if blocked != self.blocked:
            log.debug("reminders %s", "wait for the dialog" if blocked else "come back")
        self.blocked = blocked
        dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
        if blocked and dialog is not None and dialog is not self._watched:
            self._unwatch()
            dialog.installEventFilter(self)  # hears it hide, whatever gets the focus next
            self._watched = dialog
        return blocked

    def _unwatch(self) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._watched and event.type() == QEvent.Type.Hide:
            self._unwatch()
            QTimer.singleShot(0, self, lambda: self._focus_changed(None))
        return False

    def visible_popups(self) -> list[ReminderPopup]:
        return [p for p in self.popups.values() if p.isVisible()]

    def add(self, reminder: Reminder, now: datetime) -> ReminderPopup | None:
        """Show ``reminder`` (None when it is showing already); off its card if it was there."""
        if reminder.activity_id in self.popups:
            return None
        self.cards[group_of(reminder)].extras.pop(reminder.activity_id, None)
        popup = ReminderPopup(reminder, now)
        popup.open_requested.connect(self.open_requested)
        popup.snooze_requested.connect(self.snooze_requested)
        popup.dismiss_requested.connect(self.dismiss_requested)
        self.popups[reminder.activity_id] = popup
        return popup

    def remove(self, activity_id: int) -> None:
        for card in self.cards.values():
            if activity_id in card.extras:
                del card.extras[activity_id]
                self.set_waiting(card.group, card.count - 1 - len(card.extras))
        popup = self.popups.pop(activity_id, None)
        if popup is not None:
            popup.hide()
            popup.deleteLater()
            self.layout_stack()

    def demote(self, activity_id: int) -> None:
        """Take a reminder off the screen onto its group's card (kept there: a To-Do
        comes back one by one when there is room again)."""
        popup = self.popups.pop(activity_id, None)
        if popup is None:
            return
        card = self.cards[group_of(popup.reminder)]
        card.extras[activity_id] = popup.reminder
        popup.hide()
        popup.deleteLater()

    def set_waiting(self, group: str, n: int) -> None:
        """``n`` reminders of ``group`` wait unseen; the card counts them with its extras
        (a count of 0 takes the card down)."""
        card = self.cards[group]
        count = max(n, 0) + len(card.extras)
        if count > 0:
            card.set_count(count, beside_others=bool(self.shown_ids(group)))
        else:
            card.count = 0
            if card.isVisible():
                card.hide()

    def clear_group(self, group: str) -> set[int]:
        """Take the group's card down (the rep answered it); returns its extras."""
        card = self.cards[group]
        extras, card.extras = set(card.extras), {}
        self.set_waiting(group, 0)
        self.layout_stack()
        return extras

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
        windows = self.windows()
        for card in self.cards.values():
            if card.count == 0 and card.isVisible():
                card.hide()
        if self.blocked:  # a dialog is in the way: step aside until it closes
            for window in windows:
                if window.isVisible():
                    window.hide()
            return
        place_column(windows, area, right)

    def close_all(self) -> None:
        self.closed = True
        self._unwatch()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._focus_changed)
        for activity_id in list(self.popups):
            self.remove(activity_id)
        for card in self.cards.values():
            card.hide()
            card.deleteLater()
