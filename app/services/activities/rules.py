"""What each kind of activity is and can do (reference 000's closing table),
and which fields its form has. Plain data: the services enforce it, the views
lay out their forms from it, and office-defined types inherit it from their
base kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import ActivityKind


@dataclass(frozen=True)
class KindRules:
    name: str  # English, marked for translation; ``label`` is what a screen shows
    auto_save: bool  # reaches the Activity History by itself (telephony, e-mail, e-fax ...)
    manual_save: bool  # a rep can record one by hand
    todo: bool  # can be set as a To-Do activity (open, with a deadline and an assignee)
    ticket: bool  # can be added as a Ticket to the help desk (forwarded)
    send_later: bool  # can be scheduled to send later (comes with the mail issue)
    fields: tuple[str, ...]  # form fields besides subject, body, contact, owner
    # without a matching contact the record is still kept (help desk, unlinked records)
    keeps_without_contact: bool = False

    @property
    def label(self) -> str:
        return translate("ActivityKind", self.name)


_TIME = ("occurred_at",)
_TODO = ("due_at", "priority", "assignee")

RULES: dict[str, KindRules] = {
    ActivityKind.CALL: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "Call"), True, True, False, True, False,
        _TIME + ("direction", "number", "duration_s", "outcome")),
    ActivityKind.TASK: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "Task"), False, True, True, False, False,
        _TIME + _TODO + ("status",)),
    ActivityKind.MEETING: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "Meeting"), False, True, False, False, False,
        _TIME + ("ends_at", "place", "attendees", "agenda")),
    ActivityKind.MEETING_APPOINTMENT: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "Meeting appointment"), False, True, True, False, False,
        _TIME + ("ends_at", "place", "attendees") + _TODO),
    ActivityKind.MAIL: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "Mail"), True, True, False, True, True,
        _TIME + ("direction", "address")),
    ActivityKind.DIRECT_MAIL: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "Direct mail"), False, True, False, False, False,
        _TIME + ("direction", "address")),
    ActivityKind.FAX: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "Fax"), True, True, False, False, True,
        _TIME + ("direction", "number"), keeps_without_contact=True),
    ActivityKind.SMS: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "SMS"), True, True, False, False, True,
        _TIME + ("direction", "number"), keeps_without_contact=True),
    ActivityKind.TICKET: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "Ticket"), True, True, False, True, False,
        _TIME + ("ticket_status", "priority", "assignee"), keeps_without_contact=True),
    ActivityKind.LIVE_CHAT: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "Live chat"), True, True, False, True, False,
        _TIME + ("address", "missed"), keeps_without_contact=True),
    ActivityKind.NOTE: KindRules(
        QT_TRANSLATE_NOOP("ActivityKind", "Note"), False, True, False, False, False, ("private",)),
}

# kinds whose open records are To-Dos of their assignee (the dashboard's "My To-Dos")
TODO_KINDS = tuple(k for k, r in RULES.items() if r.todo)
# what can be forwarded as a To-Do or a Ticket (reference 000: "Phone calls / Live
# Chats / Email can be forwarded as a To-Do Activity or a Ticket")
FORWARDABLE = (ActivityKind.CALL, ActivityKind.LIVE_CHAT, ActivityKind.MAIL)


def rules(kind: str) -> KindRules:
    try:
        return RULES[kind]
    except KeyError:
        message = translate("Activities", "Unknown activity type “{kind}”")
        raise ValueError(message.format(kind=kind)) from None


def has_field(kind: str, name: str) -> bool:
    return name in rules(kind).fields


BUILT_IN_TYPE_NAMES = frozenset(r.name for r in RULES.values())


def type_label(type_name: str) -> str:
    """An activity type's name as shown: the built-in types (named after their
    kind, and never renamed) in the user's language, the office's own as typed."""
    return translate("ActivityKind", type_name) if type_name in BUILT_IN_TYPE_NAMES else type_name


# a call's outcome and a ticket's status are stored as keys; these are their words
OUTCOME_LABELS = {
    "answered": QT_TRANSLATE_NOOP("CallOutcome", "answered"),
    "missed": QT_TRANSLATE_NOOP("CallOutcome", "missed"),
    "busy": QT_TRANSLATE_NOOP("CallOutcome", "busy"),
    "no answer": QT_TRANSLATE_NOOP("CallOutcome", "no answer"),
    "voicemail": QT_TRANSLATE_NOOP("CallOutcome", "voicemail"),
    "rejected": QT_TRANSLATE_NOOP("CallOutcome", "rejected"),
    "ringing": QT_TRANSLATE_NOOP("CallOutcome", "ringing"),
}
TICKET_STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("TicketStatus", "new"),
    "open": QT_TRANSLATE_NOOP("TicketStatus", "open"),
    "waiting": QT_TRANSLATE_NOOP("TicketStatus", "waiting"),
    "resolved": QT_TRANSLATE_NOOP("TicketStatus", "resolved"),
    "closed": QT_TRANSLATE_NOOP("TicketStatus", "closed"),
}


def outcome_label(outcome: str) -> str:
    """A call's outcome in the user's language (lower case, as written in a sentence)."""
    return translate("CallOutcome", outcome) if outcome in OUTCOME_LABELS else outcome


def ticket_status_label(status: str) -> str:
    return translate("TicketStatus", status) if status in TICKET_STATUS_LABELS else status


# a kind inside a sentence ("A meeting appointment belongs to a contact"): English
# lower-cases it, German keeps its noun's capital
IN_SENTENCE = {
    ActivityKind.CALL: QT_TRANSLATE_NOOP("ActivityKind", "call"),
    ActivityKind.TASK: QT_TRANSLATE_NOOP("ActivityKind", "task"),
    ActivityKind.MEETING: QT_TRANSLATE_NOOP("ActivityKind", "meeting"),
    ActivityKind.MEETING_APPOINTMENT: QT_TRANSLATE_NOOP("ActivityKind", "meeting appointment"),
    ActivityKind.MAIL: QT_TRANSLATE_NOOP("ActivityKind", "mail"),
    ActivityKind.DIRECT_MAIL: QT_TRANSLATE_NOOP("ActivityKind", "direct mail"),
    ActivityKind.FAX: QT_TRANSLATE_NOOP("ActivityKind", "fax"),
    ActivityKind.SMS: QT_TRANSLATE_NOOP("ActivityKind", "sms"),
    ActivityKind.TICKET: QT_TRANSLATE_NOOP("ActivityKind", "ticket"),
    ActivityKind.LIVE_CHAT: QT_TRANSLATE_NOOP("ActivityKind", "live chat"),
    ActivityKind.NOTE: QT_TRANSLATE_NOOP("ActivityKind", "note"),
}


def in_sentence(kind: str) -> str:
    """The kind as a sentence names it ("meeting appointment"; German "Besprechungstermin")."""
    return translate("ActivityKind", IN_SENTENCE[ActivityKind(kind)]) if kind in IN_SENTENCE else kind
