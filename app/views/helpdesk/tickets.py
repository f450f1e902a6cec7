"""The Tickets tab: a queue (Unassigned, Mine, Open, Closed, All), the tickets
of it, and what a rep does with one. Another rep's ticket is greyed out and
its buttons are off (the service refuses it as well); a manager may act on
any ticket."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.context import AppContext
from app.services.helpdesk import tickets as helpdesk
from app.services.helpdesk.tickets import TicketRow
from app.views.helpdesk.base import DeskTab, count_text
from app.views.helpdesk.ticket_dialogs import (
    HistoryDialog,
    NewTicketDialog,
    StatusDialog,
    status_label,
)
from app.views.tasks import TaskRunner
from app.views.widgets.choices import PRIORITIES
from app.views.widgets.dates import local
from app.views.widgets.empty_state import watch_empty
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)

QUEUES = (("unassigned", QT_TRANSLATE_NOOP("HelpDesk", "Unassigned")),
          ("mine", QT_TRANSLATE_NOOP("HelpDesk", "Mine")),
          ("open", QT_TRANSLATE_NOOP("HelpDesk", "Open")),
          ("closed", QT_TRANSLATE_NOOP("HelpDesk", "Closed")),
          ("all", QT_TRANSLATE_NOOP("HelpDesk", "All")))
"""(key, English label): shown through ``translate("HelpDesk", label)``."""
PRIORITY_LABELS = dict(PRIORITIES)  # English, context "Choices"
QUEUE_PAGE = 500  # tickets listed at once; the count above the list says how many there are


class TicketsTab(DeskTab):
    open_contact_requested = Signal(int)
    """Open contact was pressed on a linked ticket (its contact id)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.queue = QComboBox(self)
        self.queue.setObjectName("ticketQueue")
        for key, label in QUEUES:
            self.queue.addItem(translate("HelpDesk", label), key)
        self.queue.setCurrentIndex(self.queue.findData("open"))
        self.count = QLabel(self)
        self.count.setObjectName("ticketCount")
        self.model: RowsTableModel[TicketRow] = RowsTableModel([
            Column(translate("HelpDesk", "Subject"), lambda t: t.subject, tooltip=self._tooltip),
            Column(translate("HelpDesk", "Contact"),
                   lambda t: t.contact_name or translate("HelpDesk", "— help desk only —")),
            Column(translate("HelpDesk", "Status"), lambda t: status_label(t.status)),
            Column(translate("HelpDesk", "Priority"), lambda t: translate(
                "Choices", PRIORITY_LABELS[t.priority]) if t.priority in PRIORITY_LABELS
                else t.priority),
            Column(translate("HelpDesk", "Owner"),
                   lambda t: t.owner_label or t.owner or translate("HelpDesk", "Unassigned")),
            Column(translate("HelpDesk", "Updated"), lambda t: local(t.updated_at)),
        ], self, dimmed=lambda t: not t.editable)
        self.table = make_table(self.model, self, "ticketTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 170), (2, 150), (3, 80), (4, 140), (5, 140)):
            self.table.setColumnWidth(col, width)
        self.empty = watch_empty(self.table, translate("HelpDesk", "No tickets in this queue."),
                                 [(translate("HelpDesk", "New ticket…"), self.new_ticket)])
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("ticketDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        self.details.setPlaceholderText(translate("HelpDesk", "The selected ticket's description"))
        self.new_button = QPushButton(translate("HelpDesk", "New ticket…"), self)
        self.claim_button = QPushButton(translate("HelpDesk", "Claim"), self)
        self.status_button = QPushButton(translate("HelpDesk", "Change status…"), self)
        self.history_button = QPushButton(translate("HelpDesk", "History"), self)
        self.contact_button = QPushButton(translate("HelpDesk", "Open contact"), self)
        self.claim_button.setToolTip(translate("HelpDesk", "Take this unassigned ticket"))

        # layout
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("HelpDesk", "Queue:"), self))
        top.addWidget(self.queue)
        top.addSpacing(12)
        top.addWidget(self.count)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.claim_button, self.status_button, self.history_button,
                  self.contact_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.details)
        box.addLayout(buttons)
        box.addWidget(self.notice)

        # signals
        self.queue.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.change_status())
        self.new_button.clicked.connect(self.new_ticket)
        self.claim_button.clicked.connect(self.claim)
        self.status_button.clicked.connect(lambda: self.change_status())
        self.history_button.clicked.connect(self.show_history)
        self.contact_button.clicked.connect(self.open_contact)
        self._selection_changed()

    @staticmethod
    def _tooltip(t: TicketRow) -> str:
        return "" if t.editable else translate("HelpDesk", "This ticket belongs to another rep")

    # -- loading -------------------------------------------------------------------

    def set_queue(self, key: str) -> None:
        self.queue.setCurrentIndex(self.queue.findData(key))

    def reload(self) -> None:
        ctx, queue = self.ctx, str(self.queue.currentData())
        self.load(lambda: (helpdesk.list_tickets(ctx, queue, limit=QUEUE_PAGE),
                           helpdesk.count_tickets(ctx, queue)), self._fill)

    def _fill(self, result: tuple[list[TicketRow], int]) -> None:
        rows, total = result
        chosen = self.selected()
        self.model.set_rows(rows)
        shown = len(rows)
        self.count.setText(count_text(
            translate("HelpDesk", "%Ln ticket(s)", None, total),
            translate("HelpDesk", "(the most recently changed %Ln shown)", None, shown)
            if total > shown else ""))
        if chosen is not None:
            self.select_ticket(chosen.id)
        self._selection_changed()

    # -- selection -------------------------------------------------------------------

    def selected(self) -> TicketRow | None:
        index = self.selected_index(self.table)
        return self.model.row(index) if index is not None else None

    def select_ticket(self, ticket_id: int) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.id == ticket_id:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self) -> None:
        t = self.selected()
        self.claim_button.setEnabled(t is not None and t.owner is None and t.status != "closed")
        self.status_button.setEnabled(t is not None and t.editable)
        self.status_button.setToolTip("" if t is None or t.editable
                                      else translate("HelpDesk", "This ticket belongs to another "
                                                                 "rep"))
        self.history_button.setEnabled(t is not None)
        self.contact_button.setEnabled(t is not None and t.contact_id is not None)
        self.details.setPlainText(t.description if t is not None else "")

    # -- actions ---------------------------------------------------------------------

    def new_ticket(self) -> None:
        dialog = NewTicketDialog(self.ctx, self.runner, self.users, self)
        dialog.submitted.connect(lambda d=dialog: self._open_ticket(d))
        self.open_dialog(dialog)

    def _open_ticket(self, dialog: NewTicketDialog) -> None:
        form, ctx = dialog.activity_form(), self.ctx
        self.save(lambda: helpdesk.open_ticket(ctx, form), dialog,
                  contact_id=lambda _id: form.contact_id,
                  then=lambda _id: self.show_notice(translate(
                      "HelpDesk", "Ticket “{subject}” opened").format(subject=form.subject.strip())))

    def claim(self) -> None:
        t = self.selected()
        if t is None:
            return
        ctx = self.ctx
        self.save(lambda: helpdesk.claim(ctx, t.id), contact_id=lambda _r: t.contact_id,
                  then=lambda _r: self.show_notice(translate(
                      "HelpDesk", "You have “{subject}” now").format(subject=t.subject)))

    def change_status(self, status: str | None = None) -> StatusDialog | None:
        t = self.selected()
        if t is None or not t.editable:
            return None
        dialog = StatusDialog(t, self)
        if status is not None:
            dialog.set_status(status)
        dialog.submitted.connect(lambda d=dialog: self._set_status(d))
        self.open_dialog(dialog)
        return dialog

    def _set_status(self, dialog: StatusDialog) -> None:
        t, ctx = dialog.ticket, self.ctx
        status, note = dialog.values()
        self.save(lambda: helpdesk.set_ticket_status(ctx, t.id, status, note,
                                                     expected_version=t.version),
                  dialog, contact_id=lambda _r: t.contact_id,
                  then=lambda _r: self.show_notice(translate(
                      "HelpDesk", "“{subject}” is {status} now").format(
                          subject=t.subject, status=status_label(status).lower())))

    def show_history(self) -> HistoryDialog | None:
        t = self.selected()
        if t is None:
            return None
        dialog = HistoryDialog(t, self)
        ctx = self.ctx

        self.runner.run(f"{self._task}.history", lambda: helpdesk.ticket_history(ctx, t.id),
                        dialog.set_events)
        self.open_dialog(dialog)
        return dialog

    def open_contact(self) -> None:
        t = self.selected()
        if t is not None and t.contact_id is not None:
            self.open_contact_requested.emit(t.contact_id)
