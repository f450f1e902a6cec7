"""The field editors of the activity dialog: one small class per kind of value,
each reading and writing one ``ActivityForm`` attribute, and the labels the
fields carry per activity kind. ``AttendeesEditor`` picks contacts (searched
like the Link company dialog) and employees taking part in a meeting;
``ConvertMeetingDialog`` asks what converting an appointment needs."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import ActivityKind, ActivityStatus, Priority, TicketStatus
from app.services.activities.edit import CALL_OUTCOMES, ActivityDetail
from app.services.activities.meetings import Participant
from app.services.context import AppContext
from app.services.dto import ContactRow
from app.services.office.users import UserView
from app.views.dialogs.link_company_dialog import ContactSearch
from app.views.tasks import TaskRunner
from app.views.widgets.dates import to_qdatetime, to_utc
from app.views.widgets.forms import FormDialog
from app.views.widgets.labels import outcome_label

log = logging.getLogger(__name__)

DATE_FORMAT = "ddd dd MMM yyyy  HH:mm"
_KEY = Qt.ItemDataRole.UserRole  # an attendee item's ("contact", id) or ("user", name)

# the label of a field, per kind where the wording differs (English, shown through
# translate("ActivityFields", label) by label_for)
LABELS: dict[str, str] = {
    "subject": QT_TRANSLATE_NOOP("ActivityFields", "Subject"),
    "type_id": QT_TRANSLATE_NOOP("ActivityFields", "Type"),
    "contact_id": QT_TRANSLATE_NOOP("ActivityFields", "Contact"),
    "body": QT_TRANSLATE_NOOP("ActivityFields", "Details"),
    "occurred_at": QT_TRANSLATE_NOOP("ActivityFields", "When"),
    "due_at": QT_TRANSLATE_NOOP("ActivityFields", "Deadline"),
    "ends_at": QT_TRANSLATE_NOOP("ActivityFields", "Ends"),
    "place": QT_TRANSLATE_NOOP("ActivityFields", "Place"),
    "attendees": QT_TRANSLATE_NOOP("ActivityFields", "Taking part"),
    "agenda": QT_TRANSLATE_NOOP("ActivityFields", "Agenda"),
    "direction": QT_TRANSLATE_NOOP("ActivityFields", "Direction"),
    "number": QT_TRANSLATE_NOOP("ActivityFields", "Number"),
    "duration_s": QT_TRANSLATE_NOOP("ActivityFields", "Duration"),
    "outcome": QT_TRANSLATE_NOOP("ActivityFields", "Outcome"),
    "address": QT_TRANSLATE_NOOP("ActivityFields", "Address"),
    "priority": QT_TRANSLATE_NOOP("ActivityFields", "Priority"),
    "assignee": QT_TRANSLATE_NOOP("ActivityFields", "Assigned to"),
    "status": QT_TRANSLATE_NOOP("ActivityFields", "Status"),
    "ticket_status": QT_TRANSLATE_NOOP("ActivityFields", "Ticket status"),
    "missed": QT_TRANSLATE_NOOP("ActivityFields", "Missed"),
    "private": QT_TRANSLATE_NOOP("ActivityFields", "Private"),
}
KIND_LABELS: dict[str, dict[str, str]] = {
    ActivityKind.TASK: {"occurred_at": QT_TRANSLATE_NOOP("ActivityFields", "Date")},
    ActivityKind.MEETING: {"occurred_at": QT_TRANSLATE_NOOP("ActivityFields", "Starts")},
    ActivityKind.MEETING_APPOINTMENT: {"occurred_at": QT_TRANSLATE_NOOP("ActivityFields", "Starts"),
                                       "body": QT_TRANSLATE_NOOP("ActivityFields", "Notes")},
    ActivityKind.MAIL: {"address": QT_TRANSLATE_NOOP("ActivityFields", "E-mail address")},
    ActivityKind.DIRECT_MAIL: {"address": QT_TRANSLATE_NOOP("ActivityFields", "Postal address")},
    ActivityKind.LIVE_CHAT: {"address": QT_TRANSLATE_NOOP("ActivityFields", "Visitor's e-mail")},
    ActivityKind.NOTE: {"body": QT_TRANSLATE_NOOP("ActivityFields", "Note")},
    ActivityKind.FAX: {"number": QT_TRANSLATE_NOOP("ActivityFields", "Fax number")},
    ActivityKind.SMS: {"number": QT_TRANSLATE_NOOP("ActivityFields", "Mobile number")},
}
TASK_STATUSES = ((ActivityStatus.OPEN, QT_TRANSLATE_NOOP("ActivityFields", "Open: a To-Do")),
                 (ActivityStatus.DONE, QT_TRANSLATE_NOOP("ActivityFields", "Done")),
                 (ActivityStatus.CANCELLED, QT_TRANSLATE_NOOP("ActivityFields", "Cancelled")))
TICKET_STATUSES = ((TicketStatus.NEW, QT_TRANSLATE_NOOP("ActivityFields", "New")),
                   (TicketStatus.OPEN, QT_TRANSLATE_NOOP("ActivityFields", "Open")),
                   (TicketStatus.WAITING, QT_TRANSLATE_NOOP("ActivityFields", "Waiting on the customer")),
                   (TicketStatus.RESOLVED, QT_TRANSLATE_NOOP("ActivityFields", "Resolved")),
                   (TicketStatus.CLOSED, QT_TRANSLATE_NOOP("ActivityFields", "Closed")))
PRIORITIES = ((Priority.LOW, QT_TRANSLATE_NOOP("ActivityFields", "Low")),
              (Priority.NORMAL, QT_TRANSLATE_NOOP("ActivityFields", "Normal")),
              (Priority.HIGH, QT_TRANSLATE_NOOP("ActivityFields", "High")))


def label_for(kind: str, key: str) -> str:
    label = KIND_LABELS.get(kind, {}).get(key, LABELS.get(key))
    return translate("ActivityFields", label) if label else key


def translated(items: Sequence[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """(value, English label) choices with their labels in the user's language."""
    return [(value, translate("ActivityFields", label)) for value, label in items]


