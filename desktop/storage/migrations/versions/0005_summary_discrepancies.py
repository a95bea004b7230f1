"""Keep each round's discrepancies in its summary row, to list them fast

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 13:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('round_summary', schema=None) as batch_op:
        batch_op.add_column(sa.Column('discrepancies', sa.Text(), nullable=False, server_default='[]'))
    # Summary rows are derived data: drop them, and the program rebuilds
    # every one (with its discrepancies) the next time it opens the list.
    op.execute("DELETE FROM round_summary")


def downgrade() -> None:
    with op.batch_alter_table('round_summary', schema=None) as batch_op:
        batch_op.drop_column('discrepancies')
