"""Bad input in the wizard: a file that cannot be read says why and Next stays off;
a wrong encoding or delimiter can be overridden; a mapping without a name column
is refused; a bad row blocks the all-or-nothing import until "Skip invalid rows"
is ticked, and the saved report names the row and the column."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from app.services.context import AppContext
from app.views.import_wizard import ImportWizard
from app.views.import_wizard.preview_model import CHECK_COLUMN, PROBLEM_COLOR
from tests.gui.import_wizard.conftest import (
    DATA,
    HEADER,
    TIMEOUT,
    choose,
    choose_unreadable,
    count,
    import_enabled,
    next_enabled,
    run_import,
    to_check,
    to_mapping,
    wait_preview,
    write_csv,
)

GOOD = [["Ann", "Lee", "Lee Ltd", "ann@lee.example", "07700 900001", "GB"],
        ["Bob", "Ray", "", "bob@ray.example", "07700 900002", "GB"]]
BAD_EMAIL = ["Cat", "Fox", "", "cat@@fox", "07700 900003", "GB"]


def test_an_empty_file_says_so_and_next_stays_off(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "“empty.csv” is empty" in choose_unreadable(qtbot, wizard, empty)
    assert wizard.file_page.error.isVisible() and not wizard.file_page.facts.isVisible()
    assert not next_enabled(wizard)


def test_a_binary_file_renamed_csv_says_so(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "photo.csv"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary data" in choose_unreadable(qtbot, wizard, fake)
    assert not next_enabled(wizard)
    # a good file afterwards clears the message
    choose(qtbot, wizard, write_csv(tmp_path, GOOD))
    assert not wizard.file_page.error.isVisible() and next_enabled(wizard)


def test_a_header_only_file_has_nothing_to_import(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, wizard, write_csv(tmp_path, []))
    assert "only its header row" in wizard.file_page.error_text()
    assert not next_enabled(wizard)


def test_encoding_and_delimiter_can_be_overridden(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.file_page
    choose(qtbot, wizard, DATA / "import" / "outlook_contacts.csv")  # Windows-1252
    with qtbot.waitSignal(page.read_finished, timeout=TIMEOUT):
        page.override(encoding="utf-8")
    assert "not utf-8" in page.error_text() and not next_enabled(wizard)
    assert page.encoding.isVisible()  # so the user can choose again
    with qtbot.waitSignal(page.counted, timeout=TIMEOUT):
        page.override(encoding="cp1252")
    assert page.error_text() == "" and next_enabled(wizard)

    with qtbot.waitSignal(page.counted, timeout=TIMEOUT):
        page.override(delimiter=";")  # wrong: every line is one column
    assert page.columns_label.text().startswith("1: ")
    with qtbot.waitSignal(page.counted, timeout=TIMEOUT):
        page.override(delimiter=",")
    assert page.columns_label.text().startswith("61: ")


def test_a_mapping_without_a_name_column_is_refused(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, wizard, write_csv(tmp_path, GOOD))
    to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    assert next_enabled(wizard)
    for column in (0, 1, 2):  # first name, last name, company
        page.set_field(column, "")
    wait_preview(qtbot, wizard)
    assert page.error_text() == "Choose the column that holds the first name, last name or company"
    assert page.error.isVisible() and page.preview_model.rowCount() == 0
    assert not next_enabled(wizard)
    page.set_field(2, "company_name")
    wait_preview(qtbot, wizard)
    assert not page.error.isVisible() and next_enabled(wizard)


def test_a_bad_row_blocks_the_import_until_skip_invalid(qtbot, wizard: ImportWizard, gui_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    choose(qtbot, wizard, write_csv(tmp_path, [GOOD[0], BAD_EMAIL, GOOD[1]]))
    to_mapping(qtbot, wizard)
    preview = wizard.mapping_page.preview_model
    assert preview.text(1, CHECK_COLUMN) == "E-mail: “cat@@fox” is not a valid e-mail address"
    assert preview.data(preview.index(1, CHECK_COLUMN), Qt.ItemDataRole.ForegroundRole).color() == \
        PROBLEM_COLOR
    assert next_enabled(wizard)  # a bad row is the check's business, not the mapping's

    to_check(qtbot, wizard)
    page = wizard.check_page
    assert [(p.row, p.column) for p in page.problems_model.rows()] == [(3, "E-mail")]
    assert page.summary.text() == "3 rows checked: 2 new, 1 with problems."
    assert "nothing would be imported" in page.error_text() and page.error.isVisible()
    assert not import_enabled(wizard)

    report_file = tmp_path / "report.csv"
    with qtbot.waitSignal(page.report_saved, timeout=TIMEOUT):
        page.write_report(report_file)
    with report_file.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Row", "Column", "Problem"]
    assert rows[1] == ["3", "E-mail", "“cat@@fox” is not a valid e-mail address"]

    before = count(gui_ctx)
    page.skip_invalid.setChecked(True)
    assert import_enabled(wizard) and not page.error.isVisible()
    report = run_import(qtbot, wizard)
    assert report.committed and (report.created, report.skipped_invalid) == (2, 1)
    assert count(gui_ctx) == before + 2
    assert wizard.run_page.details.text() == "Skipped: 1 row with problems."


def test_problems_past_the_first_thousand_are_counted(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = [[f"P{i}", "Test", "", f"p{i}@@bad", "", "GB"] for i in range(1003)]
    choose(qtbot, wizard, write_csv(tmp_path, rows, HEADER))
    to_mapping(qtbot, wizard)
    to_check(qtbot, wizard)
    page = wizard.check_page
    assert page.problems_model.rowCount() == 1000
    assert page.problems_more.isVisible() and page.problems_more.text().startswith("… and 3 more")
    page.skip_invalid.setChecked(True)
    assert not import_enabled(wizard)  # every row is invalid: nothing to import
    assert page.error_text().startswith("Nothing to import")
