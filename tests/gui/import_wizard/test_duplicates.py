"""Duplicates in the wizard: the preview notes them, the check lists each with what
it matches, and the user's choice per row (or for all) decides what is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox

from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.views.import_wizard import ImportWizard
from app.views.import_wizard.preview_model import CHECK_COLUMN
from app.views.import_wizard.report_models import ACTION_COLUMN
from tests.gui.conftest import person
from tests.gui.import_wizard.conftest import (
    choose,
    count,
    run_import,
    to_check,
    to_mapping,
    write_csv,
)

ROWS = [
    ["Anna", "Smith", "Hope Works", "anna@hopeworks.co.uk", "07700 900999", "GB"],  # row 2: stored Anna
    ["Ben", "Smithson", "", "", "0113 496 0202", "GB"],  # row 3: stored Ben by phone
    ["Cara", "New", "", "cara@new.example", "07700 900777", "GB"],  # row 4: new
]


def _stored(ctx: AppContext) -> tuple[int, int]:
    anna = person(ctx, "Anna", "Smith", email="anna@hopeworks.co.uk", phone="020 7946 0101")
    ben = person(ctx, "Ben", "Smithson", phone="0113 496 0202")
    return anna, ben


def _choose_in_table(wizard: ImportWizard, file_row: int, action: str) -> None:
    """As a user does: click the Action cell, pick from its combo."""
    page = wizard.check_page
    index = page.dup_model.index(page.dup_model.row_of(file_row), ACTION_COLUMN)
    page.duplicates.edit(index)
    combo = page.duplicates.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(action))
    combo.activated.emit(combo.currentIndex())


def test_duplicates_are_noted_in_the_preview(qtbot, wizard: ImportWizard, gui_ctx: AppContext,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    _stored(gui_ctx)
    choose(qtbot, wizard, write_csv(tmp_path, ROWS))
    to_mapping(qtbot, wizard)
    preview = wizard.mapping_page.preview_model
    assert preview.text(0, CHECK_COLUMN) == "Duplicate of Anna Smith (same e-mail)"
    assert preview.text(1, CHECK_COLUMN) == "Duplicate of Ben Smithson (same phone)"
    assert preview.text(2, CHECK_COLUMN) == "New"
    assert wizard.mapping_page.preview_title.text().endswith("(2 duplicates)")


def test_update_chosen_for_one_row_changes_the_stored_contact(qtbot, wizard: ImportWizard,  # type: ignore[no-untyped-def]
                                                               gui_ctx: AppContext, tmp_path: Path) -> None:
    anna, ben = _stored(gui_ctx)
    choose(qtbot, wizard, write_csv(tmp_path, ROWS))
    to_mapping(qtbot, wizard)
    to_check(qtbot, wizard)
    page = wizard.check_page
    model = page.dup_model
    assert [(model.row(i).row, model.text(i, 1), model.text(i, 2), model.text(i, ACTION_COLUMN))
            for i in range(model.rowCount())] == [(2, "Anna Smith", "same e-mail", "Skip"),
                                                  (3, "Ben Smithson", "same phone", "Skip")]
    assert page.summary.text() == "3 rows checked: 1 new, 2 duplicates to skip."

    _choose_in_table(wizard, 2, "update")
    assert model.text(model.row_of(2), ACTION_COLUMN) == "Update"
    assert page.summary.text() == "3 rows checked: 1 new, 1 to update, 1 duplicate to skip."
    before = count(gui_ctx)
    report = run_import(qtbot, wizard)
    assert report.committed and (report.created, report.updated, report.skipped_duplicates) == (1, 1, 1)
    assert count(gui_ctx) == before + 1
    stored = contacts.get(gui_ctx, anna)
    assert {p.e164 for p in stored.phones} == {"+442079460101", "+447700900999"}  # the file's added
    assert stored.company_name == "Hope Works"  # was empty: filled from the file
    assert len(contacts.get(gui_ctx, ben).phones) == 1  # skipped: untouched
    assert "1 stored contact updated" in wizard.run_page.outcome_text()


def test_one_choice_for_all_duplicates_then_one_row_differs(qtbot, wizard: ImportWizard,  # type: ignore[no-untyped-def]
                                                            gui_ctx: AppContext, tmp_path: Path) -> None:
    _stored(gui_ctx)
    choose(qtbot, wizard, write_csv(tmp_path, ROWS))
    to_mapping(qtbot, wizard)
    to_check(qtbot, wizard)
    page = wizard.check_page
    page.for_all.setCurrentIndex(page.for_all.findData("create"))
    page.for_all.activated.emit(page.for_all.currentIndex())
    model = page.dup_model
    assert [model.text(i, ACTION_COLUMN) for i in range(model.rowCount())] == ["Create", "Create"]
    assert page.summary.text() == "3 rows checked: 3 new."
    _choose_in_table(wizard, 3, "skip")
    assert page.summary.text() == "3 rows checked: 2 new, 1 duplicate to skip."
    before = count(gui_ctx)
    report = run_import(qtbot, wizard)
    assert (report.created, report.skipped_duplicates) == (2, 1)
    assert count(gui_ctx) == before + 2  # a second Anna Smith, as chosen
