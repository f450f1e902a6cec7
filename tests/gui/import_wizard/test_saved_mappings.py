"""Saved mappings on the mapping page: saved under a name for the whole office, they
pre-fill the next file with the same columns, can be chosen and deleted; a mapping
file (JSON, as the command line's --mapping) can be written and read back."""

from __future__ import annotations

from pathlib import Path

from app.services.context import AppContext
from app.services.importing import mappings as import_mappings
from app.views.import_wizard import ImportWizard
from app.views.import_wizard.mapping_page import guessed_note
from app.views.tasks import TaskRunner
from tests.gui.import_wizard.conftest import (
    HEADER,
    TIMEOUT,
    choose,
    to_mapping,
    wait_preview,
    write_csv,
)

# odd column names nothing guesses: the user maps them once, then never again
ODD = ["Vorname ", "Zuname", "Betrieb", "Mail", "Handy", "Land"]
ROWS = [["Ann", "Lee", "Lee Ltd", "ann@lee.example", "07700 900001", "GB"]]
WANTED = {0: "first_name", 1: "last_name", 2: "company_name", 3: "email", 4: "phone_mobile",
          5: "country"}


def test_a_saved_mapping_prefills_the_next_file_with_those_columns(qtbot, wizard: ImportWizard,  # type: ignore[no-untyped-def]
                                                                   gui_ctx: AppContext,
                                                                   tmp_path: Path) -> None:
    choose(qtbot, wizard, write_csv(tmp_path, ROWS, ODD))
    to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    assert page.mapping() == {0: "first_name"}  # "vorname" is known; the rest is not
    assert page.note.text() == guessed_note()
    for column, field in WANTED.items():
        page.set_field(column, field)
    wait_preview(qtbot, wizard)
    assert page.preview_model.text(0, 4) == "ann@lee.example"
    with qtbot.waitSignal(page.saved_bar.loaded, timeout=TIMEOUT):
        page.saved_bar.save_as("  German   trade fair ")
    assert page.saved_bar.current_name() == "German trade fair"
    assert [m.name for m in import_mappings.saved(gui_ctx)] == ["German trade fair"]

    # the next file from the same source, its columns in another order
    other = write_csv(tmp_path, [["GB", "Bob", "Ray", "", "", "bob@ray.example"]],
                      ["Land", "Vorname", "Zuname", "Betrieb", "Handy", "Mail"], name="next.csv")
    second = ImportWizard(gui_ctx, TaskRunner())
    qtbot.addWidget(second)
    second.show()
    choose(qtbot, second, other)
    to_mapping(qtbot, second)
    assert second.mapping_page.mapping() == {0: "country", 1: "first_name", 2: "last_name",
                                             3: "company_name", 4: "phone_mobile", 5: "email"}
    assert second.mapping_page.note.text() == "Using the saved mapping “German trade fair”."
    assert second.mapping_page.saved_bar.current_name() == "German trade fair"


def test_choose_and_delete_a_saved_mapping(qtbot, wizard: ImportWizard, gui_ctx: AppContext,  # type: ignore[no-untyped-def]
                                           tmp_path: Path) -> None:
    import_mappings.save(gui_ctx, "Only names", ODD, {0: "first_name", 1: "last_name"})
    import_mappings.save(gui_ctx, "Wrong file", ["Something else"], {0: "first_name"})
    choose(qtbot, wizard, write_csv(tmp_path, ROWS, ODD))
    to_mapping(qtbot, wizard)
    page, bar = wizard.mapping_page, wizard.mapping_page.saved_bar
    assert page.mapping() == {0: "first_name", 1: "last_name"}  # the one that fits this file
    assert bar.combo.count() == 3  # "choose one", both names: any can be applied by hand
    page.set_field(2, "company_name")
    wait_preview(qtbot, wizard)
    bar.combo.setCurrentIndex(bar.combo.findData("Only names"))
    bar.combo.activated.emit(bar.combo.currentIndex())
    wait_preview(qtbot, wizard)
    assert page.mapping() == {0: "first_name", 1: "last_name"}
    with qtbot.waitSignal(bar.loaded, timeout=TIMEOUT):
        bar.delete_current()
    assert [m.name for m in import_mappings.saved(gui_ctx)] == ["Wrong file"]
    assert bar.current_name() == "" and not bar.delete_button.isEnabled()


def test_a_mapping_file_round_trips(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, wizard, write_csv(tmp_path, ROWS, HEADER))
    to_mapping(qtbot, wizard)
    page, bar = wizard.mapping_page, wizard.mapping_page.saved_bar
    guessed = page.mapping()
    page.set_field(4, "phone_work")
    wait_preview(qtbot, wizard)
    target = tmp_path / "mapping.json"
    with qtbot.waitSignal(bar.file_written, timeout=TIMEOUT):
        bar.save_file(target)
    assert '"Mobile phone": "phone_work"' in target.read_text(encoding="utf-8")
    page.set_field(4, "")
    wait_preview(qtbot, wizard)
    with qtbot.waitSignal(bar.file_read, timeout=TIMEOUT):
        bar.load_file(target)
    wait_preview(qtbot, wizard)
    assert page.mapping() == {**guessed, 4: "phone_work"}
    assert page.note.text() == "Using the mapping file."

    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    with qtbot.waitSignal(bar.failed, timeout=TIMEOUT):
        bar.load_file(bad)
    assert "is not a mapping file" in page.error.text() and page.error.isVisible()
