"""Find one contact by name, number or e-mail (the buffer view's "Add number to
existing contact" and "Move to contact…")."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.contacts import search
from app.services.context import AppContext
from app.services.dto import ContactRow
from app.views.tasks import TaskRunner
from app.views.widgets.labels import contact_type_label
from app.views.widgets.tables import Column, RowsTableModel

log = logging.getLogger(__name__)

TYPE_DELAY_MS = 200


def pick_columns() -> list[Column[ContactRow]]:
    return [Column(translate("ContactPicker", "Name"), lambda r: r.name),
            Column(translate("ContactPicker", "Company / contact"), lambda r: r.contact),
            Column(translate("ContactPicker", "Type"), lambda r: contact_type_label(r.contact_type)),
            Column(translate("ContactPicker", "Phone"), lambda r: r.phone)]


class ContactPicker(QDialog):
    """Search as you type; OK gives ``chosen_id``."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, title: str, prompt: str,
                 term: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self.chosen_id: int | None = None
        self.setWindowTitle(title)
        self.setObjectName("contactPicker")

        # widgets
        self.search_box = QLineEdit(term, self)
        self.search_box.setPlaceholderText(translate("ContactPicker", "Name, number or e-mail"))
        self.search_box.setClearButtonEnabled(True)
        self.model: RowsTableModel[ContactRow] = RowsTableModel(pick_columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPE_DELAY_MS)

        # layout
        box = QVBoxLayout(self)
        box.addWidget(QLabel(prompt, self))
        box.addWidget(self.search_box)
        box.addWidget(self.table, 1)
        box.addWidget(self.buttons)
        self.resize(620, 380)

        # signals
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.run_search)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if term:
            self.run_search()

    def run_search(self) -> None:
        term = self.search_box.text().strip()
        if not term:
            self.model.set_rows([])
            return
        self._runner.run("contact-picker", lambda: search.search(self._ctx, term, limit=50).rows,
                         self._show)

    def _show(self, rows: list[ContactRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)

    def select_contact(self, contact_id: int) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.id == contact_id:
                self.table.selectRow(i)
                return True
        return False

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.chosen_id = self.model.row(rows[0].row()).id if rows else None
        self.ok_button.setEnabled(self.chosen_id is not None)

    def accept(self) -> None:
        if self.chosen_id is not None:
            super().accept()
