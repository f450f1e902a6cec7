"""The caller look-up never matches across countries by the last digits, and a
voice call never matches a fax number. Runs on SQLite and PostgreSQL.

The numbers are libphonenumber's own:
- the example numbers of its metadata (``phonenumbers.example_number_for_type``,
  from resources/PhoneNumberMetadata.xml of github.com/google/libphonenumber):
  the fixed-line examples of GB (+44 121 234 5678), IT (+39 02 1234 5678),
  CH (+41 21 234 56 78), AU (+61 2 1234 5678), PT (+351 212 345 678) and CZ
  (+420 212 345 678) all end in the same nine digits, 212345678; the mobile
  examples of FR (+33 6 12 34 56 78), ES (+34 612 34 56 78) and NL
  (+31 6 12345678) in 612345678. The tests read them from the installed
  package and check that they still agree, so a changed example cannot make a
  test pass for nothing.
- PhoneNumberUtilTest.java (java/libphonenumber/test/com/google/i18n/phonenumbers/
  in the same repository): AU_NUMBER (61, 236618300) and IT_NUMBER (39, 0236618300,
  "Italian leading zero"), which share their last nine digits; DE_NUMBER (49,
  30123456), "the same as the example number for DE in the metadata"; and
  testParseWithInternationalPrefixes, which dials countries with "00" and "011".
"""

from __future__ import annotations

from datetime import UTC, datetime

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from app.services.activities import core as activities
from app.services.activities.core import EventInput
from app.services.calls import lookup as phone_lookup
from app.services.contacts import core as contacts
from app.services.contacts import phones
from app.services.dto import ContactInput, PhoneInput
from app.services.office import settings as office_settings
from tests.unit.helpers import person, set_region

TAIL_212 = ("IT", "CH", "AU", "PT", "CZ")  # fixed-line examples ending like GB's


def example(region: str, kind: PhoneNumberType = PhoneNumberType.FIXED_LINE) -> str:
    """The region's example number in E.164."""
    number = phonenumbers.example_number_for_type(region, kind)
    assert number is not None, region
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def written(e164: str, how: str) -> str:
    """``e164`` as a caller ID shows it: "+39 02 1234 5678", "0039 …", "011 39 …"."""
    intl = phonenumbers.format_number(phonenumbers.parse(e164), PhoneNumberFormat.INTERNATIONAL)
    return intl if how == "+" else how + " " + intl[1:]


def look(ctx, raw: str, channel: str = phone_lookup.VOICE) -> phone_lookup.LookupResult:  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        return phone_lookup.lookup(s, raw, channel=channel)


def test_the_example_numbers_do_share_their_last_digits() -> None:
    gb = example("GB")
    assert all(example(r)[-9:] == gb[-9:] for r in TAIL_212)
    assert {example(r, PhoneNumberType.MOBILE)[-9:] for r in ("FR", "ES", "NL")} == {"612345678"}


@pytest.mark.parametrize("office, dialled", [("GB", "+"), ("GB", "00"), ("DE", "00"), ("US", "011"),
                                             ("CA", "011"), ("US", "+")])
def test_a_caller_from_another_country_never_pops_a_card_by_its_last_digits(
        ctx, office: str, dialled: str) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx, office)
    gb = person(ctx, "Gwen", "Birmingham", phone=example("GB"))
    for region in TAIL_212:
        r = look(ctx, written(example(region), dialled))
        assert r.number is not None and r.number.country == phonenumbers.country_code_for_region(region)
        assert (r.contact_ids, r.how) == ((), ""), (region, dialled)
    # the stored number itself, written the same way, is still found
    assert look(ctx, written(example("GB"), dialled)).unique == gb


def test_a_call_from_abroad_that_matches_nobody_waits_in_the_buffer(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx, "GB")
    gb = person(ctx, "Gwen", "Birmingham", phone="0121 234 5678")
    when = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    where, _ = activities.add_event(ctx, EventInput(number="0039 02 1234 5678", occurred_at=when,
                                                    caller_name="MILANO", outcome="missed"))
    assert where == "buffer"
    assert activities.list_for_contact(ctx, gb) == []
    # the Italian contact is made: the call moves to that card, not to Gwen's
    it = person(ctx, "Giulia", "Milano", phone="+39 02 1234 5678")
    assert [a.direction for a in activities.list_for_contact(ctx, it)] == ["in"]
    assert activities.list_buffered(ctx) == []


def test_the_same_country_still_matches_by_its_last_digits(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx, "GB")
    it = person(ctx, "Lucia", "Rossi", phone="+39 02 3661 8300")  # IT_NUMBER
    # Milan without the Italian leading zero is another E.164 number of Italy: the tail decides
    assert (look(ctx, "+39 2 3661 8300").unique, look(ctx, "+39 2 3661 8300").how) == (it, "tail")
    # AU_NUMBER ends in the same nine digits: Sydney is not Milan
    assert look(ctx, "+61 2 3661 8300").contact_ids == ()
    assert look(ctx, "0061 2 3661 8300").contact_ids == ()


def test_only_north_america_dials_abroad_with_011(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx, "US")
    gb = person(ctx, "Gwen", "Birmingham", phone="+44 121 234 5678")
    assert look(ctx, "011 39 02 1234 5678").contact_ids == ()  # Milan, dialled from the US
    assert look(ctx, "011 44 121 234 5678").unique == gb
    set_region(ctx, "GB")  # from London "011 …" is no international prefix: a number without country
    r = look(ctx, "011 39 02 1234 5678")
    assert r.number is not None and r.number.country is None
    assert (r.unique, r.how) == (gb, "tail")


