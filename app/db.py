"""Engine and session factory. SQLite (embedded default) or PostgreSQL (shared).

SQLite runs with WAL, foreign keys on and a busy timeout. The schema is kept
by Alembic migrations shipped inside the package (so the bundle has them) and
applied at start and by ``ringcard db upgrade``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.config import data_dir

log = logging.getLogger(__name__)

ENV_URL = "RINGCARD_DATABASE_URL"
# the newest migration; start-up skips loading Alembic when the database is there
# already (tests/unit/test_migrations.py keeps this equal to the scripts' head)
HEAD_REVISION = "0015"
BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'ringcard.db'}"


def resolve_url(explicit: str | None = None, configured: str | None = None) -> str:
    """--database-url, else RINGCARD_DATABASE_URL, else the desk's setting, else SQLite."""
    url = explicit or os.environ.get(ENV_URL) or configured or default_url()
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        # psycopg 3 is the driver we ship
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        # pysqlite's own transaction handling defers BEGIN; make it explicit so
        # writers take the lock at BEGIN IMMEDIATE and never deadlock on upgrade.
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def _sqlite_on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    write = conn.get_execution_options().get("ringcard_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (idempotent)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def stored_revision(engine: Engine) -> str | None:
    """The database's schema revision by one query (no Alembic import)."""
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except Exception:  # no table yet: a new database
        return None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class Database:
    """One engine per process; one session per user action (see ``session``)."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if migrate and stored_revision(self.engine) != HEAD_REVISION:
            upgrade(self.engine)
        # Writers take SQLite's write lock at BEGIN (IMMEDIATE) and so wait on
        # the busy timeout instead of failing mid-transaction; readers don't.
        self._writer = sessionmaker(
            self.engine.execution_options(ringcard_write=True), expire_on_commit=False
        )
        self._reader = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, user: str | None = None, *, write: bool = True) -> Iterator[Session]:
        """A transaction: commits on success, rolls back on any error.

        ``user`` is recorded as the author of every audit entry written in it.
        """
        session = (self._writer if write else self._reader)()
        session.info["user"] = user
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
