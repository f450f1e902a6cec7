"""Forward a call, mail or chat as a To-Do (a rep, a deadline) or as a Ticket
(the queue or a rep): from the help desk and from the card's Activity History."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.i18n import translate
from app.services.context import AppContext
from app.services.office.users import UserView
from app.views.dialogs.link_company_dialog import ContactSearch
from app.views.tasks import TaskRunner
from app.views.widgets.choices import fill_assignees, priority_combo, when_edit
from app.views.widgets.dates import to_utc
from app.views.widgets.forms import FormDialog


class ForwardDialog(FormDialog):
    """Forward as a To-Do (a rep, a deadline) or as a Ticket (the queue or a rep).
    A record without a contact can be given one here."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, people: list[UserView], as_: str,
                 summary: str, *, has_contact: bool, parent: QWidget | None = None) -> None:
        todo = as_ == "todo"
        super().__init__(translate("ForwardDialog", "Forward as a To-Do") if todo
                         else translate("ForwardDialog", "Forward as a Ticket"), parent,
                         ok_text=translate("ForwardDialog", "Forward"))
        # attributes
        self.as_ = as_

        # widgets
        about = QLabel(summary, self)
        about.setObjectName("forwardSource")
        about.setWordWrap(True)
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("forwardAssignee")
        fill_assignees(self.assignee, people, ctx.user, unassigned=not todo)
        self.due = when_edit(self, "forwardDue",
                              QDateTime(QDate.currentDate().addDays(1), QTime(12, 0)))
        self.priority = priority_combo(self, "forwardPriority")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("forwardNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(translate("ForwardDialog", "What should be done (optional)"))
        self.search: ContactSearch | None = None
        self.form.addRow(about)
        self.add_field("assignee", translate("ForwardDialog", "To") if todo
                       else translate("ForwardDialog", "Assigned to"), self.assignee)
        if todo:
            self.add_field("due_at", translate("ForwardDialog", "Deadline"), self.due)
        else:
            self.due.hide()
        self.add_field("priority", translate("ForwardDialog", "Priority"), self.priority)
        if not has_contact:
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            hint = QLabel(translate("ForwardDialog", "No contact is linked. A To-Do needs one; a "
                                                     "Ticket may stay in the help desk only.")
                          if todo else
                          translate("ForwardDialog", "Optional: the contact this is about (the "
                                                     "record is linked too)."),
                          holder)
            hint.setWordWrap(True)
            self.search = ContactSearch(ctx, runner, holder)
            self.search.table.setMinimumHeight(110)
            self.search.table.setMaximumHeight(160)
            self.link = QCheckBox(translate("ForwardDialog", "Link to the chosen contact"), holder)
            self.link.setObjectName("forwardLink")
            self.link.setChecked(todo)
            self.search.setEnabled(todo)
            self.link.toggled.connect(self.search.setEnabled)
            column.addWidget(hint)
            column.addWidget(self.link)
            column.addWidget(self.search)
            self.add_field("contact_id", translate("ForwardDialog", "Contact"), holder)
            self.search.run_search()
        self.add_field("note", translate("ForwardDialog", "Note"), self.note)
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
            return {"contact_id": translate("ForwardDialog", "Pick the contact from the list")}
        return {}
