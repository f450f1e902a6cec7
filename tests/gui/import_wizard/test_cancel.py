"""Cancel: pressed part-way through the import (after a first batch of rows was
written inside the transaction) everything is rolled back and the page says so;
Esc or the close box during the import cancels it too instead of hiding it; a
cancelled check can run again."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.context import AppContext
from app.services.importing.contacts import BATCH, PROGRESS_EVERY
from app.views.import_wizard import ImportWizard, check_page, run_page
from tests.gui.import_wizard.conftest import (
    TIMEOUT,
    choose,
    count,
    to_check,
    to_mapping,
    write_csv,
)

ROWS = BATCH + 3 * PROGRESS_EVERY  # the pause comes after the first batch is written


class Pause:
    """Wraps a job so that its worker stops once ``at`` rows are read, until ``go_on``."""

    def __init__(self, job: Callable[..., object], at: int) -> None:
        self.job, self.at = job, at
        self.reached, self.go_on = threading.Event(), threading.Event()

    def __call__(self, ctx: AppContext, options: object, progress: Callable[[int], None],
                 cancelled: Callable[[], bool]) -> object:
        def paused(rows: int) -> None:
            progress(rows)
            if rows >= self.at and not self.reached.is_set():
                self.reached.set()
                self.go_on.wait(TIMEOUT / 1000)

        return self.job(ctx, options, paused, cancelled)


def _many(tmp_path: Path) -> Path:
    return write_csv(tmp_path, [[f"Person{i}", "Test", "", f"p{i}@example.org", "", "GB"]
                                for i in range(ROWS)])


@pytest.mark.parametrize("how", ["cancel button", "escape"])
def test_cancel_part_way_rolls_everything_back(qtbot, wizard: ImportWizard, gui_ctx: AppContext,  # type: ignore[no-untyped-def]
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               how: str) -> None:
    pause = Pause(run_page.import_file, at=BATCH + PROGRESS_EVERY)
    monkeypatch.setattr(run_page, "import_file", pause)
    choose(qtbot, wizard, _many(tmp_path))
    to_mapping(qtbot, wizard)
    to_check(qtbot, wizard)
    before = count(gui_ctx)

    wizard.next()  # Import
    page = wizard.run_page
    qtbot.waitUntil(pause.reached.is_set, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: f"of {ROWS:,}" in page.progress.label.text(), timeout=TIMEOUT)
    assert page.is_running() and not page.isComplete()
    if how == "escape":
        wizard.reject()
    else:
        qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert page.progress.cancel_button.text() == "Cancelling…"
    with qtbot.waitSignal(page.finished_import, timeout=TIMEOUT) as blocker:
        pause.go_on.set()
    report = blocker.args[0]
    assert report.cancelled and not report.committed
    assert wizard.isVisible()  # still open: the user reads what happened
    assert page.outcome_text() == "Cancelled: nothing was imported."
    assert page.title() == "Import cancelled" and page.again_button.isVisible()
    assert count(gui_ctx) == before


def test_a_cancelled_check_can_run_again(qtbot, wizard: ImportWizard, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    pause = Pause(check_page.check_file, at=PROGRESS_EVERY)
    monkeypatch.setattr(check_page, "check_file", pause)
    choose(qtbot, wizard, _many(tmp_path))
    to_mapping(qtbot, wizard)
    page = wizard.check_page
    wizard.next()
    qtbot.waitUntil(pause.reached.is_set, timeout=TIMEOUT)
    qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.checked, timeout=TIMEOUT):
        pause.go_on.set()
    assert page.error_text().startswith("Check cancelled")
    assert page.again_button.isVisible() and not page.isComplete()
    with qtbot.waitSignal(page.checked, timeout=TIMEOUT):
        qtbot.mouseClick(page.again_button, Qt.MouseButton.LeftButton)
    assert page.isComplete() and page.summary.text() == f"{ROWS:,} rows checked: {ROWS:,} new."


def test_closing_during_the_check_stops_it_and_drops_its_result(qtbot, gui_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWidget

    from app.views.import_wizard import open_import_wizard
    from app.views.tasks import TaskRunner

    pause = Pause(check_page.check_file, at=PROGRESS_EVERY)
    monkeypatch.setattr(check_page, "check_file", pause)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    runner = TaskRunner(window)
    wizard = open_import_wizard(window, gui_ctx, runner)
    assert wizard.isVisible() and wizard.windowModality() == Qt.WindowModality.WindowModal
    choose(qtbot, wizard, _many(tmp_path))
    to_mapping(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(pause.reached.is_set, timeout=TIMEOUT)
    with qtbot.waitSignal(wizard.destroyed, timeout=TIMEOUT):
        wizard.reject()  # Cancel: the check is stopped, the wizard goes
    pause.go_on.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)  # its result was dropped
