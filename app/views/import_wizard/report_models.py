"""The check page's two tables: the problems (Row | Column | Problem) and the
duplicates (Row | Matches | How | Action), whose action is chosen per row with a
combo (drawn as one in every row, opened by a click)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.importing.contacts import Duplicate, RowProblem, how_label
from app.views.import_wizard.state import ACTION_LABELS, match_text, shown_label
from app.views.widgets.tables import Column, RowsTableModel

_Index = QModelIndex | QPersistentModelIndex
DUP_HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "Row"), QT_TRANSLATE_NOOP("ImportWizard", "Matches"),
               QT_TRANSLATE_NOOP("ImportWizard", "By"), QT_TRANSLATE_NOOP("ImportWizard", "Action"))
"""English column titles, shown through ``translate("ImportWizard", title)``."""
ACTION_COLUMN = 3


def problems_model(parent: Any = None) -> RowsTableModel[RowProblem]:
    return RowsTableModel([
        Column(translate("ImportWizard", "Row"), lambda p: p.row, align_right=True),
        Column(translate("ImportWizard", "Column"),
               lambda p: p.column or translate("ImportWizard", "(whole row)")),
        Column(translate("ImportWizard", "Problem"), lambda p: p.reason,
               tooltip=lambda p: p.reason),
    ], parent)


def actions_for(dup: Duplicate) -> list[str]:
    """Update needs a contact to update: a row matching an earlier row that is not
    stored (yet) can only be skipped or created."""
    return ["skip", "update", "create"] if dup.contact_id is not None else ["skip", "create"]


class DuplicatesModel(QAbstractTableModel):
    action_changed = Signal(int, str)
    """The user chose an action for one duplicate row: row number, action."""

    def __init__(self, action_for: Callable[[Duplicate], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._action_for = action_for
        self._rows: list[Duplicate] = []
        self._names: Mapping[int, str] = {}

    def set_rows(self, rows: Sequence[Duplicate], names: Mapping[int, str]) -> None:
        self.beginResetModel()
        self._rows, self._names = list(rows), dict(names)
        self.endResetModel()

    def row(self, index: int) -> Duplicate:
        return self._rows[index]

    def text(self, row: int, column: int) -> str:
        return str(self.data(self.index(row, column)) or "")

    def row_of(self, file_row: int) -> int:
        return next(i for i, d in enumerate(self._rows) if d.row == file_row)

    def actions_changed(self) -> None:
        """Every row's action may read differently ("for all duplicates" changed)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, ACTION_COLUMN),
                                  self.index(len(self._rows) - 1, ACTION_COLUMN))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(DUP_HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        dup, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole and col == ACTION_COLUMN:
            return self._action_for(dup)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return str(dup.row)
            if col == 1:
                return match_text(dup, self._names)
            if col == 2:
                return translate("ImportWizard", "same {how}").format(how=how_label(dup.how))
            return shown_label(ACTION_LABELS, self._action_for(dup))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != ACTION_COLUMN or not index.isValid():
            return False
        dup = self._rows[index.row()]
        if value not in actions_for(dup):
            return False
        self.action_changed.emit(dup.row, str(value))
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == ACTION_COLUMN else base

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ImportWizard", DUP_HEADERS[section])
        return None


class ActionDelegate(QStyledItemDelegate):
    """Skip / Update / Create: drawn as a combo, a real one while edited."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)  # type: ignore[attr-defined]
        box.state = option.state | QStyle.StateFlag.State_Enabled  # type: ignore[attr-defined]
        box.currentText = str(index.data() or "")
        box.palette = option.palette  # type: ignore[attr-defined]
        style = QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        assert isinstance(model, DuplicatesModel)
        for action in actions_for(model.row(index.row())):
            combo.addItem(shown_label(ACTION_LABELS, action), action)
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
