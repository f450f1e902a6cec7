"""Page 3: every row checked before anything is stored (a dry run over the whole
file, in the background, with progress and Cancel). Then: what the import would
do, the problems row by row, and the duplicates with an action per row (or one
for all). All-or-nothing unless "Skip invalid rows" is ticked: with problems and
the box off, Import stays off and the page says why."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.i18n import translate
from app.services.context import AppContext
from app.services.importing.contacts import ImportReport
from app.services.importing.read import ImportFileError
from app.services.validation import ValidationError
from app.views.errors import show_exception
from app.views.import_wizard.jobs import Checked, check_file
from app.views.import_wizard.page_tools import (
    NOTE_STYLE,
    ProgressPanel,
    message_label,
    report_path_for,
    save_report,
    show_message,
    write_report_to,
)
from app.views.import_wizard.report_models import (
    ACTION_COLUMN,
    ActionDelegate,
    DuplicatesModel,
    problems_model,
)
from app.views.import_wizard.state import (
    ACTION_LABELS,
    SHOWN_PROBLEMS,
    ImportState,
    Would,
    shown_label,
)
from app.views.tasks import TaskRunner
from app.views.widgets.labels import format_count
from app.views.widgets.tables import make_table

log = logging.getLogger(__name__)


def summary_text(rows: int, would: Would) -> str:
    """"7 rows checked: 5 new, 1 to update, 1 duplicate to skip, 1 with problems." """
    create, update = would.create, would.update
    duplicates, invalid = would.skip_duplicates, would.skip_invalid
    parts = [translate("ImportWizard", "%Ln new", None, create)]
    if update:
        parts.append(translate("ImportWizard", "%Ln to update", None, update))
    if duplicates:
        parts.append(translate("ImportWizard", "%Ln duplicate(s) to skip", None, duplicates))
    if invalid:
        parts.append(translate("ImportWizard", "%Ln with problems", None, invalid))
    return translate("ImportWizard", "%Ln row(s) checked: {parts}.", None, rows).format(
        parts=", ".join(parts))


def bad_only(check: ImportReport) -> bool:
    return check.skipped_invalid == check.rows


class CheckPage(QWizardPage):
    checked = Signal()
    """The check ended (done, cancelled or refused) and its outcome is shown."""

    report_saved = Signal(Path)
    """"Save report…" wrote the report here."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, state: ImportState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._ctx = ctx
        self._runner = runner
        self._state = state
        self._task = f"import-check.{id(self)}"
        self._running = False
        self._error = ""

        # widgets
        self.setTitle(translate("ImportWizard", "Check the rows"))
        self.setSubTitle(translate("ImportWizard", "Every row is checked and compared with the "
                                                   "stored contacts. Nothing is stored yet."))
        self.setCommitPage(True)
        self.progress = ProgressPanel(False, self)
        self.summary = QLabel(self)
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.error = message_label(self, "checkError")
        self.again_button = QPushButton(translate("ImportWizard", "Check &again"), self)
        self.skip_invalid = QCheckBox(translate("ImportWizard", "S&kip invalid rows and import the "
                                                                "rest"), self)
        self.skip_invalid.setObjectName("skipInvalid")
        self.problems_title = QLabel(self)
        self.problems_model = problems_model(self)
        self.problems = make_table(self.problems_model, self, "problemsTable")
        self.problems.setColumnWidth(0, 60)
        self.problems.setColumnWidth(1, 200)
        self.problems_more = QLabel(self)
        self.problems_more.setStyleSheet(NOTE_STYLE)
        self.duplicates_title = QLabel(self)
        self.duplicates_title.setWordWrap(True)
        self.for_all = QComboBox(self)
        self.for_all.setObjectName("forAllDuplicates")
        for key in ACTION_LABELS:
            self.for_all.addItem(shown_label(ACTION_LABELS, key), key)
        self.dup_model = DuplicatesModel(state.action_for, self)
        self.duplicates = QTableView(self)
        self.duplicates.setObjectName("duplicatesTable")
        self.duplicates.setModel(self.dup_model)
        self.duplicates.setItemDelegateForColumn(ACTION_COLUMN, ActionDelegate(self.duplicates))
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.CurrentChanged
                                        | QAbstractItemView.EditTrigger.SelectedClicked)
        self.duplicates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicates.setAlternatingRowColors(True)
        self.duplicates.verticalHeader().hide()
        self.duplicates.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        dup_header = self.duplicates.horizontalHeader()
        dup_header.setHighlightSections(False)
        dup_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 60), (2, 170), (ACTION_COLUMN, 140)):
            self.duplicates.setColumnWidth(column, width)
        self.save_button = QPushButton(translate("ImportWizard", "&Save report…"), self)
        self.saved_note = QLabel(self)
        self.saved_note.setStyleSheet(NOTE_STYLE)

        # layout
        self.problems_box = self._section(self.problems_title, self.problems, self.problems_more)
        dup_head = QHBoxLayout()
        dup_head.addWidget(self.duplicates_title, 1)
        dup_head.addWidget(QLabel(translate("ImportWizard", "For all duplicates:"), self))
        dup_head.addWidget(self.for_all)
        self.duplicates_box = self._section(dup_head, self.duplicates)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.problems_box)
        self.splitter.addWidget(self.duplicates_box)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.again_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid)
        bottom.addStretch(1)
        bottom.addWidget(self.saved_note)
        bottom.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.progress)
        box.addLayout(top)
        box.addWidget(self.error)
        box.addWidget(self.splitter, 1)
        box.addLayout(bottom)
        self._show_running(False)

        # signals
        self.again_button.clicked.connect(self.start_check)
        self.skip_invalid.toggled.connect(self._skip_invalid_toggled)
        self.for_all.activated.connect(lambda: self.set_all_duplicates(str(self.for_all.currentData())))
        self.dup_model.action_changed.connect(self.set_duplicate_action)
        self.save_button.clicked.connect(self._ask_report_path)

    def _section(self, head: QWidget | QHBoxLayout, *widgets: QWidget) -> QWidget:
        section = QWidget(self)
        box = QVBoxLayout(section)
        box.setContentsMargins(0, 6, 0, 0)
        if isinstance(head, QWidget):
            box.addWidget(head)
        else:
            box.addLayout(head)
        for widget in widgets:
            box.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
        return section

    # -- the check (background) --------------------------------------------

    def start_check(self) -> None:
        options = self._state.options()
        self._state.check = None
        self._running = True
        self._error = ""
        self._show_running(True)
        progress, cancelled = self.progress.start(self._state.rows_total)
        self.completeChanged.emit()
        self._runner.run(self._task, lambda: check_file(self._ctx, options, progress, cancelled),
                         self._checked, on_error=self._check_failed, write=True)

    def cancel(self) -> None:
        """Stop a running check (its transaction is rolled back, as always)."""
        if self._running:
            self.progress.cancel()

    def is_running(self) -> bool:
        return self._running

    def _checked(self, result: Checked) -> None:
        self._running = False
        report = result.report
        if report.cancelled:
            self._stopped(translate("ImportWizard", "Check cancelled: press “Check again” to check "
                                                    "every row before importing."))
            return
        self._state.check = report
        self._state.match_names = result.names
        self.problems_model.set_rows(report.problems[:SHOWN_PROBLEMS])
        more = len(report.problems) - SHOWN_PROBLEMS
        self.problems_more.setText(translate("ImportWizard", "… and %Ln more (all of them are in "
                                                             "the saved report)", None, more))
        self.problems_more.setVisible(more > 0)
        problems, bad_rows = len(report.problems), report.skipped_invalid
        self.problems_title.setText(translate("ImportWizard", "<b>Problems</b>: {problems} in {rows}")
                                    .format(problems=translate("ImportWizard", "%Ln problem(s)",
                                                               None, problems),
                                            rows=translate("ImportWizard", "%Ln row(s)", None,
                                                           bad_rows)))
        self.dup_model.set_rows(report.duplicates, result.names)
        dups = len(report.duplicates)
        self.duplicates_title.setText(
            translate("ImportWizard", "<b>Duplicates</b>: 1 row matches a stored contact or an "
                                      "earlier row; choose what to do with it") if dups == 1
            else translate("ImportWizard", "<b>Duplicates</b>: %Ln rows match a stored contact or "
                                           "an earlier row; choose what to do with each", None, dups))
        self.for_all.setCurrentIndex(self.for_all.findData(self._state.on_duplicate))
        self.problems_box.setVisible(bool(report.problems))
        self.duplicates_box.setVisible(bool(report.duplicates))
        self._show_running(False)
        self._refresh()
        self.checked.emit()

    def _check_failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, ImportFileError):
            self._stopped(exc.message)
        elif isinstance(exc, ValidationError):
            self._stopped(" ".join(exc.errors.values()))
        else:
            show_exception(self, exc)
            self._stopped(translate("ImportWizard", "The check failed; the details are in the log."))

    def _stopped(self, message: str) -> None:
        self._error = message
        self._show_running(False)
        self.summary.setText("")
        self.problems_box.hide()
        self.duplicates_box.hide()
        show_message(self.error, message)
        self.completeChanged.emit()
        self.checked.emit()

    def _show_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        done = not running and self._state.check is not None
        for widget in (self.summary, self.save_button, self.skip_invalid):
            widget.setVisible(done)
        self.again_button.setVisible(not running and bool(self._error))
        if running:
            self.problems_box.hide()
            self.duplicates_box.hide()
            show_message(self.error, "")
            self.saved_note.setText("")

    # -- the user's choices ------------------------------------------------

    def set_all_duplicates(self, action: str) -> None:
        """"For all duplicates": every duplicate row gets ``action``."""
        self._state.on_duplicate = action
        self._state.choices.clear()
        self.for_all.setCurrentIndex(self.for_all.findData(action))
        self.dup_model.actions_changed()
        self._refresh()

    def set_duplicate_action(self, row: int, action: str) -> None:
        """The action for the duplicate at file row ``row``."""
        self._state.choices[row] = action
        self.dup_model.actions_changed()
        self._refresh()

    def _skip_invalid_toggled(self, on: bool) -> None:
        self._state.skip_invalid = on
        self._refresh()

    def _refresh(self) -> None:
        """Summary, the reason Import is off (if it is), and the Import button."""
        check, would = self._state.check, self._state.would()
        if check is None or would is None:
            return
        self.summary.setText(summary_text(check.rows, would))
        self.skip_invalid.setEnabled(bool(check.problems))
        self._error = ""
        if check.problems and not self._state.skip_invalid:
            bad, valid = check.skipped_invalid, check.rows - check.skipped_invalid
            text = (translate("ImportWizard", "1 row has problems, so nothing would be imported: "
                                              "the import is all or nothing. Correct the file and "
                                              "check again, or tick “Skip invalid rows” to import "
                                              "the other {valid}.") if bad == 1
                    else translate("ImportWizard", "%Ln rows have problems, so nothing would be "
                                                   "imported: the import is all or nothing. Correct "
                                                   "the file and check again, or tick “Skip invalid "
                                                   "rows” to import the other {valid}.", None, bad))
            self._error = text.format(valid=format_count(valid))
        elif not would.writes:
            self._error = (translate("ImportWizard", "Nothing to import: every row has problems.")
                           if bad_only(check)
                           else translate("ImportWizard", "Nothing to import: every row is a "
                                                          "duplicate set to Skip or has problems."))
        show_message(self.error, self._error)
        self.completeChanged.emit()

    # -- report ------------------------------------------------------------

    def _ask_report_path(self) -> None:
        report, source = self._state.check_with_choices(), self._state.source
        if report is not None and source is not None:
            save_report(self, self._runner, f"{self._task}.report", report,
                        report_path_for(source.path), self._report_saved)

    def write_report(self, path: Path) -> None:
        report = self._state.check_with_choices()
        assert report is not None, "no check to report"
        write_report_to(self._runner, f"{self._task}.report", report, path, self._report_saved)

    def _report_saved(self, path: Path) -> None:
        self.saved_note.setText(translate("ImportWizard", "Saved: {file}").format(file=path.name))
        self.report_saved.emit(path)

    # -- QWizardPage -------------------------------------------------------

    def error_text(self) -> str:
        return self._error

    def initializePage(self) -> None:  # noqa: N802
        self.skip_invalid.setChecked(self._state.skip_invalid)
        self.start_check()

    def stop_tasks(self) -> None:
        """A running check stops; no result of this page's tasks is wanted any more."""
        self.cancel()
        self._running = False
        for key in (self._task, f"{self._task}.report"):
            self._runner.cancel(key)

    def cleanupPage(self) -> None:  # noqa: N802
        """Back: the check stops; it runs again when the page is next shown."""
        self.stop_tasks()

    def isComplete(self) -> bool:  # noqa: N802
        return not self._running and self._state.check is not None and not self._error
