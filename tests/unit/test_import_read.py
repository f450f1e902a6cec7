"""Reading import files: encodings, delimiters, Excel, real export headers, bad files.

The header lists of the sample files in tests/data/import/ are the real ones:
- Outlook ("Export to a file" > CSV): Microsoft's list in "Create or edit .csv files to import
  into Outlook" (https://support.microsoft.com/en-us/office/
  create-or-edit-csv-files-to-import-into-outlook-4518d70d-8fe9-46ad-94fa-1494247193c7), as
  also listed in github.com/michalbe/csv2vcard README.md ("Outlook CSV schema").
- Google Contacts, older "Google CSV" export: "Name,Given Name,Additional Name,Family Name,
  Yomi Name,...,Group Membership,E-mail 1 - Type,E-mail 1 - Value,...,Phone 1 - Type,
  Phone 1 - Value,...,Organization 1 - Name,Organization 1 - Title,...,Website 1 - Value",
  several values in one cell joined by " ::: " (as read by
  github.com/azamatbayramov/GoogleCSVLoader google_contacts_csv_loader.py, and written by
  many public tools producing files for Google Contacts).
- Google Contacts, current export: "First Name,Middle Name,Last Name,Phonetic First Name,...,
  File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,
  Labels,E-mail 1 - Label,E-mail 1 - Value,...,Phone 1 - Label,Phone 1 - Value,...,
  Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,
  Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,
  Website 1 - Label,Website 1 - Value" (the header checked for by public Google-contacts
  readers and written by exporters targeting Google Contacts, found by code search).
The rows are invented (Ofcom drama numbers, example.* domains).
"""

from pathlib import Path

import openpyxl
import pytest

from app.services.importing.read import ImportFileError, guess_mapping, iter_rows, open_source

DATA = Path(__file__).parent.parent / "data" / "import"


def rows(path: Path) -> list[tuple[int, list[str]]]:
    return list(iter_rows(open_source(path)))


def test_excel_saved_csv_with_bom_and_semicolons() -> None:
    src = open_source(DATA / "excel_semicolon_bom.csv")
    assert (src.encoding, src.delimiter) == ("utf-8-sig", ";")
    assert src.headers[0] == "First name"  # no BOM left on the first header
    got = rows(DATA / "excel_semicolon_bom.csv")
    assert got[0] == (2, ["Jürgen", "Groß", "Müller; Söhne GmbH", "j.gross@mueller.example",
                          "+49 30 901820", "Berlin", "DE"])
    assert got[1][1][:2] == ["Zoë", "Ångström"]


def test_windows_1252_file_is_read_with_its_accents(tmp_path: Path) -> None:
    f = tmp_path / "legacy.csv"
    f.write_bytes("First Name,Last Name,Company\r\nRenée,Müller,Café “Zürich” – Bar\r\n"
                  .encode("cp1252"))
    src = open_source(f)
    assert (src.encoding, src.delimiter) == ("cp1252", ",")
    assert rows(f) == [(2, ["Renée", "Müller", "Café “Zürich” – Bar"])]


def test_tab_separated_file_with_blank_lines_and_short_rows(tmp_path: Path) -> None:
    f = tmp_path / "export.txt"
    f.write_text("Last name\tFirst name\tCity\n\nSmith\tJohn\n\t\t\nJones\tMary\tLeeds\textra\n",
                 encoding="utf-8")
    src = open_source(f)
    assert src.delimiter == "\t" and src.headers == ("Last name", "First name", "City")
    assert rows(f) == [(3, ["Smith", "John", ""]), (5, ["Jones", "Mary", "Leeds"])]


def test_xlsx_first_sheet_with_numbers_and_dates(tmp_path: Path) -> None:
    from datetime import datetime

    f = tmp_path / "contacts.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["First Name", "Last Name", "Mobile Phone", "Birthday"])
    sheet.append(["Ada", "Lovelace", 447700900123, datetime(1815, 12, 10)])
    sheet.append([None, None, None, None])
    sheet.append(["Alan", "Turing", "07700 900124", None])
    book.create_sheet("Other").append(["ignored"])
    book.save(f)
    src = open_source(f)
    assert src.kind == "xlsx" and src.headers == ("First Name", "Last Name", "Mobile Phone", "Birthday")
    assert rows(f) == [(2, ["Ada", "Lovelace", "447700900123", "1815-12-10"]),
                       (4, ["Alan", "Turing", "07700 900124", ""])]


