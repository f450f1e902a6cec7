"""The ticket dialogs: a new ticket, a status change with its required note,
and the ticket's history of progress checks."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.activities.edit import ActivityForm
from app.services.context import AppContext
from app.services.helpdesk.tickets import STATUS_LABELS, TicketEventView, TicketRow
from app.services.office.users import UserView
from app.views.dialogs.link_company_dialog import ContactSearch
from app.views.tasks import TaskRunner
from app.views.widgets.choices import fill_assignees, priority_combo
from app.views.widgets.dates import local
from app.views.widgets.forms import FormDialog
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)



def status_label(status: str) -> str:
    label = STATUS_LABELS.get(status)  # type: ignore[call-overload]
    return translate("Helpdesk", label) if label else status.capitalize()


class StatusDialog(FormDialog):
    """A progress check: the new status and a note saying what was done."""

    def __init__(self, ticket: TicketRow, parent: QWidget | None = None) -> None:
        super().__init__(translate("HelpDesk", "Change ticket status"), parent)
        # attributes
        self.ticket = ticket

        # widgets
        about = QLabel(translate("HelpDesk", "<b>{subject}</b><br>now: {status}").format(
            subject=ticket.subject, status=status_label(ticket.status)), self)
        about.setWordWrap(True)
        self.status = QComboBox(self)
        self.status.setObjectName("ticketStatus")
        for key in STATUS_LABELS:
            self.status.addItem(status_label(key), str(key))
        self.status.setCurrentIndex(max(0, self.status.findData(ticket.status)))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("statusNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(translate("HelpDesk", "What was done, or why the status "
                                                           "changes (required)"))
        self.form.addRow(about)
        self.add_field("status", translate("HelpDesk", "New status"), self.status)
        self.add_field("note", translate("HelpDesk", "Note"), self.note)
        self.resize(460, 300)

    def set_status(self, status: str) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    def values(self) -> tuple[str, str]:
        return str(self.status.currentData()), self.note.toPlainText()


class NewTicketDialog(FormDialog):
    """A ticket for the help desk: linked to a contact, or only in the help desk."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, people: list[UserView],
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("HelpDesk", "New ticket"), parent,
                         ok_text=translate("HelpDesk", "Open ticket"))
        # widgets
        self.subject = QLineEdit(self)
        self.subject.setObjectName("ticketSubject")
        self.subject.setMaxLength(300)
        self.subject.setPlaceholderText(translate("HelpDesk", "e.g. The invoice shows the wrong "
                                                              "VAT rate"))
        contact_box = QWidget(self)
        self.link = QCheckBox(translate("HelpDesk", "Link to a contact (it then shows in their "
                                                    "Activity History)"), contact_box)
        self.link.setObjectName("linkContact")
        self.search = ContactSearch(ctx, runner, contact_box)
        self.search.setEnabled(False)
        self.search.table.setMinimumHeight(120)
        column = QVBoxLayout(contact_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.link)
        column.addWidget(self.search)
        self.priority = priority_combo(self, "ticketPriority")
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("ticketAssignee")
        fill_assignees(self.assignee, people, ctx.user, unassigned=True)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("ticketBody")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(translate("HelpDesk", "What the customer asks for"))
        self.add_field("subject", translate("HelpDesk", "Subject"), self.subject)
        self.add_field("contact_id", translate("HelpDesk", "Contact"), contact_box)
        self.add_field("priority", translate("HelpDesk", "Priority"), self.priority)
        self.add_field("assignee", translate("HelpDesk", "Assigned to"), self.assignee)
        self.add_field("body", translate("HelpDesk", "Description"), self.description)
        self.resize(640, 560)

        # signals
        self.link.toggled.connect(self._link_toggled)

    def _link_toggled(self, on: bool) -> None:
        self.search.setEnabled(on)
        if on:
            self.search.run_search()
            self.search.box.setFocus()

    def check(self) -> dict[str, str]:
        if self.link.isChecked() and self.search.current() is None:
            return {"contact_id": translate("HelpDesk", "Pick the contact from the list, or untick "
                                                        "the box")}
        return {}

    def activity_form(self) -> ActivityForm:
        row = self.search.current() if self.link.isChecked() else None
        return ActivityForm(kind="ticket", subject=self.subject.text(),
                            body=self.description.toPlainText(),
                            contact_id=row.id if row is not None else None,
                            priority=str(self.priority.currentData()),
                            assignee=self.assignee.currentData())


class HistoryDialog(QDialog):
    """The ticket's progress checks, oldest first."""

    filled = Signal()
    """The events arrived and are in the list."""

    def __init__(self, ticket: TicketRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HelpDesk", "History of “{subject}”").format(
            subject=ticket.subject))
        self.setObjectName("ticketHistory")
        # widgets
        about = QLabel(translate("HelpDesk", "<b>{subject}</b> — {status}").format(
            subject=ticket.subject, status=status_label(ticket.status)), self)
        about.setWordWrap(True)
        self.model: RowsTableModel[TicketEventView] = RowsTableModel([
            Column(translate("HelpDesk", "When"), lambda e: local(e.at)),
            Column(translate("HelpDesk", "Who"), lambda e: e.user_label or e.user or ""),
            Column(translate("HelpDesk", "Status"), self._change),
            Column(translate("HelpDesk", "Note"), lambda e: " ".join(e.note.split()),
                   tooltip=lambda e: e.note),
        ], self)
        self.table = make_table(self.model, self, "historyTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((140, 130, 190)):
            self.table.setColumnWidth(col, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        # layout
        box = QVBoxLayout(self)
        box.addWidget(about)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
        self.resize(760, 360)

        # signals
        buttons.rejected.connect(self.reject)

    @staticmethod
    def _change(e: TicketEventView) -> str:
        if not e.old_status:
            return translate("HelpDesk", "Opened as {status}").format(
                status=status_label(e.new_status))
        if e.old_status == e.new_status:
            return status_label(e.new_status)
        return f"{status_label(e.old_status)} → {status_label(e.new_status)}"

    def set_events(self, events: list[TicketEventView]) -> None:
        self.model.set_rows(events)
        self.filled.emit()
