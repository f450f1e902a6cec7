"""Writing inbound calls to the database: each call once, in its right place.

- one contact has the number -> a call activity on it (Activity History, Call Log)
- several contacts have it   -> the Big Data buffer, with its candidates, until
                                someone chooses (``activities.move_buffered``)
- nobody has it              -> the Big Data buffer, until a contact gets the
                                number (``activities.claim_buffered``)
- withheld                   -> the buffer's withheld bucket
An office option makes each unknown caller a new Lead at once (reference 002).

A call is written when it is identified (or, with no caller ID at all, when it
ends); its outcome and duration are added when it ends, found by its call key.
Writing is idempotent by call key: an event replayed from the journal after a
crash finds its record and adds nothing twice.

Only the pipeline's one writer thread calls :meth:`CallRouter.write`. It raises
:class:`DatabaseAway` when the database cannot be reached or is locked (the
event is retried, in order); a record the database refuses for its content is
cleaned, then cut down to a minimal call, and never holds up the next one.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from app.inbound_event import CallerId, CallEvent, EventKind, Outcome, Withheld
from app.models import ContactType
from app.services import changes
from app.services.calls import log_writes as call_log
from app.services.contacts import core as contacts
from app.services.context import AppContext
from app.services.dto import ContactInput, PhoneInput
from app.services.inbound import matching
from app.services.office import settings as office_settings
from app.services.validation import ValidationError

log = logging.getLogger(__name__)

OFFICE_TTL_S = 5.0  # office settings the router caches between calls
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # NUL and control characters (not \t \n)
MAX_TEXT = 2000  # a network text field is never longer than this in a record
RESUME_WINDOW = timedelta(hours=12)  # a replayed event is this close to its record


class DatabaseAway(Exception):
    """The database cannot take the write now (down, unreachable, locked)."""


def is_away(exc: BaseException) -> bool:
    """A lost connection or a lock (retry later), not a record the database refuses."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError | InterfaceError)


@dataclass(frozen=True)
class RoutedCall:
    """What happened to one event: one JSON line of ``ringcard calls listen``.

    ``stage`` is "announced" (at once, from the event and a read-only look-up:
    ``where`` is where the call will go) or "written" (its record is committed).
    """

    event: str  # ring / identified / ended
    call_key: str
    source: str
    line: str
    at: datetime
    direction: str
    number: str  # as received
    normalized: str | None  # E.164 when it parses
    name: str  # the caller-ID name from the network
    withheld: str  # "" or the reason
    where: str  # "activity", "ambiguous", "buffer", "withheld", "pending", "error"
    contact_ids: tuple[int, ...] = ()
    record_id: int | None = None
    outcome: str | None = None
    duration_s: int | None = None
    display: str = ""  # the number as this office writes it (national at home)
    stage: str = "written"

    def as_json(self) -> dict[str, object]:
        # a flat copy (asdict deep-copies: a tenth of a millisecond on the ring path)
        data = {f.name: getattr(self, f.name) for f in _ROUTED_FIELDS}
        data["at"] = self.at.isoformat()
        data["contact_ids"] = list(self.contact_ids)
        return data


_ROUTED_FIELDS = dataclasses.fields(RoutedCall)


def tell(listener: Callable[[RoutedCall], None] | None, routed: RoutedCall) -> None:
    """Hand ``routed`` to a listener; a broken one must not stop the calls' path."""
    if listener is not None:
        try:
            listener(routed)
        except Exception:
            log.exception("call listener failed")


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """Network text as a record may hold it: no NUL or control characters, no
    lone surrogates (undecodable bytes), at most ``limit`` characters."""
    text = _CONTROL.sub("", text[: limit * 2])
    return text.encode("utf-8", "replace").decode("utf-8")[:limit]


def clean_event(event: CallEvent) -> CallEvent:
    caller = event.caller
    if caller is not None:
        caller = CallerId(clean_text(caller.number, 60), clean_text(caller.name, 200),
                          caller.withheld, clean_text(caller.message),
                          clean_text(caller.address, 254))
    return dataclasses.replace(event, caller=caller, call_key=clean_text(event.call_key, 160),
                               line=clean_text(event.line, 200), source=clean_text(event.source, 40))


def minimal_event(event: CallEvent) -> CallEvent:
    """What is left of a call when its record was refused: the digits and the time."""
    digits = re.sub(r"[^0-9+*#]", "", event.caller.number if event.caller else "")[:30]
    address = re.sub(r"[^!-~]", "", event.caller.address if event.caller else "")[:254]
    caller = CallerId(digits, withheld=Withheld.NO if digits or address else Withheld.UNAVAILABLE,
                      message="The caller's details could not be stored; see the log",
                      address=address)
    key = re.sub(r"[^ -~]", "", event.call_key)[:160] or f"refused:{event.at.timestamp()}"
    return dataclasses.replace(event, caller=caller, call_key=key, line=event.line[:40],
                               source=re.sub(r"[^a-z]", "", event.source)[:10] or "unknown")


