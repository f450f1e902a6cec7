"""The Export dialog: a list exported exactly as it is shown (type, filters, order)
as CSV, Excel or vCard, a contact's Activity History with the tab's filters and
its appointments as .ics, a file that cannot be written told clearly, and Cancel
that leaves no file behind."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.services.activities import edit as ae
from app.services.activities.edit import ActivityForm
from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import ContactInput, EmailInput
from app.services.importing import export as export_files
from app.services.importing import vcard
from app.services.office import lists as lookups
from app.views import errors
from app.views.card.card_widget import ContactCard
from app.views.card.lower.activity_history import ActivityHistoryTab
from app.views.contact_list_panel import ContactListPanel
from app.views.dialogs.export_dialog import ExportDialog, ExportDone
from app.views.list_export import ExportRequest, Progress, with_format_suffix
from app.views.tasks import TaskRunner
from tests.gui.card_lower.conftest import show
from tests.gui.conftest import company, person

TIMEOUT = 10_000
NOW = datetime.now(UTC).replace(microsecond=0)


def _customer(ctx: AppContext, first: str, last: str, rating: str | None = None,
              contact_type: str = "customer") -> int:
    rating_id = lookups.id_by_name(ctx, "rating", rating) if rating else None
    return contacts.create(ctx, ContactInput(
        kind="person", contact_type=contact_type, first_name=first, last_name=last,
        rating_id=rating_id, emails=[EmailInput(f"{last.lower()}@example.com")]))


@pytest.fixture
def gold_customers(gui_ctx: AppContext) -> AppContext:
    """Two Gold customers (one named like a formula), a Silver one and a Gold lead."""
    _customer(gui_ctx, "Anna", "Smith", "Gold")
    _customer(gui_ctx, "=HYPERLINK(\"http://x\")", "Zeal", "Gold")
    _customer(gui_ctx, "Ben", "Jones", "Silver")
    _customer(gui_ctx, "Dora", "Lee", "Gold", contact_type="lead")
    return gui_ctx


@pytest.fixture
def panel(qtbot, gold_customers: AppContext) -> Iterator[ContactListPanel]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    widget = ContactListPanel(gold_customers, runner, [])
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.load_choices()
    _reloaded(qtbot, widget, widget.reload)
    yield widget
    if widget.export_dialog is not None:
        widget.export_dialog.close()
    runner.shutdown()


def _reloaded(qtbot, panel: ContactListPanel, change) -> None:  # type: ignore[no-untyped-def]
    change()
    qtbot.waitUntil(lambda: panel.is_idle() and (panel.list_count() is not None
                                                 or bool(panel.shown_search())), timeout=TIMEOUT)


def _filter_gold(qtbot, panel: ContactListPanel) -> None:  # type: ignore[no-untyped-def]
    rating = panel.options.rating
    _reloaded(qtbot, panel, lambda: rating.setCurrentIndex(rating.findText("Gold")))
    assert panel.list_count() == 2


def _export_from_menu(panel: ContactListPanel) -> ExportDialog:
    menu = panel.row_menu(0)
    assert menu is not None
    next(a for a in menu.actions() if a.text() == "Export list…").trigger()
    dialog = panel.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    return dialog


def _run(qtbot, dialog: ExportDialog, path: Path, fmt: str) -> ExportDone:  # type: ignore[no-untyped-def]
    dialog.set_format(fmt)
    dialog.set_file(path)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    done = blocker.args[0]
    assert isinstance(done, ExportDone)
    return done


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _no_leftovers(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".part")]


# -- a contact list --------------------------------------------------------------------

def test_a_filtered_list_exports_as_csv_with_only_its_rows_and_formulas_escaped(
        qtbot, panel: ContactListPanel, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _filter_gold(qtbot, panel)
    dialog = _export_from_menu(panel)
    assert dialog.what.text() == "Customers — 2 contacts"
    assert "Filtered by rating Gold" in dialog.detail.text()
    assert list(dialog.format_buttons) == ["csv", "xlsx", "vcf"]

    done = _run(qtbot, dialog, tmp_path / "gold", "csv")

    target = tmp_path / "gold.csv"  # the format's suffix is added
    assert done == ExportDone(target, 2, "csv")
    rows = _read_csv(target)
    assert list(rows[0]) == list(export_files.CONTACT_HEADER)
    assert [(r["First name"], r["Last name"]) for r in rows] == [
        ("Anna", "Smith"), ("'=HYPERLINK(\"http://x\")", "Zeal")]  # no Silver, no lead
    assert all(r["Rating"] == "Gold" for r in rows)
    assert dialog.status.text() == f"Wrote 2 rows to {target}"
    assert dialog.open_folder_button.isVisible()
    assert dialog.cancel_button.text() == "Close"
    _no_leftovers(tmp_path)


def test_excel_keeps_the_lists_order(qtbot, panel: ContactListPanel, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    header = panel.table.horizontalHeader()
    _reloaded(qtbot, panel, lambda: header.setSortIndicator(0, Qt.SortOrder.DescendingOrder))
    dialog = panel.export_current()
    assert isinstance(dialog, ExportDialog)
    assert dialog.what.text() == "Customers — 3 contacts"
    assert "in name order, descending" in dialog.detail.text()

    done = _run(qtbot, dialog, tmp_path / "customers.csv", "xlsx")

    assert done.path == tmp_path / "customers.xlsx"
    wb = load_workbook(done.path, read_only=True)
    rows = [list(r) for r in wb.active.iter_rows(values_only=True)]
    wb.close()
    assert rows[0] == list(export_files.CONTACT_HEADER)
    assert [r[1] for r in rows[1:]] == ["Zeal", "Smith", "Jones"]  # last names, Z to A
    assert rows[1][0] == "'=HYPERLINK(\"http://x\")"  # text, not a formula


def test_vcard_holds_the_filtered_contacts(qtbot, panel: ContactListPanel, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _filter_gold(qtbot, panel)
    dialog = _export_from_menu(panel)

    done = _run(qtbot, dialog, tmp_path / "gold.vcf", "vcf")

    assert done.rows == 2
    cards = vcard.read_file(done.path)
    assert [(c.first_name, c.last_name) for c in cards] == [
        ("Anna", "Smith"), ("=HYPERLINK(\"http://x\")", "Zeal")]  # a vCard is not a sheet
    assert [e.address for e in cards[0].emails] == ["smith@example.com"]
    assert dialog.status.text() == f"Wrote 2 vCards to {done.path}"


def test_with_a_search_shown_exactly_its_hits_are_exported(qtbot, panel: ContactListPanel,
                                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _reloaded(qtbot, panel, lambda: panel.search_box.setText("smith"))
    assert panel.shown_search() == "smith"
    dialog = panel.export_current()
    assert dialog.what.text() == "Customers — 1 contact found by “smith”"
    assert not dialog.note.isVisible()
    done = _run(qtbot, dialog, tmp_path / "hits.csv", "csv")
    assert [(r["First name"], r["Last name"]) for r in _read_csv(done.path)] == [("Anna", "Smith")]
    done = _run(qtbot, panel.export_current(), tmp_path / "hits.vcf", "vcf")
    assert [c.last_name for c in vcard.read_file(done.path)] == ["Smith"]


def test_switching_format_changes_the_suffix_of_the_file(qtbot, panel: ContactListPanel,
                                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = panel.export_current()
    dialog.set_file(tmp_path / "report.2024")
    assert dialog.file_edit.text() == str(tmp_path / "report.2024.csv")
    dialog.set_format("xlsx")
    assert dialog.file_edit.text() == str(tmp_path / "report.2024.xlsx")
    assert with_format_suffix(Path("a.CSV"), "vcf") == Path("a.vcf")


def test_an_existing_file_is_replaced_only_when_the_user_agreed(qtbot, panel: ContactListPanel,
                                                               tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(errors, "CONFIRM_WITHOUT_DIALOGS", False)  # "Replace it?" No
    old = tmp_path / "old.csv"
    old.write_text("keep me")
    dialog = panel.export_current()
    dialog.set_file(old)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_running() and old.read_text() == "keep me"

    chooser = dialog.browse()  # the save chooser asks its own question before it answers
    assert chooser.defaultSuffix() == "csv" and chooser.isVisible()
    chooser.fileSelected.emit(str(old))
    chooser.reject()
    assert dialog.file_edit.text() == str(old)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert _read_csv(old)[0]["Last name"] == "Jones"


# -- files that cannot be written, and Cancel -----------------------------------------------

def test_a_folder_that_does_not_exist_is_told_on_the_file_field(qtbot, panel: ContactListPanel,
                                                                tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = panel.export_current()
    missing = tmp_path / "no such folder" / "out.csv"
    dialog.set_file(missing)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.file_error.isVisible()
    assert dialog.file_error.text() == f"The folder {missing.parent} does not exist"
    assert not dialog.is_running() and not missing.parent.exists()

    (tmp_path / "notes.txt").write_text("a file")
    dialog.set_file(tmp_path / "notes.txt" / "out.csv")
    assert not dialog.file_error.isVisible()  # typing clears the old message
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "is a file, not a folder" in dialog.file_error.text()

    dialog.set_file(tmp_path)  # a folder, no file name
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.file_error.text() == f"{tmp_path} is a folder; add a file name"
    assert not dialog.is_running()


def _request(job) -> ExportRequest:  # type: ignore[no-untyped-def]
    return ExportRequest("Test list — 3 rows", "No filters.", ("csv",), "test", job, total=3)


def test_a_failure_while_writing_keeps_the_old_file_and_says_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def job(path: Path, fmt: str, progress: Progress) -> int:
        path.write_text("half")
        raise PermissionError(13, "Permission denied", str(path))

    runner = TaskRunner()
    dialog = ExportDialog(_request(job), runner)
    qtbot.addWidget(dialog)
    target = tmp_path / "list.csv"
    target.write_text("the old export")
    dialog.set_file(target)
    with qtbot.waitSignal(dialog.failed, timeout=TIMEOUT) as blocker:
        dialog.start()
    assert blocker.args[0].startswith(f"Could not write {target}: permission denied")
    assert "No file was written" in dialog.status.text()
    assert target.read_text() == "the old export"
    assert not dialog.is_running() and dialog.export_button.isEnabled()
    _no_leftovers(tmp_path)
    runner.shutdown()


def test_cancel_stops_the_export_and_writes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()

    def job(path: Path, fmt: str, progress: Progress) -> int:
        path.write_text("first rows")
        progress(1)
        gate.wait(TIMEOUT / 1000)
        progress(2)  # raises: the user cancelled
        return 3

    runner = TaskRunner()
    dialog = ExportDialog(_request(job), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "list.csv"
    dialog.set_file(target)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() == 1, timeout=TIMEOUT)
    assert dialog.progress.format() == "1 of 3"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # stays until the export has stopped
    with qtbot.waitSignal(dialog.cancelled, timeout=TIMEOUT):
        gate.set()
    assert dialog.status.text() == "Export cancelled; no file was written."
    assert not target.exists()
    _no_leftovers(tmp_path)
    runner.shutdown()


# -- a contact's Activity History --------------------------------------------------------------

@pytest.fixture
def card(qtbot, gui_ctx: AppContext) -> Iterator[ContactCard]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    widget = ContactCard(gui_ctx, runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    yield widget
    runner.shutdown()


def _activity(ctx: AppContext, kind: str, cid: int, subject: str, days_ago: int, **kw) -> int:  # type: ignore[no-untyped-def]
    return ae.create(ctx, ActivityForm(kind=kind, contact_id=cid, subject=subject,
                                       occurred_at=NOW - timedelta(days=days_ago), **kw))


def test_activity_history_export_honours_the_type_filter(qtbot, gui_ctx: AppContext,
                                                         card: ContactCard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    _activity(gui_ctx, "call", pid, "Intro call", 3, direction="out")
    _activity(gui_ctx, "mail", pid, "Brochure", 2)
    _activity(gui_ctx, "call", pid, "=1+2 follow-up", 1, direction="in")
    tab = show(qtbot, card, pid, "activity_history")
    assert isinstance(tab, ActivityHistoryTab)
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        tab.set_type_filter("Call")
    qtbot.waitUntil(lambda: not tab.runner.is_busy(), timeout=TIMEOUT)

    dialog = tab.export_activities()
    assert isinstance(dialog, ExportDialog) and tab.active_dialog is dialog
    assert dialog.what.text() == "Activity History of Anna Smith — 2 activities"
    assert "Filtered by type Call." in dialog.detail.text()
    assert list(dialog.format_buttons) == ["csv", "xlsx"]
    done = _run(qtbot, dialog, tmp_path / "anna", "csv")

    rows = _read_csv(done.path)
    assert list(rows[0]) == list(export_files.ACTIVITY_HEADER)
    assert [(r["Kind"], r["Subject"]) for r in rows] == [
        ("call", "Intro call"), ("call", "'=1+2 follow-up")]  # no mail
    dialog.close()


def test_a_companys_export_holds_its_peoples_activities_and_an_office_type(
        qtbot, gui_ctx: AppContext, card: ContactCard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services.activities import types as activity_types

    firm = company(gui_ctx, "Hope Works")
    pid = person(gui_ctx, "Anna", "Smith", company_id=firm)
    cold = activity_types.add_type(gui_ctx, "cold call", "call")
    _activity(gui_ctx, "call", firm, "Switchboard call", 4, direction="out")
    _activity(gui_ctx, "call", pid, "Cold call to Anna", 3, direction="out", company_id=firm,
              type_id=cold)
    _activity(gui_ctx, "mail", pid, "Brochure to Anna", 2, company_id=firm)
    _activity(gui_ctx, "call", pid, "Anna's private line", 1, direction="out")  # not via firm
    tab = show(qtbot, card, firm, "activity_history")
    assert isinstance(tab, ActivityHistoryTab)
    assert tab.count.text() == "3 activities"

    dialog = tab.export_activities()
    done = _run(qtbot, dialog, tmp_path / "firm", "xlsx")
    wb = load_workbook(done.path, read_only=True)
    subjects = [r[2] for r in wb.active.iter_rows(min_row=2, values_only=True)]
    wb.close()
    assert subjects == ["Switchboard call", "Cold call to Anna", "Brochure to Anna"]
    dialog.close()
    qtbot.waitUntil(lambda: tab.active_dialog is None, timeout=TIMEOUT)

    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        tab.set_type_filter("cold call")
    qtbot.waitUntil(lambda: not tab.runner.is_busy(), timeout=TIMEOUT)
    dialog = tab.export_activities()
    assert dialog.what.text() == "Activity History of Hope Works — 1 activity"
    done = _run(qtbot, dialog, tmp_path / "cold", "csv")
    assert [r["Subject"] for r in _read_csv(done.path)] == ["Cold call to Anna"]
    dialog.close()


def test_appointments_export_as_ics(qtbot, gui_ctx: AppContext, card: ContactCard,
                                    tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pid = person(gui_ctx, "Anna", "Smith")
    _activity(gui_ctx, "meeting_appointment", pid, "Spring price review", -2, status="open",
              due_at=NOW + timedelta(days=2))
    _activity(gui_ctx, "call", pid, "Intro call", 3, direction="out")
    tab = show(qtbot, card, pid, "activity_history")
    assert isinstance(tab, ActivityHistoryTab)

    dialog = tab.export_appointments()
    assert isinstance(dialog, ExportDialog)
    assert list(dialog.format_buttons) == ["ics"]
    done = _run(qtbot, dialog, tmp_path / "anna", "ics")

    assert done.path == tmp_path / "anna.ics"
    text = done.path.read_text()
    assert text.count("BEGIN:VEVENT") == 1 and "Spring price review" in text
    assert dialog.status.text() == f"Wrote 1 event to {done.path}"
    dialog.close()
