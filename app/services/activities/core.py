"""The activity core: add and list activities, and the unmatched "Big Data"
buffer for events whose number or e-mail address matches no single contact yet
(reference 000): unknown, ambiguous (its candidates are rows of
``buffered_event_candidates``) or withheld."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    BufferedCandidate,
    BufferedEvent,
    Contact,
    ContactEmail,
    ContactPhone,
    User,
    utcnow,
)
from app.services import policy
from app.services.calls import log_writes as call_log
from app.services.calls import lookup as phone_lookup
from app.services.contacts import phones
from app.services.context import Actor, AppContext, NotFound, ServiceError
from app.services.office import settings as office_settings

log = logging.getLogger(__name__)

ADDRESS_CANDIDATES = 20  # contacts sharing one e-mail address that an event keeps as candidates


@dataclass
class ActivityInput:
    kind: str
    contact_id: int | None = None
    company_id: int | None = None
    occurred_at: datetime | None = None
    due_at: datetime | None = None
    status: str = ActivityStatus.DONE
    direction: str | None = None
    subject: str = ""
    body: str = ""
    private: bool = False
    number: str = ""
    duration_s: int | None = None
    outcome: str = ""
    source: str = ""
    owner: str | None = None  # username; default: the acting user
    call_key: str | None = None  # telephony: the source's id of the call
    number_e164: str | None = None  # when the caller already normalised ``number``
    address: str = ""  # a mail's or chat's e-mail address


@dataclass(frozen=True, slots=True)
class ActivityView:
    id: int
    kind: str
    contact_id: int | None
    company_id: int | None
    occurred_at: datetime
    due_at: datetime | None
    status: str
    direction: str | None
    subject: str
    body: str
    private: bool
    owner: str | None
    number: str
    duration_s: int | None
    outcome: str
    number_display: str = ""  # a call's number as this office writes it (the call log's)
    editable: bool = False  # the acting user may change it (``policy.may_edit_activity``)
    mine: bool = False  # the acting user owns it (a note: wrote it, so may reword it)


@dataclass(frozen=True, slots=True)
class BufferedView:
    id: int
    kind: str
    occurred_at: datetime
    direction: str | None
    number: str
    e164: str | None
    caller_name: str
    withheld: bool
    subject: str
    outcome: str
    duration_s: int | None
    address: str = ""  # a mail's or chat's sender, lower-cased
    candidates: tuple[int, ...] = ()  # ambiguous: the contacts it may belong to


def _check(data: ActivityInput) -> None:
    if data.kind not in set(ActivityKind):
        raise ServiceError(translate("Activities", "Unknown activity type “{kind}”").format(kind=data.kind))
    if data.status not in set(ActivityStatus):
        raise ServiceError(translate("Activities", "Unknown status “{status}”").format(status=data.status))
    if data.direction not in (None, "in", "out"):
        raise ServiceError(translate("Activities", "Direction is “in” or “out”"))
    if data.duration_s is not None and data.duration_s < 0:
        raise ServiceError(translate("Activities", "A duration cannot be negative"))


def add(ctx: AppContext, data: ActivityInput) -> int:
    _check(data)
    with ctx.write() as s:
        return add_in(s, data, owner_id=ctx.actor.id)


def add_in(s: Session, data: ActivityInput, *, owner_id: int | None) -> int:
    """Add within an open transaction (telephony logs a call with its lookup).
    It is ``data.owner``'s (a user of the office), else ``owner_id``'s (the acting
    user; None: nobody's)."""
    _check(data)
    for cid in (data.contact_id, data.company_id):
        # an id probe, not s.get: loading the whole contact costs the call path milliseconds
        if cid is not None and s.scalar(select(Contact.id).where(Contact.id == cid)) is None:
            raise NotFound(translate("Activities", "Contact {id} does not exist").format(id=cid))
    if data.owner:
        owner_id = s.scalar(select(User.id).where(User.username == data.owner,
                                                  User.active.is_(True)))
        if owner_id is None:
            message = translate("Activities", "There is no active user “{name}”")
            raise ServiceError(message.format(name=data.owner))
    e164 = data.number_e164
    if data.number and e164 is None:
        e164 = phones.normalize(data.number, office_settings.home_region(s), strict=False).e164
    act = Activity(
        kind=data.kind, contact_id=data.contact_id, company_id=data.company_id,
        occurred_at=data.occurred_at or utcnow(), due_at=data.due_at, status=data.status,
        direction=data.direction, subject=data.subject, body=data.body, private=data.private,
        number_raw=data.number, number_e164=e164, duration_s=data.duration_s,
        outcome=data.outcome, source=data.source, owner_id=owner_id, call_key=data.call_key,
        address=data.address,
    )
    s.add(act)
    s.flush()
    return act.id


def list_for_contact(
    ctx: AppContext,
    contact_id: int,
    *,
    kinds: list[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[ActivityView]:
    """Newest first. Private activities of other users are left out."""
    with ctx.read() as s:
        q = (select(Activity, User.username).outerjoin(User, User.id == Activity.owner_id)
             .where(or_(Activity.contact_id == contact_id, Activity.company_id == contact_id))
             .where(policy.visible_activities(ctx.actor)))
        if kinds:
            q = q.where(Activity.kind.in_(kinds))
        if since is not None:
            q = q.where(Activity.occurred_at >= since)
        if until is not None:
            q = q.where(Activity.occurred_at < until)
        q = q.order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit).offset(offset)
        return [view_of(a, owner, ctx.actor) for a, owner in s.execute(q)]


def view_of(a: Activity, owner: str | None, actor: Actor) -> ActivityView:
    """The activity as ``actor`` sees it, with what they may do to it (``policy``)."""
    return ActivityView(a.id, a.kind, a.contact_id, a.company_id, a.occurred_at, a.due_at,
                        a.status, a.direction, a.subject, a.body, a.private, owner,
                        a.number_raw, a.duration_s, a.outcome,
                        editable=policy.may_edit_activity(actor, a.owner_id, a.private),
                        mine=a.owner_id == actor.id)


# --- the unmatched buffer ("Big Data") -----------------------------------

@dataclass
class EventInput:
    kind: str = ActivityKind.CALL
    number: str = ""
    occurred_at: datetime | None = None
    direction: str | None = "in"
    caller_name: str = ""
    withheld: bool = False
    subject: str = ""
    body: str = ""
    duration_s: int | None = None
    outcome: str = ""
    source: str = ""
    call_key: str | None = None
    candidates: tuple[int, ...] = ()  # several contacts share the number or address
    address: str = ""  # a mail's or chat's sender (stored lower-cased)


def normalize_address(address: str) -> str:
    """How the buffer keeps (and compares) an e-mail address: trimmed, lower-cased."""
    return address.strip().lower()[:254]


def email_owners(s: Session, address: str) -> tuple[int, ...]:
    """The contacts with this e-mail address (any case), by id; one: recognised,
    several: ambiguous (at most ADDRESS_CANDIDATES), none: unknown."""
    address = normalize_address(address)
    if not address:
        return ()
    return tuple(s.scalars(select(ContactEmail.contact_id)
                           .where(func.lower(ContactEmail.address) == address)  # its index
                           .distinct().order_by(ContactEmail.contact_id)
                           .limit(ADDRESS_CANDIDATES)).all())


def buffer_event(s: Session, data: EventInput, *, owner_id: int | None = None) -> int:
    """A buffered event, with a candidate row for each of ``data.candidates`` that
    still exists (as ``call_log.add_buffered`` writes a call on the ring path)."""
    number = phones.normalize(data.number, office_settings.home_region(s), strict=False)
    ev = BufferedEvent(
        kind=data.kind, occurred_at=data.occurred_at or utcnow(), direction=data.direction,
        number_raw=data.number, number_e164=number.e164, digits_rev=number.digits_rev,
        caller_name=data.caller_name, withheld=data.withheld, subject=data.subject,
        body=data.body, duration_s=data.duration_s, outcome=data.outcome, source=data.source,
        owner_id=owner_id, call_key=data.call_key, address=normalize_address(data.address),
    )
    s.add(ev)
    s.flush()
    if data.candidates:
        call_log.add_candidates(s.connection(), ev.id, data.candidates)
    return ev.id


def add_event(ctx: AppContext, data: EventInput) -> tuple[str, int]:
    """Log an event: to the unique matching contact's history (by e-mail address
    first, when it has one, then by number), else to the buffer, with the contacts
    that share it as candidates. Returns ("activity", id) or ("buffer", id)."""
    with ctx.write() as s:
        ids: tuple[int, ...] = ()
        if not data.withheld and data.address.strip():
            ids = email_owners(s, data.address)
        if not data.withheld and not ids and data.number.strip():
            ids = phone_lookup.lookup(s, data.number,
                                      channel=phone_lookup.channel_for(data.kind)).contact_ids
        if len(ids) != 1:
            if len(ids) > 1 and not data.candidates:
                data = replace(data, candidates=ids)
            return "buffer", buffer_event(s, data)
        return "activity", add_in(s, _event_activity(data, ids[0]), owner_id=ctx.actor.id)


def _event_activity(data: EventInput | BufferedEvent, contact_id: int) -> ActivityInput:
    number = data.number if isinstance(data, EventInput) else data.number_raw
    subject = data.subject or (f"Call from {data.caller_name or number}"
                               if data.kind == ActivityKind.CALL and data.direction == "in"
                               else data.subject)
    return ActivityInput(
        kind=data.kind, contact_id=contact_id, occurred_at=data.occurred_at,
        status=ActivityStatus.DONE, direction=data.direction, subject=subject, body=data.body,
        number=number, duration_s=data.duration_s, outcome=data.outcome, source=data.source,
        address=data.address,
    )


def list_buffered(ctx: AppContext, *, limit: int = 500) -> list[BufferedView]:
    """The buffer, newest first, each event with its candidates (two queries)."""
    with ctx.read() as s:
        rows = s.scalars(select(BufferedEvent).order_by(BufferedEvent.occurred_at.desc(),
                                                        BufferedEvent.id.desc())
                         .limit(limit)).all()
        found: dict[int, list[int]] = {}
        if rows:
            for event_id, contact_id in s.execute(
                    select(BufferedCandidate.event_id, BufferedCandidate.contact_id)
                    .where(BufferedCandidate.event_id.in_([e.id for e in rows]))
                    .order_by(BufferedCandidate.event_id, BufferedCandidate.contact_id)):
                found.setdefault(event_id, []).append(contact_id)
        return [BufferedView(e.id, e.kind, e.occurred_at, e.direction, e.number_raw,
                             e.number_e164, e.caller_name, e.withheld, e.subject, e.outcome,
                             e.duration_s, e.address, tuple(found.get(e.id, ())))
                for e in rows]


def claim_buffered(s: Session, contact_id: int) -> int:
    """Move buffered events whose number or e-mail address now belongs to this
    contact alone into its Activity History (audited as any new activity). Runs
    inside the transaction that gave it the number or address."""
    events = {ev.id: ev for ev in _by_number(s, contact_id)}
    events.update((ev.id, ev) for ev in _by_address(s, contact_id))
    for ev in sorted(events.values(), key=lambda e: e.id):
        move_buffered_to_contact(s, ev, contact_id)
    if events:
        log.info("moved %d buffered event(s) to contact %d", len(events), contact_id)
    return len(events)


def _by_number(s: Session, contact_id: int) -> list[BufferedEvent]:
    """Buffered events whose number resolves to this contact alone."""
    nums = s.scalars(select(ContactPhone).where(ContactPhone.contact_id == contact_id)).all()
    if not nums:
        return []
    n = int(office_settings.get(s, "match_digits"))
    conds = []
    for p in nums:
        if p.e164:
            conds.append(BufferedEvent.number_e164 == p.e164)
        if len(p.digits_rev) >= n:
            conds.append(phone_lookup.tail_condition(p.digits_rev, n, BufferedEvent.digits_rev))
    if not conds:
        return []
    found = s.scalars(select(BufferedEvent).where(
        or_(*conds), BufferedEvent.withheld.is_(False))).all()
    return [ev for ev in found if phone_lookup.lookup(
        s, ev.number_raw, channel=phone_lookup.channel_for(ev.kind)).unique == contact_id]


def _by_address(s: Session, contact_id: int) -> list[BufferedEvent]:
    """Buffered events from an e-mail address that this contact alone has (exact
    address, any case)."""
    mine = {normalize_address(a) for a in s.scalars(
        select(ContactEmail.address).where(ContactEmail.contact_id == contact_id))} - {""}
    if not mine:
        return []
    found = s.scalars(select(BufferedEvent).where(
        BufferedEvent.address.in_(sorted(mine)), BufferedEvent.withheld.is_(False))).all()
    alone = {a for a in {ev.address for ev in found} if email_owners(s, a) == (contact_id,)}
    return [ev for ev in found if ev.address in alone]


def move_buffered(ctx: AppContext, event_ids: list[int], contact_id: int) -> int:
    """Move chosen buffered events to a contact by hand (e.g. a withheld call)."""
    with ctx.write() as s:
        if s.get(Contact, contact_id) is None:
            raise NotFound(translate("Activities", "Contact {id} does not exist").format(id=contact_id))
        events = s.scalars(select(BufferedEvent).where(BufferedEvent.id.in_(event_ids))).all()
        if len(events) != len(set(event_ids)):
            raise NotFound(translate("Activities", "Some of these events were already moved"))
        for ev in events:
            move_buffered_to_contact(s, ev, contact_id)
        return len(events)


def move_buffered_to_contact(s: Session, ev: BufferedEvent, contact_id: int) -> None:
    """The event becomes an activity of its owner (else of the user moving it)."""
    data = _event_activity(ev, contact_id)
    data.call_key = ev.call_key  # a call moved while ringing still gets its outcome at the end
    add_in(s, data, owner_id=ev.owner_id or _acting_id(s))
    s.delete(ev)


def _acting_id(s: Session) -> int | None:
    """Whom a transaction writes for: its context's actor, else (a session opened by
    name, as the importer's) the user of that name; None: nobody known."""
    actor = s.info.get("actor")
    if isinstance(actor, Actor):
        return actor.id
    name = s.info.get("user")
    return s.scalar(select(User.id).where(User.username == name)) if name else None
