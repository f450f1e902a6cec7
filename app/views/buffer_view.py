"""The Big Data buffer: calls no single contact could take (unknown, ambiguous,
withheld). From here a caller becomes a contact, a number joins an existing
contact (the service then moves its calls over), or calls are moved by hand."""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities import core as activities
from app.services.calls import queries as calls
from app.services.calls.queries import LoggedCall
from app.services.changes import Kind
from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import PhoneInput
from app.views.change_bus import change_bus
from app.views.dialogs.contact_dialog import ContactDialog
from app.views.popup import manager as popup_manager
from app.views.popup.pages import outcome_word
from app.views.popup.picker import ContactPicker
from app.views.popup.prefill import contact_from_call, source_label
from app.views.tasks import TaskRunner
from app.views.widgets.tables import Column, RowsTableModel

log = logging.getLogger(__name__)

BUCKETS = {"buffer": QT_TRANSLATE_NOOP("BufferView", "unknown"),
           "ambiguous": QT_TRANSLATE_NOOP("BufferView", "ambiguous"),
           "withheld": QT_TRANSLATE_NOOP("BufferView", "withheld")}
LIMIT = 1000


def bucket_label(where: str) -> str:
    return translate("BufferView", BUCKETS[where]) if where in BUCKETS else where


def buffer_columns() -> list[Column[LoggedCall]]:
    return [Column(translate("BufferView", "When"), lambda c: c.at),
            Column(translate("BufferView", "Number"), lambda c: c.display or c.number or "—"),
            Column(translate("BufferView", "Caller name"), lambda c: c.name),
            Column(translate("BufferView", "Outcome"), lambda c: outcome_word(c.outcome)),
            Column(translate("BufferView", "Bucket"), lambda c: bucket_label(c.where)),
            Column(translate("BufferView", "Source"), lambda c: source_label(c.source))]


def add_number(ctx: AppContext, contact_id: int, number: str) -> None:
    """Append ``number`` to the contact's phones (the service claims its calls)."""
    version = contacts.get(ctx, contact_id).version  # first: a save in between is stale
    data = contacts.as_input(ctx, contact_id)
    data.phones = [*data.phones, PhoneInput(number)]
    contacts.update_contact(ctx, contact_id, data, expected_version=version)


class BufferView(QDialog):
    open_contact_requested = Signal(int)
    """Show the contact that just got these calls."""
    loaded = Signal()
    """The list shows the buffer as it is now."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._select_id: int | None = None  # the call to select once the rows are read
        self.setWindowTitle(translate("BufferView", "Unmatched calls (buffer)"))
        self.setObjectName("bufferView")
        self.setModal(False)

        # widgets
        self.model: RowsTableModel[LoggedCall] = RowsTableModel(buffer_columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("bufferTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the caller name
        self.count_label = QLabel(self)
        self.create_button = QPushButton(translate("BufferView", "Create contact…"), self)
        self.add_number_button = QPushButton(translate("BufferView", "Add number to existing contact…"), self)
        self.move_button = QPushButton(translate("BufferView", "Move to contact…"), self)
        self.refresh_button = QPushButton(translate("BufferView", "Refresh"), self)
        self.close_button = QPushButton(translate("BufferView", "Close"), self)

        # layout
        box = QVBoxLayout(self)
        box.addWidget(QLabel(translate("BufferView",
                                       "Calls from numbers no single contact has. They move to a "
                                       "contact's history as soon as one gets the number."), self))
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        for b in (self.create_button, self.add_number_button, self.move_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.count_label)
        row.addWidget(self.refresh_button)
        row.addWidget(self.close_button)
        box.addLayout(row)
        self.resize(860, 440)

        # signals
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.create_button.clicked.connect(self.create_contact)
        self.add_number_button.clicked.connect(self.add_to_existing)
        self.move_button.clicked.connect(self.move_to_contact)
        self.refresh_button.clicked.connect(self.refresh)
        change_bus().watch(self, {Kind.BUFFER}, lambda _c: self.refresh() if self.isVisible() else None)
        self.close_button.clicked.connect(self.close)
        self._sync_buttons()

    # -- data -----------------------------------------------------------------

    def refresh(self) -> None:
        self._runner.run("buffer-view", lambda: calls.list_calls(
            self._ctx, unmatched_only=True, limit=LIMIT), self._show)

    def on_call_routed(self, _routed: object) -> None:
        """Slot for the bridge: a new or ended call may be in the buffer."""
        self.refresh()

    def select_after_load(self, call_id: int | None) -> None:
        """Select the call ``call_id`` when the rows next arrive (a recent call opened)."""
        self._select_id = call_id

    def _show(self, rows: list[LoggedCall]) -> None:
        self.model.set_rows(rows)
        wanted, self._select_id = self._select_id, None
        found = [r for r, call in enumerate(rows) if call.id == wanted]
        if found:
            self.select_rows(found)
            self.table.scrollTo(self.model.index(found[0], 0))
        count = len(rows)
        self.count_label.setText(translate("BufferView", "%n call(s)", None, count))
        self._sync_buttons()
        self.loaded.emit()

    def selected(self) -> list[LoggedCall]:
        return [self.model.row(i.row()) for i in self.table.selectionModel().selectedRows()]

    def select_rows(self, rows: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r in rows:
            self.table.selectRow(r)
        self.table.setSelectionMode(mode)

    def _sync_buttons(self) -> None:
        chosen = self.selected()
        numbered = bool(chosen) and all(c.where != "withheld" and c.number for c in chosen)
        self.create_button.setEnabled(numbered)
        self.add_number_button.setEnabled(numbered)
        self.move_button.setEnabled(bool(chosen) and all(c.where in ("withheld", "ambiguous")
                                                         for c in chosen))

    # -- actions --------------------------------------------------------------

    def create_contact(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        dialog = ContactDialog(self._ctx, contact_from_call(chosen[0].number, chosen[0].name),
                               parent=self, runner=self._runner)
        if popup_manager.exec_dialog(dialog) and dialog.contact_id is not None:
            self._done(dialog.contact_id)

    def add_to_existing(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        number = chosen[0].number
        picker = ContactPicker(self._ctx, self._runner,
                               translate("BufferView", "Add number to a contact"),
                               translate("BufferView", "Which contact has the number {number}?").format(
                                   number=chosen[0].display or number), parent=self)
        if popup_manager.exec_dialog(picker) and picker.chosen_id is not None:
            cid = picker.chosen_id
            self._runner.run("buffer-add-number", partial(add_number, self._ctx, cid, number),
                             lambda _r: self._done(cid), write=True)

    def move_to_contact(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        ids = [c.id for c in chosen]
        term = chosen[0].number if chosen[0].where == "ambiguous" else ""
        picker = ContactPicker(self._ctx, self._runner,
                               translate("BufferView", "Move calls to a contact"),
                               translate("BufferView", "Whose calls are these?") if len(ids) > 1
                               else translate("BufferView", "Whose call is this?"),
                               term=term, parent=self)
        if popup_manager.exec_dialog(picker) and picker.chosen_id is not None:
            cid = picker.chosen_id
            self._runner.run("buffer-move", partial(activities.move_buffered, self._ctx, ids, cid),
                             lambda _r: self._done(cid), write=True)

    def _done(self, contact_id: int) -> None:
        self.refresh()
        self.open_contact_requested.emit(contact_id)