@dataclass
class _Open:
    """A call between its first event and its end (in memory)."""

    event: CallEvent
    caller: CallerId | None = None
    where: str = "pending"
    record_id: int | None = None
    contact_ids: tuple[int, ...] = ()
    normalized: str | None = None
    display: str = ""  # worked out once, when the call is logged
    resumed: bool = False  # looked for a record of this key written before (a replay)
    new_lead: bool = False  # the call made its caller a lead: said once its transaction commits


@dataclass
class CallRouter:
    """Writes call events. Not thread-safe: one writer thread calls ``write``."""

    ctx: AppContext
    on_routed: Callable[[RoutedCall], None] | None = None
    _open: dict[str, _Open] = field(default_factory=dict)
    _office_cache: tuple[float, tuple[str, int, bool]] | None = None
    _write_engine: Engine | None = None

    def handle(self, event: CallEvent) -> RoutedCall | None:
        """Write one event now and tell ``on_routed``; None when the database is away
        (the caller keeps the event and tries again: the pipeline does that)."""
        try:
            routed = self.write(clean_event(event))
        except DatabaseAway as exc:
            log.warning("database unavailable, call event %s %s waits: %s",
                        event.kind, event.call_key, exc)
            return None
        self.announce(routed)
        return routed

    def announce(self, routed: RoutedCall) -> None:
        tell(self.on_routed, routed)

    def write(self, event: CallEvent) -> RoutedCall:
        """Write what ``event`` adds; raises DatabaseAway, or the database's refusal."""
        # work on a copy of the call's state: it replaces the old one only once
        # the transaction committed, so a retry after a failure starts clean
        old = self._open.get(event.call_key)
        state = dataclasses.replace(old) if old is not None else _Open(event)
        wrote = False
        try:
            if self._writes(state, event):
                with self._engine().begin() as conn:
                    if not state.resumed:  # the first write of this key: a replay?
                        self._resume(conn, state, event)
                        state.resumed = True
                    routed = self._route(conn, state, event)
                wrote = True
            else:  # a ring before the caller is known: nothing to write, no lock to take
                routed = self._route(None, state, event)
        except DBAPIError as exc:
            if is_away(exc):
                raise DatabaseAway(f"{exc.__class__.__name__}: {exc.orig}") from exc
            raise
        if wrote and routed.record_id is not None:
            kind = changes.Kind.ACTIVITY if routed.where == "activity" else changes.Kind.BUFFER
            changes.announce(kind, (routed.record_id,), routed.contact_ids)
            if state.new_lead:  # written by the call's transaction, committed just now
                state.new_lead = False
                changes.announce(changes.Kind.CONTACT, routed.contact_ids, routed.contact_ids)
        if event.kind == EventKind.ENDED:
            self._open.pop(event.call_key, None)
        else:
            self._open[event.call_key] = state
        return routed

    def forget(self, call_key: str) -> None:
        self._open.pop(call_key, None)

    @staticmethod
    def _writes(state: _Open, event: CallEvent) -> bool:
        return (event.kind == EventKind.ENDED
                or (event.caller is not None and state.caller is None))

    def _engine(self) -> Engine:
        if self._write_engine is None:  # writers take SQLite's lock at BEGIN (IMMEDIATE)
            self._write_engine = self.ctx.db.engine.execution_options(ringcard_write=True)
        return self._write_engine

    # -- inside one transaction -------------------------------------------------
    # The common path is Core (``call_log``): the ORM's unit of work cost ~2 ms a
    # call. An ORM session bound to the same connection is made only for the
    # office settings (every few seconds) and for the new-Lead option.

    def _session(self, conn: Connection) -> Session:
        session = Session(bind=conn, join_transaction_mode="create_savepoint")
        session.info["user"] = self.ctx.user
        session.info["actor"] = self.ctx.actor
        return session

    def _resume(self, conn: Connection, state: _Open, event: CallEvent) -> None:
        """A call this router has not seen: was it written before (a replay after a
        crash, another start)? Then carry on from its record."""
        found = call_log.find(conn, event.call_key)
        # the same call: its record began when its first event did (a replayed end
        # comes later, but not a day later); an old key a source reused is not it
        first = state.event.at
        if found is None or not (first - RESUME_WINDOW <= found.occurred_at <= first
                                 + timedelta(minutes=1)):
            return
        state.caller = event.caller or CallerId(found.number)
        state.where, state.record_id, state.contact_ids = found.where, found.id, found.contact_ids
        state.normalized = found.e164

    def _route(self, conn: Connection | None, state: _Open, event: CallEvent) -> RoutedCall:
        """Write what ``event`` adds (``conn`` is None only when ``_writes`` said it adds
        nothing) and describe it."""
        if conn is not None:
            if event.caller is not None and state.caller is None:
                state.caller = event.caller
                self._log_call(conn, state, event)
            elif event.kind == EventKind.ENDED and state.where == "pending":
                # never identified (no caller ID on the line): still a call to keep
                state.caller = CallerId("", withheld=Withheld.UNAVAILABLE, message=event.raw)
                self._log_call(conn, state, event)
            if event.kind == EventKind.ENDED:
                outcome = str(event.outcome) if event.outcome else "missed"
                note = event.raw if event.outcome in (Outcome.UNKNOWN, Outcome.NOT_WATCHED) else ""
                if not call_log.close(conn, event.call_key, outcome, event.duration_s,
                                      self.ctx.user, note):
                    log.info("call %s ended but its record is gone", event.call_key)
        caller = state.caller or CallerId("")
        return RoutedCall(
            event=str(event.kind), call_key=event.call_key, source=event.source, line=event.line,
            at=event.at, direction=event.direction, number=caller.number,
            normalized=state.normalized, name=caller.name, withheld=str(caller.withheld),
            where=state.where, contact_ids=state.contact_ids, record_id=state.record_id,
            outcome=str(event.outcome) if event.outcome else None, duration_s=event.duration_s,
            display=state.display)

    def _log_call(self, conn: Connection, state: _Open, event: CallEvent) -> None:
        caller = state.caller
        assert caller is not None
        first = state.event
        channel = matching.rules(first.channel)
        withheld = caller.withheld != Withheld.NO or not (caller.number.strip()
                                                          or caller.address.strip())
        region, digits, leads = self._office(conn)
        match = None if withheld else channel.matcher.match(conn, caller, region=region,
                                                            match_digits=digits)
        state.normalized = match.normalized if match else None
        state.display = match.display if match else ""
        ids = match.contact_ids if match else ()
        if not ids and not withheld and leads:
            with self._session(conn) as s:
                lead = _new_lead(s, caller, self.ctx.actor.id)
                s.commit()  # the savepoint; the call's transaction commits below
            ids = (lead,) if lead is not None else ()
            state.new_lead = lead is not None
        state.contact_ids = ids
        row = call_log.CallRow(
            call_key=event.call_key, occurred_at=first.at, direction=first.direction,
            number=caller.number, e164=state.normalized, caller_name=caller.name,
            subject=_subject(channel, first.direction, caller,
                             call_log.contact_name(conn, ids[0]) if len(ids) == 1 else ""),
            body=_body(caller, matched=len(ids) == 1), source=first.source,
            kind=channel.record_kind, outcome=channel.first_outcome)
        if len(ids) == 1:
            state.where = "activity"
            state.record_id = call_log.add_activity(conn, row, ids[0], self.ctx.actor.id,
                                                    self.ctx.user)
            return
        state.where = "withheld" if withheld else ("ambiguous" if ids else "buffer")
        state.record_id = call_log.add_buffered(conn, row, match.claim_key if match else "",
                                                withheld=withheld, candidates=ids)

    def _office(self, conn: Connection) -> tuple[str, int, bool]:
        """Home region, match digits, auto-lead: read at most every few seconds
        (three queries a call add up on the ring-to-pop-up path)."""
        now = time.monotonic()
        if self._office_cache is None or now - self._office_cache[0] > OFFICE_TTL_S:
            with self._session(conn) as s:
                self._office_cache = (now, (
                    office_settings.home_region(s), int(office_settings.get(s, "match_digits")),
                    bool(office_settings.get(s, "unknown_callers_become_leads"))))
        return self._office_cache[1]


