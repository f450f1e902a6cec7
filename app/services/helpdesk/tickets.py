"""The help desk: tickets open to any rep, their progress checks, and forwarding
a call, live chat or mail as a To-Do or a Ticket (reference 000).

- A ticket without an owner waits in the unassigned queue; any rep may claim
  it. One that someone else already has cannot be claimed: the refusal names
  who has it (also when two reps claim at the same moment: the row's version
  decides).
- Every status change is a progress check with a required note, kept as a
  ``TicketEvent`` (who, when, old, new, note): the ticket's history. Closing a
  ticket marks the activity done; reopening it makes it open again.
- A ticket linked to a contact is an activity of that contact, so it shows in
  the contact's Activity History; one without a contact lives only here.
- Ownership is ``activity_edit``'s: a ticket owned by another rep can only be
  changed by them or a manager; an unassigned ticket is anyone's.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Contact,
    Priority,
    TicketEvent,
    TicketStatus,
    User,
    utcnow,
)
from app.services import policy
from app.services.activities import rules as activity_rules
from app.services.activities.edit import (
    ActivityForm,
    StaleActivity,
    can_edit,
    check_version,
    create_in,
    load,
    set_status,
)
from app.services.context import Actor, AppContext, NotFound, ServiceError
from app.services.validation import ValidationError

log = logging.getLogger(__name__)

QUEUES = ("unassigned", "mine", "open", "closed", "all")
STATUS_LABELS = {TicketStatus.NEW: QT_TRANSLATE_NOOP("Helpdesk", "New"),
                 TicketStatus.OPEN: QT_TRANSLATE_NOOP("Helpdesk", "Open"),
                 TicketStatus.WAITING: QT_TRANSLATE_NOOP("Helpdesk", "Waiting on customer"),
                 TicketStatus.RESOLVED: QT_TRANSLATE_NOOP("Helpdesk", "Resolved"),
                 TicketStatus.CLOSED: QT_TRANSLATE_NOOP("Helpdesk", "Closed")}


def status_label(status: str) -> str:
    """A ticket status as the help desk shows it ("Waiting on customer")."""
    return translate("Helpdesk", STATUS_LABELS[TicketStatus(status)]) if status in STATUS_LABELS else status
FORWARD_AS = ("todo", "ticket")
TODO_DEFAULT_DEADLINE = timedelta(days=1)
DESCRIPTION_CHARS = 2000


@dataclass(frozen=True)
class TicketRow:
    id: int
    subject: str
    contact_id: int | None
    contact_name: str
    status: str  # the ticket status (new, open, waiting, resolved, closed)
    priority: str
    owner: str | None  # username; None: unassigned
    opened_at: datetime
    updated_at: datetime
    editable: bool  # may the current user change it?
    owner_label: str = ""  # the owner's full name (or username)
    version: int = 0  # for ``expected_version``
    forwarded_from_id: int | None = None
    description: str = ""  # the start of its text (DESCRIPTION_CHARS)


@dataclass(frozen=True)
class TicketEventView:
    """One progress check: who changed the status when, from what to what, and why."""

    id: int
    at: datetime
    user: str | None
    user_label: str
    old_status: str
    new_status: str
    note: str


# --- reading ----------------------------------------------------------------------------

def _tickets(user: Actor) -> Select[Activity, User, Contact]:
    owner, contact = aliased(User), aliased(Contact)
    return (select(Activity, owner, contact)
            .outerjoin(owner, owner.id == Activity.owner_id)
            .outerjoin(contact, contact.id == Activity.contact_id)
            .where(Activity.kind == ActivityKind.TICKET, policy.visible_activities(user)))


def _row(act: Activity, owner: User | None, contact: Contact | None, user: Actor) -> TicketRow:
    return TicketRow(
        id=act.id, subject=act.subject, contact_id=act.contact_id,
        contact_name=contact.display_name if contact is not None else "",
        status=act.ticket_status or TicketStatus.NEW, priority=act.priority,
        owner=owner.username if owner is not None else None, opened_at=act.occurred_at,
        updated_at=act.updated_at, editable=can_edit(act, user),
        owner_label=owner.label if owner is not None else "", version=act.version,
        forwarded_from_id=act.forwarded_from_id, description=act.body[:DESCRIPTION_CHARS])


def _in_queue(q, queue: str, user: Actor):  # type: ignore[no-untyped-def]
    """``q`` narrowed to one queue (the list and its count use the same conditions)."""
    if queue not in QUEUES:
        raise ValidationError({"queue": translate("Helpdesk", "Unknown queue “{queue}”").format(queue=queue)})
    if queue in ("unassigned", "mine", "open"):
        q = q.where(Activity.status == ActivityStatus.OPEN)
    if queue == "unassigned":
        q = q.where(Activity.owner_id.is_(None))
    elif queue == "mine":
        q = q.where(Activity.owner_id == user.id)
    elif queue == "closed":
        q = q.where(Activity.ticket_status == TicketStatus.CLOSED)
    return q


def list_tickets(ctx: AppContext, queue: str = "open", *, limit: int = 500) -> list[TicketRow]:
    """The tickets of one queue, most recently changed first.

    ``unassigned``: open tickets nobody has claimed; ``mine``: open tickets I own;
    ``open``: every ticket not closed; ``closed``; ``all``.
    """
    with ctx.read() as s:
        user = ctx.actor
        q = _in_queue(_tickets(user), queue, user)
        q = q.order_by(Activity.updated_at.desc(), Activity.id.desc()).limit(limit)
        return [_row(act, owner, contact, user) for act, owner, contact in s.execute(q)]


def count_tickets(ctx: AppContext, queue: str = "open") -> int:
    """How many tickets the queue holds (``list_tickets`` returns one page of them)."""
    with ctx.read() as s:
        user = ctx.actor
        q = select(func.count()).select_from(Activity).where(
            Activity.kind == ActivityKind.TICKET, policy.visible_activities(user))
        return int(s.scalar(_in_queue(q, queue, user)) or 0)


def get_ticket(ctx: AppContext, ticket_id: int) -> TicketRow:
    with ctx.read() as s:
        user = ctx.actor
        found = s.execute(_tickets(user).where(Activity.id == ticket_id)).first()
        if found is None:
            raise NotFound(translate("Helpdesk", "That ticket no longer exists"))
        act, owner, contact = found
        return _row(act, owner, contact, user)


def open_tickets_count(ctx: AppContext) -> int:
    with ctx.read() as s:
        user = ctx.actor
        return int(s.scalar(select(func.count()).select_from(Activity).where(
            Activity.kind == ActivityKind.TICKET, Activity.status == ActivityStatus.OPEN,
            policy.visible_activities(user))) or 0)


def ticket_history(ctx: AppContext, ticket_id: int) -> list[TicketEventView]:
    """The ticket's progress checks, oldest first (its opening is the first)."""
    with ctx.read() as s:
        user = ctx.actor
        _ticket(load(s, ticket_id, user))
        q = (select(TicketEvent, User).outerjoin(User, User.id == TicketEvent.user_id)
             .where(TicketEvent.activity_id == ticket_id)
             .order_by(TicketEvent.at, TicketEvent.id))
        return [TicketEventView(ev.id, ev.at, u.username if u else None, u.label if u else "",
                                ev.old_status, ev.new_status, ev.note)
                for ev, u in s.execute(q)]


