"""the Activity History's indexes cover its id list (no row look-ups for 50,000
activities); contacts by creation time (the dashboard's new customers)

Revision ID: 0007
Revises: 0006
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COVERED = ["occurred_at", "id", "private", "owner_id", "kind", "type_id"]


def upgrade() -> None:
    op.create_index("ix_contacts_created_at", "contacts", ["created_at"])
    for owner in ("contact", "company"):
        op.drop_index(f"ix_activities_{owner}_time", "activities")
        op.create_index(f"ix_activities_{owner}_time", "activities", [f"{owner}_id", *COVERED])


def downgrade() -> None:
    op.drop_index("ix_contacts_created_at", "contacts")
    for owner in ("contact", "company"):
        op.drop_index(f"ix_activities_{owner}_time", "activities")
        op.create_index(f"ix_activities_{owner}_time", "activities", [f"{owner}_id", "occurred_at"])