def user_label(u: UserView) -> str:
    return u.label if u.label == u.username else f"{u.label} ({u.username})"


class Editor:
    """One field: its widget, how to read it, how to fill it, and read-only."""

    widget: QWidget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)


class LineEditor(Editor):
    def __init__(self, parent: QWidget, name: str, *, max_length: int = 300,
                 placeholder: str = "") -> None:
        self.edit = self.widget = QLineEdit(parent)
        self.edit.setObjectName(name)
        self.edit.setMaxLength(max_length)
        self.edit.setPlaceholderText(placeholder)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)  # still selectable and copyable
        self.edit.setEnabled(not read_only)


class TextEditor(Editor):
    def __init__(self, parent: QWidget, name: str, *, lines: int = 4, placeholder: str = "") -> None:
        self.edit = self.widget = QPlainTextEdit(parent)
        self.edit.setObjectName(name)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * lines + 12)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setEnabled(not read_only)


class WhenEditor(Editor):
    """A date and time (local on screen, UTC for the services); ``none_text``
    adds a check box that leaves it unset."""

    def __init__(self, parent: QWidget, name: str, *, none_text: str = "") -> None:
        self.widget = QWidget(parent)
        self.edit = QDateTimeEdit(self.widget)
        self.edit.setObjectName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("Wed 30 Sep 2026  23:59")
                                  + 48)
        self.unset: QCheckBox | None = None
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        if none_text:
            self.unset = QCheckBox(none_text, self.widget)
            self.unset.setObjectName(f"{name}None")
            self.unset.toggled.connect(lambda none: self.edit.setEnabled(not none))
            row.addWidget(self.unset)
        row.addStretch(1)

    def value(self) -> datetime | None:
        if self.unset is not None and self.unset.isChecked():
            return None
        return to_utc(self.edit.dateTime())

    def set_value(self, value: datetime | None) -> None:
        if value is not None:
            self.edit.setDateTime(to_qdatetime(value))
        if self.unset is not None:
            self.unset.setChecked(value is None)

    def set_qdatetime(self, value: QDateTime) -> None:
        self.edit.setDateTime(value)
        if self.unset is not None:
            self.unset.setChecked(False)


