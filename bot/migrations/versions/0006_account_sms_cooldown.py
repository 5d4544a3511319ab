"""the SMS cooldown holds per account, not per challenge (outsider attacker check of
2026-12-01, F3: enrolling again with a number sent a new SMS at once, 5 within 230 ms);
`users.last_sms_at` is the row the send claims atomically. And the cap holds per number too
(fifth check, B2: three accounts enrolling one number sent it 3 SMS in a second):
`sms_sends.phone_hash`, a keyed hash of the number (never the number itself)

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
    # null for the sends before the upgrade: they count for their account only
    with op.batch_alter_table('sms_sends') as batch:
        batch.add_column(sa.Column('phone_hash', sa.String(length=64), nullable=True))
    op.create_index('ix_sms_sends_phone_time', 'sms_sends', ['phone_hash', 'sent_at'])


def downgrade() -> None:
    op.drop_index('ix_sms_sends_phone_time', table_name='sms_sends')
    with op.batch_alter_table('sms_sends') as batch:
        batch.drop_column('phone_hash')
    with op.batch_alter_table('users') as batch:
        batch.drop_column('last_sms_at')
