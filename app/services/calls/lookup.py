"""Who owns this number? Exact E.164 first, then a unique match on the last N
digits (N = office setting ``match_digits``). Both are index look-ups.

The last digits only match within a country: a caller whose number carries a
country code itself ("+49 …", "0049 …" from a region dialling abroad with 00,
"011 49 …" from North America) matches only stored numbers of that country
code (the candidates of the tail's index range are filtered by their E.164's
prefix). A number that carries no country (a national or local number as a
modem or PBX delivers it, or digits that do not parse) matches any stored
number by its last digits, as the network gave no more to go on.

The channel says which of a contact's numbers count: a voice call never matches
a fax number; a fax or an SMS is matched among numbers of its own kind first
(fax, mobile), then among all of them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, bindparam, select
from sqlalchemy.orm import Session

from app.models import ActivityKind, ContactPhone, PhoneKind
from app.services.contacts import phones
from app.services.office import settings as office_settings

VOICE = "voice"
FAX = "fax"
SMS = "sms"
ANY = "any"  # every number, none preferred: the importer's duplicate check
CHANNELS = (VOICE, FAX, SMS, ANY)
TAIL_CANDIDATES = 5  # more than one is "several": a few are enough for the chooser
# the numbers each channel looks at, in order: the first kind filter that finds any wins
_STEPS: dict[str, tuple[tuple[str, str], ...]] = {
    VOICE: (("not", PhoneKind.FAX),),
    FAX: (("is", PhoneKind.FAX), ("any", "")),
    SMS: (("is", PhoneKind.MOBILE), ("any", "")),
    ANY: (("any", ""),),
}


@dataclass(frozen=True, slots=True)
class LookupResult:
    number: phones.NormalizedPhone | None
    contact_ids: tuple[int, ...]  # one: recognised; several: ambiguous; none: unknown
    how: str  # "e164", "tail", or "" when nothing matched

    @property
    def unique(self) -> int | None:
        return self.contact_ids[0] if len(self.contact_ids) == 1 else None


_CHANNEL_OF_KIND: dict[str, str] = {ActivityKind.FAX: FAX, ActivityKind.SMS: SMS}


def channel_for(activity_kind: str) -> str:
    """The look-up channel of an activity (or buffered event) kind: a fax's or an
    SMS's own, else VOICE (a call, a chat's phone number)."""
    return _CHANNEL_OF_KIND.get(activity_kind, VOICE)


def tail_condition(digits_rev: str, n: int, column=ContactPhone.digits_rev):  # type: ignore[no-untyped-def]
    """Index range on ``column`` (reversed digits) for "the number ends with these N digits"."""
    prefix = digits_rev[:n]
    upper = phones.next_digit_string(prefix)
    cond = column >= prefix
    if upper is not None:
        cond = cond & (column < upper)
    return cond


def lookup(s: Session | Connection, raw: str, *, region: str | None = None,
           match_digits: int | None = None, channel: str = VOICE) -> LookupResult:
    """``s``: a session, or (the ring path, with ``region`` and ``match_digits``
    given) a plain connection. ``channel``: VOICE (a call: fax numbers never
    match), FAX or SMS (their own kind of number first, then any), ANY."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown look-up channel {channel!r}")
    if isinstance(s, Connection):
        assert region is not None and match_digits is not None, "a connection has no settings"
    region = region or office_settings.home_region(s)  # type: ignore[arg-type]
    n = match_digits or int(office_settings.get(s, "match_digits"))  # type: ignore[arg-type]
    number = phones.normalize(raw, region, strict=False)
    if not number.digits_rev:
        return LookupResult(None, (), "")
    if number.e164:
        ids = _owners(s, channel, "e164", {"e164": number.e164})
        if ids:
            return LookupResult(number, ids, "e164")
    if len(number.digits_rev) < n or number.country == phones.UNKNOWN_COUNTRY:
        return LookupResult(number, (), "")
    prefix = number.digits_rev[:n]
    params = {"lo": prefix, "hi": phones.next_digit_string(prefix), "cc": None}
    if number.country is not None:
        params["cc"] = f"+{number.country}"
    ids = _owners(s, channel, "tail", params)
    return LookupResult(number, ids, "tail" if ids else "")


def _owners(s: Session | Connection, channel: str, by: str,
            params: dict[str, str | None]) -> tuple[int, ...]:
    """The contacts owning numbers found ``by`` E.164 or tail, by the channel's kind steps."""
    shape = (by, params.get("hi") is not None, params.get("cc") is not None)
    values = {k: v for k, v in params.items() if v is not None}
    for how, kind in _STEPS[channel]:
        ids = s.execute(_statement(*shape, how), {**values, "kind": kind}).scalars().all()
        if ids:
            return tuple(sorted(ids))
    return ()


@functools.cache
def _statement(by: str, has_upper: bool, has_country: bool, how: str) -> Select[Any]:
    """The look-up's statements, built once (the ring path pays for executing them only)."""
    p = ContactPhone
    if by == "e164":
        q = select(p.contact_id).where(p.e164 == bindparam("e164"))
    else:
        q = select(p.contact_id).where(p.digits_rev >= bindparam("lo"))
        if has_upper:
            q = q.where(p.digits_rev < bindparam("hi"))
        if has_country:  # country codes are a prefix code: "+49" starts only German numbers
            q = q.where(p.e164.startswith(bindparam("cc")))
    if how == "not":
        q = q.where(p.kind != bindparam("kind"))
    elif how == "is":
        q = q.where(p.kind == bindparam("kind"))
    q = q.distinct()
    return q if by == "e164" else q.limit(TAIL_CANDIDATES)
