"""The importer's bulk path: a batch of validated rows checked for stored
duplicates with a few set-based queries, then written straight through the
driver (SQLite: executemany; PostgreSQL: COPY), ids drawn up front.

What it writes is what ``contacts.create_in`` writes for the same input (the
contact with its sort fields and completeness, its phones, e-mails, websites
and address, and the audit entries the ORM hook would add); a test compares
the two. It is here because ``create_in`` costs a flush, a completeness query
and a buffer query per contact: some 250 contacts a second, where a file of
100,000 rows needs 10,000.

On SQLite the children go in before their contact (the foreign keys checked at
commit), so a search row built at the contact's insert sees them. Inside an
import (``INDEXES_SEARCH``) the triggers do not index; each batch's contacts are
indexed with one statement (``search_index.index_new_contacts``).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from app.models import (
    AuditEntry,
    BufferedEvent,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactKind,
    ContactPhone,
    ContactType,
    ContactWebsite,
    search_index,
    utcnow,
)
from app.models.naming import name_key, sort_name
from app.services import audit, changes
from app.services.calls import lookup as phone_lookup
from app.services.contacts import completeness, phones
from app.services.contacts import core as contacts
from app.services.dto import ContactInput

KEYS_TABLE = "import_tail_keys"
# session.info key: in this transaction inserts do not index themselves for search
# (``search_index.defer_indexing``), so ``insert_contacts`` indexes its contacts
INDEXES_SEARCH = "import_indexes_search"


@dataclass
class NewContact:
    """A validated row to create: its input and its normalised numbers."""

    data: ContactInput
    numbers: list[phones.NormalizedPhone]
    sort_key: str = ""  # name_key_of(data), when the caller has it already

    def __post_init__(self) -> None:
        if not self.sort_key:
            self.sort_key = name_key_of(self.data)


# --- duplicates among stored contacts ------------------------------------

def email_key(address: str) -> str:
    return address.strip().lower()


def name_key_of(data: ContactInput) -> str:
    if data.kind == ContactKind.COMPANY:
        return sort_name(data.company_name)
    return sort_name(data.last_name, data.first_name, data.company_name)


def phone_key(n: phones.NormalizedPhone) -> str:
    return n.e164 or n.digits


@dataclass
class StoredMatches:
    """Stored contacts matching a batch's keys: key -> lowest contact id."""

    emails: dict[str, int]
    e164: dict[str, int]
    # (the first N reversed digits, "+" and country code or "") -> contact: as in
    # ``phone_lookup``, a number of a known country matches by tail only in that country
    tails: dict[tuple[str, str], int]
    names: dict[tuple[str, str], int]  # (sort name, kind)

    def contact_ids(self) -> set[int]:
        return {*self.emails.values(), *self.e164.values(), *self.tails.values(), *self.names.values()}

    def find(self, data: ContactInput, numbers: Sequence[phones.NormalizedPhone],
             match_digits: int, sort_key: str) -> tuple[int | None, str]:
        """As ``phone_lookup.lookup`` would decide, in the order e-mail, phone, name."""
        for e in data.emails:
            found = self.emails.get(email_key(e.address))
            if found is not None:
                return found, "e-mail"
        for n in numbers:
            found = self.e164.get(n.e164) if n.e164 else None
            if found is None and len(n.digits_rev) >= match_digits:
                found = self.tails.get(_tail_key(n, match_digits))
            if found is not None:
                return found, "phone"
        found = self.names.get((sort_key, data.kind))
        return (found, "name and company") if found is not None else (None, "")


