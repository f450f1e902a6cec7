"""The office's saved mappings above the mapping table: choose one to apply it,
save the current mapping under a name, delete one; and mapping files (JSON, the
same the command line's ``--mapping`` reads) to load or write."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.i18n import translate
from app.services.context import AppContext
from app.services.importing import mappings as import_mappings
from app.services.importing.mappings import SavedMapping
from app.services.validation import ValidationError
from app.views.errors import confirm, show_exception
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)



def mapping_filter() -> str:
    return translate("ImportWizard", "Ringcard mapping (*.json);;All files (*)")

#: what the bar reads from its page: the file's column names and the current mapping
Current = Callable[[], tuple[Sequence[str], dict[int, str]]]


class SavedMappingsBar(QWidget):
    loaded = Signal(object)
    """The saved mappings were (re)loaded: list[SavedMapping]."""

    chosen = Signal(object)
    """The user chose a saved mapping to apply (a SavedMapping)."""

    file_read = Signal(object)
    """A mapping file was read: its index mapping for this file."""

    file_written = Signal(Path)
    """The mapping was written to this mapping file."""

    failed = Signal(str)
    """Saving, deleting or reading a mapping was refused: the message for the page."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, current: Current,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._current = current
        self._task = f"import-mappings.{id(self)}"
        self._saved: list[SavedMapping] = []

        # widgets
        self.combo = QComboBox(self)
        self.combo.setObjectName("savedMappings")
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.save_button = QPushButton(translate("ImportWizard", "&Save mapping…"), self)
        self.delete_button = QPushButton(translate("ImportWizard", "Delete"), self)
        self.delete_button.setObjectName("deleteMapping")
        self.more = QToolButton(self)
        self.more.setText(translate("ImportWizard", "Mapping file"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        self.load_file_action = menu.addAction(translate("ImportWizard", "Load from a file…"))
        self.save_file_action = menu.addAction(translate("ImportWizard", "Save to a file…"))
        self.more.setMenu(menu)

        # layout
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("ImportWizard", "Saved &mappings:"), self)
        label.setBuddy(self.combo)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.more)

        # signals
        self.combo.activated.connect(self._combo_chosen)
        self.save_button.clicked.connect(self.ask_name)
        self.delete_button.clicked.connect(self.delete_current)
        self.load_file_action.triggered.connect(self._ask_load_file)
        self.save_file_action.triggered.connect(self._ask_save_file)
        self._fill([], "")

    # -- the list ------------------------------------------------------------

    def load(self, select: str | None = None) -> None:
        """(Re)load the list; then show ``select`` (None: keep what is shown)."""
        self._runner.run(f"{self._task}.load", lambda: import_mappings.saved(self._ctx),
                         lambda saved: self._loaded(saved, select))

    def saved(self) -> list[SavedMapping]:
        return list(self._saved)

    def current_name(self) -> str:
        return str(self.combo.currentData() or "")

    def select(self, name: str) -> None:
        """Show ``name`` as the mapping in use (no signal)."""
        self.combo.setCurrentIndex(max(0, self.combo.findData(name)))
        self.delete_button.setEnabled(bool(self.current_name()))

    def _loaded(self, saved: list[SavedMapping], select: str | None) -> None:
        self._saved = saved
        self._fill(saved, self.current_name() if select is None else select)
        self.loaded.emit(saved)

    def _fill(self, saved: list[SavedMapping], select: str) -> None:
        self.combo.clear()
        self.combo.addItem(translate("ImportWizard", "— choose one —") if saved
                           else translate("ImportWizard", "none saved yet"), "")
        for mapping in saved:
            self.combo.addItem(mapping.name, mapping.name)
        self.combo.setEnabled(bool(saved))
        self.select(select)

    def _combo_chosen(self) -> None:
        name = self.current_name()
        self.delete_button.setEnabled(bool(name))
        mapping = next((m for m in self._saved if m.name == name), None)
        if mapping is not None:
            self.chosen.emit(mapping)

    # -- save / delete (in the database) -------------------------------------

    def ask_name(self) -> None:
        name, ok = QInputDialog.getText(
            self, translate("ImportWizard", "Save mapping"),
            translate("ImportWizard", "Name of this mapping (e.g. “Outlook export”); the whole "
                                      "office can use it:"), text=self.current_name())
        if ok and name.strip():
            self.save_as(name)

    def save_as(self, name: str) -> None:
        headers, mapping = self._current()
        name = " ".join(name.split())
        self._runner.run(f"{self._task}.save",
                         lambda: import_mappings.save(self._ctx, name, headers, mapping),
                         lambda _r: self.load(select=name), on_error=self._refused, write=True)

    def delete_current(self) -> None:
        name = self.current_name()
        if not name or not confirm(self, translate("ImportWizard", "Delete mapping"),
                                   translate("ImportWizard", "Delete the saved mapping “{name}” for "
                                                             "the whole office?").format(name=name)):
            return
        self._runner.run(f"{self._task}.delete", lambda: import_mappings.delete(self._ctx, name),
                         lambda _r: self.load(select=""), on_error=self._refused, write=True)

    # -- mapping files -------------------------------------------------------

    def _ask_load_file(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, translate("ImportWizard", "Load a mapping file"), "", mapping_filter())
        if name:
            self.load_file(Path(name))

    def _ask_save_file(self) -> None:
        name, _f = QFileDialog.getSaveFileName(
            self, translate("ImportWizard", "Save the mapping to a file"),
            translate("ImportWizard", "mapping.json"), mapping_filter())
        if name:
            self.save_file(Path(name))

    def load_file(self, path: Path) -> None:
        headers, _mapping = self._current()
        self._runner.run(f"{self._task}.read", lambda: import_mappings.read_file(path, headers),
                         self.file_read.emit, on_error=self._refused)

    def save_file(self, path: Path) -> None:
        headers, mapping = self._current()
        self._runner.run(f"{self._task}.write",
                         lambda: import_mappings.write_file(path, headers, mapping),
                         lambda _r: self.file_written.emit(path), on_error=self._refused)

    def stop_tasks(self) -> None:
        """No result is wanted any more (a save or delete still happens)."""
        for what in ("load", "save", "delete", "read", "write"):
            self._runner.cancel(f"{self._task}.{what}")

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.failed.emit(" ".join(exc.errors.values()))
        elif isinstance(exc, OSError):
            self.failed.emit(translate("ImportWizard", "Cannot use that file: {error}").format(
                error=exc.strerror or exc))
        else:
            show_exception(self, exc)
