"""vCard export (3.0 and 4.0) and parsing of real-world vCard files.

Sample files in tests/data/vcard/ and where they come from:

- rfc6350_section8.vcf: the example of RFC 6350 ("vCard Format Specification",
  section 8, https://datatracker.ietf.org/doc/rfc6350) - vCard 4.0, TEL as
  ``tel:`` URIs with ``;ext=``, quoted TYPE lists, folded lines.
- rfc2426_section7.vcf: the two examples of RFC 2426 section 7 ("vCard MIME
  Directory Profile", https://www.rfc-editor.org/rfc/rfc2426) - vCard 3.0,
  two cards in one file, ``BEGIN:vCard`` in mixed case, no N property, folded ADR.
- apple_contacts_3.0.vcf: modelled on the Apple Contacts export used as an
  example by sipgate-io/sipgateio-node (examples/contacts/vcard.ts): grouped
  ``item1.ADR`` / ``item3.URL`` with X-ABLabel, repeated ``type=`` parameters,
  escaped ``\\,`` and ``\\:``.
- google_contacts_3.0.vcf: the shape of a Google Contacts "Export as vCard"
  file (3.0, TYPE=INTERNET;TYPE=HOME, CATEGORIES:myContacts, item1.URL with
  X-ABLabel), with non-ASCII Polish and Japanese names and a folded NOTE.
- outlook_2.1.vcf: the shape of an Outlook / old-phone vCard 2.1 (bare
  ``TEL;WORK;VOICE`` parameters, CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE with
  a soft line break), after the Wikipedia vCard 2.1 example
  (https://en.wikipedia.org/wiki/VCard, as quoted at
  https://cnblogs.com/shangdawei/p/4072539.html).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.contacts import core as contacts
from app.services.contacts.list_rows import Filters
from app.services.dto import AddressInput, ContactInput, EmailInput, PhoneInput
from app.services.importing import vcard
from tests.unit.helpers import company, person, set_region

DATA = Path(__file__).parent.parent / "data" / "vcard"


def phones_of(card: vcard.Card) -> list[tuple[str, str]]:
    return [(p.number, p.kind) for p in card.phones]


# ---------------------------------------------------------------- real files

def test_rfc6350_example_version_4() -> None:
    (card,) = vcard.read_file(DATA / "rfc6350_section8.vcf")
    assert (card.first_name, card.last_name, card.full_name) == ("Simon", "Perreault", "Simon Perreault")
    assert card.company == "Viagenie"
    assert phones_of(card) == [("+1-418-656-9254 ext. 102", "work"), ("+1-418-262-6501", "mobile")]
    assert [e.address for e in card.emails] == ["simon.perreault@viagenie.ca"]
    (adr,) = card.addresses
    assert (adr.street, adr.city, adr.region, adr.postcode, adr.country) == (
        "Suite D2-630, 2875 Laurier", "Quebec", "QC", "G1V 2M2", "Canada")
    assert card.urls == ("http://nomis80.org",)


def test_rfc2426_examples_two_cards_without_n() -> None:
    frank, tim = vcard.read_file(DATA / "rfc2426_section7.vcf")
    assert (frank.first_name, frank.last_name) == ("Frank", "Dawson")  # split from FN
    assert frank.company == "Lotus Development Corporation"
    assert phones_of(frank) == [("+1-919-676-9515", "work"), ("+1-919-676-9564", "fax")]
    assert [e.address for e in frank.emails] == ["Frank_Dawson@Lotus.com", "fdawson@earthlink.net"]
    assert frank.addresses[0].street == "6544 Battleford Drive"  # the folded line rejoined
    assert frank.addresses[0].city == "Raleigh"
    assert (tim.full_name, tim.addresses[0].city) == ("Tim Howes", "Mountain View")


def test_apple_export_with_groups_and_escapes() -> None:
    (card,) = vcard.read_file(DATA / "apple_contacts_3.0.vcf")
    assert (card.first_name, card.last_name, card.company) == ("John", "Doe", "Example.com Inc.")
    assert phones_of(card) == [("+49 151 99999999", "mobile"), ("+44 20 7946 0018", "home")]
    assert card.addresses[0].city == "Worktown"
    assert card.urls == ("http://www.example.com/doe",)
    assert card.note.startswith("John Doe has a long and varied history, being")


def test_google_export_keeps_non_ascii_and_folded_notes() -> None:
    zoe, taro = vcard.read_file(DATA / "google_contacts_3.0.vcf")
    assert (zoe.first_name, zoe.last_name) == ("Zoë", "Ångström-Łukasiewicz")
    assert [(e.address, e.kind) for e in zoe.emails] == [
        ("zoe.angstrom@example.com", "home"), ("z.lukasiewicz@example.org", "work")]
    assert zoe.addresses[0].street == "ul. Świętokrzyska 14"
    assert zoe.addresses[0].kind == "home"
    assert "Poznań; prefers e-mail" in zoe.note and "folded it onto" in zoe.note
    assert zoe.urls == ("https://example.pl/zoe",)
    assert (taro.first_name, taro.last_name, phones_of(taro)) == (
        "太郎", "山田", [("+81 90-1234-5678", "mobile")])


def test_outlook_2_1_quoted_printable_with_soft_line_break() -> None:
    (card,) = vcard.read_file(DATA / "outlook_2.1.vcf")
    assert (card.first_name, card.last_name) == ("Jürgen", "Müller")
    assert (card.company, card.title) == ("Grün & Partner GmbH", "Geschäftsführer")
    assert phones_of(card) == [("+49 30 901820", "work"), ("+49 171 1234567", "mobile"),
                               ("+49 30 901821", "fax")]
    (adr,) = card.addresses
    assert (adr.street, adr.city, adr.postcode) == ("Straße des 17. Juni 135", "Berlin", "10623")


def test_a_windows_1252_file_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jörg;;;\r\nFN:Jörg Müller\r\n"
                     "END:VCARD\r\n".encode("cp1252"))
    (card,) = vcard.read_file(path)
    assert (card.first_name, card.last_name) == ("Jörg", "Müller")


@pytest.mark.parametrize("text", ["", "first name,last name\nAnn,Lee\n", "\x00\x01PK\x03\x04"])
def test_a_file_that_is_not_vcard_gets_a_clear_message(text: str) -> None:
    with pytest.raises(vcard.VCardError, match="no vCard"):
        vcard.parse(text)


def test_a_cut_off_file_is_refused_whole_with_the_reason() -> None:
    text = (DATA / "rfc2426_section7.vcf").read_text(encoding="utf-8")
    with pytest.raises(vcard.VCardError, match="never closed"):
        vcard.parse(text[: text.rindex("END:vCard")])


# ---------------------------------------------------------------- export

@pytest.fixture
def ann(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)
    return contacts.create(ctx, ContactInput(
        kind="person", first_name="Ann-Zoë", last_name="O'Brien; Łukasz", title="Buyer, EMEA",
        company_name="Acme: Ltd", contact_type="customer",
        phones=[PhoneInput("020 7946 0958"), PhoneInput("07700 900123", "mobile"),
                PhoneInput("0161 496 0000", "home"), PhoneInput("020 7946 0959", "fax")],
        emails=[EmailInput("ann@example.com"), EmailInput("ann@home.example", "home")],
        websites=["https://acme.example/ann"],
        addresses=[AddressInput("1 High St, Flat 2", "SW1A 1AA", "London", "", "GB")],
        extra_info=[("Hobby", "Sailing")]))


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_then_parse_gives_the_same_contact(ctx, ann, tmp_path, version) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ann.vcf"
    assert vcard.export_contacts(ctx, path, Filters(), version) == 1
    text = path.read_text(encoding="utf-8")
    assert f"VERSION:{version}" in text
    (card,) = vcard.read_file(path)
    assert (card.first_name, card.last_name) == ("Ann-Zoë", "O'Brien; Łukasz")
    assert (card.company, card.title) == ("Acme: Ltd", "Buyer, EMEA")
    assert phones_of(card) == [("+442079460958", "work"), ("+447700900123", "mobile"),
                               ("+441614960000", "home"), ("+442079460959", "fax")]
    assert [(e.address, e.kind) for e in card.emails] == [("ann@example.com", "work"),
                                                          ("ann@home.example", "home")]
    (adr,) = card.addresses
    assert (adr.street, adr.postcode, adr.city, adr.country) == ("1 High St, Flat 2", "SW1A 1AA",
                                                                "London", "GB")
    assert card.urls == ("https://acme.example/ann",)
    assert card.note == "Hobby: Sailing"


def test_export_keeps_the_list_filters(ctx, ann, tmp_path) -> None:  # type: ignore[no-untyped-def]
    person(ctx, "Lou", "Lead")
    vcard.export_contacts(ctx, tmp_path / "c.vcf", Filters(contact_type="customer"))
    assert [c.first_name for c in vcard.read_file(tmp_path / "c.vcf")] == ["Ann-Zoë"]
    vcard.export_contacts(ctx, tmp_path / "all.vcf", Filters(kind="person"))
    assert sorted(c.first_name for c in vcard.read_file(tmp_path / "all.vcf")) == ["Ann-Zoë", "Lou"]


def test_export_in_pages_keeps_the_list_order(ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(vcard, "PAGE", 2)
    for name in ("Eve", "Bob", "Dan", "Amy", "Cy"):
        person(ctx, name, "Same")
    assert vcard.export_contacts(ctx, tmp_path / "c.vcf", Filters()) == 5
    assert [c.first_name for c in vcard.read_file(tmp_path / "c.vcf")] == ["Amy", "Bob", "Cy", "Dan",
                                                                          "Eve"]


def test_a_company_exports_as_an_organisation_card(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    company(ctx, "Acme Trading Ltd", phones=[PhoneInput("+44 20 7946 0958")])
    person(ctx, "Ann", "Lee")
    vcard.export_contacts(ctx, tmp_path / "co.vcf", Filters(kind="company"), "4.0")
    (card,) = vcard.read_file(tmp_path / "co.vcf")
    assert (card.company, card.full_name, card.first_name, card.last_name) == (
        "Acme Trading Ltd", "Acme Trading Ltd", "", "")
    assert phones_of(card) == [("+442079460958", "work")]


def test_unsupported_version_is_refused(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="3.0 or 4.0"):
        vcard.export_contacts(ctx, tmp_path / "c.vcf", Filters(), "2.1")
    assert not (tmp_path / "c.vcf").exists()
