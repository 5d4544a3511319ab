"""analytics of issue 21: the account each conversation identified, customer ratings, and
the labels agents give to groups of misunderstood messages

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 20:00:00
"""
from alembic import op
import sqlalchemy as sa
import bot.db


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conversation_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.String(length=128), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', bot.db.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('conversation_id')
    )
    op.create_table('ratings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.String(length=128), nullable=False),
    sa.Column('value', sa.String(length=4), nullable=False),
    sa.Column('comment', sa.String(length=500), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('created_at', bot.db.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('conversation_id')
    )
    op.create_table('inbox_labels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_key', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=64), nullable=False),
    sa.Column('examples', sa.Text(), nullable=False),
    sa.Column('labelled_by', sa.String(length=64), nullable=False),
    sa.Column('labelled_at', bot.db.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('group_key')
    )


def downgrade() -> None:
    op.drop_table('inbox_labels')
    op.drop_table('ratings')
    op.drop_table('conversation_links')
