"""search index: SQLite FTS5 trigram / PostgreSQL pg_trgm, kept by triggers

Revision ID: 0002
Revises: 0001
"""
from alembic import op

from app.models import search_index

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.create(op.get_bind())


def downgrade() -> None:
    search_index.drop(op.get_bind())
