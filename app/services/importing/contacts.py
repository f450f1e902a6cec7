"""Import contacts from a CSV, Excel or vCard file: preview, then one transaction.

Each row becomes a ContactInput (``import_rows.parse``) validated by the contact
service's own rules, phones through the one normaliser. Duplicates are looked for
within the file and among stored contacts by e-mail, by normalised phone number
and by near-identical name plus company (the contact sort key: case, spacing,
punctuation and accents ignored). Rows go in batches of 1,000: each batch's
stored duplicates are found with a few set-based queries and its new contacts
written with Core statements (``import_bulk``), so earlier batches are stored
duplicates of later ones.

All-or-nothing by default: one transaction; if any row is invalid nothing is
written and the report lists every problem. ``skip_invalid`` writes the valid
rows. ``dry_run`` and ``cancel`` roll back too. Calls waiting in the unmatched
buffer move to the contacts that now own their numbers, in the same transaction
(an updated contact claims its own through ``contacts.update_in``). On SQLite the
search index's merging waits until after the commit (``search_index.merge_step``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import exc, func, select, text
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models import (
    BufferedEvent,
    Contact,
    ContactEmail,
    search_index,
)
from app.services.calls import lookup as phone_lookup
from app.services.contacts import core as contacts
from app.services.contacts import phones
from app.services.context import AppContext
from app.services.dto import ContactInput
from app.services.importing import bulk as import_bulk
from app.services.importing import parallel as import_parallel
from app.services.importing.export import needs_escape
from app.services.importing.read import FIELDS, SourceInfo, iter_rows, open_source
from app.services.importing.rows import NAME_FIELDS, Row, RowProblem, name_key, parse
from app.services.office import settings as office_settings
from app.services.validation import ValidationError

log = logging.getLogger(__name__)

AS_TYPES = ("lead", "potential", "customer", "account", "company")
ON_DUPLICATE = ("skip", "update", "create")
PROGRESS_EVERY = 100
BATCH = 1000  # rows checked for duplicates and written together
IMPORT_CACHE_KIB = 256 * 1024  # SQLite page cache while importing (the default is 2 MB)
LISTED_IDS = 10_000  # the report lists the first contacts written, not a big file's every one
WRITTEN_TABLE = "import_written"  # contact -> the first row that wrote it, for this import

@dataclass(frozen=True, slots=True)
class Duplicate:
    """A row that matches a stored contact or an earlier row (``how`` and ``action``
    are keys; ``how_label``/``action_label`` say them in the user's language)."""

    row: int
    how: str  # "e-mail", "phone" or "name and company"
    contact_id: int | None  # the stored (or already imported) contact it matches
    other_row: int | None  # the earlier row of the file it matches
    action: str  # "skipped", "updated" or "created"


@dataclass(frozen=True)
class PreviewRow:
    row: int
    kind: str
    first_name: str
    last_name: str
    company_name: str
    title: str
    phones: tuple[tuple[str, str], ...]  # (kind, number as stored: E.164 when it parses)
    emails: tuple[str, ...]
    websites: tuple[str, ...]
    address: str
    problems: tuple[RowProblem, ...]
    duplicate: Duplicate | None


@dataclass(frozen=True)
class ImportReport:
    """What the import did; when nothing was committed (``committed`` False) the
    counts say what it would have done."""

    rows: int
    created: int
    updated: int
    skipped_duplicates: int
    skipped_invalid: int
    problems: tuple[RowProblem, ...]
    duplicates: tuple[Duplicate, ...]
    calls_moved: int
    committed: bool  # False: nothing was written (problems, dry run or cancel)
    cancelled: bool
    dry_run: bool
    # created or updated, in file order, the first LISTED_IDS (empty unless committed)
    contact_ids: tuple[int, ...]


class _Rollback(Exception):
    """Leaves the import transaction without writing anything."""


@dataclass
class _Seen:
    """Duplicate keys of the rows read so far: key -> (row, contact id)."""

    emails: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    phones: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    names: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    row_of_contact: dict[int, int] = field(default_factory=dict)


# --- public API ----------------------------------------------------------

def preview(ctx: AppContext, path: str | Path, mapping: dict[int, str], as_type: str,
            limit: int = 20, *, encoding: str | None = None,
            delimiter: str | None = None) -> list[PreviewRow]:
    """The first ``limit`` rows as they will be stored, with their problems and
    the duplicate each one would be. Writes nothing."""
    _check_options(mapping, as_type, "skip")
    source = open_source(path, encoding=encoding, delimiter=delimiter)
    mapping = _clean_mapping(mapping, source)
    out: list[PreviewRow] = []
    seen = _Seen()
    with ctx.read() as s:
        region = office_settings.home_region(s)
        for number, cells in iter_rows(source):
            if len(out) >= limit:
                break
            row = parse(number, cells, source, mapping, as_type, region)
            dup = None if row.problems else _find_duplicate(s, row, seen)
            if dup is None and not row.problems:
                _remember(seen, row, None)
            out.append(_preview_row(row, dup))
    return out


def run_import(ctx: AppContext, path: str | Path, mapping: dict[int, str], as_type: str,
               on_duplicate: str = "skip", skip_invalid: bool = False, dry_run: bool = False,
               progress: Callable[[int], None] | None = None,
               cancel: Callable[[], bool] | None = None,
               choices: Mapping[int, str] | None = None, *,
               encoding: str | None = None, delimiter: str | None = None,
               workers: int | None = None) -> ImportReport:
    """Import every row of ``path`` in one transaction; see the module docstring.
    ``choices``: row number -> skip/update/create for that duplicate row (else
    ``on_duplicate``). ``progress`` is called with the number of rows read so far;
    ``cancel`` returning True rolls everything back. A file that turns unreadable
    part-way raises ImportFileError, and nothing is written. ``workers``: processes
    parsing beside the writes (None: one for a big file on a machine with two cores
    or more, see ``import_parallel``)."""
    _check_options(mapping, as_type, on_duplicate)
    choices = dict(choices or {})
    if bad := sorted({c for c in choices.values() if c not in ON_DUPLICATE}):
        message = translate("Import", "For duplicates choose {choices}, not {wrong}")
        raise ValidationError({"choices": message.format(choices=", ".join(ON_DUPLICATE),
                                                         wrong=", ".join(bad))})
    source = open_source(path, encoding=encoding, delimiter=delimiter)
    mapping = _clean_mapping(mapping, source)
    state = _Run()
    postgres = ctx.db.dialect == "postgresql"
    try:
        with ctx.write() as s:
            region = office_settings.home_region(s)
            digits = int(office_settings.get(s, "match_digits"))
            waiting_before = _buffered_count(s)
            import_bulk.create_keys_table(s, postgres)
            state.written = written = _Written(s, postgres)
            with _bulk_mode(s, postgres):
                # every row is written, even once the import is bound to roll back: later
                # rows then find earlier ones as stored duplicates, as they would for real
                for batch in import_parallel.parsed_batches(source, mapping, as_type, region,
                                                            BATCH, workers=workers):
                    for _row in batch:
                        if cancel is not None and cancel():
                            state.cancelled = True
                            raise _Rollback
                        state.rows += 1
                        if progress is not None and state.rows % PROGRESS_EVERY == 0:
                            progress(state.rows)
                    _write_batch(s, state, batch, on_duplicate, choices, digits, postgres)
                if progress is not None:
                    progress(state.rows)
                if dry_run or (state.problems and not skip_invalid):
                    raise _Rollback
                if waiting_before:  # an updated contact claimed its calls in update_in already
                    import_bulk.claim_buffered(s, written, digits)
                state.calls_moved = waiting_before - _buffered_count(s)
                import_bulk.drop_keys_table(s, postgres)
                written.drop()
                state.committed = True
    except _Rollback:
        pass
    if state.committed and not postgres:
        _merge_search_index(ctx)
    return state.report(dry_run)


def _merge_search_index(ctx: AppContext) -> None:
    """The search index's merging the import paused, in short write transactions.
    The import is committed already: a failure here is logged, not raised (searches
    stay correct; FTS5 merges the rest as later writes come in)."""
    try:
        while True:
            with ctx.write() as s:
                if not search_index.merge_step(s.connection()):
                    return
    except exc.OperationalError as error:
        log.warning("search index not merged after the import: %s", error)


def write_report(path: str | Path, report: ImportReport) -> None:
    """The row-by-row report as CSV (UTF-8 with BOM, opens in Excel): every
    problem, then every duplicate and what was done with it."""
    import csv

    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow([translate("Import", "Row"), translate("Import", "Column"),
                      translate("Import", "Problem")])
        for p in report.problems:
            out.writerow([p.row, _safe(p.column), _safe(p.reason)])
        for d in report.duplicates:
            out.writerow([d.row, "", _duplicate_text(d)])


def _duplicate_text(d: Duplicate) -> str:
    if d.other_row is not None:
        of = translate("Import", "row {number}").format(number=d.other_row)
    elif d.contact_id is not None:
        of = translate("Import", "stored contact {id}").format(id=d.contact_id)
    else:
        of = translate("Import", "an earlier row")
    return translate("Import", "Duplicate of {of} by {how}: {action}").format(
        of=of, how=how_label(d.how), action=action_label(d.action))


HOW_LABELS = {"e-mail": QT_TRANSLATE_NOOP("Import", "e-mail"), "phone": QT_TRANSLATE_NOOP("Import", "phone"),
              "name and company": QT_TRANSLATE_NOOP("Import", "name and company")}
ACTION_LABELS = {"skipped": QT_TRANSLATE_NOOP("Import", "skipped"),
                 "updated": QT_TRANSLATE_NOOP("Import", "updated"),
                 "created": QT_TRANSLATE_NOOP("Import", "created")}


def how_label(how: str) -> str:
    """"e-mail", "phone", "name and company": what a duplicate matched, as shown."""
    return translate("Import", how) if how in HOW_LABELS else how


def action_label(action: str) -> str:
    """"skipped", "updated", "created": what was done with a duplicate, as shown."""
    return translate("Import", action) if action in ACTION_LABELS else action


def _safe(value: str) -> str:
    """Report cells quote the file's own text: no formula runs when it is opened."""
    return "'" + value if needs_escape(value) else value


@contextmanager
def _bulk_mode(s: Session, postgres: bool) -> Iterator[None]:
    """The search index: this transaction's inserts do not index themselves; each
    batch is indexed at once (``import_bulk``). SQLite also gets a big page cache
    (the indexes of a big table take writes all over) and the search index's
    segment merging waits until after the commit. All undone before the
    transaction ends."""
    conn = s.connection()
    if not postgres:
        conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
        search_index.pause_merging(conn)  # merged after the commit, in short steps
    search_index.defer_indexing(conn)
    s.info[import_bulk.INDEXES_SEARCH] = True
    try:
        yield
    finally:
        s.info.pop(import_bulk.INDEXES_SEARCH, None)
        search_index.resume_indexing(conn)
        if not postgres:
            search_index.resume_merging(conn)
            conn.exec_driver_sql("PRAGMA cache_size=-2000")


# --- a batch of rows -------------------------------------------------------

@dataclass
class _Run:
    rows: int = 0
    created: int = 0
    updated: int = 0
    skipped_duplicates: int = 0
    skipped_invalid: int = 0
    calls_moved: int = 0
    committed: bool = False
    cancelled: bool = False
    problems: list[RowProblem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    contact_ids: dict[int, None] = field(default_factory=dict)  # the first LISTED_IDS, in order
    written: _Written | None = None  # every contact written, outside Python's memory

    def report(self, dry_run: bool) -> ImportReport:
        return ImportReport(
            rows=self.rows, created=self.created, updated=self.updated,
            skipped_duplicates=self.skipped_duplicates, skipped_invalid=self.skipped_invalid,
            problems=tuple(self.problems), duplicates=tuple(self.duplicates),
            calls_moved=self.calls_moved if self.committed else 0, committed=self.committed,
            cancelled=self.cancelled, dry_run=dry_run,
            contact_ids=tuple(self.contact_ids) if self.committed else ())

    def wrote(self, contact_id: int, row: int) -> None:
        if len(self.contact_ids) < LISTED_IDS:
            self.contact_ids.setdefault(contact_id)
        assert self.written is not None
        self.written.add(contact_id, row)

    def row_of(self, contact_id: int) -> int | None:
        """The first row of this import that wrote ``contact_id`` (None: a stored contact)."""
        assert self.written is not None
        return self.written.row_of(contact_id)


class _Written:
    """The contacts this import wrote, and the first row that wrote each, kept in a
    temporary table instead of Python's memory: a file of millions of rows needed
    some 200 bytes a row for them (a 200 MB file, 400 MB). Written a batch at a time
    (``flush``); a contact of the current batch is looked up before it is flushed."""

    def __init__(self, s: Session, postgres: bool) -> None:
        self._s, self._postgres = s, postgres
        self._pending: dict[int, int] = {}
        self._known: dict[int, int | None] = {}  # looked up for the current batch
        integer = "BIGINT" if postgres else "INTEGER"
        s.execute(text(f"CREATE TEMP TABLE IF NOT EXISTS {WRITTEN_TABLE} (contact_id {integer} "
                       f"PRIMARY KEY, file_row {integer})" + (" ON COMMIT DROP" if postgres else "")))
        s.execute(text(f"DELETE FROM {WRITTEN_TABLE}"))

    def add(self, contact_id: int, row: int) -> None:
        self._pending.setdefault(contact_id, row)

    def flush(self) -> None:
        self._known.clear()  # the batch is over: what it looked up may be written now
        if self._pending:
            self._s.execute(text(f"INSERT INTO {WRITTEN_TABLE} (contact_id, file_row) VALUES "
                                 "(:c, :r) ON CONFLICT (contact_id) DO NOTHING"),
                            [{"c": c, "r": r} for c, r in self._pending.items()])
            self._pending.clear()

    def look_up(self, contact_ids: set[int]) -> None:
        """Fetch the rows of a batch's stored matches at once (one query, not one a
        duplicate: 4,585 of them made a 100,000-row import 3% slower)."""
        self._known.clear()
        wanted = sorted(contact_ids - self._pending.keys())
        for lo in range(0, len(wanted), 500):
            part = wanted[lo:lo + 500]
            self._known.update(dict.fromkeys(part))
            marks = ", ".join(f":c{i}" for i in range(len(part)))
            self._known.update((int(c), int(r)) for c, r in self._s.execute(
                text(f"SELECT contact_id, file_row FROM {WRITTEN_TABLE} WHERE contact_id IN ({marks})"),
                {f"c{i}": c for i, c in enumerate(part)}))

    def row_of(self, contact_id: int) -> int | None:
        if contact_id in self._pending:
            return self._pending[contact_id]
        if contact_id in self._known:
            return self._known[contact_id]
        found = self._s.execute(text(f"SELECT file_row FROM {WRITTEN_TABLE} WHERE contact_id = :c"),
                                {"c": contact_id}).scalar()
        return None if found is None else int(found)

    def __contains__(self, contact_id: object) -> bool:
        return isinstance(contact_id, int) and self.row_of(contact_id) is not None

    def drop(self) -> None:
        if not self._postgres:  # PostgreSQL drops it at commit or rollback
            self._s.execute(text(f"DROP TABLE IF EXISTS temp.{WRITTEN_TABLE}"))


def _write_batch(s: Session, state: _Run, batch: list[Row], on_duplicate: str,
                 choices: dict[int, str], digits: int, postgres: bool) -> None:
    """Check a batch's rows for duplicates (within the batch, then among stored
    contacts, which include the earlier batches) and write them in file order."""
    valid = []
    for row in batch:
        if row.problems:
            state.problems.extend(row.problems)
            state.skipped_invalid += 1
        else:
            valid.append(row)
    if not valid:
        return
    stored = import_bulk.stored_matches(
        s, [import_bulk.NewContact(r.data, r.numbers, r.sort_key) for r in valid], digits)
    assert state.written is not None
    state.written.look_up(stored.contact_ids())
    local = _Seen()  # this batch's rows not written yet: key -> (row, None)
    pending: list[Row] = []
    row_ids: dict[int, int] = {}  # row number -> its new contact

    def flush() -> None:
        ids = import_bulk.insert_contacts(
            s, [import_bulk.NewContact(r.data, r.numbers, r.sort_key) for r in pending], postgres=postgres)
        for r, cid in zip(pending, ids, strict=True):
            row_ids[r.number] = cid
            state.wrote(cid, r.number)
        pending.clear()

    first_dup = len(state.duplicates)
    for row in valid:
        dup = _local_duplicate(row, local)
        if dup is None:
            cid, how = stored.find(row.data, row.numbers, digits, row.sort_key)
            if cid is not None:
                dup = Duplicate(row.number, how, cid, state.row_of(cid), "")
        if dup is None:
            pending.append(row)
            _remember(local, row, None)
            state.created += 1
            continue
        action = {"skip": "skipped", "update": "updated", "create": "created"}[
            choices.get(row.number, on_duplicate)]
        target = dup.contact_id
        if action == "updated" and target is None:  # it matches a row of this batch
            flush()
            target = row_ids[dup.other_row] if dup.other_row in row_ids else None
        state.duplicates.append(Duplicate(dup.row, dup.how, target, dup.other_row, action))
        if action == "skipped":
            state.skipped_duplicates += 1
        elif action == "created":
            pending.append(row)
            _remember(local, row, None)
            state.created += 1
        else:
            assert target is not None
            flush()  # file order: rows before it are written first
            _update_in(s, target, row.data)
            if s.info.get(import_bulk.INDEXES_SEARCH):  # the triggers do not index now
                search_index.refresh_contact(s.connection(), target)
            state.wrote(target, row.number)
            state.updated += 1
    flush()
    assert state.written is not None
    state.written.flush()
    for i in range(first_dup, len(state.duplicates)):  # matches of rows written since
        d = state.duplicates[i]
        if d.contact_id is None and d.other_row in row_ids:
            state.duplicates[i] = Duplicate(d.row, d.how, row_ids[d.other_row], d.other_row,
                                            d.action)


def _local_duplicate(row: Row, seen: _Seen) -> Duplicate | None:
    for how, keys, table in (("e-mail", [import_bulk.email_key(e.address) for e in row.data.emails],
                              seen.emails),
                             ("phone", _phone_keys(row), seen.phones),
                             ("name and company", [row.sort_key], seen.names)):
        for key in keys:
            if key in table:
                other_row, contact_id = table[key]
                return Duplicate(row.number, how, contact_id, other_row, "")
    return None


def _update_in(s: Session, contact_id: int, data: ContactInput) -> int:
    """Fill a stored contact's empty fields from ``data`` and add its new
    numbers, addresses, e-mails and websites; nothing stored is removed."""

    contact = s.get(Contact, contact_id)
    assert contact is not None
    merged = contacts.input_of(contact)
    for name in NAME_FIELDS:
        if getattr(data, name) and not getattr(merged, name).strip():
            setattr(merged, name, getattr(data, name))
    have = {p.e164 or p.digits_rev for p in contact.phones}
    region = office_settings.home_region(s)
    for p in data.phones:
        n = phones.normalize(p.number, region)
        if (n.e164 or n.digits_rev) not in have:
            merged.phones.append(p)
            have.add(n.e164 or n.digits_rev)
    mails = {e.address.strip().lower() for e in merged.emails}
    merged.emails += [e for e in data.emails if e.address.strip().lower() not in mails]
    merged.websites += [w for w in data.websites if w not in merged.websites]
    merged.addresses += [a for a in data.addresses if a not in merged.addresses]
    contacts.update_in(s, contact, merged)
    return contact_id


# --- duplicates ----------------------------------------------------------

def _phone_keys(row: Row) -> list[str]:
    return [n.e164 or n.digits for n in row.numbers]


def _find_duplicate(s: Session, row: Row, seen: _Seen) -> Duplicate | None:
    data = row.data
    emails = [e.address.strip().lower() for e in data.emails]
    for how, keys, table in (("e-mail", emails, seen.emails),
                             ("phone", _phone_keys(row), seen.phones),
                             ("name and company", [name_key(data)], seen.names)):
        for key in keys:
            if key in table:
                other_row, contact_id = table[key]
                return Duplicate(row.number, how, contact_id, other_row, "")
    contact_id, how = _stored_duplicate(s, row, emails)
    if contact_id is None:
        return None
    return Duplicate(row.number, how, contact_id, seen.row_of_contact.get(contact_id), "")


def _stored_duplicate(s: Session, row: Row, emails: list[str]) -> tuple[int | None, str]:
    if emails:
        found = s.scalar(select(ContactEmail.contact_id)
                         .where(func.lower(ContactEmail.address).in_(emails)).limit(1))
        if found is not None:
            return found, "e-mail"
    for n in row.numbers:
        ids = phone_lookup.lookup(s, n.e164 or n.raw, channel=phone_lookup.ANY).contact_ids
        if ids:
            return ids[0], "phone"
    found = s.scalar(select(Contact.id).where(Contact.sort_name == name_key(row.data),
                                              Contact.kind == row.data.kind).limit(1))
    return (found, "name and company") if found is not None else (None, "")


def _remember(seen: _Seen, row: Row, contact_id: int | None) -> None:
    entry = (row.number, contact_id)
    for e in row.data.emails:
        seen.emails.setdefault(e.address.strip().lower(), entry)
    for key in _phone_keys(row):
        seen.phones.setdefault(key, entry)
    seen.names.setdefault(row.sort_key, entry)


# --- helpers -------------------------------------------------------------

def _check_options(mapping: dict[int, str], as_type: str, on_duplicate: str) -> None:
    errors = {}
    if as_type not in AS_TYPES:
        errors["as_type"] = translate("Import", "Import as one of {choices}, not “{type}”").format(
            choices=", ".join(AS_TYPES), type=as_type)
    if on_duplicate not in ON_DUPLICATE:
        errors["on_duplicate"] = translate("Import", "For duplicates choose {choices}").format(
            choices=", ".join(ON_DUPLICATE))
    unknown = sorted({f for f in mapping.values() if f not in FIELDS})
    if unknown:
        errors["mapping"] = translate("Import", "Unknown field(s): {fields}").format(
            fields=", ".join(unknown))
    elif not {"first_name", "last_name", "company_name"} & set(mapping.values()):
        errors["mapping"] = translate(
            "Import", "Choose the column that holds the first name, last name or company")
    if errors:
        raise ValidationError(errors)


def _clean_mapping(mapping: dict[int, str], source: SourceInfo) -> dict[int, str]:
    """Integer column indexes (a mapping saved as JSON has string keys) within the header."""
    clean = {int(k): v for k, v in mapping.items()}
    outside = [i for i in clean if not 0 <= i < len(source.headers)]
    if outside:
        message = translate("Import", "The file has no column {number}")
        raise ValidationError({"mapping": message.format(number=outside[0] + 1)})
    return clean


def _buffered_count(s: Session) -> int:
    return int(s.scalar(select(func.count()).select_from(BufferedEvent)) or 0)


def _preview_row(row: Row, dup: Duplicate | None) -> PreviewRow:
    data = row.data
    if row.numbers:  # validated: as stored, E.164 where the number parses
        shown = tuple((p.kind, n.e164 or n.raw) for p, n in zip(data.phones, row.numbers, strict=True))
    else:
        shown = tuple((p.kind, p.number) for p in data.phones)
    address = ", ".join(x for a in data.addresses
                        for x in (a.street, a.postcode, a.city, a.region, a.country) if x)
    return PreviewRow(row.number, data.kind, data.first_name, data.last_name, data.company_name,
                      data.title, shown, tuple(e.address for e in data.emails),
                      tuple(data.websites), address, tuple(row.problems), dup)
