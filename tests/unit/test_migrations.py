"""Migrations: an existing database upgrades with its data, and the search
triggers survive every step."""

from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.db import Database, alembic_config, current_revision, upgrade
from app.services.contacts import search
from tests.actors import acting


def head(db: Database) -> str:
    return str(ScriptDirectory.from_config(alembic_config(db.engine)).get_current_head())


def test_upgrade_keeps_data_and_search_triggers(db) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    import app.services  # noqa: F401

    command.downgrade(alembic_config(db.engine), "0003")
    with db.engine.begin() as conn:  # a contact written by the 0003 schema
        conn.execute(text(
            "INSERT INTO contacts (kind, contact_type, first_name, last_name, company_name, "
            "title, sort_name, name_key, is_consumer, active, call_contact, completeness, "
            "created_at, updated_at) VALUES ('person', 'lead', 'Old', 'Timer', '', '', "
            "'timer old', 0, false, true, true, 15, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    upgrade(db.engine)
    assert current_revision(db.engine) == head(db)
    ctx = acting(db, "alice")
    from app.services.contacts import core as contacts

    cid = search.search(ctx, "timer").rows[0].id
    data = contacts.as_input(ctx, cid)
    data.last_name = "Newcomer"
    contacts.update_contact(ctx, cid, data)  # the version column works on old rows
    assert [r.name for r in search.search(ctx, "newcomer").rows] == ["Old Newcomer"]
    assert search.search(ctx, "timer").rows == []


def test_downgrade_and_upgrade_round_trip(db) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    command.downgrade(alembic_config(db.engine), "base")
    assert current_revision(db.engine) is None
    upgrade(db.engine)
    assert current_revision(db.engine) == head(db)


def test_head_revision_constant_matches_the_scripts(db) -> None:  # type: ignore[no-untyped-def]
    from app.db import HEAD_REVISION, stored_revision

    assert HEAD_REVISION == head(db)
    assert stored_revision(db.engine) == HEAD_REVISION


def test_models_and_migrations_agree(db) -> None:  # type: ignore[no-untyped-def]
    """A model change without its migration shows up here, on both databases."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.models import Base
    from app.models.search_index import include_object

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        diffs = compare_metadata(context, Base.metadata)
        if db.dialect == "sqlite":
            # SQLite can only add a column's foreign key inline (REFERENCES ... ON
            # DELETE ...), and SQLAlchemy's reflection does not read the ON DELETE
            # of an inline one; check it from the PRAGMA instead
            rules = {(r[3], r[2]): r[6] for r in conn.exec_driver_sql(
                "PRAGMA foreign_key_list(activities)")}
            assert rules[("forwarded_from_id", "activities")] == "SET NULL"
            inline = {"forwarded_from_id"}
            diffs = [d for d in diffs if not (d[0] in ("add_fk", "remove_fk")
                                              and {c.name for c in d[1].columns} <= inline)]
        assert diffs == []


def test_0012_turns_comma_separated_candidates_into_rows(db) -> None:  # type: ignore[no-untyped-def]
    """Ambiguous buffered calls written in the old form (a comma-separated
    ``candidates`` column) upgrade to candidate rows; ids of contacts that no longer
    exist and garbage are skipped; the old column goes, the address column comes.
    Upgrading again (at head, or the step re-run over its own result) changes
    nothing; a downgrade gives the old form back."""
    from datetime import UTC, datetime

    from alembic import command
    from sqlalchemy import MetaData, Table, inspect, select

    import app.services  # noqa: F401
    from app.models import BufferedCandidate
    from app.services.calls import queries as calls
    from app.services.contacts import core as contacts
    from tests.unit.helpers import person

    ctx = acting(db, "alice")
    a, b, c = (person(ctx, "Ann", n, phone="+44 20 7946 0018") for n in ("One", "Two", "Three"))
    contacts.delete(ctx, c)  # its id is still in an old row below
    cfg = alembic_config(db.engine)
    command.downgrade(cfg, "0011")
    at = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    with db.engine.begin() as conn:
        old = Table("buffered_events", MetaData(), autoload_with=conn)
        assert "candidates" in old.c and "address" not in old.c

        def add(key: str, candidates: str, withheld: bool = False) -> int:
            return int(conn.execute(old.insert().values(
                kind="call", occurred_at=at, direction="in", number_raw="02079460018",
                number_e164="+442079460018", digits_rev="8100649702", caller_name="",
                withheld=withheld, subject="Call", body="", outcome="missed", source="sip",
                call_key=key, candidates=candidates)).inserted_primary_key[0])

        both = add("both", f"{a},{b}")
        gone = add("gone", f"{a},{c}")
        messy = add("messy", f" {b} , x,,{b},{c}")
        unknown = add("unknown", "")
        withheld = add("withheld", "", withheld=True)
    want = {(both, a), (both, b), (gone, a), (messy, b)}

    def rows() -> set[tuple[int, int]]:
        with db.engine.connect() as conn:
            return {(r.event_id, r.contact_id) for r in conn.execute(
                select(BufferedCandidate.event_id, BufferedCandidate.contact_id))}

    def where() -> dict[int, str]:
        return {call.id: call.where for call in calls.list_calls(ctx, unmatched_only=True)}

    upgrade(db.engine)
    assert current_revision(db.engine) == head(db)
    assert rows() == want
    assert where() == {both: "ambiguous", gone: "ambiguous", messy: "ambiguous",
                       unknown: "buffer", withheld: "withheld"}
    columns = {col["name"] for col in inspect(db.engine).get_columns("buffered_events")}
    assert "candidates" not in columns and "address" in columns
    assert "ix_buffered_events_address" in {
        ix["name"] for ix in inspect(db.engine).get_indexes("buffered_events")}
    with db.engine.connect() as conn:
        assert set(conn.execute(text("SELECT address FROM buffered_events")).scalars()) == {""}

    upgrade(db.engine)  # at head: nothing to do
    command.stamp(cfg, "0011")
    upgrade(db.engine)  # 0012 over its own result: each step sees it is done
    assert current_revision(db.engine) == head(db)
    assert rows() == want

    command.downgrade(cfg, "0011")
    with db.engine.connect() as conn:
        back = {r.id: r.candidates for r in conn.execute(
            text("SELECT id, candidates FROM buffered_events"))}
    assert back == {both: f"{min(a, b)},{max(a, b)}", gone: str(a), messy: str(b),
                    unknown: "", withheld: ""}
    upgrade(db.engine)
    assert rows() == want
