"""Shared fixtures: a real SQLite file and a real PostgreSQL 15 server."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.db import Database
from app.services.context import AppContext
from tests.actors import acting
from tests.pgserver import PgServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SCREENS = Path(__file__).parent / "screens"
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # a desk's 1920x1080 screen, not the plugin's own 800x600: the main window sizes
    # itself to the screen it opens on (tests/screens holds the small ones too)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS / 'screen_1920x1080.json'}"
_counter = itertools.count()


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RINGCARD_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("RINGCARD_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("RINGCARD_LOG_DIR", str(base / "log"))
    monkeypatch.delenv("RINGCARD_DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def pg_base_url() -> Iterator[str]:
    """Base URL (no database) of a PostgreSQL server with a migrated template."""
    url = os.environ.get("RINGCARD_TEST_PG_URL")
    server = None
    if not url:
        server = PgServer()
        url = server.start()
    admin = create_engine(f"{url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS ringcard_template"))
        conn.execute(text("CREATE DATABASE ringcard_template"))
    Database(f"{url}/ringcard_template").dispose()  # migrate the template once
    try:
        yield url
    finally:
        admin.dispose()
        if server is not None:
            server.stop()


def new_pg_database(base_url: str) -> str:
    name = f"t_{os.getpid()}_{next(_counter)}"
    admin = create_engine(f"{base_url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE ringcard_template"))
    admin.dispose()
    return f"{base_url}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    """A migrated database of each kind; services tests run on both."""
    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'ringcard.db'}")
    else:
        database = Database(new_pg_database(request.getfixturevalue("pg_base_url")))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    database = Database(f"sqlite:///{tmp_path / 'ringcard.db'}")
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    import app.services  # noqa: F401  (flush hooks)

    return acting(db, "alice")


@pytest.fixture
def memory_keyring():  # type: ignore[no-untyped-def]
    """The OS keyring replaced by an in-memory one (never the developer's own)."""
    import keyring

    from app.services.office import secrets
    from tests.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    secrets._session.clear()
