"""The Help desk page: Tickets, and the chats, faxes and SMS kept without a
contact. Both lists reload whenever an activity changes anywhere in the
window (the change bus), including by their own saves."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.i18n import translate
from app.services.changes import Changes, Kind
from app.services.context import AppContext
from app.views.change_bus import change_bus
from app.views.helpdesk.records import RecordsTab
from app.views.helpdesk.tickets import TicketsTab
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)


class HelpDeskPage(QWidget):
    open_contact_requested = Signal(int)
    """The user asked to open this contact's card."""
    open_activity_requested = Signal(int)
    """The user asked to see this activity (a chat, fax or SMS record)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.ctx = ctx
        self.runner = runner
        self._stale = True  # load on first show, and after a change while hidden

        # widgets
        self.setObjectName("helpDeskPage")
        self.tabs = QTabWidget(self)
        self.tickets = TicketsTab(ctx, runner, self.tabs)
        self.records = RecordsTab(ctx, runner, self.tabs)
        self.tabs.addTab(self.tickets, translate("HelpDesk", "Tickets"))
        self.tabs.addTab(self.records, translate("HelpDesk", "Chats, faxes && SMS"))

        # layout
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)

        # signals
        self.tickets.open_contact_requested.connect(self.open_contact_requested)
        self.records.open_activity_requested.connect(self.open_activity_requested)
        change_bus().watch(self, {Kind.ACTIVITY}, self._activities_changed)

    def reload(self) -> None:
        self._stale = False
        self.tickets.reload()
        self.records.reload()

    def _activities_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()
