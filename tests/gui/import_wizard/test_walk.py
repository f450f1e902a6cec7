"""Walking the import wizard with real exports (Outlook, Google, an Excel-saved CSV,
vCard): what was sniffed, the guessed mapping, the preview as stored (E.164 phones),
and a committed import that reaches the database and tells the lists to reload."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.services.activities import core as activities
from app.services.activities.core import EventInput
from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.views.import_wizard import ImportWizard
from app.views.import_wizard.preview_model import CHECK_COLUMN
from tests.gui.import_wizard.conftest import (
    DATA,
    choose,
    count,
    next_enabled,
    run_import,
    to_check,
    to_mapping,
    write_csv,
)

PHONES = 3  # the preview's column of phones as stored


def test_outlook_export_is_sniffed_guessed_and_previewed_as_stored(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.file_page
    assert not next_enabled(wizard)  # no file yet
    choose(qtbot, wizard, DATA / "import" / "outlook_contacts.csv")
    assert page.kind_label.text() == "CSV text"
    assert page.encoding.currentData() == "cp1252"  # "Siân" written by Outlook on Windows
    assert page.delimiter.currentData() == ","
    assert page.rows_label.text().startswith("2 data rows")
    assert page.columns_label.text().startswith("61: “Title”, “First Name”")
    assert next_enabled(wizard)

    to_mapping(qtbot, wizard)
    mapping = wizard.mapping_page
    headers = wizard.state.source.headers  # type: ignore[union-attr]
    guessed = {headers[i]: f for i, f in mapping.mapping().items()}
    assert guessed["First Name"] == "first_name" and guessed["Last Name"] == "last_name"
    assert guessed["Business Phone"] == "phone_work" and guessed["Mobile Phone"] == "phone_mobile"
    assert "Title" not in guessed  # Outlook's "Title" is the salutation (Dr.), not the job title
    combo = mapping.field_combo(headers.index("First Name"))
    assert isinstance(combo, QComboBox) and combo.currentText() == "First name"

    preview = mapping.preview_model
    assert preview.rowCount() == 2
    assert preview.text(0, 1) == "Siân Pritchard"
    assert preview.text(0, PHONES) == "+442920180123 (work), +447700900123 (mobile)"
    assert preview.text(1, PHONES) == "+442079460321 (home)"
    assert preview.text(0, CHECK_COLUMN) == "New"
    assert mapping.preview_title.text().startswith("Preview: the first 2 rows")
    assert next_enabled(wizard)


def test_a_user_changes_a_column_in_its_combo_and_the_preview_follows(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, wizard, DATA / "import" / "excel_semicolon_bom.csv")
    assert (wizard.file_page.encoding.currentData(), wizard.file_page.delimiter.currentData()) == (
        "utf-8-sig", ";")
    to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    assert page.preview_model.text(0, 2) == "Müller; Söhne GmbH"
    combo = page.field_combo(2)  # "Company"
    assert isinstance(combo, QComboBox)
    with qtbot.waitSignal(page.preview_ready, timeout=10_000):
        combo.setCurrentIndex(combo.findData(""))
        combo.activated.emit(combo.currentIndex())
    assert 2 not in page.mapping()
    assert page.preview_model.text(0, 2) == ""  # the company is no longer imported
    assert page.model.data(page.model.index(2, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_google_export_imported_as_potentials(qtbot, wizard: ImportWizard, gui_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, wizard, DATA / "import" / "google_contacts_current.csv")
    wizard.file_page.set_as_type("potential")
    to_mapping(qtbot, wizard)
    assert "+447700900321 (mobile)" in wizard.mapping_page.preview_model.text(0, PHONES)
    to_check(qtbot, wizard)
    before = count(gui_ctx)
    imported: list[object] = []
    wizard.imported.connect(imported.append)
    report = run_import(qtbot, wizard)
    assert report.committed and report.created >= 1
    assert count(gui_ctx) == before + report.created
    grace = contacts.get(gui_ctx, report.contact_ids[0])
    assert (grace.first_name, grace.last_name, grace.contact_type) == ("Grace", "Okoro", "potential")
    assert imported == [report]  # the main window reloads its lists on this
    assert wizard.run_page.outcome_text().startswith(f"Imported {report.created} contact")
    assert wizard.run_page.title() == "Import finished"


def test_vcard_file_maps_every_column(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, wizard, DATA / "vcard" / "google_contacts_3.0.vcf")
    page = wizard.file_page
    assert page.kind_label.text() == "vCard contacts (.vcf)"
    assert not page.encoding.isEnabled() and not page.delimiter.isEnabled()
    to_mapping(qtbot, wizard)
    headers = wizard.state.source.headers  # type: ignore[union-attr]
    assert set(wizard.mapping_page.mapping()) == set(range(len(headers)))
    assert wizard.mapping_page.preview_model.rowCount() >= 1


def test_buffered_calls_move_and_the_finish_page_says_so(qtbot, wizard: ImportWizard, gui_ctx: AppContext,  # type: ignore[no-untyped-def]
                                                         tmp_path) -> None:
    from datetime import UTC, datetime

    where, _ev = activities.add_event(gui_ctx, EventInput(
        number="+44 7700 900888", occurred_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        caller_name="", outcome="missed", source="sip"))
    assert where == "buffer"
    choose(qtbot, wizard, write_csv(tmp_path, [["Ann", "Lee", "", "", "07700 900888", ""]]))
    to_mapping(qtbot, wizard)
    to_check(qtbot, wizard)
    report = run_import(qtbot, wizard)
    assert report.calls_moved == 1 and activities.list_buffered(gui_ctx) == []
    assert "1 waiting call moved from the unmatched buffer" in wizard.run_page.details.text()
