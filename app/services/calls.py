"""Routing of telephony events: every call is logged, first, in one transaction.

- one contact has the number -> a call activity on it (Activity History, Call Log)
- several contacts have it   -> the Big Data buffer, with its candidates, until
                                someone chooses (``activities.move_buffered``)
- nobody has it              -> the Big Data buffer, until a contact gets the
                                number (``activities.claim_buffered``)
- withheld                   -> the buffer's withheld bucket
An office option makes each unknown caller a new Lead at once (reference 002).

A call is written when it is identified (or, with no caller ID at all, when it
ends); its outcome and duration are added when it ends, found by its call key.
If the database is busy or down, events wait in memory, in order, and are
written when it answers again: a call is never lost to a locked database.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app.models import Activity, ActivityKind, ActivityStatus, BufferedEvent, ContactType
from app.services import call_log, contacts, office_settings, phone_lookup, phones
from app.services.context import AppContext
from app.services.dto import ContactInput, PhoneInput
from app.services.users import ensure_user
from app.services.validation import ValidationError
from app.telephony.callerid import CallerId, CallEvent, EventKind, Withheld

log = logging.getLogger(__name__)

MAX_BACKLOG = 10_000  # events kept in memory while the database is away
OFFICE_TTL_S = 5.0  # office settings the router caches between calls


@dataclass(frozen=True)
class RoutedCall:
    """What happened to one event: one JSON line of ``ringcard calls listen``."""

    event: str  # ring / identified / ended
    call_key: str
    source: str
    line: str
    at: datetime
    direction: str
    number: str  # as received
    normalized: str | None  # E.164 when it parses
    name: str
    withheld: str  # "" or the reason
    where: str  # "activity", "ambiguous", "buffer", "withheld", "pending" (not written yet)
    contact_ids: tuple[int, ...] = ()
    record_id: int | None = None
    outcome: str | None = None
    duration_s: int | None = None
    display: str = ""  # the number as this office writes it (national at home)

    def as_json(self) -> dict[str, object]:
        # a flat copy (asdict deep-copies: a tenth of a millisecond on the ring path)
        data = {f.name: getattr(self, f.name) for f in _ROUTED_FIELDS}
        data["at"] = self.at.isoformat()
        data["contact_ids"] = list(self.contact_ids)
        return data


_ROUTED_FIELDS = dataclasses.fields(RoutedCall)


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


@dataclass
class CallRouter:
    """Feeds events to the database in arrival order. Thread-safe: sources call
    ``handle`` from their own threads; ``on_routed`` is called after each commit."""

    ctx: AppContext
    on_routed: Callable[[RoutedCall], None] | None = None
    _open: dict[str, _Open] = field(default_factory=dict)
    _backlog: deque[CallEvent] = field(default_factory=deque)
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _office_cache: tuple[float, tuple[str, int, bool]] | None = None
    _owner_id: int | None = None
    _write_engine: Engine | None = None

    @property
    def backlog(self) -> int:
        return len(self._backlog)

    def handle(self, event: CallEvent) -> RoutedCall | None:
        """Route one event; returns what was done (None when it had to wait)."""
        with self._lock:
            if self._backlog:  # keep the order: older events first
                self._backlog.append(event)
                self.flush()
                return None
            return self._try(event)

    def flush(self) -> int:
        """Write waiting events; returns how many went in. Call it on a timer."""
        done = 0
        with self._lock:
            while self._backlog:
                event = self._backlog[0]
                if self._write(event) is None and self._backlog and self._backlog[0] is event:
                    return done  # still away
                self._backlog.popleft()
                done += 1
        return done

    def _try(self, event: CallEvent) -> RoutedCall | None:
        routed = self._write(event)
        if routed is None:
            if len(self._backlog) >= MAX_BACKLOG:
                log.error("call backlog full: dropping the oldest waiting event")
                self._backlog.popleft()
            self._backlog.append(event)
        return routed

    def _write(self, event: CallEvent) -> RoutedCall | None:
        # work on a copy of the call's state: it replaces the old one only once
        # the transaction committed, so a retry after a failure starts clean
        old = self._open.get(event.call_key)
        state = dataclasses.replace(old) if old is not None else _Open(event)
        try:
            if self._writes(state, event):
                with self._engine().begin() as conn:
                    routed = self._route(conn, state, event)
            else:  # a ring before the caller is known: nothing to write, no lock to take
                routed = self._route(None, state, event)
        except (OperationalError, DBAPIError) as exc:
            log.warning("database unavailable, call event %s %s waits: %s",
                        event.kind, event.call_key, exc.__class__.__name__)
            return None
        except Exception:  # a bug must not stop the source; the event stays in the log
            log.exception("could not route call event %r", event)
            self._open.pop(event.call_key, None)
            return RoutedCall(str(event.kind), event.call_key, event.source, event.line,
                              event.at, event.direction, "", None, "", "", "error")
        if event.kind == EventKind.ENDED:
            self._open.pop(event.call_key, None)
        else:
            self._open[event.call_key] = state
        if self.on_routed is not None:
            try:
                self.on_routed(routed)
            except Exception:  # a broken listener must not stop the logging
                log.exception("call listener failed")
        return routed

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
        return session

    def _route(self, conn: Connection | None, state: _Open, event: CallEvent) -> RoutedCall:
        """Write what ``event`` adds (``conn`` is None only when ``_writes`` said it adds
        nothing) and describe it."""
        if conn is not None:
            if event.caller is not None and state.caller is None:
                state.caller = event.caller
                self._log_call(conn, state, event)
            elif event.kind == EventKind.ENDED and state.where == "pending":
                # never identified (no caller ID on the line): still a call to keep
                state.caller = CallerId("", withheld=Withheld.UNAVAILABLE)
                self._log_call(conn, state, event)
            if event.kind == EventKind.ENDED:
                outcome = str(event.outcome) if event.outcome else "missed"
                if not call_log.close(conn, event.call_key, outcome, event.duration_s,
                                      self.ctx.user):
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
        withheld = caller.withheld != Withheld.NO or not caller.number.strip()
        region, digits, leads = self._office(conn)
        match = None if withheld else phone_lookup.lookup(conn, caller.number, region=region,
                                                         match_digits=digits)
        number = match.number if match else None
        state.normalized = number.e164 if number else None
        state.display = (phones.format_display(state.normalized, caller.number, region)
                         if caller.number else "")
        ids = match.contact_ids if match else ()
        if not ids and not withheld and leads:
            with self._session(conn) as s:
                lead = _new_lead(s, caller, self.ctx.user)
                s.commit()  # the savepoint; the call's transaction commits below
            ids = (lead,) if lead is not None else ()
        state.contact_ids = ids
        incoming = first.direction == "in"
        label = caller.name or caller.number or "a withheld number"
        row = call_log.CallRow(
            call_key=event.call_key, occurred_at=first.at, direction=first.direction,
            number=caller.number, e164=state.normalized, caller_name=caller.name,
            subject=f"Call from {label}" if incoming else f"Call to {label}",
            body=caller.message, source=first.source)
        if len(ids) == 1:
            state.where = "activity"
            state.record_id = call_log.add_activity(conn, row, ids[0], self._owner(conn),
                                                    self.ctx.user)
            return
        state.where = "withheld" if withheld else ("ambiguous" if ids else "buffer")
        state.record_id = call_log.add_buffered(conn, row, number.digits_rev if number else "",
                                                withheld=withheld, candidates=ids)

    def _owner(self, conn: Connection) -> int:
        """The desk user's id (created on first use), kept for the router's life."""
        if self._owner_id is None:
            with self._session(conn) as s:
                self._owner_id = ensure_user(s, self.ctx.user).id
                s.commit()
        return self._owner_id

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


def _new_lead(s: Session, caller: CallerId, user: str) -> int | None:
    """The office option: an unknown caller becomes a Lead with that number
    (None when the number is not one a contact can keep, e.g. "**21#")."""
    words = caller.name.strip().split()
    first, last = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", caller.name.strip())
    data = ContactInput(kind="person", contact_type=ContactType.LEAD, first_name=first,
                        last_name=last or caller.number.strip(),
                        assigned_rep_id=ensure_user(s, user).id,
                        phones=[PhoneInput(caller.number)])
    try:
        with s.begin_nested():  # a refused lead must not undo the call's logging
            return contacts.create_in(s, data)
    except ValidationError as exc:
        log.info("no lead for %r: %s", caller.number, exc)
        return None


# --- what the pop-up and `calls list` show ----------------------------------------

@dataclass(frozen=True)
class CallerSummary:
    """The pop-up's view of a recognised caller."""

    contact_id: int
    name: str
    company: str
    contact_type: str
    rating: str
    call_contact: bool
    open_todos: tuple[str, ...]  # subjects, nearest due first (at most 5)
    open_todo_count: int
    last_activities: tuple[tuple[datetime, str, str], ...]  # (when, kind, subject), newest first


