"""`ringcard demo-data`: realistic people and companies, and their activities, fast.

A bulk load in one transaction: the search triggers are dropped, rows go in
with executemany, the search index is rebuilt once and the triggers come
back. Phone numbers are valid numbers of the home region, made from
``phones.templates`` (same result as the normaliser, checked by tests).
Sort keys and completeness come from the same functions the services use.
The load is recorded as one audit entry, not one per row.
"""

from __future__ import annotations

import functools
import itertools
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, column, func, insert, select, table, text
from sqlalchemy.orm import Session

from app.models import (
    AuditEntry,
    Category,
    Contact,
    ConversionStage,
    Counter,
    Rating,
    Status,
    User,
    search_index,
)
from app.models.naming import name_key, sort_name
from app.services import changes
from app.services.contacts import phones
from app.services.contacts.completeness import score_of
from app.services.context import AppContext
from app.services.demo.names import (
    CITIES,
    COMPANY_SUFFIXES,
    COMPANY_TRADES,
    COMPANY_WORDS,
    GIVEN_NAMES,
    MAIL_DOMAINS,
    ROLES,
    STREETS,
    SURNAMES,
    TITLES,
)
from app.services.office import settings as office_settings
from app.services.office import users

BATCH = 20_000
DEMO_REPS = ["abigail.milne", "duncan.mccreddie", "jason.king", "lucy.rowe", "mary.watson",
             "john.ginseng", "jemma.jones", "tom.hart"]
HISTORY = timedelta(days=3 * 365)  # demo contacts and activities span three years
NEW_WINDOW = timedelta(days=30)
NEW_SHARE = 0.03  # of demo contacts entered within the last 30 days
DEMO_CATEGORIES = ["Trade show", "Newsletter", "Partner", "Key account", "Referral"]
CONTACT_COLS = ("id", "kind", "contact_type", "account_kind", "first_name", "last_name",
                "company_name", "title", "sort_name", "name_key", "customer_number",
                "is_consumer", "status_id", "rating_id", "conversion_stage_id",
                "assigned_rep_id", "active", "call_contact", "subscription_end",
                "follow_up_date", "completeness", "created_at", "updated_at", "made_by_demo")


@dataclass(frozen=True)
class DemoResult:
    people: int
    companies: int
    seconds: float


@functools.lru_cache(maxsize=200_000)
def _sort_fields(kind: str, first: str, last: str, cname: str) -> tuple[str, int]:
    """Sort name and key; demo names repeat, so each pair is computed once."""
    sname = sort_name(cname) if kind == "company" else sort_name(last, first)
    return sname, name_key(sname)


def _zipf_weights(n: int, s: float = 0.9) -> list[float]:
    return list(itertools.accumulate(1.0 / (i + 1) ** s for i in range(n)))


class RowBuffer:
    """Row buffers per table, flushed in batches."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.buf: dict[str, tuple[Sequence[str], list[tuple[Any, ...]]]] = {}

    def add(self, table_name: str, cols: Sequence[str], row: tuple[Any, ...]) -> None:
        self.buf.setdefault(table_name, (cols, []))[1].append(row)

    def flush(self) -> None:
        # parents before children (foreign keys are on)
        for name, (cols, rows) in sorted(self.buf.items(), key=lambda kv: kv[0] != "contacts"):
            if not rows:
                continue
            if self.sqlite:  # the driver's executemany: several times faster than Core here
                marks = ",".join("?" * len(cols))
                self.conn.connection.driver_connection.executemany(  # type: ignore[union-attr]
                    f"INSERT INTO {name} ({','.join(cols)}) VALUES ({marks})", rows)
            else:
                t = table(name, *(column(c) for c in cols))
                self.conn.execute(insert(t), [dict(zip(cols, r, strict=True)) for r in rows])
            rows.clear()


def sql_time(moment: datetime) -> str:
    """A moment as SQLAlchemy stores it in SQLite (UTC text), for the raw inserts."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def db_time(moment: datetime) -> datetime:  # PostgreSQL takes the datetime itself
    return moment


