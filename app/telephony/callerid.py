"""The telephony sources' names for the inbound event's values (``app.inbound_event``)."""

from app.inbound_event import (
    CallerId,
    CallEvent,
    Channel,
    EventKind,
    EventSink,
    InboundEvent,
    Outcome,
    Withheld,
    event_from_dict,
    event_to_dict,
    now_utc,
)

__all__ = ["CallEvent", "CallerId", "Channel", "EventKind", "EventSink", "InboundEvent", "Outcome",
           "Withheld", "event_from_dict", "event_to_dict", "now_utc"]