def caller_summary(ctx: AppContext, contact_id: int) -> CallerSummary:
    from sqlalchemy import func

    from app.models import User

    detail = contacts.get(ctx, contact_id)
    company = next((lk.company_name for lk in detail.links if lk.person_id == contact_id), "")
    with ctx.read() as s:
        me = s.scalar(select(User.id).where(User.username == ctx.user))
        visible = (Activity.private.is_(False)) | (Activity.owner_id == me)
        todo_filter = (Activity.contact_id == contact_id, Activity.status == ActivityStatus.OPEN,
                       Activity.kind.in_([ActivityKind.TASK, ActivityKind.MEETING_APPOINTMENT,
                                          ActivityKind.TICKET]), visible)
        todos = s.scalars(select(Activity.subject).where(*todo_filter)
                          .order_by(Activity.due_at.is_(None), Activity.due_at).limit(5)).all()
        count = s.scalar(select(func.count()).select_from(Activity).where(*todo_filter)) or 0
        last = s.execute(select(Activity.occurred_at, Activity.kind, Activity.subject)
                         .where(Activity.contact_id == contact_id, visible)
                         .order_by(Activity.occurred_at.desc(), Activity.id.desc())
                         .limit(3)).all()
    return CallerSummary(contact_id, detail.display_name, company, detail.contact_type,
                         detail.rating or "", detail.call_contact, tuple(todos), int(count),
                         tuple((when, kind, subject) for when, kind, subject in last))


