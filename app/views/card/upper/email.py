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

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities import core as activities
from app.services.activities.core import ActivityView
from app.services.context import AppContext
from app.views.card.base import CardTab
from app.views.tasks import TaskRunner
from app.views.widgets.dates import format_datetime
from app.views.widgets.tables import Column, RowsTableModel

log = logging.getLogger(__name__)

KINDS = ["mail", "direct_mail"]
DIRECTIONS = {"in": QT_TRANSLATE_NOOP("CardEmail", "Received"),
              "out": QT_TRANSLATE_NOOP("CardEmail", "Sent")}
EMPTY_TEXT = QT_TRANSLATE_NOOP("CardEmail", "No e-mails are linked to this contact yet. Once mail "
                               "integration is set up, mails to and from the contact's addresses "
                               "appear here by themselves.")


def direction_label(direction: str | None) -> str:
    if direction in DIRECTIONS:
        return translate("CardEmail", DIRECTIONS[direction])
    return direction or ""


def mail_columns() -> list[Column[ActivityView]]:
    return [
        Column(translate("CardEmail", "Date"), lambda a: a.occurred_at),
        Column(translate("CardEmail", "Direction"), lambda a: direction_label(a.direction)),
        Column(translate("CardEmail", "Subject"),
               lambda a: a.subject or translate("CardEmail", "(no subject)")),
        Column(translate("CardEmail", "Kind"),
               lambda a: translate("CardEmail", "Direct mail") if a.kind == "direct_mail"
               else translate("CardEmail", "E-mail")),
        Column(translate("CardEmail", "By"), lambda a: a.owner or ""),
    ]


class EmailTab(CardTab):
    key = "email"
    title = QT_TRANSLATE_NOOP("CardTabs", "E-mail")

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
        self.body.setPlaceholderText(translate("CardEmail", "Select a mail to read it here."))
        self.empty = QLabel(translate("CardEmail", EMPTY_TEXT), self)
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
        head = translate("CardEmail", "Subject: {subject}").format(subject=mail.subject) + "\n"
        head += translate("CardEmail", "Date: {when}").format(when=format_datetime(mail.occurred_at)) + "\n"
        if mail.owner:
            head += translate("CardEmail", "By: {name}").format(name=mail.owner) + "\n"
        self.body.setPlainText(head + "\n" + (mail.body or translate("CardEmail", "(no text)")))
