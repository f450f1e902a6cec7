"""Reminders on the desktop (issue 6, item 4) and the alerts engine's schedule.

``install_reminders(window, ctx)`` is all MainWindow needs: it makes the
scheduler (engine at start and every hour, reminders every minute), connects
it to the window's hooks (open_activity, show_home for a group card's "Open My
To-Dos", the status bar) and to the
tray and caller pop-ups of the telephony UI when they are there, and starts it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStatusBar, QSystemTrayIcon, QWidget

from app.services.context import AppContext
from app.views.reminders.popup import ReminderPopup
from app.views.reminders.scheduler import ReminderScheduler
from app.views.reminders.stack import ReminderStack

if TYPE_CHECKING:
    from app.views.popup import TelephonyUi
    from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)

__all__ = ["ReminderPopup", "ReminderScheduler", "ReminderStack", "install_reminders"]


class _Window(Protocol):
    """What the reminders need of the main window (MainWindow has it)."""

    runner: TaskRunner
    telephony_ui: TelephonyUi | None

    def open_activity(self, activity_id: int) -> None: ...
    def show_home(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802


def install_reminders(window: _Window, ctx: AppContext, *, start: bool = True) -> ReminderScheduler:
    """Make the window's reminder scheduler, wire it, and (by default) start it."""

    def tray() -> QSystemTrayIcon | None:
        ui = window.telephony_ui
        return ui.tray.icon if ui is not None else None

    def call_popups() -> list[QRect]:
        ui = window.telephony_ui
        return [p.frameGeometry() for p in ui.popups.visible_popups()] if ui is not None else []

    parent = window if hasattr(window, "metaObject") else None
    scheduler = ReminderScheduler(ctx, window.runner, parent,  # type: ignore[arg-type]
                                  tray=tray, avoid=call_popups)
    scheduler.open_activity_requested.connect(window.open_activity)
    def show_todos() -> None:  # My To-Dos are on Home; the rep may be in another program
        window.show_home()
        if isinstance(window, QWidget):
            window.raise_()
            window.activateWindow()

    scheduler.show_todos_requested.connect(show_todos)
    scheduler.problem.connect(lambda text: window.statusBar().showMessage(text, 15_000))
    if start:
        scheduler.start()
    return scheduler
