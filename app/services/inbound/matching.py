"""Who an inbound event belongs to, per channel: the one place a channel says how
its identity is matched and what record it becomes.

A channel registers a :class:`Matcher` (calls, SMS, fax and chat match by
number; mail, in its own issue, adds an address matcher: exact address, then a
company's website domain, never a free-mail domain). The router, the
recogniser and the buffer's claiming need nothing else from a channel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection

from app.inbound_event import CallerId, Channel
from app.services.calls import lookup as phone_lookup
from app.services.contacts import phones


@dataclass(frozen=True, slots=True)
class Match:
    contact_ids: tuple[int, ...]  # one: recognised; several: a chooser; none: the buffer
    normalized: str | None  # E.164 (or a lower-cased address)
    display: str  # the identity as this office writes it
    claim_key: str  # what the buffer keeps to be claimed later (reversed digits, an address)


class Matcher(Protocol):
    def match(self, conn: Connection, caller: CallerId, *, region: str,
              match_digits: int) -> Match: ...


@dataclass(frozen=True)
class PhoneMatcher:
    """By number: exact E.164, then a unique tail within the same country, looking
    at the numbers of the channel's kind (a voice call never matches a fax line)."""

    lookup_channel: str

    def match(self, conn: Connection, caller: CallerId, *, region: str,
              match_digits: int) -> Match:
        found = phone_lookup.lookup(conn, caller.number, region=region, match_digits=match_digits,
                                    channel=self.lookup_channel)
        e164 = found.number.e164 if found.number else None
        return Match(found.contact_ids, e164, phones.format_display(e164, caller.number, region),
                     found.number.digits_rev if found.number else "")


@dataclass(frozen=True)
class ChannelRules:
    matcher: Matcher
    record_kind: str  # the activity's kind
    verb_in: str  # "Call from", "SMS from" ...
    verb_out: str
    first_outcome: str = ""  # a call rings until it ends; a message just arrives


_RULES: dict[Channel, ChannelRules] = {
    Channel.CALL: ChannelRules(PhoneMatcher(phone_lookup.VOICE), "call", "Call from", "Call to",
                               "ringing"),
    Channel.SMS: ChannelRules(PhoneMatcher(phone_lookup.SMS), "sms", "SMS from", "SMS to"),
    Channel.FAX: ChannelRules(PhoneMatcher(phone_lookup.FAX), "fax", "Fax from", "Fax to"),
    Channel.CHAT: ChannelRules(PhoneMatcher(phone_lookup.VOICE), "live_chat", "Chat with",
                               "Chat with"),
}


def rules(channel: Channel | str) -> ChannelRules:
    """The channel's matcher and wording; a channel nobody registered is an error."""
    try:
        return _RULES[Channel(channel)]
    except (KeyError, ValueError):
        raise ValueError(f"no inbound matcher for the '{channel}' channel") from None


def register(channel: Channel, channel_rules: ChannelRules) -> None:
    """A new channel's source brings its rules (mail: an address matcher)."""
    _RULES[channel] = channel_rules
