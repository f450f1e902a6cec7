"""Notes: date, author and first line; the selected note in full beside the
list. Only the author edits a note; a Private note reaches no one else (the
service leaves other users' private notes out)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities import by_contact as contact_activities
from app.services.activities.core import ActivityView
from app.services.context import AppContext
from app.views.card.lower.base import LowerTab
from app.views.dialogs.note_dialog import NoteDialog
from app.views.tasks import TaskRunner
from app.views.widgets.dates import format_datetime, local
from app.views.widgets.tables import Column, RowsTableModel, make_table

log = logging.getLogger(__name__)


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class NotesTab(LowerTab):
    key = "notes"
    title = QT_TRANSLATE_NOOP("CardTabs", "Notes")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.model: RowsTableModel[ActivityView] = RowsTableModel([
            Column(translate("CardNotes", "Date"), lambda a: local(a.occurred_at)),
            Column(translate("CardNotes", "Author"), lambda a: a.owner or ""),
            Column(translate("CardNotes", "Private"),
                   lambda a: translate("CardNotes", "Private") if a.private else ""),
            Column(translate("CardNotes", "Note"), lambda a: first_line(a.body or a.subject),
                   tooltip=lambda a: a.body[:500]),
        ], self)
        self.table = make_table(self.model, self, "notesTable")
        for col, width in enumerate((140, 100, 64)):
            self.table.setColumnWidth(col, width)
        self.pane = QPlainTextEdit(self)
        self.pane.setObjectName("notePane")
        self.pane.setReadOnly(True)
        self.pane.setPlaceholderText(translate("CardNotes", "Select a note to read it here"))
        self.pane_caption = QLabel(self)
        self.pane_caption.setObjectName("notePaneCaption")
        self.new_button = QPushButton(translate("CardNotes", "New note…"), self)
        self.edit_button = QPushButton(translate("CardNotes", "Edit…"), self)

        # layout
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.pane_caption)
        right_box.addWidget(self.pane, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(split, 1)
        box.addLayout(buttons)

        # signals
        self.new_button.clicked.connect(self.new_note)
        self.edit_button.clicked.connect(self.edit_note)
        self.table.doubleClicked.connect(lambda _i: self.edit_note())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self._show_selected()

    def reload(self) -> None:
        ctx, cid = self.ctx, self.contact_id
        self.load(lambda: contact_activities.notes(ctx, cid), self._fill)

    def _fill(self, rows: list[ActivityView]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        index = next((n for n, r in enumerate(rows) if keep and r.id == keep.id), 0)
        if rows:
            self.select_row(self.table, index)
        self._show_selected()

    def selected(self) -> ActivityView | None:
        row = self.selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def can_edit(self, note: ActivityView | None) -> bool:
        """A note is its author's words: only they edit it (the service agrees)."""
        return note is not None and note.mine

    def _show_selected(self) -> None:
        note = self.selected()
        self.edit_button.setEnabled(self.can_edit(note))
        if note is None:
            self.pane.clear()
            self.pane_caption.setText("")
            return
        stamp = format_datetime(note.occurred_at)
        self.pane_caption.setText(f"{note.owner or '?'} · {stamp}"
                                  + (" · " + translate("CardNotes", "private") if note.private else ""))
        self.pane.setPlainText(note.body or note.subject)
        if not self.can_edit(note):
            self.edit_button.setToolTip(translate("CardNotes", "Only the author can edit a note"))
        else:
            self.edit_button.setToolTip("")

    # -- actions ---------------------------------------------------------------

    def new_note(self) -> None:
        """The card's "New note…"."""
        if self.detail is None:
            return
        dialog = NoteDialog(self)
        dialog.submitted.connect(lambda d=dialog: self._add(d))
        self.open_dialog(dialog)

    def _add(self, dialog: NoteDialog) -> None:
        (text, private), cid = dialog.values(), self.contact_id
        self.save(lambda: contact_activities.add_note(self.ctx, cid, text, private=private), dialog)

    def edit_note(self) -> None:
        note = self.selected()
        if not self.can_edit(note):
            return
        assert note is not None
        dialog = NoteDialog(self, text=note.body, private=note.private, editing=True)
        dialog.submitted.connect(lambda d=dialog, n=note.id: self._edit(d, n))
        self.open_dialog(dialog)

    def _edit(self, dialog: NoteDialog, note_id: int) -> None:
        text, private = dialog.values()
        self.save(lambda: contact_activities.edit_note(self.ctx, note_id, text, private=private),
                  dialog)
