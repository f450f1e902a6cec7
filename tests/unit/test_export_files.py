"""Exporting lists as CSV and Excel: filters and order kept, formula cells escaped
(OWASP "CSV Injection"), phone numbers left readable, private activities left out."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.services.activities import edit as ae
from app.services.contacts.list_rows import Filters
from app.services.dto import AddressInput, ContactInput, EmailInput, PhoneInput
from app.services.importing import export as ex
from app.services.importing import read as import_read
from app.services.importing.rows import parse
from tests.unit.helpers import company, person, set_region


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def read_xlsx(path: Path) -> list[dict[str, str]]:
    wb = load_workbook(path, read_only=True)
    rows = [["" if v is None else v for v in r] for r in wb.active.iter_rows(values_only=True)]
    wb.close()
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_contacts_csv_opens_in_excel_and_reads_back_the_same_people(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts import core as contacts

    contacts.create(ctx, ContactInput(
        kind="person", first_name="Zoë", last_name="Ångström", title="Buyer",
        phones=[PhoneInput("020 7946 0958"), PhoneInput("07700 900123", "mobile"),
                PhoneInput("+49 30 901820", "work")],
        emails=[EmailInput("zoe@example.com"), EmailInput("z@example.org", "home")],
        websites=["https://example.com/zoe"],
        addresses=[AddressInput("1 High St", "SW1A 1AA", "London", "", "GB")]))
    person(ctx, "Ann", "Lee", phone="0161 496 0000", email="ann@example.com")
    path = tmp_path / "contacts.csv"

    result = ex.export_contacts(ctx, path, "csv")

    assert result.rows == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    rows = read_csv(path)
    assert list(rows[0]) == list(ex.CONTACT_HEADER)
    zoe, ann = rows  # in name order: last name first, Ångström sorting as Angstrom
    assert (ann["First name"], ann["Last name"], ann["E-mail"]) == ("Ann", "Lee", "ann@example.com")
    assert ann["Work phone"] == "+44 161 496 0000"
    assert (zoe["First name"], zoe["Last name"], zoe["Job title"]) == ("Zoë", "Ångström", "Buyer")
    assert zoe["Work phone"] == "+44 20 7946 0958 ::: +49 30 901820"  # readable, not escaped
    assert zoe["Mobile phone"] == "+44 7700 900123"
    assert zoe["E-mail"] == "zoe@example.com ::: z@example.org"
    assert zoe["Website"] == "https://example.com/zoe"
    assert [zoe[c] for c in ex.ADDRESS_COLUMNS] == ["1 High St", "SW1A 1AA", "London", "", "GB"]
    assert zoe["Type"] == "lead"
    assert ann["Street"] == ""


def test_xlsx_holds_the_same_cells_as_csv(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    person(ctx, "Ann", "Lee", phone="020 7946 0958", email="ann@example.com")
    person(ctx, "=HYPERLINK(\"http://evil\")", "Bad", phone="0161 496 0000")
    ex.export_contacts(ctx, tmp_path / "c.csv", "csv")
    ex.export_contacts(ctx, tmp_path / "c.xlsx", "xlsx")

    assert read_xlsx(tmp_path / "c.xlsx") == read_csv(tmp_path / "c.csv")
    wb = load_workbook(tmp_path / "c.xlsx")
    cells = [c for row in wb.active.iter_rows() for c in row]
    assert cells and all(c.data_type != "f" for c in cells)  # no formula anywhere
    assert any(c.value == "'=HYPERLINK(\"http://evil\")" for c in cells)


def test_the_list_filters_and_order_are_kept(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    person(ctx, "Cara", "Customer", contact_type="customer")
    person(ctx, "Abe", "Customer", contact_type="customer")
    person(ctx, "Lou", "Lead")
    company(ctx, "Acme Ltd", contact_type="customer")

    ex.export_contacts(ctx, tmp_path / "c.csv", "csv",
                       Filters(contact_type="customer", kind="person"))
    assert [r["First name"] for r in read_csv(tmp_path / "c.csv")] == ["Abe", "Cara"]

    ex.export_contacts(ctx, tmp_path / "d.csv", "csv", Filters(kind="person"), descending=True)
    assert [r["First name"] for r in read_csv(tmp_path / "d.csv")] == ["Lou", "Cara", "Abe"]

    ex.export_companies(ctx, tmp_path / "co.xlsx", "xlsx", Filters(contact_type="customer"))
    rows = read_xlsx(tmp_path / "co.xlsx")
    assert [r["Company"] for r in rows] == ["Acme Ltd"]
    assert list(rows[0]) == list(ex.COMPANY_HEADER)


def test_a_list_longer_than_a_page_is_written_whole_and_in_order(ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ex, "PAGE", 3)
    for i in range(10):
        person(ctx, f"P{i:02d}", "Paged")
    seen: list[int] = []
    result = ex.export_contacts(ctx, tmp_path / "c.csv", "csv", progress=seen.append)
    assert result.rows == 10
    assert [r["First name"] for r in read_csv(tmp_path / "c.csv")] == [f"P{i:02d}" for i in range(10)]
    assert seen == [3, 6, 9]


def test_formula_cells_are_escaped_in_every_column(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    person(ctx, "=1+2", "-2+3", company_name="@SUM(A1:A9)", title="+cmd|' /C calc'!A0")
    ex.export_contacts(ctx, tmp_path / "c.csv", "csv")
    (row,) = read_csv(tmp_path / "c.csv")
    assert row["First name"] == "'=1+2"
    assert row["Last name"] == "'-2+3"
    assert row["Company"] == "'@SUM(A1:A9)"
    assert row["Job title"] == "'+cmd|' /C calc'!A0"


@pytest.mark.parametrize(("value", "phone_column", "expected"), [
    ("+44 20 7946 0958", True, "+44 20 7946 0958"),  # a number the normaliser accepts stays readable
    ("+44 20 7946 0958 ::: +49 30 901820", True, "+44 20 7946 0958 ::: +49 30 901820"),
    ("+44 20 7946 0958 ext. 12", True, "+44 20 7946 0958 ext. 12"),
    ("+44 20 7946 0958", False, "'+44 20 7946 0958"),  # the same text elsewhere is escaped
    ("+1+cmd|' /C calc'!A0", True, "'+1+cmd|' /C calc'!A0"),  # not a number: escaped
    ("+44 20 7946 0958 ::: =1+1", True, "'+44 20 7946 0958 ::: =1+1"),
    ("+12345", True, "'+12345"),  # phone characters, but not a possible number
    ("-1", True, "'-1"),
    ("\tTAB", False, "'\tTAB"),
    ("\rCR", False, "'\rCR"),
    ("Plain text", False, "Plain text"),
    ("a=b", False, "a=b"),  # only the first character matters
    ("", False, ""),
])
def test_escape_cell(value: str, phone_column: bool, expected: str) -> None:
    assert ex.escape_cell(value, region="GB", phone_column=phone_column) == expected


# OWASP "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection): a separator or a
# quote inside a cell can start a new cell in a spreadsheet that splits the line at another
# separator, and the formula sign after it then begins that cell
@pytest.mark.parametrize("value", [
    ";=1+2", ",=1+2", "\t=1+2", "|=1+2", "a;=HYPERLINK(\"http://x\")", ";;+1", "x,@SUM(A1)",
    '=1+2";=1+2',  # OWASP's example payloads
    "=1+2'\" ;,=1+2",
    "Sales;\"=cmd|' /C calc'!A0",
])
def test_a_formula_sign_after_a_separator_or_quote_is_escaped(value: str) -> None:
    assert ex.escape_cell(value, region="GB") == "'" + value
    assert ex.escape_cell(value, region="GB", phone_column=True) == "'" + value


@pytest.mark.parametrize("value", ["Smith; Jones", "Lee, Ann", "R&D; sales", "AT&T", "a - b"])
def test_separators_without_a_formula_sign_stay(value: str) -> None:
    assert ex.escape_cell(value, region="GB") == value


def test_csv_quotes_every_field_and_reads_back_what_was_stored(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    person(ctx, ";=1+2", "Ray", company_name="Lee;-Ray Ltd", title="'=already quoted")
    ex.export_contacts(ctx, tmp_path / "c.csv", "csv")
    text = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[1].startswith("\"';=1+2\",\"Ray\",\"'Lee;-Ray Ltd\"")
    source = import_read.open_source(tmp_path / "c.csv")  # imported again: as stored
    ((number, cells_back),) = import_read.iter_rows(source)
    data = parse(number, cells_back, source, import_read.guess_mapping(source.headers), "lead", "GB").data
    assert (data.first_name, data.company_name, data.title) == (";=1+2", "Lee;-Ray Ltd",
                                                                "'=already quoted")


def test_unknown_format_is_refused_before_anything_is_written(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="csv, xlsx"):
        ex.export_contacts(ctx, tmp_path / "c.pdf", "pdf")
    assert not (tmp_path / "c.pdf").exists()


T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_activities_leave_out_other_users_private_notes(team, tmp_path) -> None:  # type: ignore[no-untyped-def]

    alice, bob = team["alice"], team["bob"]
    ann = person(alice, "Ann", "Lee")
    ben = person(alice, "Ben", "Ray")
    ae.create(bob, ae.ActivityForm(kind="call", contact_id=ann, subject="=Called Ann",
                                   occurred_at=T0))
    ae.create(bob, ae.ActivityForm(kind="note", contact_id=ann, subject="Bob's secret", body="x",
                                   private=True, occurred_at=T0))
    ae.create(alice, ae.ActivityForm(kind="note", contact_id=ben, subject="About Ben", body="x",
                                     occurred_at=T0))
    ex.export_activities(alice, tmp_path / "a.csv", "csv")
    rows = read_csv(tmp_path / "a.csv")
    assert list(rows[0]) == list(ex.ACTIVITY_HEADER)
    assert sorted(r["Subject"] for r in rows) == ["'=Called Ann", "About Ben"]  # not even a manager
    call = next(r for r in rows if r["Kind"] == "call")
    assert (call["Owner"], call["Contact"], call["Status"]) == ("Bob Baker", "Ann Lee", "done")
    assert call["When"].startswith("2026-11-23")

    ex.export_activities(bob, tmp_path / "b.xlsx", "xlsx", contact_id=ann)
    assert sorted(r["Subject"] for r in read_xlsx(tmp_path / "b.xlsx")) == [
        "'=Called Ann", "Bob's secret"]
