"""anonymous handoffs are capped per client too (thirty-sixth outsider check, finding 10: one
client spent the hour's anonymous handoffs of everyone): `handoffs.client_key`, the chat
channel's key of the client's address (an HMAC, never the address itself)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # null for the handoffs before the upgrade: they count for the global cap only
    with op.batch_alter_table('handoffs') as batch:
        batch.add_column(sa.Column('client_key', sa.String(length=64), nullable=True))
    op.create_index('ix_handoffs_client_created', 'handoffs', ['client_key', 'created_at'])


def downgrade() -> None:
    op.drop_index('ix_handoffs_client_created', table_name='handoffs')
    with op.batch_alter_table('handoffs') as batch:
        batch.drop_column('client_key')
