"""Pieces the wizard's pages share: a progress panel fed from the worker thread
with a Cancel button, message labels, and "Save report…"."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.services.importing import contacts as import_contacts
from app.services.importing.contacts import ImportReport
from app.views.tasks import TaskRunner
from app.views.widgets.forms import ERROR_STYLE
from app.views.widgets.labels import format_count

log = logging.getLogger(__name__)

NOTE_STYLE = "color: #505050;"  # secondary text, as elsewhere in the app
DUPLICATE_STYLE = "color: #8a5300;"


def message_label(parent: QWidget, name: str, style: str = ERROR_STYLE) -> QLabel:
    """A word-wrapped label for a page's message; hidden while empty."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ProgressPanel(QWidget):
    """"Checking row 1,200 of 5,000" with a bar and Cancel. ``start`` hands out
    the progress and cancel callbacks of one run; both are safe from any thread,
    and a run started earlier neither moves the bar nor un-cancels."""

    _advanced = Signal(int, int)
    """Run number, rows read so far (emitted in the worker thread, delivered queued)."""

    cancel_requested = Signal()
    """The user pressed Cancel."""

    def __init__(self, importing: bool, parent: QWidget | None = None) -> None:
        """``importing``: the run writes (the import), else it checks."""
        super().__init__(parent)
        # attributes
        self._importing = importing
        self._total: int | None = None
        self._run = 0
        self._stop = threading.Event()

        # widgets
        self.label = QLabel(self)
        self.label.setObjectName("progressLabel")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progressBar")
        self.cancel_button = QPushButton(translate("ImportWizard", "Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")

        # layout
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label)
        box.addLayout(row)

        # signals
        self._advanced.connect(self._show)
        self.cancel_button.clicked.connect(self.cancel)

    def start(self, total: int | None) -> tuple[Callable[[int], None], Callable[[], bool]]:
        """A new run (an unknown total shows a busy bar): its (progress, cancelled) callbacks."""
        self._run += 1
        run, stop = self._run, threading.Event()
        self._stop = stop
        self._total = total
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("ImportWizard", "Cancel"))
        self.bar.setRange(0, total or 0)
        self.bar.setValue(0)
        self._show(run, 0)

        def progress(rows: int) -> None:
            try:
                self._advanced.emit(run, rows)
            except RuntimeError:  # the wizard was closed: the run goes on unseen
                pass

        return progress, stop.is_set

    def cancel(self) -> None:
        """Ask the current run to stop (the service rolls back at its next row)."""
        self._stop.set()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(translate("ImportWizard", "Cancelling…"))
        self.cancel_requested.emit()

    def _show(self, run: int, rows: int) -> None:
        if run != self._run:
            return
        if self._total:
            self.bar.setValue(min(rows, self._total))
            text = (translate("ImportWizard", "Importing row {row} of {total}…") if self._importing
                    else translate("ImportWizard", "Checking row {row} of {total}…"))
            self.label.setText(text.format(row=format_count(rows), total=format_count(self._total)))
        elif self._importing:
            self.label.setText(translate("ImportWizard", "Importing… %Ln row(s) read", None, rows))
        else:
            self.label.setText(translate("ImportWizard", "Checking… %Ln row(s) read", None, rows))


def save_report(parent: QWidget, runner: TaskRunner, key: str, report: ImportReport,
                suggested: Path, on_saved: Callable[[Path], None]) -> None:
    """Ask where, then write the row-by-row CSV report off the GUI thread."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, translate("ImportWizard", "Save the import report"), str(suggested),
        translate("ImportWizard", "CSV report (*.csv)"))
    if name:
        write_report_to(runner, key, report, Path(name), on_saved)


def write_report_to(runner: TaskRunner, key: str, report: ImportReport, path: Path,
                    on_saved: Callable[[Path], None]) -> None:
    def done(_result: object) -> None:
        log.info("import report written to %s", path)
        on_saved(path)

    runner.run(key, lambda: import_contacts.write_report(path, report), done)


def report_path_for(source: Path) -> Path:
    """"contacts.csv" -> "contacts – import report.csv" beside it."""
    return source.with_name(translate("ImportWizard", "{name} – import report.csv").format(
        name=source.stem))


class QuietLabel(QLabel):
    """Secondary text that wraps (a hint under a field)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setStyleSheet(NOTE_STYLE)


__all__ = ["ERROR_STYLE", "NOTE_STYLE", "DUPLICATE_STYLE", "ProgressPanel", "QuietLabel",
           "message_label", "show_message", "save_report", "write_report_to", "report_path_for"]