def stored_matches(s: Session, rows: Iterable[NewContact], match_digits: int) -> StoredMatches:
    """One query per key kind for the whole batch."""
    emails: set[str] = set()
    e164s: set[str] = set()
    tails: set[tuple[str, str]] = set()
    names: set[str] = set()
    for r in rows:
        emails.update(email_key(e.address) for e in r.data.emails)
        for n in r.numbers:
            if n.e164:
                e164s.add(n.e164)
            if len(n.digits_rev) >= match_digits:
                tails.add(_tail_key(n, match_digits))
        names.add(r.sort_key)
    out = StoredMatches({}, {}, {}, {})
    if emails:
        lower = func.lower(ContactEmail.address)
        out.emails = {str(k): int(v) for k, v in s.execute(
            select(lower, func.min(ContactEmail.contact_id)).where(lower.in_(emails))
            .group_by(lower))}
    if e164s:
        out.e164 = {str(k): int(v) for k, v in s.execute(
            select(ContactPhone.e164, func.min(ContactPhone.contact_id))
            .where(ContactPhone.e164.in_(e164s)).group_by(ContactPhone.e164))}
    if tails:
        out.tails = _tail_matches(s, tails)
    if names:
        for name, kind, cid in s.execute(select(Contact.sort_name, Contact.kind, func.min(Contact.id))
                                         .where(Contact.sort_name.in_(names))
                                         .group_by(Contact.sort_name, Contact.kind)):
            out.names[(name, kind)] = cid
    return out


def _tail_key(n: phones.NormalizedPhone, match_digits: int) -> tuple[str, str]:
    """A number's tail and its country ("+49"; "" when it has no E.164 form). An
    imported number is read in its row's country, so its country is known."""
    return n.digits_rev[:match_digits], phones.country_prefix(n.e164)


def _tail_matches(s: Session, tails: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Stored numbers ending in each tail (reversed digits: a prefix range on the index),
    of the tail's country when it has one (country codes are a prefix code)."""
    s.execute(text(f"DELETE FROM {KEYS_TABLE}"))
    s.execute(text(f"INSERT INTO {KEYS_TABLE} (tail, upper, cc) VALUES (:tail, :upper, :cc)"),
              [{"tail": t, "upper": phones.next_digit_string(t) or t + "~", "cc": cc}
               for t, cc in tails])
    found = s.execute(text(
        f"SELECT k.tail, k.cc, min(p.contact_id) FROM {KEYS_TABLE} k JOIN contact_phones p "
        "ON p.digits_rev >= k.tail AND p.digits_rev < k.upper "
        "AND (k.cc = '' OR substr(p.e164, 1, length(k.cc)) = k.cc) "
        "GROUP BY k.tail, k.cc")).all()
    return {(tail, cc): int(cid) for tail, cc, cid in found}


def create_keys_table(s: Session, postgres: bool) -> None:
    if postgres:
        s.execute(text(f"CREATE TEMP TABLE IF NOT EXISTS {KEYS_TABLE} (tail VARCHAR(30), "
                       "upper VARCHAR(31), cc VARCHAR(4)) ON COMMIT DROP"))
    else:
        s.execute(text(f"CREATE TEMP TABLE IF NOT EXISTS {KEYS_TABLE} (tail TEXT, upper TEXT, "
                       "cc TEXT)"))


def drop_keys_table(s: Session, postgres: bool) -> None:
    if not postgres:  # PostgreSQL drops it at commit or rollback
        s.execute(text(f"DROP TABLE IF EXISTS temp.{KEYS_TABLE}"))


# --- writing -------------------------------------------------------------

def insert_contacts(s: Session, rows: Sequence[NewContact], *, postgres: bool) -> list[int]:
    """Create the contacts of ``rows`` (in order) with everything ``create_in`` writes;
    their ids in the same order."""
    if not rows:
        return []
    now = utcnow()
    values = [_contact_values(s, r, now) for r in rows]
    table = cast(Table, Contact.__table__)
    ids = _new_ids(s, table, len(rows), postgres)
    if not postgres:
        s.execute(text("PRAGMA defer_foreign_keys = ON"))  # until this transaction ends
        # the children first: the search row (the importer's, or the trigger's) sees them
        _insert_children(s, rows, ids, now, postgres=False)
    # in search-row order (name key, then id): FTS5 starts a new segment whenever a
    # rowid comes in below the last one, which in file order is every other row
    _raw_insert(s, table, sorted(({"id": i, **v} for i, v in zip(ids, values, strict=True)),
                                 key=lambda r: (r["name_key"], r["id"])))
    if postgres:
        _insert_children(s, rows, ids, now, postgres=True)
    if s.info.get(INDEXES_SEARCH):  # the importer switched the triggers' indexing off
        search_index.index_new_contacts(s.connection(), ids)
    _audit_contacts(s, rows, ids, values, now)
    changes.note(s, changes.Kind.CONTACT, ids, ids)
    return ids


def _new_ids(s: Session, table: Any, n: int, postgres: bool) -> list[int]:
    """Ids for ``n`` new rows: PostgreSQL draws them from the table's sequence; on
    SQLite, inside the write transaction, the ``n`` after the highest are free."""
    if postgres:
        return sorted(s.execute(text(
            f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
            "FROM generate_series(1, :n)"), {"n": n}).scalars())
    base = int(s.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar() or 0)
    return list(range(base + 1, base + 1 + n))


def _raw_insert(s: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """``rows`` straight through the driver (SQLite: executemany; PostgreSQL: COPY),
    each value bound as SQLAlchemy would bind it (its type's bind processor), without
    SQLAlchemy's per-row statement machinery (a third of the import's time)."""
    if not rows:
        return
    dialect = s.get_bind().dialect
    keys = list(rows[0])
    defaults = {c.name: c.default.arg for c in table.c  # the columns' Python-side defaults
                if c.name not in rows[0] and c.default is not None and c.default.is_scalar}
    if defaults:
        rows = [{**r, **defaults} for r in rows]
        keys += list(defaults)
    procs: list[tuple[int, Any, dict[Any, Any]]] = [
        (i, p, {}) for i, k in enumerate(keys)
        if (p := table.c[k].type._cached_bind_processor(dialect)) is not None]
    data = []
    for r in rows:
        values = [r[k] for k in keys]
        for i, proc, seen in procs:  # a batch's times and flags repeat: each bound once
            value = values[i]
            try:
                values[i] = seen[value]
            except KeyError:
                values[i] = seen[value] = proc(value)
            except TypeError:  # unhashable
                values[i] = proc(value)
        data.append(values)
    names = ", ".join(f'"{k}"' for k in keys)
    driver = s.connection().connection.driver_connection
    if dialect.name == "postgresql":
        with driver.cursor() as cur:  # type: ignore[union-attr]
            with cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                for values in data:
                    copy.write_row(values)
    else:
        sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(keys))})'
        driver.executemany(sql, data)  # type: ignore[union-attr]


