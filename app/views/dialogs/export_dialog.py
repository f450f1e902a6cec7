"""Export a list to a file: what is exported (the list's name, how many rows and its
filters), the format, the file; then the export runs in the TaskRunner with a
progress bar and Cancel, and ends in "Wrote N rows to FILE" with Open folder.

The dialog is given an ``ExportRequest`` (``app.views.list_export``): the words
that describe the list and the job that writes it. A bad file (no name, a folder
that does not exist) is told under the file field before anything runs; a failure
while writing is told in the dialog, and an unexpected one goes through
``show_exception`` as well.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.context import ServiceError
from app.services.validation import ValidationError
from app.views.errors import confirm, show_exception, user_message
from app.views.list_export import (
    FORMATS,
    ExportCancelled,
    ExportRequest,
    check_target,
    with_format_suffix,
    write_via_temp,
)
from app.views.tasks import TaskRunner
from app.views.widgets.labels import format_count

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e;"
DONE_STYLE = "color: #1b6e2d;"
WARN_STYLE = "color: #8a5a00;"

_last_folder: Path | None = None  # where the user last exported to, for the next export


@dataclass(frozen=True)
class ExportDone:
    path: Path
    rows: int
    fmt: str


class _Relay(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    advanced = Signal(int)
    """This many rows are written."""


def _forget_job(stop: threading.Event, runner: TaskRunner, task: str):  # type: ignore[no-untyped-def]
    """For a dialog destroyed (with its window) while its job runs: stop the job
    and drop its result, which would otherwise reach a deleted dialog."""
    def forget(*_args: object) -> None:
        stop.set()
        try:
            runner.cancel(task)
        except RuntimeError:  # the runner went first: nothing will be delivered
            pass
    return forget


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


class ExportDialog(QDialog):
    exported = Signal(object)
    """The file is written: an ``ExportDone``."""
    failed = Signal(str)
    """The export stopped with this message (nothing was written)."""
    cancelled = Signal()
    """The user stopped a running export (nothing was written)."""

    def __init__(self, request: ExportRequest, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.request = request
        self._runner = runner
        self._task = f"export.{id(self)}"
        self._stop = threading.Event()
        self._relay: _Relay | None = None
        self._running = False
        self._confirmed: Path | None = None  # replacing it was confirmed in the file chooser
        self.result_: ExportDone | None = None

        # widgets
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.setObjectName("exportDialog")
        self.what = QLabel(request.what, self)
        self.what.setObjectName("exportWhat")
        font = self.what.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.what.setFont(font)
        self.what.setWordWrap(True)
        self.detail = QLabel(request.detail, self)
        self.detail.setWordWrap(True)
        self.note = QLabel(request.note, self)
        self.note.setObjectName("exportNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(WARN_STYLE)
        self.note.setVisible(bool(request.note))
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for i, key in enumerate(request.formats):
            info = FORMATS[key]
            button = QRadioButton(f"{info.label} ({info.suffix}) — {info.hint}", self)
            self.format_buttons[key] = button
            self.format_group.addButton(button, i)
        self.format_buttons[request.formats[0]].setChecked(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("exportFile")
        self.file_edit.setMinimumWidth(380)
        self.browse_button = QPushButton(translate("ExportDialog", "Browse…"), self)
        self.file_error = QLabel(self)
        self.file_error.setObjectName("exportFileError")
        self.file_error.setStyleSheet(ERROR_STYLE)
        self.file_error.setWordWrap(True)
        self.file_error.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.open_folder_button = QPushButton(translate("ExportDialog", "Open folder"), self)
        self.open_folder_button.hide()
        self.export_button = QPushButton(translate("ExportDialog", "Export"), self)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(translate("ExportDialog", "Cancel"), self)
        self._set_file(default_folder() / self.default_name())
        self.destroyed.connect(_forget_job(self._stop, runner, self._task))

        # layout
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        formats = QVBoxLayout()
        formats.setSpacing(2)
        for button in self.format_buttons.values():
            formats.addWidget(button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ExportDialog", "Format:"), formats)
        form.addRow(translate("ExportDialog", "File:"), file_row)
        form.addRow("", self.file_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        box = QVBoxLayout(self)
        box.setSpacing(8)
        box.addWidget(self.what)
        box.addWidget(self.detail)
        box.addWidget(self.note)
        box.addSpacing(4)
        box.addLayout(form)
        box.addWidget(self.progress)
        box.addWidget(self.status)
        box.addStretch(1)
        box.addLayout(buttons)

        # signals
        self.format_group.idToggled.connect(self._format_toggled)
        self.browse_button.clicked.connect(self.browse)
        self.file_edit.textEdited.connect(lambda _t: self._clear_messages())
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        self.open_folder_button.clicked.connect(self.open_folder)

    # -- choosing --------------------------------------------------------------

    def fmt(self) -> str:
        return self.request.formats[max(0, self.format_group.checkedId())]

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def target(self) -> Path:
        """The file to write: ``~`` expanded, relative names in the default folder,
        the format's suffix added."""
        text = self.file_edit.text().strip()
        if not text:
            return Path()
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = default_folder() / path
        if path.is_dir():  # told as a folder, not turned into "folder.csv"
            return path
        return with_format_suffix(path, self.fmt())

    def set_file(self, path: str | Path) -> None:
        """Type a file name (as the user would)."""
        self._set_file(Path(path))
        self._clear_messages()

    def _set_file(self, path: Path) -> None:
        folder = path.expanduser().is_dir()
        self.file_edit.setText(str(path if folder else with_format_suffix(path, self.fmt())))

    def _format_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._format_changed()

    def _format_changed(self) -> None:
        if self.file_edit.text().strip():
            self._set_file(Path(self.file_edit.text().strip()))
        self._clear_messages()

    def browse(self) -> QFileDialog:
        """The save-file chooser, window-modal (``fileSelected`` fills the field)."""
        info = FORMATS[self.fmt()]
        start = self.target() if self.file_edit.text().strip() else default_folder()
        chooser = QFileDialog(self, translate("ExportDialog", "Export to"), str(start))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.setNameFilter(info.file_filter)
        chooser.setDefaultSuffix(info.suffix.lstrip("."))
        chooser.fileSelected.connect(self._chosen)
        chooser.finished.connect(lambda _r: chooser.deleteLater())
        chooser.open()
        return chooser

    def _chosen(self, name: str) -> None:
        self.set_file(name)
        self._confirmed = self.target()  # the chooser asked before replacing it

    # -- running ---------------------------------------------------------------

    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Check the file, then run the export in the background."""
        global _last_folder
        if self._running:
            return
        self._clear_messages()
        path, fmt = self.target(), self.fmt()
        try:
            if not self.file_edit.text().strip():
                raise ValidationError({"file": translate("ExportDialog", "Choose a file to export to")})
            check_target(path)
        except ValidationError as exc:
            self._show_file_error(exc.errors.get("file", str(exc)))
            return
        self.file_edit.setText(str(path))
        if path.exists() and path != self._confirmed and not self._confirm_replace(path):
            return
        _last_folder = path.parent
        self._stop.clear()
        relay = _Relay()
        relay.advanced.connect(self._advanced)
        self._relay = relay
        stop, job = self._stop, self.request.job

        def progress(rows: int) -> None:  # in the worker thread
            if stop.is_set():
                raise ExportCancelled
            relay.advanced.emit(rows)

        def work() -> ExportDone:
            rows = write_via_temp(path, lambda temp: job(temp, fmt, progress), stop.is_set)
            return ExportDone(path, rows, fmt)

        self._set_running(True)
        self._runner.run(self._task, work, self._done, on_error=self._failed)

    def _confirm_replace(self, path: Path) -> bool:
        return confirm(self, translate("ExportDialog", "Export"),
                       translate("ExportDialog", "{file} already exists in {folder}.\nReplace it?")
                       .format(file=path.name, folder=path.parent))

    def stop(self) -> None:
        """Cancel: the job stops at its next page; nothing is written."""
        if self._running:
            self._stop.set()
            self.status.setText(translate("ExportDialog", "Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _advanced(self, rows: int) -> None:
        total = self.request.total
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(rows, total))
            self.progress.setFormat(translate("ExportDialog", "{done} of {total}").format(
                done=format_count(rows), total=format_count(total)))
        else:
            self.progress.setFormat(translate("ExportDialog", "{done} written").format(
                done=format_count(rows)))

    def _set_running(self, running: bool) -> None:
        self._running = running
        for w in (self.file_edit, self.browse_button, self.export_button,
                  *self.format_buttons.values()):
            w.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("ExportDialog", "Cancel")
                                   if running or self.result_ is None
                                   else translate("ExportDialog", "Close"))
        if running:
            self.open_folder_button.hide()
            self.progress.show()
            total = self.request.total
            self.progress.setRange(0, total or 0)  # (0, 0): busy, the total is unknown
            self.progress.setValue(0)
            self.progress.setFormat(translate("ExportDialog", "{done} of {total}").format(
                done=format_count(0), total=format_count(total)) if total else "")
            self.status.setStyleSheet("")
            self.status.setText(translate("ExportDialog", "Writing {file}…").format(
                file=self.target().name))
            self.status.show()

    def _done(self, done: ExportDone) -> None:
        self.result_ = done
        self._set_running(False)
        self.progress.setRange(0, max(done.rows, 1))
        self.progress.setValue(max(done.rows, 1))
        noun = FORMATS[done.fmt].noun(done.rows)
        self.progress.setFormat(translate("ExportDialog", "{count} {noun} written").format(
            count=format_count(done.rows), noun=noun))
        self.status.setStyleSheet(DONE_STYLE)
        self.status.setText(translate("ExportDialog", "Wrote {count} {noun} to {path}").format(
            count=format_count(done.rows), noun=noun, path=done.path))
        self.open_folder_button.show()
        self.cancel_button.setText(translate("ExportDialog", "Close"))
        self.export_button.setText(translate("ExportDialog", "Export again"))
        log.info("exported %d %s to %s", done.rows, noun, done.path)
        self.exported.emit(done)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress.hide()
        if isinstance(exc, ExportCancelled):
            self.status.setStyleSheet("")
            self.status.setText(translate("ExportDialog", "Export cancelled; no file was written."))
            self.cancelled.emit()
            return
        message = user_message(exc)
        if isinstance(exc, ValidationError) and "file" in exc.errors:
            self._show_file_error(exc.errors["file"])
            self.status.hide()
        else:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(translate("ExportDialog", "{message} No file was written.").format(
                message=message))
            self.status.show()
        if not isinstance(exc, ServiceError | ValidationError):
            show_exception(self, exc)  # unexpected: the log gets the traceback
        self.failed.emit(message)

    # -- after -------------------------------------------------------------------

    def open_folder(self) -> None:
        if self.result_ is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_.path.parent)))

    def reject(self) -> None:
        """Cancel while running stops the export (the dialog stays until it has);
        otherwise it closes."""
        if self._running:
            self.stop()
            return
        super().reject()

    # -- messages ----------------------------------------------------------------

    def _show_file_error(self, message: str) -> None:
        self.file_error.setText(message)
        self.file_error.show()
        self.file_edit.setFocus()

    def _clear_messages(self) -> None:
        """The file or format changed: what the last run said no longer applies."""
        self.file_error.hide()
        if not self._running:
            for w in (self.status, self.progress, self.open_folder_button):
                w.hide()

    def default_name(self) -> str:
        """The suggested name with today's date, e.g. ``customers-2026-11-23.csv``."""
        return f"{self.request.file_stem}-{QDate.currentDate().toString('yyyy-MM-dd')}"
