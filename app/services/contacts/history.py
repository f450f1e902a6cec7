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

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import AuditEntry, Contact, ConversionStage, Rating, Status, User
from app.services import audit
from app.services.activities import core as activities
from app.services.activities import rules as activity_rules
from app.services.context import AppContext

_ENTITY: dict[str, str] = {
    "contact": "",
    "phone": QT_TRANSLATE_NOOP("ContactHistory", "phone"),
    "email": QT_TRANSLATE_NOOP("ContactHistory", "e-mail"),
    "website": QT_TRANSLATE_NOOP("ContactHistory", "website"),
    "address": QT_TRANSLATE_NOOP("ContactHistory", "address"),
    "bank_account": QT_TRANSLATE_NOOP("ContactHistory", "bank account"),
    "info": QT_TRANSLATE_NOOP("ContactHistory", "information"),
    "company_link": QT_TRANSLATE_NOOP("ContactHistory", "company link"),
    "activity": QT_TRANSLATE_NOOP("ContactHistory", "activity"),
}
_KIND: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP("ContactHistory", "Call"),
    "task": QT_TRANSLATE_NOOP("ContactHistory", "Task"),
    "meeting": QT_TRANSLATE_NOOP("ContactHistory", "Meeting"),
    "meeting_appointment": QT_TRANSLATE_NOOP("ContactHistory", "Appointment"),
    "mail": QT_TRANSLATE_NOOP("ContactHistory", "E-mail"),
    "direct_mail": QT_TRANSLATE_NOOP("ContactHistory", "Direct mail"),
    "fax": QT_TRANSLATE_NOOP("ContactHistory", "Fax"),
    "sms": QT_TRANSLATE_NOOP("ContactHistory", "SMS"),
    "ticket": QT_TRANSLATE_NOOP("ContactHistory", "Ticket"),
    "live_chat": QT_TRANSLATE_NOOP("ContactHistory", "Live chat"),
    "note": QT_TRANSLATE_NOOP("ContactHistory", "Note"),
}
# a contact's columns as the contact form names them
FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("ContactHistory", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ContactHistory", "Last name"),
    "company_name": QT_TRANSLATE_NOOP("ContactHistory", "Company name"),
    "title": QT_TRANSLATE_NOOP("ContactHistory", "Title"),
    "kind": QT_TRANSLATE_NOOP("ContactHistory", "Person or company"),
    "contact_type": QT_TRANSLATE_NOOP("ContactHistory", "Type"),
    "account_kind": QT_TRANSLATE_NOOP("ContactHistory", "Account kind"),
    "status_id": QT_TRANSLATE_NOOP("ContactHistory", "Status"),
    "rating_id": QT_TRANSLATE_NOOP("ContactHistory", "Rating"),
    "conversion_stage_id": QT_TRANSLATE_NOOP("ContactHistory", "Stage"),
    "assigned_rep_id": QT_TRANSLATE_NOOP("ContactHistory", "Assigned rep"),
    "active": QT_TRANSLATE_NOOP("ContactHistory", "Active"),
    "call_contact": QT_TRANSLATE_NOOP("ContactHistory", "May be called"),
    "subscription_end": QT_TRANSLATE_NOOP("ContactHistory", "Subscription end"),
    "follow_up_date": QT_TRANSLATE_NOOP("ContactHistory", "Follow-up date"),
    "customer_number": QT_TRANSLATE_NOOP("ContactHistory", "Customer number"),
    "picture": QT_TRANSLATE_NOOP("ContactHistory", "Picture"),
    "converted_from": QT_TRANSLATE_NOOP("ContactHistory", "Converted from"),
}
# the columns of a contact's lists (phones, e-mails ...), by entity
_PART_LABELS: dict[str, str] = {
    "raw": QT_TRANSLATE_NOOP("ContactHistory", "number"),
    "e164": QT_TRANSLATE_NOOP("ContactHistory", "number (international)"),
    "extension": QT_TRANSLATE_NOOP("ContactHistory", "extension"),
    "kind": QT_TRANSLATE_NOOP("ContactHistory", "type"),
    "address": QT_TRANSLATE_NOOP("ContactHistory", "address"),
    "url": QT_TRANSLATE_NOOP("ContactHistory", "address"),
    "street": QT_TRANSLATE_NOOP("ContactHistory", "street"),
    "postcode": QT_TRANSLATE_NOOP("ContactHistory", "postcode"),
    "city": QT_TRANSLATE_NOOP("ContactHistory", "city"),
    "region": QT_TRANSLATE_NOOP("ContactHistory", "region"),
    "country": QT_TRANSLATE_NOOP("ContactHistory", "country"),
    "iban": QT_TRANSLATE_NOOP("ContactHistory", "IBAN"),
    "bic": QT_TRANSLATE_NOOP("ContactHistory", "BIC"),
    "bank_name": QT_TRANSLATE_NOOP("ContactHistory", "bank"),
    "account_holder": QT_TRANSLATE_NOOP("ContactHistory", "account holder"),
    "key": QT_TRANSLATE_NOOP("ContactHistory", "name"),
    "value": QT_TRANSLATE_NOOP("ContactHistory", "value"),
    "role": QT_TRANSLATE_NOOP("ContactHistory", "role"),
    "position": QT_TRANSLATE_NOOP("ContactHistory", "place in the list"),
}
# yes/no columns read as what happened: (became true, became false)
_SWITCHES: dict[str, tuple[str, str]] = {
    "is_consumer": (QT_TRANSLATE_NOOP("ContactHistory", "Made a consumer"),
                   QT_TRANSLATE_NOOP("ContactHistory", "No longer a consumer")),
    "active": (QT_TRANSLATE_NOOP("ContactHistory", "Made active"),
              QT_TRANSLATE_NOOP("ContactHistory", "Made inactive")),
    "call_contact": (QT_TRANSLATE_NOOP("ContactHistory", "May be called"),
                    QT_TRANSLATE_NOOP("ContactHistory", "Not to be called")),
}
_CHOICES: dict[str, dict[str, str]] = {
    "contact_type": {
        "lead": QT_TRANSLATE_NOOP("ContactHistory", "Lead"),
        "potential": QT_TRANSLATE_NOOP("ContactHistory", "Potential"),
        "customer": QT_TRANSLATE_NOOP("ContactHistory", "Customer"),
        "account": QT_TRANSLATE_NOOP("ContactHistory", "Account"),
    },
    "converted_from": {
        "lead": QT_TRANSLATE_NOOP("ContactHistory", "Lead"),
        "potential": QT_TRANSLATE_NOOP("ContactHistory", "Potential"),
        "customer": QT_TRANSLATE_NOOP("ContactHistory", "Customer"),
        "account": QT_TRANSLATE_NOOP("ContactHistory", "Account"),
    },
    "account_kind": {
        "reseller": QT_TRANSLATE_NOOP("ContactHistory", "Reseller"),
        "competitor": QT_TRANSLATE_NOOP("ContactHistory", "Competitor"),
        "media": QT_TRANSLATE_NOOP("ContactHistory", "Media"),
        "other": QT_TRANSLATE_NOOP("ContactHistory", "Other"),
    },
    "kind": {
        "person": QT_TRANSLATE_NOOP("ContactHistory", "Person"),
        "company": QT_TRANSLATE_NOOP("ContactHistory", "Company"),
        "work": QT_TRANSLATE_NOOP("ContactHistory", "Work"),
        "mobile": QT_TRANSLATE_NOOP("ContactHistory", "Mobile"),
        "home": QT_TRANSLATE_NOOP("ContactHistory", "Home"),
        "fax": QT_TRANSLATE_NOOP("ContactHistory", "Fax"),
        "other": QT_TRANSLATE_NOOP("ContactHistory", "Other"),
        "postal": QT_TRANSLATE_NOOP("ContactHistory", "Postal"),
        "visiting": QT_TRANSLATE_NOOP("ContactHistory", "Visiting"),
        "invoice": QT_TRANSLATE_NOOP("ContactHistory", "Invoice"),
        "delivery": QT_TRANSLATE_NOOP("ContactHistory", "Delivery"),
    },
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


def _label(text: str) -> str:
    """One of this module's marked labels in the user's language."""
    return translate("ContactHistory", text) if text else text


def _value(field: str, value: str | None, names: _Names) -> str:
    if value is None or value == "":
        return "—"
    if field in _LISTS:
        return names.lists[field].get(value) or translate("ContactHistory", "(removed from the list)")
    if field == "assigned_rep_id":
        return names.users.get(value) or translate("ContactHistory", "(unknown user)")
    if field in _CHOICES:
        return _label(_CHOICES[field].get(value, "")) or value
    if value == "yes":
        return translate("ContactHistory", "yes")
    if value == "no":
        return translate("ContactHistory", "no")
    return value


def _describe_update(row: audit.AuditRow, names: _Names) -> tuple[str, str]:
    if row.entity == "contact":
        if row.field in _SWITCHES:
            made, unmade = _SWITCHES[row.field]
            return _label(made if row.new == "yes" else unmade), ""
        known = FIELD_LABELS.get(row.field)
        label = _label(known) if known else row.field.replace("_", " ").capitalize()
    else:
        part = _PART_LABELS.get(row.field)
        entity = _ENTITY.get(row.entity)
        label = translate("ContactHistory", "{entity} {part}").format(
            entity=(_label(entity) if entity else row.entity).capitalize(),
            part=_label(part) if part else row.field.replace("_", " "))
    return label, f"{_value(row.field, row.old, names)} → {_value(row.field, row.new, names)}"


def _describe(row: audit.AuditRow, names: _Names) -> tuple[str, str]:
    entity = _ENTITY.get(row.entity)
    thing = _label(entity) if entity is not None else row.entity
    if row.action == "update":
        return _describe_update(row, names)
    value = row.new or row.old or ""
    if row.action in ("link", "unlink"):
        linked = names.contacts.get(value, value)
        if row.field == "company":
            what = (translate("ContactHistory", "Linked company") if row.action == "link"
                    else translate("ContactHistory", "Unlinked company"))
        elif row.field == "person":
            what = (translate("ContactHistory", "Linked person") if row.action == "link"
                    else translate("ContactHistory", "Unlinked person"))
        elif row.action == "link":
            what = translate("ContactHistory", "Linked {what}").format(what=row.field)
        else:
            what = translate("ContactHistory", "Unlinked {what}").format(what=row.field)
        return what, linked
    if row.action == "create":
        what = (translate("ContactHistory", "Added {what}").format(what=thing) if thing
                else translate("ContactHistory", "Added contact"))
    elif row.action == "delete":
        what = (translate("ContactHistory", "Removed {what}").format(what=thing) if thing
                else translate("ContactHistory", "Removed contact"))
    else:
        what = f"{row.action.title()} {thing or 'contact'}"
    return what.strip(), _phone_summary(value) if row.entity == "phone" else value


def _phone_summary(value: str) -> str:
    """"020 7946 0018 (work)", as the audit keeps an added phone: its kind in the
    user's words."""
    number, _, kind = value.rpartition(" (")
    label = _PHONE_KINDS.get(kind.rstrip(")")) if number and kind.endswith(")") else None
    return f"{number} ({_label(label)})" if label else value


_PHONE_KINDS = {
    "work": QT_TRANSLATE_NOOP("ContactHistory", "work"),
    "mobile": QT_TRANSLATE_NOOP("ContactHistory", "mobile"),
    "home": QT_TRANSLATE_NOOP("ContactHistory", "home"),
    "fax": QT_TRANSLATE_NOOP("ContactHistory", "fax"),
    "other": QT_TRANSLATE_NOOP("ContactHistory", "other"),
}


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
        kind = _KIND.get(a.kind)
        what = _label(kind) if kind else a.kind
        if a.kind == "call" and a.direction == "in":
            what = translate("ContactHistory", "{kind} (incoming)").format(kind=what)
        elif a.kind == "call" and a.direction == "out":
            what = translate("ContactHistory", "{kind} (outgoing)").format(kind=what)
        detail = a.subject + (f" — {activity_rules.outcome_label(a.outcome)}" if a.outcome else "")
        items.append(HistoryItem(_aware(a.occurred_at), names.who(authors.get(a.id, a.owner)),
                                 what, detail, "activity"))
    items.sort(key=lambda i: i.at, reverse=True)
    return items[:limit]
