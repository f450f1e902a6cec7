"""`ringcard demo-data` on a real office: refused unless --into-existing, and it
says what it will add before adding (real SQLite files, the command in-process)."""

from __future__ import annotations

from sqlalchemy import text

from app.cli import main
from app.db import Database
from app.services.contacts import core as contacts
from app.services.dto import ContactInput
from tests.actors import acting


def _count(url: str, where: str = "1=1") -> int:
    db = Database(url, migrate=False)
    try:
        with db.engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM contacts WHERE {where}")).scalar()
                       or 0)
    finally:
        db.dispose()


def _real_office(url: str) -> None:
    db = Database(url)
    ctx = acting(db, "mary")
    for last in ("Hughes", "Patel"):
        contacts.create(ctx, ContactInput(kind="person", contact_type="customer",
                                          first_name="Ann", last_name=last))
    db.dispose()


def test_a_real_office_is_refused_with_what_was_found_and_what_would_be_added(
        tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'office.db'}"
    _real_office(url)
    code = main(["--database-url", url, "--user", "mary", "demo-data", "--contacts", "50",
                 "--activities", "20", "--quiet"])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0  # one sentence
    assert "holds 2 contacts not made by demo-data" in err
    assert "would add 45 people, 5 companies and 20 activities" in err
    assert "--into-existing" in err
    assert _count(url) == 2  # nothing was added


def test_into_existing_adds_and_says_so_first(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'office.db'}"
    _real_office(url)
    assert main(["--database-url", url, "--user", "mary", "demo-data", "--contacts", "30",
                 "--into-existing", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert out.index("adding 27 people, 3 companies and 0 activities") < out.index("created")
    assert "to a database with 2 contacts of its own" in out
    assert _count(url) == 32
    assert _count(url, "made_by_demo") == 30  # demo rows are marked, the office's are not


def test_a_fresh_or_demo_only_database_needs_no_flag(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["--database-url", url, "demo-data", "--contacts", "20", "--quiet"]) == 0
    # a second run adds to what demo-data made: no real contact is there
    assert main(["--database-url", url, "demo-data", "--contacts", "10", "--activities", "40",
                 "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "adding 18 people, 2 companies and 0 activities" in out
    assert "adding 9 people, 1 company and 40 activities" in out
    assert _count(url) == 30 and _count(url, "NOT made_by_demo") == 0
