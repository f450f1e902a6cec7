"""PostgreSQL: the search refresh the triggers call can be deferred for one
transaction (setting ringcard.defer_search), so a bulk import indexes its
contacts set-based instead of once per contact, phone and e-mail. SQLite: nothing
(the importer drops and recreates its FTS triggers inside its transaction).

Revision ID: 0011
Revises: 0010
"""
from alembic import op

from app.models import search_index

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_OLD_GUARD = ("      -- a bulk import in this transaction indexes its contacts itself, set-based\n"
              "      IF current_setting('ringcard.defer_search', true) = 'on' THEN RETURN; END IF;\n")


def _refresh_function() -> str:
    return next(s for s in search_index.PG_STATEMENTS
                if "FUNCTION ringcard_refresh_search" in s)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_refresh_function())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_refresh_function().replace(_OLD_GUARD, ""))
