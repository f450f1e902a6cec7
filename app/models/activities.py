"""Activities of every type (reference 000) and the unmatched "Big Data" buffer."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, TimestampMixin, utcnow


class ActivityKind(StrEnum):
    CALL = "call"
    TASK = "task"
    MEETING = "meeting"
    MEETING_APPOINTMENT = "meeting_appointment"
    MAIL = "mail"
    DIRECT_MAIL = "direct_mail"
    FAX = "fax"
    SMS = "sms"
    TICKET = "ticket"
    LIVE_CHAT = "live_chat"
    NOTE = "note"


class ActivityStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class TodoSource(StrEnum):
    """Where a To-Do came from (reference 000)."""

    SELF = "self"
    MANAGER = "manager"
    REP = "rep"  # sent by another rep
    ALERT = "alert"  # an automated activity alert


class TicketStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING = "waiting"  # on the customer
    RESOLVED = "resolved"
    CLOSED = "closed"


class Direction(StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


RINGING = text("outcome = 'ringing'")


class Activity(TimestampMixin, Base):
    __tablename__ = "activities"
    __table_args__ = (
        # covering the Activity History's id list (newest first, the private-note
        # rule, the type filter) so 50,000 activities need no row look-ups
        Index("ix_activities_contact_time", "contact_id", "occurred_at", "id", "private",
              "owner_id", "kind", "type_id"),
        Index("ix_activities_company_time", "company_id", "occurred_at", "id", "private",
              "owner_id", "kind", "type_id"),
        Index("ix_activities_owner_due", "owner_id", "status", "due_at"),
        # the dashboard's last 30 days by type; the help desk's open tickets
        Index("ix_activities_time_kind", "occurred_at", "kind", "contact_id"),
        Index("ix_activities_kind_status", "kind", "status", "due_at"),
        # the alerts' last sales activity of each contact (done, not a note) from the
        # index alone: one probe per contact, no row look-ups; open To-Dos stay out
        Index("ix_activities_contact_done", "contact_id", "occurred_at", "kind",
              sqlite_where=text("status = 'done'"), postgresql_where=text("status = 'done'")),
        # calls still ringing (a handful): each start closes those a dead process
        # left, without reading the office's million calls
        Index("ix_activities_ringing", "occurred_at", sqlite_where=RINGING,
              postgresql_where=RINGING),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(12), default=ActivityStatus.DONE)
    direction: Mapped[str | None] = mapped_column(String(3))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(default=False)
    # telephony / messaging detail
    number_raw: Mapped[str] = mapped_column(String(60), default="")
    number_e164: Mapped[str | None] = mapped_column(String(20))
    duration_s: Mapped[int | None]
    outcome: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(String(40), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    ends_at: Mapped[datetime | None]
    # the source's id of a telephony call (SIP Call-ID, modem call counter):
    # its outcome arrives later, when the call ends
    call_key: Mapped[str | None] = mapped_column(String(160), index=True)
    # an office-defined type ("On Site inspection") whose base is ``kind``; None: built-in
    type_id: Mapped[int | None] = mapped_column(ForeignKey("activity_types.id"))
    # the chain of activities about one matter (Next Action continues it)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("activity_cases.id"), index=True)
    # To-Do detail: priority, where it came from, who sent it, when it was done
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    todo_source: Mapped[str] = mapped_column(String(12), default="")
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    completed_at: Mapped[datetime | None]
    # help desk: the ticket's progress (its changes are kept in ticket_events)
    ticket_status: Mapped[str] = mapped_column(String(16), default="")
    # e-mail or postal address, chat visitor's address
    address: Mapped[str] = mapped_column(String(300), default="")
    # a To-Do or Ticket made from a call, chat or mail points back at it
    forwarded_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"))
    missed: Mapped[bool] = mapped_column(default=False)  # a live chat nobody answered
    agenda: Mapped[str] = mapped_column(Text, default="")  # a meeting's agenda
    # optimistic locking: an edit based on an older version is refused
    version: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"version_id_col": version}


class ActivityType(Base):
    """Built-in types (one per ActivityKind) and the office's own, each with the
    base kind that decides its form and rules (reference 003: "On Site inspection")."""

    __tablename__ = "activity_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    base_kind: Mapped[str] = mapped_column(String(24))
    built_in: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class ActivityCase(Base):
    """A chain of activities about one matter; closed by "Close case"."""

    __tablename__ = "activity_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(300), default="")
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"),
                                                   index=True)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class TicketEvent(Base):
    """One progress check of a ticket: a status change with its note."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"),
                                             index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    old_status: Mapped[str] = mapped_column(String(16), default="")
    new_status: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ActivityAttendee(Base):
    """Who else an appointment or meeting involves: contacts, companies, employees."""

    __tablename__ = "activity_attendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"),
                                             index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"),
                                                   index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))


class BufferedEvent(Base):
    """A call, SMS, fax, chat or mail no single contact could take yet ("Big Data"):
    its number or e-mail address matches nobody (unknown), several contacts
    (ambiguous: its ``BufferedCandidate`` rows), or it was withheld.

    It stays here until a contact gets that number or address, or someone
    chooses; then it moves into that contact's Activity History
    (``services.activities.claim_buffered`` / ``move_buffered``).
    """

    __tablename__ = "buffered_events"
    __table_args__ = (
        Index("ix_buffered_events_ringing", "occurred_at", sqlite_where=RINGING,
              postgresql_where=RINGING),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), default=ActivityKind.CALL)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    direction: Mapped[str | None] = mapped_column(String(3))
    number_raw: Mapped[str] = mapped_column(String(60), default="")
    number_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    digits_rev: Mapped[str] = mapped_column(String(30), default="", index=True)
    caller_name: Mapped[str] = mapped_column(String(200), default="")
    withheld: Mapped[bool] = mapped_column(default=False)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    duration_s: Mapped[int | None]
    outcome: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(String(40), default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    call_key: Mapped[str | None] = mapped_column(String(160), index=True)
    # a mail's (or chat's) sender, lower-cased; "" for phone events
    address: Mapped[str] = mapped_column(String(254), default="", index=True)


class BufferedCandidate(Base):
    """One of the contacts an ambiguous buffered event may belong to (they share
    its number or address), until someone chooses. A deleted contact drops out."""

    __tablename__ = "buffered_event_candidates"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("buffered_events.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True)
