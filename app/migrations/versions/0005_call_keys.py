"""telephony: call keys on activities and buffered events, candidates of ambiguous calls

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no batch mode): tables keep their triggers
    op.add_column("activities", sa.Column("call_key", sa.String(length=160), nullable=True))
    op.create_index("ix_activities_call_key", "activities", ["call_key"])
    op.add_column("buffered_events", sa.Column("call_key", sa.String(length=160), nullable=True))
    op.create_index("ix_buffered_events_call_key", "buffered_events", ["call_key"])
    op.add_column("buffered_events", sa.Column("candidates", sa.String(length=400),
                                               nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("buffered_events", "candidates")
    op.drop_index("ix_buffered_events_call_key", "buffered_events")
    op.drop_column("buffered_events", "call_key")
    op.drop_index("ix_activities_call_key", "activities")
    op.drop_column("activities", "call_key")
