"""Project Participation: the projects the contact is part of, with its role."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import marketing
from app.services.contacts.marketing import Participation
from app.services.context import AppContext, ServiceError
from app.views.card.base import CardTab
from app.views.dialogs.marketing_dialogs import PROJECT_ROLES, JoinDialog, RecordDialog
from app.views.errors import confirm, show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.fields import make_table, selected_row
from app.views.widgets.flow_layout import FlowLayout
from app.views.widgets.labels import marketing_status_label
from app.views.widgets.tables import Column, RowsTableModel

log = logging.getLogger(__name__)


def project_columns() -> list[Column[Participation]]:
    return [Column(translate("CardProjects", "Project"), lambda p: p.name),
            Column(translate("CardProjects", "Role"), lambda p: p.role or "—"),
            Column(translate("CardProjects", "Start"), lambda p: p.start_date),
            Column(translate("CardProjects", "End"), lambda p: p.end_date),
            Column(translate("CardProjects", "Status"), lambda p: marketing_status_label(p.status))]


class ProjectsTab(CardTab):
    key = "projects"
    title = QT_TRANSLATE_NOOP("CardTabs", "Project Participation")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.model: RowsTableModel[Participation] = RowsTableModel(project_columns(), self)
        self.table = make_table(self.model, self, 0)
        self.new_button = QPushButton(translate("CardProjects", "New project…"), self)
        self.add_button = QPushButton(translate("CardProjects", "Add to project…"), self)
        self.role_button = QPushButton(translate("CardProjects", "Change role…"), self)
        self.remove_button = QPushButton(translate("CardProjects", "Remove"), self)
        self.empty = QLabel(translate("CardProjects", "This contact takes part in no projects yet."), self)
        self.empty.setEnabled(False)

        # layout
        buttons = FlowLayout()  # wraps on a narrow card
        for b in (self.new_button, self.add_button, self.role_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        # signals
        self.new_button.clicked.connect(self.new_project)
        self.add_button.clicked.connect(self.add_to_project)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _i: self.change_role())
        self._enable()

    def reload(self) -> None:
        if self.detail is None:
            return
        contact_id = self.detail.id
        self.runner.run(f"projects.{id(self)}",
                        lambda: marketing.contact_projects(self.ctx, contact_id), self._show)

    def _show(self, rows: list[Participation]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._enable()

    def _enable(self) -> None:
        chosen = selected_row(self.table) is not None
        self.role_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _changed(self) -> None:
        self._stale = False
        self.reload()

    # -- actions -------------------------------------------------------------

    def _join(self, title: str, current: Participation | None = None) -> None:
        if self.detail is None:
            return
        contact_id = self.detail.id
        try:
            choices = marketing.projects(self.ctx)
        except ServiceError as exc:
            show_exception(self, exc)
            return
        dialog = JoinDialog(
            title, choices, translate("CardProjects", "&Project:"), translate("CardProjects", "&Role:"),
            PROJECT_ROLES,
            lambda pid, role: marketing.add_to_project(self.ctx, pid, contact_id, role),
            current_id=current.id if current else None,
            current_text=current.role if current else "", parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def new_project(self) -> None:
        """Create a project, then ask for the contact's role in it."""
        dialog = RecordDialog(self.ctx, "project", self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.record_id is None:
            return
        created = marketing.Participation(dialog.record_id, dialog.name.text(), None, None, "", "")
        self._join(translate("CardProjects", "Add to project"), created)

    def add_to_project(self) -> None:
        self._join(translate("CardProjects", "Add to project"))

    def change_role(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self._join(translate("CardProjects", "Change role"), self.model.row(row))

    def remove(self) -> None:
        row = selected_row(self.table)
        if self.detail is None or row is None:
            return
        project = self.model.row(row)
        if not confirm(self, translate("CardProjects", "Remove from project"),
                       translate("CardProjects", "Take {name} off “{project}”?").format(
                           name=self.detail.display_name, project=project.name)):
            return
        try:
            marketing.remove_from_project(self.ctx, project.id, self.detail.id)
        except ServiceError as exc:
            show_exception(self, exc)
        self._changed()
