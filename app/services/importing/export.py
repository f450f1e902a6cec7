"""Export lists as CSV or Excel (.xlsx), streamed page by page.

Contacts and companies are exported with a list's current filters and order
(``contact_list.Filters``, ``contact_list.ordered_ids``); only the id array is
held whole (8 MB for 1M contacts), the rows are read and written ``PAGE`` at a
time. Activities are exported with ``ActivityFilters`` (one contact or all, kinds,
a time span, an owner), never with what the user may not see (other users'
private activities: ``policy.visible_activities``).

Formula escaping (OWASP "CSV Injection"): a cell that begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return gets a leading single quote, so a
spreadsheet shows it as text instead of running it; so does a cell holding a
separator (``,`` ``;`` tab ``|``) or a quote right before one of those signs
(``;=1+2``): a spreadsheet splitting at another separator than the file's would
start a cell there. Every CSV field is quoted too, so one that splits at several
separators (LibreOffice's comma and semicolon) but honours quotes keeps each whole. The one exception: a cell
of a phone column whose every " ::: "-separated part is a phone number the one
normaliser accepts (``phones.normalize``, strict) written only with digits, spaces
and ``+ ( ) . / -`` (plus an optional " ext. 123") stays as it is, so
"+44 20 7946 0958" remains readable and importable. Such a cell has no quotes,
parentheses after a name, ``!`` or ``|``, so it cannot call a function (DDE,
HYPERLINK, ...); the worst a spreadsheet can do with it is show it as a number. The same rule applies to
CSV and to .xlsx (where the cells are written as text anyway, so the quote
also protects a user who re-saves the sheet as CSV).

CSV is UTF-8 with a byte-order mark so Excel detects the encoding; the header
names are the field labels of Ringcard's import (``import_read.FIELDS``: "First name",
"Work phone", "Street", ...), so an export maps back without a saved mapping.
Several values in one cell (a second e-mail, a second work number) are joined
with " ::: " as Google Contacts does, which the import splits again.
"""

from __future__ import annotations

import csv
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import phonenumbers
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    Activity,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactWebsite,
    Rating,
    Status,
    User,
)
from app.services import policy
from app.services.contacts import list_rows as contact_list
from app.services.contacts import phones
from app.services.context import Actor, AppContext
from app.services.office import settings as office_settings

PAGE = 1000
FORMATS = ("csv", "xlsx")

SEPARATOR = " ::: "
# phone kind -> column
PHONE_COLUMNS = {"work": "Work phone", "mobile": "Mobile phone", "home": "Home phone", "fax": "Fax"}
ADDRESS_COLUMNS = ("Street", "Postcode", "City", "Region", "Country")
_COMMON = ("E-mail", *PHONE_COLUMNS.values(), "Website", *ADDRESS_COLUMNS, "Type", "Status",
           "Rating", "Rep", "Customer number")
CONTACT_HEADER = ("First name", "Last name", "Company", "Job title", *_COMMON)
COMPANY_HEADER = ("Company", *_COMMON)
ACTIVITY_HEADER = ("Kind", "When", "Subject", "Owner", "Status", "Contact")

_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
# a separator (or a quote) right before a formula sign: a spreadsheet that splits the
# line at another separator than the file's (Excel in a ";" locale) starts a cell there
_HIDDEN_FORMULA = re.compile(r"[,;\t|\"'][\"']*[=+\-@]")
_PHONE_CHARS = re.compile(r"^\+?[0-9][0-9 ()./-]*( ext\. [0-9]{1,10})?$")

Progress = Callable[[int], None]
_Query = TypeVar("_Query", bound=Select)
_PEOPLE = contact_list.Filters(kind="person")
_ANY = contact_list.Filters()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def needs_escape(value: str) -> bool:
    """A spreadsheet could read ``value``, or a cell split off it, as a formula."""
    return value.startswith(_DANGEROUS_START) or _HIDDEN_FORMULA.search(value) is not None


def escape_cell(value: str, *, region: str = "", phone_column: bool = False) -> str:
    """``value`` made safe for a spreadsheet (see the module docstring)."""
    if not value or not needs_escape(value):
        return value
    if phone_column and _is_phone_list(value, region):
        return value
    return "'" + value


def _is_phone_list(value: str, region: str) -> bool:
    for part in value.split(SEPARATOR):
        if not _PHONE_CHARS.match(part):
            return False
        try:
            phones.normalize(part, region or "ZZ")
        except phones.PhoneError:
            return False
    return True


def _phone_text(e164: str | None, raw: str, extension: str) -> str:
    """International format: readable and unambiguous whatever the importer's region."""
    if not e164:
        return raw
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return raw
    text = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return f"{text} ext. {extension}" if extension else text


@dataclass
class _Details:
    """The lists of a page of contacts, by contact id."""

    phones: dict[int, dict[str, list[str]]]
    emails: dict[int, list[str]]
    websites: dict[int, list[str]]
    address: dict[int, list[str]]