# --- writing ----------------------------------------------------------------------------

def _label(s: Session, actor: Actor) -> str:
    user = s.get(User, actor.id)
    return user.label if user is not None else actor.username


def _ticket(act: Activity) -> Activity:
    if act.kind != ActivityKind.TICKET:
        raise ServiceError(translate("Helpdesk", "“{subject}” is not a ticket").format(subject=act.subject))
    return act


def _check_may_change(s: Session, act: Activity, user: Actor) -> None:
    """``activity_edit.can_edit``, with the refusal naming who has the ticket."""
    if can_edit(act, user):
        return
    owner = s.get(User, act.owner_id) if act.owner_id is not None else None
    who = owner.label if owner is not None else "Another rep"
    raise ServiceError(translate(
        "Helpdesk",
        "{who} has this ticket; only they or a manager can change it").format(
        who=who))


def _event(s: Session, act: Activity, user: Actor, old: str, new: str, note: str) -> None:
    s.add(TicketEvent(activity_id=act.id, user_id=user.id, at=utcnow(), old_status=old,
                      new_status=new, note=note))


def _open_in(s: Session, form: ActivityForm, user: Actor, *, note: str,
             forwarded_from_id: int | None = None) -> Activity:
    if form.kind != ActivityKind.TICKET:
        raise ValidationError({"kind": translate("Helpdesk", "Only a ticket can be opened in the help desk")})
    form = replace(form, ticket_status=form.ticket_status or TicketStatus.NEW)
    act = create_in(s, form, user, source="forwarded" if forwarded_from_id else "help desk",
                    forwarded_from_id=forwarded_from_id)
    _event(s, act, user, "", act.ticket_status, note)
    return act


