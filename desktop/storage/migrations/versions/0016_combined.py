"""A round's figures for several movements together (a mediator's total for
both directions, a total across kinds): exchange_round.combined, JSON of
names as the interchange file writes them.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 14:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (nullable, no default): SQLite keeps the table as it is.
    op.add_column('exchange_round', sa.Column('combined', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('exchange_round', schema=None) as batch_op:
        batch_op.drop_column('combined')
