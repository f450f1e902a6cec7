"""The card's History tab: everything recorded against a contact, from the
audit history (edits, links) and the activities, newest first.

The audit keeps column names and ids; this module says them in the user's
words: field labels, the names of statuses, ratings, stages and users, and
the person who made each change (never the record's owner)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Contact, ConversionStage, Rating, Status, User
from app.services import audit
from app.services.activities import core as activities
from app.services.context import AppContext

_ENTITY = {"contact": "", "phone": "phone", "email": "e-mail", "website": "website",
           "address": "address", "bank_account": "bank account", "info": "information",
           "company_link": "company link", "activity": "activity"}
_KIND = {"call": "Call", "task": "Task", "meeting": "Meeting",
         "meeting_appointment": "Appointment", "mail": "E-mail", "direct_mail": "Direct mail",
         "fax": "Fax", "sms": "SMS", "ticket": "Ticket", "live_chat": "Live chat", "note": "Note"}

# a contact's columns as the contact form names them
FIELD_LABELS = {
    "first_name": "First name", "last_name": "Last name", "company_name": "Company name",
    "title": "Title", "kind": "Person or company", "contact_type": "Type",
    "account_kind": "Account kind", "status_id": "Status", "rating_id": "Rating",
    "conversion_stage_id": "Stage", "assigned_rep_id": "Assigned rep", "active": "Active",
    "call_contact": "May be called", "subscription_end": "Subscription end",
    "follow_up_date": "Follow-up date", "customer_number": "Customer number",
    "picture": "Picture", "converted_from": "Converted from",
}
# the columns of a contact's lists (phones, e-mails ...), by entity
_PART_LABELS = {
    "raw": "number", "e164": "number (international)", "extension": "extension",
    "kind": "type", "address": "address", "url": "address", "street": "street",
    "postcode": "postcode", "city": "city", "region": "region", "country": "country",
    "iban": "IBAN", "bic": "BIC", "bank_name": "bank", "account_holder": "account holder",
    "key": "name", "value": "value", "role": "role", "position": "place in the list",
}
# yes/no columns read as what happened: (became true, became false)
_SWITCHES = {
    "is_consumer": ("Made a consumer", "No longer a consumer"),
    "active": ("Made active", "Made inactive"),
    "call_contact": ("May be called", "Not to be called"),
}
_CHOICES = {
    "contact_type": {"lead": "Lead", "potential": "Potential", "customer": "Customer",
                     "account": "Account"},
    "converted_from": {"lead": "Lead", "potential": "Potential", "customer": "Customer",
                       "account": "Account"},
    "account_kind": {"reseller": "Reseller", "competitor": "Competitor", "media": "Media",
                     "other": "Other"},
    "kind": {"person": "Person", "company": "Company", "work": "Work", "mobile": "Mobile",
             "home": "Home", "fax": "Fax", "other": "Other", "postal": "Postal",
             "visiting": "Visiting", "invoice": "Invoice", "delivery": "Delivery"},
}
_LISTS: dict[str, type[Status] | type[Rating] | type[ConversionStage]] = {
    "status_id": Status, "rating_id": Rating, "conversion_stage_id": ConversionStage}
# columns nobody types: a version number moves with every save
_HIDDEN = {"version"}


@dataclass(frozen=True, slots=True)
class HistoryItem:
    at: datetime
    who: str
    what: str
    detail: str
    source: str  # "edit" or "activity"


@dataclass
class _Names:
    """Names for the ids and usernames the audit keeps, looked up once per history."""

    contacts: dict[str, str]
    lists: dict[str, dict[str, str]]
    users: dict[str, str]  # user id -> label
    user_labels: dict[str, str]  # username -> label

    def who(self, username: str | None) -> str:
        return self.user_labels.get(username or "", username or "")


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _ids(values: Iterable[str | None]) -> set[int]:
    return {int(v) for v in values if v and v.isdigit()}


def _names(s: Session, edits: list[audit.AuditRow], usernames: set[str]) -> _Names:
    """The names behind the ids in ``edits`` (links, lists, reps) and the users' labels."""
    def values(*fields: str) -> list[str | None]:
        return [v for r in edits if r.field in fields for v in (r.old, r.new)]

    contact_ids = _ids(v for r in edits if r.entity == "company_link"
                       and r.field in ("company", "person") for v in (r.old, r.new))
    contacts = ({str(c.id): c.display_name
                 for c in s.scalars(select(Contact).where(Contact.id.in_(contact_ids)))}
                if contact_ids else {})
    lists: dict[str, dict[str, str]] = {}
    for field, model in _LISTS.items():
        ids = _ids(values(field))
        lists[field] = ({str(i): n for i, n in s.execute(
            select(model.id, model.name).where(model.id.in_(ids)))} if ids else {})
    rep_ids = _ids(values("assigned_rep_id"))
    usernames = usernames | {r.user for r in edits if r.user}
    users: dict[str, str] = {}
    labels: dict[str, str] = {}
    if rep_ids or usernames:
        for user in s.scalars(select(User).where(User.id.in_(rep_ids)
                                                 | User.username.in_(usernames))):
            users[str(user.id)] = user.label
            labels[user.username] = user.label
    return _Names(contacts, lists, users, labels)