def open_ticket(ctx: AppContext, form: ActivityForm) -> int:
    """A new ticket; ``form.assignee`` None leaves it in the unassigned queue."""
    with ctx.write() as s:
        return _open_in(s, form, ctx.actor, note="Opened").id


def claim(ctx: AppContext, ticket_id: int) -> None:
    """Take an unassigned ticket. Refused, naming the holder, if someone has it."""
    try:
        with ctx.write() as s:
            user = ctx.actor
            act = _ticket(load(s, ticket_id, user))
            if act.owner_id == user.id:
                return
            if act.owner_id is not None:
                holder = s.get(User, act.owner_id)
                raise ServiceError(translate(
                    "Helpdesk",
                    "{who} already has “{subject}”").format(
                    who=holder.label if holder else translate("Helpdesk", "Another rep"),
                    subject=act.subject))
            if act.ticket_status == TicketStatus.CLOSED:
                raise ServiceError(translate(
                    "Helpdesk",
                    "“{subject}” is closed; reopen it before claiming it").format(
                    subject=act.subject))
            act.owner_id = user.id
            _event(s, act, user, act.ticket_status, act.ticket_status, f"Claimed by {_label(s, user)}")
            s.flush()  # the version check: a claim that lost the race fails here
    except StaleDataError:
        log.info("ticket %s: claimed by someone else first", ticket_id)
        current = get_ticket(ctx, ticket_id)
        raise ServiceError(translate(
            "Helpdesk",
            "{who} claimed “{subject}” first").format(
            who=current.owner_label or translate("Helpdesk", "Another rep"),
            subject=current.subject)) from None


def set_ticket_status(ctx: AppContext, ticket_id: int, status: str, note: str, *,
                      expected_version: int | None = None) -> None:
    """A progress check: the new status with a note saying what was done.

    The same status again records a progress note without changing it. Closed
    makes the activity done; any other status after closed reopens it.
    """
    errors: dict[str, str] = {}
    if status not in set(TicketStatus):
        errors["status"] = translate("Helpdesk", "Unknown ticket status “{status}”").format(status=status)
    if not note.strip():
        errors["note"] = translate("Helpdesk", "Write a note: what was done, or why the status changes")
    if errors:
        raise ValidationError(errors)
    try:
        with ctx.write() as s:
            user = ctx.actor
            act = _ticket(load(s, ticket_id, user))
            _check_may_change(s, act, user)
            check_version(s, act, expected_version)
            old = act.ticket_status or TicketStatus.NEW
            act.ticket_status = status
            if act.status != ActivityStatus.CANCELLED:
                set_status(act, ActivityStatus.DONE if status == TicketStatus.CLOSED
                           else ActivityStatus.OPEN)
            act.updated_at = utcnow()  # a progress note alone also counts as a change
            _event(s, act, user, old, status, note.strip())
    except StaleDataError:  # someone saved it between our read and our write
        raise StaleActivity(translate(
            "Helpdesk",
            "The ticket was changed by someone else at the same moment; open it again. Your "
            "change was not saved.")) from None


# --- forwarding ---------------------------------------------------------------------------

