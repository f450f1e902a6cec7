"""File › Import contacts…: a four-page wizard over the import services.

1. the file (kind, encoding, delimiter sniffed; overridable) and what it becomes;
2. the column mapping with a live preview;
3. a check of every row (a dry run): problems, duplicates and a choice for each;
4. the import, one transaction with progress and Cancel, and what it did.

The pages share one ImportState; every service call runs through the window's
TaskRunner (writes on its write thread). Closing the wizard while the import
runs cancels it (rolled back) instead of leaving it running unseen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget, QWizard

from app.i18n import translate
from app.services.context import AppContext
from app.services.importing.contacts import ImportReport
from app.views.import_wizard.check_page import CheckPage
from app.views.import_wizard.file_page import FilePage
from app.views.import_wizard.mapping_page import MappingPage
from app.views.import_wizard.run_page import RunPage
from app.views.import_wizard.state import ImportState
from app.views.tasks import TaskRunner
from app.views.widgets.window_fit import fit_to_screen, fitting_size

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1060, 680)  # fits a 1366x768 screen with the task bar and title bar
MINIMUM_SIZE = (760, 460)  # fits a 1024x600 one


class ImportWizard(QWizard):
    imported = Signal(object)
    """An import was committed (its ImportReport): lists showing contacts reload."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.state = ImportState()
        self._runner = runner

        # widgets
        self.setWindowTitle(translate("ImportWizard", "Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # the page has its own
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "&Import"))
        self.file_page = FilePage(ctx, runner, self.state, self)
        self.mapping_page = MappingPage(ctx, runner, self.state, self)
        self.check_page = CheckPage(ctx, runner, self.state, self)
        self.run_page = RunPage(ctx, runner, self.state, self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            self.addPage(page)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(fitting_size(self, QSize(*DEFAULT_SIZE)))  # less on a small screen

        # signals
        self.run_page.finished_import.connect(self._finished)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        fit_to_screen(self)  # on the screen, however its pages grow

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.isVisible():
            fit_to_screen(self)

    def _finished(self, report: ImportReport) -> None:
        if not report.committed:
            return
        log.info("imported %d new, %d updated contacts", report.created, report.updated)
        self.imported.emit(report)

    def is_busy(self) -> bool:
        return self.check_page.is_running() or self.run_page.is_running()

    def done(self, result: int) -> None:
        """Closing: results still on their way are dropped, not delivered to closed pages."""
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            page.stop_tasks()
        super().done(result)

    def reject(self) -> None:
        """Cancel, Esc or the close box. During the import: cancel it (rolled back) and
        stay, so the user reads that nothing was imported; otherwise close."""
        if self.run_page.is_running():
            self.run_page.cancel()
            return
        super().reject()


def open_import_wizard(parent: QWidget, ctx: AppContext, runner: TaskRunner) -> ImportWizard:
    """Open the wizard over ``parent`` (window-modal); connect ``imported`` to reload lists."""
    wizard = ImportWizard(ctx, runner, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