def _value(field: str, value: str | None, names: _Names) -> str:
    if value is None or value == "":
        return "—"
    if field in _LISTS:
        return names.lists[field].get(value, "(removed from the list)")
    if field == "assigned_rep_id":
        return names.users.get(value, "(unknown user)")
    if field in _CHOICES:
        return _CHOICES[field].get(value, value)
    if value in ("yes", "no"):
        return value
    return value


def _describe_update(row: audit.AuditRow, names: _Names) -> tuple[str, str]:
    if row.entity == "contact":
        if row.field in _SWITCHES:
            made, unmade = _SWITCHES[row.field]
            return (made if row.new == "yes" else unmade), ""
        label = FIELD_LABELS.get(row.field, row.field.replace("_", " ").capitalize())
    else:
        part = _PART_LABELS.get(row.field, row.field.replace("_", " "))
        label = f"{_ENTITY.get(row.entity, row.entity).capitalize()} {part}"
    return label, f"{_value(row.field, row.old, names)} → {_value(row.field, row.new, names)}"


def _describe(row: audit.AuditRow, names: _Names) -> tuple[str, str]:
    thing = _ENTITY.get(row.entity, row.entity)
    if row.action == "update":
        return _describe_update(row, names)
    if row.action in ("link", "unlink"):
        verb = "Linked" if row.action == "link" else "Unlinked"
        value = row.new or row.old or ""
        return f"{verb} {row.field}", names.contacts.get(value, value)
    verb = {"create": "Added", "delete": "Removed"}.get(row.action, row.action.title())
    return (f"{verb} {thing}".strip() if thing else f"{verb} contact"), (row.new or row.old or "")


def _authors(s: Session, shown: list[activities.ActivityView]) -> dict[int, str]:
    """Who recorded each activity: the user of its "create" audit entry."""
    ids = [a.id for a in shown]
    contact_ids = {a.contact_id for a in shown if a.contact_id is not None}
    if not ids or not contact_ids:
        return {}
    q = (select(AuditEntry.entity_id, AuditEntry.user)
         .where(AuditEntry.contact_id.in_(contact_ids), AuditEntry.entity == "activity",
                AuditEntry.action == "create", AuditEntry.entity_id.in_(ids)))
    return {int(i): u for i, u in s.execute(q) if i is not None and u}


def history(ctx: AppContext, contact_id: int, *, since: datetime | None = None,
            until: datetime | None = None, limit: int = 2000) -> list[HistoryItem]:
    shown = activities.list_for_contact(ctx, contact_id, since=since, until=until, limit=limit)
    with ctx.read() as s:
        edits = [r for r in audit.history(s, contact_id, since=since, until=until, limit=limit)
                 if r.entity != "activity"  # activities are listed from their own table below
                 and r.field not in _HIDDEN]
        authors = _authors(s, shown)
        names = _names(s, edits, set(authors.values()) | {a.owner for a in shown if a.owner})
    items = [HistoryItem(_aware(r.at), names.who(r.user), *_describe(r, names), source="edit")
             for r in edits]
    for a in shown:
        what = _KIND.get(a.kind, a.kind)
        if a.kind == "call":
            what += {"in": " (incoming)", "out": " (outgoing)"}.get(a.direction or "", "")
        detail = a.subject + (f" — {a.outcome}" if a.outcome else "")
        items.append(HistoryItem(_aware(a.occurred_at), names.who(authors.get(a.id, a.owner)),
                                 what, detail, "activity"))
    items.sort(key=lambda i: i.at, reverse=True)
    return items[:limit]
