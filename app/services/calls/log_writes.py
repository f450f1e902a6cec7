"""The call path's writes, at SQLAlchemy Core level (the look-up is
``phone_lookup.lookup`` on the same connection).

A ringing phone is the one place where milliseconds matter: the ORM's unit of
work (identity map, flush, attribute history, the audit hook) cost the router
about 2 ms a call. These statements do the same work - look the number up,
write the call to the contact or to the buffer with its audit row, add the
outcome when the call ends - as a handful of compiled statements on one
connection, inside the caller's transaction. Everything else (contacts, the
card, manual activities) goes through the ORM services as before.

What the rows hold is what ``activities.add_in`` / ``activities.buffer_event``
would write; a test checks both paths give the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, insert, literal, select, update

from app.models import (
    Activity,
    AuditEntry,
    BufferedCandidate,
    BufferedEvent,
    Contact,
    ContactPhone,
    utcnow,
)

_ACT = cast(Table, Activity.__table__)
_BUF = cast(Table, BufferedEvent.__table__)
_CAND = cast(Table, BufferedCandidate.__table__)
_CONTACTS = cast(Table, Contact.__table__)
_PHONES = cast(Table, ContactPhone.__table__)
_AUDIT = cast(Table, AuditEntry.__table__)

_ACT_BY_KEY = select(_ACT.c.id, _ACT.c.contact_id, _ACT.c.outcome, _ACT.c.duration_s,
                     _ACT.c.body).where(
    _ACT.c.call_key == bindparam("key"))
_BUF_BY_KEY = select(_BUF.c.id, _BUF.c.body).where(_BUF.c.call_key == bindparam("key"))


def _cut(text: str, column: Any) -> str:
    """Network input is cut to the column's width (PostgreSQL refuses longer)."""
    length = getattr(column.type, "length", None)
    return text[:length] if length else text


@dataclass(frozen=True, slots=True)
class CallRow:
    """What a call activity or buffered call is written with."""

    call_key: str
    occurred_at: datetime
    direction: str
    number: str
    e164: str | None
    caller_name: str
    subject: str
    body: str
    source: str
    outcome: str = "ringing"
    kind: str = "call"  # the channel's activity kind (call, sms, fax, live_chat)


def add_activity(conn: Connection, call: CallRow, contact_id: int, owner_id: int | None,
                 user: str) -> int:
    """A call activity on the contact, with its audit row ("create")."""
    subject = _cut(call.subject, _ACT.c.subject)
    now = utcnow()
    new_id = conn.execute(insert(_ACT), {
        "kind": call.kind, "contact_id": contact_id, "company_id": None,
        "occurred_at": call.occurred_at, "due_at": None, "status": "done",
        "direction": call.direction, "subject": subject, "body": call.body, "private": False,
        "number_raw": _cut(call.number, _ACT.c.number_raw), "number_e164": call.e164,
        "duration_s": None, "outcome": call.outcome, "source": _cut(call.source, _ACT.c.source),
        "owner_id": owner_id, "call_key": _cut(call.call_key, _ACT.c.call_key),
        "created_at": now, "updated_at": now,
    }).inserted_primary_key[0]  # type: ignore[index]
    conn.execute(insert(_AUDIT), {
        "at": now, "user": user, "action": "create", "entity": "activity", "entity_id": new_id,
        "contact_id": contact_id, "field": "", "old": None,
        "new": f"{call.kind}: {subject}".rstrip(": "),
    })
    return int(new_id)


def add_buffered(conn: Connection, call: CallRow, digits_rev: str, *, withheld: bool,
                 candidates: tuple[int, ...] = ()) -> int:
    """A call in the Big Data buffer (unknown, ambiguous or withheld caller); an
    ambiguous call's ``candidates`` (contact ids) as its candidate rows."""
    new_id = int(conn.execute(insert(_BUF), {
        "kind": call.kind, "occurred_at": call.occurred_at, "direction": call.direction,
        "number_raw": _cut(call.number, _BUF.c.number_raw), "number_e164": call.e164,
        "digits_rev": _cut(digits_rev, _BUF.c.digits_rev),
        "caller_name": _cut(call.caller_name, _BUF.c.caller_name), "withheld": withheld,
        "subject": _cut(call.subject, _BUF.c.subject), "body": call.body, "duration_s": None,
        "outcome": call.outcome, "source": _cut(call.source, _BUF.c.source), "owner_id": None,
        "call_key": _cut(call.call_key, _BUF.c.call_key), "address": "",
    }).inserted_primary_key[0])  # type: ignore[index]
    if candidates:
        add_candidates(conn, new_id, candidates)
    return new_id


def add_candidates(conn: Connection, event_id: int, contact_ids: tuple[int, ...]) -> None:
    """The candidate rows of a buffered event, in one statement; an id whose contact
    is gone by now (deleted since the look-up) is skipped, not an error."""
    conn.execute(insert(_CAND).from_select(
        ["event_id", "contact_id"],
        select(literal(event_id, _CAND.c.event_id.type), _CONTACTS.c.id).where(
            _CONTACTS.c.id.in_(sorted(set(contact_ids))))))


def _noted(body: str, note: str) -> str:
    """A record's text with a note of Ringcard's own added on a line of its own."""
    return f"{body}\n{note}".strip()


