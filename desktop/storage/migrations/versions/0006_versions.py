"""Versions for optimistic locking: each round and figure counts its changes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ('exchange_round', 'figure'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))


def downgrade() -> None:
    for table in ('exchange_round', 'figure'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
