"""default statuses, ratings, conversion stages and the customer-number counter

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# frozen here on purpose: a migration must not change when the app's lists do
DEFAULTS = {
    "statuses": ["New", "Active", "Released", "Closed-lost"],
    "ratings": ["Bronze", "Silver", "Gold", "Diamond", "VIP"],
    "conversion_stages": ["Qualified", "Needs analysis", "Proposal", "Negotiation"],
}


def upgrade() -> None:
    for table, names in DEFAULTS.items():
        t = sa.table(table, sa.column("name", sa.String), sa.column("position", sa.Integer),
                     sa.column("active", sa.Boolean))
        op.bulk_insert(t, [{"name": n, "position": i, "active": True}
                           for i, n in enumerate(names, start=1)])
    counters = sa.table("counters", sa.column("name", sa.String), sa.column("value", sa.Integer))
    op.bulk_insert(counters, [{"name": "customer_number", "value": 0}])


def downgrade() -> None:
    for table in DEFAULTS:
        op.execute(f"DELETE FROM {table}")
    op.execute("DELETE FROM counters WHERE name = 'customer_number'")
