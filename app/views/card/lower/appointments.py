"""Appointments of the contact (including those it attends): when, until,
place, subject, who takes part. Another rep's appointments are greyed out."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities import by_contact as contact_activities
from app.services.activities.by_contact import AppointmentView
from app.services.context import AppContext
from app.services.office import users
from app.services.office.users import UserView
from app.views.card.lower.base import LowerTab
from app.views.dialogs.appointment_dialog import AppointmentDialog
from app.views.tasks import TaskRunner
from app.views.widgets.dates import format_datetime, format_time, local
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)


def _until(a: AppointmentView) -> str:
    """The end, without repeating the date when it is the same day."""
    start, end = local(a.activity.occurred_at), local(a.ends_at)
    if end is None:
        return ""
    if start is not None and start.date() == end.date():
        return format_time(end)
    return format_datetime(end)


class AppointmentsTab(LowerTab):
    key = "appointments"
    title = QT_TRANSLATE_NOOP("CardTabs", "Appointments")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.model: RowsTableModel[AppointmentView] = RowsTableModel([
            Column(translate("CardAppointments", "When"), lambda a: local(a.activity.occurred_at)),
            Column(translate("CardAppointments", "Until"), _until),
            Column(translate("CardAppointments", "Place"), lambda a: a.place),
            Column(translate("CardAppointments", "Subject"), lambda a: a.activity.subject),
            Column(translate("CardAppointments", "Attendees"), lambda a: ", ".join(a.attendees),
                   tooltip=lambda a: "\n".join(a.attendees)),
            Column(translate("CardAppointments", "Owner"), lambda a: a.activity.owner or ""),
        ], self, dimmed=lambda a: not (a.activity.mine or a.activity.owner is None))
        self.table = make_table(self.model, self, "appointmentsTable")
        self.open_on_double_click(self.table, lambda r: self.model.row(r).activity.id)
        for col, width in enumerate((140, 60, 140, 220, 260)):
            self.table.setColumnWidth(col, width)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("appointmentDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(64)
        self.details.setPlaceholderText(translate("CardAppointments", "The selected appointment's notes"))
        self.new_button = QPushButton(translate("CardAppointments", "New appointment…"), self)

        # layout
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.table, 1)
        box.addWidget(self.details)
        box.addLayout(buttons)

        # signals
        self.new_button.clicked.connect(self.new_appointment)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

    def reload(self) -> None:
        ctx, cid = self.ctx, self.contact_id
        self.load(lambda: contact_activities.appointments(ctx, cid), self.model.set_rows)

    def _show_selected(self) -> None:
        row = self.selected_row(self.table)
        appt = self.model.row(row) if row is not None else None
        if appt is None:
            self.details.clear()
            return
        lines = [appt.activity.body] if appt.activity.body else []
        if appt.attendees:
            lines.append(translate("CardAppointments", "With: {names}").format(
                names=", ".join(appt.attendees)))
        self.details.setPlainText("\n".join(lines))

    # -- New appointment ---------------------------------------------------------

    def new_appointment(self) -> None:
        """The card's "New appointment…": the dialog needs the users to invite."""
        if self.detail is None:
            return
        ctx = self.ctx
        self.runner.run(f"{self._task}.users", lambda: users.list_users(ctx), self._open_dialog)

    def _open_dialog(self, user_list: list[UserView]) -> None:
        others = [u for u in user_list if u.username != self.ctx.user]
        dialog = AppointmentDialog(self.ctx, self.runner, others, self.ctx.user, self.contact_id,
                                   self)
        dialog.submitted.connect(lambda d=dialog: self._add(d))
        self.open_dialog(dialog)

    def _add(self, dialog: AppointmentDialog) -> None:
        values, cid = dialog.values(), self.contact_id
        self.save(lambda: contact_activities.add_appointment(self.ctx, cid, **values),  # type: ignore[arg-type]
                  dialog)
