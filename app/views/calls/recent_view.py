"""The recent calls: the latest calls of the desk's database, matched and
unmatched together (time, number, who, direction, outcome, line). A double-click
opens the contact's card, or the call's entry in the unmatched buffer."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import translate
from app.services.activities.rules import outcome_label
from app.services.calls import queries as calls
from app.services.calls.queries import LoggedCall
from app.services.changes import Changes, Kind
from app.services.context import AppContext
from app.views.change_bus import change_bus
from app.views.errors import user_message
from app.views.tasks import TaskRunner
from app.views.widgets.dates import format_datetime
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)

LIMIT = 200


def who(call: LoggedCall) -> str:
    """The contact's name, or why no contact took the call (with the caller-ID name)."""
    if call.where == "contact":
        return call.name
    if call.where == "withheld":
        return translate("RecentCalls", "Withheld number (unmatched)")
    if call.where == "ambiguous":
        label = translate("RecentCalls", "Several contacts (unmatched)")
    else:
        label = translate("RecentCalls", "Unmatched")
    return translate("RecentCalls", "{label}: {name}").format(label=label, name=call.name) \
        if call.name else label


def direction(call: LoggedCall) -> str:
    if call.direction == "out":
        return translate("RecentCalls", "Outgoing")
    return translate("RecentCalls", "Incoming")


def line(call: LoggedCall) -> str:
    """The source the call came in on: "SIP", "Modem", or a source's own name."""
    if call.source == "sip":
        return translate("RecentCalls", "SIP")
    if call.source == "modem":
        return translate("RecentCalls", "Modem")
    return call.source[:1].upper() + call.source[1:]


def columns() -> list[Column[LoggedCall]]:
    return [
        Column(translate("RecentCalls", "When"), lambda c: format_datetime(c.at)),
        Column(translate("RecentCalls", "Number"), lambda c: c.display or c.number or "—"),
        Column(translate("RecentCalls", "Contact"), who),
        Column(translate("RecentCalls", "Direction"), direction),
        Column(translate("RecentCalls", "Outcome"), lambda c: outcome_label(c.outcome)),
        Column(translate("RecentCalls", "Line"), line),
    ]


class RecentCallsView(QDialog):
    open_contact_requested = Signal(int)
    """A matched call was double-clicked: show the contact's card (its id)."""
    open_buffer_requested = Signal(int)
    """An unmatched call was double-clicked: show it in the buffer (the call's id)."""
    loaded = Signal()
    """The list shows the latest calls as they are now."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._task = f"recent-calls.{id(self)}"
        self._stale = True  # reload when next shown
        self.setObjectName("recentCallsView")
        self.setWindowTitle(translate("RecentCalls", "Recent calls"))
        self.setModal(False)

        # widgets
        self.model: RowsTableModel[LoggedCall] = RowsTableModel(columns(), self)
        self.table = make_table(self.model, self, "recentCallsTable")
        self.table.setToolTip(translate("RecentCalls", "Double-click a call to open the contact, "
                                                       "or its entry in the unmatched calls"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("recentCallsCount")
        self.open_button = QPushButton(translate("RecentCalls", "Open"), self)
        self.refresh_button = QPushButton(translate("RecentCalls", "Refresh"), self)
        self.close_button = QPushButton(translate("RecentCalls", "Close"), self)

        # layout
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        row.addWidget(self.refresh_button)
        row.addWidget(self.close_button)
        box.addLayout(row)
        self.resize(820, 440)

        # signals
        self.table.doubleClicked.connect(self.open_call)
        self.open_button.clicked.connect(lambda: self.open_call(self.table.currentIndex()))
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.close)
        change_bus().watch(self, {Kind.ACTIVITY, Kind.BUFFER}, self._data_changed)

    # -- data -----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the latest calls (off the GUI thread; a newer read supersedes)."""
        self._stale = False
        ctx = self._ctx
        self._runner.run(f"{self._task}.load", lambda: calls.list_calls(ctx, limit=LIMIT),
                         self._show, on_error=self._failed)

    def _data_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show(self, rows: list[LoggedCall]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        count = len(rows)  # a plain name: lupdate reads the plural message then
        text = translate("RecentCalls", "the latest %n call(s)", None, count) \
            if count >= LIMIT else translate("RecentCalls", "%n call(s)", None, count)
        self.count_label.setText(text if rows else translate("RecentCalls", "No calls yet"))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        log.warning("recent calls not read: %s", exc)
        self.count_label.setText(translate("RecentCalls", "The calls could not be read: {why}")
                                 .format(why=user_message(exc)))

    def texts(self, column: int) -> list[Any]:
        """What one column shows, top to bottom (tests read it)."""
        return [self.model.data(self.model.index(r, column)) for r in range(self.model.rowCount())]

    # -- opening ----------------------------------------------------------------

    def open_call(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        call = self.model.row(index.row())
        if call.contact_id is not None:
            self.open_contact_requested.emit(call.contact_id)
        else:
            self.open_buffer_requested.emit(call.id)
