"""Settings › Activity types: the built-in types and the office's own ("On Site
inspection", "cold call" in reference 003), each with the base type that
decides its form and rules. A manager adds, renames, retires and restores
them; everyone else sees the list read-only."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services import policy
from app.services.activities import rules as activity_rules
from app.services.activities import types as activity_types
from app.services.activities.types import TypeView
from app.services.context import AppContext
from app.views.errors import show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.forms import FormDialog, save_from_dialog
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)


def _base_label(kind: str) -> str:
    return activity_rules.RULES[kind].label if kind in activity_rules.RULES else kind


class TypeNameDialog(FormDialog):
    """Name (and, for a new type, base type) of an office-defined type."""

    def __init__(self, title: str, parent: QWidget | None = None, *, name: str = "",
                 with_base: bool = True) -> None:
        super().__init__(title, parent)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("typeName")
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(translate("ActivityTypesDialog", "e.g. On Site inspection"))
        self.add_field("name", translate("ActivityTypesDialog", "Name"), self.name)
        self.base = QComboBox(self)
        self.base.setObjectName("typeBase")
        for kind, rules in activity_rules.RULES.items():
            self.base.addItem(rules.label, kind)
        if with_base:
            self.add_field("base_kind", translate("ActivityTypesDialog", "Works like"), self.base)
            hint = QLabel(translate("ActivityTypesDialog", "Its form and rules are those of the type it "
                                                           "works like."), self)
            hint.setWordWrap(True)
            self.body.insertWidget(1, hint)


class ActivityTypesDialog(QDialog):
    """The list with Add / Rename / Retire-or-restore; changes save at once."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ActivityTypesDialog", "Activity types"))
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._task = f"activity-types.{id(self)}"
        self.manager = False
        self.active_dialog: TypeNameDialog | None = None

        # widgets
        self.model: RowsTableModel[TypeView] = RowsTableModel([
            Column(translate("ActivityTypesDialog", "Name"),
                   lambda t: activity_rules.type_label(t.name)),
            Column(translate("ActivityTypesDialog", "Works like"),
                   lambda t: _base_label(t.base_kind)),
            Column(translate("ActivityTypesDialog", "Kind"),
                   lambda t: translate("ActivityTypesDialog", "Built in") if t.built_in
                   else translate("ActivityTypesDialog", "Office")),
            Column(translate("ActivityTypesDialog", "In use"),
                   lambda t: translate("ActivityTypesDialog", "Yes") if t.active
                   else translate("ActivityTypesDialog", "Retired")),
        ], self, dimmed=lambda t: not t.active)
        self.table = make_table(self.model, self, "activityTypesTable")
        for col, width in enumerate((220, 170, 90)):
            self.table.setColumnWidth(col, width)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.add_button = QPushButton(translate("ActivityTypesDialog", "Add…"), self)
        self.rename_button = QPushButton(translate("ActivityTypesDialog", "Rename…"), self)
        self.retire_button = QPushButton(translate("ActivityTypesDialog", "Retire"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        # layout
        row = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.retire_button):
            row.addWidget(b)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addWidget(self.note)
        box.addLayout(row)
        box.addWidget(buttons)
        self.resize(640, 460)

        # connections
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_type)
        self.rename_button.clicked.connect(self.rename_type)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    # -- loading -------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self._ctx
        self._runner.run(f"{self._task}.load", lambda: (
            policy.may_change_office_settings(ctx.actor),
            activity_types.list_types(ctx, include_retired=True)),
            self._fill)

    def _fill(self, result: tuple[bool, list[TypeView]]) -> None:
        self.manager, rows = result
        self.model.set_rows(rows)
        self.note.setText("" if self.manager else
                          translate("ActivityTypesDialog", "Only a manager can add, rename or retire "
                                                           "activity types."))
        self.note.setVisible(not self.manager)
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> TypeView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        own = chosen is not None and not chosen.built_in
        self.add_button.setEnabled(self.manager)
        self.rename_button.setEnabled(self.manager and own)
        self.retire_button.setEnabled(self.manager and own)
        self.retire_button.setText(translate("ActivityTypesDialog", "Restore")
                                   if chosen is not None and not chosen.active
                                   else translate("ActivityTypesDialog", "Retire"))

    # -- changes ---------------------------------------------------------------------

    def add_type(self) -> None:
        dialog = TypeNameDialog(translate("ActivityTypesDialog", "New activity type"), self)
        dialog.submitted.connect(lambda: self._save(dialog, lambda: activity_types.add_type(
            self._ctx, dialog.name.text(), dialog.base.currentData())))
        self._open(dialog)

    def rename_type(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = TypeNameDialog(translate("ActivityTypesDialog", "Rename activity type"), self,
                                name=chosen.name, with_base=False)
        dialog.submitted.connect(lambda: self._save(dialog, lambda: activity_types.rename(
            self._ctx, chosen.id, dialog.name.text())))
        self._open(dialog)

    def toggle_retired(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._save(None, lambda: activity_types.set_active(self._ctx, chosen.id,
                                                               not chosen.active))

    def _open(self, dialog: TypeNameDialog) -> None:
        self.active_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        dialog.open()

    def _save(self, dialog: TypeNameDialog | None, fn) -> None:  # type: ignore[no-untyped-def]
        save_from_dialog(self._runner, f"{self._task}.save", fn, dialog,
                         lambda _result: self.reload(), lambda exc: show_exception(self, exc))
