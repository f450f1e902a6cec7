"""Adding a live chat, fax or SMS record by hand, and forwarding a call, chat or
mail as a To-Do or a Ticket."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.activities.edit import ActivityForm
from app.services.context import AppContext
from app.services.office.users import UserView
from app.views.dialogs.link_company_dialog import ContactSearch
from app.views.helpdesk.ticket_dialogs import fill_assignees, priority_combo
from app.views.tasks import TaskRunner
from app.views.widgets.dates import to_utc
from app.views.widgets.forms import FormDialog

log = logging.getLogger(__name__)

KINDS = (("live_chat", "Live chat"), ("fax", "Fax"), ("sms", "SMS"))
NUMBER_HINTS = {"live_chat": "The visitor's phone, if they gave one",
                "fax": "The fax number", "sms": "The mobile number"}


def _when_edit(parent: QWidget, name: str, when: QDateTime) -> QDateTimeEdit:
    edit = QDateTimeEdit(when, parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd dd MMM yyyy  HH:mm")
    return edit


class RecordDialog(FormDialog):
    """A chat, fax or SMS as it happened: direction, number or address, time, text.
    The services link it to the contact whose number or e-mail matches."""

    def __init__(self, parent: QWidget | None = None, kind: str = "sms") -> None:
        super().__init__("Add a chat, fax or SMS record", parent)
        # widgets
        self.kind = QComboBox(self)
        self.kind.setObjectName("recordKind")
        for key, label in KINDS:
            self.kind.addItem(label, key)
        self.direction = QComboBox(self)
        self.direction.setObjectName("recordDirection")
        self.direction.addItem("Incoming", "in")
        self.direction.addItem("Outgoing", "out")
        self.number = QLineEdit(self)
        self.number.setObjectName("recordNumber")
        self.number.setMaxLength(60)
        self.address = QLineEdit(self)
        self.address.setObjectName("recordAddress")
        self.address.setMaxLength(254)
        self.address.setPlaceholderText("The visitor's e-mail address, if known")
        self.when = _when_edit(self, "recordWhen", QDateTime.currentDateTime())
        self.missed = QCheckBox("Missed: nobody answered this chat", self)
        self.missed.setObjectName("recordMissed")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("recordText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText("The message (the first line becomes its subject)")
        self.add_field("kind", "Type", self.kind)
        self.add_field("direction", "Direction", self.direction)
        self.add_field("number", "Number", self.number)
        self.add_field("address", "E-mail", self.address)
        self.add_field("occurred_at", "When", self.when)
        self.add_field("missed", "", self.missed)
        self.add_field("body", "Text", self.text)
        self.resize(520, 440)

        # signals
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.set_kind(kind)

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        chat = kind == "live_chat"
        self.number.setPlaceholderText(NUMBER_HINTS[kind])
        for widget in (self.address, self.missed):
            widget.setEnabled(chat)
        if not chat:
            self.missed.setChecked(False)

    def activity_form(self) -> ActivityForm:
        chat = self.kind.currentData() == "live_chat"
        return ActivityForm(kind=str(self.kind.currentData()), body=self.text.toPlainText(),
                            direction=str(self.direction.currentData()),
                            number=self.number.text(),
                            address=self.address.text() if chat else "",
                            occurred_at=to_utc(self.when.dateTime()),
                            missed=chat and self.missed.isChecked())


class ForwardDialog(FormDialog):
    """Forward as a To-Do (a rep, a deadline) or as a Ticket (the queue or a rep).
    A record without a contact can be given one here."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, people: list[UserView], as_: str,
                 summary: str, *, has_contact: bool, parent: QWidget | None = None) -> None:
        todo = as_ == "todo"
        super().__init__("Forward as a To-Do" if todo else "Forward as a Ticket", parent,
                         ok_text="Forward")
        # attributes
        self.as_ = as_

        # widgets
        about = QLabel(summary, self)
        about.setObjectName("forwardSource")
        about.setWordWrap(True)
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("forwardAssignee")
        fill_assignees(self.assignee, people, ctx.user, unassigned=not todo)
        self.due = _when_edit(self, "forwardDue",
                              QDateTime(QDate.currentDate().addDays(1), QTime(12, 0)))
        self.priority = priority_combo(self, "forwardPriority")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("forwardNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText("What should be done (optional)")
        self.search: ContactSearch | None = None
        self.form.addRow(about)
        self.add_field("assignee", "To" if todo else "Assigned to", self.assignee)
        if todo:
            self.add_field("due_at", "Deadline", self.due)
        else:
            self.due.hide()
        self.add_field("priority", "Priority", self.priority)
        if not has_contact:
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            hint = QLabel("No contact is linked. A To-Do needs one; a Ticket may stay in the "
                          "help desk only." if todo else
                          "Optional: the contact this is about (the record is linked too).",
                          holder)
            hint.setWordWrap(True)
            self.search = ContactSearch(ctx, runner, holder)
            self.search.table.setMinimumHeight(110)
            self.search.table.setMaximumHeight(160)
            self.link = QCheckBox("Link to the chosen contact", holder)
            self.link.setObjectName("forwardLink")
            self.link.setChecked(todo)
            self.search.setEnabled(todo)
            self.link.toggled.connect(self.search.setEnabled)
            column.addWidget(hint)
            column.addWidget(self.link)
            column.addWidget(self.search)
            self.add_field("contact_id", "Contact", holder)
            self.search.run_search()
        self.add_field("note", "Note", self.note)
        self.resize(640, 560 if not has_contact else 360)

    def due_at(self) -> datetime | None:
        return to_utc(self.due.dateTime()) if self.as_ == "todo" else None

    def contact_id(self) -> int | None:
        if self.search is None or not self.link.isChecked():
            return None
        row = self.search.current()
        return row.id if row is not None else None

    def check(self) -> dict[str, str]:
        if self.search is not None and self.link.isChecked() and self.search.current() is None:
            return {"contact_id": "Pick the contact from the list"}
        return {}
