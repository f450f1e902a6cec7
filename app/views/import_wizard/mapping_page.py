"""Page 2: which column feeds which field. Pre-filled by a saved mapping that
fits the file, else guessed from the column names. Under the table, a live
preview of the first rows as they will be stored, refreshed (debounced, in the
background) whenever the mapping changes. A mapping the service refuses (no
column for a name) is told in red and Next stays off."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.i18n import translate
from app.services.context import AppContext
from app.services.importing import mappings as import_mappings
from app.services.importing import read as import_read
from app.services.importing.contacts import PreviewRow
from app.services.importing.mappings import SavedMapping
from app.services.importing.read import ImportFileError
from app.services.validation import ValidationError
from app.views.errors import show_exception
from app.views.import_wizard.jobs import load_preview
from app.views.import_wizard.mapping_model import (
    FIELD_COLUMN,
    SAMPLE_COLUMNS,
    FieldDelegate,
    MappingModel,
)
from app.views.import_wizard.page_tools import QuietLabel, message_label, show_message
from app.views.import_wizard.preview_model import PreviewModel
from app.views.import_wizard.saved_mappings import SavedMappingsBar
from app.views.import_wizard.state import ImportState
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
Preview = tuple[list[PreviewRow], dict[int, str]]


def guessed_note() -> str:
    return translate("ImportWizard", "Ringcard guessed the fields from the column names: check "
                                     "them before going on.")


class MappingPage(QWizardPage):
    preview_ready = Signal()
    """A preview (or the refusal of the mapping) has been shown."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, state: ImportState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._state = state
        self._task = f"import-preview.{id(self)}"
        self._file_version = -1  # the reading of the file the table shows
        self._awaiting_saved = False  # a saved mapping that fits may still pre-fill the table
        self._previewing = False
        self._error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)

        # widgets
        self.setTitle(translate("ImportWizard", "Match the columns"))
        self.setSubTitle(translate("ImportWizard", "Choose the Ringcard field each column of the "
                                                   "file goes into. Below: the first rows as they "
                                                   "will be stored."))
        self.saved_bar = SavedMappingsBar(ctx, runner, self._current, self)
        self.note = QuietLabel(guessed_note(), self)
        self.note.setObjectName("mappingNote")
        self.model = MappingModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("mappingTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FIELD_COLUMN, FieldDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in SAMPLE_COLUMNS:  # the samples share what is left: no sideways scrolling
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((230, 210)):
            self.table.setColumnWidth(column, width)
        self.error = message_label(self, "mappingError")
        self.preview_title = QLabel(self)
        self.preview_title.setObjectName("previewTitle")
        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setObjectName("previewTable")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setWordWrap(True)  # a row's problems are read in full
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((40, 120, 140, 175, 170, 150)):
            self.preview.setColumnWidth(column, width)

        # layout
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 4, 0, 0)
        lower_box.addWidget(self.error)
        lower_box.addWidget(self.preview_title)
        lower_box.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.saved_bar)
        box.addWidget(self.note)
        box.addWidget(self.splitter, 1)

        # signals
        self.model.mapping_changed.connect(self._mapping_changed)
        self._timer.timeout.connect(self._preview_now)
        self.saved_bar.loaded.connect(self._saved_loaded)
        self.saved_bar.chosen.connect(self._saved_chosen)
        self.saved_bar.file_read.connect(self._file_mapping_read)
        self.saved_bar.failed.connect(lambda text: show_message(self.error, text))

    # -- the mapping -------------------------------------------------------

    def mapping(self) -> dict[int, str]:
        return self.model.mapping()

    def set_field(self, column: int, field: str) -> None:
        """Map the file's column ``column`` (0-based) to ``field`` ("" = don't import)."""
        self.model.setData(self.model.field_index(column), field)

    def field_combo(self, column: int) -> QWidget:
        return self.table.indexWidget(self.model.field_index(column))

    def _current(self) -> tuple[Sequence[str], dict[int, str]]:
        source = self._state.source
        return (source.headers if source else ()), self.model.mapping()

    def _mapping_changed(self) -> None:
        self._awaiting_saved = False  # from now on a late list of saved mappings changes nothing
        self._state.mapping = self.model.mapping()
        self._state.forget_check()
        self._schedule_preview()

    def _saved_loaded(self, saved: list[SavedMapping]) -> None:
        """Pre-fill with the saved mapping that fits this file, unless the user is at work."""
        source = self._state.source
        if not self._awaiting_saved or source is None:
            return
        self._awaiting_saved = False
        best = import_mappings.best_for(saved, source.headers)
        if best is not None:
            self._saved_chosen(best)

    def _saved_chosen(self, saved: SavedMapping) -> None:
        source = self._state.source
        if source is None:
            return
        self.saved_bar.select(saved.name)
        self.note.setText(translate("ImportWizard", "Using the saved mapping “{name}”.").format(
            name=saved.name))
        self.model.set_mapping(import_mappings.apply(saved.columns, source.headers))

    def _file_mapping_read(self, mapping: dict[int, str]) -> None:
        self.saved_bar.select("")
        self.note.setText(translate("ImportWizard", "Using the mapping file."))
        self.model.set_mapping(mapping)

    # -- preview (background, debounced) -----------------------------------

    def _schedule_preview(self) -> None:
        self._previewing = True
        self.preview_title.setText(translate("ImportWizard", "Preview: updating…"))
        self.completeChanged.emit()
        self._timer.start()

    def _preview_now(self) -> None:
        if self._state.source is None:
            return
        self._state.mapping = self.model.mapping()
        options = self._state.options()
        self._runner.run(self._task, lambda: load_preview(self._ctx, options),
                         self._previewed, on_error=self._preview_failed)

    def _previewed(self, result: Preview) -> None:
        rows, names = result
        self._previewing = False
        self._error = ""
        show_message(self.error, "")
        self.preview_model.set_rows(rows, names)
        self.preview.resizeRowsToContents()
        problems = sum(bool(r.problems) for r in rows)
        duplicates = sum(r.duplicate is not None and not r.problems for r in rows)
        counts = []
        if problems:
            counts.append(translate("ImportWizard", "%n with problems", None, problems))
        if duplicates:
            counts.append(translate("ImportWizard", "%n duplicate(s)", None, duplicates))
        shown = len(rows)
        self.preview_title.setText(
            translate("ImportWizard", "Preview: the first %n rows as they will be stored ({counts})",
                      None, shown).format(counts=", ".join(counts)) if counts
            else translate("ImportWizard", "Preview: the first %n rows as they will be stored", None,
                           shown))
        self.completeChanged.emit()
        self.preview_ready.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        self._previewing = False
        if isinstance(exc, ValidationError):
            self._error = exc.errors.get("mapping") or " ".join(exc.errors.values())
        elif isinstance(exc, ImportFileError):
            self._error = exc.message
        else:
            self._error = translate("ImportWizard", "The preview failed; the details are in the log.")
            show_exception(self, exc)
        show_message(self.error, self._error)
        self.preview_model.set_rows([], {})
        self.preview_title.setText(translate("ImportWizard", "Preview: none until the mapping is "
                                                             "complete"))
        self.completeChanged.emit()
        self.preview_ready.emit()

    def error_text(self) -> str:
        return self._error

    def preview_pending(self) -> bool:
        """A preview of the current mapping is scheduled or on its way."""
        return self._previewing

    def stop_tasks(self) -> None:
        """No result of this page's tasks is wanted any more (the wizard closes)."""
        self._timer.stop()
        self._runner.cancel(self._task)
        self.saved_bar.stop_tasks()

    # -- QWizardPage -------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802
        facts = self._state.facts
        assert facts is not None, "the file page reads the file before this page"
        if self._file_version != self._state.file_version:
            self._file_version = self._state.file_version
            self._awaiting_saved = True
            self.note.setText(guessed_note())
            self.saved_bar.select("")
            source = facts.source
            self.model.set_file(source.headers, facts.samples, import_read.guess_mapping(source.headers))
            for column in range(self.model.rowCount()):
                self.table.openPersistentEditor(self.model.field_index(column))
            self._state.mapping = self.model.mapping()
            self.saved_bar.load()
        self._schedule_preview()  # "import as" may have changed

    def isComplete(self) -> bool:  # noqa: N802
        return not self._previewing and not self._error and bool(self.model.mapping())
