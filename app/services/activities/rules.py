"""What each kind of activity is and can do (reference 000's closing table),
and which fields its form has. Plain data: the services enforce it, the views
lay out their forms from it, and office-defined types inherit it from their
base kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import ActivityKind


@dataclass(frozen=True)
class KindRules:
    label: str
    auto_save: bool  # reaches the Activity History by itself (telephony, e-mail, e-fax ...)
    manual_save: bool  # a rep can record one by hand
    todo: bool  # can be set as a To-Do activity (open, with a deadline and an assignee)
    ticket: bool  # can be added as a Ticket to the help desk (forwarded)
    send_later: bool  # can be scheduled to send later (comes with the mail issue)
    fields: tuple[str, ...]  # form fields besides subject, body, contact, owner
    # without a matching contact the record is still kept (help desk, unlinked records)
    keeps_without_contact: bool = False


_TIME = ("occurred_at",)
_TODO = ("due_at", "priority", "assignee")

RULES: dict[str, KindRules] = {
    ActivityKind.CALL: KindRules("Call", True, True, False, True, False,
                                 _TIME + ("direction", "number", "duration_s", "outcome")),
    ActivityKind.TASK: KindRules("Task", False, True, True, False, False, _TIME + _TODO + ("status",)),
    ActivityKind.MEETING: KindRules("Meeting", False, True, False, False, False,
                                    _TIME + ("ends_at", "place", "attendees", "agenda")),
    ActivityKind.MEETING_APPOINTMENT: KindRules(
        "Meeting appointment", False, True, True, False, False,
        _TIME + ("ends_at", "place", "attendees") + _TODO),
    ActivityKind.MAIL: KindRules("Mail", True, True, False, True, True,
                                 _TIME + ("direction", "address")),
    ActivityKind.DIRECT_MAIL: KindRules("Direct mail", False, True, False, False, False,
                                        _TIME + ("direction", "address")),
    ActivityKind.FAX: KindRules("Fax", True, True, False, False, True,
                                _TIME + ("direction", "number"), keeps_without_contact=True),
    ActivityKind.SMS: KindRules("SMS", True, True, False, False, True,
                                _TIME + ("direction", "number"), keeps_without_contact=True),
    ActivityKind.TICKET: KindRules("Ticket", True, True, False, True, False,
                                   _TIME + ("ticket_status", "priority", "assignee"),
                                   keeps_without_contact=True),
    ActivityKind.LIVE_CHAT: KindRules("Live chat", True, True, False, True, False,
                                      _TIME + ("address", "missed"), keeps_without_contact=True),
    ActivityKind.NOTE: KindRules("Note", False, True, False, False, False, ("private",)),
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
        raise ValueError(f"Unknown activity type “{kind}”") from None


def has_field(kind: str, name: str) -> bool:
    return name in rules(kind).fields
