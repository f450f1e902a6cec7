"""File area: the contact's documents in folders the user creates.

Uploads (button or drop) copy the bytes into the data folder under their
content hash, off the GUI thread; Open and drag-out hand the desktop a copy
with the real name. Files whose bytes are missing on this desk are shown as
such, and opening one says so instead of failing.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.contacts import files
from app.services.contacts.files import FileView, FolderView
from app.services.context import AppContext, ServiceError
from app.views.card.base import CardTab
from app.views.card.upper.files_model import FileTreeModel, human_size
from app.views.errors import show_exception
from app.views.tasks import TaskRunner
from app.views.widgets.fields import ErrorLabel
from app.views.widgets.flow_layout import FlowLayout

log = logging.getLogger(__name__)
_uploads = itertools.count(1)
TOP_LEVEL = QT_TRANSLATE_NOOP("CardFiles", "(top level)")


class FilesTab(CardTab):
    key = "files"
    title = QT_TRANSLATE_NOOP("CardTabs", "File area")

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        # widgets
        self.model = FileTreeModel(lambda file_id: files.open_path(self.ctx, file_id), self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.upload_button = QPushButton(translate("CardFiles", "Upload…"), self)
        self.folder_button = QPushButton(translate("CardFiles", "New folder…"), self)
        self.open_button = QPushButton(translate("CardFiles", "Open"), self)
        self.rename_button = QPushButton(translate("CardFiles", "Rename…"), self)
        self.move_button = QPushButton(translate("CardFiles", "Move to…"), self)
        self.delete_button = QPushButton(translate("CardFiles", "Delete"), self)
        self.message = ErrorLabel(self)
        """The last problem (a missing file, a refused upload), shown above the tree."""
        self.summary = QLabel(self)
        self.summary.setEnabled(False)
        self.hint = QLabel(translate("CardFiles",
                                     "Drop files here from the desktop; drag a file out to copy it."), self)
        self.hint.setEnabled(False)

        # layout
        buttons = FlowLayout()  # wraps on a narrow card
        for b in (self.upload_button, self.folder_button, self.open_button, self.rename_button,
                  self.move_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)

        # signals
        self.upload_button.clicked.connect(self.upload)
        self.folder_button.clicked.connect(self.new_folder)
        self.open_button.clicked.connect(self.open_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.tree.doubleClicked.connect(lambda _i: self.open_selected())
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.model.files_dropped.connect(self.add_paths)
        self.model.file_moved.connect(self.move_file)
        self._enable()

    # -- loading -------------------------------------------------------------

    def reload(self) -> None:
        if self.detail is None:
            return
        contact_id = self.detail.id
        self.runner.run(f"files.list.{id(self)}", lambda: files.listing(self.ctx, contact_id),
                        self._show)

    def _show(self, result: tuple[list[FolderView], list[FileView]]) -> None:
        folders, stored = result
        self.model.populate(folders, stored)
        self.tree.expandAll()
        missing = sum(1 for f in stored if not f.available)
        count = len(stored)
        text = translate("CardFiles", "%n file(s), {size}", None, count).format(
            size=human_size(sum(f.size for f in stored)))
        if missing:
            text += " · " + translate("CardFiles", "%n missing on this desk", None, missing)
        self.summary.setText(text)
        self._enable()

    def _refresh(self) -> None:
        self._stale = False
        self.reload()

    def _selected(self) -> tuple[str, int] | None:
        return self.model.kind_of(self.tree.currentIndex()) \
            if self.tree.selectionModel().hasSelection() else None

    def _enable(self) -> None:
        chosen = self._selected()
        is_file = chosen is not None and chosen[0] == "file"
        self.open_button.setEnabled(is_file)
        self.rename_button.setEnabled(chosen is not None)  # files and folders
        self.move_button.setEnabled(is_file)
        self.delete_button.setEnabled(chosen is not None)

    def _target_folder(self) -> int | None:
        index = self.tree.currentIndex() if self.tree.selectionModel().hasSelection() \
            else QModelIndex()
        return self.model.folder_of(index)

    def _fail(self, exc: BaseException) -> None:
        self.message.show_message(str(exc) if isinstance(exc, ServiceError) else
                                  translate("CardFiles", "Something went wrong; details are in the log."))
        show_exception(self, exc)

    # -- adding ----------------------------------------------------------------

    def upload(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, translate("CardFiles", "Upload files to the File area"))
        if paths:
            self.add_paths([Path(p) for p in paths], self._target_folder())

    def add_paths(self, paths: Sequence[Path], folder_id: int | None) -> None:
        """Copy files into the store in the background, then show them."""
        if self.detail is None or not paths:
            return
        contact_id, ctx = self.detail.id, self.ctx
        self.message.clear_message()
        uploading = len(paths)
        self.summary.setText(translate("CardFiles", "Uploading %n file(s)…", None, uploading))

        def work() -> list[str]:
            problems = []
            for path in paths:
                try:
                    files.add_file(ctx, contact_id, Path(path), folder_id=folder_id)
                except ServiceError as exc:
                    problems.append(str(exc))
            return problems

        def done(problems: list[str]) -> None:
            if problems:
                self.message.show_message("\n".join(problems))
            self._refresh()

        def failed(exc: BaseException) -> None:
            self._fail(exc)
            self._refresh()

        self.runner.run(f"files.upload.{next(_uploads)}", work, done, on_error=failed, write=True)

    def new_folder(self) -> None:
        if self.detail is None:
            return
        name, ok = QInputDialog.getText(self, translate("CardFiles", "New folder"),
                                        translate("CardFiles", "Folder name:"))
        if not ok or not name.strip():
            return
        chosen = self._selected()
        parent_id = chosen[1] if chosen and chosen[0] == "folder" else None
        try:
            files.create_folder(self.ctx, self.detail.id, name, parent_id)
        except ServiceError as exc:
            self._fail(exc)
            return
        self.message.clear_message()
        self._refresh()

    # -- acting on the selection ----------------------------------------------

    def open_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen[0] != "file":
            return
        try:
            path = files.open_path(self.ctx, chosen[1])
        except ServiceError as exc:
            self._fail(exc)
            return
        self.message.clear_message()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.message.show_message(translate(
                "CardFiles", "No application opens “{name}” on this computer; a copy is in {folder}")
                .format(name=path.name, folder=path.parent))

    def rename_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        kind, ident = chosen
        old = (self.model.files[ident].name if kind == "file"
               else self.model.folders[ident].name)
        title = (translate("CardFiles", "Rename file") if kind == "file"
                 else translate("CardFiles", "Rename folder"))
        name, ok = QInputDialog.getText(self, title, translate("CardFiles", "New name:"), text=old)
        if not ok or name == old:
            return
        try:
            if kind == "file":
                files.rename_file(self.ctx, ident, name)
            else:
                files.rename_folder(self.ctx, ident, name)
        except ServiceError as exc:
            self._fail(exc)
            return
        self._refresh()

    def move_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen[0] != "file":
            return
        names = {self._folder_path(fid): fid for fid in self.model.folders}
        choices = [translate("CardFiles", TOP_LEVEL), *sorted(names)]
        choice, ok = QInputDialog.getItem(self, translate("CardFiles", "Move file"),
                                          translate("CardFiles", "Move to folder:"), choices, 0, False)
        if ok:
            self.move_file(chosen[1], names.get(choice))

    def _folder_path(self, folder_id: int) -> str:
        parts, seen = [], set()
        current: int | None = folder_id
        while current is not None and current in self.model.folders and current not in seen:
            seen.add(current)
            parts.append(self.model.folders[current].name)
            current = self.model.folders[current].parent_id
        return " / ".join(reversed(parts))

    def move_file(self, file_id: int, folder_id: int | None) -> None:
        try:
            files.move_file(self.ctx, file_id, folder_id)
        except ServiceError as exc:
            self._fail(exc)
            return
        self._refresh()

    def delete_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        kind, ident = chosen
        if kind == "file":
            question = translate("CardFiles", "Delete “{name}” from the File area?").format(
                name=self.model.files[ident].name)
        else:
            question = translate("CardFiles", "Delete the folder “{name}” and everything in it?").format(
                name=self.model.folders[ident].name)
        answer = QMessageBox.question(self, translate("CardFiles", "Delete"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            (files.delete_file if kind == "file" else files.delete_folder)(self.ctx, ident)
        except ServiceError as exc:
            self._fail(exc)
            return
        self._refresh()
