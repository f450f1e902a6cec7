"""What changed: the one change bus (like Anki's ``OpChanges``).

Every write says what it changed as a ``Changes``: the kinds of records
(contacts, activities, the buffer, office lists ...), their ids and the contacts
they belong to. Views subscribe to the kinds they show and refresh themselves;
no view tells another to reload.

Writes through an ORM session are announced without any code in the services:
a flush hook notes each created, changed and deleted row, an ORM ``update()`` /
``delete()`` notes its kind (ids unknown), and the commit publishes them (a
rollback drops them). Writes at Core level (the call path, bulk import, the
alerts engine, demo data) announce themselves with ``announce`` after their
commit. The office issue will publish other desks' changes here too
(``origin="office"``).

Listeners are called in the thread that committed; the Qt side
(``app.views.change_bus``) hands them to the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

log = logging.getLogger(__name__)

MANY_IDS = 2_000
"""Past this many ids a change says "many" (None) instead of listing them."""


class Kind(StrEnum):
    CONTACT = "contact"  # people and companies, with their phones, e-mails, links, settings, files
    ACTIVITY = "activity"  # activities of every kind (calls, To-Dos, tickets), cases, attendees
    BUFFER = "buffer"  # the unmatched "Big Data" buffer
    OFFICE_LIST = "office_list"  # statuses, ratings, conversion stages, categories, activity types
    SETTING = "setting"  # office settings, alert settings, saved import mappings
    USER = "user"
    CAMPAIGN = "campaign"  # campaigns, projects and who takes part
    REMINDER = "reminder"  # a desk's snoozed or dismissed reminders


KIND_OF_TABLE: dict[str, Kind] = {
    "contacts": Kind.CONTACT, "contact_phones": Kind.CONTACT, "contact_emails": Kind.CONTACT,
    "contact_websites": Kind.CONTACT, "contact_addresses": Kind.CONTACT, "bank_accounts": Kind.CONTACT,
    "contact_info": Kind.CONTACT, "company_links": Kind.CONTACT, "contact_folders": Kind.CONTACT,
    "contact_files": Kind.CONTACT, "contact_preferences": Kind.CONTACT, "customer_settings": Kind.CONTACT,
    "contact_categories": Kind.CONTACT,
    "activities": Kind.ACTIVITY, "activity_cases": Kind.ACTIVITY, "ticket_events": Kind.ACTIVITY,
    "activity_attendees": Kind.ACTIVITY,
    "buffered_events": Kind.BUFFER, "buffered_event_candidates": Kind.BUFFER,
    "statuses": Kind.OFFICE_LIST, "ratings": Kind.OFFICE_LIST, "conversion_stages": Kind.OFFICE_LIST,
    "categories": Kind.OFFICE_LIST, "activity_types": Kind.OFFICE_LIST,
    "office_settings": Kind.SETTING, "alert_rules": Kind.SETTING, "retention_targets": Kind.SETTING,
    "import_mappings": Kind.SETTING,
    "users": Kind.USER,
    "campaigns": Kind.CAMPAIGN, "campaign_members": Kind.CAMPAIGN, "campaign_send_outs": Kind.CAMPAIGN,
    "projects": Kind.CAMPAIGN, "project_participants": Kind.CAMPAIGN,
    "reminder_states": Kind.REMINDER,
}
"""Tables nobody watches (audit entries, counters, the alert log, search rows) are left out."""


@dataclass(frozen=True)
class Changes:
    """One committed write. ``ids[kind]`` and ``contact_ids`` are None when unknown or many."""

    ids: dict[Kind, frozenset[int] | None]
    contact_ids: frozenset[int] | None = frozenset()
    origin: str = "here"

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(self.ids)

    def touches(self, kinds: Iterable[Kind]) -> bool:
        return any(k in self.ids for k in kinds)

    def touches_contact(self, contact_id: int | None) -> bool:
        """Whether a contact's own records may have changed (None: any contact)."""
        return contact_id is None or self.contact_ids is None or contact_id in self.contact_ids

    def ids_of(self, kind: Kind) -> frozenset[int] | None:
        return self.ids.get(kind, frozenset())


def changes_of(kind: Kind, ids: Iterable[int] | None = (), contact_ids: Iterable[int | None] | None = (),
               *, origin: str = "here") -> Changes:
    """A ``Changes`` of one kind; ``None`` for ids or contacts means "many or unknown"."""
    return Changes({kind: _bounded(ids)}, _bounded(contact_ids), origin)


