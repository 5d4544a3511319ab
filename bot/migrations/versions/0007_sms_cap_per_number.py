"""the SMS cap holds per number too, across accounts (outsider attacker check of 2026-12-01,
fifth, B2: three accounts enrolling one number sent it 3 SMS in a second):
`sms_sends.phone_hash`, a keyed hash of the number (never the number itself)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # null for the sends before the upgrade: they count for their account only
    with op.batch_alter_table('sms_sends') as batch:
        batch.add_column(sa.Column('phone_hash', sa.String(length=64), nullable=True))
    op.create_index('ix_sms_sends_phone_time', 'sms_sends', ['phone_hash', 'sent_at'])


def downgrade() -> None:
    op.drop_index('ix_sms_sends_phone_time', table_name='sms_sends')
    with op.batch_alter_table('sms_sends') as batch:
        batch.drop_column('phone_hash')
