"""The home page's tables: plain rows from ``services.dashboard`` in
``RowsTableModel``s, with overdue To-Dos in red and the 30-day counts with a
total line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.activities.todos import TodoRow
from app.services.helpdesk.tickets import TicketRow
from app.services.reports.dashboard import RecentCall, TypeCount
from app.views.widgets.choices import PRIORITIES
from app.views.widgets.labels import outcome_label
from app.views.widgets.tables import Column, RowsTableModel

_Index = QModelIndex | QPersistentModelIndex
OVERDUE_RED = QColor(190, 20, 20)
PRIORITY = dict(PRIORITIES)  # English, context "Choices"
TICKET_STATUS = {"new": QT_TRANSLATE_NOOP("Home", "New"), "open": QT_TRANSLATE_NOOP("Home", "Open"),
                 "waiting": QT_TRANSLATE_NOOP("Home", "Waiting"),
                 "resolved": QT_TRANSLATE_NOOP("Home", "Resolved"),
                 "closed": QT_TRANSLATE_NOOP("Home", "Closed")}
"""English labels, shown through ``translate("Home", label)``."""


def minutes(seconds: int | None) -> str:
    if not seconds:
        return ""
    return f"{seconds // 60}:{seconds % 60:02d}"


def source(row: TodoRow) -> str:
    """Who gave the To-Do: nobody (your own), a rep, a manager, or an alert."""
    who = getattr(row, "assigned_by_label", "") or row.assigned_by or "?"
    if row.source == "self":
        return ""
    if row.source == "rep":
        return who
    if row.source == "manager":
        return translate("Home", "{who} (manager)").format(who=who)
    if row.source == "alert":
        return translate("Home", "Alert")
    return row.source


def _label(labels: dict[str, str], context: str, key: str) -> str:
    return translate(context, labels[key]) if key in labels else key


class TodoModel(RowsTableModel[TodoRow]):
    """To-Dos; the ones past their deadline in red (My To-Dos and Overdue alike)."""

    DONE_COLUMN = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(translate("Home", "Due"), lambda r: r.due_at),
            Column(translate("Home", "Subject"), lambda r: r.subject, tooltip=lambda r: r.subject),
            Column(translate("Home", "Contact"), lambda r: r.contact_name),
            Column(translate("Home", "Priority"),
                   lambda r: _label(PRIORITY, "Choices", r.priority)),
            Column(translate("Home", "From"), source, tooltip=source),
            Column("", lambda r: ""),  # the Done button sits here
        ], parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and self.row(index.row()).overdue:
            return QBrush(OVERDUE_RED)
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0 \
                and self.row(index.row()).overdue:
            return translate("Home", "Past its deadline")
        return super().data(index, role)

    def remove_id(self, activity_id: int) -> bool:
        rows = self.rows()
        kept = [r for r in rows if r.id != activity_id]
        if len(kept) == len(rows):
            return False
        self.set_rows(kept)
        return True


class CountsModel(RowsTableModel[TypeCount]):
    """Type, existing, new, total; the last line sums them up (in bold)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(translate("Home", "Activity type"), lambda r: r.label),
            Column(translate("Home", "Existing\ncustomers"), lambda r: r.existing, align_right=True),
            Column(translate("Home", "New\ncustomers"), lambda r: r.new, align_right=True),
            Column(translate("Home", "Total"), lambda r: r.total, align_right=True),
        ], parent)

    def set_counts(self, counts: tuple[TypeCount, ...]) -> None:
        total = TypeCount(translate("Home", "Total"), "", None, sum(c.existing for c in counts),
                          sum(c.new for c in counts))
        self.set_rows([*counts, total])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() \
                and index.row() == self.rowCount() - 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() > 0 \
                and index.row() < self.rowCount() - 1 and not self.row(index.row()).total:
            return QBrush(QColor(150, 150, 150))  # the zeros recede
        return super().data(index, role)


def calls_model(parent: Any = None) -> RowsTableModel[RecentCall]:
    return RowsTableModel([
        Column(translate("Home", "When"), lambda r: r.occurred_at),
        Column("", lambda r: translate("Home", "In") if r.direction == "in"
               else translate("Home", "Out") if r.direction == "out" else ""),
        Column(translate("Home", "Contact"),
               lambda r: r.contact_name or r.number or translate("Home", "Unknown"),
               tooltip=lambda r: r.subject),
        Column(translate("Home", "Outcome"), lambda r: outcome_label(r.outcome) if r.outcome else ""),
        Column(translate("Home", "Length"), lambda r: minutes(r.duration_s), align_right=True),
    ], parent)


def tickets_model(parent: Any = None) -> RowsTableModel[TicketRow]:
    return RowsTableModel([
        Column(translate("Home", "Updated"), lambda r: r.updated_at or r.opened_at),
        Column(translate("Home", "Subject"), lambda r: r.subject, tooltip=lambda r: r.subject),
        Column(translate("Home", "Contact"), lambda r: r.contact_name),
        Column(translate("Home", "Status"), lambda r: _label(TICKET_STATUS, "Home", r.status)),
        Column(translate("Home", "Owner"), lambda r: r.owner or translate("Home", "Unassigned")),
    ], parent, dimmed=lambda r: not r.editable)
