"""Who owns this number? Exact E.164 first, then a unique match on the last N
digits (N = office setting ``match_digits``). Both are index look-ups."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.models import ContactPhone
from app.services import office_settings, phones


@dataclass(frozen=True, slots=True)
class LookupResult:
    number: phones.NormalizedPhone | None
    contact_ids: tuple[int, ...]  # one: recognised; several: ambiguous; none: unknown
    how: str  # "e164", "tail", or "" when nothing matched

    @property
    def unique(self) -> int | None:
        return self.contact_ids[0] if len(self.contact_ids) == 1 else None


def tail_condition(digits_rev: str, n: int, column=ContactPhone.digits_rev):  # type: ignore[no-untyped-def]
    """Index range on ``column`` (reversed digits) for "the number ends with these N digits"."""
    prefix = digits_rev[:n]
    upper = phones.next_digit_string(prefix)
    cond = column >= prefix
    if upper is not None:
        cond = cond & (column < upper)
    return cond


def lookup(s: Session | Connection, raw: str, *, region: str | None = None,
           match_digits: int | None = None) -> LookupResult:
    """``s``: a session, or (the ring path, with ``region`` and ``match_digits``
    given) a plain connection."""
    if isinstance(s, Connection):
        assert region is not None and match_digits is not None, "a connection has no settings"
    region = region or office_settings.home_region(s)  # type: ignore[arg-type]
    n = match_digits or int(office_settings.get(s, "match_digits"))  # type: ignore[arg-type]
    number = phones.normalize(raw, region, strict=False)
    if not number.digits_rev:
        return LookupResult(None, (), "")
    if number.e164:
        ids = s.scalars(
            select(ContactPhone.contact_id).where(ContactPhone.e164 == number.e164).distinct()
        ).all()
        if ids:
            return LookupResult(number, tuple(sorted(ids)), "e164")
    if len(number.digits_rev) < n:
        return LookupResult(number, (), "")
    ids = s.scalars(
        select(ContactPhone.contact_id).where(tail_condition(number.digits_rev, n)).distinct()
        .limit(5)
    ).all()
    if len(ids) == 1:
        return LookupResult(number, (ids[0],), "tail")
    return LookupResult(number, tuple(sorted(ids)), "tail" if ids else "")