def _when(dt: datetime) -> str:
    return dt.strftime("%d %b %Y %H:%M UTC")


def source_summary(act: Activity) -> str:
    """What a forwarded To-Do or Ticket carries of its source, as plain text."""
    label = activity_rules.rules(act.kind).label
    if act.kind == ActivityKind.LIVE_CHAT and act.missed:
        label = "Missed live chat"
    details = [{"in": "incoming", "out": "outgoing"}.get(act.direction or "", "")]
    details += [act.number_raw, act.address]
    if act.duration_s:
        details.append(f"{act.duration_s // 60} min {act.duration_s % 60:02d} s")
    details.append(act.outcome)
    head = f"{label} of {_when(act.occurred_at)}"
    extra = ", ".join(d for d in details if d)
    lines = [f"--- Forwarded from: {head}" + (f" ({extra})" if extra else "") + " ---"]
    if act.subject:
        lines.append(act.subject)
    if act.body:
        lines.append(act.body)
    return "\n".join(lines)


def _forward_subject(src: Activity, as_: str) -> str:
    who = src.address or src.number_raw
    base = src.subject or (f"{activity_rules.rules(src.kind).label} from {who}" if who
                           else activity_rules.rules(src.kind).label)
    if src.kind == ActivityKind.LIVE_CHAT and src.missed and not src.subject:
        base = f"Missed chat from {who or 'a visitor'}"
    return (f"Follow up: {base}" if as_ == "todo" else base)[:300]


def forward(ctx: AppContext, activity_id: int, as_: str, *, assignee: str | None = None,
            due_at: datetime | None = None, note: str = "", priority: str = Priority.NORMAL,
            contact_id: int | None = None) -> int:
    """Forward a call, live chat or mail (missed chats too) as a To-Do or a Ticket.

    The new record points back at its source, belongs to the source's contact and
    carries the source's summary in its body. A To-Do goes to ``assignee`` (you by
    default) with a deadline (``due_at``, by default a day from now); a Ticket goes
    to ``assignee`` or, without one, to the unassigned queue. A source without a
    contact can be given one (``contact_id``): the source is then linked to it
    too, if you may change it. Returns the new record's id.
    """
    if as_ not in FORWARD_AS:
        raise ValidationError({"as_": translate("Helpdesk", "Forward as a To-Do or as a Ticket")})
    with ctx.write() as s:
        user = ctx.actor
        src = load(s, activity_id, user)
        if src.kind not in activity_rules.FORWARDABLE:
            raise ServiceError(translate(
                "Helpdesk",
                "A {kind_lower} cannot be forwarded; only calls, live chats and mails can").format(
                kind_lower=activity_rules.in_sentence(src.kind)))
        linked = src.contact_id if src.contact_id is not None else contact_id
        body = "\n\n".join(p for p in (note.strip(), source_summary(src)) if p)
        now = utcnow()
        form = ActivityForm(kind=ActivityKind.TASK if as_ == "todo" else ActivityKind.TICKET,
                            subject=_forward_subject(src, as_), body=body, contact_id=linked,
                            company_id=src.company_id, priority=priority, assignee=assignee,
                            occurred_at=now)
        if as_ == "todo":
            if src.contact_id is None and contact_id is None and src.company_id is None:
                raise ValidationError({"contact_id": translate(
                    "Helpdesk",
                    "A To-Do belongs to a contact: choose the contact, or forward it as a Ticket")})
            form = replace(form, status=ActivityStatus.OPEN,
                           due_at=due_at if due_at is not None else now + TODO_DEFAULT_DEADLINE)
            new = create_in(s, form, user, source="forwarded", forwarded_from_id=src.id)
        else:
            new = _open_in(s, form, user, forwarded_from_id=src.id,
                           note=note.strip() or f"Forwarded from a {_source_noun(src)}")
        if src.contact_id is None and contact_id is not None and can_edit(src, user):
            src.contact_id = contact_id
        return new.id


def _source_noun(src: Activity) -> str:
    if src.kind == ActivityKind.LIVE_CHAT and src.missed:
        return "missed live chat"
    return activity_rules.rules(src.kind).label.lower()
