"""security findings of issue 15: server-side agent sessions and agent lockout, failure
counters for password and email-code guessing, assurance levels on sessions, identity
checks, tickets and handoffs

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 17:00:00
"""
from alembic import op
import sqlalchemy as sa
import bot.db


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agent_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('created_at', bot.db.UTCDateTime(), nullable=False),
    sa.Column('last_seen_at', bot.db.UTCDateTime(), nullable=False),
    sa.Column('expires_at', bot.db.UTCDateTime(), nullable=False),
    sa.Column('revoked_at', bot.db.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_table('auth_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('subject', sa.String(length=64), nullable=False),
    sa.Column('at', bot.db.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('auth_failures', schema=None) as batch_op:
        batch_op.create_index('ix_auth_failures_subject_time', ['kind', 'subject', 'at'], unique=False)
    with op.batch_alter_table('agents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('locked_at', bot.db.UTCDateTime(), nullable=True))
    with op.batch_alter_table('agents', schema=None) as batch_op:
        batch_op.alter_column('failed_logins', server_default=None)
    with op.batch_alter_table('portal_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('second_factor_at', bot.db.UTCDateTime(), nullable=True))
    with op.batch_alter_table('identity_checks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_id', sa.String(length=36), nullable=True))
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assurance', sa.String(length=24), nullable=True))
    with op.batch_alter_table('handoffs', schema=None) as batch_op:
        batch_op.alter_column('identity_status', existing_type=sa.String(length=16), type_=sa.String(length=24),
                              existing_nullable=False)
    # "session" used to mean "a portal session": nothing says it passed the second factor
    op.execute("UPDATE handoffs SET identity_status = 'password' WHERE identity_status = 'session'")


def downgrade() -> None:
    op.execute("UPDATE handoffs SET identity_status = 'session' WHERE identity_status LIKE 'password%'")
    with op.batch_alter_table('handoffs', schema=None) as batch_op:
        batch_op.alter_column('identity_status', existing_type=sa.String(length=24), type_=sa.String(length=16),
                              existing_nullable=False)
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_column('assurance')
    with op.batch_alter_table('identity_checks', schema=None) as batch_op:
        batch_op.drop_column('session_id')
    with op.batch_alter_table('portal_sessions', schema=None) as batch_op:
        batch_op.drop_column('second_factor_at')
    with op.batch_alter_table('agents', schema=None) as batch_op:
        batch_op.drop_column('locked_at')
        batch_op.drop_column('failed_logins')
    with op.batch_alter_table('auth_failures', schema=None) as batch_op:
        batch_op.drop_index('ix_auth_failures_subject_time')
    op.drop_table('auth_failures')
    op.drop_table('agent_sessions')
