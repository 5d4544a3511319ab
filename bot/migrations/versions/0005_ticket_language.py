"""the language of the conversation a reset ticket was opened in (outsider finding 17: a
ticket opened in an English chat showed the account's French in the agents' queue)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 03:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # null for the tickets opened before: the queue shows the account's language for them
    with op.batch_alter_table('tickets') as batch:
        batch.add_column(sa.Column('language', sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('tickets') as batch:
        batch.drop_column('language')
