"""Tasks linked to the contact, filtered by status and owner. Another rep's
task is greyed out and its buttons are off (reference 003: you cannot act on
a different salesman's activity; the service refuses it as well). A task given
by another rep says so ("Given by Alice") under the list when selected."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities import by_contact as contact_activities
from app.services.activities import edit as activity_edit
from app.services.activities import types as activity_types
from app.services.activities.core import ActivityView
from app.services.activities.edit import ActivityDetail
from app.services.activities.types import TypeView
from app.services.context import AppContext
from app.services.office import users
from app.services.office.users import UserView
from app.views.card.lower.base import LowerTab
from app.views.dialogs.task_dialog import TaskDialog
from app.views.tasks import TaskRunner
from app.views.widgets.dates import local
from app.views.widgets.flow_layout import FlowLayout
from app.views.widgets.labels import status_label
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)

STATUSES = ["open", "done", "cancelled"]


class TasksTab(LowerTab):
    key = "tasks"
    title = QT_TRANSLATE_NOOP("CardTabs", "Tasks")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # attributes
        self.users: list[UserView] = []

        # widgets
        self.status = QComboBox(self)
        self.status.setObjectName("taskStatusFilter")
        for key in STATUSES:
            self.status.addItem(status_label(key), key)
        self.status.addItem(translate("CardTasks", "All"), None)
        self.owner = QComboBox(self)
        self.owner.setObjectName("taskOwnerFilter")
        self.owner.addItem(translate("CardTasks", "Everyone"), None)
        self.model: RowsTableModel[ActivityView] = RowsTableModel([
            Column(translate("CardTasks", "Due"), lambda a: local(a.due_at)),
            Column(translate("CardTasks", "Subject"), lambda a: a.subject, tooltip=lambda a: a.body[:500]),
            Column(translate("CardTasks", "Owner"), lambda a: self._label(a.owner)),
            Column(translate("CardTasks", "Status"), lambda a: status_label(a.status)),
        ], self, dimmed=lambda a: not self.is_mine(a))
        self.table = make_table(self.model, self, "tasksTable")
        self.open_on_double_click(self.table, lambda r: self.model.row(r).id)
        for col, width in enumerate((140, 360, 140)):
            self.table.setColumnWidth(col, width)
        self.given = QLabel(self)
        self.given.setObjectName("taskGivenBy")
        self.given.hide()
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("taskDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(64)
        self.details.setPlaceholderText(translate("CardTasks", "The selected task's notes"))
        self.new_button = QPushButton(translate("CardTasks", "New task…"), self)
        self.done_button = QPushButton(translate("CardTasks", "Mark done"), self)
        self.cancel_button = QPushButton(translate("CardTasks", "Cancel task"), self)
        self.reopen_button = QPushButton(translate("CardTasks", "Reopen"), self)

        # layout
        filters = FlowLayout()  # wraps on a narrow card
        filters.addWidget(QLabel(translate("CardTasks", "Status:"), self))
        filters.addWidget(self.status)
        filters.addSpacing(12)
        filters.addWidget(QLabel(translate("CardTasks", "Owner:"), self))
        filters.addWidget(self.owner)
        filters.addStretch(1)
        buttons = FlowLayout()
        for b in (self.new_button, self.done_button, self.cancel_button, self.reopen_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addWidget(self.given)
        box.addWidget(self.details)
        box.addLayout(buttons)

        # signals
        self.status.currentIndexChanged.connect(lambda _i: self.reload_if_shown())
        self.owner.currentIndexChanged.connect(lambda _i: self.reload_if_shown())
        self.new_button.clicked.connect(self.new_task)
        self.done_button.clicked.connect(lambda: self.set_selected_status("done"))
        self.cancel_button.clicked.connect(lambda: self.set_selected_status("cancelled"))
        self.reopen_button.clicked.connect(lambda: self.set_selected_status("open"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    def is_mine(self, task: ActivityView) -> bool:
        """Not greyed (reference 003): the user's own, or nobody's yet."""
        return task.mine or task.owner is None

    def _label(self, username: str | None) -> str:
        user = next((u for u in self.users if u.username == username), None)
        return user.label if user is not None else (username or "")

    # -- loading ---------------------------------------------------------------

    def reload_if_shown(self) -> None:
        if self.detail is not None:
            self.reload()

    def reload(self) -> None:
        ctx, cid = self.ctx, self.contact_id
        status, owner = self.status.currentData(), self.owner.currentData()
        self.load(lambda: (users.list_users(ctx),
                           contact_activities.tasks(ctx, cid, status=status, owner=owner)),
                  self._fill)

    def _fill(self, result: tuple[list[UserView], list[ActivityView]]) -> None:
        self.users, rows = result
        self._fill_owner_filter()
        rows = sorted(rows, key=lambda a: (a.due_at is None, local(a.due_at) or 0, a.id))
        self.model.set_rows(rows)
        self._selection_changed()

    def _fill_owner_filter(self) -> None:
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(translate("CardTasks", "Everyone"), None)
        for u in self.users:
            self.owner.addItem(translate("CardTasks", "Me") if u.username == self.ctx.user else u.label,
                               u.username)
        index = self.owner.findData(chosen)
        self.owner.setCurrentIndex(max(0, index))
        self.owner.blockSignals(False)

    def set_owner_filter(self, username: str | None) -> None:
        self.owner.setCurrentIndex(max(0, self.owner.findData(username)))

    def set_status_filter(self, status: str | None) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    # -- selection and actions -------------------------------------------------

    def selected(self) -> ActivityView | None:
        row = self.selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def _selection_changed(self) -> None:
        task = self.selected()
        mine = task is not None and self.is_mine(task)
        self.done_button.setEnabled(mine and task.status != "done")  # type: ignore[union-attr]
        self.cancel_button.setEnabled(mine and task.status == "open")  # type: ignore[union-attr]
        self.reopen_button.setEnabled(mine and task.status != "open")  # type: ignore[union-attr]
        tip = "" if task is None or mine else translate("CardTasks", "This task belongs to another rep")
        for b in (self.done_button, self.cancel_button, self.reopen_button):
            b.setToolTip(tip)
        self.details.setPlainText(task.body if task is not None else "")
        self.given.hide()
        if task is not None:  # who gave it: the task's own record says
            ctx, tid = self.ctx, task.id
            self.runner.run(f"{self._task}.given", lambda: activity_edit.get(ctx, tid),
                            self._show_given, on_error=lambda _exc: None)

    def _show_given(self, detail: ActivityDetail) -> None:
        task = self.selected()
        if task is None or task.id != detail.id or not detail.assigned_by:
            return
        self.given.setText(translate("CardTasks", "Given by {name}").format(
            name=self._label(detail.assigned_by)))
        self.given.show()

    def set_selected_status(self, status: str) -> None:
        task = self.selected()
        if task is None or not self.is_mine(task):
            return
        self.save(lambda: contact_activities.set_status(self.ctx, task.id, status))

    def new_task(self) -> None:
        """The card's "New task…"."""
        if self.detail is None:
            return
        ctx = self.ctx
        self.runner.run(f"{self._task}.users",  # whom to give it to, and the office's types
                        lambda: (users.list_users(ctx), activity_types.list_types(ctx)),
                        self._open_task_dialog)

    def _open_task_dialog(self, loaded: tuple[list[UserView], list[TypeView]]) -> None:
        self.users, types = loaded
        dialog = TaskDialog(self.users, self.ctx.user, self, types=types)
        dialog.submitted.connect(lambda d=dialog: self._add(d))
        self.open_dialog(dialog)

    def _add(self, dialog: TaskDialog) -> None:
        ctx, form = self.ctx, dialog.activity_form(self.contact_id)
        self.save(lambda: activity_edit.create(ctx, form), dialog)
