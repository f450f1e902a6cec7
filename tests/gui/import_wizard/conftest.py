"""The import wizard over a real SQLite database: helpers that walk its pages,
waiting on the pages' own signals (each page's work runs in the background)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from app.models import Contact
from app.services.context import AppContext
from app.services.importing.contacts import ImportReport
from app.views.import_wizard import ImportWizard
from app.views.tasks import TaskRunner

TIMEOUT = 20_000
DATA = Path(__file__).parents[2] / "data"
HEADER = ["First name", "Last name", "Company", "E-mail", "Mobile phone", "Country"]


@pytest.fixture
def wizard(qtbot, gui_ctx: AppContext) -> ImportWizard:  # type: ignore[no-untyped-def]
    w = ImportWizard(gui_ctx, TaskRunner())
    qtbot.addWidget(w)
    w.show()
    return w


def write_csv(folder: Path, rows: list[list[str]], header: list[str] = HEADER,
              name: str = "contacts.csv") -> Path:
    path = folder / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    return path


def count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)) or 0)


def choose(qtbot, wizard: ImportWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Choose a readable file and wait until it is sniffed and its rows counted."""
    with qtbot.waitSignal(wizard.file_page.counted, timeout=TIMEOUT):
        wizard.file_page.choose_file(path)


def choose_unreadable(qtbot, wizard: ImportWizard, path: Path) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(wizard.file_page.read_finished, timeout=TIMEOUT):
        wizard.file_page.choose_file(path)
    return wizard.file_page.error.text()


def to_mapping(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    """Next to the mapping page; wait for the saved mappings and the preview."""
    page = wizard.mapping_page
    with qtbot.waitSignals([page.saved_bar.loaded, page.preview_ready], timeout=TIMEOUT):
        wizard.next()
    wait_preview(qtbot, wizard)


def wait_preview(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    """Until the (debounced) preview of the current mapping is shown, or refused."""
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: not page.preview_pending(), timeout=TIMEOUT)


def to_check(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    with qtbot.waitSignal(wizard.check_page.checked, timeout=TIMEOUT):
        wizard.next()


def run_import(qtbot, wizard: ImportWizard) -> ImportReport:  # type: ignore[no-untyped-def]
    """Press Import and wait for the outcome."""
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.isEnabled()
    with qtbot.waitSignal(wizard.run_page.finished_import, timeout=TIMEOUT) as blocker:
        wizard.next()
    report = blocker.args[0]
    assert isinstance(report, ImportReport)
    return report


def import_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()