def _page_details(s: Session, ids: list[int]) -> _Details:
    phones_of: dict[int, dict[str, list[str]]] = {}
    for cid, kind, raw, e164, ext in s.execute(
        select(ContactPhone.contact_id, ContactPhone.kind, ContactPhone.raw, ContactPhone.e164,
               ContactPhone.extension)
        .where(ContactPhone.contact_id.in_(ids))
        .order_by(ContactPhone.contact_id, ContactPhone.position, ContactPhone.id)
    ):
        column = kind if kind in PHONE_COLUMNS else "work"
        phones_of.setdefault(cid, {}).setdefault(column, []).append(_phone_text(e164, raw, ext))
    emails: dict[int, list[str]] = {}
    for cid, addr in s.execute(
        select(ContactEmail.contact_id, ContactEmail.address)
        .where(ContactEmail.contact_id.in_(ids))
        .order_by(ContactEmail.contact_id, ContactEmail.position, ContactEmail.id)
    ):
        emails.setdefault(cid, []).append(addr)
    websites: dict[int, list[str]] = {}
    for cid, url in s.execute(
        select(ContactWebsite.contact_id, ContactWebsite.url)
        .where(ContactWebsite.contact_id.in_(ids))
        .order_by(ContactWebsite.contact_id, ContactWebsite.position, ContactWebsite.id)
    ):
        websites.setdefault(cid, []).append(url)
    address: dict[int, list[str]] = {}  # the first address only: one set of columns
    for a in s.scalars(select(ContactAddress).where(ContactAddress.contact_id.in_(ids))
                       .order_by(ContactAddress.contact_id, ContactAddress.position,
                                 ContactAddress.id)):
        address.setdefault(a.contact_id, [a.street, a.postcode, a.city, a.region, a.country])
    return _Details(phones_of, emails, websites, address)


def _contact_page(s: Session, ids: list[int], region: str, companies: bool) -> list[list[str]]:
    q = (select(Contact.id, Contact.first_name, Contact.last_name, Contact.company_name,
                Contact.title, Contact.contact_type, Status.name, Rating.name, User.username,
                User.full_name, Contact.customer_number)
         .outerjoin(Status, Status.id == Contact.status_id)
         .outerjoin(Rating, Rating.id == Contact.rating_id)
         .outerjoin(User, User.id == Contact.assigned_rep_id)
         .where(Contact.id.in_(ids)))
    base = {r[0]: r for r in s.execute(q)}
    more = _page_details(s, ids)
    no_address = [""] * len(ADDRESS_COLUMNS)
    out = []
    for cid in ids:
        r = base.get(cid)
        if r is None:  # deleted since the ids were read
            continue
        _id, first, last, cname, title, ctype, status, rating, user, full, number = r
        ph = more.phones.get(cid, {})
        phone_cells = [escape_cell(SEPARATOR.join(ph.get(k, [])), region=region, phone_column=True)
                       for k in PHONE_COLUMNS]
        email = SEPARATOR.join(more.emails.get(cid, []))
        head = [cname, email] if companies else [first, last, cname, title, email]
        tail = [SEPARATOR.join(more.websites.get(cid, [])), *more.address.get(cid, no_address),
                ctype, status or "", rating or "", full or user or "", number or ""]
        out.append([escape_cell(v) for v in head] + phone_cells + [escape_cell(v) for v in tail])
    return out


def contact_records(ctx: AppContext, filters: contact_list.Filters, sort: str = "name",
                    descending: bool = False, *, companies: bool = False,
                    ids: Sequence[int] | None = None) -> Iterator[list[str]]:
    """The escaped cells of each contact of the list, in the list's order, a page at a
    time; ``ids``: exactly these contacts in this order (a search's hits), not the list."""
    ids = (array("q", ids) if ids is not None
           else contact_list.ordered_ids(ctx, filters, sort, descending))
    with ctx.read() as s:
        region = office_settings.home_region(s)
    for start in range(0, len(ids), PAGE):
        with ctx.read() as s:  # no session held open while the caller writes the page
            page = _contact_page(s, ids[start:start + PAGE].tolist(), region, companies)
        yield from page


