"""Routing of telephony events: every call is logged, to the right place, once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from app.services.activities import core as activities
from app.services.calls.queries import CallRouter, RoutedCall
from app.services.contacts import core as contacts
from app.services.dto import PhoneInput
from app.services.office import settings as office_settings
from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome, Withheld
from tests.unit.helpers import person, set_region

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _gb(ctx):  # type: ignore[no-untyped-def]
    set_region(ctx)


def ev(kind: EventKind, key: str, *, number: str | None = None, name: str = "",
       withheld: Withheld = Withheld.NO, outcome: Outcome | None = None,
       duration: int | None = None, source: str = "sip", seconds: int = 0) -> CallEvent:
    caller = CallerId(number, name, withheld) if number is not None else None
    return CallEvent(kind, key, source, "line 1", T0 + timedelta(seconds=seconds),
                     caller=caller, outcome=outcome, duration_s=duration)


def call(router: CallRouter, key: str, number: str, outcome: Outcome = Outcome.ANSWERED,
         **kw) -> list[RoutedCall]:  # type: ignore[no-untyped-def]
    return [r for r in (router.handle(ev(EventKind.IDENTIFIED, key, number=number, **kw)),
                        router.handle(ev(EventKind.ENDED, key, outcome=outcome, duration=42,
                                         seconds=50))) if r is not None]


def test_a_known_caller_lands_in_the_contacts_history_with_its_outcome(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    seen: list[RoutedCall] = []
    router = CallRouter(ctx, on_routed=seen.append)
    first = router.handle(ev(EventKind.IDENTIFIED, "c1", number="+442079460018", name="SMITH J"))
    assert first is not None and (first.where, first.contact_ids) == ("activity", (cid,))
    assert first.normalized == "+442079460018"
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.kind, act.direction, act.outcome) == ("call", "in", "ringing")
    router.handle(ev(EventKind.ENDED, "c1", outcome=Outcome.ANSWERED, duration=95, seconds=99))
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.outcome, act.duration_s, act.occurred_at) == ("answered", 95, T0)
    assert [r.event for r in seen] == ["identified", "ended"]
    json.dumps(seen[-1].as_json())  # a `calls listen --json` line


def test_modem_style_ring_first_then_identity_makes_one_record(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    router = CallRouter(ctx)
    ring = router.handle(ev(EventKind.RING, "m1", source="modem"))
    assert ring is not None and ring.where == "pending"
    router.handle(ev(EventKind.RING, "m1", source="modem", seconds=6))
    router.handle(ev(EventKind.IDENTIFIED, "m1", number="02079460018", source="modem", seconds=2))
    router.handle(ev(EventKind.ENDED, "m1", outcome=Outcome.MISSED, source="modem", seconds=20))
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.outcome, act.occurred_at) == ("missed", T0)


def test_an_unknown_caller_waits_in_the_buffer_then_moves_to_the_new_contact(ctx) -> None:  # type: ignore[no-untyped-def]
    router = CallRouter(ctx)
    [first, _] = call(router, "u1", "+44 161 496 0000", Outcome.MISSED, name="MANCHESTER")
    assert first.where == "buffer"
    [buffered] = activities.list_buffered(ctx)
    assert (buffered.outcome, buffered.caller_name) == ("missed", "MANCHESTER")
    cid = person(ctx, "Pat", "Kaur", phone="0161 496 0000")
    assert activities.list_buffered(ctx) == []
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.outcome, act.duration_s) == ("missed", 42)


def test_shared_numbers_wait_with_their_candidates(ctx) -> None:  # type: ignore[no-untyped-def]
    a = person(ctx, "John", "Smith", phone="020 7946 0018")
    b = person(ctx, "Mary", "Smith", phone="020 7946 0018")
    router = CallRouter(ctx)
    [first, _] = call(router, "a1", "02079460018")
    assert first.where == "ambiguous" and set(first.contact_ids) == {a, b}
    [buffered] = activities.list_buffered(ctx)
    activities.move_buffered(ctx, [buffered.id], b)  # someone chose Mary
    assert len(activities.list_for_contact(ctx, b)) == 1 and activities.list_buffered(ctx) == []


def test_withheld_and_absent_identities_have_their_own_bucket(ctx) -> None:  # type: ignore[no-untyped-def]
    router = CallRouter(ctx)
    [w, _] = call(router, "w1", "", withheld=Withheld.PRIVATE)
    assert w.where == "withheld" and w.withheld == "private"
    # a line without caller ID: rings, then stops; still logged
    router.handle(ev(EventKind.RING, "n1", source="modem"))
    ended = router.handle(ev(EventKind.ENDED, "n1", outcome=Outcome.MISSED, source="modem"))
    assert ended is not None and ended.where == "withheld"
    assert [b.withheld for b in activities.list_buffered(ctx)] == [True, True]


def test_unknown_callers_can_become_leads(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.write() as s:
        office_settings.set_value(s, "unknown_callers_become_leads", True)
    router = CallRouter(ctx)
    [first, _] = call(router, "l1", "+44 113 496 0999", name="Jane Doe")
    [lead] = first.contact_ids
    detail = contacts.get(ctx, lead)
    assert (detail.contact_type, detail.display_name) == ("lead", "Jane Doe")
    assert detail.phones[0].e164 == "+441134960999"
    [second, _] = call(router, "l2", "0113 496 0999")  # the next call finds the lead
    assert second.contact_ids == (lead,)
    assert len(activities.list_for_contact(ctx, lead)) == 2
    [odd, _] = call(router, "l3", "**21#")  # not a number a contact can keep
    assert odd.where == "buffer"


def test_four_interleaved_calls_are_each_logged(ctx) -> None:  # type: ignore[no-untyped-def]
    ids = [person(ctx, f"P{i}", "Caller", phone=f"020 7946 00{i:02d}") for i in range(4)]
    router = CallRouter(ctx)
    for i in range(4):
        router.handle(ev(EventKind.IDENTIFIED, f"k{i}", number=f"020794600{i:02d}", seconds=i))
    for i in reversed(range(4)):
        router.handle(ev(EventKind.ENDED, f"k{i}", outcome=Outcome.ANSWERED, duration=i + 1))
    for i, cid in enumerate(ids):
        [act] = activities.list_for_contact(ctx, cid)
        assert act.duration_s == i + 1


def test_a_broken_listener_does_not_stop_logging(ctx) -> None:  # type: ignore[no-untyped-def]
    cid = person(ctx, "John", "Smith", phone="020 7946 0018")

    def broken(_r: RoutedCall) -> None:
        raise RuntimeError("pop-up crashed")

    router = CallRouter(ctx, on_routed=broken)
    call(router, "x1", "02079460018")
    assert len(activities.list_for_contact(ctx, cid)) == 1


def test_the_number_moves_with_an_edit_too(ctx) -> None:  # type: ignore[no-untyped-def]
    router = CallRouter(ctx)
    call(router, "e1", "+1 207 946 0018")
    cid = person(ctx, "Jim", "Smyth")
    data = contacts.as_input(ctx, cid)
    data.phones = [PhoneInput("+1 (207) 946-0018")]
    contacts.update_contact(ctx, cid, data)
    assert len(activities.list_for_contact(ctx, cid)) == 1


def test_the_pop_up_summary_of_a_caller(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.activities import by_contact as contact_activities
    from app.services.calls.queries import caller_summary
    from app.services.contacts import links
    from tests.actors import acting
    from tests.unit.helpers import company

    cid = person(ctx, "John", "Smith", phone="020 7946 0018", contact_type="customer")
    links.link_company(ctx, cid, company(ctx, "Hope Works"))
    contact_activities.add_task(ctx, cid, "Send quote", due_at=T0 + timedelta(days=2))
    contact_activities.add_task(ctx, cid, "Call back", due_at=T0 + timedelta(days=1))
    contact_activities.add_note(acting(ctx.db, "bob"), cid, "bob's secret", private=True)
    contact_activities.add_note(ctx, cid, "Likes mornings")
    summary = caller_summary(ctx, cid)
    assert (summary.name, summary.company, summary.contact_type) == ("John Smith", "Hope Works",
                                                                     "customer")
    assert summary.open_todos == ("Call back", "Send quote") and summary.open_todo_count == 2
    assert len(summary.last_activities) == 3
    assert all("secret" not in subject for _w, _k, subject in summary.last_activities)


def test_calls_list_shows_matched_and_buffered(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.calls.queries import list_calls

    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    router = CallRouter(ctx)
    call(router, "k1", "02079460018")
    call(router, "k2", "0161 496 0000", Outcome.MISSED)
    call(router, "k3", "", withheld=Withheld.ANONYMOUS)
    everything = list_calls(ctx)
    assert sorted(c.where for c in everything) == ["buffer", "contact", "withheld"]
    assert next(c for c in everything if c.where == "contact").contact_id == cid
    assert sorted(c.where for c in list_calls(ctx, unmatched_only=True)) == ["buffer", "withheld"]
    json.dumps([c.as_json() for c in everything])


def test_a_call_that_moves_while_ringing_still_gets_its_outcome(ctx) -> None:  # type: ignore[no-untyped-def]
    router = CallRouter(ctx)
    router.handle(ev(EventKind.IDENTIFIED, "r1", number="0161 496 0000"))
    cid = person(ctx, "Pat", "Kaur", phone="0161 496 0000")  # created during the call
    router.handle(ev(EventKind.ENDED, "r1", outcome=Outcome.ANSWERED, duration=64))
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.outcome, act.duration_s) == ("answered", 64)


def test_outbound_calls_are_logged_like_inbound_ones(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services.calls.queries import set_outcome

    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    router = CallRouter(ctx)
    router.handle(CallEvent(EventKind.IDENTIFIED, "o1", "modem", "l", T0,
                            caller=CallerId("02079460018"), direction="out"))
    router.handle(CallEvent(EventKind.ENDED, "o1", "modem", "l", T0, outcome=Outcome.ANSWERED,
                            duration_s=12, direction="out"))
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.direction, act.outcome, act.subject) == ("out", "answered", "Call to John Smith")
    set_outcome(ctx, "o1", "voicemail")
    assert activities.list_for_contact(ctx, cid)[0].outcome == "voicemail"
    with pytest.raises(Exception, match="Outcome is one of"):
        set_outcome(ctx, "o1", "great")


def _rows(ctx, table, **where):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    skip = {"id", "created_at", "updated_at", "call_key", "at"}
    with ctx.read() as s:
        q = select(table).where(*(table.c[k] == v for k, v in where.items())).order_by(table.c.id)
        return [{k: v for k, v in r._mapping.items() if k not in skip} for r in s.execute(q)]


def test_the_fast_call_path_writes_what_the_services_write(ctx) -> None:  # type: ignore[no-untyped-def]
    """The router writes with Core (call_log) for speed; its rows and audit
    entries must be the ones activities.add_in / buffer_event would write."""
    from app.models import Activity, AuditEntry, BufferedEvent

    cid = person(ctx, "John", "Smith", phone="020 7946 0018")
    router = CallRouter(ctx)
    call(router, "fast", "+442079460018", name="SMITH J")
    call(router, "fast-unknown", "+442079460999", name="NOBODY")
    with ctx.write() as s:  # the same two calls through the ORM services
        aid = activities.add_in(s, activities.ActivityInput(
            kind="call", contact_id=cid, occurred_at=T0, status="done", direction="in",
            subject="Call from John Smith", body="Caller ID said: SMITH J",
            number="+442079460018", outcome="ringing", source="sip",
            call_key="orm"), owner_id=ctx.actor.id)
        s.get(Activity, aid).outcome, s.get(Activity, aid).duration_s = "answered", 42
        bid = activities.buffer_event(s, activities.EventInput(
            kind="call", number="+442079460999", occurred_at=T0, direction="in",
            caller_name="NOBODY", subject="Call from NOBODY", outcome="ringing", source="sip",
            call_key="orm-unknown"))
        s.get(BufferedEvent, bid).outcome, s.get(BufferedEvent, bid).duration_s = "answered", 42
    fast, orm = _rows(ctx, Activity.__table__, contact_id=cid)
    assert fast == orm
    fast_b, orm_b = _rows(ctx, BufferedEvent.__table__)
    assert fast_b == orm_b
    audit = _rows(ctx, AuditEntry.__table__, entity="activity")
    by_record = {}
    for row in audit:
        by_record.setdefault(row.pop("entity_id"), []).append(row)
    first, second = by_record.values()
    assert first == second and [r["action"] for r in first] == ["create", "update", "update"]


def test_an_overlong_identity_from_the_network_is_logged_cut_to_fit(ctx) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL refuses a value longer than its column; a garbage caller name
    or number must still give a logged call, not a lost one."""
    from app.services.calls.queries import list_calls

    router = CallRouter(ctx)
    [first, end] = call(router, "x" * 400, "9" * 80, name="N" * 500)
    assert (first.where, end.outcome) == ("buffer", "answered")
    [logged] = list_calls(ctx, unmatched_only=True)
    assert logged.name == "N" * 200 and logged.outcome == "answered"


def test_a_matched_call_is_logged_under_the_contacts_name_with_what_caller_id_said(ctx) -> None:  # type: ignore[no-untyped-def]
    """The network's caller-ID name is often a line's registration (a parent
    company, a switchboard): the record names the contact it matched."""
    from tests.unit.helpers import company

    cid = company(ctx, "Little Eastern Ltd", phones=[PhoneInput("020 7946 0321")])
    router = CallRouter(ctx)
    routed = router.handle(ev(EventKind.IDENTIFIED, "le", number="+442079460321",
                              name="ESSEN GMBH"))
    assert routed is not None and routed.name == "ESSEN GMBH"  # shown as such
    [act] = activities.list_for_contact(ctx, cid)
    assert (act.subject, act.body) == ("Call from Little Eastern Ltd",
                                       "Caller ID said: ESSEN GMBH")