@dataclass(frozen=True)
class LoggedCall:
    """One line of `ringcard calls list`."""

    id: int
    at: datetime
    direction: str | None
    number: str
    name: str
    outcome: str
    duration_s: int | None
    where: str  # "contact" or the buffer bucket: "buffer", "ambiguous", "withheld"
    contact_id: int | None
    source: str

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        return data


def list_calls(ctx: AppContext, *, unmatched_only: bool = False,
               limit: int = 100) -> list[LoggedCall]:
    """The newest calls, matched and buffered together (or only the buffer)."""
    from app.models import Contact

    with ctx.read() as s:
        out = [LoggedCall(e.id, e.occurred_at, e.direction, e.number_raw, e.caller_name,
                          e.outcome, e.duration_s,
                          "withheld" if e.withheld else ("ambiguous" if e.candidates else "buffer"),
                          None, e.source)
               for e in s.scalars(select(BufferedEvent)
                                  .where(BufferedEvent.kind == ActivityKind.CALL)
                                  .order_by(BufferedEvent.occurred_at.desc()).limit(limit))]
        if not unmatched_only:
            rows = s.execute(select(Activity, Contact)
                             .join(Contact, Contact.id == Activity.contact_id)
                             .where(Activity.kind == ActivityKind.CALL)
                             .order_by(Activity.occurred_at.desc()).limit(limit))
            out += [LoggedCall(a.id, a.occurred_at, a.direction, a.number_raw, c.display_name,
                               a.outcome, a.duration_s, "contact", c.id, a.source)
                    for a, c in rows]
    out.sort(key=lambda c: c.at, reverse=True)
    return out[:limit]


def set_outcome(ctx: AppContext, call_key: str, outcome: str) -> None:
    """The end-of-call prompt's correction of a logged call's outcome."""
    from app.services.contact_activities import CALL_OUTCOMES
    from app.services.context import NotFound, ServiceError

    allowed = (*CALL_OUTCOMES, "rejected")
    if outcome not in allowed:
        raise ServiceError(f"Outcome is one of: {', '.join(allowed)}")
    with ctx.write() as s:
        target = (s.scalar(select(Activity).where(Activity.call_key == call_key))
                  or s.scalar(select(BufferedEvent).where(BufferedEvent.call_key == call_key)))
        if target is None:
            raise NotFound("That call is no longer in the log")
        target.outcome = outcome
