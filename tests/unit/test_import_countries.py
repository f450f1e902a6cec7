"""Importing: a row's own country decides how its phone numbers are read; fax
columns are fax numbers, never the main phone. Runs on SQLite and PostgreSQL.

The files are written under the real export headers of the sample files in
tests/data/import/ (Outlook's and Google's, cited in tests/unit/test_import_read.py)
and Ringcard's own column names. The numbers are libphonenumber's example numbers
(resources/PhoneNumberMetadata.xml of github.com/google/libphonenumber, read here
through ``phonenumbers.example_number_for_type``): DE fixed line 030 123456 (also
PhoneNumberUtilTest's DE_NUMBER), DE mobile 01512 3456789, AT fixed line
01 234567890, FR fixed line 01 23 45 67 89, IT fixed line 02 1234 5678, GB fixed
line 0121 234 5678; IT's and GB's end in the same nine digits.
"""

from __future__ import annotations

import csv
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from app.services.activities import core as activities
from app.services.activities import messages as message_records
from app.services.activities.core import EventInput
from app.services.activities.edit import ActivityForm
from app.services.contacts import core as contacts
from app.services.contacts import phones
from app.services.importing.contacts import preview, run_import
from app.services.importing.read import guess_mapping, open_source
from tests.unit.helpers import person, set_region

DATA = Path(__file__).parent.parent / "data" / "import"


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx, "GB")


def national(region: str, kind: PhoneNumberType = PhoneNumberType.FIXED_LINE) -> str:
    """The region's example number as written at home ("030 123456")."""
    number = phonenumbers.example_number_for_type(region, kind)
    assert number is not None
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def e164(region: str, kind: PhoneNumberType = PhoneNumberType.FIXED_LINE) -> str:
    number = phonenumbers.example_number_for_type(region, kind)
    assert number is not None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def header_of(sample: str) -> list[str]:
    return list(open_source(DATA / sample).headers)


