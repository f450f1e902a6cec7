"""The mapping table: one row per column of the file, with two sample values and
the Ringcard field it feeds (edited with a combo that stays open in the cell)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.importing.read import FIELDS, field_label
from app.views.import_wizard.state import field_options, not_imported

_Index = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "Column in the file"),
           QT_TRANSLATE_NOOP("ImportWizard", "Import into"),
           QT_TRANSLATE_NOOP("ImportWizard", "Sample"), QT_TRANSLATE_NOOP("ImportWizard", "Sample"))
"""English column titles, shown through ``translate("ImportWizard", title)``."""
FIELD_COLUMN = 1
SAMPLE_COLUMNS = (2, 3)


class MappingModel(QAbstractTableModel):
    mapping_changed = Signal()
    """The user (or a saved mapping) changed which column feeds which field."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._samples: tuple[tuple[str, ...], ...] = ()
        self._mapping: dict[int, str] = {}

    def set_file(self, headers: tuple[str, ...], samples: tuple[tuple[str, ...], ...],
                 mapping: dict[int, str]) -> None:
        self.beginResetModel()
        self._headers, self._samples = headers, samples
        self._mapping = {i: f for i, f in mapping.items() if 0 <= i < len(headers)}
        self.endResetModel()

    def set_mapping(self, mapping: dict[int, str]) -> None:
        """Replace the whole mapping (a saved one applied, a guess)."""
        self._mapping = {i: f for i, f in mapping.items() if 0 <= i < len(self._headers)}
        if self._headers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._headers) - 1, len(HEADERS) - 1))
        self.mapping_changed.emit()

    def mapping(self) -> dict[int, str]:
        return dict(self._mapping)

    def field_index(self, column: int) -> QModelIndex:
        return self.index(column, FIELD_COLUMN)

    # -- Qt model ----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, col = index.row(), index.column()
        field = self._mapping.get(row, "")
        if role == Qt.ItemDataRole.EditRole and col == FIELD_COLUMN:
            return field
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return self._headers[row] or translate("ImportWizard", "(column {number}, no "
                                                                       "name)").format(number=row + 1)
            if col in SAMPLE_COLUMNS:
                n = SAMPLE_COLUMNS.index(col)
                samples = self._samples[row] if row < len(self._samples) else ()
                return samples[n] if n < len(samples) else ""
            return field_label(field) if field in FIELDS else not_imported()
        if role == Qt.ItemDataRole.ForegroundRole and not field and col != FIELD_COLUMN:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role != Qt.ItemDataRole.EditRole or index.column() != FIELD_COLUMN
                or not 0 <= index.row() < len(self._headers)):
            return False
        value = str(value or "")
        if value and value not in FIELDS:
            return False
        if self._mapping.get(index.row(), "") == value:
            return True
        if value:
            self._mapping[index.row()] = value
        else:
            self._mapping.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1))
        self.mapping_changed.emit()
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == FIELD_COLUMN else base

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ImportWizard", HEADERS[section])
        return None


class FieldDelegate(QStyledItemDelegate):
    """A combo of Ringcard's fields; a choice is written to the model at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName(f"fieldCombo{index.row()}")
        for label, key in field_options():
            combo.addItem(label, key)
        combo.setMaxVisibleItems(len(FIELDS) + 1)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.currentIndex() != position:
            editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
