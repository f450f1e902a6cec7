"""the Big Data buffer for every channel: an e-mail address column on buffered
events, and an ambiguous event's candidates as rows of buffered_event_candidates
(copied from the old comma-separated column, which goes; ids of contacts that
no longer exist are skipped).

SQLite drops the column in batch mode (the table is copied). With foreign keys
on, dropping the old table would cascade into any table that references it, so
the old values are read first, the table is copied, and only then is the
candidates table created and filled.

Safe to run again over a database it already upgraded (each step checks).

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COPY = sa.text(
    "INSERT INTO buffered_event_candidates (event_id, contact_id) "
    "SELECT e.id, c.id FROM buffered_events e, contacts c WHERE e.id = :event AND c.id = :contact "
    "AND NOT EXISTS (SELECT 1 FROM buffered_event_candidates x "
    "WHERE x.event_id = e.id AND x.contact_id = c.id)")


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def _has_table(table: str) -> bool:
    return sa.inspect(op.get_bind()).has_table(table)


def _parse(value: str) -> list[int]:
    """"12, 57,x,12" -> [12, 57]: digits only, each once, in order."""
    ids = (part.strip() for part in (value or "").split(","))
    return list(dict.fromkeys(int(i) for i in ids if i.isdigit()))


def upgrade() -> None:
    conn = op.get_bind()
    columns = _columns("buffered_events")
    old: list[tuple[int, str]] = []
    if "candidates" in columns:
        old = [(int(r[0]), str(r[1])) for r in conn.execute(sa.text(
            "SELECT id, candidates FROM buffered_events WHERE candidates <> ''"))]
    if "candidates" in columns or "address" not in columns:
        with op.batch_alter_table("buffered_events", schema=None) as batch_op:
            if "address" not in columns:
                batch_op.add_column(sa.Column("address", sa.String(length=254), nullable=False,
                                              server_default=""))
                batch_op.create_index(batch_op.f("ix_buffered_events_address"), ["address"],
                                      unique=False)
            if "candidates" in columns:
                batch_op.drop_column("candidates")
    if not _has_table("buffered_event_candidates"):
        op.create_table(
            "buffered_event_candidates",
            sa.Column("event_id", sa.Integer(), nullable=False),
            sa.Column("contact_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                ["event_id"], ["buffered_events.id"], ondelete="CASCADE",
                name=op.f("fk_buffered_event_candidates_event_id_buffered_events")),
            sa.ForeignKeyConstraint(
                ["contact_id"], ["contacts.id"], ondelete="CASCADE",
                name=op.f("fk_buffered_event_candidates_contact_id_contacts")),
            sa.PrimaryKeyConstraint("event_id", "contact_id",
                                    name=op.f("pk_buffered_event_candidates")),
        )
        op.create_index(op.f("ix_buffered_event_candidates_contact_id"),
                        "buffered_event_candidates", ["contact_id"], unique=False)
    rows = [{"event": event, "contact": contact}
            for event, value in old for contact in _parse(value)]
    if rows:
        conn.execute(_COPY, rows)


def downgrade() -> None:
    conn = op.get_bind()
    joined: dict[int, list[str]] = {}
    if _has_table("buffered_event_candidates"):
        for event, contact in conn.execute(sa.text(
                "SELECT event_id, contact_id FROM buffered_event_candidates "
                "ORDER BY event_id, contact_id")):
            joined.setdefault(int(event), []).append(str(contact))
        # before the table copy below: dropping buffered_events would cascade into it
        op.drop_index(op.f("ix_buffered_event_candidates_contact_id"),
                      table_name="buffered_event_candidates")
        op.drop_table("buffered_event_candidates")
    columns = _columns("buffered_events")
    with op.batch_alter_table("buffered_events", schema=None) as batch_op:
        if "address" in columns:
            batch_op.drop_index(batch_op.f("ix_buffered_events_address"))
            batch_op.drop_column("address")
        if "candidates" not in columns:
            batch_op.add_column(sa.Column("candidates", sa.String(length=400), nullable=False,
                                          server_default=""))
    update = sa.text("UPDATE buffered_events SET candidates = :value WHERE id = :event")
    rows = [{"event": event, "value": ",".join(ids)[:400]} for event, ids in joined.items()]
    if rows:
        conn.execute(update, rows)
