"""The card's History tab: everything recorded against a contact, from the
audit history (edits, links) and the activities, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact
from app.services import audit
from app.services.activities import core as activities
from app.services.context import AppContext

_ENTITY = {"contact": "", "phone": "phone", "email": "e-mail", "website": "website",
           "address": "address", "bank_account": "bank account", "info": "information",
           "company_link": "company link", "activity": "activity"}
_KIND = {"call": "Call", "task": "Task", "meeting": "Meeting",
         "meeting_appointment": "Appointment", "mail": "E-mail", "direct_mail": "Direct mail",
         "fax": "Fax", "sms": "SMS", "ticket": "Ticket", "live_chat": "Live chat", "note": "Note"}


@dataclass(frozen=True, slots=True)
class HistoryItem:
    at: datetime
    who: str
    what: str
    detail: str
    source: str  # "edit" or "activity"


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _link_names(s: Session, edits: list[audit.AuditRow]) -> dict[str, str]:
    """Names of the people/companies that link rows name by id (the audit keeps ids)."""
    ids = {int(v) for r in edits if r.entity == "company_link" and r.field in ("company", "person")
           for v in (r.old, r.new) if v and v.isdigit()}
    if not ids:
        return {}
    return {str(c.id): c.display_name
            for c in s.scalars(select(Contact).where(Contact.id.in_(ids)))}


def _describe(row: audit.AuditRow, names: dict[str, str] | None = None) -> tuple[str, str]:
    thing = _ENTITY.get(row.entity, row.entity)
    if row.action == "update":
        return f"Changed {row.field.replace('_', ' ')}", f"{row.old or '—'} → {row.new or '—'}"
    if row.action in ("link", "unlink"):
        verb = "Linked" if row.action == "link" else "Unlinked"
        value = row.new or row.old or ""
        return f"{verb} {row.field}", (names or {}).get(value, value)
    verb = {"create": "Added", "delete": "Removed"}.get(row.action, row.action.title())
    return (f"{verb} {thing}".strip() if thing else f"{verb} contact"), (row.new or row.old or "")


def history(ctx: AppContext, contact_id: int, *, since: datetime | None = None,
            until: datetime | None = None, limit: int = 2000) -> list[HistoryItem]:
    with ctx.read() as s:
        edits = audit.history(s, contact_id, since=since, until=until, limit=limit)
        names = _link_names(s, edits)
    items = [HistoryItem(_aware(r.at), r.user, *_describe(r, names), source="edit") for r in edits
             if r.entity != "activity"]  # activities are listed from their own table below
    for a in activities.list_for_contact(ctx, contact_id, since=since, until=until, limit=limit):
        what = _KIND.get(a.kind, a.kind)
        if a.kind == "call":
            what += {"in": " (incoming)", "out": " (outgoing)"}.get(a.direction or "", "")
        detail = a.subject + (f" — {a.outcome}" if a.outcome else "")
        items.append(HistoryItem(_aware(a.occurred_at), a.owner or "", what, detail, "activity"))
    items.sort(key=lambda i: i.at, reverse=True)
    return items[:limit]
