"""the alerts engine's index: each contact's done activities by time and kind, so
the last sales activity of a million contacts comes from the index alone (New
Customer inactivity); open To-Dos (the alert tasks among them) stay out of it

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

DONE = sa.text("status = 'done'")


def upgrade() -> None:
    op.create_index("ix_activities_contact_done", "activities",
                    ["contact_id", "occurred_at", "kind"], sqlite_where=DONE, postgresql_where=DONE)


def downgrade() -> None:
    op.drop_index("ix_activities_contact_done", "activities")
