"""The home page's tables: plain rows from ``services.dashboard`` in
``RowsTableModel``s, with overdue To-Dos in red and the 30-day counts with a
total line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.activities.todos import TodoRow
from app.services.helpdesk.tickets import TicketRow
from app.services.reports.dashboard import RecentCall, TypeCount
from app.views.widgets.tables import Column, RowsTableModel

_Index = QModelIndex | QPersistentModelIndex
OVERDUE_RED = QColor(190, 20, 20)
PRIORITY = {"high": "High", "normal": "Normal", "low": "Low"}
SOURCE = {"self": "", "rep": "{who}", "manager": "{who} (manager)", "alert": "Alert"}
OUTCOME = {"answered": "Answered", "missed": "Missed", "no answer": "No answer",
           "voicemail": "Voicemail", "busy": "Busy", "rejected": "Rejected"}
TICKET_STATUS = {"new": "New", "open": "Open", "waiting": "Waiting", "resolved": "Resolved",
                 "closed": "Closed"}


def minutes(seconds: int | None) -> str:
    if not seconds:
        return ""
    return f"{seconds // 60}:{seconds % 60:02d}"


def source(row: TodoRow) -> str:
    who = getattr(row, "assigned_by_label", "") or row.assigned_by or "?"
    return SOURCE.get(row.source, row.source).format(who=who)


class TodoModel(RowsTableModel[TodoRow]):
    """To-Dos; the ones past their deadline in red (My To-Dos and Overdue alike)."""

    DONE_COLUMN = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("Due", lambda r: r.due_at),
            Column("Subject", lambda r: r.subject, tooltip=lambda r: r.subject),
            Column("Contact", lambda r: r.contact_name),
            Column("Priority", lambda r: PRIORITY.get(r.priority, r.priority)),
            Column("From", source, tooltip=source),
            Column("", lambda r: ""),  # the Done button sits here
        ], parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and self.row(index.row()).overdue:
            return QBrush(OVERDUE_RED)
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0 \
                and self.row(index.row()).overdue:
            return "Past its deadline"
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
            Column("Activity type", lambda r: r.label),
            Column("Existing\ncustomers", lambda r: r.existing, align_right=True),
            Column("New\ncustomers", lambda r: r.new, align_right=True),
            Column("Total", lambda r: r.total, align_right=True),
        ], parent)

    def set_counts(self, counts: tuple[TypeCount, ...]) -> None:
        total = TypeCount("Total", "", None, sum(c.existing for c in counts),
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
        Column("When", lambda r: r.occurred_at),
        Column("", lambda r: "In" if r.direction == "in" else "Out" if r.direction == "out"
               else ""),
        Column("Contact", lambda r: r.contact_name or r.number or "Unknown",
               tooltip=lambda r: r.subject),
        Column("Outcome", lambda r: OUTCOME.get(r.outcome, r.outcome)),
        Column("Length", lambda r: minutes(r.duration_s), align_right=True),
    ], parent)


def tickets_model(parent: Any = None) -> RowsTableModel[TicketRow]:
    return RowsTableModel([
        Column("Updated", lambda r: r.updated_at or r.opened_at),
        Column("Subject", lambda r: r.subject, tooltip=lambda r: r.subject),
        Column("Contact", lambda r: r.contact_name),
        Column("Status", lambda r: TICKET_STATUS.get(r.status, r.status)),
        Column("Owner", lambda r: r.owner or "Unassigned"),
    ], parent, dimmed=lambda r: not r.editable)