@dataclass(frozen=True)
class ActivityFilters:
    """Which activities an export holds; None / empty means any. ``kinds`` match
    the base kind and ``type_ids`` the office-defined types; with both, either
    matches (as in the Activity History tab). ``start`` and ``end`` bound
    ``occurred_at`` (start included, end excluded). ``company_too``: with
    ``contact_id``, also the activities whose company it is (those of its people)."""

    contact_id: int | None = None
    kinds: tuple[str, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    owner_id: int | None = None
    type_ids: tuple[int, ...] = ()
    company_too: bool = False

    def apply(self, q: _Query, viewer: Actor) -> _Query:
        """``q`` (over Activity) narrowed to these filters and to what ``viewer`` may
        see: other users' private activities are never exported."""
        q = q.where(policy.visible_activities(viewer))
        if self.contact_id is not None:
            mine = Activity.contact_id == self.contact_id
            q = q.where(or_(mine, Activity.company_id == self.contact_id) if self.company_too
                        else mine)
        if self.kinds and self.type_ids:
            q = q.where(or_(Activity.kind.in_(list(self.kinds)),
                            Activity.type_id.in_(list(self.type_ids))))
        elif self.kinds:
            q = q.where(Activity.kind.in_(list(self.kinds)))
        elif self.type_ids:
            q = q.where(Activity.type_id.in_(list(self.type_ids)))
        if self.start is not None:
            q = q.where(Activity.occurred_at >= self.start)
        if self.end is not None:
            q = q.where(Activity.occurred_at < self.end)
        if self.owner_id is not None:
            q = q.where(Activity.owner_id == self.owner_id)
        return q


_ALL_ACTIVITIES = ActivityFilters()


def count_activities(ctx: AppContext, filters: ActivityFilters = _ALL_ACTIVITIES) -> int:
    """How many activities an export with ``filters`` writes (a progress bar's total)."""
    with ctx.read() as s:
        return int(s.scalar(filters.apply(select(func.count(Activity.id)), ctx.actor)) or 0)


def activity_records(ctx: AppContext, contact_id: int | None = None,
                     filters: ActivityFilters = _ALL_ACTIVITIES) -> Iterator[list[str]]:
    """Activities of one contact (or all) matching ``filters``, in the order they
    were recorded, without others' private ones."""
    if contact_id is not None:
        filters = replace(filters, contact_id=contact_id)
    cols = (Activity.id, Activity.kind, Activity.occurred_at, Activity.subject, User.username,
            User.full_name, Activity.status, Contact.first_name, Contact.last_name,
            Contact.company_name, Contact.kind)
    after: int = 0
    while True:
        q = (filters.apply(select(*cols), ctx.actor).outerjoin(User, User.id == Activity.owner_id)
             .outerjoin(Contact, Contact.id == Activity.contact_id)
             .where(Activity.id > after).order_by(Activity.id).limit(PAGE))
        with ctx.read() as s:
            page = s.execute(q).all()
        for _id, kind, when, subject, user, full, status, first, last, cname, ckind in page:
            who = cname if ckind == "company" else " ".join(p for p in (first, last) if p)
            cells = [kind, when.strftime("%Y-%m-%d %H:%M"), subject or "", full or user or "",
                     status, who or ""]
            yield [escape_cell(c) for c in cells]
        if len(page) < PAGE:
            return
        after = page[-1][0]


def write_csv(path: Path, header: Iterable[str], records: Iterable[list[str]],
              progress: Progress | None = None) -> int:
    """UTF-8 with BOM, comma separated, every field quoted when needed; returns the row count."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_ALL)  # no separator inside a field splits it
        writer.writerow(list(header))
        for rec in records:
            writer.writerow(rec)
            count += 1
            if progress and count % PAGE == 0:
                progress(count)
    return count


def write_xlsx(path: Path, header: Iterable[str], records: Iterable[list[str]],
               title: str = "Export", progress: Progress | None = None) -> int:
    """A write-only (streamed) workbook; every cell is text, so nothing is a formula."""
    from openpyxl import Workbook  # here: the importer uses this module, not openpyxl (6 MiB)

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title)
    ws.append(list(header))
    count = 0
    for rec in records:
        ws.append(rec)  # escaped: no value starts with "=", so openpyxl stores text
        count += 1
        if progress and count % PAGE == 0:
            progress(count)
    wb.save(path)
    return count


def _write(path: Path, fmt: str, header: tuple[str, ...], records: Iterable[list[str]],
           title: str, progress: Progress | None) -> ExportResult:
    if fmt not in FORMATS:
        raise ValueError(f"cannot export as {fmt!r}; choose one of {', '.join(FORMATS)}")
    path = Path(path)
    if fmt == "csv":
        n = write_csv(path, header, records, progress)
    else:
        n = write_xlsx(path, header, records, title, progress)
    return ExportResult(path, n)


def export_contacts(ctx: AppContext, path: Path, fmt: str,
                    filters: contact_list.Filters = _PEOPLE,
                    sort: str = "name", descending: bool = False,
                    progress: Progress | None = None,
                    ids: Sequence[int] | None = None) -> ExportResult:
    return _write(path, fmt, CONTACT_HEADER,
                  contact_records(ctx, filters, sort, descending, ids=ids), "Contacts", progress)


def export_companies(ctx: AppContext, path: Path, fmt: str,
                     filters: contact_list.Filters = _ANY,
                     sort: str = "name", descending: bool = False,
                     progress: Progress | None = None,
                     ids: Sequence[int] | None = None) -> ExportResult:
    """Companies only, whatever ``filters.kind`` says (or exactly ``ids``)."""
    only = contact_list.Filters(**{**filters.__dict__, "kind": "company"})
    return _write(path, fmt, COMPANY_HEADER,
                  contact_records(ctx, only, sort, descending, companies=True, ids=ids),
                  "Companies", progress)


def export_activities(ctx: AppContext, path: Path, fmt: str, contact_id: int | None = None,
                      progress: Progress | None = None, *,
                      filters: ActivityFilters = _ALL_ACTIVITIES) -> ExportResult:
    """Activities as CSV or Excel; ``contact_id`` (when given) narrows ``filters``."""
    return _write(path, fmt, ACTIVITY_HEADER, activity_records(ctx, contact_id, filters),
                  "Activities", progress)
