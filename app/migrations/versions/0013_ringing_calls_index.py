"""calls still ringing, by time: every start of the app or of `calls listen`
closes the ones a dead process left ("outcome unknown") with an index probe,
not a read of every call the office ever had

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

RINGING = sa.text("outcome = 'ringing'")


def _has(table: str, name: str) -> bool:
    return name in {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes(table)}


def upgrade() -> None:  # each step sees whether it is done: a re-run changes nothing
    for table in ("activities", "buffered_events"):
        if not _has(table, f"ix_{table}_ringing"):
            op.create_index(f"ix_{table}_ringing", table, ["occurred_at"], sqlite_where=RINGING,
                            postgresql_where=RINGING)


def downgrade() -> None:
    for table in ("activities", "buffered_events"):
        if _has(table, f"ix_{table}_ringing"):
            op.drop_index(f"ix_{table}_ringing", table)
