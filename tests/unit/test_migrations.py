"""Migrations: an existing database upgrades with its data, and the search
triggers survive every step."""

from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.db import Database, alembic_config, current_revision, upgrade
from app.services import search
from app.services.context import AppContext


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
    ctx = AppContext(db, "alice")
    from app.services import contacts

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