def close(conn: Connection, call_key: str, outcome: str, duration_s: int | None,
          user: str, note: str = "") -> bool:
    """The outcome and duration of an ended call, wherever it was written
    (audited on an activity as the ORM would: one row per changed field).
    False when the call is no longer found (claimed and moved meanwhile)."""
    key = _cut(call_key, _ACT.c.call_key)
    row = conn.execute(_ACT_BY_KEY, {"key": key}).first()
    if row is not None:
        now = utcnow()
        extra = {"body": _noted(row.body, note)} if note and note not in row.body else {}
        conn.execute(update(_ACT).where(_ACT.c.id == row.id).values(
            outcome=outcome, duration_s=duration_s, updated_at=now,
            version=_ACT.c.version + 1, **extra))  # an open edit dialog must notice
        changes = [(f, str(old) if old is not None else None, str(new) if new is not None else None)
                   for f, old, new in (("duration_s", row.duration_s, duration_s),  # column order
                                       ("outcome", row.outcome, outcome))]
        audit = [{"at": now, "user": user, "action": "update", "entity": "activity",
                  "entity_id": row.id, "contact_id": row.contact_id, "field": f, "old": old,
                  "new": new} for f, old, new in changes if old != new]
        if audit:
            conn.execute(insert(_AUDIT), audit)
        return True
    found = conn.execute(_BUF_BY_KEY, {"key": key}).first()
    if found is None:
        return False
    extra = {"body": _noted(found.body, note)} if note and note not in found.body else {}
    conn.execute(update(_BUF).where(_BUF.c.id == found.id).values(outcome=outcome,
                                                                  duration_s=duration_s, **extra))
    return True


@dataclass(frozen=True, slots=True)
class Found:
    """A call already written under its key (a replayed event finds it)."""

    id: int
    where: str  # "activity", or the buffer's bucket
    contact_ids: tuple[int, ...]
    number: str
    e164: str | None
    occurred_at: datetime


_ACT_FOUND = select(_ACT.c.id, _ACT.c.contact_id, _ACT.c.number_raw, _ACT.c.number_e164,
                    _ACT.c.occurred_at).where(
    _ACT.c.call_key == bindparam("key")).order_by(_ACT.c.occurred_at.desc()).limit(1)
# the buffered record with its candidates: one row per candidate (one with None if none)
_BUF_FOUND = (select(_BUF.c.id, _BUF.c.withheld, _CAND.c.contact_id, _BUF.c.number_raw,
                     _BUF.c.number_e164, _BUF.c.occurred_at)
              .select_from(_BUF.outerjoin(_CAND, _CAND.c.event_id == _BUF.c.id))
              .where(_BUF.c.call_key == bindparam("key"))
              .order_by(_BUF.c.id.desc(), _CAND.c.contact_id))
_NAME = select(_CONTACTS.c.kind, _CONTACTS.c.first_name, _CONTACTS.c.last_name,
               _CONTACTS.c.company_name).where(_CONTACTS.c.id == bindparam("id"))


def find(conn: Connection, call_key: str) -> Found | None:
    """The record a call was written as, by its key (None: not written yet)."""
    key = _cut(call_key, _ACT.c.call_key)
    row = conn.execute(_ACT_FOUND, {"key": key}).first()
    if row is not None:
        return Found(row.id, "activity", (row.contact_id,) if row.contact_id else (),
                     row.number_raw, row.number_e164, row.occurred_at)
    rows = conn.execute(_BUF_FOUND, {"key": key}).all()
    if not rows:
        return None
    buf = rows[0]
    ids = tuple(r.contact_id for r in rows if r.id == buf.id and r.contact_id is not None)
    where = "withheld" if buf.withheld else ("ambiguous" if ids else "buffer")
    return Found(buf.id, where, ids, buf.number_raw, buf.number_e164, buf.occurred_at)


def contact_name(conn: Connection, contact_id: int) -> str:
    """A contact's display name (as ``Contact.display_name``) by one primary-key read."""
    row = conn.execute(_NAME, {"id": contact_id}).first()
    if row is None:
        return ""
    if row.kind == "company":
        return str(row.company_name)
    return " ".join(p for p in (row.first_name, row.last_name) if p)


def reconcile_stale(conn: Connection, before: datetime, user: str, note: str) -> int:
    """Calls still "ringing" that began before ``before`` (their process died):
    outcome "unknown", with ``note`` added to the record. Returns how many."""
    now = utcnow()
    rows = conn.execute(select(_ACT.c.id, _ACT.c.contact_id, _ACT.c.body).where(
        _ACT.c.outcome == "ringing", _ACT.c.occurred_at < before)).all()
    for row in rows:
        conn.execute(update(_ACT).where(_ACT.c.id == row.id).values(
            outcome="unknown", body=_noted(row.body, note), updated_at=now, version=_ACT.c.version + 1))
        conn.execute(insert(_AUDIT), {
            "at": now, "user": user, "action": "update", "entity": "activity",
            "entity_id": row.id, "contact_id": row.contact_id, "field": "outcome",
            "old": "ringing", "new": "unknown"})
    buffered = conn.execute(update(_BUF).where(
        _BUF.c.outcome == "ringing", _BUF.c.occurred_at < before).values(outcome="unknown"))
    return len(rows) + (buffered.rowcount or 0)
