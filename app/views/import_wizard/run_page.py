"""Page 4: the import itself, one transaction on the write thread, with progress
and Cancel (which rolls everything back). Then what happened: created, updated,
skipped, calls moved from the unmatched buffer, and "Save report…"."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizardPage

from app.i18n import translate
from app.services.context import AppContext
from app.services.importing.contacts import ImportReport
from app.services.importing.read import ImportFileError
from app.services.validation import ValidationError
from app.views.errors import show_exception
from app.views.import_wizard.jobs import import_file
from app.views.import_wizard.page_tools import (
    NOTE_STYLE,
    ProgressPanel,
    QuietLabel,
    report_path_for,
    save_report,
    write_report_to,
)
from app.views.import_wizard.state import ImportState
from app.views.tasks import TaskRunner

log = logging.getLogger(__name__)

def nothing_written() -> str:
    return translate("ImportWizard", "Nothing was written to the database.")


def _made(created: int, as_type: str) -> str:
    """"3 new customers": what the import made, in the words of the chosen type."""
    if as_type == "lead":
        return translate("ImportWizard", "%Ln new lead(s)", None, created)
    if as_type == "potential":
        return translate("ImportWizard", "%Ln new potential(s)", None, created)
    if as_type == "account":
        return translate("ImportWizard", "%Ln new account(s)", None, created)
    if as_type == "company":
        return translate("ImportWizard", "%Ln new company(ies)", None, created)
    return translate("ImportWizard", "%Ln new customer(s)", None, created)


def outcome_lines(report: ImportReport, as_type: str) -> list[str]:
    """What the finish page says about ``report``, first line first."""
    if report.cancelled:
        return [translate("ImportWizard", "Cancelled: nothing was imported.")]
    if not report.committed:
        bad = report.skipped_invalid
        return [translate("ImportWizard", "Nothing was imported: 1 row has problems and the "
                                          "import is all or nothing.") if bad == 1
                else translate("ImportWizard", "Nothing was imported: %Ln rows have problems and "
                                               "the import is all or nothing.", None, bad),
                nothing_written()]
    made = _made(report.created, as_type)
    total, updated = report.created + report.updated, report.updated
    lines = [translate("ImportWizard", "Imported %Ln contact(s): {made}, {updated}.", None, total)
             .format(made=made, updated=translate("ImportWizard", "%Ln stored contact(s) updated",
                                                  None, updated))
             if updated else
             translate("ImportWizard", "Imported %Ln contact(s): {made}.", None, total).format(
                 made=made)]
    skipped = []
    duplicates, invalid, moved = (report.skipped_duplicates, report.skipped_invalid,
                                  report.calls_moved)
    if duplicates:
        skipped.append(translate("ImportWizard", "%Ln duplicate(s)", None, duplicates))
    if invalid:
        skipped.append(translate("ImportWizard", "%Ln row(s) with problems", None, invalid))
    if skipped:
        lines.append(translate("ImportWizard", "Skipped: {what}.").format(what=", ".join(skipped)))
    if moved:
        lines.append(translate("ImportWizard", "%Ln waiting call(s) moved from the unmatched "
                                               "buffer to the contacts that now have their "
                                               "numbers.", None, moved))
    return lines


class RunPage(QWizardPage):
    finished_import = Signal(object)
    """The import ended; its ImportReport (committed or not). Not sent on failure."""

    report_saved = Signal(Path)
    """"Save report…" wrote the report here."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, state: ImportState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._state = state
        self._task = f"import-run.{id(self)}"
        self._running = False
        self._done = False

        # widgets
        self.setTitle(translate("ImportWizard", "Importing"))
        self.setSubTitle(translate("ImportWizard", "All rows are written in one go: Cancel leaves the "
                                                   "database as it was."))
        self.progress = ProgressPanel(True, self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("importOutcome")
        self.outcome.setWordWrap(True)
        font = self.outcome.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.outcome.setFont(font)
        self.details = QuietLabel("", self)
        self.details.setObjectName("importDetails")
        self.again_button = QPushButton(translate("ImportWizard", "Import &again"), self)
        self.again_button.setObjectName("importAgain")
        self.save_button = QPushButton(translate("ImportWizard", "&Save report…"), self)
        self.saved_note = QLabel(self)
        self.saved_note.setStyleSheet(NOTE_STYLE)

        # layout
        report_row = QHBoxLayout()
        report_row.addWidget(self.again_button)
        report_row.addWidget(self.save_button)
        report_row.addWidget(self.saved_note, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.progress)
        box.addWidget(self.outcome)
        box.addWidget(self.details)
        box.addSpacing(12)
        box.addLayout(report_row)
        box.addStretch(1)
        self.setFinalPage(True)

        # signals
        self.save_button.clicked.connect(self._ask_report_path)
        self.again_button.clicked.connect(self.start_import)

    # -- the import (background, on the write thread) ----------------------

    def start_import(self) -> None:
        options = self._state.options()
        self._running, self._done = True, False
        self._state.result = None
        self.setTitle(translate("ImportWizard", "Importing"))
        self.outcome.setText("")
        self.details.setText("")
        self.save_button.hide()
        self.again_button.hide()
        self.saved_note.setText("")
        self.progress.show()
        progress, cancelled = self.progress.start(self._state.rows_total)
        self.completeChanged.emit()
        self._runner.run(self._task, lambda: import_file(self._ctx, options, progress, cancelled),
                         self._imported, on_error=self._failed, write=True)

    def cancel(self) -> None:
        if self._running:
            self.progress.cancel()

    def is_running(self) -> bool:
        return self._running

    def _imported(self, report: ImportReport) -> None:
        self._state.result = report
        lines = outcome_lines(report, self._state.as_type)
        as_before = translate("ImportWizard", "The database is as it was before.")
        if report.cancelled:
            title, subtitle = translate("ImportWizard", "Import cancelled"), as_before
        elif report.committed:
            title = translate("ImportWizard", "Import finished")
            subtitle = translate("ImportWizard", "The contacts are in their lists now.")
        else:
            title, subtitle = translate("ImportWizard", "Nothing imported"), as_before
        self._show_outcome(title, subtitle, lines[0], "\n".join(lines[1:]))
        self.save_button.setVisible(bool(report.problems or report.duplicates))
        self.again_button.setVisible(report.cancelled)
        self.finished_import.emit(report)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportFileError):
            reason = exc.message
        elif isinstance(exc, ValidationError):
            reason = " ".join(exc.errors.values())
        else:
            show_exception(self, exc)
            reason = translate("ImportWizard", "an unexpected error (the details are in the log)")
        self._show_outcome(translate("ImportWizard", "Import stopped"),
                           translate("ImportWizard", "The database is as it was before."),
                           translate("ImportWizard", "The import stopped: {reason}").format(
                               reason=reason), nothing_written())
        self.again_button.show()

    def _show_outcome(self, title: str, subtitle: str, outcome: str, details: str) -> None:
        self._running, self._done = False, True
        self.progress.hide()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.outcome.setText(outcome)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.completeChanged.emit()

    # -- report ------------------------------------------------------------

    def _ask_report_path(self) -> None:
        source = self._state.source
        if self._state.result is not None and source is not None:
            save_report(self, self._runner, f"{self._task}.report", self._state.result,
                        report_path_for(source.path), self._report_saved)

    def write_report(self, path: Path) -> None:
        assert self._state.result is not None, "no import to report"
        write_report_to(self._runner, f"{self._task}.report", self._state.result, path,
                        self._report_saved)

    def _report_saved(self, path: Path) -> None:
        self.saved_note.setText(translate("ImportWizard", "Saved: {file}").format(file=path))
        self.report_saved.emit(path)

    def stop_tasks(self) -> None:
        """No result of this page's tasks is wanted any more (the wizard closes)."""
        self.cancel()
        for key in (self._task, f"{self._task}.report"):
            self._runner.cancel(key)

    # -- QWizardPage -------------------------------------------------------

    def outcome_text(self) -> str:
        return self.outcome.text()

    def initializePage(self) -> None:  # noqa: N802
        self.start_import()

    def isComplete(self) -> bool:  # noqa: N802
        return self._done
