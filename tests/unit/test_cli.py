"""The `ringcard` command, run in-process against a real SQLite file."""

import json

import pytest
from sqlalchemy import text

from app.cli import main
from app.db import Database
from app.services.contacts import phones


@pytest.fixture
def url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_db_upgrade_is_idempotent(url, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--database-url", url, "db", "upgrade"]) == 0
    assert main(["--database-url", url, "db", "upgrade"]) == 0
    from alembic.script import ScriptDirectory

    from app.db import MIGRATIONS_DIR

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    out = capsys.readouterr().out
    assert out.count(f"schema revision: {head}") == 2


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("ringcard ")


def test_environment_variable_selects_the_database(url, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RINGCARD_DATABASE_URL", url)
    assert main(["demo-data", "--contacts", "30", "--quiet"]) == 0
    db = Database(url, migrate=False)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM contacts")).scalar() == 30
    db.dispose()


def test_demo_data_is_realistic_and_searchable(url, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.services.context import AppContext
    from app.services.office import settings as office_settings

    db = Database(url)
    with AppContext(db, "x").write() as s:
        office_settings.set_value(s, "home_region", "GB")
    assert main(["--database-url", url, "demo-data", "--contacts", "500", "--seed", "3"]) == 0
    captured = capsys.readouterr()
    assert "created 450 people and 50 companies" in captured.out
    assert "500/500" in captured.err  # the progress bar
    with db.engine.connect() as conn:
        numbers = conn.execute(text("SELECT raw, e164 FROM contact_phones")).all()
        assert len(numbers) > 400
        assert all(phones.is_valid(raw, "GB") for raw, _ in numbers)
        assert all(phones.normalize(raw, "GB").e164 == e164 for raw, e164 in numbers[:100])
        assert len({e for _, e in numbers}) == len(numbers)  # no two contacts share one
        fts = conn.execute(text("SELECT count(*) FROM contact_fts")).scalar()
        assert fts == 500
        linked = conn.execute(text("SELECT count(DISTINCT person_id) FROM company_links")).scalar()
        assert linked > 200
    # the search triggers are back after the bulk load
    assert main(["--database-url", url, "search", "smith", "--json", "--limit", "500"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all("smith" in (h["name"] + h["contact"] + h["email"]).lower() for h in hits)
    db.dispose()


def test_search_filters_and_unknown_filter_values(url, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--database-url", url, "demo-data", "--contacts", "200", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["--database-url", url, "search", "son", "--type", "customer", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and {h["contact_type"] for h in hits} == {"customer"}
    with pytest.raises(SystemExit, match="no rating named “Platinum”"):
        main(["--database-url", url, "search", "son", "--rating", "Platinum"])


def test_calls_list(url, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.services.calls.queries import CallRouter
    from app.services.context import AppContext
    from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome

    db = Database(url)
    ctx = AppContext(db, "alice")
    router = CallRouter(ctx)
    router.handle(CallEvent(EventKind.IDENTIFIED, "k1", "sip", "l", caller=CallerId("+441614960000")))
    router.handle(CallEvent(EventKind.ENDED, "k1", "sip", "l", outcome=Outcome.MISSED))
    db.dispose()
    assert main(["--database-url", url, "calls", "list", "--unmatched", "--json"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    row = json.loads(line)
    assert (row["number"], row["outcome"], row["where"]) == ("+441614960000", "missed", "buffer")
    assert row["display"].endswith("161 496 0000")  # as the office writes it
    assert main(["--database-url", url, "calls", "list"]) == 0
    out = capsys.readouterr().out
    assert "161 496 0000" in out and "+441614960000" not in out  # formatted, never raw
