"""a user's team: the actor the policy decides for carries it (every rep sees
the office's records today; the office's row-level security may scope reps to
their team)

Revision ID: 0014
Revises: 0013
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _has_team() -> bool:
    return "team" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("users")}


def upgrade() -> None:
    if not _has_team():  # a re-run changes nothing
        op.add_column("users", sa.Column("team", sa.String(length=80), nullable=False,
                                         server_default=""))


def downgrade() -> None:
    if _has_team():
        with op.batch_alter_table("users") as batch:
            batch.drop_column("team")
