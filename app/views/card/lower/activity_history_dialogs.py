"""The dialogs of the Activity History's row actions: Reschedule (a new time; one in
the past is asked about first), Case info and history (the chain of a case), and
Next action (the activity dialog, pre-filled, whose Save continues the case
through ``services.cases``)."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities.edit import ActivityForm
from app.services.activities.history import HistoryRow
from app.services.context import AppContext
from app.services.helpdesk import cases
from app.services.helpdesk.cases import CaseInfo, CaseStep
from app.views.card.lower.activity_history_texts import activities_count
from app.views.dialogs.activity_dialog import ActivityDialog
from app.views.tasks import TaskRunner
from app.views.widgets.dates import format_datetime, local, to_qdatetime, to_utc
from app.views.widgets.forms import FormDialog
from app.views.widgets.labels import status_label
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)

NEXT_PREFIX = QT_TRANSLATE_NOOP("ActivityHistory", "Next: ")


class RescheduleDialog(FormDialog):
    """A new start for an open activity (its deadline and end move with it)."""

    def __init__(self, row: HistoryRow, parent: QWidget | None = None) -> None:
        super().__init__(translate("ActivityHistory", "Reschedule"), parent,
                         ok_text=translate("ActivityHistory", "Reschedule"))
        # attributes
        self.row = row

        # widgets
        intro = QLabel(f"{row.type_name}: {row.subject}", self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("rescheduleWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd dd MMM yyyy  HH:mm")
        self.when.setDateTime(to_qdatetime(row.occurred_at))

        # layout
        self.form.addRow(intro)
        self.add_field("when", translate("ActivityHistory", "New time"), self.when)
        self.resize(420, self.sizeHint().height())

    def set_when(self, when: QDateTime) -> None:
        self.when.setDateTime(when)

    def chosen(self) -> datetime:
        """The new time, aware UTC."""
        return to_utc(self.when.dateTime())

    def confirm(self) -> str:
        """A time already gone is asked about first (a slip of the calendar's year)."""
        when = self.when.dateTime()
        if when >= QDateTime.currentDateTime():
            return ""
        return translate("ActivityHistory", "{when} is in the past. Reschedule “{subject}” to it "
                         "anyway?").format(when=format_datetime(to_utc(when)), subject=self.row.subject)


class CaseInfoDialog(QDialog):
    """A case and its whole chain, oldest first; the activity acted on is selected."""

    def __init__(self, info: CaseInfo, activity_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.info = info

        # widgets
        self.setWindowTitle(translate("ActivityHistory", "Case: {subject}").format(subject=info.subject))
        self.heading = QLabel(info.subject or translate("ActivityHistory", "(no subject)"), self)
        self.heading.setObjectName("caseSubject")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.state = QLabel(_state_line(info), self)
        self.state.setObjectName("caseState")
        self.state.setWordWrap(True)
        self.model: RowsTableModel[CaseStep] = RowsTableModel([
            Column(translate("ActivityHistory", "When"), lambda s: local(s.occurred_at)),
            Column(translate("ActivityHistory", "Type"), lambda s: s.type_name),
            Column(translate("ActivityHistory", "Subject"), lambda s: s.subject, tooltip=lambda s: s.subject),
            Column(translate("ActivityHistory", "Status"), lambda s: status_label(s.status)),
            Column(translate("ActivityHistory", "Rep"),
                   lambda s: s.owner_label or translate("ActivityHistory", "Unassigned")),
            Column(translate("ActivityHistory", "Completed"), lambda s: local(s.completed_at)),
        ], self)
        self.model.set_rows(list(info.chain))
        self.table = make_table(self.model, self, "caseChain")
        for col, width in enumerate((130, 150, 240, 80, 110)):
            self.table.setColumnWidth(col, width)
        here = next((i for i, s in enumerate(info.chain) if s.id == activity_id), None)
        if here is not None:
            self.table.selectRow(here)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        # layout
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.state)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
        self.resize(900, 360)

        # signals
        buttons.rejected.connect(self.reject)


def _state_line(info: CaseInfo) -> str:
    count = activities_count(len(info.chain))
    if info.case_id is None:
        return translate("ActivityHistory", "Not part of a case yet: Next action starts one. "
                         "{count}.").format(count=count)
    opened = format_datetime(info.opened_at)
    if info.closed_at is not None:
        closed = format_datetime(info.closed_at)
        if info.closed_by:
            return translate("ActivityHistory", "Opened {opened}, closed {closed} by {name}. "
                             "{count}.").format(opened=opened, closed=closed,
                                                name=info.closed_by, count=count)
        return translate("ActivityHistory", "Opened {opened}, closed {closed}. {count}.").format(
            opened=opened, closed=closed, count=count)
    return translate("ActivityHistory", "Open since {opened}. {count}.").format(
        opened=opened, count=count)


def next_form(row: HistoryRow) -> ActivityForm:
    """The next activity of the case, pre-filled: same kind, type and contact."""
    subject, prefix = row.subject, translate("ActivityHistory", NEXT_PREFIX)
    for old in (prefix, NEXT_PREFIX):  # a chain begun in the other language
        if subject.startswith(old):
            subject = subject[len(old):]
            break
    return ActivityForm(kind=row.kind, type_id=row.type_id, contact_id=row.contact_id,
                        company_id=row.company_id, subject=(prefix + subject)[:300])


class NextActionDialog(ActivityDialog):
    """The activity dialog for the next step: Save closes the current activity and
    records this one in its case, in one transaction (``cases.next_action``)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, row: HistoryRow,
                 parent: QWidget | None = None) -> None:
        self.previous = row
        super().__init__(ctx, runner, form=next_form(row),
                         title=translate("ActivityHistory", "Next action: {subject}").format(
                             subject=row.subject),
                         parent=parent,
                         save_with=lambda form: cases.next_action(ctx, row.id, form,
                                                                  expected_version=row.version))
