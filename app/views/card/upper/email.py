"""E-mail: the mail activities linked to the contact, newest first.

Mail integration comes later and will fill this list by itself; until then it
shows the mails (and direct mail) recorded against the contact and says so
when there are none.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.activities import core as activities
from app.services.activities.core import ActivityView
from app.services.context import AppContext
from app.views.card.base import CardTab
from app.views.tasks import TaskRunner
from app.views.widgets.tables import Column, RowsTableModel

log = logging.getLogger(__name__)

KINDS = ["mail", "direct_mail"]
DIRECTIONS = {"in": "Received", "out": "Sent"}
EMPTY_TEXT = ("No e-mails are linked to this contact yet. Once mail integration is set up, "
              "mails to and from the contact's addresses appear here by themselves.")


def mail_columns() -> list[Column[ActivityView]]:
    return [
        Column("Date", lambda a: a.occurred_at),
        Column("Direction", lambda a: DIRECTIONS.get(a.direction or "", a.direction or "")),
        Column("Subject", lambda a: a.subject or "(no subject)"),
        Column("Kind", lambda a: "Direct mail" if a.kind == "direct_mail" else "E-mail"),
        Column("By", lambda a: a.owner or ""),
    ]


class EmailTab(CardTab):
    key = "email"
    title = "E-mail"

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.model: RowsTableModel[ActivityView] = RowsTableModel(mail_columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.body.setPlaceholderText("Select a mail to read it here.")
        self.empty = QLabel(EMPTY_TEXT, self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        # layout
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.body)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)

        # signals
        self.table.selectionModel().selectionChanged.connect(self._selected)

    def reload(self) -> None:
        if self.detail is None:
            return
        contact_id = self.detail.id
        self.runner.run(f"email.{id(self)}",
                        lambda: activities.list_for_contact(self.ctx, contact_id, kinds=KINDS),
                        self._show)

    def _show(self, rows: list[ActivityView]) -> None:
        self.model.set_rows(rows)
        self.body.clear()
        self.empty.setVisible(not rows)
        self.split.setVisible(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _selected(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.body.clear()
            return
        mail = self.model.row(rows[0].row())
        head = f"Subject: {mail.subject}\nDate: {mail.occurred_at:%d %b %Y %H:%M}\n"
        if mail.owner:
            head += f"By: {mail.owner}\n"
        self.body.setPlainText(head + "\n" + (mail.body or "(no text)"))