# -- listeners ------------------------------------------------------------------------

_listeners: list[Callable[[Changes], None]] = []
_listeners_lock = threading.Lock()


def subscribe(listener: Callable[[Changes], None]) -> Callable[[], None]:
    """Call ``listener(changes)`` after every committed write; returns the unsubscribe."""
    with _listeners_lock:
        _listeners.append(listener)

    def unsubscribe() -> None:
        with _listeners_lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return unsubscribe


def publish(changes: Changes) -> None:
    """Tell every listener. A listener that fails is logged; the write stands."""
    if not changes.ids:
        return
    with _listeners_lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener(changes)
        except Exception:
            log.exception("a change listener failed on %s", changes)


def announce(kind: Kind, ids: Iterable[int] | None = (),
             contact_ids: Iterable[int | None] | None = ()) -> None:
    """A Core-level write, committed: say what it changed (``None``: many or unknown)."""
    publish(changes_of(kind, ids, contact_ids))


def note(session: Session, kind: Kind, ids: Iterable[int] | None = None,
         contact_ids: Iterable[int | None] | None = None) -> None:
    """A Core-level write inside ``session``'s transaction: published at its commit
    with the ORM's own changes, dropped on rollback (``None``: many or unknown)."""
    pending = _pending(session)
    if ids is None:
        pending.note(kind, None, contact_ids)
    else:
        for row_id in ids:
            pending.note(kind, row_id, contact_ids)


# -- the ORM session hooks ---------------------------------------------------------------

@dataclass
class _Pending:
    ids: dict[Kind, set[int] | None] = field(default_factory=dict)
    contacts: set[int] | None = field(default_factory=set)

    def note(self, kind: Kind, row_id: int | None, contact_ids: Iterable[int | None] | None) -> None:
        known = self.ids.setdefault(kind, set())
        if known is not None:
            if row_id is None:
                self.ids[kind] = None
            else:
                known.add(row_id)
                if len(known) > MANY_IDS:
                    self.ids[kind] = None
        if self.contacts is not None:
            if contact_ids is None:
                self.contacts = None
                return
            self.contacts.update(c for c in contact_ids if c is not None)
            if len(self.contacts) > MANY_IDS:
                self.contacts = None

    def changes(self) -> Changes:
        return Changes({k: None if v is None else frozenset(v) for k, v in self.ids.items()},
                       None if self.contacts is None else frozenset(self.contacts))


def _pending(session: Session) -> _Pending:
    pending = session.info.get("ringcard_changes")
    if pending is None:
        pending = session.info["ringcard_changes"] = _Pending()
    return pending


def _contacts_of(obj: Any) -> list[int | None]:
    table = obj.__table__.name
    if table == "contacts":
        return [obj.id]
    if table == "company_links":
        return [obj.person_id, obj.company_id]
    return [getattr(obj, "contact_id", None)]


@event.listens_for(Session, "after_flush")
def _note_flush(session: Session, _ctx: Any) -> None:
    for group in (session.new, session.dirty, session.deleted):
        for obj in group:
            table = getattr(getattr(obj, "__table__", None), "name", None)
            kind = KIND_OF_TABLE.get(table or "")
            if kind is None or (group is session.dirty and not session.is_modified(obj)):
                continue
            _pending(session).note(kind, getattr(obj, "id", None), _contacts_of(obj))


@event.listens_for(Session, "do_orm_execute")
def _note_bulk(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    mapper = state.bind_mapper
    kind = KIND_OF_TABLE.get(mapper.local_table.name) if mapper is not None else None  # type: ignore[attr-defined]
    if kind is not None:
        _pending(state.session).note(kind, None, None)


@event.listens_for(Session, "after_commit")
def _publish_commit(session: Session) -> None:
    pending = session.info.pop("ringcard_changes", None)
    if pending is not None:
        publish(pending.changes())


@event.listens_for(Session, "after_rollback")
def _drop_rollback(session: Session) -> None:
    session.info.pop("ringcard_changes", None)


def _bounded(values: Iterable[int | None] | None) -> frozenset[int] | None:
    if values is None:
        return None
    kept = frozenset(v for v in values if v is not None)
    return None if len(kept) > MANY_IDS else kept