def demo_reps(s: Session) -> list[int]:
    """The demo reps' ids: the generator adds them to the office, on purpose, when
    they are not there yet."""
    found = dict(s.execute(select(User.username, User.id).where(User.username.in_(DEMO_REPS))).all())
    return [found.get(name) or users.add_in(s, name).id for name in DEMO_REPS]


def _created_at(now: datetime, i: int, n: int) -> datetime:
    """When the i-th of n contacts was entered: in id order over the last three
    years, the newest NEW_SHARE of them within the last 30 days (the dashboard's
    "new customers")."""
    old = int(n * (1 - NEW_SHARE))
    if i < old:
        return now - HISTORY + (HISTORY - NEW_WINDOW) * (i / max(old, 1))
    return now - NEW_WINDOW + NEW_WINDOW * ((i - old + 1) / max(n - old, 1))


def generate(ctx: AppContext, n: int, *, seed: int = 1,
             progress: Callable[[int], None] | None = None) -> DemoResult:
    started = time.perf_counter()
    rnd = random.Random(seed)
    with ctx.write() as s:
        region = office_settings.home_region(s)
        templates = phones.templates(region) or phones.templates("GB")
        reps = demo_reps(s)
        for name in DEMO_CATEGORIES:
            if s.scalar(select(Category.id).where(Category.name == name)) is None:
                s.add(Category(name=name, position=len(DEMO_CATEGORIES)))
        s.flush()
        cats = list(s.scalars(select(Category.id).order_by(Category.position)))
        statuses = list(s.scalars(select(Status.id).order_by(Status.position)))
        ratings = list(s.scalars(select(Rating.id).order_by(Rating.position)))
        stages = list(s.scalars(select(ConversionStage.id).order_by(ConversionStage.position)))
        prefix = office_settings.get(s, "customer_number_prefix")
        width = office_settings.get(s, "customer_number_width")
        counter = s.get(Counter, "customer_number") or Counter(name="customer_number", value=0)
        s.add(counter)
        s.flush()
        next_number = counter.value
        next_id = (s.scalar(select(func.max(Contact.id))) or 0) + 1
        conn = s.connection()
        if conn.dialect.name == "sqlite":
            # a page cache big enough for the indexes: without it, randomly ordered
            # index inserts spill pages to the WAL over and over (3.4 GB written for 1M)
            conn.exec_driver_sql("PRAGMA cache_size=-1000000")
        search_index.drop_triggers(conn)
        rows = RowBuffer(conn)
        gen = _Generator(rnd, region, templates, reps, cats, statuses, ratings, stages)
        people = companies = 0
        stamp = sql_time if rows.sqlite else db_time
        started_at = datetime.now(UTC)
        recent_companies: list[tuple[int, str]] = []
        for i in range(n):
            cid = next_id + i
            created = stamp(_created_at(started_at, i, n))
            is_company = i % 10 == 0
            ctype = gen.contact_type()
            number = None
            if ctype == "customer" and (is_company or rnd.random() < 0.3):
                next_number += 1
                number = f"{prefix}{next_number:0{width}d}"
            if is_company:
                companies += 1
                gen.company(rows, cid, ctype, number, created)
                recent_companies.append((cid, rows.buf["contacts"][1][-1][6]))
                if len(recent_companies) > 200:
                    recent_companies.pop(0)
            else:
                people += 1
                gen.person(rows, cid, ctype, number, created, recent_companies)
            if (i + 1) % BATCH == 0:
                rows.flush()
                if progress:
                    progress(i + 1)
        rows.flush()
        if progress:
            progress(n)
        counter.value = next_number
        search_index.rebuild(conn)
        search_index.create_triggers(conn)
        if conn.dialect.name == "postgresql":
            for t in ("contacts", "contact_phones", "contact_emails", "contact_addresses",
                      "company_links"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), "
                                  f"(SELECT coalesce(max(id), 1) FROM {t}))"))
        s.add(AuditEntry(user=ctx.user, action="create", entity="demo_data", field="contacts",
                         new=f"{people} people, {companies} companies (seed {seed})"))
        s.flush()
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size=-2000")  # back to the default
    changes.announce(changes.Kind.CONTACT, None, None)
    return DemoResult(people, companies, time.perf_counter() - started)


