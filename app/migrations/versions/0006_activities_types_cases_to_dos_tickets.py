"""activities: office-defined types, cases, To-Do detail, tickets and their progress

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

import app.models.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# frozen here on purpose: a migration must not change when the app's lists do
BUILT_IN_TYPES = [("Call", "call"), ("Task", "task"), ("Meeting", "meeting"),
                  ("Meeting appointment", "meeting_appointment"), ("Mail", "mail"),
                  ("Direct mail", "direct_mail"), ("Fax", "fax"), ("SMS", "sms"),
                  ("Ticket", "ticket"), ("Live chat", "live_chat"), ("Note", "note")]

# (column, foreign key target or None); plain ADD COLUMN, no table rebuild: a
# table of millions of activities is altered in place on both databases
NEW_COLUMNS: list[tuple[sa.Column, tuple[str, str, str | None] | None]] = [
    (sa.Column("type_id", sa.Integer(), nullable=True), ("activity_types", "id", None)),
    (sa.Column("case_id", sa.Integer(), nullable=True), ("activity_cases", "id", None)),
    (sa.Column("priority", sa.String(length=8), nullable=False, server_default="normal"), None),
    (sa.Column("todo_source", sa.String(length=12), nullable=False, server_default=""), None),
    (sa.Column("assigned_by_id", sa.Integer(), nullable=True), ("users", "id", None)),
    (sa.Column("completed_at", app.models.base.UTCDateTime(timezone=True), nullable=True), None),
    (sa.Column("ticket_status", sa.String(length=16), nullable=False, server_default=""), None),
    (sa.Column("address", sa.String(length=300), nullable=False, server_default=""), None),
    (sa.Column("forwarded_from_id", sa.Integer(), nullable=True), ("activities", "id", "SET NULL")),
    (sa.Column("missed", sa.Boolean(), nullable=False, server_default=sa.false()), None),
    (sa.Column("agenda", sa.Text(), nullable=False, server_default=""), None),
    (sa.Column("version", sa.Integer(), nullable=False, server_default="1"), None),
]


def upgrade() -> None:
    op.create_table('activity_types',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('base_kind', sa.String(length=24), nullable=False),
    sa.Column('built_in', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_types')),
    sa.UniqueConstraint('name', name=op.f('uq_activity_types_name'))
    )
    op.create_table('activity_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('opened_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('closed_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closed_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['closed_by_id'], ['users.id'], name=op.f('fk_activity_cases_closed_by_id_users')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_activity_cases_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_cases'))
    )
    op.create_index('ix_activity_cases_contact_id', 'activity_cases', ['contact_id'])

    op.create_table('ticket_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('old_status', sa.String(length=16), nullable=False),
    sa.Column('new_status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_ticket_events_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_ticket_events_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_events'))
    )
    op.create_index('ix_ticket_events_activity_id', 'ticket_events', ['activity_id'])

    sqlite = op.get_bind().dialect.name == "sqlite"
    for column, fk in NEW_COLUMNS:
        name = f"fk_activities_{column.name}_{fk[0]}" if fk else None
        if fk and sqlite:  # SQLite takes a column's foreign key inline, never afterwards
            on_delete = f" ON DELETE {fk[2]}" if fk[2] else ""
            op.execute(f"ALTER TABLE activities ADD COLUMN {column.name} INTEGER "
                       f"CONSTRAINT {name} REFERENCES {fk[0]} ({fk[1]}){on_delete}")
            continue
        op.add_column("activities", column)
        if fk:
            op.create_foreign_key(name, "activities", fk[0], [column.name], [fk[1]], ondelete=fk[2])
    op.create_index("ix_activities_case_id", "activities", ["case_id"])
    op.create_index("ix_activities_kind_status", "activities", ["kind", "status", "due_at"])
    op.create_index("ix_activities_time_kind", "activities", ["occurred_at", "kind", "contact_id"])
    types = sa.table("activity_types", sa.column("name", sa.String), sa.column("base_kind", sa.String),
                     sa.column("built_in", sa.Boolean), sa.column("active", sa.Boolean))
    op.bulk_insert(types, [{"name": n, "base_kind": k, "built_in": True, "active": True}
                           for n, k in BUILT_IN_TYPES])


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for index in ("ix_activities_time_kind", "ix_activities_kind_status", "ix_activities_case_id"):
        op.drop_index(index, "activities")
    for column, fk in reversed(NEW_COLUMNS):
        if fk and not sqlite:
            op.drop_constraint(f"fk_activities_{column.name}_{fk[0]}", "activities",
                               type_="foreignkey")
        op.drop_column("activities", column.name)
    op.drop_index("ix_ticket_events_activity_id", "ticket_events")
    op.drop_table("ticket_events")
    op.drop_index("ix_activity_cases_contact_id", "activity_cases")
    op.drop_table("activity_cases")
    op.drop_table("activity_types")
