"""Which database this desk runs on: this desk alone (the SQLite file in the
data folder), the office's PostgreSQL server, or the first-run wizard's demo
office (a separate SQLite file, so a real database never receives demo rows).

No Qt: the wizard calls these in its task runner and gets plain values back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from app.config import LocalSettings, data_dir
from app.db import Database, default_url, resolve_url
from app.i18n import translate
from app.models import Contact
from app.services.context import AppContext, ServiceError

log = logging.getLogger(__name__)

DEMO_FILE = "demo-office.db"
DEMO_CONTACTS = 250  # a small office: enough to browse, quick to make (about a second)
DEMO_ACTIVITIES = 800
CONNECT_TIMEOUT_S = 8


def demo_office_path() -> Path:
    return data_dir() / DEMO_FILE


def demo_office_url() -> str:
    return f"sqlite:///{demo_office_path()}"


def default_file() -> Path:
    """The SQLite file of "this desk alone"."""
    return data_dir() / "ringcard.db"


def shown_url(url: str) -> str:
    """The URL with its password hidden (for About, the wizard, logs)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def office_url_error(url: str) -> str | None:
    """Why ``url`` cannot be an office database, or None."""
    url = url.strip()
    if not url:
        return translate("DeskDatabase", "Type the office database's address, such as "
                         "postgresql://ringcard@server/office")
    if not url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        return translate("DeskDatabase", "An office database address starts with "
                         "postgresql://, such as postgresql://ringcard@server/office")
    try:
        parsed = make_url(resolve_url(url))
    except ArgumentError:
        return translate("DeskDatabase", "This is not a database address: write it as "
                         "postgresql://user@server/database")
    if not parsed.host or not parsed.database:
        return translate("DeskDatabase", "The address needs a server and a database name, "
                         "such as postgresql://ringcard@server/office")
    return None


def check_connection(url: str) -> str:
    """Connect to the office database and say what answered ("Connected: PostgreSQL
    15.4"); ``ServiceError`` with the reason in one sentence otherwise."""
    problem = office_url_error(url)
    if problem:
        raise ServiceError(problem)
    engine = create_engine(resolve_url(url.strip()),
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar() or "")
    except SQLAlchemyError as exc:
        raise ServiceError(translate("DeskDatabase", "Could not connect: {reason}").format(
            reason=first_sentence(exc))) from exc
    finally:
        engine.dispose()
    return translate("DeskDatabase", "Connected: PostgreSQL {version}").format(
        version=version.split()[0] if version else "?")


def first_sentence(exc: BaseException) -> str:
    """The driver's own reason in one line, without SQLAlchemy's wrapping and links."""
    inner = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(inner).splitlines() if line.strip()]
    reason = lines[0] if lines else type(inner).__name__
    reason = reason.removeprefix("connection failed:").strip()
    return reason.rstrip(".")[:300]


@dataclass(frozen=True)
class DemoOffice:
    url: str
    contacts: int
    made_now: bool  # False: the demo office was there already and is reused


def make_demo_office(username: str, region: str, *, contacts: int = DEMO_CONTACTS,
                     activities: int = DEMO_ACTIVITIES,
                     progress: Callable[[str], None] | None = None) -> DemoOffice:
    """The demo office in its own file (made when missing), with ``username`` as its
    manager and ``region`` as its home region. A file that holds anything but demo
    rows is refused: it is not the demo office."""
    import app.services  # noqa: F401  (flush hooks)
    from app.services.demo.activities import generate_activities
    from app.services.demo.office import generate
    from app.services.office import settings as office_settings
    from app.services.office import users

    url = demo_office_url()
    db = Database(url)
    try:
        ctx = users.sample_context(db, username)
        with ctx.read() as s:
            total = int(s.scalar(select(func.count()).select_from(Contact)) or 0)
            real = int(s.scalar(select(func.count()).select_from(Contact)
                                .where(Contact.made_by_demo.is_(False))) or 0)
        if real:
            raise ServiceError(translate(
                "DeskDatabase", "{path} holds contacts that are not demo contacts; it is "
                "left alone").format(path=demo_office_path()))
        if total:
            return DemoOffice(url, total, False)
        with ctx.write() as s:
            office_settings.set_value(s, "home_region", region or "GB")
        if progress:
            progress(translate("DeskDatabase", "Making %n demo contact(s)…", None, contacts))
        made = generate(ctx, contacts, seed=7)
        if progress:
            progress(translate("DeskDatabase", "Making %n demo activity(ies)…", None,
                               activities))
        generate_activities(ctx, activities, seed=7)
        return DemoOffice(url, made.people + made.companies, True)
    finally:
        db.dispose()


def context_on(url: str, username: str) -> AppContext:
    """A context on the database at ``url`` for ``username`` (its first user on a new
    database): what the window switches to."""
    import app.services  # noqa: F401  (flush hooks)
    from app.services.office import users

    db = Database(resolve_url(url))
    try:
        return users.context_for(db, username, first_run=True)
    except BaseException:
        db.dispose()
        raise


def enter_demo_office(running_on: str) -> LocalSettings:
    """This desk runs on the demo office from now on (saved); ``running_on`` is the
    database it ran on, where Leave the demo office goes back to."""
    fresh = LocalSettings.load()
    if not fresh.in_demo_office:
        fresh.database_before_demo = None if running_on == default_url() else running_on
    fresh.in_demo_office = True
    fresh.database_url = demo_office_url()
    fresh.save()
    return fresh


def leave_demo_office() -> str:
    """Back to the database this desk ran on before the demo (saved); its URL."""
    fresh = LocalSettings.load()
    fresh.database_url = fresh.database_before_demo
    fresh.database_before_demo = None
    fresh.in_demo_office = False
    fresh.save()
    return fresh.database_url or default_url()


def use_database(url: str | None) -> LocalSettings:
    """This desk runs on ``url`` (None: this desk alone) from now on (saved); it is
    no longer in the demo office."""
    fresh = LocalSettings.load()
    fresh.database_url = url.strip() if url else None
    fresh.in_demo_office = False
    fresh.database_before_demo = None
    fresh.save()
    return fresh
