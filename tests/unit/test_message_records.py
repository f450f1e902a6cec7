"""Live chat, fax and SMS records added by hand and chat transcripts imported
from files (reference 000): linked to the contact whose number or e-mail
matches, otherwise kept without a contact.

Where the transcript formats of the fixtures (tests/data/chats/) come from:
- ``zendesk_chat.json``, ``zendesk_offline.json``: the chat and offline-message
  objects of the Zendesk Chat API, "JSON Format for Offline Messages" / "Support
  Chats" (``visitor``, ``type``, ``timestamp``, ``missed``, ``started_by``,
  ``history`` of ``chat.msg`` events with ``name``, ``nick``, ``msg``,
  ``timestamp``): https://developer.zendesk.com/api-reference/live-chat/chat-api/chats/
  and the same fields in Airbyte's Zendesk Chat schema,
  github.com/airbytehq/airbyte airbyte-integrations/connectors/source-zendesk-chat/
  source_zendesk_chat/schemas/chats.json.
- ``bracket_export.txt``, ``android_export.txt``: chat exports as text, one message a
  line, ``[{timestamp}] {author}: {message}`` (iOS) and ``{timestamp} - {author}:
  {message}`` (Android), multi-line messages continuing on the next lines, system
  lines without an author: github.com/linuswillner/whatsapp-export-inconsistencies
  (copy read: AyazKhuraishi/whatsapp-export-inconsistencies,
  inconsistencies-messages/message-format.md). The ``Visitor:`` / ``Started:``
  header lines follow the transcript header of Provide Support's e-mailed
  transcripts (http://www.providesupport.com/manual/managing_chat_transcripts.htm).
- ``messages.json``: the plain ``{"visitor", "messages": [{author, text,
  timestamp}]}`` shape (our own minimal format for other tools' exports).
All names, numbers and addresses in the fixtures are made up.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.services.activities import core as activities
from app.services.activities import edit as ae
from app.services.activities import messages as message_records
from app.services.activities.edit import ActivityForm
from app.services.context import AppContext, ServiceError
from app.services.helpdesk import tickets as helpdesk
from app.services.validation import ValidationError
from tests.unit.helpers import person, set_region

CHATS = Path(__file__).resolve().parents[1] / "data" / "chats"
T0 = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)




def history_ids(ctx: AppContext, cid: int) -> list[int]:
    return [a.id for a in activities.list_for_contact(ctx, cid)]


def count_records(ctx: AppContext) -> int:
    with ctx.read() as s:
        from sqlalchemy import func, select

        from app.models import Activity
        return int(s.scalar(select(func.count()).select_from(Activity)) or 0)


# --- records by hand --------------------------------------------------------------------------

def test_sms_and_fax_from_a_known_number_land_in_that_contacts_history(ctx) -> None:  # type: ignore[no-untyped-def]
    ann = person(ctx, "Ann", "Lee", phone="020 7946 0018")
    sms = message_records.add_record(ctx, ActivityForm(
        kind="sms", number="+44 20 7946 0018", body="Running 10 minutes late", occurred_at=T0))
    fax = message_records.add_record(ctx, ActivityForm(
        kind="fax", number="(020) 7946-0018", direction="out", subject="Signed order form"))
    assert sorted(history_ids(ctx, ann)) == sorted([sms, fax])
    got = ae.get(ctx, sms)
    assert got.form.subject == "Running 10 minutes late"  # the text's first line
    assert got.form.direction == "in" and got.form.occurred_at == T0
    assert message_records.unlinked(ctx) == []


def test_records_from_unknown_or_shared_numbers_are_kept_without_a_contact(ctx) -> None:  # type: ignore[no-untyped-def]
    person(ctx, "Ben", "Okafor", phone="0161 496 0991")
    person(ctx, "Bea", "Okafor", phone="0161 496 0991")  # the same number: no unique match
    shared = message_records.add_record(ctx, ActivityForm(kind="sms", number="0161 496 0991",
                                                          body="Who is this?"))
    unknown = message_records.add_record(ctx, ActivityForm(kind="fax", number="0113 496 0000",
                                                           body="Price list"))
    chat = message_records.add_record(ctx, ActivityForm(kind="live_chat", body="Hi there",
                                                        address="stranger@example.org"))
    rows = message_records.unlinked(ctx)
    assert [r.id for r in rows] and {r.id for r in rows} == {shared, unknown, chat}
    assert {r.kind_label for r in rows} == {"SMS", "Fax", "Live chat"}
    assert [r.id for r in message_records.unlinked(ctx, "fax")] == [unknown]
    fax_row = next(r for r in rows if r.id == unknown)
    assert fax_row.number == "0113 496 0000" and fax_row.summary == "Price list"
    assert fax_row.editable and not fax_row.forwarded
    with pytest.raises(ValidationError):
        message_records.unlinked(ctx, "call")


def test_a_fax_or_sms_goes_to_whose_fax_or_mobile_it_is_when_a_number_is_shared(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.contacts import core as contacts
    from app.services.dto import ContactInput, PhoneInput

    # the office's fax machine and its reception desk share one line; a rep's mobile
    # is also the number her colleague keeps as her work phone
    office = contacts.create(ctx, ContactInput(kind="company", company_name="Harbour Freight",
                                               phones=[PhoneInput("020 7946 0019", "fax")]))
    desk = person(ctx, "Tom", "Hughes", phone="020 7946 0019")
    rep = contacts.create(ctx, ContactInput(kind="person", first_name="Ann", last_name="Lee",
                                            phones=[PhoneInput("07700 900123", "mobile")]))
    person(ctx, "Ann", "Lee (work)", phone="07700 900123")
    fax = message_records.add_record(ctx, ActivityForm(kind="fax", number="+44 20 7946 0019",
                                                       subject="Signed order form"))
    sms = message_records.add_record(ctx, ActivityForm(kind="sms", number="07700 900123",
                                                       body="On my way"))
    assert history_ids(ctx, office) == [fax] and history_ids(ctx, desk) == []
    assert history_ids(ctx, rep) == [sms]
    # a fax from a number known only as somebody's phone still finds them
    ben = person(ctx, "Ben", "Okafor", phone="0161 496 0991")
    note = message_records.add_record(ctx, ActivityForm(kind="fax", number="0161 496 0991",
                                                        subject="Delivery note"))
    assert history_ids(ctx, ben) == [note]
    assert message_records.unlinked(ctx) == []


def test_a_chat_is_linked_by_its_e_mail_address_in_any_case(ctx) -> None:  # type: ignore[no-untyped-def]
    carl = person(ctx, "Carl", "Jones", email="Carl.Jones@Example.org")
    chat = message_records.add_record(ctx, ActivityForm(
        kind="live_chat", address="carl.jones@example.ORG", body="Where is my parcel?"))
    assert history_ids(ctx, carl) == [chat]
    by_phone = person(ctx, "Dora", "Smith", phone="07700 900123")
    chat2 = message_records.add_record(ctx, ActivityForm(kind="live_chat", number="07700900123",
                                                         body="Calling from the chat"))
    assert history_ids(ctx, by_phone) == [chat2]


def test_a_record_the_rep_linked_to_a_contact_keeps_that_contact(ctx) -> None:  # type: ignore[no-untyped-def]
    ann = person(ctx, "Ann", "Lee")
    sms = message_records.add_record(ctx, ActivityForm(kind="sms", number="07700 900999",
                                                       body="From my new phone", contact_id=ann))
    assert history_ids(ctx, ann) == [sms]


def test_bad_records_are_refused_on_their_fields_and_nothing_is_saved(ctx) -> None:  # type: ignore[no-untyped-def]
    before = count_records(ctx)
    cases = [
        (ActivityForm(kind="sms", body="No number"), "number"),
        (ActivityForm(kind="fax", number="   ", body="x"), "number"),
        (ActivityForm(kind="sms", number="call me", body="x"), "number"),
        (ActivityForm(kind="sms", number="020 7946 0018"), "body"),
        (ActivityForm(kind="live_chat", address="not-an-address", body="hi"), "address"),
        (ActivityForm(kind="call", number="020 7946 0018", body="x"), "kind"),
        (ActivityForm(kind="nonsense", number="020 7946 0018", body="x"), "kind"),
        (ActivityForm(kind="sms", number="020 7946 0018", body="x", direction="sideways"),
         "direction"),
    ]
    for form, field_name in cases:
        with pytest.raises(ValidationError) as err:
            message_records.add_record(ctx, form)
        assert field_name in err.value.errors, (form, err.value.errors)
    assert count_records(ctx) == before


def test_unlinked_lists_only_what_the_user_may_see_with_ownership(team) -> None:  # type: ignore[no-untyped-def]
    bob, carol = team["bob"], team["carol"]
    rid = message_records.add_record(bob, ActivityForm(kind="sms", number="0113 496 0000",
                                                       body="Hello"))
    row = message_records.unlinked(carol)[0]
    assert row.id == rid and row.owner == "bob" and not row.editable  # greyed for carol
    assert message_records.unlinked(team["alice"])[0].editable  # the manager may
    with pytest.raises(ServiceError, match="cannot be forwarded"):
        helpdesk.forward(carol, rid, "ticket")  # reference 000: an SMS is not forwarded
    chat = message_records.add_record(bob, ActivityForm(kind="live_chat", body="Help?"))
    helpdesk.forward(carol, chat, "ticket")
    assert next(r for r in message_records.unlinked(carol) if r.id == chat).forwarded


# --- transcripts ------------------------------------------------------------------------------

def test_a_zendesk_chat_export_becomes_one_chat_linked_by_the_visitors_e_mail(ctx) -> None:  # type: ignore[no-untyped-def]
    ann = person(ctx, "Ann", "Lee", email="ann.lee@example.com")
    result = message_records.import_chat_transcript(ctx, CHATS / "zendesk_chat.json")
    assert result.format == "Zendesk Chat JSON" and result.contact_id == ann
    assert result.messages == 5 and result.visitor == "Ann Lee" and not result.missed
    assert result.started_at == datetime(2026, 3, 14, 10, 2, 5, tzinfo=UTC)
    assert history_ids(ctx, ann) == [result.activity_id]
    got = ae.get(ctx, result.activity_id)
    assert got.form.kind == "live_chat" and got.form.occurred_at == result.started_at
    assert got.form.subject == "Chat with Ann Lee: Hello, my order 4411 has not arrived yet"
    assert got.form.address == "ANN.LEE@example.com"
    body = got.form.body
    assert body.count("\n") == 4  # one line a message; joins and the rating left out
    assert "Mary Watson: It left the warehouse this morning" in body
    assert "Ann Lee: Bye" in body and "good" not in body


def test_a_zendesk_offline_message_is_a_missed_chat_kept_without_a_contact(ctx) -> None:  # type: ignore[no-untyped-def]
    result = message_records.import_chat_transcript(ctx, CHATS / "zendesk_offline.json")
    assert result.missed and result.contact_id is None and result.messages == 1
    row = message_records.unlinked(ctx)[0]
    assert row.id == result.activity_id and row.missed and row.address == "walter.kim@example.net"
    assert row.subject.startswith("Missed chat with Walter Kim: Nobody was online")
    tid = helpdesk.forward(ctx, row.id, "ticket")  # missed chats can become tickets
    assert "Please call me back" in ae.get(ctx, tid).form.body


def test_a_text_export_with_a_header_links_by_phone_and_keeps_multi_line_messages(ctx) -> None:  # type: ignore[no-untyped-def]
    ben = person(ctx, "Ben", "Okafor", phone="+44 20 7946 0555")
    result = message_records.import_chat_transcript(ctx, CHATS / "bracket_export.txt")
    assert result.format == "chat text export" and result.contact_id == ben
    assert result.messages == 5 and result.visitor == "Ben Okafor"
    local = result.started_at.astimezone()
    assert (local.year, local.month, local.day, local.hour, local.minute) == (2026, 3, 14, 16, 20)
    body = ae.get(ctx, result.activity_id).form.body
    assert "Ben Okafor: And on Saturdays?\n    We are closed on weekdays\n    until 5 pm." in body


def test_an_android_export_skips_system_lines_and_plain_json_reads_too(ctx) -> None:  # type: ignore[no-untyped-def]
    result = message_records.import_chat_transcript(ctx, CHATS / "android_export.txt")
    assert result.messages == 3 and result.visitor == "Carla Diaz" and result.contact_id is None
    body = ae.get(ctx, result.activity_id).form.body
    assert "encrypted" not in body and "[09:32] Mary Watson: Good morning!" in body
    dev = person(ctx, "Dev", "Patel", phone="07700 900123")
    plain = message_records.import_chat_transcript(ctx, CHATS / "messages.json")
    assert plain.format == "chat JSON" and plain.contact_id == dev and plain.messages == 2


@pytest.mark.parametrize(("name", "message"), [
    ("empty.txt", "empty"),
    ("broken.json", "not valid JSON (line 3"),
    ("no_messages.json", "no messages"),
    ("not_a_transcript.png", "not a text file"),
])
def test_bad_transcript_files_are_refused_with_a_clear_message_and_nothing_saved(
        ctx, name: str, message: str) -> None:  # type: ignore[no-untyped-def]
    before = count_records(ctx)
    with pytest.raises(ValidationError) as err:
        message_records.import_chat_transcript(ctx, CHATS / name)
    assert message in err.value.errors["file"]
    assert count_records(ctx) == before


def test_odd_files_are_refused_too(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "prose.txt": ("Dear team,\nplease find the chat below.\n", "No chat messages found"),
        "two.json": (json.dumps({"chats": [{"history": []}, {"history": []}]}), "2 chats"),
        "list.json": ("[1, 2, 3]", "3 chats"),
        "number.json": ("42", "not a chat"),
    }
    for name, (text, message) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(ValidationError, match=message):
            message_records.import_chat_transcript(ctx, tmp_path / name)
    with pytest.raises(ValidationError, match="Cannot read"):
        message_records.import_chat_transcript(ctx, tmp_path / "missing.txt")
    assert message_records.unlinked(ctx) == []


def test_a_large_transcript_imports_whole(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = ["Visitor: Big Talker", "Started: 2026-03-14 08:00:00"]
    for i in range(20_000):
        who = "Big Talker" if i % 2 == 0 else "Mary Watson"
        lines.append(f"[{8 + (i // 3600) % 12:02d}:{(i // 60) % 60:02d}] {who}: message {i} "
                     + "blah " * 10)
    path = tmp_path / "big.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = message_records.import_chat_transcript(ctx, path)
    assert result.messages == 20_000
    body = ae.get(ctx, result.activity_id).form.body
    assert "message 0 " in body and "message 19999 " in body
    again = message_records.import_chat_transcript(ctx, path)  # imported twice: two chats
    assert again.activity_id != result.activity_id
