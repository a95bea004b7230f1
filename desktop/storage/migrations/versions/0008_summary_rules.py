"""Which version of the rules wrote each summary row, so that rows written
by another release are written again

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 18:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # 0: written before rows said so; the program refreshes them when it opens the database.
    with op.batch_alter_table('round_summary', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rules', sa.Integer(), nullable=False, server_default='0'))
    # Which rows another release's rules wrote, found without reading the rows.
    op.create_index('ix_round_summary_rules_round_id', 'round_summary', ['rules', 'round_id'])


def downgrade() -> None:
    op.drop_index('ix_round_summary_rules_round_id', table_name='round_summary')
    with op.batch_alter_table('round_summary', schema=None) as batch_op:
        batch_op.drop_column('rules')
