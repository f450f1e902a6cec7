"""Substring search over names, companies, e-mails and phone digits.

"ith" finds Smith and Smithson. Results are ordered by name and paged by a
cursor (the last row's sort name and id).

SQLite: the FTS5 trigram index's rowid carries a name key in its high bits
(``app.models.naming``), so FTS5 yields hits in name order: the first page
costs a page of hits plus the hits that share the boundary's name key, not a
sort of every hit. PostgreSQL: pg_trgm GIN with ILIKE. Terms under three
characters (too short for trigrams) are a prefix range on the name index.
Search text is always plain text: quotes, %, _ and FTS syntax mean themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select, text, tuple_
from sqlalchemy.orm import Session

from app.models import Contact
from app.models.naming import ID_BITS, ID_MASK, name_key, sort_name
from app.models.search_index import contact_fts, contact_search
from app.services.contacts import why_matched
from app.services.contacts.list_rows import Filters, rows_in
from app.services.context import AppContext
from app.services.dto import ContactRow

_PHONE_LIKE = re.compile(r"^[\d\s+().\-/]+$")
Cursor = tuple[str, int]


@dataclass(frozen=True)
class SearchPage:
    rows: list[ContactRow]
    next_cursor: Cursor | None  # None: this was the last page


def search(ctx: AppContext, term: str, filters: Filters | None = None, *, limit: int = 50,
           after: Cursor | None = None) -> SearchPage:
    with ctx.read() as s:
        ids, more = search_ids(s, term, filters or Filters(), limit=limit, after=after)
        rows = rows_in(s, [i for i, _ in ids])
        cursor = (ids[-1][1], ids[-1][0]) if more and ids else None
        return SearchPage(rows, cursor)


def count(ctx: AppContext, term: str, filters: Filters | None = None) -> int:
    with ctx.read() as s:
        return count_in(s, term, filters or Filters())


def reasons(ctx: AppContext, term: str, rows: list[ContactRow]) -> dict[int, str]:
    """Why each hit of ``rows`` matched when its name does not say ("Matched e-mail:
    ..."), for the list's tooltips: asked after the hits are on screen, so a search
    costs what it did (the extra queries made it 4-9% slower in the benchmark)."""
    with ctx.read() as s:
        return why_matched.explain(s, _effective(term), rows)


def count_up_to(ctx: AppContext, term: str, filters: Filters, *, cap: int,
                excluding: Filters | None = None) -> int:
    """Hits within ``filters``, counted up to ``cap + 1`` at most (a hint that says
    "1,000+" need not count 40,000); ``excluding``: leave out the hits of that list
    (the one on screen: its type or kind), so "more" means hits not yet seen."""
    term = _effective(term)
    if not term:
        return 0
    with ctx.read() as s:
        params: dict[str, str] = {}
        if len(term) < 3:
            prefix = sort_name(term)
            if not prefix:
                return 0
            q = _prefix(filters.apply(select(Contact.id)), prefix)
        elif s.get_bind().dialect.name == "sqlite":
            q, _rowid = _fts_select(filters)
            params["q"] = _fts_query(term)
        else:
            q = filters.apply(select(Contact.id).select_from(contact_search)
                              .join(Contact, Contact.id == contact_search.c.contact_id)
                              .where(contact_search.c.doc.ilike(_like_pattern(term), escape="\\")))
        if excluding is not None and excluding.contact_type:
            q = q.where(Contact.contact_type != excluding.contact_type)
        if excluding is not None and excluding.kind:
            q = q.where(Contact.kind != excluding.kind)
        bounded = select(func.count()).select_from(q.limit(cap + 1).subquery())
        return int(s.execute(bounded, params).scalar() or 0)


def _fts_query(term: str) -> str:
    """The term as one FTS5 phrase (plain text), or its digits if phone-like."""
    if _PHONE_LIKE.match(term):
        digits = re.sub(r"\D", "", term)
        if len(digits) >= 3:
            term = digits
    return '"' + term.replace('"', '""') + '"'


def _effective(term: str) -> str:
    term = " ".join(term.split())
    if _PHONE_LIKE.match(term) and len(re.sub(r"\D", "", term)) >= 3:
        return re.sub(r"\D", "", term)
    return term


def search_ids(s: Session, term: str, filters: Filters, *, limit: int,
               after: Cursor | None) -> tuple[list[tuple[int, str]], bool]:
    """(id, sort_name) of the next ``limit`` hits in name order, and whether more exist."""
    term = _effective(term)
    if not term:
        return _browse(s, "", filters, limit, after)
    if len(term) < 3:
        prefix = sort_name(term)
        if not prefix:  # only punctuation: nothing a name can start with
            return [], False
        return _browse(s, prefix, filters, limit, after)
    if s.get_bind().dialect.name == "sqlite":
        return _fts(s, term, filters, limit, after)
    return _trgm(s, term, filters, limit, after)


def _prefix(q, prefix: str):  # type: ignore[no-untyped-def]
    """Names starting with ``prefix``: an index range on sort_name (binary order)."""
    return q.where(Contact.sort_name >= prefix,
                   Contact.sort_name < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def _browse(s: Session, prefix: str, filters: Filters, limit: int,
            after: Cursor | None) -> tuple[list[tuple[int, str]], bool]:
    q = filters.apply(select(Contact.id, Contact.sort_name))
    if prefix:
        q = _prefix(q, prefix)
    if after is not None:
        q = q.where(tuple_(Contact.sort_name, Contact.id) > tuple_(*after))
    got = s.execute(q.order_by(Contact.sort_name, Contact.id).limit(limit + 1)).all()
    return [(r[0], r[1]) for r in got[:limit]], len(got) > limit


def _fts_select(filters: Filters):  # type: ignore[no-untyped-def]
    rowid = contact_fts.c.rowid
    q = (select(rowid, Contact.id, Contact.sort_name)
         .select_from(contact_fts)
         .join(Contact, Contact.id == rowid.op("&")(ID_MASK))
         .where(text("contact_fts MATCH :q")))
    return filters.apply(q), rowid


def _fts(s: Session, term: str, filters: Filters, limit: int,
         after: Cursor | None) -> tuple[list[tuple[int, str]], bool]:
    q, rowid = _fts_select(filters)
    params = {"q": _fts_query(term)}
    if after is not None:
        q = q.where(rowid >= (name_key(after[0]) << ID_BITS))
    q = q.order_by(rowid)
    hits: list[tuple[int, str]] = []
    last_rowid = None
    # read in name-key order until we hold `limit` hits past the cursor, then
    # the rest of the boundary name key (its hits are in id order, not name order)
    batch = limit + 1
    while True:
        page = q if last_rowid is None else q.where(rowid > last_rowid)
        got = s.execute(page.limit(batch), params).all()
        for _rid, cid, sname in got:
            if after is None or (sname, cid) > after:
                hits.append((cid, sname))
        if len(got) < batch:
            break  # no more hits at all
        last_rowid = got[-1][0]
        if len(hits) > limit:
            boundary_end = ((last_rowid >> ID_BITS) + 1) << ID_BITS
            tail = s.execute(q.where(rowid > last_rowid, rowid < boundary_end), params).all()
            hits.extend((cid, sname) for _r, cid, sname in tail
                        if after is None or (sname, cid) > after)
            break
        batch = min(batch * 4, 20_000)
    # every hit not read has a greater name key, hence a greater name: exact
    hits.sort(key=lambda h: (h[1], h[0]))
    return hits[:limit], len(hits) > limit


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _trgm(s: Session, term: str, filters: Filters, limit: int,
          after: Cursor | None) -> tuple[list[tuple[int, str]], bool]:
    q = (select(Contact.id, Contact.sort_name).select_from(contact_search)
         .join(Contact, Contact.id == contact_search.c.contact_id)
         .where(contact_search.c.doc.ilike(_like_pattern(term), escape="\\")))
    q = filters.apply(q)
    if after is not None:
        q = q.where(tuple_(Contact.sort_name, Contact.id) > tuple_(*after))
    got = s.execute(q.order_by(Contact.sort_name, Contact.id).limit(limit + 1)).all()
    return [(r[0], r[1]) for r in got[:limit]], len(got) > limit


def count_in(s: Session, term: str, filters: Filters) -> int:
    term = _effective(term)
    if len(term) < 3:
        q = filters.apply(select(func.count()).select_from(Contact))
        if term:
            prefix = sort_name(term)
            if not prefix:
                return 0
            q = _prefix(q, prefix)
        return int(s.scalar(q) or 0)
    if s.get_bind().dialect.name == "sqlite":
        q, _rowid = _fts_select(filters)
        if filters == Filters():
            return int(s.execute(text("SELECT count(*) FROM contact_fts WHERE contact_fts MATCH :q"),
                                 {"q": _fts_query(term)}).scalar() or 0)
        return int(s.execute(select(func.count()).select_from(q.subquery()),
                             {"q": _fts_query(term)}).scalar() or 0)
    q = (select(func.count()).select_from(contact_search)
         .join(Contact, Contact.id == contact_search.c.contact_id)
         .where(contact_search.c.doc.ilike(_like_pattern(term), escape="\\")))
    return int(s.scalar(filters.apply(q)) or 0)
