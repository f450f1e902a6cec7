"""What every inbound source reports, as immutable plain values.

A call today (SIP, a caller-ID modem); an SMS, a fax, a chat and mail next. Each
event has a channel, an identity (a number, or an address for mail), a direction,
a time and a payload; the inbound pipeline (``app.services.inbound``) journals,
announces and writes it the same way whatever its channel. Sources import this
module and nothing of the services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


def now_utc() -> datetime:
    return datetime.now(UTC)


class Channel(StrEnum):
    """Where an event came from; it decides the matcher and the record's kind."""

    CALL = "call"
    SMS = "sms"
    FAX = "fax"
    CHAT = "chat"
    MAIL = "mail"


class EventKind(StrEnum):
    RING = "ring"  # the line rings; identity may follow (a modem sends it after ring 1)
    IDENTIFIED = "identified"  # who is calling (number / name / withheld)
    ENDED = "ended"  # the call is over, with its outcome


class Outcome(StrEnum):
    ANSWERED = "answered"  # picked up here or elsewhere (CANCEL with Reason cause=200)
    MISSED = "missed"
    REJECTED = "rejected"  # refused from Ringcard (486 / 603)
    BUSY = "busy"  # the far end or the line was busy (e.g. a click-to-call got 486)
    NOT_WATCHED = "not watched"  # turned away by the source's own line limit (the 5th SIP
    # call gets 486 from pjsua2 while a colleague's phone may well answer it)
    UNKNOWN = "unknown"  # the process died while it rang; reconciled at the next start


class Withheld(StrEnum):
    """Why there is no number (modem codes O/P/A, SIP Privacy / anonymous URIs)."""

    NO = ""
    PRIVATE = "private"
    ANONYMOUS = "anonymous"
    OUT_OF_AREA = "out of area"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True, slots=True)
class CallerId:
    """Who it is: a number (calls, SMS, fax, chat by phone) or an address (mail)."""

    number: str  # as received, "" when withheld or absent
    name: str = ""  # display name as received
    withheld: Withheld = Withheld.NO
    message: str = ""  # the payload's text: MESG of a modem, an SMS's text, a mail's subject
    address: str = ""  # an e-mail address (mail, chat by mail); "" for phone channels


@dataclass(frozen=True, slots=True)
class InboundEvent:
    kind: EventKind
    call_key: str  # the event's key, unique within its source (SIP Call-ID,
    # "modem:<port>:<n>", a mail's Message-ID): the record is written once per key
    source: str  # "sip", "modem" (later: "imap", a gateway's name)
    line: str  # the account or port it came in on
    at: datetime = field(default_factory=now_utc)
    caller: CallerId | None = None  # with IDENTIFIED (and RING when already known)
    outcome: Outcome | None = None  # with ENDED
    duration_s: int | None = None  # with ENDED, when answered and measurable
    direction: str = "in"
    raw: str = ""  # the identity as received, for diagnosis
    channel: Channel = Channel.CALL


CallEvent = InboundEvent  # the call channel's name for it, used by the telephony sources

EventSink = Callable[[InboundEvent], None]
"""Where a source reports: called from the source's own thread; must not block."""


def event_to_dict(event: CallEvent) -> dict[str, object]:
    """A plain JSON-able copy (the durable journal's record of an event)."""
    caller = event.caller
    return {
        "kind": str(event.kind), "key": event.call_key, "source": event.source,
        "line": event.line, "at": event.at.isoformat(), "direction": event.direction,
        "caller": None if caller is None else {
            "number": caller.number, "name": caller.name, "withheld": str(caller.withheld),
            "message": caller.message, "address": caller.address},
        "outcome": None if event.outcome is None else str(event.outcome),
        "duration_s": event.duration_s, "raw": event.raw, "channel": str(event.channel),
    }


def event_from_dict(data: dict[str, object]) -> CallEvent:
    """The inverse of :func:`event_to_dict`; raises ValueError/KeyError/TypeError on a
    record that is not one."""
    c = data.get("caller")
    caller = None
    if isinstance(c, dict):
        caller = CallerId(str(c["number"]), str(c.get("name", "")),
                          Withheld(str(c.get("withheld", ""))), str(c.get("message", "")),
                          str(c.get("address", "")))
    outcome = data.get("outcome")
    duration = data.get("duration_s")
    at = datetime.fromisoformat(str(data["at"]))
    return CallEvent(
        kind=EventKind(str(data["kind"])), call_key=str(data["key"]), source=str(data["source"]),
        line=str(data["line"]), at=at if at.tzinfo else at.replace(tzinfo=UTC), caller=caller,
        outcome=None if outcome is None else Outcome(str(outcome)),
        duration_s=None if duration is None else int(duration),  # type: ignore[call-overload]
        direction=str(data.get("direction", "in")), raw=str(data.get("raw", "")),
        channel=Channel(str(data.get("channel", "call"))))
