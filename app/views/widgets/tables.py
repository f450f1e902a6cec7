"""A table model over a list of plain rows (dataclasses) for the card's small
lists: notes, tasks, calls, files, campaigns ... Columns are declared once
with how to read and show them. Rows a user may not change (another rep's
activity) can be shown greyed out through ``dimmed``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from app.i18n import translate
from app.views.widgets.dates import format_date, format_datetime

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex


def show_value(value: Any) -> str:
    """How a plain value reads in a list."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Tables", "Yes") if value else translate("Tables", "No")
    if isinstance(value, datetime):  # a naive one is already local time here
        return format_datetime(value if value.tzinfo else value.astimezone())
    if isinstance(value, date):
        return format_date(value)
    return str(value)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], Any]
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class RowsTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None,
                 dimmed: Callable[[R], bool] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._dimmed = dimmed

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> R:
        return self._rows[index]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return show_value(col.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if col.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._dimmed and self._dimmed(row):
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None


def make_table(model: RowsTableModel[Any], parent: QWidget, name: str) -> QTableView:
    """A read-only, row-selecting table as every lower tab uses it."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view
