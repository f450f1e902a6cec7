"""The File area's tree: folders the user made, files inside, drag and drop.

Dropping desktop files (URLs) asks the tab to upload them into the folder
under the cursor; dragging a file out hands the desktop a copy with its real
name (``files.open_path``), never the content-hash original; dragging a file
onto a folder inside the tree moves it. The model only says what was asked
(signals); the tab calls the services.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts.files import FileView, FolderView
from app.services.context import ServiceError
from app.views.widgets.tables import show_value

log = logging.getLogger(__name__)

FILE_MIME = "application/x-ringcard-file-ids"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 3
MISSING = QT_TRANSLATE_NOOP("CardFiles", " (missing on this desk)")
_Index = QModelIndex | QPersistentModelIndex


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return translate("CardFiles", "{count} bytes").format(count=int(value))
            number = QLocale().toString(value, "f", 1) if QLocale().language() != QLocale.Language.C \
                else f"{value:.1f}"
            return f"{number} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


class FileTreeModel(QStandardItemModel):
    files_dropped = Signal(list, object)
    """Desktop files (list of Path) were dropped into a folder id (None: top level)."""
    file_moved = Signal(int, object)
    """A file id was dragged onto a folder id (None: top level)."""

    def __init__(self, export: Callable[[int], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._export = export
        self.setHorizontalHeaderLabels([translate("CardFiles", "Name"), translate("CardFiles", "Size"),
                                        translate("CardFiles", "Added"), translate("CardFiles", "By")])
        self.folders: dict[int, FolderView] = {}
        self.files: dict[int, FileView] = {}

    # -- filling -------------------------------------------------------------

    def populate(self, folders: Sequence[FolderView], files: Sequence[FileView]) -> None:
        self.removeRows(0, self.rowCount())
        self.folders = {f.id: f for f in folders}
        self.files = {f.id: f for f in files}
        style = QApplication.style()
        folder_icon = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        file_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        items: dict[int, QStandardItem] = {}
        for f in folders:
            item = QStandardItem(folder_icon, f.name)
            item.setData("folder", KIND_ROLE)
            item.setData(f.id, ID_ROLE)
            item.setData(f.id, FOLDER_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsDropEnabled)
            items[f.id] = item
        for f in folders:  # parents may come after children in name order
            parent = items.get(f.parent_id) if f.parent_id is not None else None
            (parent or self.invisibleRootItem()).appendRow(self._row(items[f.id], ""))
        dim = QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                  QPalette.ColorRole.Text))
        for fv in files:
            item = QStandardItem(file_icon, fv.name + ("" if fv.available
                                                       else translate("CardFiles", MISSING)))
            item.setData("file", KIND_ROLE)
            item.setData(fv.id, ID_ROLE)
            item.setData(fv.folder_id, FOLDER_ROLE)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if fv.available:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
            else:
                item.setForeground(dim)
                item.setToolTip(translate("CardFiles",
                                          "The contents of this file are not in this computer's file "
                                "store; it was probably added on another desk."))
            item.setFlags(flags)
            parent = items.get(fv.folder_id) if fv.folder_id is not None else None
            (parent or self.invisibleRootItem()).appendRow(
                self._row(item, human_size(fv.size), show_value(fv.added_at), fv.added_by))

    @staticmethod
    def _row(first: QStandardItem, *rest: str) -> list[QStandardItem]:
        cells = [first]
        for text in rest or ("",):
            cell = QStandardItem(text)
            cell.setFlags(first.flags())
            cells.append(cell)
        while len(cells) < 4:
            cell = QStandardItem("")
            cell.setFlags(first.flags())
            cells.append(cell)
        return cells

    # -- reading -------------------------------------------------------------

    def kind_of(self, index: _Index) -> tuple[str, int] | None:
        """("file" | "folder", id) of the row at ``index``; None for the top level."""
        if not index.isValid():
            return None
        first = index.sibling(index.row(), 0)
        kind, ident = first.data(KIND_ROLE), first.data(ID_ROLE)
        return (kind, int(ident)) if kind else None

    def folder_of(self, index: _Index) -> int | None:
        """The folder a drop or an upload at ``index`` goes into."""
        if not index.isValid():
            return None
        value = index.sibling(index.row(), 0).data(FOLDER_ROLE)
        return int(value) if value is not None else None

    def index_of(self, kind: str, ident: int) -> QModelIndex:
        for index in self._walk(QModelIndex()):
            if index.data(KIND_ROLE) == kind and index.data(ID_ROLE) == ident:
                return index
        return QModelIndex()

    def _walk(self, parent: QModelIndex) -> list[QModelIndex]:
        out = []
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            out.append(index)
            out += self._walk(index)
        return out

    # -- drag and drop ---------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return ["text/uri-list", FILE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        # copy only: the view must never "remove the moved rows" itself
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        """File URLs of desktop copies, plus our own ids for moves inside the tree."""
        ids: list[int] = []
        for index in indexes:
            kind = self.kind_of(index)
            if kind and kind[0] == "file" and kind[1] not in ids:
                ids.append(kind[1])
        urls = []
        for file_id in ids:
            try:
                urls.append(QUrl.fromLocalFile(str(self._export(file_id))))
            except ServiceError as exc:
                log.info("not dragged out: %s", exc)
        data = QMimeData()
        data.setUrls(urls)
        data.setData(FILE_MIME, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: _Index) -> bool:
        return data.hasFormat(FILE_MIME) or any(u.isLocalFile() for u in data.urls())

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: _Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        folder = self.folder_of(parent)
        if data.hasFormat(FILE_MIME):
            raw = bytes(data.data(FILE_MIME).data()).decode()
            for part in filter(None, raw.split(",")):
                file_id = int(part)
                if file_id in self.files and self.files[file_id].folder_id != folder:
                    self.file_moved.emit(file_id, folder)
            return True
        paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
        if not paths:
            return False
        self.files_dropped.emit(paths, folder)
        return True
