"""The Big Data buffer for every channel: an ambiguous event's candidates are rows
(buffered_event_candidates), an event from an e-mail address waits by its address,
and a contact that gets the number or the address claims its events, audited.
Each test runs on SQLite and PostgreSQL (the ``ctx`` fixture)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import Activity, AuditEntry, BufferedCandidate, BufferedEvent
from app.services.activities import core as activities
from app.services.activities.core import EventInput
from app.services.calls import log_writes as call_log
from app.services.calls.queries import CallRouter, list_calls
from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import EmailInput, PhoneInput
from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome
from tests.unit.helpers import person, set_region

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SHARED = "020 7946 0018"


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def ring(router: CallRouter, key: str, number: str) -> None:
    """An identified call that ends missed a minute later."""
    router.handle(CallEvent(EventKind.IDENTIFIED, key, "sip", "line 1", T0,
                            caller=CallerId(number, "")))
    router.handle(CallEvent(EventKind.ENDED, key, "sip", "line 1", T0 + timedelta(seconds=60),
                            outcome=Outcome.MISSED, duration_s=0))


def candidate_rows(ctx: AppContext) -> set[tuple[int, int]]:
    with ctx.read() as s:
        return {(r.event_id, r.contact_id) for r in s.execute(
            select(BufferedCandidate.event_id, BufferedCandidate.contact_id))}


def found(ctx: AppContext, key: str) -> call_log.Found | None:
    with ctx.read() as s:
        return call_log.find(s.connection(), key)


def buckets(ctx: AppContext) -> list[str]:
    return [c.where for c in list_calls(ctx, unmatched_only=True)]


def created_audit(ctx: AppContext, contact_id: int) -> list[str | None]:
    """What the audit history says was created on the contact's card (activities)."""
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.new).where(
            AuditEntry.contact_id == contact_id, AuditEntry.entity == "activity",
            AuditEntry.action == "create").order_by(AuditEntry.id)))


def test_an_ambiguous_call_is_stored_with_its_candidates_as_rows(ctx) -> None:  # type: ignore[no-untyped-def]
    a = person(ctx, "John", "Smith", phone=SHARED)
    b = person(ctx, "Mary", "Smith", phone="+44 20 7946 0018")
    ring(CallRouter(ctx), "amb", "02079460018")
    [buffered] = activities.list_buffered(ctx)
    assert candidate_rows(ctx) == {(buffered.id, a), (buffered.id, b)}
    assert buffered.candidates == tuple(sorted((a, b))) and buffered.address == ""
    # what a replay after a crash reads back from the record, by call key
    record = found(ctx, "amb")
    assert record is not None
    assert (record.id, record.where, record.contact_ids) == (buffered.id, "ambiguous",
                                                             tuple(sorted((a, b))))
    resumed = CallRouter(ctx).handle(CallEvent(EventKind.ENDED, "amb", "sip", "line 1", T0,
                                               outcome=Outcome.MISSED))
    assert resumed is not None and (resumed.where, resumed.contact_ids) == (
        "ambiguous", tuple(sorted((a, b))))
    assert buckets(ctx) == ["ambiguous"]


def test_an_unknown_call_has_no_candidate_rows_and_says_buffer(ctx) -> None:  # type: ignore[no-untyped-def]
    ring(CallRouter(ctx), "unk", "+44 161 496 0000")
    assert candidate_rows(ctx) == set()
    record = found(ctx, "unk")
    assert record is not None and (record.where, record.contact_ids) == ("buffer", ())
    assert buckets(ctx) == ["buffer"]


def test_a_candidate_deleted_since_the_lookup_is_skipped_not_an_error(ctx) -> None:  # type: ignore[no-untyped-def]
    a = person(ctx, "John", "Smith", phone=SHARED)
    row = call_log.CallRow("gone", T0, "in", SHARED, "+442079460018", "", "Call from 020",
                           "", "sip")
    with ctx.write() as s:
        conn = s.connection()
        event_id = call_log.add_buffered(conn, row, "8100649702", withheld=False,
                                         candidates=(a, 999_999, a))
    assert candidate_rows(ctx) == {(event_id, a)}


def test_the_chooser_moves_an_ambiguous_call_to_the_chosen_contact(ctx) -> None:  # type: ignore[no-untyped-def]
    a = person(ctx, "John", "Smith", phone=SHARED)
    b = person(ctx, "Mary", "Smith", phone=SHARED)
    ring(CallRouter(ctx), "choose", "02079460018")
    [buffered] = activities.list_buffered(ctx)
    assert activities.move_buffered(ctx, [buffered.id], b) == 1  # someone chose Mary
    assert activities.list_buffered(ctx) == [] and candidate_rows(ctx) == set()
    [act] = activities.list_for_contact(ctx, b)
    assert (act.kind, act.outcome, act.number) == ("call", "missed", "02079460018")
    assert activities.list_for_contact(ctx, a) == []
    assert created_audit(ctx, b) == [act.subject and f"call: {act.subject}"]
    assert found(ctx, "choose") is not None and found(ctx, "choose").where == "activity"