def test_a_number_without_a_country_matches_any_country_by_its_last_digits(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx, "GB")
    fr = person(ctx, "Camille", "Lefebvre", phone=example("FR", PhoneNumberType.MOBILE))
    # a PBX that sends the digits it got with its own line prefix, no country
    assert (look(ctx, "9 612345678").unique, look(ctx, "9 612345678").how) == (fr, "tail")
    es = person(ctx, "Lucía", "García", phone=example("ES", PhoneNumberType.MOBILE))
    assert look(ctx, "9 612345678").contact_ids == tuple(sorted((fr, es)))  # several: a chooser
    # with their country, each finds only its own
    assert look(ctx, "+33 6 12 34 56 78").unique == fr
    assert look(ctx, "+34 612 34 56 78").unique == es
    assert look(ctx, "+31 6 12345678").contact_ids == ()  # the Dutch example: nobody


def test_a_country_code_that_does_not_exist_matches_nothing_by_tail(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx, "GB")
    person(ctx, "Gwen", "Birmingham", phone="0121 234 5678")
    r = look(ctx, "+999 121 234 5678")
    assert r.number is not None and r.number.country == phones.UNKNOWN_COUNTRY
    assert r.contact_ids == ()


def test_the_ring_paths_call_on_a_connection_is_a_voice_look_up(ctx) -> None:  # type: ignore[no-untyped-def]
    """As the router calls it (app/services/calls.py ``_log_call``): a connection,
    the region and N given, no channel."""
    set_region(ctx, "DE")
    de = person(ctx, "Dieter", "Berlin", phone="030 123456")  # DE_NUMBER
    fax = contacts.create(ctx, ContactInput(kind="company", company_name="Fax Only GmbH",
                                            phones=[PhoneInput("+44 121 234 5678", "fax")]))
    with ctx.read() as s:
        conn = s.connection()
        assert phone_lookup.lookup(conn, "0049 30 123456", region="DE", match_digits=9).unique == de
        assert phone_lookup.lookup(conn, "+49 30 123456", region="DE", match_digits=9).how == "e164"
        assert phone_lookup.lookup(conn, "0044 121 234 5678", region="DE",
                                   match_digits=9).contact_ids == ()
        assert phone_lookup.lookup(conn, "0044 121 234 5678", region="DE", match_digits=9,
                                   channel=phone_lookup.FAX).unique == fax


def test_a_fax_number_never_takes_a_call(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx, "GB")
    cid = contacts.create(ctx, ContactInput(kind="company", company_name="Harbour Freight",
                                            phones=[PhoneInput("020 7946 0018", "work"),
                                                    PhoneInput("020 7946 0019", "fax")]))
    assert look(ctx, "020 7946 0018").unique == cid
    assert look(ctx, "020 7946 0019").contact_ids == ()  # the fax line: nobody, for a call
    assert look(ctx, "9 207946 0019").contact_ids == ()  # nor by its last digits
    assert look(ctx, "020 7946 0019", phone_lookup.FAX).unique == cid
    assert look(ctx, "020 7946 0019", phone_lookup.SMS).unique == cid  # own kind first, then any
    where, _ = activities.add_event(ctx, EventInput(number="+44 20 7946 0019", outcome="missed"))
    assert where == "buffer"


def test_a_fax_or_sms_prefers_its_own_kind_of_number(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx, "GB")
    # one number, two contacts: a company's fax, a person's phone on the same line
    company = contacts.create(ctx, ContactInput(kind="company", company_name="Harbour Freight",
                                                phones=[PhoneInput("020 7946 0019", "fax")]))
    clerk = person(ctx, "Tom", "Hughes", phone="020 7946 0019")
    assert look(ctx, "020 7946 0019").unique == clerk
    assert look(ctx, "020 7946 0019", phone_lookup.FAX).unique == company
    assert look(ctx, "020 7946 0019", phone_lookup.SMS).contact_ids == tuple(sorted((company, clerk)))
    assert look(ctx, "020 7946 0019", phone_lookup.ANY).contact_ids == tuple(sorted((company, clerk)))
    mobile = contacts.create(ctx, ContactInput(kind="person", first_name="Ann", last_name="Mobile",
                                               phones=[PhoneInput("07700 900123", "mobile")]))
    person(ctx, "Ann's", "Office", phone="07700 900123")
    assert look(ctx, "+44 7700 900123", phone_lookup.SMS).unique == mobile
    assert len(look(ctx, "+44 7700 900123").contact_ids) == 2


def test_unknown_channel_is_refused(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        look(ctx, "020 7946 0018", "pigeon")


def test_fewer_match_digits_still_keep_countries_apart(ctx) -> None:  # type: ignore[no-untyped-def]
    set_region(ctx, "GB")
    with ctx.write() as s:
        office_settings.set_value(s, "match_digits", 6)
    gwen = person(ctx, "Gwen", "Birmingham", phone="0121 234 5678")
    assert look(ctx, "+61 2 1234 5678").contact_ids == ()
    assert look(ctx, "234 5678").unique == gwen  # a local number: its last six digits
