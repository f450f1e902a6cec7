"""The "Chats, faxes & SMS" tab: records kept without a contact (reference 000),
adding one by hand, importing a chat transcript, and forwarding a chat as a
To-Do or a Ticket (missed chats especially)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities import messages as message_records
from app.services.activities import rules as activity_rules
from app.services.activities.messages import ImportResult, RecordRow
from app.services.context import AppContext
from app.services.helpdesk import tickets as helpdesk
from app.views.dialogs.forward_dialog import ForwardDialog
from app.views.helpdesk.base import DeskTab, count_text
from app.views.helpdesk.record_dialogs import RecordDialog
from app.views.tasks import TaskRunner
from app.views.widgets.dates import format_datetime, local
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)

RECORDS_PAGE = 500  # records listed at once; the count above the list says how many there are
KIND_FILTER = ((None, QT_TRANSLATE_NOOP("HelpDesk", "All")),
               ("live_chat", QT_TRANSLATE_NOOP("HelpDesk", "Live chats")),
               ("fax", QT_TRANSLATE_NOOP("HelpDesk", "Faxes")),
               ("sms", QT_TRANSLATE_NOOP("HelpDesk", "SMS")))
DIRECTIONS = {"in": QT_TRANSLATE_NOOP("HelpDesk", "In"), "out": QT_TRANSLATE_NOOP("HelpDesk", "Out")}
"""English labels, shown through ``translate("HelpDesk", label)``."""


def kind_text(r: RecordRow) -> str:
    """The record's kind as the list shows it ("Live chat (missed)")."""
    return translate("HelpDesk", "{kind} (missed)").format(kind=r.kind_label) if r.missed \
        else r.kind_label


