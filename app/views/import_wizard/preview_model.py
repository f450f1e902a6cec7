"""The preview under the mapping: the first rows as they will be stored (phones
as stored, in E.164), with each row's problems in red and its duplicate noted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.importing.contacts import PreviewRow
from app.views.import_wizard.state import display_name, duplicate_note

_Index = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "Row"), QT_TRANSLATE_NOOP("ImportWizard", "Name"),
           QT_TRANSLATE_NOOP("ImportWizard", "Company"), QT_TRANSLATE_NOOP("ImportWizard", "Phones"),
           QT_TRANSLATE_NOOP("ImportWizard", "E-mails"), QT_TRANSLATE_NOOP("ImportWizard", "Address"),
           QT_TRANSLATE_NOOP("ImportWizard", "Check"))
"""English column titles, shown through ``translate("ImportWizard", title)``."""
CHECK_COLUMN = 6
PROBLEM_COLOR = QColor("#b3261e")
DUPLICATE_COLOR = QColor("#8a5300")
PHONE_KINDS = {"work": QT_TRANSLATE_NOOP("ImportWizard", "work"),
               "mobile": QT_TRANSLATE_NOOP("ImportWizard", "mobile"),
               "home": QT_TRANSLATE_NOOP("ImportWizard", "home"),
               "fax": QT_TRANSLATE_NOOP("ImportWizard", "fax")}


def phones_text(row: PreviewRow) -> str:
    def kind_text(kind: str) -> str:
        return translate("ImportWizard", PHONE_KINDS[kind]) if kind in PHONE_KINDS else kind

    return ", ".join(f"{number} ({kind_text(kind)})" for kind, number in row.phones)


def check_text(row: PreviewRow, names: Mapping[int, str]) -> str:
    """The row's problems ("E-mail: … is not a valid e-mail address"), else its duplicate."""
    if row.problems:
        return "; ".join(f"{p.column}: {p.reason}" if p.column else p.reason for p in row.problems)
    if row.duplicate is not None:
        return duplicate_note(row.duplicate, names)
    return translate("ImportWizard", "New")


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._names: Mapping[int, str] = {}

    def set_rows(self, rows: list[PreviewRow], names: Mapping[int, str]) -> None:
        self.beginResetModel()
        self._rows, self._names = list(rows), dict(names)
        self.endResetModel()

    def row(self, index: int) -> PreviewRow:
        return self._rows[index]

    def text(self, row: int, column: int) -> str:
        return str(self.data(self.index(row, column)) or "")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == CHECK_COLUMN:
            if row.problems:
                return QBrush(PROBLEM_COLOR)
            if row.duplicate is not None:
                return QBrush(DUPLICATE_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PreviewRow, col: int) -> str:
        return (
            str(row.row),
            display_name(row),
            row.company_name if row.kind != "company" else "",
            phones_text(row),
            ", ".join(row.emails),
            row.address,
            check_text(row, self._names),
        )[col]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ImportWizard", HEADERS[section])
        return None