def _contact_values(s: Session, r: NewContact, now: Any) -> dict[str, Any]:
    d = r.data
    first, last, company = d.first_name.strip(), d.last_name.strip(), d.company_name.strip()
    sortable = r.sort_key  # the contact service's sort name: the same parts, stripped or not
    customer_number = (contacts.next_customer_number(s)
                       if d.contact_type == ContactType.CUSTOMER and d.kind == ContactKind.COMPANY
                       else None)
    shape = SimpleNamespace(
        is_company=d.kind == ContactKind.COMPANY, company_name=company, first_name=first,
        last_name=last, phones=d.phones, emails=d.emails, addresses=d.addresses,
        websites=[w for w in d.websites if w.strip()], assigned_rep_id=d.assigned_rep_id,
        status_id=d.status_id, rating_id=d.rating_id, categories=d.category_ids,
        customer_number=customer_number, title=d.title)
    return {
        "kind": d.kind, "contact_type": d.contact_type, "account_kind": d.account_kind,
        "first_name": first, "last_name": last, "company_name": company, "title": d.title,
        "sort_name": sortable, "name_key": name_key(sortable), "customer_number": customer_number,
        "status_id": d.status_id, "rating_id": d.rating_id,
        "conversion_stage_id": d.conversion_stage_id, "assigned_rep_id": d.assigned_rep_id,
        "active": d.active, "call_contact": d.call_contact, "subscription_end": d.subscription_end,
        "follow_up_date": d.follow_up_date,
        "completeness": completeness.score(shape, has_company_link=False),  # type: ignore[arg-type]
        "created_at": now, "updated_at": now,
    }