class RecordsTab(DeskTab):
    open_activity_requested = Signal(int)
    """A record was double-clicked: show it (the main window opens the activity)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.kind = QComboBox(self)
        self.kind.setObjectName("recordKindFilter")
        for key, label in KIND_FILTER:
            self.kind.addItem(translate("HelpDesk", label), key)
        self.count = QLabel(self)
        self.model: RowsTableModel[RecordRow] = RowsTableModel([
            Column(translate("HelpDesk", "When"), lambda r: local(r.occurred_at)),
            Column(translate("HelpDesk", "Type"), kind_text),
            Column(translate("HelpDesk", "Dir."),
                   lambda r: translate("HelpDesk", DIRECTIONS[r.direction])
                   if r.direction in DIRECTIONS else ""),
            Column(translate("HelpDesk", "Number / e-mail"), lambda r: r.address or r.number),
            Column(translate("HelpDesk", "Text"), lambda r: r.summary or r.subject,
                   tooltip=lambda r: r.summary),
            Column(translate("HelpDesk", "Forwarded"),
                   lambda r: translate("HelpDesk", "Yes") if r.forwarded else ""),
        ], self, dimmed=lambda r: not r.editable)
        self.table = make_table(self.model, self, "recordTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 140), (1, 130), (2, 50), (3, 200), (5, 90)):
            self.table.setColumnWidth(col, width)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("recordDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        self.details.setPlaceholderText(translate("HelpDesk", "The selected record's text"))
        self.add_button = QPushButton(translate("HelpDesk", "Add record…"), self)
        self.import_button = QPushButton(translate("HelpDesk", "Import chat transcript…"), self)
        self.todo_button = QPushButton(translate("HelpDesk", "Forward as To-Do…"), self)
        self.ticket_button = QPushButton(translate("HelpDesk", "Forward as Ticket…"), self)

        # layout
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("HelpDesk", "Show:"), self))
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(self.count)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.import_button, self.todo_button, self.ticket_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(QLabel(translate("HelpDesk", "Records that matched no contact's number or "
                                                   "e-mail address are kept here, outside every "
                                                   "Activity History."), self))
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.details)
        box.addLayout(buttons)
        box.addWidget(self.notice)

        # signals
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.activated.connect(
            lambda index: self.open_activity_requested.emit(self.model.row(index.row()).id))
        self.add_button.clicked.connect(lambda: self.add_record())
        self.import_button.clicked.connect(lambda: self.import_transcript())
        self.todo_button.clicked.connect(lambda: self.forward("todo"))
        self.ticket_button.clicked.connect(lambda: self.forward("ticket"))
        self._selection_changed()

    # -- loading -------------------------------------------------------------------

    def reload(self) -> None:
        ctx, kind = self.ctx, self.kind.currentData()
        self.load(lambda: (message_records.unlinked(ctx, kind, limit=RECORDS_PAGE),
                           message_records.count_unlinked(ctx, kind)), self._fill)

    def _fill(self, result: tuple[list[RecordRow], int]) -> None:
        rows, total = result
        chosen = self.selected()
        self.model.set_rows(rows)
        shown = len(rows)
        self.count.setText(count_text(
            translate("HelpDesk", "%Ln record(s)", None, total),
            translate("HelpDesk", "(the newest %Ln shown)", None, shown) if total > shown else ""))
        if chosen is not None:
            index = next((i for i, r in enumerate(rows) if r.id == chosen.id), None)
            if index is not None:
                self.table.selectRow(index)
        self._selection_changed()

    def selected(self) -> RecordRow | None:
        index = self.selected_index(self.table)
        return self.model.row(index) if index is not None else None

    def _selection_changed(self) -> None:
        r = self.selected()
        forwardable = r is not None and r.kind in activity_rules.FORWARDABLE
        for b in (self.todo_button, self.ticket_button):
            b.setEnabled(forwardable)
            b.setToolTip("" if r is None or forwardable
                         else translate("HelpDesk", "A {kind} is not forwarded (reference: calls, "
                                                    "live chats and mails are)")
                         .format(kind=r.kind_label.lower()))
        self.details.setPlainText(r.summary if r is not None else "")

    # -- actions ---------------------------------------------------------------------

    def add_record(self, kind: str = "sms") -> RecordDialog:
        dialog = RecordDialog(self, kind)
        dialog.submitted.connect(lambda d=dialog: self._add(d))
        self.open_dialog(dialog)
        return dialog

    def _add(self, dialog: RecordDialog) -> None:
        form, ctx = dialog.activity_form(), self.ctx
        self.save(lambda: message_records.add_record(ctx, form), dialog,
                  then=lambda _id: self.show_notice(translate(
                      "HelpDesk", "Record saved (linked to a contact when its number or address "
                                  "matched)")))

    def import_transcript(self, path: str | Path | None = None) -> QFileDialog | None:
        """Import ``path``; without one, ask for the file first."""
        if path is not None:
            self._import(Path(path))
            return None
        dialog = QFileDialog(self, translate("HelpDesk", "Import chat transcript"), str(Path.home()),
                             translate("HelpDesk", "Chat transcripts (*.json *.txt *.log);;"
                                                   "All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda chosen: self._import(Path(chosen)))
        self.open_dialog(dialog)
        return dialog

    def _import(self, path: Path) -> None:
        ctx = self.ctx
        self.show_notice(translate("HelpDesk", "Importing {file}…").format(file=path.name))
        self.save(lambda: message_records.import_chat_transcript(ctx, path),
                  contact_id=lambda r: r.contact_id,
                  then=lambda r: self.show_notice(self._imported(path, r)))

    @staticmethod
    def _imported(path: Path, r: ImportResult) -> str:
        where = (translate("HelpDesk", "added to the contact's Activity History")
                 if r.contact_id is not None
                 else translate("HelpDesk", "kept without a contact (listed here)"))
        count = r.messages
        messages = translate("HelpDesk", "%n message(s)", None, count)
        visitor = r.visitor or translate("HelpDesk", "a visitor")
        text = (translate("HelpDesk", "Missed chat with {visitor} imported from {file} ({format}, "
                                      "{messages}): {where}") if r.missed
                else translate("HelpDesk", "Chat with {visitor} imported from {file} ({format}, "
                                           "{messages}): {where}"))
        return text.format(visitor=visitor, file=path.name, format=r.format, messages=messages,
                           where=where)

    def forward(self, as_: str) -> ForwardDialog | None:
        r = self.selected()
        if r is None or r.kind not in activity_rules.FORWARDABLE:
            return None
        summary = translate("HelpDesk", "<b>{kind}</b> of {when}: {subject}").format(
            kind=kind_text(r), when=format_datetime(r.occurred_at), subject=r.subject)
        dialog = ForwardDialog(self.ctx, self.runner, self.users, as_, summary,
                               has_contact=False, parent=self)
        dialog.submitted.connect(lambda d=dialog: self._forward(d, r))
        self.open_dialog(dialog)
        return dialog

    def _forward(self, dialog: ForwardDialog, r: RecordRow) -> None:
        ctx, as_ = self.ctx, dialog.as_
        assignee, due, contact = dialog.assignee.currentData(), dialog.due_at(), dialog.contact_id()
        priority, note = str(dialog.priority.currentData()), dialog.note.toPlainText()
        done = (translate("HelpDesk", "Forwarded as a To-Do") if as_ == "todo"
                else translate("HelpDesk", "Forwarded as a Ticket"))
        self.save(lambda: helpdesk.forward(ctx, r.id, as_, assignee=assignee, due_at=due,
                                           note=note, priority=priority, contact_id=contact),
                  dialog, contact_id=lambda _id: contact,
                  then=lambda _id: self.show_notice(done))