class ChoiceEditor(Editor):
    """A combo over plain values (None included: no QVariant round trip)."""

    def __init__(self, parent: QWidget, name: str, items: Sequence[tuple[Any, str]]) -> None:
        self.combo = self.widget = QComboBox(parent)
        self.combo.setObjectName(name)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._values: list[Any] = []
        for data, text in items:
            self.add(data, text)

    def add(self, data: Any, text: str) -> None:
        self._values.append(data)
        self.combo.addItem(text)

    def values(self) -> list[Any]:
        return list(self._values)

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self._values[index] if index >= 0 else None

    def set_value(self, value: Any) -> None:
        if value not in self._values:  # no longer offered (a retired type, an inactive rep)
            self.add(value, str(value))
        self.combo.setCurrentIndex(self._values.index(value))


class FlagEditor(Editor):
    def __init__(self, parent: QWidget, name: str, text: str) -> None:
        self.box = self.widget = QCheckBox(text, parent)
        self.box.setObjectName(name)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class DurationEditor(Editor):
    """h:mm:ss; a call whose length was never recorded stays unrecorded at 0:00:00."""

    def __init__(self, parent: QWidget, name: str) -> None:
        self.edit = self.widget = QTimeEdit(parent)
        self.edit.setObjectName(name)
        self.edit.setDisplayFormat("H:mm:ss")
        self._was_none = True

    def value(self) -> int | None:
        seconds = QTime(0, 0).secsTo(self.edit.time())
        return None if seconds == 0 and self._was_none else seconds

    def set_value(self, value: Any) -> None:
        self._was_none = value is None
        self.edit.setTime(QTime(0, 0).addSecs(int(value or 0)))