def test_a_deleted_candidate_drops_out_of_the_candidates(ctx) -> None:  # type: ignore[no-untyped-def]
    a = person(ctx, "John", "Smith", phone=SHARED)
    b = person(ctx, "Mary", "Smith", phone=SHARED)
    c = person(ctx, "Ann", "Smith", phone=SHARED)
    ring(CallRouter(ctx), "del", "02079460018")
    contacts.delete(ctx, c)
    [buffered] = activities.list_buffered(ctx)
    assert buffered.candidates == tuple(sorted((a, b)))
    assert found(ctx, "del").contact_ids == tuple(sorted((a, b)))  # type: ignore[union-attr]
    assert buckets(ctx) == ["ambiguous"]  # list_calls still says so
    contacts.delete(ctx, a)
    contacts.delete(ctx, b)
    [buffered] = activities.list_buffered(ctx)  # the call itself stays
    assert buffered.candidates == () and candidate_rows(ctx) == set()
    assert buckets(ctx) == ["buffer"]


def test_a_contact_that_gets_the_number_claims_its_calls_audited(ctx) -> None:  # type: ignore[no-untyped-def]
    ring(CallRouter(ctx), "num", "+44 161 496 0000")
    ring(CallRouter(ctx), "other", "+44 161 496 0999")
    cid = person(ctx, "Pat", "Kaur")
    data = contacts.as_input(ctx, cid)
    data.phones = [PhoneInput("0161 496 0000")]
    contacts.update_contact(ctx, cid, data)
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.kind, act.outcome) == ("call", "missed")
    assert [b.number for b in activities.list_buffered(ctx)] == ["+44 161 496 0999"]
    assert created_audit(ctx, cid) == [f"call: {act.subject}"]


def test_a_mail_from_an_unknown_sender_waits_by_its_address(ctx) -> None:  # type: ignore[no-untyped-def]
    where, event_id = activities.add_event(ctx, EventInput(
        kind="mail", address="  Pat.Kaur@Example.COM ", occurred_at=T0, subject="Quote?",
        body="Could you send a quote?", source="imap"))
    assert where == "buffer"
    [buffered] = activities.list_buffered(ctx)
    assert (buffered.id, buffered.kind, buffered.address, buffered.number, buffered.candidates) \
        == (event_id, "mail", "pat.kaur@example.com", "", ())
    with ctx.read() as s:
        ev = s.get(BufferedEvent, event_id)
        assert ev is not None and (ev.number_e164, ev.digits_rev) == (None, "")
    assert list_calls(ctx, unmatched_only=True) == []  # not a call


def test_a_contact_that_gets_the_address_claims_its_mail_audited(ctx) -> None:  # type: ignore[no-untyped-def]
    activities.add_event(ctx, EventInput(kind="mail", address="Pat.Kaur@Example.com",
                                         occurred_at=T0, subject="Quote?", source="imap"))
    activities.add_event(ctx, EventInput(kind="mail", address="pat.kaur@example.org",
                                         occurred_at=T0, subject="Other", source="imap"))
    cid = person(ctx, "Pat", "Kaur", phone="0161 496 0000")
    assert activities.list_for_contact(ctx, cid) == []
    data = contacts.as_input(ctx, cid)
    data.emails = [EmailInput("PAT.KAUR@EXAMPLE.COM")]  # another case: the same address
    contacts.update_contact(ctx, cid, data)
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.kind, act.subject, act.occurred_at) == ("mail", "Quote?", T0)
    with ctx.read() as s:
        assert s.scalar(select(Activity.address).where(Activity.id == act.id)) == \
            "pat.kaur@example.com"
    assert [b.address for b in activities.list_buffered(ctx)] == ["pat.kaur@example.org"]
    assert created_audit(ctx, cid) == ["mail: Quote?"]


def test_a_new_contact_with_the_address_claims_at_creation(ctx) -> None:  # type: ignore[no-untyped-def]
    activities.add_event(ctx, EventInput(kind="live_chat", address="visitor@example.net",
                                         occurred_at=T0, subject="Chat", source="chat"))
    cid = person(ctx, "Vic", "Visitor", email="Visitor@Example.net")
    assert [a.subject for a in activities.list_for_contact(ctx, cid)] == ["Chat"]
    assert activities.list_buffered(ctx) == []


def test_an_address_several_contacts_share_keeps_them_as_candidates(ctx) -> None:  # type: ignore[no-untyped-def]
    a = person(ctx, "John", "Smith", email="office@smith.example")
    b = person(ctx, "Mary", "Smith", email="Office@Smith.example")
    where, event_id = activities.add_event(ctx, EventInput(
        kind="mail", address="office@smith.example", occurred_at=T0, subject="Hello"))
    assert where == "buffer"
    assert candidate_rows(ctx) == {(event_id, a), (event_id, b)}
    # a third contact with the address: still not one contact's, nothing moves
    c = person(ctx, "Ann", "Smith", email="office@smith.example")
    assert [e.id for e in activities.list_buffered(ctx)] == [event_id]
    assert activities.list_for_contact(ctx, c) == []
    # the chooser: someone picks Mary
    assert activities.move_buffered(ctx, [event_id], b) == 1
    assert [x.subject for x in activities.list_for_contact(ctx, b)] == ["Hello"]
    assert candidate_rows(ctx) == set()


def test_a_withheld_event_is_never_claimed_by_address(ctx) -> None:  # type: ignore[no-untyped-def]
    activities.add_event(ctx, EventInput(kind="mail", address="anon@example.com",
                                         withheld=True, occurred_at=T0))
    person(ctx, "Ann", "On", email="anon@example.com")
    assert [b.withheld for b in activities.list_buffered(ctx)] == [True]