def write(tmp_path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    """A CSV under ``header``, each row given by column name."""
    unknown = {name for row in rows for name in row} - set(header)
    assert not unknown, unknown
    path = tmp_path / "contacts.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        out.writerows([[row.get(name, "") for name in header] for row in rows])
    return path


def imported(ctx, path: Path, as_type: str = "customer") -> list[int]:  # type: ignore[no-untyped-def]
    report = run_import(ctx, path, guess_mapping(open_source(path).headers), as_type)
    assert report.committed, report.problems
    return list(report.contact_ids)


def test_an_outlook_row_reads_its_numbers_in_its_own_country(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, header_of("outlook_contacts.csv"), [
        {"First Name": "Dieter", "Last Name": "Brandt", "Company": "Brandt Logistik GmbH",
         "Business City": "Berlin", "Business Country/Region": "Germany",
         "Business Fax": "030 1234567", "Business Phone": national("DE"),
         "Mobile Phone": national("DE", PhoneNumberType.MOBILE)},
        {"First Name": "Anna", "Last Name": "Huber", "Home City": "Wien",
         "Home Country/Region": "Österreich", "Home Phone": national("AT"),
         "Home Fax": "01 234567891"},
        {"First Name": "Siân", "Last Name": "Pritchard", "Business Phone": "029 2018 0123"},
    ])
    dieter, anna, sian = imported(ctx, path)
    got = contacts.get(ctx, dieter)
    # the fax column comes first in Outlook's export; it is a fax, and not the first number
    assert [(p.kind, p.e164) for p in got.phones] == [
        ("work", e164("DE")), ("mobile", e164("DE", PhoneNumberType.MOBILE)),
        ("fax", "+49301234567")]
    assert got.phones[0].raw == "+49 30 123456"  # written so it needs no region
    assert [(a.city, a.country) for a in got.addresses] == [("Berlin", "DE")]
    got = contacts.get(ctx, anna)
    assert [(p.kind, p.e164) for p in got.phones] == [("home", e164("AT")), ("fax", "+431234567891")]
    assert [(a.kind, a.city, a.country) for a in got.addresses] == [("home", "Wien", "AT")]
    # a row without a country: the office's home region
    assert [p.e164 for p in contacts.get(ctx, sian).phones] == ["+442920180123"]

    # what the rep notices: Dieter's call pops Dieter; his fax line takes no call, but his faxes
    where, _ = activities.add_event(ctx, EventInput(number="+49 30 123456", outcome="missed"))
    assert where == "activity" and len(activities.list_for_contact(ctx, dieter)) == 1
    where, _ = activities.add_event(ctx, EventInput(number="+49 30 1234567", outcome="missed"))
    assert where == "buffer"
    fax = message_records.add_record(ctx, ActivityForm(kind="fax", number="0049 30 1234567",
                                                       subject="Lieferschein"))
    assert fax in [a.id for a in activities.list_for_contact(ctx, dieter)]


def test_an_imported_foreign_contact_can_be_edited_at_home(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The German mobile, had it been kept as "01512 3456789", is no possible UK
    number: saving any later edit of the contact in a UK office would fail on it."""
    path = write(tmp_path, header_of("outlook_contacts.csv"), [
        {"First Name": "Dieter", "Last Name": "Brandt", "Business Country/Region": "DE",
         "Mobile Phone": national("DE", PhoneNumberType.MOBILE)}])
    [dieter] = imported(ctx, path)
    data = contacts.as_input(ctx, dieter)
    data.title = "Geschäftsführer"
    contacts.update_contact(ctx, dieter, data)
    got = contacts.get(ctx, dieter)
    assert got.title == "Geschäftsführer"
    assert [p.e164 for p in got.phones] == [e164("DE", PhoneNumberType.MOBILE)]


def test_a_google_row_reads_its_numbers_in_its_address_country(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, header_of("google_contacts.csv"), [
        {"Given Name": "Camille", "Family Name": "Lefebvre", "Phone 1 - Type": "Work",
         "Phone 1 - Value": national("FR"), "Phone 2 - Type": "Work Fax",
         "Phone 2 - Value": "01 23 45 67 80", "Address 1 - City": "Paris",
         "Address 1 - Country": "France"}])
    [camille] = imported(ctx, path, "lead")
    assert [(p.kind, p.e164) for p in contacts.get(ctx, camille).phones] == [
        ("work", e164("FR")), ("fax", "+33123456780")]


@pytest.mark.parametrize("country", ["IT", "it", "Italy", "Italia", "ITALIE"])
def test_ringcards_own_country_column_by_code_or_name(ctx, tmp_path: Path, country: str) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, ["First name", "Last name", "Work phone", "Fax", "Country"], [
        {"First name": "Lucia", "Last name": "Rossi", "Work phone": national("IT"),
         "Fax": "02 1234 5679", "Country": country}])
    rows = preview(ctx, path, guess_mapping(open_source(path).headers), "customer")
    assert rows[0].problems == ()
    assert rows[0].phones == (("work", e164("IT")), ("fax", "+390212345679"))


def test_an_unknown_country_is_a_problem_of_its_row(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, header_of("outlook_contacts.csv"), [
        {"First Name": "Ann", "Last Name": "Lee", "Home Country/Region": "Atlantis",
         "Home Phone": "0161 496 0000"}])
    report = run_import(ctx, path, guess_mapping(open_source(path).headers), "lead")
    assert not report.committed
    assert [(p.column, "Atlantis" in p.reason) for p in report.problems] == [
        ("Home Country/Region", True)]


def test_a_number_of_another_country_is_no_duplicate_by_its_last_digits(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert e164("IT")[-9:] == e164("GB")[-9:]  # the examples share their tail
    gwen = person(ctx, "Gwen", "Birmingham", phone=national("GB"))
    header = ["First name", "Last name", "Work phone", "Country"]
    path = write(tmp_path, header, [
        {"First name": "Lucia", "Last name": "Rossi", "Work phone": "+39 02 1234 5678"},
        {"First name": "Giulia", "Last name": "Bianchi", "Work phone": national("IT"),
         "Country": "Italia"},
        {"First name": "Gwendolyn", "Last name": "B.", "Work phone": "+44 121 234 5678"},
    ])
    mapping = guess_mapping(header)
    shown = preview(ctx, path, mapping, "lead")
    assert [(d.how, d.other_row, d.contact_id) if (d := r.duplicate) else None for r in shown] == [
        None, ("phone", 2, None), ("phone", None, gwen)]
    report = run_import(ctx, path, mapping, "lead")
    assert (report.created, report.skipped_duplicates) == (1, 2)  # Giulia is Lucia's number
    assert [(d.row, d.how, d.contact_id) for d in report.duplicates][1] == (4, "phone", gwen)


def test_a_fax_number_read_from_a_vcard_is_a_fax(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    card = tmp_path / "brandt.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Brandt;Dieter;;;\r\nFN:Dieter Brandt\r\n"
                    "TEL;TYPE=WORK,FAX:030 1234567\r\nTEL;TYPE=WORK,VOICE:030 123456\r\n"
                    "ADR;TYPE=WORK:;;Unter den Linden 1;Berlin;;10117;Deutschland\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    [dieter] = imported(ctx, card, "lead")
    got = contacts.get(ctx, dieter)
    assert [(p.kind, p.e164) for p in got.phones] == [("work", "+4930123456"),
                                                      ("fax", "+49301234567")]
    assert phones.format_display(got.phones[0].e164, got.phones[0].raw, "GB") == "+49 30 123456"
