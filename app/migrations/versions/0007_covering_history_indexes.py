"""the Activity History's indexes cover its id list (no row look-ups for 50,000 activities)

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
    for owner in ("contact", "company"):
        op.drop_index(f"ix_activities_{owner}_time", "activities")
        op.create_index(f"ix_activities_{owner}_time", "activities", [f"{owner}_id", *COVERED])


def downgrade() -> None:
    for owner in ("contact", "company"):
        op.drop_index(f"ix_activities_{owner}_time", "activities")
        op.create_index(f"ix_activities_{owner}_time", "activities", [f"{owner}_id", "occurred_at"])