class _Generator:
    def __init__(self, rnd: random.Random, region: str, templates: list[phones.NumberTemplate],
                 reps: list[int], cats: list[int], statuses: list[int], ratings: list[int],
                 stages: list[int]) -> None:
        self.rnd = rnd
        self.templates = templates
        self.reps, self.cats, self.statuses = reps, cats, statuses
        self.ratings, self.stages = ratings, stages
        self.cities = CITIES.get(region.upper(), CITIES["GB"])
        self.surname_w = _zipf_weights(len(SURNAMES))
        self.given_w = _zipf_weights(len(GIVEN_NAMES), 0.6)
        self.phone_seq = itertools.count(rnd.randrange(10 ** 6))

    def contact_type(self) -> str:
        r = self.rnd.random()
        return "lead" if r < 0.3 else "potential" if r < 0.5 else \
            "customer" if r < 0.9 else "account"

    def _phone(self, rows: RowBuffer, cid: int, kind: str, pos: int) -> None:
        tmpl = self.templates[1 if kind == "mobile" and len(self.templates) > 1 else 0]
        # a multiplicative step mod 10**free gives distinct numbers per template
        suffix = (next(self.phone_seq) * 7919) % 10 ** tmpl.free
        p = tmpl.make(suffix)
        rows.add("contact_phones",
                 ("contact_id", "kind", "raw", "e164", "digits_rev", "search_digits",
                  "extension", "position"),
                 (cid, kind, p.raw, p.e164, p.digits_rev, p.search_digits, "", pos))

    def _common(self, ctype: str) -> dict[str, Any]:
        rnd = self.rnd
        return dict(
            status_id=rnd.choice(self.statuses) if rnd.random() < 0.85 else None,
            rating_id=rnd.choice(self.ratings) if ctype == "customer" and rnd.random() < 0.8
            else None,
            conversion_stage_id=rnd.choice(self.stages) if ctype == "potential" else None,
            assigned_rep_id=rnd.choice(self.reps) if rnd.random() < 0.9 else None,
            active=rnd.random() < 0.85, call_contact=rnd.random() < 0.8,
            subscription_end=(date(2026, 1, 1) + timedelta(days=rnd.randrange(900))).isoformat()
            if ctype == "customer" and rnd.random() < 0.5 else None,
            follow_up_date=(date(2026, 1, 1) + timedelta(days=rnd.randrange(700))).isoformat()
            if rnd.random() < 0.2 else None,
        )

    def _contact_row(self, rows: RowBuffer, cid: int, kind: str, ctype: str, first: str, last: str,
                     cname: str, title: str, number: str | None, common: dict[str, Any],
                     completeness: int, now: Any) -> None:
        sname, key = _sort_fields(kind, first, last, cname)
        account_kind = self.rnd.choice(["reseller", "competitor", "media", "other"]) \
            if ctype == "account" else None
        rows.add("contacts", CONTACT_COLS, (
            cid, kind, ctype, account_kind, first, last, cname, title, sname, key,
            number, kind == "person" and number is not None, common["status_id"],
            common["rating_id"], common["conversion_stage_id"], common["assigned_rep_id"],
            common["active"], common["call_contact"], common["subscription_end"],
            common["follow_up_date"], completeness, now, now, True))

    def _extras(self, rows: RowBuffer, cid: int) -> tuple[bool, bool]:
        rnd = self.rnd
        has_addr = rnd.random() < 0.7
        if has_addr:
            city, pc = rnd.choice(self.cities)
            rows.add("contact_addresses",
                     ("contact_id", "kind", "street", "postcode", "city", "region", "country",
                      "position"),
                     (cid, "postal", f"{rnd.randrange(1, 200)} {rnd.choice(STREETS)}",
                      f"{pc} {rnd.randrange(1, 10)}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                      f"{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}", city, "", "GB", 0))
        has_cat = rnd.random() < 0.2
        if has_cat:
            rows.add("contact_categories", ("contact_id", "category_id"),
                     (cid, rnd.choice(self.cats)))
        return has_addr, has_cat

    def company(self, rows: RowBuffer, cid: int, ctype: str, number: str | None, now: Any) -> None:
        rnd = self.rnd
        style = rnd.random()
        if style < 0.4:
            name = f"{rnd.choice(COMPANY_WORDS)} {rnd.choice(COMPANY_TRADES)}"
        elif style < 0.75:
            name = f"{rnd.choices(SURNAMES, cum_weights=self.surname_w)[0]} {rnd.choice(COMPANY_TRADES)}"
        else:
            name = f"{rnd.choice(COMPANY_WORDS)} {rnd.choice(COMPANY_WORDS)}"
        name = f"{name} {rnd.choice(COMPANY_SUFFIXES)}".strip()
        common = self._common(ctype)
        self._phone(rows, cid, "work", 0)
        domain = "".join(ch for ch in name.split()[0].lower() if ch.isalnum()) + ".co.uk"
        rows.add("contact_emails", ("contact_id", "kind", "address", "position"),
                 (cid, "work", f"info@{domain}", 0))
        has_web = rnd.random() < 0.6
        if has_web:
            rows.add("contact_websites", ("contact_id", "url", "position"),
                     (cid, f"https://www.{domain}", 0))
        has_addr, has_cat = self._extras(rows, cid)
        score = score_of({"name": True, "phone": True, "email": True, "address": has_addr,
                          "link": has_web, "rep": common["assigned_rep_id"] is not None,
                          "status": common["status_id"] is not None,
                          "rating": common["rating_id"] is not None, "category": has_cat,
                          "detail": number is not None})
        self._contact_row(rows, cid, "company", ctype, "", "", name, "", number, common, score,
                          now)

    def person(self, rows: RowBuffer, cid: int, ctype: str, number: str | None, now: Any,
               companies: list[tuple[int, str]]) -> None:
        rnd = self.rnd
        first = rnd.choices(GIVEN_NAMES, cum_weights=self.given_w)[0]
        last = rnd.choices(SURNAMES, cum_weights=self.surname_w)[0]
        title = rnd.choice(TITLES)
        common = self._common(ctype)
        n_phones = rnd.choices((0, 1, 2), (5, 60, 35))[0]
        for pos, kind in enumerate(("work", "mobile")[:n_phones]):
            self._phone(rows, cid, kind if n_phones == 2 else rnd.choice(("work", "mobile")), pos)
        has_mail = rnd.random() < 0.8
        linked = bool(companies) and rnd.random() < 0.7
        if linked:
            k = min(len(companies), 1 if rnd.random() < 0.9 else 2)
            for company_id, _ in rnd.sample(companies, k):
                rows.add("company_links", ("person_id", "company_id", "role"),
                         (cid, company_id, rnd.choice(ROLES)))
        if has_mail:
            local = "".join(ch for ch in f"{first}.{last}".lower() if ch.isalnum() or ch == ".")
            domain = rnd.choice(MAIL_DOMAINS)
            rows.add("contact_emails", ("contact_id", "kind", "address", "position"),
                     (cid, "work", f"{local}{cid % 1000}@{domain}", 0))
        has_addr, has_cat = self._extras(rows, cid)
        score = score_of({"name": True, "phone": n_phones > 0, "email": has_mail,
                          "address": has_addr, "link": linked,
                          "rep": common["assigned_rep_id"] is not None,
                          "status": common["status_id"] is not None,
                          "rating": common["rating_id"] is not None, "category": has_cat,
                          "detail": bool(title)})
        self._contact_row(rows, cid, "person", ctype, first, last, "", title, number, common,
                          score, now)


# --- activities -------------------------------------------------------------------
