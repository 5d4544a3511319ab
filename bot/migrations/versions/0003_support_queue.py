"""support queue of issue 20: the handoff lifecycle (taken when, closed when and by whom, the
agent's note and outcome) and indexes for the ticket and handoff queues (oldest first)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 20:00:00
"""
from alembic import op
import sqlalchemy as sa
import bot.db


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('handoffs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('taken_at', bot.db.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('closed_at', bot.db.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('closed_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('outcome', sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=True))
        batch_op.create_index('ix_handoffs_status_created', ['status', 'created_at'], unique=False)
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index('ix_tickets_status_created', ['status', 'created_at'], unique=False)
    # handoffs taken or closed before this revision: their last change is the best time known
    op.execute("UPDATE handoffs SET taken_at = updated_at WHERE status IN ('taken', 'closed') AND taken_by IS NOT NULL")
    op.execute("UPDATE handoffs SET closed_at = updated_at WHERE status = 'closed'")


def downgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_status_created')
    with op.batch_alter_table('handoffs', schema=None) as batch_op:
        batch_op.drop_index('ix_handoffs_status_created')
        batch_op.drop_column('note')
        batch_op.drop_column('outcome')
        batch_op.drop_column('closed_by')
        batch_op.drop_column('closed_at')
        batch_op.drop_column('taken_at')
