"""New task: subject, type (the office's own kinds of task too), priority,
deadline, owner (me by default; a task can be given to another rep, who then
owns it and sees who gave it), notes."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.i18n import translate
from app.models import ActivityKind, ActivityStatus
from app.services.activities.edit import ActivityForm
from app.services.activities.types import TypeView
from app.services.office.users import UserView
from app.views.widgets.choices import priority_combo
from app.views.widgets.dates import to_utc
from app.views.widgets.forms import FormDialog

log = logging.getLogger(__name__)


class TaskDialog(FormDialog):
    def __init__(self, users: list[UserView], me: str, parent: QWidget | None = None, *,
                 types: list[TypeView] | None = None) -> None:
        super().__init__(translate("TaskDialog", "New task"), parent)
        # widgets
        self.subject = QLineEdit(self)
        self.subject.setObjectName("taskSubject")
        self.subject.setMaxLength(300)
        self.subject.setPlaceholderText(translate("TaskDialog", "e.g. Send the revised quote"))
        self.type = type_combo(self, "taskType", translate("TaskDialog", "Task"), ActivityKind.TASK,
                               types or [])
        self.priority = priority_combo(self, "taskPriority")
        due_row = QWidget(self)
        self.no_due = QCheckBox(translate("TaskDialog", "No due date"), due_row)
        self.due = QDateTimeEdit(due_row)
        self.due.setObjectName("taskDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("ddd dd MMM yyyy  HH:mm")
        self.due.setDateTime(QDateTime(QDate.currentDate().addDays(1), QTime(9, 0)))
        row = QHBoxLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due, 1)
        row.addWidget(self.no_due)
        self.owner = QComboBox(self)
        self.owner.setObjectName("taskOwner")
        for u in users:
            self.owner.addItem(u.label if u.username == u.label else f"{u.label} ({u.username})",
                               u.username)
        if self.owner.findData(me) < 0:
            self.owner.addItem(me, me)
        self.owner.setCurrentIndex(self.owner.findData(me))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("taskNotes")
        self.notes.setTabChangesFocus(True)
        self.add_field("subject", translate("TaskDialog", "Subject"), self.subject)
        self.add_field("type_id", translate("TaskDialog", "Type"), self.type)
        self.add_field("priority", translate("TaskDialog", "Priority"), self.priority)
        self.add_field("due_at", translate("TaskDialog", "Deadline"), due_row)
        self.add_field("owner", translate("TaskDialog", "Owner"), self.owner)
        self.add_field("body", translate("TaskDialog", "Notes"), self.notes)
        self.resize(480, 420)

        # signals
        self.no_due.toggled.connect(lambda none: self.due.setEnabled(not none))

    def check(self) -> dict[str, str]:
        if not self.subject.text().strip():
            return {"subject": translate("TaskDialog", "A task needs a subject")}
        return {}

    def due_at(self) -> datetime | None:
        return None if self.no_due.isChecked() else to_utc(self.due.dateTime())

    def owner_name(self) -> str:
        return str(self.owner.currentData())

    def activity_form(self, contact_id: int) -> ActivityForm:
        """The task as the services record it (read in the GUI thread): an open To-Do
        of its owner; one given to another rep records who gave it."""
        due = self.due_at()
        return ActivityForm(kind=ActivityKind.TASK, subject=self.subject.text().strip(),
                            body=self.notes.toPlainText(), contact_id=contact_id,
                            type_id=self.type.currentData(), occurred_at=due, due_at=due,
                            status=ActivityStatus.OPEN, priority=str(self.priority.currentData()),
                            assignee=self.owner_name())


def type_combo(parent: QWidget, name: str, label: str, kind: str,
               types: list[TypeView]) -> QComboBox:
    """The kind itself (None) and the office's active types based on it."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(label, None)
    for t in types:
        if t.base_kind == kind and t.active and not t.built_in:
            combo.addItem(t.name, t.id)
    combo.setEnabled(combo.count() > 1)
    return combo
