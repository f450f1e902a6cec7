"""the import wizard's saved mappings; e-mail addresses indexed case-insensitively
for the importer's duplicate check

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa

import app.models.base
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.Column("saved_by", sa.String(length=120), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("name", name=op.f("uq_import_mappings_name")),
    )
    op.create_index("ix_contact_emails_lower", "contact_emails", [sa.text("lower(address)")])


def downgrade() -> None:
    op.drop_index("ix_contact_emails_lower", "contact_emails")
    op.drop_table("import_mappings")