class _PeopleSearch(ContactSearch):
    """The contact search under a key its dialog knows, so the dialog can drop
    answers still on their way when it closes."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget, *, key: str,
                 exclude: set[int]) -> None:
        super().__init__(ctx, runner, parent, exclude=exclude)
        self._task = key
        self.results_shown.connect(self._word_empty)

    def _word_empty(self) -> None:
        if not self.box.text().strip():
            self.empty.setText(translate("ActivityFields", "No other contacts to add"))


class AttendeesEditor(Editor):
    """Contacts and companies (searched) and employees taking part."""

    def __init__(self, parent: QWidget, ctx: AppContext, runner: TaskRunner,
                 users: Sequence[UserView], exclude: set[int], search_key: str) -> None:
        self.widget = _AttendeesWidget(parent, ctx, runner, users, exclude, search_key)

    @property
    def panel(self) -> _AttendeesWidget:
        assert isinstance(self.widget, _AttendeesWidget)
        return self.widget

    def value(self) -> tuple[tuple[int, ...], tuple[str, ...]]:
        return self.panel.contact_ids(), self.panel.usernames()

    def set_value(self, value: Sequence[Participant]) -> None:
        self.panel.set_people(value)

    def set_read_only(self, read_only: bool) -> None:
        self.panel.set_read_only(read_only)


class _AttendeesWidget(QWidget):
    people_changed = Signal()
    """Someone was added or removed."""

    def __init__(self, parent: QWidget, ctx: AppContext, runner: TaskRunner,
                 users: Sequence[UserView], exclude: set[int], search_key: str) -> None:
        super().__init__(parent)
        # widgets
        self.search = _PeopleSearch(ctx, runner, self, key=search_key, exclude=exclude)
        self.search.table.hideColumn(3)
        self.search.table.setMinimumHeight(120)
        self.add_button = QPushButton(translate("ActivityFields", "Add ↓"), self)
        self.add_button.setObjectName("addAttendee")
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("attendeeList")
        self.chosen.setMinimumHeight(84)
        self.remove_button = QPushButton(translate("ActivityFields", "Remove"), self)
        self.remove_button.setObjectName("removeAttendee")
        self.staff = QComboBox(self)
        self.staff.setObjectName("staffCombo")
        self._staff_names = {u.username: u.label for u in users}
        for u in users:
            self.staff.addItem(user_label(u), u.username)
        self.add_staff_button = QPushButton(translate("ActivityFields", "Add employee"), self)
        self.add_staff_button.setObjectName("addStaff")

        # layout
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.search, 3)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        box.addLayout(row)
        box.addWidget(self.chosen, 2)
        staff_row = QHBoxLayout()
        staff_row.addWidget(self.staff, 1)
        staff_row.addWidget(self.add_staff_button)
        box.addLayout(staff_row)

        # attributes
        self._always_excluded = set(exclude)

        # signals
        self.people_changed.connect(self._exclude_chosen)
        self.add_button.clicked.connect(self.add_current)
        self.search.chosen.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_staff_button.clicked.connect(self.add_staff)
        self.search.run_search()

    def _add(self, key: tuple[str, Any], text: str) -> None:
        if any(self.chosen.item(i).data(_KEY) == key for i in range(self.chosen.count())):
            return
        item = QListWidgetItem(text, self.chosen)
        item.setData(_KEY, key)
        self.people_changed.emit()

    def add_current(self) -> None:
        row = self.search.current()
        if row is not None:
            self.add_contact(row)

    def add_contact(self, row: ContactRow) -> None:
        self._add(("contact", row.id), _person_text(row.name, row.kind))

    def add_staff(self) -> None:
        username = self.staff.currentData()
        if username is not None:
            self._add(("user", username),
                      _person_text(self._staff_names.get(username, username), "employee"))

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.people_changed.emit()

    def set_people(self, people: Sequence[Participant]) -> None:
        self.chosen.clear()
        for p in people:
            if p.contact_id is not None:
                self._add(("contact", p.contact_id), _person_text(p.label, p.kind))
            elif p.username is not None:
                self._add(("user", p.username), _person_text(p.label, "employee"))

    def _exclude_chosen(self) -> None:
        """Who already takes part is not offered again."""
        self.search.exclude(self._always_excluded | set(self.contact_ids()))
        self.search.run_search()

    def names(self) -> list[str]:
        return [self.chosen.item(i).text() for i in range(self.chosen.count())]

    def _keys(self, kind: str) -> list[Any]:
        keys = [self.chosen.item(i).data(_KEY) for i in range(self.chosen.count())]
        return [k[1] for k in keys if k[0] == kind]

    def contact_ids(self) -> tuple[int, ...]:
        return tuple(int(k) for k in self._keys("contact"))

    def usernames(self) -> tuple[str, ...]:
        return tuple(str(k) for k in self._keys("user"))

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.search, self.add_button, self.remove_button, self.staff,
                  self.add_staff_button):
            w.setVisible(not read_only)
        self.chosen.setEnabled(True)  # the list stays readable; nothing to change in it
        self.chosen.setSelectionMode(QListWidget.SelectionMode.NoSelection if read_only
                                     else QListWidget.SelectionMode.ExtendedSelection)


PARTICIPANT_KINDS = {"person": QT_TRANSLATE_NOOP("ActivityFields", "person"),
                     "company": QT_TRANSLATE_NOOP("ActivityFields", "company"),
                     "employee": QT_TRANSLATE_NOOP("ActivityFields", "employee")}


def _person_text(name: str, kind: str) -> str:
    label = PARTICIPANT_KINDS.get(kind or "person")
    return f"{name}  · {translate('ActivityFields', label) if label else kind}"


def make_editor(key: str, kind: str, parent: QWidget, *, ctx: AppContext, runner: TaskRunner,
                users: Sequence[UserView], type_items: Sequence[tuple[int | None, str]],
                exclude: set[int], search_key: str) -> Editor:
    """The editor of field ``key`` for an activity of ``kind``."""
    name = f"activity_{key}"
    if key == "subject":
        return LineEditor(parent, name, placeholder=translate("ActivityFields", "What is it about?"))
    if key in ("body", "agenda"):
        return TextEditor(parent, name, lines=3 if key == "agenda" else 4)
    if key in ("place", "address"):
        return LineEditor(parent, name)
    if key == "number":
        return LineEditor(parent, name, max_length=60,
                          placeholder=translate("ActivityFields", "e.g. 020 7946 0018"))
    if key == "occurred_at":
        return WhenEditor(parent, name)
    if key == "due_at":
        return WhenEditor(parent, name, none_text=translate("ActivityFields", "No deadline"))
    if key == "ends_at":
        return WhenEditor(parent, name, none_text=translate("ActivityFields", "Open end"))
    if key == "type_id":
        return ChoiceEditor(parent, name, type_items)
    if key == "direction":
        return ChoiceEditor(parent, name, (("out", translate("ActivityFields", "Outgoing")),
                                           ("in", translate("ActivityFields", "Incoming"))))
    if key == "outcome":
        return ChoiceEditor(parent, name, (("", translate("ActivityFields", "Not recorded")),
                                           *((o, outcome_label(o)) for o in CALL_OUTCOMES)))
    if key == "priority":
        return ChoiceEditor(parent, name, translated(PRIORITIES))
    if key == "status":
        return ChoiceEditor(parent, name, translated(TASK_STATUSES))
    if key == "ticket_status":
        return ChoiceEditor(parent, name, translated(TICKET_STATUSES))
    if key == "assignee":
        items: list[tuple[Any, str]] = [(u.username, user_label(u)) for u in users]
        if kind == ActivityKind.TICKET:
            items.insert(0, (None, translate("ActivityFields", "Nobody yet: the help desk queue")))
        return ChoiceEditor(parent, name, items)
    if key == "duration_s":
        return DurationEditor(parent, name)
    if key == "missed":
        return FlagEditor(parent, name, translate("ActivityFields", "Nobody answered this chat"))
    if key == "private":
        return FlagEditor(parent, name, translate("ActivityFields", "Only I can see this note"))
    if key == "attendees":
        return AttendeesEditor(parent, ctx, runner, users, exclude, search_key)
    raise KeyError(f"no editor for field {key!r}")


def default_times(kind: str, now: QDateTime) -> tuple[datetime, datetime | None, datetime | None]:
    """Start, end and deadline a new activity of ``kind`` opens with."""
    start = now.addSecs(-now.time().second())
    if kind == ActivityKind.MEETING_APPOINTMENT:
        start = QDateTime(now.date().addDays(1), QTime(10, 0))
    end = start.addSecs(3600) if kind in (ActivityKind.MEETING,
                                          ActivityKind.MEETING_APPOINTMENT) else None
    due = QDateTime(now.date().addDays(1), QTime(9, 0)) if kind == ActivityKind.TASK else None
    return (to_utc(start), to_utc(end) if end is not None else None,
            to_utc(due) if due is not None else None)


def keep_length(starts: WhenEditor, ends: WhenEditor) -> None:
    """Moving the start moves the end with it (the length stays), as calendars do."""
    last = [starts.edit.dateTime()]

    def moved(start: QDateTime) -> None:
        length = last[0].secsTo(ends.edit.dateTime())
        last[0] = start
        if length > 0:
            ends.edit.setDateTime(start.addSecs(length))

    starts.edit.dateTimeChanged.connect(moved)


class ConvertMeetingDialog(FormDialog):
    """The meeting took place: its agenda, what was said (details), when it ended."""

    def __init__(self, detail: ActivityDetail, parent: QWidget | None = None) -> None:
        super().__init__(translate("ActivityFields", "Convert to meeting"), parent,
                         ok_text=translate("ActivityFields", "Convert"))
        # widgets
        intro = QLabel(translate("ActivityFields", "“{subject}” becomes a meeting in the Activity "
                                                   "History.").format(subject=detail.form.subject),
                       self)
        intro.setWordWrap(True)
        self.agenda = TextEditor(self, "convertAgenda", lines=3,
                                 placeholder=translate("ActivityFields", "What was on the agenda"))
        self.details = TextEditor(self, "convertDetails", lines=5,
                                  placeholder=translate("ActivityFields", "What was said and agreed"))
        self.details.set_value(detail.form.body)
        self.ends = WhenEditor(self, "convertEnds", none_text=translate("ActivityFields", "Open end"))
        self.ends.set_value(detail.form.ends_at)

        # layout
        self.form.addRow(intro)
        self.add_field("agenda", translate("ActivityFields", "Agenda"), self.agenda.widget)
        self.add_field("body", translate("ActivityFields", "Details"), self.details.widget)
        self.add_field("ends_at", translate("ActivityFields", "Ended"), self.ends.widget)
        self.resize(520, 400)

    def values(self) -> tuple[str, str, Any]:
        return self.agenda.value(), self.details.value(), self.ends.value()
