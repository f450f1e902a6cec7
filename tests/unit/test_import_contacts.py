"""Importing contacts: mapping, normalised phones, duplicates, all-or-nothing, cancel, the buffer.

Sample files (tests/data/import/) use the real Outlook and Google Contacts CSV export headers;
their sources are cited in tests/unit/test_import_read.py.
"""

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Contact
from app.services.activities import core as activities
from app.services.activities.core import EventInput
from app.services.contacts import core as contacts
from app.services.importing.contacts import preview, run_import
from app.services.importing.read import ImportFileError, guess_mapping, open_source
from app.services.validation import ValidationError
from tests.unit.helpers import person, set_region

DATA = Path(__file__).parent.parent / "data" / "import"
HEADER = ["First name", "Last name", "Company", "E-mail", "Mobile phone", "Country"]
MAPPING = guess_mapping(HEADER)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def write_csv(tmp_path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    f = tmp_path / "in.csv"
    with f.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    return f


def count(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(Contact)))


def names(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        return sorted(s.scalars(select(Contact.sort_name)).all())


def auto(path: Path) -> dict[int, str]:
    return guess_mapping(open_source(path).headers)


def test_outlook_export_as_customers(ctx) -> None:  # type: ignore[no-untyped-def]
    path = DATA / "outlook_contacts.csv"
    report = run_import(ctx, path, auto(path), "customer")
    assert report.committed and (report.created, report.problems) == (2, ())
    sian = contacts.get(ctx, report.contact_ids[0])
    assert (sian.first_name, sian.last_name, sian.company_name, sian.title) == (
        "Siân", "Pritchard", "Pritchard & Daughters Ltd", "Director")
    assert sian.contact_type == "customer" and sian.kind == "person"
    assert [(p.kind, p.e164) for p in sian.phones] == [("work", "+442920180123"),
                                                       ("mobile", "+447700900123")]
    assert [e.address for e in sian.emails] == ["sian@pritchard.example"]
    assert sian.websites == ("https://pritchard.example",)
    assert [(a.street, a.postcode, a.city, a.country) for a in sian.addresses] == [
        ("1 Harbour Row", "CF10 1AA", "Cardiff", "GB")]
    tom = contacts.get(ctx, report.contact_ids[1])
    assert [(p.kind, p.e164) for p in tom.phones] == [("home", "+442079460321")]


def test_google_export_as_leads(ctx) -> None:  # type: ignore[no-untyped-def]
    path = DATA / "google_contacts.csv"
    report = run_import(ctx, path, auto(path), "lead")
    assert report.committed and report.created == 2, report.problems
    priya = contacts.get(ctx, report.contact_ids[0])
    assert [e.address for e in priya.emails] == ["priya@raman.example", "p.raman@home.example"]
    assert [(p.kind, p.e164) for p in priya.phones] == [("mobile", "+447700900456"),
                                                        ("work", "+441614960000")]
    assert (priya.company_name, priya.title) == ("Raman Textiles", "Buyer")
    acme = contacts.get(ctx, report.contact_ids[1])  # no person's name: a company
    assert (acme.kind, acme.company_name, acme.contact_type) == ("company", "Acme Widgets", "lead")


def test_current_google_export(ctx) -> None:  # type: ignore[no-untyped-def]
    path = DATA / "google_contacts_current.csv"
    report = run_import(ctx, path, auto(path), "customer")
    grace = contacts.get(ctx, report.contact_ids[0])
    assert (grace.first_name, grace.last_name, grace.company_name, grace.title) == (
        "Grace", "Okoro", "Okoro Logistics", "COO")
    assert [(p.kind, p.e164) for p in grace.phones] == [("work", "+441134960123"),
                                                        ("mobile", "+447700900321")]
    assert [(a.city, a.country) for a in grace.addresses] == [("Leeds", "GB")]


def test_excel_semicolon_file_as_potentials(ctx) -> None:  # type: ignore[no-untyped-def]
    path = DATA / "excel_semicolon_bom.csv"
    report = run_import(ctx, path, auto(path), "potential")
    assert report.created == 2, report.problems
    gross = contacts.get(ctx, report.contact_ids[0])
    assert (gross.first_name, gross.company_name) == ("Jürgen", "Müller; Söhne GmbH")
    assert gross.phones[0].e164 == "+4930901820" and gross.addresses[0].country == "DE"


def test_preview_shows_rows_as_stored_and_writes_nothing(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(tmp_path, [["Ann", "Lee", "", "ann@lee.example", "07700 900777", "uk"],
                             ["Bob", "Day", "", "not-an-email", "12ab", ""],
                             ["Ann", "Lee", "", "", "+44 7700 900777", ""]])
    rows = preview(ctx, f, MAPPING, "lead")
    assert count(ctx) == 0
    assert rows[0].phones == (("mobile", "+447700900777"),) and rows[0].address == "GB"
    assert rows[0].problems == () and rows[0].duplicate is None
    assert {(p.row, p.column) for p in rows[1].problems} == {(3, "E-mail"), (3, "Mobile phone")}
    assert (rows[2].duplicate.how, rows[2].duplicate.other_row) == ("phone", 2)
    assert len(preview(ctx, f, MAPPING, "lead", limit=1)) == 1


def test_one_bad_row_and_nothing_is_written(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(tmp_path, [["Ann", "Lee", "", "ann@lee.example", "", ""],
                             ["", "", "", "x@y.example", "", ""],
                             ["Cy", "Ro", "", "", "0207 946 00 00 00 00", "Narnia"],
                             ["Di", "Fe", "", "di@fe.example", "", ""]])
    report = run_import(ctx, f, MAPPING, "lead")
    assert not report.committed and count(ctx) == 0 and report.contact_ids == ()
    assert [(p.row, p.column) for p in report.problems] == [
        (3, "First name / Last name"), (4, "Country"), (4, "Mobile phone")]
    assert "two-letter code" in report.problems[1].reason
    assert "not a possible phone number" in report.problems[2].reason
    assert (report.created, report.skipped_invalid) == (2, 2)  # would have been created


def test_skip_invalid_imports_the_valid_rows(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(tmp_path, [["Ann", "Lee", "", "ann@lee.example", "", ""],
                             ["Bo", "Ng", "", "", "call me", ""],
                             ["Di", "Fe", "", "di@fe.example", "", ""],
                             ["X" * 121, "Long", "", "", "", ""]])  # would not fit the column
    report = run_import(ctx, f, MAPPING, "lead", skip_invalid=True)
    assert report.committed and (report.created, report.skipped_invalid) == (2, 2)
    assert [(p.row, p.column) for p in report.problems] == [(3, "Mobile phone"), (5, "First name")]
    assert report.problems[1].reason == "Longer than 120 characters"
    assert names(ctx) == ["fe di", "lee ann"]


def test_duplicates_in_file_and_database_are_skipped(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stored = person(ctx, "John", "Smith", phone="020 7946 0018", email="JOHN@smith.example")
    f = write_csv(tmp_path, [["Jon", "Smyth", "", "john@smith.example", "", ""],  # e-mail (any case)
                             ["J.", "Smith", "", "", "+44 20 7946 0018", ""],  # stored phone
                             ["Mary", "Jones", "ACME  ltd", "", "", ""],
                             ["mary", " jones", "Acme Ltd.", "", "", ""],  # name + company in file
                             ["Eve", "Ray", "", "eve@ray.example", "", ""],
                             ["Eva", "Ray", "", "EVE@ray.example", "", ""]])  # e-mail in file
    report = run_import(ctx, f, MAPPING, "lead")
    assert (report.created, report.skipped_duplicates) == (2, 4)
    found = [(d.row, d.how, d.contact_id == stored, d.other_row, d.action) for d in report.duplicates]
    assert found == [(2, "e-mail", True, None, "skipped"), (3, "phone", True, None, "skipped"),
                     (5, "name and company", False, 4, "skipped"),
                     (7, "e-mail", False, 6, "skipped")]
    assert count(ctx) == 3


def test_duplicates_update_fills_gaps_and_adds_numbers(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stored = person(ctx, "John", "Smith", email="john@smith.example")
    f = write_csv(tmp_path, [["John", "Smith", "Smith Bros", "john@smith.example", "07700 900555", ""],
                             ["Johnny", "Smith", "", "john@smith.example", "07700 900556", ""]])
    report = run_import(ctx, f, MAPPING, "lead", on_duplicate="update")
    assert (report.created, report.updated, count(ctx)) == (0, 2, 1)
    john = contacts.get(ctx, stored)
    assert (john.first_name, john.company_name) == ("John", "Smith Bros")  # kept, filled
    assert [p.e164 for p in john.phones] == ["+447700900555", "+447700900556"]
    assert [e.address for e in john.emails] == ["john@smith.example"]


def test_duplicates_create_makes_them_anyway(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    person(ctx, "John", "Smith", email="john@smith.example")
    f = write_csv(tmp_path, [["John", "Smith", "", "john@smith.example", "", ""]])
    report = run_import(ctx, f, MAPPING, "lead", on_duplicate="create")
    assert report.created == 1 and report.duplicates[0].action == "created" and count(ctx) == 2


def test_cancel_rolls_back(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(tmp_path, [[f"P{i}", "Q", "", "", "", ""] for i in range(5)])
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    seen: list[int] = []
    report = run_import(ctx, f, MAPPING, "lead", cancel=cancel, progress=seen.append)
    assert report.cancelled and not report.committed and count(ctx) == 0
    assert report.rows == 3


def test_dry_run_reports_but_writes_nothing(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(tmp_path, [["Ann", "Lee", "", "", "", ""], ["Bo", "Ng", "", "", "", ""]])
    seen: list[int] = []
    report = run_import(ctx, f, MAPPING, "lead", dry_run=True, progress=seen.append)
    assert (report.created, report.committed, report.dry_run, count(ctx)) == (2, False, True, 0)
    assert seen[-1] == 2


def test_buffered_call_moves_to_the_imported_contact(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    where, _ev = activities.add_event(ctx, EventInput(number="+44 7700 900888", occurred_at=when,
                                                      caller_name="", outcome="missed",
                                                      source="sip"))
    assert where == "buffer"
    f = write_csv(tmp_path, [["Ann", "Lee", "", "", "07700 900888", ""]])
    dry = run_import(ctx, f, MAPPING, "lead", dry_run=True)
    assert dry.calls_moved == 0 and len(activities.list_buffered(ctx)) == 1
    report = run_import(ctx, f, MAPPING, "lead")
    assert report.calls_moved == 1 and activities.list_buffered(ctx) == []
    history = activities.list_for_contact(ctx, report.contact_ids[0])
    assert [(a.kind, a.outcome) for a in history] == [("call", "missed")]


def test_accounts_and_companies(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(tmp_path, [["", "", "Rival plc", "", "", ""]])
    account = contacts.get(ctx, run_import(ctx, f, MAPPING, "account").contact_ids[0])
    assert (account.kind, account.contact_type, account.account_kind) == ("company", "account", "other")
    g = write_csv(tmp_path, [["Ann", "Lee", "Lee Holdings", "", "", ""]])
    company = contacts.get(ctx, run_import(ctx, g, MAPPING, "company").contact_ids[0])
    assert (company.kind, company.company_name) == ("company", "Lee Holdings")


def test_bad_options_are_refused_before_reading(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(tmp_path, [["Ann", "Lee", "", "", "", ""]])
    with pytest.raises(ValidationError) as exc:
        run_import(ctx, f, {3: "email"}, "lead")
    assert "mapping" in exc.value.errors
    with pytest.raises(ValidationError) as exc:
        run_import(ctx, f, MAPPING, "friend", on_duplicate="merge")
    assert set(exc.value.errors) == {"as_type", "on_duplicate"}
    with pytest.raises(ValidationError, match="no column 10"):
        run_import(ctx, f, {"9": "first_name"}, "lead")  # type: ignore[dict-item]
    assert count(ctx) == 0


def test_a_file_that_turns_unreadable_midway_writes_nothing(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "mixed.csv"
    notes = "n" * 1000
    good = "".join(f"Person{i},Smith,{notes}\n" for i in range(80)).encode()  # past the sniffed part
    f.write_bytes(b"First name,Last name,Notes\n" + good + "Zoë,Wrong,\n".encode("cp1252"))
    with pytest.raises(ImportFileError, match="save it again as CSV UTF-8"):
        run_import(ctx, f, {0: "first_name", 1: "last_name"}, "lead")
    assert count(ctx) == 0


KILL_SCRIPT = """
import os, signal, sys
from app.db import Database
from app.services.importing.contacts import run_import
from app.services.office.users import context_for

def progress(rows):
    if rows >= 200:
        os.kill(os.getpid(), signal.SIGKILL)

ctx = context_for(Database(sys.argv[1]), "alice")
run_import(ctx, sys.argv[2], {0: "first_name", 1: "last_name"}, "lead", progress=progress)
"""


def test_killing_the_import_midway_leaves_the_database_as_before(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import signal
    import subprocess
    import sys

    person(ctx, "Kept", "Before")
    f = write_csv(tmp_path, [[f"P{i}", "Q"] for i in range(500)], header=["First name", "Last name"])
    url = ctx.db.engine.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-c", KILL_SCRIPT, url, str(f)],
                          cwd=Path(__file__).parents[2], capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    assert names(ctx) == ["before kept"]


def test_excel_workbook_with_numeric_phone_cells(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    f = tmp_path / "contacts.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["First Name", "Last Name", "Mobile Phone", "E-mail Address"])
    book.active.append(["Ada", "Lovelace", 7700900123, "ada@example.org"])  # Excel dropped the 0
    book.save(f)
    report = run_import(ctx, f, auto(f), "customer")
    ada = contacts.get(ctx, report.contact_ids[0])
    assert [(p.kind, p.e164) for p in ada.phones] == [("mobile", "+447700900123")]


def test_formula_escaped_cells_come_back_as_they_were(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = write_csv(tmp_path, [["'-Jo", "O'Neill", "'=Plus Ltd", "", "'+44 7700 900999", ""]])
    report = run_import(ctx, f, MAPPING, "lead")
    jo = contacts.get(ctx, report.contact_ids[0])
    assert (jo.first_name, jo.last_name, jo.company_name) == ("-Jo", "O'Neill", "=Plus Ltd")
    assert [p.e164 for p in jo.phones] == ["+447700900999"]
