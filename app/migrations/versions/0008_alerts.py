"""automated activity alerts: rules, the retention matrix, the alert log, reminders

Revision ID: 0008
Revises: 0007
"""
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import app.models.base


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# frozen here on purpose (reference 001's defaults; service renewal has none there)
DEFAULT_RULES = [("service_renewal", 30), ("potential_inactivity", 20), ("lead_inactivity", 14),
                 ("win_back", 14), ("retention", 30)]
# meetings, calls, e-mails per period; None is "-" (not required)
DEFAULT_RETENTION = {"Bronze": (0, 1, 1), "Silver": (None, 2, 3), "Gold": (None, 3, 3),
                     "Diamond": (1, 3, 3), "VIP": (2, 3, 3)}


def upgrade() -> None:
    op.create_table('alert_rules',
    sa.Column('rule', sa.String(length=32), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('rule', name=op.f('pk_alert_rules'))
    )
    op.create_table('retention_targets',
    sa.Column('rating_id', sa.Integer(), nullable=False),
    sa.Column('meetings', sa.Integer(), nullable=True),
    sa.Column('calls', sa.Integer(), nullable=True),
    sa.Column('emails', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['rating_id'], ['ratings.id'], name=op.f('fk_retention_targets_rating_id_ratings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('rating_id', name=op.f('pk_retention_targets'))
    )
    op.create_table('alert_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=32), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('period_key', sa.String(length=32), nullable=False),
    sa.Column('run_id', sa.String(length=40), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=400), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_alert_log_activity_id_activities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_alert_log_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_log')),
    sa.UniqueConstraint('rule', 'contact_id', 'period_key', name=op.f('uq_alert_log_rule_contact_id_period_key'))
    )
    op.create_index('ix_alert_log_contact_id', 'alert_log', ['contact_id'])
    op.create_index('ix_alert_log_run', 'alert_log', ['run_id'])

    op.create_table('reminder_states',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('snoozed_until', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('dismissed_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('notified_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_reminder_states_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_reminder_states_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'user_id', name=op.f('pk_reminder_states'))
    )
    _seed()


def _seed() -> None:
    rules = sa.table("alert_rules", sa.column("rule", sa.String), sa.column("enabled", sa.Boolean),
                     sa.column("days", sa.Integer), sa.column("unit", sa.String),
                     sa.column("updated_at", app.models.base.UTCDateTime(timezone=True)))
    now = datetime.now(UTC)
    op.bulk_insert(rules, [{"rule": r, "enabled": True, "days": d, "unit": "days", "updated_at": now}
                           for r, d in DEFAULT_RULES])
    ratings = sa.table("ratings", sa.column("id", sa.Integer), sa.column("name", sa.String))
    found = {name.lower(): rid for rid, name in op.get_bind().execute(
        sa.select(ratings.c.id, ratings.c.name))}
    targets = sa.table("retention_targets", sa.column("rating_id", sa.Integer),
                       sa.column("meetings", sa.Integer), sa.column("calls", sa.Integer),
                       sa.column("emails", sa.Integer))
    rows = [{"rating_id": found[name.lower()], "meetings": m, "calls": c, "emails": e}
            for name, (m, c, e) in DEFAULT_RETENTION.items() if name.lower() in found]
    if rows:
        op.bulk_insert(targets, rows)


def downgrade() -> None:
    op.drop_table('reminder_states')
    op.drop_index('ix_alert_log_run', 'alert_log')
    op.drop_index('ix_alert_log_contact_id', 'alert_log')

    op.drop_table('alert_log')
    op.drop_table('retention_targets')
    op.drop_table('alert_rules')
