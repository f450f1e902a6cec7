"""Audit history. Every create, update, delete and link made through an ORM
session is written by a flush hook, so no service can forget it.

The author is ``session.info["user"]`` (set by ``Database.session``). Entries
are inserted with Core inside the same transaction: all or nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from app.models import (
    Activity,
    AuditEntry,
    BankAccount,
    CompanyLink,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactInfo,
    ContactPhone,
    ContactWebsite,
    Counter,
    utcnow,
)

log = logging.getLogger(__name__)

# entity name in the history, per model; models absent here are not audited
ENTITY: dict[type, str] = {
    Contact: "contact",
    ContactPhone: "phone",
    ContactEmail: "email",
    ContactWebsite: "website",
    ContactAddress: "address",
    BankAccount: "bank_account",
    ContactInfo: "info",
    CompanyLink: "company_link",
    Activity: "activity",
}
_SKIP_FIELDS = {"id", "created_at", "updated_at", "sort_name", "name_key", "completeness",
                "digits_rev", "search_digits", "contact_id"}
_NOT_AUDITED = {AuditEntry, Counter}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if hasattr(value, "name") and not isinstance(value, str | int | float):
        return str(value.name)
    return str(value)


def _contact_of(obj: Any) -> int | None:
    if isinstance(obj, Contact):
        return obj.id
    if isinstance(obj, CompanyLink):
        return obj.person_id
    return getattr(obj, "contact_id", None)


def _columns(obj: Any) -> list[str]:
    return [a.key for a in inspect(type(obj)).column_attrs if a.key not in _SKIP_FIELDS]


# what a created or deleted row reads as in the History tab
_SUMMARY: dict[type, Any] = {
    Contact: lambda c: c.display_name,
    ContactPhone: lambda p: f"{p.raw} ({p.kind})",
    ContactEmail: lambda e: e.address,
    ContactWebsite: lambda w: w.url,
    ContactAddress: lambda a: ", ".join(x for x in (a.street, a.postcode, a.city, a.country) if x),
    BankAccount: lambda b: b.iban,
    ContactInfo: lambda i: f"{i.key}: {i.value}",
    Activity: lambda a: f"{a.kind}: {a.subject}".rstrip(": "),
}


def summary(model: type, obj: Any) -> str:
    """What a created ``model`` row reads as in the History tab; ``obj`` has its
    attributes (an instance, or the values a bulk insert is about to write)."""
    return str(_SUMMARY[model](obj))


def _summary(obj: Any) -> str:
    describe = _SUMMARY.get(type(obj))
    if describe is not None:
        return str(describe(obj))
    return "; ".join(
        f"{k}={_text(getattr(obj, k))}" for k in _columns(obj) if getattr(obj, k) not in (None, "")
    )


@event.listens_for(Session, "after_flush")
def _write_audit(session: Session, _ctx: Any) -> None:
    user = session.info.get("user") or ""
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def add(action: str, obj: Any, field: str = "", old: Any = None, new: Any = None) -> None:
        rows.append(dict(at=now, user=user, action=action, entity=ENTITY[type(obj)],
                         entity_id=obj.id, contact_id=_contact_of(obj), field=field,
                         old=_text(old), new=_text(new)))

    for obj in session.new:
        if type(obj) in ENTITY:
            if isinstance(obj, CompanyLink):
                add("link", obj, "company", None, obj.company_id)
                rows.append(dict(at=now, user=user, action="link", entity="company_link",
                                 entity_id=obj.id, contact_id=obj.company_id, field="person",
                                 old=None, new=str(obj.person_id)))
            else:
                add("create", obj, "", None, _summary(obj))
    for obj in session.dirty:
        if type(obj) not in ENTITY or not session.is_modified(obj):
            continue
        state = inspect(obj)
        for key in _columns(obj):
            hist = state.attrs[key].history
            if hist.has_changes():
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                if _text(old) != _text(new):
                    add("update", obj, key, old, new)
        if isinstance(obj, Contact):
            hist = state.attrs["categories"].history
            for cat in hist.added:
                add("link", obj, "category", None, cat.name)
            for cat in hist.deleted:
                add("unlink", obj, "category", cat.name, None)
    for obj in session.deleted:
        if type(obj) in ENTITY:
            if isinstance(obj, CompanyLink):  # on both cards, as linking is
                add("unlink", obj, "company", obj.company_id, None)
                rows.append(dict(at=now, user=user, action="unlink", entity="company_link",
                                 entity_id=obj.id, contact_id=obj.company_id, field="person",
                                 old=str(obj.person_id), new=None))
            else:
                add("delete", obj, "", _summary(obj), None)
    for obj in session.new:
        if isinstance(obj, Contact) and obj.categories:
            for cat in obj.categories:
                add("link", obj, "category", None, cat.name)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: datetime
    user: str
    action: str
    entity: str
    entity_id: int | None
    field: str
    old: str | None
    new: str | None


def history(
    session: Session,
    contact_id: int,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 1000,
) -> list[AuditRow]:
    """The contact's audit history, newest first, optionally within a period."""
    q = select(AuditEntry).where(AuditEntry.contact_id == contact_id)
    if since is not None:
        q = q.where(AuditEntry.at >= since)
    if until is not None:
        q = q.where(AuditEntry.at < until)
    q = q.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    return [
        AuditRow(e.at, e.user, e.action, e.entity, e.entity_id, e.field, e.old, e.new)
        for e in session.scalars(q)
    ]

