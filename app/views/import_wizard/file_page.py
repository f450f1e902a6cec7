"""Page 1: the file and what it becomes. After a file is chosen it is read in the
background: its kind, encoding, delimiter and columns are shown at once, the
number of rows once counted. Encoding and delimiter can be overridden (the file
is read again); a file that cannot be read says why here and Next stays off."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.i18n import translate
from app.services.context import AppContext
from app.services.importing import read as import_read
from app.services.importing.read import ImportFileError
from app.views.errors import show_exception
from app.views.import_wizard.jobs import read_head
from app.views.import_wizard.page_tools import QuietLabel, message_label, show_message
from app.views.import_wizard.state import (
    AS_TYPE_LABELS,
    DELIMITER_LABELS,
    ENCODING_LABELS,
    KIND_LABELS,
    FileFacts,
    ImportState,
    shown_label,
)
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)

SHOWN_HEADERS = 12


def _label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def _left(widget: QWidget) -> QHBoxLayout:
    """A field at its natural width, not stretched across the page."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class FilePage(QWizardPage):
    read_finished = Signal()
    """A reading of the file ended, well (facts shown) or not (message shown)."""

    counted = Signal(int)
    """The file's data rows have been counted."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, state: ImportState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._runner = runner
        self._state = state
        self._task = f"import-file.{id(self)}"
        self._path: Path | None = None
        self._encoding: str | None = None  # the user's override, None: as sniffed
        self._delimiter: str | None = None
        self._reading = False
        self._error = ""

        # widgets
        self.setTitle(translate("ImportWizard", "Choose the file to import"))
        self.setSubTitle(translate("ImportWizard", "A CSV or text file, an Excel workbook (.xlsx) "
                                                   "or vCard contacts (.vcf). Nothing is stored "
                                                   "until the last step."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(translate("ImportWizard", "Choose a file…"))
        self.browse_button = QPushButton(translate("ImportWizard", "&Browse…"), self)
        self.as_type = QComboBox(self)
        self.as_type.setObjectName("importAs")
        for key in AS_TYPE_LABELS:
            self.as_type.addItem(shown_label(AS_TYPE_LABELS, key), key)
        self.as_type.setCurrentIndex(self.as_type.findData(state.as_type))
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("fileKind")
        self.rows_label = QLabel(self)
        self.rows_label.setObjectName("fileRows")
        self.columns_label = QLabel(self)
        self.columns_label.setObjectName("fileColumns")
        self.columns_label.setWordWrap(True)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("fileEncoding")
        for key in ENCODING_LABELS:
            self.encoding.addItem(shown_label(ENCODING_LABELS, key), key)
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("fileDelimiter")
        for key in DELIMITER_LABELS:
            self.delimiter.addItem(shown_label(DELIMITER_LABELS, key), key)
        self.override_hint = QuietLabel(translate("ImportWizard", "If the column names look garbled "
                                                                  "or all fall in one column, choose "
                                                                  "another encoding or delimiter."),
                                        self)
        self.error = message_label(self, "fileError")

        # layout
        chooser = QHBoxLayout()
        chooser.addWidget(self.path_edit, 1)
        chooser.addWidget(self.browse_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_label(translate("ImportWizard", "&File:"), self.path_edit, self), chooser)
        form.addRow(_label(translate("ImportWizard", "Import &as:"), self.as_type, self),
                    _left(self.as_type))
        facts_form = QFormLayout()
        facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts_form.addRow(translate("ImportWizard", "Kind:"), self.kind_label)
        facts_form.addRow(_label(translate("ImportWizard", "&Encoding:"), self.encoding, self),
                          _left(self.encoding))
        facts_form.addRow(_label(translate("ImportWizard", "&Delimiter:"), self.delimiter, self),
                          _left(self.delimiter))
        facts_form.addRow("", self.override_hint)
        facts_form.addRow(translate("ImportWizard", "Columns:"), self.columns_label)
        facts_form.addRow(translate("ImportWizard", "Rows:"), self.rows_label)
        self.facts = QGroupBox(translate("ImportWizard", "What Ringcard found in the file"), self)
        self.facts.setLayout(facts_form)
        self.facts.hide()
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addSpacing(8)
        box.addWidget(self.facts)
        box.addWidget(self.error)
        box.addStretch(1)

        # signals
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.editingFinished.connect(self._path_typed)
        self.as_type.currentIndexChanged.connect(self._as_type_changed)
        self.encoding.activated.connect(self._encoding_chosen)
        self.delimiter.activated.connect(self._delimiter_chosen)

    # -- choosing ----------------------------------------------------------

    def browse(self) -> None:
        start = str(self._path.parent) if self._path else ""
        name, _filter = QFileDialog.getOpenFileName(
            self, translate("ImportWizard", "Import contacts"), start,
            translate("ImportWizard", "Contacts (*.csv *.txt *.xlsx *.vcf);;All files (*)"))
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        """Read ``path`` as sniffed (any earlier override is dropped)."""
        self._path = Path(path)
        self.path_edit.setText(str(self._path))
        self._encoding = self._delimiter = None
        self._read()

    def set_as_type(self, as_type: str) -> None:
        self.as_type.setCurrentIndex(self.as_type.findData(as_type))

    def override(self, *, encoding: str | None = None, delimiter: str | None = None) -> None:
        """Read the file again with this encoding and/or delimiter."""
        if encoding is not None:
            self._encoding = encoding
        if delimiter is not None:
            self._delimiter = delimiter
        self._read()

    def _path_typed(self) -> None:
        text = self.path_edit.text().strip()
        if text and Path(text) != self._path:
            self.choose_file(Path(text))

    def _as_type_changed(self) -> None:
        self._state.as_type = str(self.as_type.currentData())

    def _encoding_chosen(self) -> None:
        self.override(encoding=str(self.encoding.currentData()))

    def _delimiter_chosen(self) -> None:
        self.override(delimiter=str(self.delimiter.currentData()))

    # -- reading (background) ---------------------------------------------

    def _read(self) -> None:
        path, encoding, delimiter = self._path, self._encoding, self._delimiter
        if path is None:
            return
        self._reading = True
        self._error = ""
        show_message(self.error, "")
        self.rows_label.setText(translate("ImportWizard", "reading…"))
        self.completeChanged.emit()
        self._runner.run(f"{self._task}.head", lambda: read_head(path, encoding, delimiter),
                         self._head_read, on_error=self._read_failed)

    def _head_read(self, facts: FileFacts) -> None:
        self._reading = False
        self._state.set_facts(facts)
        self._show_facts(facts)
        self.completeChanged.emit()
        self.read_finished.emit()
        source = facts.source
        self._runner.run(f"{self._task}.count", lambda: import_read.count_rows(source),
                         self._rows_counted, on_error=self._count_failed)

    def _rows_counted(self, rows: int) -> None:
        self._state.rows_total = rows
        self.rows_label.setText(translate("ImportWizard", "%Ln data row(s) (under a header row)",
                                          None, rows)
                                if rows else translate("ImportWizard", "none: the file holds only its "
                                                                       "header row"))
        if not rows:
            self._fail(translate("ImportWizard", "There is nothing to import: the file holds only its "
                                                 "header row."))
        self.counted.emit(rows)

    def _read_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ImportFileError | OSError):
            show_exception(self, exc)
        overridden = self._encoding is not None or self._delimiter is not None
        if not overridden:  # nothing to choose from: the file itself is no use
            self._state.clear_file()
            self.facts.hide()
        self.rows_label.setText("—")
        self._fail(exc.message if isinstance(exc, ImportFileError)
                   else translate("ImportWizard", "Cannot read the file: {error}").format(error=exc))
        self.read_finished.emit()

    def _count_failed(self, exc: BaseException) -> None:
        """Further down the file a row cannot be read (often: another encoding)."""
        if not isinstance(exc, ImportFileError | OSError):
            show_exception(self, exc)
        self.rows_label.setText("—")
        self._fail(exc.message if isinstance(exc, ImportFileError)
                   else translate("ImportWizard", "Cannot read the file: {error}").format(error=exc))

    def _fail(self, message: str) -> None:
        self._reading = False
        self._error = message
        show_message(self.error, message)
        self.completeChanged.emit()

    def _show_facts(self, facts: FileFacts) -> None:
        source = facts.source
        text_file = source.kind == "csv"
        self.kind_label.setText(shown_label(KIND_LABELS, source.kind))
        for combo, value in ((self.encoding, source.encoding), (self.delimiter, source.delimiter)):
            combo.setEnabled(text_file)
            combo.setCurrentIndex(max(0, combo.findData(value)) if text_file else -1)
        self.override_hint.setVisible(text_file)
        names = ", ".join(f"“{h}”" if h else translate("ImportWizard", "(no name)")
                          for h in source.headers[:SHOWN_HEADERS])
        more = len(source.headers) - SHOWN_HEADERS
        self.columns_label.setText(
            translate("ImportWizard", "{count}: {names} and %n more", None, more).format(
                count=len(source.headers), names=names) if more > 0
            else f"{len(source.headers)}: {names}")
        self.rows_label.setText(translate("ImportWizard", "counting…"))
        self.facts.show()

    def stop_tasks(self) -> None:
        """No result of this page's tasks is wanted any more (the wizard closes)."""
        for key in (f"{self._task}.head", f"{self._task}.count"):
            self._runner.cancel(key)

    # -- QWizardPage -------------------------------------------------------

    def error_text(self) -> str:
        return self._error

    def isComplete(self) -> bool:  # noqa: N802
        return self._state.facts is not None and not self._reading and not self._error