def test_outlook_export_headers_are_mapped() -> None:
    src = open_source(DATA / "outlook_contacts.csv")
    assert src.encoding == "cp1252"  # "Siân" saved by Outlook in the ANSI code page
    by_name = {src.headers[i]: f for i, f in guess_mapping(src.headers).items()}
    assert by_name["First Name"] == "first_name" and by_name["Last Name"] == "last_name"
    assert by_name["Company"] == "company_name" and by_name["Job Title"] == "title"
    assert by_name["E-mail Address"] == "email" and by_name["Web Page"] == "website"
    assert by_name["Business Phone"] == "phone_work" and by_name["Mobile Phone"] == "phone_mobile"
    assert by_name["Home Phone"] == "phone_home" and by_name["Business Fax"] == "phone_fax"
    assert [by_name[h] for h in ("Business Street", "Business City", "Business Postal Code",
                                 "Business Country/Region")] == ["street", "city", "postcode", "country"]
    assert [by_name[h] for h in ("Home Fax", "Other Fax")] == ["phone_fax", "phone_fax"]
    assert [by_name[h] for h in ("Home Street", "Home City", "Home State", "Home Postal Code",
                                 "Home Country/Region")] == [
        "home_street", "home_city", "home_region", "home_postcode", "home_country"]
    assert "Title" not in by_name  # the salutation, not the job title
    assert rows(DATA / "outlook_contacts.csv")[0][1][1] == "Siân"


def test_google_export_headers_are_mapped() -> None:
    src = open_source(DATA / "google_contacts.csv")
    by_name = {src.headers[i]: f for i, f in guess_mapping(src.headers).items()}
    assert by_name["Given Name"] == "first_name" and by_name["Family Name"] == "last_name"
    assert by_name["Organization 1 - Name"] == "company_name"
    assert by_name["Organization 1 - Title"] == "title"
    assert by_name["E-mail 1 - Value"] == "email" and by_name["E-mail 2 - Value"] == "email"
    assert by_name["Phone 1 - Type"] == "phone_type" and by_name["Phone 1 - Value"] == "phone"
    assert by_name["Address 1 - Street"] == "street" and by_name["Address 1 - Country"] == "country"
    assert "Name" not in by_name and "E-mail 1 - Type" not in by_name
    # the formatted address holds newlines inside quotes: still one row, numbered as one
    assert [n for n, _ in rows(DATA / "google_contacts.csv")] == [2, 3]


def test_current_google_export_headers_are_mapped() -> None:
    src = open_source(DATA / "google_contacts_current.csv")
    by_name = {src.headers[i]: f for i, f in guess_mapping(src.headers).items()}
    assert by_name["First Name"] == "first_name" and by_name["Last Name"] == "last_name"
    assert by_name["Organization Name"] == "company_name"
    assert by_name["Organization Title"] == "title"
    assert by_name["Phone 2 - Label"] == "phone_type" and by_name["Phone 2 - Value"] == "phone"
    assert by_name["Website 1 - Value"] == "website"
    assert not {"Middle Name", "File As", "Labels", "E-mail 1 - Label"} & set(by_name)


def test_ringcard_labels_are_mapped() -> None:
    assert guess_mapping(["First name", "LAST  NAME", "Company", "Work phone", "Unknown"]) == {
        0: "first_name", 1: "last_name", 2: "company_name", 3: "phone_work"}


@pytest.mark.parametrize("content", [b"", b"\r\n\r\n", b"\xef\xbb\xbf", b"  \n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "empty.csv"
    f.write_bytes(content)
    with pytest.raises(ImportFileError, match="is empty"):
        open_source(f)


def test_file_with_only_blank_cells_is_empty(tmp_path: Path) -> None:
    f = tmp_path / "blank.csv"
    f.write_text(";;;\n;;;\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="is empty"):
        open_source(f)


def test_binary_file_renamed_csv(tmp_path: Path) -> None:
    f = tmp_path / "photo.csv"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ImportFileError, match="binary data"):
        open_source(f)


def test_undecodable_file_without_nul_bytes(tmp_path: Path) -> None:
    f = tmp_path / "odd.csv"
    f.write_bytes(b"Name\n\x81\x8d\x8f\x90\x9d\n")  # not UTF-8, and undefined in Windows-1252
    with pytest.raises(ImportFileError, match="known encoding"):
        open_source(f)


def test_missing_header_row(tmp_path: Path) -> None:
    f = tmp_path / "noheader.csv"
    f.write_text("John,Smith,john@smith.example,02079460018\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="holds data, not column names"):
        open_source(f)


def test_not_a_workbook_named_xlsx(tmp_path: Path) -> None:
    f = tmp_path / "fake.xlsx"
    f.write_text("First name\nJohn\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        open_source(f)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        open_source(tmp_path / "nope.csv")


def test_rows_are_streamed_not_loaded_whole(tmp_path: Path) -> None:
    import tracemalloc

    f = tmp_path / "big.csv"
    with f.open("w", encoding="utf-8") as fh:
        fh.write("First name,Last name,E-mail\n")
        fh.writelines(f"Person{i},Surname{i},p{i}@example.org\n" for i in range(100_000))
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_rows(open_source(f)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 100_000
    assert peak < 2_000_000  # the rows held at once would take tens of MB
