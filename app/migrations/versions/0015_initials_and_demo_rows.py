"""a user's initials (the first-run wizard's "Who I am"), and contacts marked
as made by demo-data, so that it can tell a demo office from a real one

Revision ID: 0015
Revises: 0014
"""
import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:  # a re-run changes nothing
    if "initials" not in _columns("users"):
        op.add_column("users", sa.Column("initials", sa.String(length=8), nullable=False,
                                         server_default=""))
    if "made_by_demo" not in _columns("contacts"):
        op.add_column("contacts", sa.Column("made_by_demo", sa.Boolean(), nullable=False,
                                            server_default=sa.false()))


def downgrade() -> None:
    # DROP COLUMN itself (SQLite 3.35+), not a batch copy: copying contacts would
    # break the search triggers that name it
    if "made_by_demo" in _columns("contacts"):
        op.drop_column("contacts", "made_by_demo")
    if "initials" in _columns("users"):
        op.drop_column("users", "initials")