def _insert_children(s: Session, rows: Sequence[NewContact], ids: Sequence[int], now: Any, *,
                     postgres: bool) -> None:
    phone_rows: list[dict[str, Any]] = []
    email_rows: list[dict[str, Any]] = []
    web_rows: list[dict[str, Any]] = []
    addr_rows: list[dict[str, Any]] = []
    for cid, r in zip(ids, rows, strict=True):
        for pos, (p, n) in enumerate(zip(r.data.phones, r.numbers, strict=True)):
            phone_rows.append({"contact_id": cid, "kind": p.kind, "raw": n.raw, "e164": n.e164,
                               "digits_rev": n.digits_rev, "search_digits": n.search_digits,
                               "extension": n.extension, "position": pos})
        for pos, e in enumerate(r.data.emails):
            email_rows.append({"contact_id": cid, "kind": e.kind, "address": e.address.strip(),
                               "position": pos})
        web_rows += [{"contact_id": cid, "url": u.strip(), "position": pos}
                     for pos, u in enumerate(r.data.websites) if u.strip()]
        for pos, a in enumerate(r.data.addresses):
            addr_rows.append({"contact_id": cid, "kind": a.kind, "street": a.street,
                              "postcode": a.postcode, "city": a.city, "region": a.region,
                              "country": a.country, "position": pos})
    audit_rows: list[dict[str, Any]] = []
    for model, rows_of in ((ContactPhone, phone_rows), (ContactEmail, email_rows),
                           (ContactWebsite, web_rows), (ContactAddress, addr_rows)):
        if not rows_of:
            continue
        table = cast(Table, model.__table__)  # type: ignore[attr-defined]
        child_ids = _new_ids(s, table, len(rows_of), postgres)
        _raw_insert(s, table, [{"id": i, **r} for i, r in zip(child_ids, rows_of, strict=True)])
        entity = audit.ENTITY[model]
        audit_rows += [_audit_row(s, now, entity, child_id, r["contact_id"],
                                  audit.summary(model, SimpleNamespace(**r)))
                       for child_id, r in zip(child_ids, rows_of, strict=True)]
    s.info.setdefault("import_audit", []).extend(audit_rows)


def _audit_contacts(s: Session, rows: Sequence[NewContact], ids: Sequence[int],
                    values: Sequence[dict[str, Any]], now: Any) -> None:
    """The audit entries of the contacts and (queued by ``_insert_children``) their details,
    in the order the ORM hook writes them: contacts first."""
    entries = [_audit_row(s, now, audit.ENTITY[Contact], cid, cid, audit.summary(Contact, SimpleNamespace(
                   display_name=_display_name(v)))) for cid, v in zip(ids, values, strict=True)]
    entries += s.info.pop("import_audit", [])
    _raw_insert(s, cast(Table, AuditEntry.__table__), entries)


def _display_name(values: dict[str, Any]) -> str:
    """``Contact.display_name`` of the values about to be written."""
    shape = SimpleNamespace(is_company=values["kind"] == ContactKind.COMPANY, **{
        k: values[k] for k in ("company_name", "first_name", "last_name")})
    return str(Contact.display_name.fget(shape))  # type: ignore[attr-defined]


def _audit_row(s: Session, now: Any, entity: str, entity_id: int, contact_id: int,
               new: str) -> dict[str, Any]:
    """A "create" entry as the audit hook writes it."""
    return {"at": now, "user": s.info.get("user") or "", "action": "create", "entity": entity,
            "entity_id": entity_id, "contact_id": contact_id, "field": "", "old": None, "new": new}


# --- calls waiting in the buffer ------------------------------------------

def claim_buffered(s: Session, contact_ids: Container[int], match_digits: int) -> int:
    """Move buffered events whose number or e-mail address now belongs (uniquely) to
    one of ``contact_ids`` into that contact's history. Looks at the buffer's numbers
    and addresses, not the import's."""
    from app.services.activities.core import email_owners, move_buffered_to_contact

    events = s.scalars(select(BufferedEvent).where(BufferedEvent.withheld.is_(False))
                       .order_by(BufferedEvent.id)).all()
    moved = 0
    owners: dict[str, tuple[int, ...]] = {}
    for ev in events:
        owner = None
        if ev.address:
            if ev.address not in owners:
                owners[ev.address] = email_owners(s, ev.address)
            found = owners[ev.address]
            owner = found[0] if len(found) == 1 else None
        if owner is None and ev.digits_rev:
            owner = phone_lookup.lookup(s, ev.number_raw, match_digits=match_digits,
                                        channel=phone_lookup.channel_for(ev.kind)).unique
        if owner is not None and owner in contact_ids:
            move_buffered_to_contact(s, ev, owner)
            moved += 1
    return moved
