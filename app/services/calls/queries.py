"""Calls as the pop-up, the tray and `ringcard calls list` see them.

Writing calls is the inbound pipeline's (``app.services.inbound``): its router
is re-exported here for the callers that know it by this name.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import exists, select

from app.i18n import translate
from app.models import Activity, ActivityKind, ActivityStatus, BufferedCandidate, BufferedEvent
from app.services import policy
from app.services.contacts import core as contacts
from app.services.contacts import phones
from app.services.context import AppContext
from app.services.inbound.router import CallRouter, RoutedCall
from app.services.office import settings as office_settings

__all__ = ["CallRouter", "CallerSummary", "LoggedCall", "RoutedCall", "caller_summary",
           "count_unmatched", "list_calls", "set_outcome"]

log = logging.getLogger(__name__)


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

    detail = contacts.get(ctx, contact_id)
    company = next((lk.company_name for lk in detail.links if lk.person_id == contact_id), "")
    with ctx.read() as s:
        visible = policy.visible_activities(ctx.actor)
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
    display: str = ""  # the number as this office writes it (national at home)

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        return data


def list_calls(ctx: AppContext, *, unmatched_only: bool = False,
               limit: int = 100) -> list[LoggedCall]:
    """The newest calls, matched and buffered together (or only the buffer)."""
    from app.models import Contact

    ambiguous = exists().where(BufferedCandidate.event_id == BufferedEvent.id).label("ambiguous")
    with ctx.read() as s:
        region = office_settings.home_region(s)
        out = [LoggedCall(e.id, e.occurred_at, e.direction, e.number_raw, e.caller_name,
                          e.outcome, e.duration_s,
                          "withheld" if e.withheld else ("ambiguous" if several else "buffer"),
                          None, e.source, phones.format_display(e.number_e164, e.number_raw, region))
               for e, several in s.execute(select(BufferedEvent, ambiguous)
                                           .where(BufferedEvent.kind == ActivityKind.CALL)
                                           .order_by(BufferedEvent.occurred_at.desc())
                                           .limit(limit))]
        if not unmatched_only:
            rows = s.execute(select(Activity, Contact)
                             .join(Contact, Contact.id == Activity.contact_id)
                             .where(Activity.kind == ActivityKind.CALL)
                             .order_by(Activity.occurred_at.desc()).limit(limit))
            out += [LoggedCall(a.id, a.occurred_at, a.direction, a.number_raw, c.display_name,
                               a.outcome, a.duration_s, "contact", c.id, a.source,
                               phones.format_display(a.number_e164, a.number_raw, region))
                    for a, c in rows]
    out.sort(key=lambda c: c.at, reverse=True)
    return out[:limit]


def count_unmatched(ctx: AppContext) -> int:
    """How many calls wait in the buffer (unknown, ambiguous and withheld together)."""
    from sqlalchemy import func

    with ctx.read() as s:
        return int(s.scalar(select(func.count()).select_from(BufferedEvent)
                            .where(BufferedEvent.kind == ActivityKind.CALL)) or 0)


def set_outcome(ctx: AppContext, call_key: str, outcome: str) -> None:
    """The end-of-call prompt's correction of a logged call's outcome."""
    from app.services.activities.by_contact import CALL_OUTCOMES
    from app.services.activities.rules import outcome_label
    from app.services.context import NotFound, ServiceError

    allowed = (*CALL_OUTCOMES, "rejected")
    if outcome not in allowed:
        message = translate("Calls", "Outcome is one of: {choices}")
        raise ServiceError(message.format(choices=", ".join(outcome_label(o) for o in allowed)))
    with ctx.write() as s:
        target = (s.scalar(select(Activity).where(Activity.call_key == call_key))
                  or s.scalar(select(BufferedEvent).where(BufferedEvent.call_key == call_key)))
        if target is None:
            raise NotFound(translate("Calls", "That call is no longer in the log"))
        target.outcome = outcome
