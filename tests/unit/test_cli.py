"""The `ringcard` command, run in-process against a real SQLite file."""

import json

import pytest
from sqlalchemy import text

from app.cli import main
from app.db import Database
from app.services.contacts import phones
from tests.actors import acting


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
    from app.services.office import settings as office_settings

    db = Database(url)
    with acting(db, "x").write() as s:
        office_settings.set_value(s, "home_region", "GB")
    assert main(["--database-url", url, "--user", "x", "demo-data", "--contacts", "500", "--seed", "3"]) == 0
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
    assert main(["--database-url", url, "--user", "x", "search", "smith", "--json", "--limit", "500"]) == 0
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
    from app.telephony.callerid import CallerId, CallEvent, EventKind, Outcome

    db = Database(url)
    ctx = acting(db, "alice")
    router = CallRouter(ctx)
    router.handle(CallEvent(EventKind.IDENTIFIED, "k1", "sip", "l", caller=CallerId("+441614960000")))
    router.handle(CallEvent(EventKind.ENDED, "k1", "sip", "l", outcome=Outcome.MISSED))
    db.dispose()
    assert main(["--database-url", url, "--user", "alice", "calls", "list", "--unmatched", "--json"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    row = json.loads(line)
    assert (row["number"], row["outcome"], row["where"]) == ("+441614960000", "missed", "buffer")
    assert row["display"].endswith("161 496 0000")  # as the office writes it
    assert main(["--database-url", url, "--user", "alice", "calls", "list"]) == 0
    out = capsys.readouterr().out
    assert "161 496 0000" in out and "+441614960000" not in out  # formatted, never raw


def _usernames(url: str) -> list[str]:
    db = Database(url)
    with db.engine.connect() as conn:
        names = [n for (n,) in conn.execute(text("SELECT username FROM users ORDER BY id"))]
    db.dispose()
    return names


def test_an_unknown_user_is_refused_and_nothing_is_created(url, capsys) -> None:  # type: ignore[no-untyped-def]
    db = Database(url)
    acting(db, "alice")
    acting(db, "manager")
    db.dispose()
    assert main(["--database-url", url, "--user", "bob", "search", "smith"]) == 2
    captured = capsys.readouterr()
    assert captured.err == "ringcard: no user named “bob” (users: alice, manager)\n"
    assert "Traceback" not in captured.err and captured.out == ""
    assert _usernames(url) == ["alice", "manager"]
    assert main(["--database-url", url, "--user", "manager", "search", "smith"]) == 0


def test_the_first_run_makes_its_user_and_no_other(url, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--database-url", url, "--user", "maria", "search", "smith"]) == 0
    assert main(["--database-url", url, "--user", "maria", "search", "smith"]) == 0
    assert main(["--database-url", url, "--user", "mario", "search", "smith"]) == 2
    assert "no user named “mario” (users: maria)" in capsys.readouterr().err
    db = Database(url)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT username, role FROM users")).all() == [("maria", "manager")]
    db.dispose()


def test_the_desktop_app_refuses_an_unknown_user_in_a_message_box(url, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.views import app as gui

    shown: list[str] = []
    monkeypatch.setattr(gui.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    db = Database(url)
    acting(db, "alice")
    db.dispose()
    assert main(["--database-url", url, "--user", "bob", "gui"]) == 2
    assert len(shown) == 1 and "no user named “bob” (users: alice)" in shown[0]
    assert _usernames(url) == ["alice"]
    # a check nobody watches (--smoke: the bundle test, the start-up benchmark) gets
    # the message on stderr and no box to wait on: it hung there
    assert main(["--database-url", url, "--user", "bob", "--smoke", "gui"]) == 2
    assert len(shown) == 1
    out = capsys.readouterr()
    assert "smoke ok" not in out.out and "no user named “bob” (users: alice)" in out.err
    assert _usernames(url) == ["alice"]


def test_a_manager_adds_a_rep_who_can_then_act(url, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--database-url", url, "--user", "maria", "users", "list"]) == 0  # the first run
    assert main(["--database-url", url, "--user", "maria", "users", "add", "bob",
                 "--full-name", "Bob Baker"]) == 0
    assert main(["--database-url", url, "--user", "bob", "users", "add", "eve"]) == 2
    assert "Only a manager can change the office's users" in capsys.readouterr().err
    assert main(["--database-url", url, "--user", "bob", "users", "list"]) == 0
    assert capsys.readouterr().out.split() == ["bob", "rep", "Bob", "Baker", "maria", "manager"]
    assert _usernames(url) == ["maria", "bob"]


def test_help_says_where_a_database_password_goes(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Leave the password out" in out and "PGPASSFILE" in out and "PGPASSWORD" in out
    assert "--ask-password" in out


def test_a_password_in_the_url_is_warned_of_and_still_used(pg_base_url, capsys) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import new_pg_database

    database_url = new_pg_database(pg_base_url)
    assert main(["--database-url", database_url, "db", "current"]) == 0
    assert "warning" not in capsys.readouterr().err
    with_password = database_url.replace("://postgres@", "://postgres:s3cret@")
    assert main(["--database-url", with_password, "db", "current"]) == 0
    captured = capsys.readouterr()
    assert "schema revision" in captured.out
    assert "password in --database-url is visible to every user" in captured.err
    assert "PGPASSFILE" in captured.err and "s3cret" not in captured.err


def test_a_url_without_password_connects_with_pgpassword(pg_base_url, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """libpq takes what the URL leaves out from its environment (the test server trusts
    loopback, so this shows the URL works without one, not that the password was checked)."""
    from tests.conftest import new_pg_database

    database_url = new_pg_database(pg_base_url)
    assert ":" not in database_url.split("://", 1)[1].split("@", 1)[0]  # no password in it
    monkeypatch.setenv("PGPASSWORD", "from-the-environment")
    assert main(["--database-url", database_url, "db", "current"]) == 0
    assert "schema revision" in capsys.readouterr().out


def test_ask_password_hands_it_to_libpq_unseen(url, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import getpass
    import os

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: "typed")
    assert main(["--database-url", url, "--ask-password", "db", "current"]) == 0
    assert os.environ["PGPASSWORD"] == "typed"
    assert "typed" not in capsys.readouterr().out