def _subject(channel: matching.ChannelRules, direction: str, caller: CallerId,
             contact: str) -> str:
    """A matched call is logged under the contact's name, not what the network said."""
    label = contact or caller.name or caller.number or caller.address or "a withheld number"
    return f"{channel.verb_in if direction == 'in' else channel.verb_out} {label}"


def _body(caller: CallerId, *, matched: bool) -> str:
    lines = [f"Caller ID said: {caller.name}"] if matched and caller.name else []
    if caller.message:
        lines.append(caller.message)
    return "\n".join(lines)


def _new_lead(s: Session, caller: CallerId, rep_id: int) -> int | None:
    """The office option: an unknown caller becomes a Lead with that number
    (None when the number is not one a contact can keep, e.g. "**21#")."""
    words = caller.name.strip().split()
    first, last = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", caller.name.strip())
    data = ContactInput(kind="person", contact_type=ContactType.LEAD, first_name=first,
                        last_name=last or caller.number.strip(),
                        assigned_rep_id=rep_id,
                        phones=[PhoneInput(caller.number)])
    try:
        with s.begin_nested():  # a refused lead must not undo the call's logging
            return contacts.create_in(s, data)
    except ValidationError as exc:
        log.info("no lead for %r: %s", caller.number, exc)
        return None
