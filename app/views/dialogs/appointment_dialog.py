"""New appointment: start and end, place, subject, notes, and who else takes
part: contacts and companies (searched like the Link company dialog, any
kind) and employees. An end before the start is refused on the field as soon
as it is typed, and again by the service."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.context import AppContext
from app.services.dto import ContactRow
from app.services.office.users import UserView
from app.views.dialogs.link_company_dialog import ContactSearch
from app.views.tasks import TaskRunner
from app.views.widgets.dates import to_utc
from app.views.widgets.forms import FormDialog
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)

FORMAT = "ddd dd MMM yyyy  HH:mm"


class AppointmentDialog(FormDialog):
    def __init__(self, ctx: AppContext, runner: TaskRunner, users: list[UserView], me: str,
                 contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(translate("AppointmentDialog", "New appointment"), parent)
        # attributes
        self._contact_id = contact_id
        self._last_start = QDateTime()

        # widgets: the appointment
        start = QDateTime(QDate.currentDate().addDays(1), QTime(10, 0))
        self.starts = QDateTimeEdit(start, self)
        self.starts.setObjectName("apptStart")
        self.ends = QDateTimeEdit(start.addSecs(3600), self)
        self.ends.setObjectName("apptEnd")
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(FORMAT)
        self._last_start = self.starts.dateTime()
        self.place = QLineEdit(self)
        self.place.setObjectName("apptPlace")
        self.place.setMaxLength(300)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("apptSubject")
        self.subject.setMaxLength(300)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("apptNotes")
        self.notes.setTabChangesFocus(True)
        self.add_field("starts_at", translate("AppointmentDialog", "Starts"), self.starts)
        self.add_field("ends_at", translate("AppointmentDialog", "Ends"), self.ends)
        self.add_field("place", translate("AppointmentDialog", "Place"), self.place)
        self.add_field("subject", translate("AppointmentDialog", "Subject"), self.subject)
        self.add_field("body", translate("AppointmentDialog", "Notes"), self.notes)

        # widgets: who takes part
        self.search = ContactSearch(ctx, runner, self, exclude={contact_id})
        self.search.table.hideColumn(3)  # narrow here: name, type and phone tell them apart
        self.add_button = QPushButton(translate("AppointmentDialog", "Add ↓"), self)
        self.add_button.setObjectName("addAttendee")
        self.remove_button = QPushButton(translate("AppointmentDialog", "Remove"), self)
        self.chosen: RowsTableModel[ContactRow] = RowsTableModel(
            [Column(translate("AppointmentDialog", "Taking part"), lambda r: r.name),
             Column(translate("AppointmentDialog", "Kind"),
                    lambda r: translate("AppointmentDialog", "Company") if r.kind == "company"
                    else translate("AppointmentDialog", "Person"))], self)
        self.chosen_table = make_table(self.chosen, self, "attendeeTable")
        self.chosen_table.setColumnWidth(0, 220)
        self.chosen_table.setMaximumHeight(120)
        self.staff: dict[str, QCheckBox] = {}
        staff_box = QGroupBox(translate("AppointmentDialog", "Employees"), self)
        staff_col = QVBoxLayout(staff_box)
        for u in users:
            box = QCheckBox(u.label, staff_box)
            box.setChecked(False)
            self.staff[u.username] = box
            staff_col.addWidget(box)
        if not users:
            staff_col.addWidget(QLabel(translate("AppointmentDialog", "No other users yet"), staff_box))

        # layout
        people = QGroupBox(translate("AppointmentDialog", "Contacts and companies"), self)
        col = QVBoxLayout(people)
        col.addWidget(self.search, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        col.addWidget(self.chosen_table, 1)
        side = QVBoxLayout()
        side.addWidget(people, 1)
        side.addWidget(staff_box)
        self.columns.addLayout(side, 1)
        self.resize(960, 560)

        # signals
        self.add_button.clicked.connect(self.add_current)
        self.search.chosen.connect(self._add)
        self.remove_button.clicked.connect(self._remove_selected)
        self.starts.dateTimeChanged.connect(self._start_moved)
        self.ends.dateTimeChanged.connect(lambda _dt: self._check_times())
        self.search.run_search()

    # -- attendees -------------------------------------------------------------

    def add_current(self) -> None:
        row = self.search.current()
        if row is not None:
            self._add(row)

    def _add(self, row: ContactRow) -> None:
        rows = self.chosen.rows()
        if all(r.id != row.id for r in rows):
            self.chosen.set_rows([*rows, row])

    def _remove_selected(self) -> None:
        picked = {i.row() for i in self.chosen_table.selectionModel().selectedRows()}
        self.chosen.set_rows([r for i, r in enumerate(self.chosen.rows()) if i not in picked])

    def contact_ids(self) -> list[int]:
        return [r.id for r in self.chosen.rows()]

    def usernames(self) -> list[str]:
        return [name for name, box in self.staff.items() if box.isChecked()]

    # -- times -----------------------------------------------------------------

    def _start_moved(self, start: QDateTime) -> None:
        """Moving the start moves the end with it (the length stays), as calendars do."""
        length = self._last_start.secsTo(self.ends.dateTime())
        self._last_start = start
        if length > 0:
            self.ends.setDateTime(start.addSecs(length))
        self._check_times()

    def _time_error(self) -> str | None:
        if self.ends.dateTime() <= self.starts.dateTime():
            return translate("AppointmentDialog", "It ends before it starts: pick an end after the "
                                                  "start")
        return None

    def _check_times(self) -> None:
        self.set_error("ends_at", self._time_error())

    def check(self) -> dict[str, str]:
        errors = {}
        if not self.subject.text().strip():
            errors["subject"] = translate("AppointmentDialog", "An appointment needs a subject")
        if (message := self._time_error()) is not None:
            errors["ends_at"] = message
        return errors

    def values(self) -> dict[str, object]:
        """The service's arguments (read in the GUI thread)."""
        starts: datetime = to_utc(self.starts.dateTime())
        return dict(subject=self.subject.text(), starts_at=starts,
                    ends_at=to_utc(self.ends.dateTime()), place=self.place.text(),
                    body=self.notes.toPlainText(), contact_ids=self.contact_ids(),
                    usernames=self.usernames())
