"""the SMS cooldown holds per account, not per challenge (outsider attacker check of
2026-12-01, F3: enrolling again with a number sent a new SMS at once, 5 within 230 ms);
`users.last_sms_at` is the row the send claims atomically

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:30:00
"""
from alembic import op
import sqlalchemy as sa

import bot.db


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # null for every account: the first send after the upgrade claims it
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('last_sms_at', bot.db.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.drop_column('last_sms_at')
